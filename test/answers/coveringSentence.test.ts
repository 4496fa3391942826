import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { coveringSentences } from '../../src/answers/coveringSentence';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * Two letters written for these tests (made-up names and places) that state facts in their free text only: who has
 * a role, when something else than the meeting happens, how many, an address. Each with questions a sentence covers
 * (and the fact it must give), and questions no sentence covers, which must stay unanswered.
 */
const LETTERS = [
  {
    id: 'sommerfest-vestby-2027',
    today: '2027-05-01',
    text: `Emne: Sommerfest i Vej og Park

Hej alle

Så er det tid til sommerfest! Festudvalget har planlagt en hyggelig eftermiddag.

HVORNÅR: Fredag den 11. juni 2027 kl. 14.00–18.00
HVOR: Pavillonen, Strandvej 3, 9990 Vestby

Fra entreprenøren, Brødrene Bak Anlæg A/S, kommer:
- Ole Bak, formand – han fortæller om sommerens vejarbejde

Vejarbejdet på Strandvej starter mandag den 14. juni og varer hele sommeren.

Spørgsmål? Skriv til Ida Storm.

Festudvalget
Ida Storm (Vej og Park) og Kim Dahl (Miljø)

Vestbyskolen · Skolevej 12 · 9990 Vestby`,
    covered: [
      { q: "who's on the party committee", fact: /Kim Dahl/ },
      { q: 'hvad hedder entreprenørfirmaet', fact: /Brødrene Bak Anlæg/ },
      { q: 'who is the foreman', fact: /Ole Bak/ },
      { q: 'hvornår starter vejarbejdet', fact: /14\. juni/ },
      { q: 'whats the address of the school', fact: /Skolevej 12/ },
    ],
    uncovered: ['hvornår er vejarbejdet færdigt', 'who is the mayor', 'hvad hedder skolens leder'],
  },
  {
    id: 'agm-nordby-association-2027',
    today: '2027-05-01',
    text: `Notice of the Annual General Meeting 2027

Dear members,

The Board hereby gives notice of the Annual General Meeting on Thursday 10 June 2027, 14.30–17.00, at Nordby Town Hall, Havnevej 2, 6700 Nordby.

Proposals from members must reach the secretariat no later than Thursday 20 May 2027.

Three seats are up for election this year. Chair Ida Storm is not up for election. The nominations are:

- Ole Bak, Senior Planner, Nordby Municipality – standing for re-election
- Kim Dahl, Consultant, Vestplan AB – new candidate

The new harbour district will have about 350 homes.

After 31 years with us, Lone Vang is retiring, and we will say goodbye at the reception.

Best regards,
Lars Holm`,
    covered: [
      { q: 'who is up for re-election', fact: /Ole Bak/ },
      { q: 'deadline for sending in proposals?', fact: /20 May/ },
      { q: 'how many homes will the harbour district have', fact: /350/ },
      { q: 'who is retiring', fact: /Lone Vang/ },
    ],
    uncovered: ['when is the next general meeting', 'how many members does the association have', 'who is the treasurer'],
  },
];

describe('a sentence of the letter that covers the whole question answers it', () => {
  for (const letter of LETTERS) {
    const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));
    const now = DateTime.fromISO(`${letter.today}T10:00:00+02:00`, { setZone: true });
    for (const { q, fact } of letter.covered)
      it(`${letter.id}: "${q}" is answered by the sentence that says it`, () => {
        const reply = ask(q, knowledge, { now }).answer;
        assert.equal(reply?.kind, 'answer', reply?.text);
        assert.match(reply?.text ?? '', fact);
      });
    for (const q of letter.uncovered)
      it(`${letter.id}: "${q}" is covered by no sentence`, () => {
        assert.deepEqual(coveringSentences(q, knowledge), []);
        assert.notEqual(ask(q, knowledge, { now }).answer?.kind, 'answer');
      });
  }

  it('a sentence that names the word of a hyphenated question word without its prefix does not cover it', () => {
    const letter = LETTERS[1]!;
    const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));
    const found = coveringSentences('who is up for re-election', knowledge);
    assert.ok(found.length > 0);
    assert.ok(
      found.every((sentence) => !sentence.includes('Ida Storm')),
      found.join(' | '),
    );
  });
});
