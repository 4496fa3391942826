/**
 * The numbered parts of a meeting held in several parts that a text names: "Dag 2:", "day two", "2. dag", "den anden
 * dag", "modul 3", "Sessions 1 and 3", "the first morning". The same reading for a question and for the letter's
 * sentences, so a question's part can be found in the letter, and a sentence of another part told from one of it.
 */
import { ORDINAL_WORDS } from './lexicon/ordinals';
import { PART_NUMBER_WORDS, PART_WORDS } from './lexicon/parts';

/** A part by its kind ("day", "module", "session") and number; -1 is the last. */
export interface PartName {
  kind: string;
  number: number;
}

const KIND_OF = new Map(Object.entries(PART_WORDS).flatMap(([kind, words]) => words.map((word) => [word, kind] as const)));
const WORD = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const NUMBER = `\\d{1,2}|${Object.keys(PART_NUMBER_WORDS).join('|')}`;
/** "dag 2", "Session 1 (20 January)", "Sessions 1 and 3", "dag 1 og 2"; not a date or time after it ("dag 2/3"). */
const WORD_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\d])(${WORD})\\s*(?:nr\\.?\\s*)?(${NUMBER})((?:\\s*(?:,|og|and|&)\\s*\\d{1,2})*)(?![\\p{L}\\d]|[./:]\\d)`,
  'giu',
);
/** "2. dag", "2nd day". */
const NUMBER_THEN_WORD = new RegExp(`(?<![\\p{L}\\d.,:/])(\\d)\\.\\s*(${WORD})(?![\\p{L}])`, 'giu');
/** "den anden dag", "the first morning", "sidste modul"; not "en anden dag" (another day). */
const ORDINAL_THEN_WORD = new RegExp(
  `(?<![\\p{L}])(?<!(?<![\\p{L}])(?:en|et|an|another)\\s+)(${Object.keys(ORDINAL_WORDS).join('|')})\\s+(${WORD})(?![\\p{L}])`,
  'giu',
);

const numberOf = (word: string): number => PART_NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** Every part the text names, each once, with where its mention starts. */
export function partMentions(text: string): Array<PartName & { index: number; end: number }> {
  const found: Array<PartName & { index: number; end: number }> = [];
  const add = (kind: string | undefined, number: number, index: number, end: number) => {
    if (!kind || !Number.isFinite(number) || number === 0 || number > 20) return;
    if (!found.some((part) => part.kind === kind && part.number === number)) found.push({ kind, number, index, end });
  };
  for (const match of text.matchAll(WORD_THEN_NUMBER)) {
    const kind = KIND_OF.get(match[1]!.toLowerCase());
    add(kind, numberOf(match[2]!), match.index, match.index + match[0].length);
    for (const more of match[3]!.matchAll(/\d{1,2}/g)) add(kind, Number(more[0]), match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(NUMBER_THEN_WORD))
    add(KIND_OF.get(match[2]!.toLowerCase()), Number(match[1]), match.index, match.index + match[0].length);
  for (const match of text.matchAll(ORDINAL_THEN_WORD))
    add(KIND_OF.get(match[2]!.toLowerCase()), ORDINAL_WORDS[match[1]!.toLowerCase()]!, match.index, match.index + match[0].length);
  return found;
}

/** The parts a text names. */
export function partsNamed(text: string): PartName[] {
  return partMentions(text).map(({ kind, number }) => ({ kind, number }));
}
