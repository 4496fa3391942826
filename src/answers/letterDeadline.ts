import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { extractEntities } from '../understanding/entities';
import { splitSentences } from '../understanding/normalize';
import { DEADLINE_SAID, forwardNoteText } from '../understanding/timedSentence';

const letterDeadlines = perEvent<string | undefined>();

/**
 * "ping me by Friday 26 March and I'll register everyone" above a forwarded invitation that says "Register … no later
 * than 8 April": the one forwarding sets the deadline, and the letter's own sentence with another date is said beside
 * it, so the official deadline is never lost. Undefined without a note, or when the letter's date is the same.
 */
export function letterDeadlineSentence(event: MeetingEvent): string | undefined {
  return letterDeadlines(event, 'letterDeadline', () => {
    const registration = event.registration;
    const note = forwardNoteText(event);
    if (!registration?.deadline || !note) return undefined;
    const month = Number(registration.deadline.slice(5, 7));
    const day = Number(registration.deadline.slice(8, 10));
    // The deadline must be the note's own: a note that merely forwards leaves the letter's deadline as it is.
    if (!extractEntities(note).dates.some((date) => date.day === day && (date.month === undefined || date.month === month)))
      return undefined;
    const text = registration.text?.[event.language];
    if (!text) return undefined;
    return splitSentences(text).find((sentence) => {
      if (note.includes(sentence.replace(/\s+/g, ' ').trim().toLowerCase()) || !DEADLINE_SAID.test(sentence)) return false;
      const dates = extractEntities(sentence).dates.filter((date) => date.month !== undefined);
      return dates.length > 0 && dates.every((date) => date.day !== day || date.month !== month);
    });
  });
}
