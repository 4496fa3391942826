import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "hvad er punkt 3" then "og 4?", "what's talk 1" then "and 2?": a follow-up that says only another number asks the
 * question before again, of that number — not the item answered before.
 */

const agenda = draftOf([
  'Dagsorden for møde i Kvistrup Vejlaug',
  '',
  'Vejlauget holder møde tirsdag den 9. november 2027 kl. 19.00–21.00 i Kvistrup Klubhus, Lærkevej 3, 6100 Kvistrup.',
  '',
  'Dagsorden',
  '1. Godkendelse af dagsorden',
  '2. Meddelelser fra formanden',
  '3. Asfaltering af Lærkevej',
  '4. Nye vejbump ved legepladsen',
  '5. Eventuelt',
  '',
  'Venlig hilsen',
  'Toke Brandvig',
  'Formand',
]).event;

const talks = draftOf([
  'Morning seminar on heat pumps',
  '',
  'Dear members,',
  '',
  'We invite you to a morning seminar on Thursday 14 October 2027, 08:00–10:00, at Oakridge Hall, Millbank Road 7, 5000 Oddeby.',
  '',
  'Programme',
  '08:00–08:15 Coffee and welcome',
  '08:15–08:40 Talk 1: Sizing a heat pump for older houses – Wilma Sandgren, engineer',
  '08:40–09:05 Talk 2: Noise rules and neighbours – Osvald Pirk, planner',
  '09:05–09:30 Talk 3: Grants for private owners – Hedda Lunn, adviser',
  '09:30–10:00 Questions',
  '',
  'Kind regards',
  'Toke Brandvig',
]).event;

const now = DateTime.fromISO('2027-10-01T10:00:00+02:00', { setZone: true });
const last = (event: typeof agenda, ...turns: string[]) => conversationAnswers(knowledgeOf(event), now, ...turns).at(-1)!;

describe('a follow-up that swaps the number', () => {
  it('"og 4?" after item 3 is item 4', () => {
    const reply = last(agenda, 'hvad er punkt 3', 'og 4?');
    assert.match(reply.text, /vejbump/);
    assert.doesNotMatch(reply.text, /Asfaltering/);
  });

  it('an ordinal word swaps a number: "og den fjerde?"', () => {
    const reply = last(agenda, 'hvad er punkt 2', 'og 3?', 'og den fjerde?');
    assert.match(reply.text, /vejbump/);
  });

  it('"and 3?" after talk 2 counts talks, not items', () => {
    const reply = last(talks, "what's talk 2", 'and 3?');
    assert.match(reply.text, /Grants for private owners/);
    assert.doesNotMatch(reply.text, /Noise rules/);
  });

  it('a number with words of its own is no swap: it is asked as it is', () => {
    const reply = conversationAnswers(knowledgeOf(agenda), now, 'hvad er punkt 3', 'hvor mange kommer der 4 personer').at(-1);
    assert.doesNotMatch(reply?.text ?? '', /vejbump/);
  });
});
