/** Ordinal words in Danish and English, as questions count days, sessions or items: "den anden dag", "the last session". -1 is the last. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  første: 1,
  forste: 1,
  foerste: 1,
  first: 1,
  '1st': 1,
  anden: 2,
  andet: 2,
  andra: 2,
  second: 2,
  '2nd': 2,
  tredje: 3,
  third: 3,
  '3rd': 3,
  fjerde: 4,
  fourth: 4,
  sidste: -1,
  last: -1,
  final: -1,
};

/**
 * Words standing for one of the things a letter lists, so "the first one", "the last one", "the march one" count or
 * date a series' sessions without naming their kind.
 */
export const PRO_FORMS: ReadonlySet<string> = new Set(['one']);

/** The ordinal words by the number they count, first to fourth, as each language writes them. */
export const ORDINAL_NAMES: Readonly<Record<'da' | 'en', readonly string[]>> = {
  da: ['første', 'anden', 'tredje', 'fjerde'],
  en: ['first', 'second', 'third', 'fourth'],
};

/** Words a follow-up that swaps only the number may say before it: "og 6?", "and the 3rd?", "hvad med nr. 2?". */
export const SWAP_LEADS: ReadonlySet<string> = new Set([
  'og',
  'and',
  'men',
  'but',
  'what',
  'about',
  'how',
  'hvad',
  'med',
  'så',
  'sa',
  'then',
  'the',
  'den',
  'det',
  'nr',
  'no',
  'number',
  'nummer',
]);
