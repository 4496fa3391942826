import { formatPlainDate } from '../event/format';
import { forwardLine } from '../event/forwardNote';
import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import { extractEntities } from '../understanding/entities';
import type { Frame } from '../understanding/frame';
import { foldWord, sentencesOfLine, tokenize } from '../understanding/normalize';
import { MAIL_ADDRESS, PHONE_NUMBER } from './contactDetailWords';
import type { AnswerContext, Part } from './parts';

/**
 * A colleague forwarded the invitation with a note on top ("Fra: Eva Storm … Sendt: 3. marts … Hej alle, se
 * nedenfor … Eva Storm, Kasserer, Mobil …"): who forwarded it, when, how to reach them, and what their note asks
 * ("ping me by Friday"). All from the mail header and the note above the forwarded-message line.
 */

interface Forwarder {
  name: string;
  /** Folded words of the name: "eva", "storm". */
  words: string[];
  email?: string;
  /** The header's date as written ("3. marts 2031 09:15"). */
  sent?: string;
  /** The signature's lines under the name: title, phone. */
  details: string[];
  /** The note's own lines (no header, no signature). */
  note: string[];
}

const HEADER = /^(fra|from|sendt|sent|dato|date|til|to|cc|emne|subject)\s*:/i;
const FROM = /^(?:fra|from)\s*:\s*(.+)$/i;
const SENT = /^(?:sendt|sent|dato|date)\s*:\s*(.+)$/i;
/** A line that is a whole name: two to four capitalised words. */
const NAME_LINE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u;

const FORWARDERS = perEvent<Forwarder | undefined>();

function forwarderOf(event: MeetingEvent): Forwarder | undefined {
  return FORWARDERS(event, 'forwarder', () => {
    const lines = event.text.split('\n').map((line) => line.trim());
    const at = forwardLine(lines);
    if (at <= 0) return undefined;
    const head = lines.slice(0, at);
    let name: string | undefined;
    let email: string | undefined;
    let sent: string | undefined;
    for (const line of head) {
      const from = FROM.exec(line);
      if (from && !name) {
        const written = from[1]!
          .replace(/<[^>]*>/g, '')
          .replace(/["']/g, '')
          .trim();
        if (/\p{L}/u.test(written) && !written.includes('@')) name = written;
        email = from[1]!.match(MAIL_ADDRESS)?.[0];
      }
      const date = SENT.exec(line);
      if (date && !sent) sent = date[1]!.trim();
    }
    // The signature: the last line that is a whole name, and the lines right under it.
    let signature = -1;
    head.forEach((line, i) => {
      if (NAME_LINE.test(line) && !HEADER.test(line)) signature = i;
    });
    const signed = signature >= 0 ? head[signature] : undefined;
    name ??= signed;
    if (!name) return undefined;
    const details: string[] = [];
    if (signature >= 0 && signed === name)
      for (const line of head.slice(signature + 1)) {
        if (!line) break;
        details.push(line);
      }
    const note = head.filter((line, i) => line && !HEADER.test(line) && (signature < 0 || i < signature));
    return { name, words: tokenize(name).map((token) => token.folded), email, sent, details, note };
  });
}

const ASKS_WHO = /(?<!\p{L})(?:who|whos|who's|hvem)(?!\p{L})/iu;
const ASKS_WHEN = /(?<!\p{L})(?:when|hvornår|hvornaar|hvornar|what date|hvilken dato)(?!\p{L})/iu;
/** Forwarding: "forwarded", "fwd", "videresendt", "sendt videre". */
const FORWARD_WORDS = /(?<!\p{L})(?:forward\p{L}*|fwd|videresend\p{L}*|send\p{L}* (?:\p{L}+ )?videre)(?!\p{L})/iu;
const SEND_WORDS = /(?<!\p{L})(?:send|sent|sende|sendte|sendt|mail\p{L}*)(?!\p{L})/iu;
/** "who is Eva?", "hvem er Eva" — who the person is. */
const WHO_IS = /^\s*(?:(?:og|and|so|så)\s+)?(?:who|hvem)\s+(?:is|er|was|var)\s/iu;

/** Who forwarded it, when, who they are, or when to answer their note. */
export function forwarderPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.check || frame.person) return undefined;
  const forwarder = forwarderOf(context.event);
  if (!forwarder) return undefined;
  const { clause } = frame;
  const m = messages(context.lang).answers;
  const words = tokenize(clause).map((token) => token.folded);
  const names = forwarder.words.some((word) => word.length >= 3 && words.includes(foldWord(word)));
  const forwarding = FORWARD_WORDS.test(clause);
  if (ASKS_WHEN.test(clause) && (forwarding || (names && SEND_WORDS.test(clause)))) {
    if (!forwarder.sent) return undefined;
    return { text: m.forwardedOn(forwarder.name, sentDate(forwarder.sent, context)), person: forwarder.name };
  }
  // "hvornår skal jeg sige til Eva?": the one sentence of her note that gives a date ("ping me by Friday 26 March").
  if (ASKS_WHEN.test(clause) && names) {
    const dated = forwarder.note.flatMap((line) => sentencesOfLine(line)).filter((sentence) => extractEntities(sentence).dates.length > 0);
    if (dated.length !== 1) return undefined;
    const other = context.event.language !== context.lang;
    return { text: m.passage(dated[0]!, other), other: other || undefined, person: forwarder.name };
  }
  // "so I have until 2 May to tell Eva?": a date held against the one date of her note (her own deadline).
  const asked = names ? extractEntities(clause).dates.filter((date) => date.month !== undefined) : [];
  if (asked.length === 1) {
    const dated = forwarder.note.flatMap((line) => sentencesOfLine(line)).filter((sentence) => extractEntities(sentence).dates.length > 0);
    const said = dated.length === 1 ? extractEntities(dated[0]!).dates.find((date) => date.month !== undefined) : undefined;
    if (!said) return undefined;
    const other = context.event.language !== context.lang;
    const quoted = m.passage(dated[0]!.replace(/^[-*•]\s+/, ''), other);
    const same = said.day === asked[0]!.day && said.month === asked[0]!.month;
    return { text: same ? m.yes(quoted) : m.no(quoted), other: other || undefined, person: forwarder.name };
  }
  if (ASKS_WHO.test(clause) && (forwarding || (names && WHO_IS.test(clause))))
    return { text: m.forwardedBy(forwarder.name, forwarder.details), person: forwarder.name };
  return undefined;
}

/** The header's date in the answer's language where it reads as one ("16. februar 2027 08:42" → "16 February 2027"). */
function sentDate(sent: string, context: AnswerContext): string {
  const date = extractEntities(sent).dates.find((found) => found.month !== undefined);
  if (!date) return sent;
  const year = date.year ?? Number(context.event.start.slice(0, 4));
  const iso = `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return formatPlainDate(iso, context.lang);
}

/** The forwarder's e-mail and phone, of the kind asked (both when neither is), when the name is theirs. */
export function forwarderDetails(name: string, event: MeetingEvent, phone: boolean, mail: boolean): string[] | undefined {
  const forwarder = forwarderOf(event);
  if (!forwarder || forwarder.name !== name) return undefined;
  const said = [forwarder.email, ...forwarder.details.flatMap((line) => [line.match(MAIL_ADDRESS)?.[0], line.match(PHONE_NUMBER)?.[0]])];
  const found = [...new Set(said.filter((detail): detail is string => !!detail))];
  return found.filter((detail) => phone === mail || detail.includes('@') === mail);
}
