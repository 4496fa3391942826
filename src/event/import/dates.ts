/**
 * Dates and clock times in the spellings Danish and English letters use: "onsdag den 30. oktober 2024",
 * "22.–23. april 2027", "Thursday 22 April 2027", "April 22, 2027", "30.10.2024", "d. 14/4", "kl. 17.00-18.45",
 * "fra kl. 19 til 21", "09.30–15.30", "2pm", "14:00 – 16:30". Finding only: which date is the meeting's is
 * decided in `when.ts`.
 */
import { DateTime } from 'luxon';
import { MONTHS } from '../months';
import { maskLinks } from './contactDetails';
import { memoByText } from '../../util/textMemo';

export interface CalendarDate {
  /** Missing when the letter leaves it out ("tirsdag den 13. april"). */
  year?: number;
  month: number;
  day: number;
}

export interface DateMention {
  /** Position of the first character (the weekday, if written) in the searched text. */
  index: number;
  end: number;
  text: string;
  date: CalendarDate;
  /** The last day of a range ("22.–23. april"). */
  until?: CalendarDate;
  /** 1 = Monday … 7 = Sunday, when the letter names the weekday. */
  weekday?: number;
  /** Separate days written as one ("5., 12. og 19. oktober", "5 and 12 May"): each of them, `date` first. */
  days?: CalendarDate[];
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeMention {
  index: number;
  end: number;
  text: string;
  from: ClockTime;
  to?: ClockTime;
}

const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  monday: 1,
  man: 1,
  mon: 1,
  tirsdag: 2,
  tuesday: 2,
  tirs: 2,
  tir: 2,
  tues: 2,
  tue: 2,
  onsdag: 3,
  wednesday: 3,
  ons: 3,
  wed: 3,
  torsdag: 4,
  thursday: 4,
  tors: 4,
  tor: 4,
  thurs: 4,
  thur: 4,
  thu: 4,
  fredag: 5,
  friday: 5,
  fre: 5,
  fri: 5,
  lørdag: 6,
  saturday: 6,
  lør: 6,
  sat: 6,
  søndag: 7,
  sunday: 7,
  søn: 7,
  sun: 7,
};

const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${alternation(Object.keys(MONTHS))})(?!\\p{L})\\.?`;
const WEEKDAY = `(?:(${alternation(Object.keys(WEEKDAYS))})(?!\\p{L})\\.?,?\\s+)?`;
const WEEKDAY_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(WEEKDAYS))})(?![\\p{L}])`, 'iu');
/** A weekday in the second half of a range ("22. – fredag den 23. april"), not captured. */
const WEEKDAY_SKIP = `(?:(?:${alternation(Object.keys(WEEKDAYS))})(?!\\p{L})\\.?,?\\s+)?`;
const ORDINAL = '(?:\\.|st|nd|rd|th)?';
const DAY_WORD = '(?:(?:den|d\\.|the)\\s+)?';
const YEAR = '(?:,?\\s+(\\d{4})(?!\\d))?';
const RANGE = '\\s*(?:-|–|—|til|to|og|and|&)\\s*';

/**
 * "onsdag den 30. oktober 2024", "22.–23. april 2027", "Thursday 22 April 2027", "22nd of April"; not "kl. 10 til …",
 * nor a programme's "Day 1 – Tuesday 14 September" (a day's number, not the first of a range), nor the minutes of
 * "kl. 10.00 til tirsdag den 4. maj" (which would hide the date after them).
 */
/**
 * Words that number a meeting's sessions or parts ("Aften 1 – tirsdag d. 5. oktober", "Session 2 – 12 May"): the
 * number after them is the session's, never the first day of a range.
 */
export const SESSION_WORDS =
  'aften|aftenen|evening|morgen|morning|formiddag|session|modul|module|gang|kursusgang|mødegang|lektion|lesson|del|part|uge|week|runde|round|blok|block|trin|step|workshop|nr|no';
const DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?<!\\d[.:])(?<!(?:kl\\.?|klokken|at|day|dag|(?<![\\p{L}])(?:${SESSION_WORDS})\\.?)\\s*)${WEEKDAY}${DAY_WORD}(\\d{1,2})${ORDINAL}(?:${RANGE}${WEEKDAY_SKIP}${DAY_WORD}(\\d{1,2})${ORDINAL})?\\s+(?:of\\s+)?${MONTH}${YEAR}`,
  'giu',
);
/** "tirsdag den 5., 12. og 19. oktober 2027", "5, 12 and 19 October": separate days of one month. */
const DAY_LIST = new RegExp(
  `(?<![\\p{L}\\d])(?<!\\d[.:])${WEEKDAY}${DAY_WORD}(\\d{1,2})${ORDINAL}((?:\\s*,\\s*${DAY_WORD}\\d{1,2}${ORDINAL})+)\\s*,?\\s*(?:og|and|&)\\s*${DAY_WORD}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}${YEAR}`,
  'giu',
);
/** "April 22, 2027", "Thursday, April 22–23". */
const MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\d])${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}(?![\\d]|[.:]\\d)(?:\\s*(?:-|–|—)\\s*(\\d{1,2})${ORDINAL}(?!\\d))?${YEAR}`,
  'giu',
);
/** "30.10.2024", "22-04-2027", "30.10.24": day first, the same separator twice, with the year. */
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\d./-])${WEEKDAY}${DAY_WORD}(\\d{1,2})([./-])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)`,
  'giu',
);
/** "30/10", "d. 14/4", "fre 10/9", "14/4-2027", "14/4 2027": Danish day/month, the year optional. */
const SLASHED = new RegExp(
  `(?<![\\p{L}\\d./-])${WEEKDAY}${DAY_WORD}(\\d{1,2})\\/(\\d{1,2})(?:(?:-|\\s)(\\d{4})|\\/(\\d{4}|\\d{2}))?(?![\\d]|[./]\\d)`,
  'giu',
);
/** "onsdag den 14.4.", "d. 14.4": with a weekday or "den" before it, a day and month with periods need no year. */
const DOTTED = new RegExp(
  `(?<![\\p{L}\\d./-])(?:(${alternation(Object.keys(WEEKDAYS))})(?!\\p{L})\\.?,?\\s+(?:(?:den|d\\.)\\s+)?|(?:den|d\\.)\\s+)(\\d{1,2})\\.(\\d{1,2})\\.?(?![\\d]|[.:]\\d)`,
  'giu',
);
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

function validDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const year = date.year ?? 2024; // a leap year, so that 29 February without a year stays possible
  return DateTime.fromObject({ year, month: date.month, day: date.day }).isValid;
}

function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

const weekdayOf = (word: string | undefined): number | undefined => (word === undefined ? undefined : WEEKDAYS[word.toLowerCase()]);

/** A date without a `year` key when the letter gives none. */
const calendarDate = (year: number | undefined, month: number, day: number): CalendarDate =>
  year === undefined ? { month, day } : { year, month, day };

function mention(
  match: RegExpExecArray,
  date: CalendarDate,
  until: CalendarDate | undefined,
  weekday: string | undefined,
): DateMention | undefined {
  if (!validDate(date) || (until !== undefined && !validDate(until))) return undefined;
  if (date.year !== undefined && (date.year < 1990 || date.year > 2100)) return undefined;
  const text = match[0].replace(/[\s,]+$/, '');
  return { index: match.index, end: match.index + text.length, text, date, until, weekday: weekdayOf(weekday) };
}

/**
 * A range whose second day names its weekday while the first is a bare number, neither a weekday nor "5." before
 * it ("Aften 1 – tirsdag d. 5. oktober"), is a numbered heading and a date, not a range of days.
 */
function numberBeforeDate(match: string, weekday: string | undefined): boolean {
  if (weekday !== undefined) return false;
  const first = /^(?:(?:den|d\.|the)\s+)?\d{1,2}(\.|st|nd|rd|th)?/iu.exec(match);
  if (!first || first[1] !== undefined) return false;
  const rest = match.slice(first[0].length);
  return WEEKDAY_WORD.test(rest.slice(0, rest.search(/\d/)));
}

function* dateCandidates(text: string): Generator<DateMention | undefined> {
  const dayFirst = new RegExp(DAY_FIRST.source, DAY_FIRST.flags);
  for (let m = dayFirst.exec(text); m; m = dayFirst.exec(text)) {
    const [, weekday, day, lastDay, month, year] = m;
    if (lastDay !== undefined && numberBeforeDate(m[0], weekday)) {
      // "Foredrag 1 – tirsdag d. 5. oktober": the date after the dash stands alone; search again from there.
      dayFirst.lastIndex = m.index + /\d{1,2}/.exec(m[0])!.index + day!.length;
      continue;
    }
    const date = calendarDate(fullYear(year), MONTHS[month!.toLowerCase()]!, Number(day));
    const until = lastDay === undefined ? undefined : { ...date, day: Number(lastDay) };
    const found = mention(m, date, until, weekday);
    // "5. og 12. oktober": two days, not the days from one to the other.
    const separate = until !== undefined && /(?<![\p{L}])(?:og|and)(?![\p{L}])|&/iu.test(m[0]) && !/[-–—]/.test(m[0]);
    yield found && separate && until.day > date.day ? { ...found, days: [date, until] } : found;
  }
  for (const m of text.matchAll(DAY_LIST)) {
    const [, weekday, day, middle, lastDay, month, year] = m;
    const numbers = [day!, ...middle!.match(/\d{1,2}/g)!, lastDay!].map(Number);
    if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) continue;
    const days = numbers.map((n) => calendarDate(fullYear(year), MONTHS[month!.toLowerCase()]!, n));
    const found = mention(m, days[0]!, days[days.length - 1], weekday);
    if (found && days.every(validDate)) yield { ...found, days };
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const [, weekday, month, day, lastDay, year] = m;
    const date = calendarDate(fullYear(year), MONTHS[month!.toLowerCase()]!, Number(day));
    yield mention(m, date, lastDay === undefined ? undefined : { ...date, day: Number(lastDay) }, weekday);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const [, weekday, day, , month, year] = m;
    yield mention(m, calendarDate(fullYear(year), Number(month), Number(day)), undefined, weekday);
  }
  for (const m of text.matchAll(SLASHED)) {
    const [, weekday, day, month, year, shortYear] = m;
    yield mention(m, calendarDate(fullYear(year ?? shortYear), Number(month), Number(day)), undefined, weekday);
  }
  for (const m of text.matchAll(DOTTED)) {
    const [, weekday, day, month] = m;
    // "den 17.00" is a time, not the 17th of no month.
    if (Number(month) > 12) continue;
    yield mention(m, { month: Number(month), day: Number(day) }, undefined, weekday);
  }
  for (const m of text.matchAll(ISO))
    yield mention(m, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, undefined, undefined);
}

/** Keeps the earliest (then longest) of overlapping matches, so "14. april 20.00" is not also "april 20". */
function withoutOverlaps<T extends { index: number; end: number }>(found: T[]): T[] {
  const sorted = [...found].sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: T[] = [];
  for (const item of sorted) if (!kept.some((k) => item.index < k.end && item.end > k.index)) kept.push(item);
  return kept;
}

const datesOf = memoByText(datesIn);

/** The dates a text mentions; each call gets its own copies, so a caller may change them. */
export const findDates = (text: string): DateMention[] => datesOf(text).map((mention) => ({ ...mention }));

function datesIn(text: string): DateMention[] {
  const masked = maskLinks(text);
  const found = withoutOverlaps([...dateCandidates(masked)].filter((m): m is DateMention => m !== undefined));
  // "torsdag den 22. april – fredag den 23. april 2027": the first day takes the year written after the range.
  found.forEach((first, position) => {
    const second = found[position + 1];
    if (first.date.year !== undefined || !second?.date.year || second.date.month < first.date.month) return;
    if (!/^\s*(?:kl\.?\s*)?[\d.:\s]*(?:-|–|—|til|to|until)\s*$/i.test(masked.slice(first.end, second.index))) return;
    first.date = { ...first.date, year: second.date.year };
    if (first.until) first.until = { ...first.until, year: second.date.year };
    if (first.days) first.days = first.days.map((day) => ({ ...day, year: second.date.year }));
  });
  return found.map((m) => ({ ...m, text: text.slice(m.index, m.end) }));
}

const HOUR = '(\\d{1,2})';
const MINUTE = '(\\d{2})';
/** "14.15 til ca. 16.45", "10 to approx. 12": an end the letter gives as about. */
const TIME_RANGE = '\\s*(?:-|–|—|til|to|until|till)\\s*(?:(?:ca\\.|cirka|approx\\.|about)\\s*)?';

/** "kl. 17.00-18.45", "kl. 9-12.30", "fra kl. 19 til 21", "klokken 14". */
const KL = new RegExp(
  `(?<![\\p{L}])(?:(?:fra|from)\\s+)?(?:kl\\.?|klokken)\\s*${HOUR}(?:[.:]${MINUTE})?(?![\\d]|[./]\\d)(?:${TIME_RANGE}(?:kl\\.?\\s*)?${HOUR}(?:[.:]${MINUTE})?(?![\\d]|[./]\\d))?`,
  'giu',
);
/** "2pm", "2.30 p.m.", "2–4.30pm", "10am to 2pm". */
const AM_PM = new RegExp(
  `(?<![\\d.:])${HOUR}(?:[.:]${MINUTE})?\\s*(?:([ap])\\.?\\s?m\\.?)?(?:${TIME_RANGE}${HOUR}(?:[.:]${MINUTE})?)?\\s*([ap])\\.?\\s?m\\.?(?!\\p{L})`,
  'giu',
);
/** "17.00", "09.30–15.30", "14:00 – 16:30", "from 10:00 to 14:00"; never part of a date ("22.04.2027"). */
const CLOCK = new RegExp(
  `(?<![\\p{L}\\d.,:/])(?:(?:fra|from|at)\\s+)?${HOUR}[.:]${MINUTE}(?![\\d]|[.:]\\d)(?:${TIME_RANGE}${HOUR}[.:]${MINUTE}(?![\\d]|[.:]\\d))?`,
  'giu',
);

/**
 * "fra 13-16", "from 9 to 12.30": a bare range of hours after "fra"/"from", without "kl." or minutes; never a range
 * of ages, people or amounts ("fra 3-5 år").
 */
const BARE_RANGE = new RegExp(
  `(?<![\\p{L}\\d.,:/])(?:fra|from)\\s+${HOUR}(?:[.:]${MINUTE})?\\s*(?:-|–|—|til|to|until)\\s*${HOUR}(?:[.:]${MINUTE})?(?![\\d]|[.:/]\\d)(?!\\s*(?:år|års|years?|%|procent|percent|personer|people|persons|deltagere|participants|minutter|minutes|min\\b|timer|hours|kr|dkk|eur|dage|days|uger|weeks|m\\b|km|[ap]\\.?\\s?m\\b))`,
  'giu',
);

function clock(hour: string | undefined, minute: string | undefined, half?: string): ClockTime | undefined {
  if (hour === undefined) return undefined;
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (half !== undefined) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || m > 59) return undefined;
  return { hour: h, minute: m };
}

function timeMention(
  match: RegExpExecArray,
  from: ClockTime | undefined,
  to: ClockTime | undefined,
  hasTo: boolean,
): TimeMention | undefined {
  if (from === undefined || (hasTo && to === undefined)) return undefined;
  const text = match[0].trim();
  const index = match.index + match[0].indexOf(text);
  return { index, end: index + text.length, text, from, to };
}

function* timeCandidates(text: string): Generator<TimeMention | undefined> {
  for (const m of text.matchAll(KL)) yield timeMention(m, clock(m[1], m[2]), clock(m[3], m[4]), m[3] !== undefined);
  for (const m of text.matchAll(AM_PM)) {
    const [, h1, m1, half1, h2, m2, half2] = m;
    if (h2 === undefined) {
      yield timeMention(m, clock(h1, m1, half2), undefined, false);
      continue;
    }
    // "2–4.30pm": the first time takes the second's half of the day unless that would put it after the second.
    const to = clock(h2, m2, half2);
    let from = clock(h1, m1, half1 ?? half2);
    if (half1 === undefined && from && to && from.hour * 60 + from.minute > to.hour * 60 + to.minute) from = clock(h1, m1, 'a');
    yield timeMention(m, from, to, true);
  }
  for (const m of text.matchAll(CLOCK)) yield timeMention(m, clock(m[1], m[2]), clock(m[3], m[4]), m[3] !== undefined);
  for (const m of text.matchAll(BARE_RANGE)) {
    const from = clock(m[1], m[2]);
    const to = clock(m[3], m[4]);
    if (from && to && minutesOf(to) > minutesOf(from)) yield timeMention(m, from, to, true);
  }
}

/** "from 5.00 to 7.00 pm": the reading with am/pm wins over the bare clock times inside it. */
const hasHalf = (mention: TimeMention): boolean => /\d\s*[ap]\.?\s?m\.?$/i.test(mention.text);

const timesOf = memoByText(timesIn);

/** The clock times a text mentions; each call gets its own copies, so a caller may change them. */
export const findTimes = (text: string): TimeMention[] => timesOf(text).map((mention) => ({ ...mention }));

function timesIn(text: string): TimeMention[] {
  const masked = maskLinks(text);
  const candidates = [...timeCandidates(masked)].filter((m): m is TimeMention => m !== undefined);
  const halves = candidates.filter(hasHalf);
  const found = candidates.filter((m) => hasHalf(m) || !halves.some((h) => m.index < h.end && m.end > h.index));
  return withoutOverlaps(found).map((m) => ({ ...m, text: text.slice(m.index, m.end) }));
}

/**
 * Whether the letter writes the time of day on a 12-hour clock: some time with am/pm ("from 5.00 to 7.00 pm") and
 * none past noon without it ("17.00"). Answers then give times the way the reader saw them in the letter.
 */
export function writesTwelveHourClock(text: string): boolean {
  const times = findTimes(text);
  const afterNoon = (time: ClockTime | undefined) => time !== undefined && time.hour >= 13;
  return times.some(hasHalf) && !times.some((m) => !hasHalf(m) && (afterNoon(m.from) || afterNoon(m.to)));
}

export const formatClock = (time: ClockTime): string => `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
export const minutesOf = (time: ClockTime): number => time.hour * 60 + time.minute;

