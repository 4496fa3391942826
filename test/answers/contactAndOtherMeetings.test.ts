import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * "who do I contact about …", "who hands out the prizes", "when is the next …": classes of questions whose answer
 * is not this meeting's time or an item's leader. Letters written here.
 */

const now = DateTime.fromISO('2027-06-01T10:00:00+02:00', { setZone: true });
const answer = (knowledge: EventKnowledge, ...questions: string[]) => conversation(knowledge, now, ...questions).at(-1)!;
const DONT_KNOW = /ikke noget om|doesn't say|says nothing|ved jeg desværre ikke|står der ikke/i;

const COURSE = draftKnowledge(
  [
    'Kursus i konflikthåndtering',
    '',
    'Tirsdag den 14. september 2027 kl. 9.00–15.00 i Kulturhuset, Torvet 2, 7100 Vestby.',
    '',
    'Program',
    '',
    '9.00 Velkomst v/ chefkonsulent Ida Storm',
    '10.00 Øvelser i grupper',
    '12.00 Frokost',
    '14.00 Spørgsmål og afrunding',
    '',
    'Til sidst deler direktør Per Holm præmier ud til de tre bedste grupper.',
    '',
    '## Kontakt',
    '- Faglige spørgsmål om kurset: Ida Storm, is@vestby.example.dk, tlf. 21 43 65 87',
    '- Praktiske spørgsmål om tilmelding, fakturering og lokaler: Ole Bak, ob@vestby.example.dk, tlf. 41 87 20 55',
    '',
    'Med venlig hilsen',
    'Tove Lund',
  ].join('\n'),
  '2027-06-01',
  'kursus-kontakt',
);

const EVENING = draftKnowledge(
  [
    'Emne: Invitation til borgermøde om skolestruktur',
    '',
    'Borgermøde om skolestruktur torsdag den 23. september 2027 kl. 19.00–21.00 i Hallen, Idrætsvej 4, 7100 Vestby.',
    '',
    'Program',
    '',
    '19.00 Velkomst v/ formand Rasmus Kjeldsen',
    '19.15 Forslaget v/ skolechef Birgitte Lund',
    '20.00 Spørgsmål fra salen',
    '',
    'Har du spørgsmål, så kontakt Anne Holm, tlf. 23 45 19 07.',
    '',
    'Med venlig hilsen',
    'Anne Holm',
  ].join('\n'),
  '2027-06-01',
  'borgermoede-kontakt',
);

describe('whom to contact about something', () => {
  it('"hvem kan jeg kontakte hvis jeg har spørgsmål" is the contact, not the leader of an item "Spørgsmål fra salen"', () => {
    const text = answer(EVENING, 'hvem kan jeg kontakte hvis jeg har spørgsmål');
    assert.match(text, /Anne Holm/);
    assert.match(text, /23 45 19 07/);
  });

  it('"who do I contact about the invoice" is the contact whose line names invoicing', () => {
    for (const question of ['who do i contact about the invoice', 'hvem kontakter jeg om fakturaen']) {
      const text = answer(COURSE, question);
      assert.match(text, /Ole Bak/);
      assert.doesNotMatch(text, /Ida Storm/);
    }
  });

  it('"hvis jeg bliver forsinket, hvem ringer jeg så til" is whom to call, not the times', () => {
    const text = answer(COURSE, 'hvis jeg bliver forsinket om morgenen hvem ringer jeg så til');
    assert.match(text, /21 43 65 87|41 87 20 55/);
  });

  it('a contact question about nothing a contact line names gives all contacts', () => {
    const text = answer(COURSE, 'who can i contact');
    assert.match(text, /Ole Bak/);
    assert.match(text, /Ida Storm/);
  });
});

describe('handing out', () => {
  it('"who hands out the prizes" of "deler … præmier ud" is the one the sentence names', () => {
    assert.match(answer(COURSE, 'hvem overrækker præmierne'), /Per Holm/);
    assert.match(answer(COURSE, 'who hands out the prizes'), /Per Holm/);
  });
});

describe('the next meeting of the same kind', () => {
  it('"hvornår er næste borgermøde" is not this meeting, nor is "og hvor" beside it', () => {
    const text = answer(EVENING, 'hvornår er næste borgermøde og hvor');
    assert.match(text, DONT_KNOW);
    assert.doesNotMatch(text, /23\. september|Idrætsvej/);
  });

  it('this meeting asked by its kind is still this meeting', () => {
    assert.match(answer(EVENING, 'hvornår er borgermødet'), /23\. september/);
  });
});

const FAREWELL = draftKnowledge(
  [
    'Farewell reception for Karen',
    '',
    'After 27 years with us, Karen Winther is retiring, and we would like to say goodbye properly.',
    '',
    'Friday 10 September 2027, 14.00–15.30, in the canteen, Havnegade 3, 7100 Vestby.',
    '',
    'Best regards',
    'Tove Lund',
  ].join('\n'),
  '2027-06-01',
  'farewell-karen',
);

const PARTY = draftKnowledge(
  [
    'Julefrokost i Teknik og Miljø',
    '',
    'Fredag den 3. december 2027 kl. 12.30–22.00 i Kantinen, Rådhustorvet 1, 7100 Vestby.',
    '',
    'Cheferne har sagt god for, at vi lukker ned kl. 12.00 den dag, og telefonerne bliver stillet om.',
    '',
    'Tilmelding senest fredag den 12. november 2027 til Tove Lund.',
    '',
    'Med venlig hilsen',
    'Festudvalget',
  ].join('\n'),
  '2027-06-01',
  'julefrokost-luk',
);

describe('how long someone has worked there', () => {
  it('is the sentence saying how many years, not the length of the reception', () => {
    const text = answer(FAREWELL, 'how long has she worked here');
    assert.match(text, /27 years/);
    assert.doesNotMatch(text, /1 hour|30 minutes/);
  });

  it('is not stated when the letter gives no years', () => {
    const text = answer(PARTY, 'hvor længe har hun været ansat');
    assert.match(text, DONT_KNOW);
    assert.doesNotMatch(text, /12\.30|22\.00|12\. november/);
  });
});

describe('closing down', () => {
  it('"hvornår lukker vi ned" is the letter\'s sentence about closing, not the sign-up deadline', () => {
    const text = answer(PARTY, 'hvornår lukker vi ned den dag');
    assert.match(text, /12\.00/);
    assert.doesNotMatch(text, /12\. november/);
  });

  it('"hvornår lukker I" is not the sign-up deadline; "hvornår lukker tilmeldingen" is', () => {
    assert.doesNotMatch(answer(PARTY, 'hvornår lukker I'), /12\. november/);
    assert.match(answer(PARTY, 'hvornår lukker tilmeldingen'), /12\. november/);
  });
});

describe('"agenda" alone', () => {
  it('is English: the programme of a Danish letter is given in English', () => {
    assert.match(answer(EVENING, 'agenda'), /Thursday 23 September/);
    assert.match(answer(EVENING, 'hvad er dagsordenen'), /torsdag den 23\. september/);
  });
});
