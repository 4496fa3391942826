import { EventKnowledge, LEXICON } from './knowledge';

/**
 * "hvad er emnet?", "hvordan kommer jeg hjem?", "what is the theme of the evening" after how long the meeting lasts:
 * a question of its own, which a short follow-up ("og for studerende?", "og derefter?") is not. Such a question
 * begins with a question word and names something of its own; the topic asked before is not what it asks.
 */

/** Openers that ask more of what was just said ("hvad med …", "what about …"), though they begin with a question word. */
const FOLLOW_UP_OPENER = /^(?:hvad med|hvordan med|hva med|what about|how about|and what about|what of)(?!\p{L})/iu;

/** A pronoun for what was just talked about ("is that mandatory?", "hvornår er den?"): the question asks of it. */
const BACK_PRONOUN = /(?<!\p{L})(?:it|its|that|this|they|them|those|det|den|dem|dette|denne|de)(?!\p{L})/iu;

/** Words that refer back or fill, and name nothing of their own (folded). */
const BACK_OR_FILLER = /^(?:og|and|men|but|so|så|sa|også|ogsa|also|too|then|da|nu|now|igen|again)$/u;

/**
 * Whether a clause is a new question with a word of its own, not a follow-up of the topic before. `taken` are the
 * indexes of words a subject or an aspect of the lexicon already read.
 */
export function asksAnew(clause: string, words: readonly string[], taken: ReadonlySet<number>): boolean {
  const first = words[0];
  if (!first || !LEXICON.questionWords.has(first) || FOLLOW_UP_OPENER.test(clause.trim()) || BACK_PRONOUN.test(clause)) return false;
  return words.some(
    (word, i) =>
      i > 0 &&
      !taken.has(i) &&
      word.length >= 3 &&
      !/\d/u.test(word) &&
      !BACK_OR_FILLER.test(word) &&
      !LEXICON.questionWords.has(word) &&
      !EventKnowledge.isEntityOrFunction(word),
  );
}
