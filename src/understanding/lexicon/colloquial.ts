/**
 * Spoken words for things letters name in their written word ("ungerne" for "børnene"): the written word (lower
 * case) by the spoken one. Only words with no other meaning; a letter that writes the spoken word itself keeps it.
 */
export const COLLOQUIAL: ReadonlyMap<string, string> = new Map([
  ['unger', 'børn'],
  ['ungerne', 'børnene'],
  ['ungernes', 'børnenes'],
  ['ungers', 'børns'],
  ['poderne', 'børnene'],
]);
