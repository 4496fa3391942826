import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { eitherOrSentences } from '../../src/answers/saidBy';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * Letters written for these tests (made-up names and places) that say a thing by other words than an invitee asks
 * with: breakfast by the rolls served, lunch by the sandwich, what to wear by the clothes and shoes named, a partner
 * by "ledsagere", sending someone else by "en kollega", what to bring under a heading of its own, one of two things
 * asked between ("arbejdstiden eller fritiden") by the one the letter names. Each with questions
 * the letter answers so (and the fact the reply must give), and questions it does not answer, which must stay
 * unanswered.
 */
const LETTERS = [
  {
    id: 'netvaerksdag-nordby-2027',
    today: '2027-05-01',
    text: `Emne: Netværksdag for vejformænd

Kære alle

Vi mødes tirsdag den 8. juni 2027 kl. 9.00–15.00 på Nordby Materielgård, Industrivej 4, 9990 Nordby.

Vi starter med kaffe og rundstykker, og så fortæller Ole Bak om vintertjenesten, som mange af jer er optaget af.

Kl. 12.00 Frokost i kantinen
Kl. 13.00 Besigtigelse af saltlageret

Til besigtigelsen skal alle bære lukkede sko, og tag praktisk tøj på efter vejret.

Ledsagere kan ikke deltage. Kan du ikke selv, må du meget gerne sende en kollega. I er velkomne til at tage en
nøglemedarbejder med, hvis der er plads.

Dagen er gratis og foregår i arbejdstiden.

Hvad skal du have med?

- Notesbog og kuglepen
- Refleksvest

Tilmelding til Ida Storm senest 1. juni.

Venlig hilsen
Ida Storm`,
    covered: [
      { q: 'er der morgenmad', fact: /rundstykker/ },
      { q: 'får vi morgenkaffe', fact: /rundstykker/ },
      { q: 'hvad får vi til morgenmad', fact: /rundstykker/ },
      { q: 'hvad skal man ha på', fact: /tøj/ },
      { q: 'hvad skal man have på fødderne', fact: /lukkede sko/ },
      { q: 'må min kæreste komme med', fact: /Ledsagere/ },
      { q: 'jeg kan ikke selv, må jeg sende en anden', fact: /kollega/ },
      { q: 'kan min kollega tage min plads?', fact: /kollega/ },
      { q: 'hva skal man ha med', fact: /Refleksvest/ },
      { q: 'kan jeg tage en medarbejder med', fact: /nøglemedarbejder/ },
      { q: 'er det i arbejdstiden eller fritiden', fact: /arbejdstiden/ },
    ],
    uncovered: [
      'hvad får vi at spise til frokost',
      'hvad koster frokosten',
      'can my dog come along',
      'kan jeg skifte hold efter frokost',
      'bliver mødet optaget eller streamet',
    ],
  },
  {
    id: 'seminar-vestby-2027',
    today: '2027-03-01',
    text: `Invitation: Seminar on digital case handling

Dear colleagues,

Date: Thursday 22 April 2027, 12.30–17.00 (registration from 12.00)
Place: Vestby Town Hall, Room 2, Torvet 1, 9990 Vestby

The fee of DKK 300 includes a sandwich, coffee and cake.

14.15 Coffee break

Please sign up by 10 April.

Best regards,
Kim Dahl`,
    covered: [{ q: 'is lunch included', fact: /sandwich/ }],
    uncovered: ['is breakfast included', 'can my husband come along', 'what should I wear', 'can I bring a colleague'],
  },
];

describe('a thing the letter says by its own words answers a question that names it otherwise', () => {
  for (const letter of LETTERS) {
    const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));
    const now = DateTime.fromISO(`${letter.today}T10:00:00+02:00`, { setZone: true });
    for (const { q, fact } of letter.covered)
      it(`${letter.id}: "${q}" is answered by the paragraph that says it`, () => {
        const reply = ask(q, knowledge, { now }).answer;
        assert.equal(reply?.kind, 'answer', reply?.text);
        assert.match(reply?.text ?? '', fact);
      });
    for (const q of letter.uncovered)
      it(`${letter.id}: "${q}" is not answered`, () => {
        assert.notEqual(ask(q, knowledge, { now }).answer?.kind, 'answer', ask(q, knowledge, { now }).answer?.text);
      });
  }
});

describe('one of two things asked between', () => {
  const letter = LETTERS[0]!;
  const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));

  it('is answered by the sentence that names it when the letter never names the other', () => {
    assert.match(eitherOrSentences('er det i arbejdstiden eller fritiden', knowledge).join(' '), /arbejdstiden/);
  });

  it('is not answered by a programme line or a room named for something else', () => {
    assert.deepEqual(eitherOrSentences('foregår det i hallen eller i kantinen', knowledge), []);
  });
});
