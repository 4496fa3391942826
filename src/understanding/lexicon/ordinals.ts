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
