/**
 * Text folding shared by everything that compares words: lower case, markup gone,
 * and Danish letters folded so "mødet", "moedet" and "modet" become one word.
 */

/**
 * Removes Teams mentions and HTML tags that clients add around what the user typed. Every pattern is bounded, so
 * the work is linear in the text's length whatever it holds ("<at " repeated 60,000 times included).
 */
export function stripTags(text: string): string {
  return text
    .replace(/<at\b[^<>]{0,200}>[^<]{0,200}<\/at>/gi, ' ')
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ');
}

/** Control and format characters (NUL, ESC, bidi overrides like U+202E, zero-width marks), line breaks excepted. */
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
/** A letter may carry a couple of accents; a pile of them is noise meant to overflow the line. */
const COMBINING_PILE = /(\p{M}{2})\p{M}+/gu;

/**
 * What a user typed, made safe to keep, show and export: cut to `maxLength` first (before any pattern runs), then
 * NFC-normalised, control and format characters dropped (tabs and line breaks become spaces), at most two
 * combining marks per letter.
 */
export function sanitizeUserText(text: string, maxLength: number): string {
  return text
    .slice(0, maxLength * 2)
    .normalize('NFC')
    .replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ')
    .replace(CONTROL, '')
    .replace(COMBINING_PILE, '$1')
    .slice(0, maxLength);
}

/** stripTags, and markdown emphasis too: for understanding, where "**hvor**" means "hvor". */
export function stripMarkup(text: string): string {
  return stripTags(text).replace(/[*_~`]+/g, ' ');
}

/** Folded words seen so far: every message folds each of its words, and the same few hundred words come back. */
const folded = new Map<string, string>();
const MAX_FOLDED = 20_000;

const MAX_FOLDED_LENGTH = 40;

/** Folds one lower-case word: æ/ae→e, ø/oe→o, å/aa→a, other accents dropped. */
export function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = fold(word);
    // Bounded in count and size: arbitrary text (typos, names, junk) must not grow it for ever.
    if (word.length > MAX_FOLDED_LENGTH) return result;
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(word, result);
  }
  return result;
}

function fold(word: string): string {
  return word
    .replace(/æ/g, 'e')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'o');
}

export interface Token {
  /** As typed, lower-cased. */
  raw: string;
  /** Folded, for matching. */
  folded: string;
}

/** Splits text into word tokens; digits stay (times, postcodes). */
export function tokenize(text: string): Token[] {
  const words = stripMarkup(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((raw) => ({ raw, folded: foldWord(raw) }));
}

/** Clause boundaries: sentence punctuation and the conjunctions that join two questions. */
const CLAUSE_BREAK = /[?!.;:\n]+|,|\s+(?:og|and|samt|plus|&)\s+/i;

export function splitClauses(text: string): string[] {
  return stripMarkup(text)
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}
