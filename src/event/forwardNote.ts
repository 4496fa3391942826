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
  const forward = forwardLine(lines);
  return forward < 0 ? [] : lines.slice(0, forward).map((_, index) => index);
}

/** A subject marked as forwarded: "Emne: VS: …", "Subject: Fwd: …", "Betreff: WG: …". */
const FORWARDED_SUBJECT = /^(?:emne|subject|betreff)\s*:\s*(?:vs|fw|fwd|wg|tr|videresend)\s*:/i;

/**
 * The line that opens the forwarded mail: "---------- Forwarded message ---------", or Outlook's
 * "-----Oprindelig meddelelse-----" / "-----Original Message-----" under a mail whose own subject says it forwards.
 */
export function forwardLine(lines: readonly string[]): number {
  const forward = lines.findIndex((line) => FORWARDED_LINE.test(line.trim()));
  if (forward >= 0) return forward;
  const quoted = lines.findIndex((line) => QUOTED_MAIL_LINE.test(line.trim()));
  return quoted > 0 && lines.slice(0, quoted).some((line) => FORWARDED_SUBJECT.test(line.trim())) ? quoted : -1;
}
