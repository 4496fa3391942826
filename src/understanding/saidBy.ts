import { tokenize } from './normalize';
import { compilePhrase, matchPhrases, type CompiledPhrase, type WordForms } from './phrases';
import { SAID_BY } from './lexicon/saidBy';

/** The things of SAID_BY compiled once: how questions ask for each, and the words a letter says it by. */

export interface SaidThing {
  asked: CompiledPhrase<number>[];
  said: CompiledPhrase<number>[];
  only: boolean;
}

export const SAID_THINGS: readonly SaidThing[] = SAID_BY.map((entry, i) => ({
  asked: entry.asked.map((phrase) => compilePhrase(phrase, i)),
  said: entry.said.map((phrase) => compilePhrase(phrase, i)),
  only: entry.only === true,
}));

/** A text's words as phrases are matched against them. */
export function wordFormsOf(text: string): WordForms[] {
  return tokenize(text).map((token) => ({ folded: token.folded, forms: [token.folded], isNumber: /^\d+$/.test(token.folded) }));
}

/** Whether a text says a thing a question names by a word ("morgenmad") by any of the letter's words for it ("rundstykker"). */
export function saysThingOf(word: string, text: string): boolean {
  const asked = wordFormsOf(word);
  const things = SAID_THINGS.filter((thing) => matchPhrases(thing.asked, asked).length > 0);
  if (things.length === 0) return false;
  const said = wordFormsOf(text);
  return things.some((thing) => matchPhrases(thing.said, said).length > 0);
}
