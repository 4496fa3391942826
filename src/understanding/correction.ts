import type { FollowUpContext } from './frame';

/**
 * "nej, hvornår slutter arrangementet?", "nej jeg mente hvornår det slutter", "no I meant the address": the asker
 * corrects how the question before was read. The "nej" is no clause of its own that asks more of the last answer, and
 * the programme items that answer named are not what "det" now refers to.
 */

/** A correction's opening: "nej", "no", "nej jeg mente", "I meant", "jeg mener", with what follows it. */
const CORRECTION =
  /^\s*(?:(?:nej|nope|no|næ|naej|nah)(?:\s*[,.!:;–-])?\s+)?(?:(?:jeg|i)\s+(?:mente|mener|meant|mean)(?:\s+(?:egentlig|actually|faktisk))?\s*[,:]?\s+)?(?=\S)/iu;
/** Only "nej"/"no" itself, for a correction without "I meant". */
const NO_ONLY = /^\s*(?:nej|nope|no|næ|naej|nah)(?:\s*[,.!:;–-])?\s+/iu;
/** "nej tak", "no thanks", "nej det er fint": a reply, not a correction. */
const REPLY_AFTER_NO = /^(?:tak|thanks|thank you|thx|det er fint|that's fine|thats fine|ok|okay)(?!\p{L})/iu;

/** The message without its correcting opening, and the context it is read in; none when it corrects nothing. */
export function correction(
  message: string,
  context: FollowUpContext | undefined,
): { message: string; context: FollowUpContext | undefined } | undefined {
  const opening = CORRECTION.exec(message);
  if (!opening || opening[0].trim() === '') return undefined;
  const rest = message.slice(opening[0].length);
  // "nej tak" is no correction, and a rest of one word ("nej, adressen") is read as it was.
  if (
    REPLY_AFTER_NO.test(rest) ||
    (NO_ONLY.test(opening[0]) && opening[0].replace(NO_ONLY, '').trim() === '' && rest.split(/\s+/).length < 2)
  )
    return undefined;
  const { items: _items, ...kept } = context ?? {};
  return { message: rest, context: context ? kept : undefined };
}
