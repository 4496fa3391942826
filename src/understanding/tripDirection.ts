import { splitSentences } from './normalize';

/**
 * The two legs of a trip: the way out in the morning and the way home. "hvornår kører bussen hjem?" is not answered by
 * when the bus leaves for the venue, nor "what time is the bus in the morning?" by the bus home.
 */

/** A word of coming back asked (folded): "tilbage", "hjem", "back"; "hvornår er vi hjemme" asks the arrival home. */
export const RETURN_ASKED = /^(?:tilbage|hjem|hjemme|home|hjemkomst\p{L}*|hjemtur\p{L}*|retur\p{L}*|back|return|returns|returning)$/u;
/** A sentence that says coming back ("Forventet hjemkomst ca. kl. 18.45", "Vi er tilbage ved 13.30"). */
export const RETURN_SAID =
  /(?<!\p{L})(?:tilbage|hjem|hjemme|hjemad|home|hjemkomst\p{L}*|hjemtur\p{L}*|retur\p{L}*|back|returns?|returning)(?!\p{L})/iu;
export const RETURN_STEMS = ['tilbag', 'hjemme', 'hjemkomst', 'hjemtur', 'retur', 'back', 'return'];

/** Asking for the way out: leaving from a place, the morning, picking up ("kører bussen fra …", "pickup"). */
const OUTWARD_ASKED =
  /(?<!\p{L})(?:fra|from|morgen\p{L}*|morning|formiddag\p{L}*|ud|derud|out|afgang\p{L}*|depart\p{L}*|leaves?|leaving|pick\s?-?ups?|pick\s+(?:me\s+|us\s+)?up|opsamling\p{L}*|samler\s+op|henter)(?!\p{L})/iu;
/** A sentence that says a leaving or a picking up, which may be the way out. */
const OUTWARD_SAID =
  /(?<!\p{L})(?:afgang\p{L}*|afg\.|depart\p{L}*|leaves?|pick(?:s|ed)?\s+up|pick-?up|samler\s+op|opsamling\p{L}*|henter|morgen\p{L}*|morning)(?!\p{L})/iu;

/** The question asks coming back or the way home. */
export function asksReturnLeg(words: readonly string[]): boolean {
  return words.some((word) => RETURN_ASKED.test(word));
}

/** The question asks the way out, and not coming back. */
export function asksOutwardLeg(clause: string, words: readonly string[]): boolean {
  return !asksReturnLeg(words) && OUTWARD_ASKED.test(clause);
}

/** A sentence or title that says only the way home ("Bussen kører hjem", "Forventet hjemkomst kl. 18.30"). */
export function saysReturnOnly(text: string): boolean {
  return RETURN_SAID.test(text) && !OUTWARD_SAID.test(text);
}

/** An item of the programme whose title says only the way home ("22.30 Bussen kører hjem"). */
export function itemSaysReturnOnly(indexed: { item: { title: Readonly<Partial<Record<string, string>>> } }): boolean {
  const titles = Object.values(indexed.item.title).filter((title): title is string => typeof title === 'string');
  return titles.length > 0 && titles.some((title) => saysReturnOnly(title)) && !titles.some((title) => OUTWARD_SAID.test(title));
}

/** A time of day as letters write one ("kl. 8", "18.40"). */
const CLOCK = /(?<!\p{L})(?:kl|klokken)\.?\s*\d|(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)/iu;

/**
 * A paragraph whose every timed sentence says only the way home: "Bussen samler op ved kirken. Forventet hjemkomst
 * kl. 18.40" gives no time of the way out, though it names the pick-up.
 */
export function timesOnlyReturn(text: string): boolean {
  const timed = splitSentences(text).filter((sentence) => CLOCK.test(sentence));
  return timed.length > 0 && timed.every((sentence) => saysReturnOnly(sentence));
}
