import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** A Danish study day whose programme items and sentences are asked of in English, and its purpose in Danish. */
const LETTER_DA = [
  'Temadag om byudvikling',
  '',
  'Kære udvalgsmedlemmer',
  '',
  'Vi mødes tirsdag den 14. september 2027 kl. 9.00–15.00 på Rosenvænget Bibliotek, Rosenvænget 4, 6000 Vestby.',
  '',
  'Formålet med dagen er at hente inspiration til kommunens nye trafikplan.',
  '',
  'Program',
  'Kl. 9.00 Velkomst ved formand Hans Vang',
  'Kl. 9.30 Oplæg: Bilfri bymidte – erfaringer fra fem år ved trafikplanlægger Grete Sand',
  'Kl. 11.00 Orientering om økonomiaftalen ved direktør Ib Holm',
  'Kl. 12.00 Frokost',
  'Kl. 13.00 Byvandring med byarkitekt Per Dam (vi går fra bibliotekets hovedindgang)',
  '',
  'I børnebiblioteket på 2. sal er der børnehjørne med tegning og højtlæsning hele dagen.',
  '',
  'Biblioteket har elevator og handicaptoilet i stueetagen.',
  '',
  'Frokosten serveres i kantinen på 1. sal.',
  '',
  'Med venlig hilsen',
  'Hans Vang, formand',
].join('\n');

/** An English webinar asked of in Danish. */
const LETTER_EN = [
  'Webinar on technology in home care',
  '',
  'Dear colleagues',
  '',
  'We invite you to a webinar on Thursday 16 September 2027, 13:00–15:00, online on Teams.',
  '',
  'Programme',
  '13:00 Welcome – Anna Berg, network coordinator',
  '13:15 Sensors for fall detection at night – Lars Ek, project manager',
  '14:00 Speech-to-text for care staff – Eva Lind, developer',
  '',
  'Kind regards',
  'Anna Berg',
].join('\n');

const now = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });
const danish = draftKnowledge(LETTER_DA, '2027-08-20', 'temadag-byudvikling');
const english = draftKnowledge(LETTER_EN, '2027-08-20', 'webinar-hjemmepleje');

describe('a topic, part or place of the letter asked of in the other language', () => {
  it('finds the programme item by its theme across Danish and English', () => {
    const [carFree] = conversation(danish, now, "who's doing the talk on the car free city centre");
    assert.match(carFree!, /Grete Sand/);
    const [agreement] = conversation(danish, now, 'who presents the economic agreement');
    assert.match(agreement!, /Ib Holm/);
    const [fall] = conversation(english, now, 'hvem holder oplægget om fald');
    assert.match(fall!, /Lars Ek/);
  });

  it('finds where a thing is from the sentence that places it, with the floor in the asker’s language', () => {
    const [corner] = conversation(danish, now, 'where is the kids corner');
    assert.match(corner!, /2\. sal/);
    assert.match(corner!, /2nd floor/);
    const [hjoerne] = conversation(danish, now, 'hvor er børnehjørnet');
    assert.match(hjoerne!, /2\. sal/);
    const [walk] = conversation(danish, now, 'hvor starter byvandringen');
    assert.match(walk!, /hovedindgang/);
    assert.doesNotMatch(walk!, /siger ikke/);
  });

  it('answers access of a place the letter names in its own language', () => {
    const [access] = conversation(danish, now, 'is the library wheelchair accessible');
    assert.match(access!, /elevator/);
    assert.doesNotMatch(access!, /doesn't say|says nothing/);
  });

  it('answers what the meeting is about when asked "hvad går mødet ud på"', () => {
    const [about] = conversation(danish, now, 'hvad går mødet ud på?');
    assert.match(about!, /inspiration til kommunens nye trafikplan/);
  });

  it('says nothing of a part or place the letter does not name', () => {
    const [cloakroom] = conversation(english, now, 'where is the kids corner');
    assert.doesNotMatch(cloakroom!, /floor|13:15|Lars Ek/);
    const [address] = conversation(danish, now, "what's the address of the canteen");
    assert.doesNotMatch(address!, /1\. sal|1st floor/);
    const [free] = conversation(danish, now, 'is the lunch free');
    assert.doesNotMatch(free!, /^Yes/);
  });
});
