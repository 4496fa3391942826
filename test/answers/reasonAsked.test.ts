import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { draftKnowledge } from '../helpers/knowledge';

/**
 * "Why is the meeting held", "why should I come": the letter's own reason, given just before it invites with
 * "derfor"/"therefore" or in the prose that opens it — not the title. "Can <group> come" of a group the letter never
 * invites is not known, whatever it says of who is invited.
 */

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const reply = (knowledge: EventKnowledge, question: string) => ask(question, knowledge, { now }).answer!;
const knowledgeOf = (lines: string[], id: string) => draftKnowledge(lines.join('\n'), '2027-04-01', id);

const THEREFORE = knowledgeOf(
  [
    'Vestby Kommune',
    '',
    'Invitation til borgermøde om den nye cykelsti på Mølleskovvej',
    '',
    'Kommunen har fået penge fra vejpuljen til en cykelsti langs Mølleskovvej. Vi vil gerne høre jeres ønsker til stiens forløb, før udvalget vælger en løsning.',
    '',
    'Vi inviterer derfor til borgermøde',
    '',
    'onsdag den 21. april 2027 kl. 19.00–21.00',
    'i Vestby Forsamlingshus, Skolegade 4, 6000 Vestby',
    '',
    'Tilmelding er ikke nødvendig.',
    '',
    'Med venlig hilsen',
    'Else Kjær, else@vestby.example',
  ],
  'cykelsti-borgermoede',
);

const OPENING = knowledgeOf(
  [
    'Breakfast meeting: Heat pumps for small businesses',
    '',
    'Dear members,',
    '',
    'Energy prices have doubled in two years, and many small firms ask whether a heat pump pays off. Two owners who installed one last winter will tell what it cost and what they saved.',
    '',
    'We meet on Thursday 22 April 2027 at 08.00–09.30 at Vestby Business House, Havnegade 2, 6000 Vestby.',
    '',
    'Register by e-mail to events@vestby-business.example.',
    '',
    'Kind regards',
    'Ole Berg',
  ],
  'heat-pump-breakfast',
);

describe('why the meeting is held, from the prose', () => {
  it('answers from the sentences before "derfor inviterer vi", not the title', () => {
    for (const question of ['hvorfor holder I borgermødet', 'hvorfor holdes mødet', 'why should I come']) {
      const answer = reply(THEREFORE, question);
      assert.equal(answer.kind, 'answer', question);
      assert.match(answer.text, /ønsker til stiens forløb/, question);
    }
  });

  it('answers from the opening prose when the letter has no "therefore"', () => {
    for (const question of ['why should I attend', 'hvorfor skal jeg komme', 'what will I get out of it']) {
      const answer = reply(OPENING, question);
      assert.equal(answer.kind, 'answer', question);
      assert.match(answer.text, /what it cost and what they saved/, question);
    }
  });
});

const AUDIENCE = knowledgeOf(
  [
    'Temadag om faldforebyggelse',
    '',
    'Målgruppe: Sygeplejersker, fysioterapeuter og ledere i hjemmeplejen.',
    '',
    'Hvert år falder hver tredje ældre over 65. Mange fald kan forebygges, hvis vi opdager risikoen i tide.',
    '',
    'Tid: Tirsdag den 20. april 2027 kl. 9.00-15.00',
    'Sted: Vestby Sundhedshus, Skolegade 4, 6000 Vestby',
    '',
    'Med venlig hilsen',
    'Else Kjær, else@vestby.example',
  ],
  'temadag-fald',
);

describe('whether a group may come', () => {
  it('does not say yes for a group the audience does not name', () => {
    for (const question of ['er det relevant for mig som lærer', "is it relevant for me if I'm a teacher"]) {
      const answer = reply(AUDIENCE, question);
      assert.notEqual(answer.kind, 'answer', question);
      assert.match(answer.text, /Sygeplejersker/, question);
    }
  });

  it('says who is invited for a group it names', () => {
    for (const question of ['kan fysioterapeuter deltage', 'er det relevant for mig som fysioterapeut']) {
      const answer = reply(AUDIENCE, question);
      assert.equal(answer.kind, 'answer', question);
      assert.match(answer.text, /fysioterapeuter/, question);
    }
  });
});

const NAMED_ONLY = knowledgeOf(
  [
    'Temadag om ernæring',
    '',
    'Tid: Tirsdag den 20. april 2027 kl. 9.00-12.00',
    'Sted: Vestby Sundhedshus, Skolegade 4, 6000 Vestby',
    '',
    'Program',
    '9.00 Velkomst v/ Else Kjær',
    '9.30 Screening med SKRÅ-skemaet i hjemmeplejen v/ diætist Ole Berg',
    '11.00 Besøgsrunden er en tur rundt i køkkenet v/ Per Holm',
    '12.00 Tak for i dag',
    '',
    'Husk at tage din computer med og gerne et skema, du selv bruger.',
    '',
    'Med venlig hilsen',
    'Else Kjær, else@vestby.example',
  ],
  'temadag-ernaering',
);

describe('what a thing the letter only names is', () => {
  it('says the letter does not explain it, with the line naming it', () => {
    const answer = reply(NAMED_ONLY, 'hvad er SKRÅ-skemaet');
    assert.notEqual(answer.kind, 'answer');
    assert.match(answer.text, /Screening med/);
  });

  it('answers from a line that says what it is', () => {
    const answer = reply(NAMED_ONLY, 'hvad er besøgsrunden');
    assert.equal(answer.kind, 'answer');
    assert.match(answer.text, /tur rundt i køkkenet/);
  });
});

describe('what to prepare', () => {
  it('is what the letter asks one to bring', () => {
    const answer = reply(NAMED_ONLY, 'skal jeg forberede noget');
    assert.equal(answer.kind, 'answer');
    assert.match(answer.text, /computer/);
  });
});
