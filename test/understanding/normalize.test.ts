import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance } from '../../src/understanding/fuzzy';
import { languageFromLocale } from '../../src/understanding/language';
import { foldWord, splitClauses, stripMarkup, tokenize } from '../../src/understanding/normalize';

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
