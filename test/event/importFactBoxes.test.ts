import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/** Letter shapes met in new letters: a box of key facts as a table, a contact card with the title after the name. */
describe('a two-column table of key facts is read as labelled lines', () => {
  const letter = [
    '# Online seminar: Water in the city',
    '',
    'The Baltic Water Forum invites planners and engineers from member cities to an online seminar on stormwater.',
    '',
    '| | |',
    '|---|---|',
    '| **Date** | Thursday 14 October 2027 |',
    '| **Time** | 10.00–11.30 (CEST) |',
    '| **Where** | Online in Zoom |',
    '| **Price** | Free of charge |',
    '| **Language** | English |',
    '',
    '## Programme',
    '',
    '| Time | Item |',
    '|---|---|',
    '| 10.00 | Welcome |',
    '| 10.10 | Talk: Rain gardens that last |',
    '| 11.30 | End |',
  ];

  it('the time in the box is the meeting’s start and end, not a guess from the programme', () => {
    const { result } = draftOf(letter);
    assert.equal(result.event.start, '2027-10-14T10:00');
    assert.ok(String(result.event.end).endsWith('11:30'));
    assert.notEqual(result.event.endIsEstimate, true);
  });

  it('price and language in the box are found', () => {
    const { result } = draftOf(letter);
    assert.equal(result.event.practical?.price?.free, true);
    assert.deepEqual(result.event.practical?.language?.languages, ['English']);
  });

  it('a table of names and roles is no box of facts', () => {
    const { result } = draftOf([
      'Invitation til arbejdsdag',
      '',
      'Vi inviterer til arbejdsdag i haven lørdag den 8. maj 2027 kl. 10.00–14.00 i Fælleshaven, Kirkevej 3, 4000 Roskilde.',
      '',
      '| Navn | Opgave |',
      '|---|---|',
      '| Anne Holm | Kaffe |',
      '| Bo Lund | Værktøj |',
    ]);
    assert.ok(!result.event.text.includes('Anne Holm: Kaffe'));
  });
});

describe('a contact card whose first line is the name and what the person is', () => {
  it('"Name, title" / e-mail / phone under a Contact heading is the contact, with both details', () => {
    const { result } = draftOf([
      '# Online seminar: Water in the city',
      '',
      'The Baltic Water Forum invites planners from member cities to an online seminar on stormwater on Thursday 14 October 2027 at 10.00–11.30.',
      '',
      '## Programme',
      '',
      '- 10.00 Welcome – *Maja Lind, forum coordinator*',
      '- 10.10 Talk: Rain gardens that last – *Per Strand, engineer*',
      '',
      '## Contact',
      '',
      'Maja Lind, forum coordinator',
      'maja.lind@bwf.example.org',
      '+45 21 43 65 87',
      '',
      '*We look forward to seeing you there!*',
    ]);
    const contact = (result.event.people ?? []).find((p) => p.roles?.includes('contact'));
    assert.equal(contact?.name, 'Maja Lind');
    assert.equal(contact?.email, 'maja.lind@bwf.example.org');
    assert.equal(contact?.phone, '+45 21 43 65 87');
  });
});

describe('labels and values laid out with spaces, values wrapping under the value column', () => {
  // Wide labels ("Accommodation:") push the values to a column far right; the lines under a value go on with it.
  const letter = [
    'Dear members,',
    '',
    'The Nordic Bridge Society invites you to its autumn excursion on Saturday 9 October 2027 at 10.00.',
    '',
    'Fee:                EUR 120 per person (includes guided tour, lunch and',
    '                    the ferry). Drinks are not included.',
    'Sign-up:            through www.bridges.example.org/autumn no later than Monday 6 September 2027.',
    '                    At most 25 places, in order of sign-up.',
    'Accommodation:      Rooms are held at Hotel Kestrel, Harbour Row 3, 4000 Roskilde,',
    '                    at DKK 900 per night. Book by 20 September 2027, quoting "NBS-AUTUMN".',
    'Footwear:           The tour goes over rough ground. Wear sturdy boots and',
    '                    bring a raincoat.',
    '',
    'Kind regards,',
    'Anna Berg',
  ];

  it('each label keeps its value: the sign-up deadline, link and hotel are found with their labels', () => {
    const { result } = draftOf(letter, '2027-06-01');
    assert.equal(result.event.registration?.deadline, '2027-09-06');
    assert.match(String(result.event.registration?.url), /bridges\.example\.org\/autumn/);
    assert.match(JSON.stringify(result.event.practical?.accommodation ?? {}), /Hotel Kestrel/);
    assert.match(result.event.text ?? '', /Accommodation: +Rooms are held at Hotel Kestrel/);
    assert.match(result.event.text ?? '', /Footwear: +The tour goes over rough ground/);
  });
});
