import type { MeetingEvent, Passage } from '../event/model';
import { perEvent } from '../event/memo';
import { sentencesOfLine } from '../understanding/normalize';

/**
 * Why the meeting is held, as the letter's prose says it. Letters give their reason just before they invite with
 * "derfor"/"therefore" ("… before the council decides. We therefore invite you to …"), else in the first paragraph of
 * prose that opens the letter ("Every tenth elderly person feels alone. …"). Asked "why", that paragraph answers, not
 * the title, the audience or the speakers.
 */

/** A sentence inviting as a consequence of what came before: "Vi inviterer derfor til", "We therefore invite you". */
const THEREFORE = /(?<!\p{L})(derfor|therefore|that is why|this is why|for that reason)(?!\p{L})/iu;
const INVITES = /(?<!\p{L})(invit\p{L}*|inviter\p{L}*|indbyd\p{L}*|indkald\p{L}*)/iu;
/** A clock time or a programme's time: the paragraph giving when the meeting is, not why. */
const CLOCK = /(?<!\p{L})kl\.?\s*\d|(?<!\d)\d{1,2}[.:]\d{2}(?!\d)/u;
/** A greeting, a mail's header line or a note of fiction: no reason, whatever it says. */
const NOT_PROSE = /^(kære|kaere|dear|hej|hi|hello|fra|from|til|to|emne|subject|sendt|sent|dato|date)(?!\p{L})|fiktiv|fictional/iu;

const memo = perEvent<string | undefined>();

/** The letter's reason for inviting, as its own words (one paragraph or the sentences before the invitation). */
export function reasonOf(event: MeetingEvent): string | undefined {
  return memo(event, 'reason', () => beforeTherefore(event.passages) ?? openingProse(event.passages));
}

/** What a letter says just before "… derfor inviterer vi": the sentences before it, else the paragraph before. */
function beforeTherefore(passages: readonly Passage[]): string | undefined {
  for (const [index, passage] of passages.entries()) {
    const sentences = sentencesOfLine(passage.text.replace(/\s*\n\s*/g, ' '));
    const at = sentences.findIndex((sentence) => THEREFORE.test(sentence) && INVITES.test(sentence));
    if (at < 0) continue;
    if (at > 0) return sentences.slice(0, at).join(' ');
    const before = passages.slice(0, index).reverse().find(isProse);
    if (!before) continue;
    // "… inviterer derfor til en temadag, hvor vi ser på …": the invitation that says what the day gives goes along.
    const inviting = sentences[0]!;
    return inviting.length >= 80 && !CLOCK.test(inviting) ? `${before.text} ${inviting}` : before.text;
  }
  return undefined;
}

/** Where a letter's opening ends: its programme or agenda, a numbered line or a timetable's first row. */
const OPENING_ENDS = /^(\d{1,2}[.)]\s|\d{1,2}[.:]\d{2}|program|dagsorden|agenda)/iu;

/** The first paragraph of prose that opens the letter, before its programme: two sentences or more, no time of day. */
function openingProse(passages: readonly Passage[]): string | undefined {
  const ends = passages.findIndex((passage) => OPENING_ENDS.test(passage.text.trim()));
  return passages
    .slice(0, Math.min(Math.ceil(passages.length / 2), ends < 0 ? passages.length : ends))
    .find((passage) => isProse(passage) && sentencesOfLine(passage.text).length >= 2 && !CLOCK.test(passage.text))?.text;
}

/** A paragraph of running text: one line of some length ending as a sentence ends, no greeting or header. */
function isProse(passage: Passage): boolean {
  const text = passage.text.trim();
  return text.length >= 80 && !text.includes('\n') && /[.!?]$/.test(text) && !NOT_PROSE.test(text);
}
