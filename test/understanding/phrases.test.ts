import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePhrase, longestFirst, matchPhrases, type WordForms } from '../../src/understanding/phrases';
import { tokenize } from '../../src/understanding/normalize';

const words = (text: string): WordForms[] =>
  tokenize(text).map((token) => ({ folded: token.folded, forms: [token.folded], isNumber: /^\d+$/.test(token.folded) }));
const spans = (phrases: string[], text: string) =>
  matchPhrases(
    phrases.map((source) => compilePhrase(source, source)),
    words(text),
  ).map((match) => `${match.tag}@${match.start}-${match.end}`);

describe('cue phrases', () => {
  it('match words, word starts, compounds by their end, and numbers; longer and more specific first', () => {
    assert.deepEqual(spans(['hvor er', 'tilmeld*', '*frist', '\\d+ personer'], 'hvor er tilmeldingen og høringsfrist for 20 personer'), [
      '\\d+ personer@6-8',
      'hvor er@0-2',
      'tilmeld*@2-3',
      '*frist@4-5',
    ]);
    // A compound needs more than its head: "frist" alone is no compound of it.
    assert.deepEqual(spans(['*frist'], 'frist'), []);
  });

  it('take the furthest end a choice, an optional word or a gap reaches', () => {
    assert.deepEqual(spans(['(kan|må) … (deltage|komme med)'], 'kan min kollega godt komme med'), ['(kan|må) … (deltage|komme med)@0-6']);
    // A gap spans at most three words.
    assert.deepEqual(spans(['(kan|må) … (deltage|komme med)'], 'kan min nye kollega godt komme med'), []);
    assert.deepEqual(spans(['hvor (er|ligger)? (mødet|det)'], 'hvor mødet'), ['hvor (er|ligger)? (mødet|det)@0-2']);
    assert.deepEqual(spans(['hvor (er|ligger)? (mødet|det)'], 'hvor ligger det'), ['hvor (er|ligger)? (mødet|det)@0-3']);
    // A choice whose options nest choices of their own.
    assert.deepEqual(spans(['sign (me|(my|our) (colleague*|team)) up'], 'sign our colleagues up'), [
      'sign (me|(my|our) (colleague*|team)) up@0-4',
    ]);
  });

  it('never match empty, and the longest match keeps its words', () => {
    assert.deepEqual(spans(['(og|and)? (hvor|where)?'], 'tak'), []);
    const phrases = [compilePhrase('hvor', 'where'), compilePhrase('hvor lang tid', 'duration'), compilePhrase('tid', 'time')];
    assert.deepEqual(
      longestFirst(matchPhrases(phrases, words('hvor lang tid tager det'))).map((match) => match.tag),
      ['duration'],
    );
  });
});
