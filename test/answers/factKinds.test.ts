import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/** Two letters written for these tests (made-up places), saying what a thing costs and when it happens in words. */
const LETTERS = [
  {
    id: 'temadag-vestby-2027',
    today: '2027-03-01',
    text: `Temadag om trivsel

Temadagen holdes torsdag den 18. marts 2027 kl. 9.00–15.00 på Vestby Rådhus, Torvet 1, 7100 Vestby.

Frokosten er indeholdt i prisen, og materialet udleveres samme dag.

Kontakt: Anne Berg, anne@vestby.example`,
    cost: 'hvad koster frokosten',
    when: 'hvornår får vi materialet',
  },
  {
    id: 'network-day-nordby-2027',
    today: '2027-04-01',
    text: `Network day on climate adaptation

The network day is on Thursday 22 April 2027, 09.30–15.30, at Nordby Library, Havnevej 2, 6700 Nordby.

Lunch is included in the fee. The reading list is sent out the day before.

Contact: Lars Holm, lars@nordby.example`,
    cost: 'how much is the lunch',
    when: 'when do we get the reading list',
  },
];

describe('a reply states the kind of fact asked in words as letters write it', () => {
  for (const letter of LETTERS) {
    const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));
    const now = DateTime.fromISO(`${letter.today}T10:00:00+01:00`, { setZone: true });
    it(`${letter.id}: "included in the price" answers what a thing costs`, () => {
      const reply = ask(letter.cost, knowledge, { now }).answer;
      assert.equal(reply?.kind, 'answer', reply?.text);
      assert.match(reply?.text ?? '', /indeholdt i prisen|included in the fee/);
    });
    it(`${letter.id}: "the same day" or "the day before" answers when a thing comes`, () => {
      const reply = ask(letter.when, knowledge, { now }).answer;
      assert.equal(reply?.kind, 'answer', reply?.text);
      assert.match(reply?.text ?? '', /samme dag|the day before/);
    });
  }
});
