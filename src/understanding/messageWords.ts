import type { EventKnowledge } from './knowledge';
import type { Token } from './normalize';
import type { PhraseMatch, WordForms } from './phrases';

/**
 * A message's words as the cue phrases match them, with the spellings a typo may stand for, and the words that start
 * a question for information.
 */

export const INFORMATION_STARTS = new Set([
  'hvornar',
  'hvor',
  'hvordan',
  'hvad',
  'hvorfor',
  'hvilken',
  'hvilket',
  'hvilke',
  'hvem',
  'when',
  'where',
  'how',
  'what',
  'why',
  'which',
  'who',
  'whats',
  'wheres',
  'whens',
  'hows',
  'whos',
]);

/** Turns a message's tokens into words with the spellings a typo may stand for. */
export function wordForms(tokens: readonly Token[], knowledge: EventKnowledge): WordForms[] {
  return tokens.map((token) => {
    const isNumber = /^\d+$/.test(token.folded);
    if (isNumber || knowledge.isExactlyKnown(token.folded)) return { folded: token.folded, forms: [token.folded], isNumber };
    return { folded: token.folded, forms: [token.folded, ...knowledge.vocabulary.resolve(token.folded)], isNumber };
  });
}

export const covered = (matches: PhraseMatch<unknown>[]) => {
  const positions = new Set<number>();
  for (const match of matches) for (let i = match.start; i < match.end; i++) positions.add(i);
  return positions;
};
