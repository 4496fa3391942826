const FORWARDED = 'forwarded message|videresendt meddelelse|begin forwarded message';
const mailOpening = (words: string) => new RegExp(`^-*\\s*(?:${words})\\s*:?\\s*-*$`, 'i');
/** "---------- Forwarded message ---------", "Begin forwarded message:", "----- Videresendt meddelelse -----". */
export const FORWARDED_LINE = mailOpening(FORWARDED);
/** The line that opens a mail quoted below another: forwarded, or the original under a reply ("-----Oprindelig meddelelse-----"). */
export const QUOTED_MAIL_LINE = mailOpening(`${FORWARDED}|original message|oprindelig meddelelse`);

/**
 * The lines of a colleague's note above a forwarded invitation ("Hej alle, se nedenfor – skal vi køre sammen?"),
 * by 0-based line number: what the one forwarding writes is not what the invitation says about getting there,
 * food or price.
 */
export function forwardNoteLines(lines: readonly string[]): number[] {
  const forward = lines.findIndex((line) => FORWARDED_LINE.test(line.trim()));
  return forward < 0 ? [] : lines.slice(0, forward).map((_, index) => index);
}
