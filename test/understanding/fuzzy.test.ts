import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, letterMask, mayBeWithin } from '../../src/understanding/fuzzy';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('typo distance', () => {
  it('counts substitutions, insertions, deletions and swapped neighbours as one edit each', () => {
    assert.equal(editDistance('adresse', 'adresse', 2), 0);
    assert.equal(editDistance('adresse', 'adrese', 2), 1);
    assert.equal(editDistance('adresse', 'adresser', 2), 1);
    assert.equal(editDistance('program', 'porgram', 2), 1);
    assert.equal(editDistance('hvornår', 'hvonar', 2), 2);
    assert.equal(editDistance('parkering', 'forplejning', 2), 3, 'beyond the limit: limit + 1');
  });

  it('never lets the letter filter drop a pair within the limit (10,000 random pairs, æøå included)', () => {
    const next = random(7);
    const letters = 'abcdefghijklmnopqrstuvwxyzæøå';
    const word = () =>
      Array.from({ length: 3 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * 6 + (next() < 0.2 ? 23 : 0))]).join('');
    let within = 0;
    for (let i = 0; i < 10_000; i++) {
      const a = word();
      // Half the pairs are a word and a mutation of it, so that many are within the limit.
      const b =
        next() < 0.5
          ? a.slice(0, Math.floor(next() * a.length)) +
            (letters[Math.floor(next() * 29)] ?? '') +
            a.slice(Math.floor(next() * a.length) + 1)
          : word();
      for (const max of [1, 2]) {
        if (editDistance(a, b, max) <= max) {
          within++;
          assert.ok(mayBeWithin(letterMask(a), letterMask(b), max), `${a} / ${b} within ${max}`);
        }
      }
    }
    assert.ok(within > 1_000, `${within} pairs within the limit`);
  });
});
