import { messages } from '../i18n';
import { splitSentences } from '../understanding/normalize';
import type { Frame } from '../understanding/frame';
import { type AnswerContext, type Part, quote, wherePart } from './parts';

/**
 * "hvad er adressen på rådhuset?", "what's the address of the school?" of a meeting whose venue has no address in its
 * fields: the letter's own sentence that gives the venue's name with a street and number ("på Engby Skole,
 * Lindehaven 8, …"), else that the invitation gives no address, with where it is held.
 */

/** The address asked for, as typed (typos included): "adresse", "adressen", "adrese", "address", "adress". */
const ADDRESS_ASKED = /(?<!\p{L})(?:adr?ess?e\p{L}*|addr?ess?\p{L}*|adres\p{L}*)(?!\p{L})/iu;

/** A street and its number ("Lindehaven 8", "Vestby Allé 22"), or a postal code before a town. */
const ADDRESS = /\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)?\s\d{1,3}\p{Ll}?(?![\d.:])|(?<!\d)\d{4}\s+\p{Lu}\p{Ll}+/u;

export function venueAddressPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const venue = event.venue;
  if (!ADDRESS_ASKED.test(frame.clause) || venue.address || venue.online || venue.notStated || !venue.name) return undefined;
  const where = wherePart(context);
  if (!where) return undefined;
  const name = quote(context, venue.name).text;
  const own = Object.values(venue.name).filter((text): text is string => !!text);
  // The sentence that names the venue and, after its name, an address.
  const sentences = [
    ...new Set(
      event.passages
        .flatMap((passage) => passage.text.split('\n'))
        .flatMap((line) => splitSentences(line))
        .filter((sentence) =>
          own.some((text) => sentence.includes(text) && ADDRESS.test(sentence.slice(sentence.indexOf(text) + text.length))),
        ),
    ),
  ];
  const m = messages(lang).answers;
  if (sentences.length === 1) {
    const other = event.language !== lang;
    return { text: m.passage(sentences[0]!.trim(), other), other };
  }
  return { text: m.addressNotStated(name, where.text), notStated: true, nearest: true };
}
