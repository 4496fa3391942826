import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/understanding/entities';

describe('what a clause names', () => {
  it('reads times, dates and weekdays, the same however often the clause is read', () => {
    for (let round = 0; round < 2; round++) {
      const entities = extractEntities('er det onsdag d. 14. april kl. 18 eller 17.30?');
      assert.deepEqual(
        entities.times.map((time) => time.minutes),
        [18 * 60, 17 * 60 + 30],
      );
      assert.deepEqual(
        entities.dates.map((date) => [date.day, date.month]),
        [[14, 4]],
      );
      assert.deepEqual(entities.weekdays, [3]);
      assert.equal(entities.alternatives, true);
    }
    // A weekday's name inside another word is no weekday; one on its own is.
    assert.deepEqual(extractEntities('hvad med fremtiden').weekdays, []);
    assert.deepEqual(extractEntities('is it on wed').weekdays, [3]);
  });

  it('gives a shared reading that no caller can change', () => {
    const entities = extractEntities('starter det kl 9');
    assert.throws(() => (entities.times as unknown[]).push({ minutes: 0, text: '0' }));
    assert.deepEqual(
      extractEntities('starter det kl 9').times.map((time) => time.minutes),
      [9 * 60],
    );
  });
});
