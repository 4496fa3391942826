/** Month names and their common abbreviations, Danish and English, folded to lower case: letters and questions both write them. */
export const MONTHS: Record<string, number> = {
  januar: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  marts: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * "TORSDAG DEN 8. APRIL", "1. MEDLEMSMØDE": a day's number before a capitalised month, or a heading's number
 * alone, ends no sentence.
 */
export function continuesAfterNumber(before: string, after: string): boolean {
  if (/^\d{1,2}\.$/.test(before.trim())) return true;
  if (!/(?:^|[^\d.,])\d{1,2}\.$/.test(before)) return false;
  const word = /^\p{L}+/u.exec(after)?.[0]?.toLowerCase();
  return word !== undefined && MONTHS[word] !== undefined;
}
