import { GLOSSARY } from './lexicon/glossary';
import { stemWord, tokenize } from './normalize';

/**
 * The bilingual glossary as look-ups: a word's counterparts in the other language, by stem and as written.
 */

/** The glossary as folded stems, both ways: "table" ↔ "bord". */
export const GLOSSARY_STEMS = (() => {
  const map = new Map<string, Set<string>>();
  const stemsOf = (phrase: string) => tokenize(phrase).map((token) => stemWord(token.folded));
  for (const [da, en] of GLOSSARY) {
    const all = [...da, ...en].flatMap(stemsOf);
    for (const stem of all) map.set(stem, new Set([...(map.get(stem) ?? []), ...all]));
  }
  return map;
})();

/** The glossary's words as written (folded), by the stem of each word of an entry: what a paragraph would spell. */
export const GLOSSARY_WORDS = (() => {
  const map = new Map<string, Set<string>>();
  for (const [da, en] of GLOSSARY) {
    const words = [...da, ...en].flatMap((phrase) => tokenize(phrase).map((token) => token.folded));
    for (const word of words) map.set(stemWord(word), new Set([...(map.get(stemWord(word)) ?? []), ...words]));
  }
  return map;
})();

/** The glossary's words (folded) by the language they are written in. */
export const GLOSSARY_LANGUAGE = (() => {
  const map = new Map<string, Set<'da' | 'en'>>();
  for (const [da, en] of GLOSSARY)
    for (const [lang, phrases] of [
      ['da', da],
      ['en', en],
    ] as const)
      for (const word of phrases.flatMap((phrase) => tokenize(phrase).map((token) => token.folded)))
        map.set(word, new Set([...(map.get(word) ?? []), lang]));
  return map;
})();

/** A folded word with its counterparts as the glossary writes them (folded): "toilet" → "toilet", "restroom". */
export function glossaryForms(word: string): Set<string> {
  return new Set([word, ...(GLOSSARY_WORDS.get(stemWord(word)) ?? [])]);
}

/** A clause's stems with their Danish/English counterparts from the glossary. */
export function withGlossary(stems: Iterable<string>): Set<string> {
  const expanded = new Set<string>();
  for (const stem of stems) {
    expanded.add(stem);
    for (const other of GLOSSARY_STEMS.get(stem) ?? []) expanded.add(other);
  }
  return expanded;
}
