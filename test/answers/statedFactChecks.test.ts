import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** An invented staff day: a timed programme with a bus home, a bus out stated in its own paragraph, a trail's length. */
const STAFF_DAY = draftKnowledge(
  [
    'Personaledag i Ølgårde Plejecenter 2027',
    '',
    'Fredag den 10. september 2027 kl. 9.00–22.00',
    'Sted: Mosevang Kursuscenter, Engvej 3, 8900 Vestmose',
    '',
    'Program',
    'kl. 9.00 Morgenkaffe',
    'kl. 10.00 Oplæg om trivsel',
    'kl. 12.00 Frokost',
    'kl. 21.30 Bussen kører hjem',
    '',
    'Transport',
    'Bussen afgår fra plejecentrets parkeringsplads kl. 07.40, så vi er fremme i god tid til morgenkaffen.',
    '',
    'Gåtur',
    'Om eftermiddagen går vi en tur ad naturstien, som er 4,2 km lang og går langs søen.',
    '',
    'Med venlig hilsen',
    'Aksel Tornbo, centerleder',
  ].join('\n'),
  '2027-08-01',
  'olgaarde-staff-day',
);

const NOW = DateTime.fromISO('2027-08-20T10:00:00+02:00', { setZone: true });

describe('yes/no checks of a fact the letter states of a named thing', () => {
  it('corrects the time a timed thing leaves from the sentence that states it, not the programme at that time', () => {
    const [en, da] = conversation(STAFF_DAY, NOW, 'does the bus leave at 8?', 'kører bussen kl 8?');
    for (const answer of [en, da]) {
      assert.match(answer!, /^(No|Nej)\b/);
      assert.match(answer!, /07\.40/);
    }
  });

  it('confirms the stated time', () => {
    const [answer] = conversation(STAFF_DAY, NOW, 'does the bus leave at 7.40?');
    assert.match(answer!, /^Yes\b/);
    assert.match(answer!, /07\.40/);
  });

  it('corrects or confirms a distance from the sentence that states it', () => {
    const [wrong, right, metres] = conversation(
      STAFF_DAY,
      NOW,
      'er naturstien 5 km?',
      'er naturstien 4,2 km lang?',
      'er naturstien 4200 meter?',
    );
    assert.match(wrong!, /^Nej\b/);
    assert.match(wrong!, /4,2 km/);
    assert.match(right!, /^Ja\b/);
    assert.match(metres!, /^Ja\b/);
  });

  it('confirms no distance of a thing the letter gives none', () => {
    const [answer] = conversation(STAFF_DAY, NOW, 'er cykelruten 5 km?');
    assert.doesNotMatch(answer!, /^(Ja|Yes)\b/);
  });
});
