/**
 * Which day of a meeting held over several days a question names: "dag 2", "day two", "den anden dag", "the last
 * day", a weekday ("finish on wed") or a date ("d 15 april"); and "er det 2 dage i træk?", a yes/no question about the
 * days themselves. Only for an event that lists its days; any other event's frames stay as they are.
 */
import type { MeetingEvent } from '../event/model';
import { extractEntities } from './entities';
import type { FollowUpContext, Frame, Topic } from './frame';
import { ORDINAL_WORDS } from './lexicon/ordinals';

/** Day numbers as words, after "dag"/"day" ("day two"); not "to", "en", "fire", which are other words there too. */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, tre: 3, three: 3, four: 4 };
/** Counts of days ("to dage", "two days"). */
const COUNT_WORDS: Record<string, number> = { to: 2, tre: 3, fire: 4, two: 2, three: 3, four: 4 };

/** "dag", "kursusdag", and the part of the day a course of several mornings or evenings counts by ("the last morning"). */
const DAY_WORD =
  '(?:(?:kursus|møde|mode|moede|seminar)?(?:dag|day)(?:en|e)?|(?<!(?<![\\p{L}])i\\s+)(?:morgen|formiddag|aften)(?:en)?|mornings?|evenings?)';
/** "dag 2", "day two", "kursusdag 2". */
const DAY_THEN_NUMBER = new RegExp(`(?<![\\p{L}])${DAY_WORD}\\s*(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\d])`, 'iu');
/** "2. dag", "den anden dag", "the second day", "sidste dag"; not "en anden dag" (another day). */
const ORDINAL_THEN_DAY = new RegExp(
  `(?<![\\p{L}])(?<!(?<![\\p{L}])(?:en|et|an|another)\\s+)(\\d)\\.?\\s*${DAY_WORD}(?![\\p{L}])|(?<![\\p{L}])(?<!(?<![\\p{L}])(?:en|et|another)\\s+)(${Object.keys(ORDINAL_WORDS).join('|')})\\s+${DAY_WORD}(?![\\p{L}])`,
  'iu',
);
/** "i træk", "in a row", "consecutive": asks whether the days follow one another. */
const IN_A_ROW = /(?<![\p{L}])(i\s+tr(?:æ|ae|a)k|i\s+streg|efter\s+hinanden|in\s+a\s+row|consecutive|back\s+to\s+back)(?![\p{L}])/iu;
/** "2 dage", "to dage", "two days", "2-dages", "2-day". */
const DAY_COUNT = /(?<![\p{L}\d])(\d|to|tre|fire|two|three|four)\s*-?\s*(?:dage|dages|days?)(?![\p{L}])/iu;
/** A yes/no question: "er det …", "is it …", "foregår det …". */
export const YES_NO = /^\s*(?:og\s+|and\s+)?(?:er|is|are|bliver|will|foregår|foregar|går|gar|does|do|varer|lasts?)\b/iu;

const TIME_TOPICS = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday']);
/** "hvad laver vi …", "what's on …", "programmet": what happens that day. */
const WHAT_HAPPENS =
  /(?<![\p{L}])(laver|sker|foregår|foregar|program\p{L}*|indhold|agenda|happening|happens|whats on|what's on|what is on|doing|do we do|about)(?![\p{L}])/iu;

/** The indices of the event's days the clause names, by number, weekday or date. */
export function daysNamed(clause: string, event: MeetingEvent): number[] {
  const days = event.days;
  const found = new Set<number>();
  const text = clause.toLowerCase();
  const byNumber = DAY_THEN_NUMBER.exec(text);
  const byOrdinal = ORDINAL_THEN_DAY.exec(text);
  const number = byNumber
    ? (NUMBER_WORDS[byNumber[1]!] ?? Number(byNumber[1]))
    : byOrdinal
      ? byOrdinal[1] !== undefined
        ? Number(byOrdinal[1])
        : ORDINAL_WORDS[byOrdinal[2]!]
      : undefined;
  if (number !== undefined) {
    const index = number === -1 ? days.length - 1 : number - 1;
    if (index >= 0 && index < days.length) found.add(index);
  }
  const entities = extractEntities(clause);
  days.forEach((day, index) => {
    const [year, month, date] = day.date.split('-').map(Number);
    const weekday = new Date(Date.UTC(year!, month! - 1, date)).getUTCDay() || 7;
    if (entities.weekdays.includes(weekday)) found.add(index);
    if (entities.dates.some((d) => d.day === date && (d.month === undefined || d.month === month))) found.add(index);
  });
  return [...found];
}

/** Whether the day's programme item says how to join it (its own link), as a series of online mornings does. */
export function hasOwnLink(event: MeetingEvent, day: number): boolean {
  const date = event.days[day]?.date;
  const items = event.programme.filter((item) => item.date === date);
  return items.length === 1 && Object.values(items[0]!.description ?? {}).some((text) => /https?:\/\//.test(text ?? ''));
}

/**
 * The frame with the day it names, for an event over several days: a time question of that day, a follow-up
 * ("og den anden dag?") asking the last time question of another day, what happens that day, or a yes/no question
 * about the days ("er det 2 dage i træk?").
 */
export function withDay(frame: Frame, event: MeetingEvent, context: FollowUpContext | undefined): Frame {
  if (event.days.length === 0) return frame;
  const named = daysNamed(frame.clause, event);
  const day = named.length === 1 ? named[0] : undefined;
  if (frame.check) {
    if (frame.check.kind === 'time' && day !== undefined) return { ...frame, check: { ...frame.check, day } };
    if (frame.check.kind !== 'date' && frame.check.kind !== 'weekday') return frame;
  }
  const inARow = IN_A_ROW.test(frame.clause);
  const count = DAY_COUNT.exec(frame.clause);
  if ((inARow || count) && YES_NO.test(frame.clause) && (!frame.topic || frame.topic === 'when' || frame.topic === 'duration')) {
    const counted = count ? (COUNT_WORDS[count[1]!.toLowerCase()] ?? Number(count[1])) : undefined;
    return { ...frame, topic: 'when', check: { kind: 'days', count: counted, consecutive: inARow } };
  }
  if (day === undefined || frame.check) return frame;
  if (TIME_TOPICS.has(frame.topic)) return { ...frame, day };
  const previous = context?.topics?.[0];
  if (!frame.topic && WHAT_HAPPENS.test(frame.clause)) return { ...frame, topic: 'programme', day };
  if (frame.topic === 'programme') return { ...frame, day };
  // "link for day 2", "passcode til dag 2": that day's own link, where its programme item gives one.
  if (frame.topic === 'online' && hasOwnLink(event, day)) return { ...frame, day };
  // "og den anden dag?" after a question of when: the same question of that day.
  if (!frame.topic && TIME_TOPICS.has(previous) && frame.clause.split(/\s+/).length <= 6)
    return { ...frame, topic: previous, day, inherited: true };
  // "what time does it finish on wed": the weekday was all the clause named beside when it ends.
  if (!frame.topic && /(?<![\p{L}])(slut\p{L}*|ender|finish\p{L}*|ends?|over)(?![\p{L}])/iu.test(frame.clause))
    return { ...frame, topic: 'end', day, foreign: [] };
  if (
    !frame.topic &&
    /(?<![\p{L}])(start\p{L}*|begynd\p{L}*|begins?|hvornår|hvornaar|when|what time|hvad tid)(?![\p{L}])/iu.test(frame.clause)
  )
    return { ...frame, topic: 'when', day, foreign: [] };
  return frame;
}