export const isoDate = (date: Required<CalendarDate>): string =>
  `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** Weekday (1 = Monday) of a full date. */
export const weekdayOfDate = (date: Required<CalendarDate>): number => DateTime.fromObject(date).weekday;

/**
 * The year of a date the letter writes without one: the first occurrence on or after `reference` (for the meeting),
 * or the last on or before it (for a deadline, given the meeting's date). A weekday in the letter picks the year
 * where the date falls on it, within a few years.
 */
export function resolveYear(
  date: CalendarDate,
  reference: string,
  direction: 'onOrAfter' | 'onOrBefore',
  weekday?: number,
): Required<CalendarDate> {
  if (date.year !== undefined) return { year: date.year, month: date.month, day: date.day };
  const ref = DateTime.fromISO(reference);
  const occurrence = (year: number): Required<CalendarDate> => ({ year, month: date.month, day: date.day });
  const isValid = (year: number): boolean => DateTime.fromObject(occurrence(year)).isValid;
  const fits = (year: number): boolean => {
    const d = DateTime.fromObject(occurrence(year));
    return direction === 'onOrAfter' ? d >= ref.startOf('day') : d <= ref.endOf('day');
  };
  const step = direction === 'onOrAfter' ? 1 : -1;
  let first: number | undefined;
  for (let year = ref.year - step; Math.abs(year - ref.year) <= 8; year += step) {
    if (!isValid(year) || !fits(year)) continue;
    first ??= year;
    if (weekday === undefined || weekdayOfDate(occurrence(year)) === weekday) return occurrence(year);
  }
  return occurrence(first ?? ref.year);
}
