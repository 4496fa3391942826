/** "---------- Forwarded message ---------", "Begin forwarded message:", "----- Videresendt meddelelse -----". */
export const FORWARDED_LINE = /^-*\s*(?:forwarded message|videresendt meddelelse|begin forwarded message)\s*:?\s*-*$/i;

/**
 * The lines of a colleague's note above a forwarded invitation ("Hej alle, se nedenfor – skal vi køre sammen?"),
 * by 0-based line number: what the one forwarding writes is not what the invitation says about getting there,
 * food or price.
 */
export function forwardNoteLines(lines: readonly string[]): number[] {
  const forward = lines.findIndex((line) => FORWARDED_LINE.test(line.trim()));
  return forward < 0 ? [] : lines.slice(0, forward).map((_, index) => index);
}
