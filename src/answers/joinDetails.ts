import type { PracticalFact } from '../event/model';
import { messages } from '../i18n';
import type { Frame } from '../understanding/frame';
import type { AnswerContext, Part } from './parts';

/**
 * Answers for the details of an online meeting's join block (Teams/Zoom footers pasted into letters): the meeting id,
 * the passcode and the dial-in number with its conference id, each as the letter's own line. Asked for one of them,
 * the invitee wants that line, not the whole block.
 */

type JoinDetail = 'meetingId' | 'passcode' | 'dialIn';

/** A meeting platform, by its capitalised name, as the letter writes it. */
const PLATFORM = /(?<!\p{L})(?:Microsoft Teams|Teams|Zoom|Google Meet|Webex)(?!\p{L})/u;

/** How a question asks for each detail. */
const ASKED: Record<JoinDetail, RegExp> = {
  meetingId: /(?<!\p{L})(m(ø|o|oe)de-?\s?id|meeting[- ]?id|webinar[- ]?id|meeting number|mødenummer)(?!\p{L})/iu,
  passcode: /(?<!\p{L})(adgangskode\p{L}*|passcode\p{L}*|password\p{L}*|pass code|kodeord\p{L}*|pin-?kode\p{L}*|pin code)(?!\p{L})/iu,
  dialIn:
    /(?<!\p{L})(dial[- ]?in|ringe? ind|call in|by phone|via telefon\p{L}*|telefon-?konference\p{L}*|conference[- ]?id|konference-?id)(?!\p{L})/iu,
};

/**
 * A wireless network, whose password is no meeting's passcode: "wifi password", "koden til det trådløse net". Not
 * "netværk": a network meeting's passcode is the meeting's.
 */
const NETWORK_ASKED = /(?<!\p{L})(wi-?fi\p{L}*|trådløs\p{L}*|tradlos\p{L}*|wireless|internet\p{L}*)(?!\p{L})/iu;

/** The letter's lines that give each detail: the label and its value, as written. */
const STATED: Record<JoinDetail, RegExp[]> = {
  meetingId: [/(?<!\p{L})(?:møde-?id|meeting id|webinar id)\s*:?\s*\d[\d ]*\d/iu],
  passcode: [/(?<!\p{L})(?:adgangskode|passcode|password)\s*:?\s*[^\s.,;]+(?:[.,;][^\s.,;]+)*/iu],
  dialIn: [/\+?\d[\d ]{6,}\d,,\d+#?/u, /(?<!\p{L})(?:telefonkonference-?id|phone conference id|conference id)\s*:?\s*\d[\d ]*\d#?/iu],
};

/** The join details a clause asks for, in the order they are listed. */
export function joinDetailsAsked(clause: string): JoinDetail[] {
  return (Object.keys(ASKED) as JoinDetail[]).filter((detail) => ASKED[detail].test(clause));
}

/**
 * The letter's lines with the join details asked, quoted; undefined when nothing is asked or the fact lacks any detail
 * asked (then the usual answer says what the letter does and does not say).
 */
export function joinDetailPart(frame: Frame, fact: PracticalFact, context: AnswerContext): Part | undefined {
  const asked = joinDetailsAsked(frame.clause);
  // "what is the wifi password?": the code of a thing the letter does not name is not the meeting's passcode.
  // Nor when the question names the network whose code it wants, a word the letter may well use elsewhere.
  if (asked.length === 0 || frame.foreign.length > 0 || NETWORK_ASKED.test(frame.clause)) return undefined;
  const text = [fact.text.da, fact.text.en].find((value): value is string => Boolean(value)) ?? '';
  const lines: string[] = [];
  for (const detail of asked) {
    const found = STATED[detail].flatMap((pattern) => text.match(pattern)?.[0] ?? []);
    if (found.length === 0) return undefined;
    lines.push(...found.map((line) => line.trim()));
  }
  const other = context.event.language !== context.lang;
  const m = messages(context.lang).answers;
  const quoted = lines.join(' · ');
  // The fullest name the letter gives: "Microsoft Teams" before "Teams".
  const platform = [...text.matchAll(new RegExp(PLATFORM.source, 'gu'))].map((found) => found[0]).sort((a, b) => b.length - a.length)[0];
  return { text: platform ? m.joinDetails(platform, quoted, other) : m.passage(quoted, other), other };
}
