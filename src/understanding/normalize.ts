/**
 * Text folding shared by everything that compares words: lower case, markup gone,
 * and Danish letters folded so "mødet", "moedet" and "modet" become one word.
 */

/** Removes Teams mentions and HTML tags that clients add around what the user typed. */
export function stripTags(text: string): string {
  return text
    .replace(/<at[^>]*>.*?<\/at>/gis, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ');
}

/** stripTags, and markdown emphasis too: for understanding, where "**hvor**" means "hvor". */
export function stripMarkup(text: string): string {
  return stripTags(text).replace(/[*_~`]+/g, ' ');
}

/** Folds one lower-case word: æ/ae→e, ø/oe→o, å/aa→a, other accents dropped. */
export function foldWord(word: string): string {
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
