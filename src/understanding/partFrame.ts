/**
 * The numbered part of a meeting in several parts a question is about: named ("dag 2", "modul 3", "the first
 * morning"), a day of a meeting over several days named by its date or weekday, or the part the last answer was about
 * ("and after lunch that day?", "og meeting id?"). A question of items keeps the items of that day.
 */
import type { MeetingEvent } from '../event/model';
import { daysNamed } from './days';
import type { FollowUpContext, Frame, Topic } from './frame';
import { THAT_PART } from './lexicon/parts';
import { partsNamed, type PartName } from './partNames';
import { asLetterCounts, dayOfPart } from './partText';

/** "den anden dag", "sidste dag", "day two": a day counted, which the day-words of days.ts read beside the part words. */
const DAY_COUNTED = /(?<![\p{L}])(?:dag|day|morning|evening|aften|formiddag)(?:en|e|s)?(?![\p{L}])/iu;

const TIME_TOPICS = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday']);

/** A follow-up of a few words naming nothing of its own ("og meeting id?"): of the part just asked about. */
const FEW_WORDS = 3;

export function withPart(frame: Frame, event: MeetingEvent, context: FollowUpContext | undefined): Frame {
  if (frame.session !== undefined) return frame;
  const named = partsNamed(frame.clause);
  let part: PartName | undefined;
  let byDate = false;
  if (named.length === 1) part = asLetterCounts(named[0]!, event);
  else if (named.length === 0) {
    const days = frame.day !== undefined ? [frame.day] : event.days.length >= 2 ? daysNamed(frame.clause, event) : [];
    byDate = days.length === 1 && partsNamed(frame.clause).length === 0 && !DAY_COUNTED.test(frame.clause);
    if (days.length === 1) part = { kind: 'day', number: days[0]! + 1 };
    else if (days.length === 0 && context?.part && (THAT_PART.test(frame.clause) || frame.clause.split(/\s+/).length <= FEW_WORDS))
      part = context.part;
  }
  if (!part) return frame;
  const marked = byDate ? { part, partByDate: true } : { part };
  const day = dayOfPart(part, event);
  const date = day === undefined ? undefined : event.days[day]!.date;
  const items = date && frame.items ? frame.items.filter((indexed) => indexed.item.date === date) : [];
  // "when is session 2" of a series of days: that day's own times.
  const timed = day !== undefined && frame.day === undefined && !frame.check && TIME_TOPICS.has(frame.topic) ? { day } : {};
  return items.length > 0 ? { ...frame, ...marked, items, ...timed } : { ...frame, ...marked, ...timed };
}
