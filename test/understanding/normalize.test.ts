import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance } from '../../src/understanding/fuzzy';
import { languageFromLocale } from '../../src/understanding/language';
import { foldWord, splitClauses, splitSentences, stripMarkup, tokenize } from '../../src/understanding/normalize';

describe('normalising text', () => {
  it('folds æ/ø/å and their ASCII spellings to one form', () => {
    assert.equal(foldWord('mødet'), foldWord('moedet'));
    assert.equal(foldWord('mødet'), foldWord('modet'));
    assert.equal(foldWord('hvornår'), foldWord('hvornaar'));
    assert.equal(foldWord('hvornår'), foldWord('hvornar'));
    assert.equal(foldWord('være'), foldWord('vaere'));
    assert.equal(foldWord('café'), 'cafe');
  });

  it('removes Teams mentions, tags and markdown emphasis', () => {
    assert.equal(stripMarkup('<at>Mødebot</at> hvor er **mødet**?').replace(/\s+/g, ' ').trim(), 'hvor er mødet ?');
    assert.deepEqual(
      tokenize('<p>Hvornår</p> <script>x</script> kl. 17').map((t) => t.raw),
      ['hvornår', 'x', 'kl', '17'],
    );
  });

  it('splits two questions into clauses', () => {
    assert.deepEqual(splitClauses('hvornår og hvor er mødet?'), ['hvornår', 'hvor er mødet']);
    assert.deepEqual(splitClauses('When does it start, and where?'), ['When does it start', 'where']);
  });

  it('ends a sentence at a full stop, not after a number or an abbreviation, whatever comes before', () => {
    assert.deepEqual(splitSentences('Mødet er kl. 17.30 d. 3. maj. Tilmeld dig senest fx. i morgen! Ok?'), [
      'Mødet er kl. 17.30 d. 3. maj.',
      'Tilmeld dig senest fx. i morgen!',
      'Ok?',
    ]);
    // A long sentence before the abbreviation, and letters outside Latin-1 ("–", "’") in it.
    const long = `${'Vi mødes – som altid – i salen’s ende '.repeat(40)}ca. kl. 9 med ca. 40 personer. Så går vi.`;
    assert.deepEqual(splitSentences(long), [long.slice(0, -11), 'Så går vi.']);
    assert.deepEqual(splitSentences('approx. 20 people.\nWelcome'), ['approx. 20 people.', 'Welcome']);
  });

  it('splits clauses at a full stop only where a sentence ends', () => {
    assert.deepEqual(splitClauses('Er det kl. 17.30? Og hvor: i salen. Tak'), ['Er det kl. 17.30', 'hvor', 'i salen', 'Tak']);
    assert.deepEqual(splitClauses('Starter det d. 3. maj – og slutter det kl. 16?'), ['Starter det d. 3. maj –', 'slutter det kl. 16']);
  });

  it('edit distance counts a swap as one and stops early past the bound', () => {
    assert.equal(editDistance('wehn', 'when', 2), 1);
    assert.equal(editDistance('programet', 'programmet', 2), 1);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });

  it('maps channel locales to a language hint', () => {
    assert.equal(languageFromLocale('da-DK'), 'da');
    assert.equal(languageFromLocale('en-US'), 'en');
    assert.equal(languageFromLocale('de-DE'), undefined);
    assert.equal(languageFromLocale(undefined), undefined);
  });
});
