/**
 * The days of a meeting held over several days, each with its own times: "Dag 1: torsdag den 15. april kl.
 * 8.30–15.30 / Dag 2: …" (lines or a table), "Day 1 – Tuesday 14 September" headings over a timed programme,
 * "Kursusdage: 15. april og 27. april", "fra mandag den 3. maj kl. 10 til tirsdag den 4. maj kl. 15". Finding only,
 * and only where the letter is clear: numbered days must run 1, 2, … on ascending dates; anything else is no days.
 */
import { DateTime } from 'luxon';
import {
  SESSION_WORDS,
  findDates,
  findTimes,
  isoDate,
  minutesOf,
  resolveYear,
  type ClockTime,
  type DateMention,
  type TimeMention,
} from './dates';
import type { Letter, Line } from './letter';

export interface DayFound {
  /** "2027-05-20". */
  date: string;
  start?: ClockTime;
  /** On the same date. */
  end?: ClockTime;
  /** What the day is about, in the letter's words ("Basal førstehjælp"). */
  title?: string;
  /** The times are the day's programme's first and closing items, not written beside the date: a guess to check. */
  fromProgramme?: boolean;
}

export interface DaysFound {
  days: DayFound[];
  /** The line the days were read from (the first day's). */
  line: number;
}

/** A programme's last item that closes the day or the meeting: its time is when it ends. */
export const CLOSING_ITEM =
  /\b(tak for|afslutning|afrunding og tak|opsummering og|slut|farvel|afsked|afrejse|hjemrejse|hjemkomst|(?:kører|tager|rejser) hjem|hjemme (?:igen|ca|kl)|være hjemme|tilbage igen|end of|closing|close|goodbye|farewell|summing up and|thank you|departure|back home|(?:heads?|goes|leaves?) home|home again)/i;

/** "Dag 1", "Day 2", "1. dag", "Kursusdag 2" at the start of a line, with what follows. */
const DAY_NUMBER =
  /^(?:(?:kursus|møde|seminar|konference)?(?:dag|day)\s*(\d{1,2})|(\d{1,2})\.\s*(?:kursus)?dag)(?![\p{L}\d])\s*[:.,–—-]?\s*/iu;
/** "Aften 1", "Session 2", "Modul 3", "2. aften": a numbered session of a course held on several days. */
const SESSION_NUMBER = new RegExp(
  `^(?:(${SESSION_WORDS})\\.?\\s*(\\d{1,2})|(\\d{1,2})\\.\\s*(aften|gang|kursusgang|mødegang|modul|session|lektion|del))(?![\\p{L}\\d])\\s*[:.,–—-]?\\s*`,
  'iu',
);

interface DayLabel {
  /** "day", or the session word in lower case: numbers count within one kind. */
  kind: string;
  number: number;
  length: number;
}

function dayLabel(text: string): DayLabel | undefined {
  const day = DAY_NUMBER.exec(text);
  if (day) return { kind: 'day', number: Number(day[1] ?? day[2]), length: day[0].length };
  const session = SESSION_NUMBER.exec(text);
  if (!session) return undefined;
  return { kind: (session[1] ?? session[4])!.toLowerCase(), number: Number(session[2] ?? session[3]), length: session[0].length };
}

/** A line that lists the meeting's days: "Kursusdage: …", "Dates: …". */
const DAYS_LABEL =
  /^(?:kursusdage|kursusdatoer|mødedage|mødedatoer|datoer|dage|dates|days|course dates|meeting dates|seminar ?dage|seminar dates)\s*:\s*/i;
/** "both days 9–15": one time for every day. */
const EVERY_DAY =
  /begge dage|alle dage|hver dag|både|both days|each day|every day|all days|(?<![\p{L}])(?:alle|hver|begge|each|every|all|both)(?:\s+\p{L}+)?\s+(?:\p{L}*(?:aften|aftener|dage|gange|moduler|sessioner|tirsdage|mandage|onsdage|torsdage|fredage|lørdage|søndage)|evenings?|sessions?|days?|modules?|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|times)(?![\p{L}])/iu;
/** Between two dates of a span: "til", "to", "until", a dash. */
const SPAN_WORD = /^\s*(?:-|–|—|til|to|until|till)\s*(?:(?:og med|and including)\s*)?$/i;
/** Between two dates that are separate days, not a span: "og", "and", "&", a comma. */
const SEPARATE_WORD = /\s(?:og|and)\s|&|,/i;

const dateOf = (mention: DateMention, reference: string, year?: number): string =>
  isoDate(resolveYear({ ...mention.date, year: mention.date.year ?? year }, reference, 'onOrAfter', mention.weekday));

const nextDay = (date: string): string => DateTime.fromISO(date).plus({ days: 1 }).toISODate() ?? date;

/** The first time in a line's text after `from` (and before `to`), with only little between. */
function timeBetween(times: TimeMention[], from: number, to = Infinity): TimeMention | undefined {
  return times.find((time) => time.index >= from && time.index < to);
}

/** Times at the start of the lines under a day's heading, up to the next heading or numbered day. */
function programmeTimes(letter: Letter, heading: Line, kind: string): { start?: ClockTime; end?: ClockTime } {
  const timed: Array<{ time: TimeMention; line: Line }> = [];
  for (const line of letter.lines.slice(heading.index + 1)) {
    if (line.blank || line.furniture) continue;
    if (dayLabel(line.text)?.kind === kind || (line.heading > 0 && (heading.heading === 0 || line.heading <= heading.heading))) break;
    if (heading.bold && line.bold) break;
    const time = findTimes(line.text)[0];
    if (time && time.index <= 2) timed.push({ time, line });
  }
  const first = timed[0];
  const last = timed[timed.length - 1];
  if (!first || !last) return {};
  // "16.30 End of day 1" before "19.00 Network dinner": the day's programme ends at its closing item.
  const closing = timed
    .slice(1)
    .filter((item) => CLOSING_ITEM.test(item.line.text.slice(item.time.end)))
    .pop();
  return { start: first.time.from, end: last.time.to ?? closing?.time.from };
}

function ascending(days: DayFound[]): boolean {
  return days.every((day, index) => index === 0 || day.date > days[index - 1]!.date);
}

/** A day's own times are a range on one date, start before end. */
function sane(day: DayFound): DayFound {
  if (day.start && day.end && minutesOf(day.end) <= minutesOf(day.start))
    return { date: day.date, title: day.title, fromProgramme: day.fromProgramme };
  return day;
}

/** "Dag 1 … / Dag 2 …", "Aften 1 … / Aften 2 …": numbered days with a date each, times beside them or under them. */
function numberedDays(letter: Letter, reference: string): DaysFound | undefined {
  const kinds = new Map<string, { dated: Map<number, { day: DayFound; line: number }>; titles: Map<number, string> }>();
  for (const line of letter.lines) {
    if (line.blank || line.furniture) continue;
    const label = dayLabel(line.text);
    if (!label) continue;
    const { number } = label;
    if (!kinds.has(label.kind)) kinds.set(label.kind, { dated: new Map(), titles: new Map() });
    const { dated, titles } = kinds.get(label.kind)!;
    const rest = line.text.slice(label.length);
    const mention = findDates(rest)[0];
    if (!mention) {
      // "Dag 1 – Basal førstehjælp og genoplivning": the day's title, where it heads its part of the letter.
      if ((line.heading > 0 || line.bold) && rest.length > 0 && rest.length <= 80 && findTimes(rest).length === 0)
        titles.set(number, rest.replace(/[.:]$/, ''));
      continue;
    }
    if (dated.has(number)) continue;
    const times = findTimes(rest);
    const beside = timeBetween(times, mention.end);
    const day: DayFound = { date: dateOf(mention, reference) };
    if (beside) {
      day.start = beside.from;
      day.end = beside.to;
    } else if (line.heading > 0 || line.bold || rest.slice(mention.end).trim() === '') {
      const under = programmeTimes(letter, line, label.kind);
      if (under.start) Object.assign(day, under, { fromProgramme: true });
    }
    dated.set(number, { day, line: line.index });
  }
  for (const { dated, titles } of kinds.values()) {
    const numbers = [...dated.keys()].sort((a, b) => a - b);
    if (numbers.length < 2 || numbers.some((n, i) => n !== i + 1)) continue;
    const days = numbers.map((n) => {
      const { day } = dated.get(n)!;
      const title = titles.get(n);
      return sane(title ? { ...day, title } : day);
    });
    if (!ascending(days)) continue;
    const line = dated.get(1)!.line;
    return { days: withSharedTime(letter, days, line), line };
  }
  return undefined;
}

/** A meal, a break, doors or a bus each day: its time is not the day's. */
const PART_OF_DAY =
  /frokost|lunch|middag|dinner|morgenmad|breakfast|kaffe|coffee|pause|break|døre|doors|bus|check-?in|registrering|registration|åbner|opens|telefon|phone|ring/i;

/**
 * "Kurset består af tre aftener, alle tirsdage kl. 18.30-21.00:", "Each session runs 9:00–12:00": one time for every
 * day, said once before the days or after them, for days that have no time of their own.
 */
export function withSharedTime(letter: Letter, days: DayFound[], firstLine: number): DayFound[] {
  if (days.some((day) => day.start)) return days;
  const shared = letter.sentences.find((sentence) => {
    if (!EVERY_DAY.test(sentence.text) || PART_OF_DAY.test(sentence.text) || findDates(sentence.text).length > 0) return false;
    const times = findTimes(sentence.text);
    return times.length === 1 && times[0]!.to !== undefined && Math.abs(sentence.line - firstLine) <= 40;
  });
  const time = shared && findTimes(shared.text)[0]!;
  return time ? days.map((day) => sane({ ...day, start: time.from, end: time.to })) : days;
}

/** Words over a list of dates that make it a plan of other meetings, not this one's days. */
const OTHER_MEETINGS =
  /næste|kommende|øvrige|tidligere|mødeplan|mødekalender|årshjul|next|upcoming|future|other|previous|schedule of meetings|meeting plan/i;
/** Dates to choose among ("vælg én aften", "the same programme runs twice"): each is the whole meeting, not a day of it. */
const ALTERNATIVES =
  /vælg|én af|en af (?:de|disse)|samme program|gentages|holdes to gange|choose|one of the|either|same programme|same program|repeated|runs twice|(?<![\p{L}])(?:eller|or)(?![\p{L}])/iu;
/** A row that is a deadline or a sign-up, not a day of the meeting. */
const NOT_A_DAY = /senest|frist|deadline|tilmeld|afbud|register|registration|sign[ -]?up|rsvp|by\s/i;

/**
 * Rows of a table or lines of a list, one date each ("| 1 | tirsdag 5. oktober 2027 | 18.30–21.00 |", "- mandag den
 * 4. oktober"): the days of one meeting, when the first row is the meeting's date and the rows are weeks, not months,
 * apart. Each row's own time, or one time for all ("alle dage kl. 9-15") said above them.
 */
function rowDays(letter: Letter, reference: string, meetingDate: string): DaysFound | undefined {
  const content = letter.lines.filter((line) => !line.blank && !line.furniture);
  for (let i = 0; i < content.length; i++) {
    const run: Array<{ line: Line; date: string; time?: TimeMention }> = [];
    for (let j = i; j < content.length; j++) {
      const line = content[j]!;
      if (j > i && line.index !== content[j - 1]!.index + 1) break;
      // Rows of a table or items of a list, not lines of their own ("Dag 1: …" is read as numbered days or not at all).
      if (!line.cells && !/^\s*[-•*–▪◦·]\s/.test(line.raw)) break;
      const mentions = findDates(line.text);
      if (mentions.length !== 1 || mentions[0]!.until || NOT_A_DAY.test(line.text) || dayLabel(line.text)) break;
      const times = findTimes(line.text);
      if (times.length > 1) break;
      run.push({ line, date: dateOf(mentions[0]!, reference), time: times[0] });
    }
    if (run.length < 2) continue;
    i += run.length - 1;
    const intro = content[content.indexOf(run[0]!.line) - 1];
    if (run[0]!.date !== meetingDate || (intro && OTHER_MEETINGS.test(intro.text))) continue;
    const next = content[content.indexOf(run[run.length - 1]!.line) + 1];
    if ([intro, ...run.map((row) => row.line), next].some((line) => line && ALTERNATIVES.test(line.text))) continue;
    const last = run[run.length - 1]!.date;
    if (DateTime.fromISO(last).diff(DateTime.fromISO(run[0]!.date), 'days').days > 62) continue;
    const timed = run.filter((row) => row.time).length;
    if (timed > 0 && timed < run.length) continue;
    let days: DayFound[] = run.map((row) => sane({ date: row.date, start: row.time?.from, end: row.time?.to }));
    if (!ascending(days)) continue;
    if (timed === 0) {
      const above = intro ? findTimes(intro.text) : [];
      days =
        above.length === 1 && above[0]!.to && EVERY_DAY.test(intro!.text)
          ? days.map((day) => sane({ ...day, start: above[0]!.from, end: above[0]!.to }))
          : withSharedTime(letter, days, run[0]!.line.index);
    }
    return { days, line: run[0]!.line.index };
  }
  return undefined;
}

/** The separate days the meeting's date line names ("tirsdag den 5., 12. og 19. oktober kl. 18.30–21"). */
export function listedDays(meeting: { listed?: string[]; line: number; start?: ClockTime; end?: ClockTime }): DaysFound | undefined {
  if (!meeting.listed || meeting.listed.length < 2) return undefined;
  const days = meeting.listed.map((date) => sane({ date, start: meeting.start, end: meeting.end }));
  return ascending(days) ? { days, line: meeting.line } : undefined;
}

/** "Kursusdage: 15. april og 27. april 2027, begge dage kl. 9–15". */
function labelledDays(letter: Letter, reference: string): DaysFound | undefined {
  for (const line of letter.lines) {
    if (line.blank || line.furniture) continue;
    const label = DAYS_LABEL.exec(line.text);
    if (!label) continue;
    const text = line.text;
    const mentions = findDates(text);
    const year = mentions.find((m) => m.date.year !== undefined)?.date.year;
    const times = findTimes(text);
    const days: Array<DayFound & { from: number; to: number }> = [];
    for (const mention of mentions) {
      const date = dateOf(mention, reference, year);
      days.push({ date, from: mention.index, to: mention.end });
      // "15. og 27. april": two days, not a span from the 15th to the 27th.
      if (mention.until && SEPARATE_WORD.test(` ${mention.text} `))
        days.push({
          date: dateOf({ ...mention, date: mention.until, weekday: undefined }, reference, year),
          from: mention.index,
          to: mention.end,
        });
    }
    if (days.length < 2) continue;
    if (times.length === 1 || (times.length > 0 && EVERY_DAY.test(text))) {
      for (const day of days) Object.assign(day, { start: times[0]!.from, end: times[0]!.to });
    } else if (times.length > 1) {
      days.forEach((day, index) => {
        const time = timeBetween(times, day.to, days[index + 1]?.from);
        if (time) Object.assign(day, { start: time.from, end: time.to });
      });
    }
    const found = days.map(({ date, start, end }) => sane({ date, start, end }));
    if (!ascending(found)) return undefined;
    return { days: found, line: line.index };
  }
  return undefined;
}

/**
 * "fra mandag den 3. maj kl. 10 til tirsdag den 4. maj kl. 15": a span of a few days with a time at either end; the
 * first day starts and the last ends at those times, the days between are whole days of the meeting.
 */
function spannedDays(letter: Letter, reference: string): DaysFound | undefined {
  for (const line of letter.lines) {
    if (line.blank || line.furniture) continue;
    const mentions = findDates(line.text);
    const times = findTimes(line.text);
    for (let i = 0; i + 1 < mentions.length; i++) {
      const first = mentions[i]!;
      const second = mentions[i + 1]!;
      const startTime = timeBetween(times, first.end, second.index);
      const between = line.text.slice(startTime ? startTime.end : first.end, second.index);
      if (!SPAN_WORD.test(between) || startTime?.to) continue;
      const endTime = timeBetween(times, second.end);
      if (!startTime || !endTime || endTime.index - second.end > 14 || endTime.to) continue;
      const from = dateOf(first, reference, second.date.year);
      const to = dateOf(second, reference, second.date.year);
      const span = DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days;
      if (span < 1 || span > 6) continue;
      const days: DayFound[] = [{ date: from, start: startTime.from }];
      for (let date = nextDay(from); date < to; date = nextDay(date)) days.push({ date });
      days.push({ date: to, end: endTime.from });
      return { days, line: line.index };
    }
  }
  return undefined;
}

/** Between two dates that are separate days in a sentence: "og", "and", "samt", a comma, nothing else. */
const JOINED = /^\s*(?:,\s*)?(?:og|and|samt|as well as|&|,)?\s*(?:(?:igen|again|også|also)\s+)?$/i;

/**
 * "Kurset ligger over to lørdage, nemlig lørdag den 2. oktober og lørdag den 9. oktober 2027, og begge dage går fra
 * kl. 9.30 til kl. 16.30": the days named one after another in a sentence, among them the meeting's date, with one
 * time for every day ("begge dage", "both days") or none. Never a sentence of deadlines, choices or other meetings.
 */
function proseDays(letter: Letter, reference: string, meetingDate: string): DaysFound | undefined {
  for (const sentence of letter.sentences) {
    const mentions = findDates(sentence.text);
    if (mentions.length < 2 || mentions.some((mention) => mention.until)) continue;
    if (NOT_A_DAY.test(sentence.text) || OTHER_MEETINGS.test(sentence.text) || ALTERNATIVES.test(sentence.text)) continue;
    if (mentions.some((mention, i) => i > 0 && !JOINED.test(sentence.text.slice(mentions[i - 1]!.end, mention.index)))) continue;
    const year = mentions.find((mention) => mention.date.year !== undefined)?.date.year;
    let days: DayFound[] = mentions.map((mention) => ({ date: dateOf(mention, reference, year) }));
    if (!days.some((day) => day.date === meetingDate) || !ascending(days)) continue;
    if (DateTime.fromISO(days[days.length - 1]!.date).diff(DateTime.fromISO(days[0]!.date), 'days').days > 62) continue;
    const times = findTimes(sentence.text).filter((time) => time.index > mentions[mentions.length - 1]!.end);
    // One range after the last date, said of every day: each day's time. A meal's or a bus's time is no day's.
    const every = times.length === 1 && times[0]!.to && EVERY_DAY.test(sentence.text) && !PART_OF_DAY.test(sentence.text);
    if (every) days = days.map((day) => sane({ ...day, start: times[0]!.from, end: times[0]!.to }));
    else if (times.length > 0) continue;
    else days = withSharedTime(letter, days, sentence.line);
    return { days, line: sentence.line };
  }
  return undefined;
}

/**
 * The meeting's days, when the letter lays them out clearly; `reference` counts the years of dates without one, and
 * a list of dates counts only when it begins with the meeting's date.
 */
export function findDays(letter: Letter, reference: string, meetingDate: string): DaysFound | undefined {
  return (
    numberedDays(letter, reference) ??
    labelledDays(letter, reference) ??
    spannedDays(letter, reference) ??
    rowDays(letter, reference, meetingDate) ??
    proseDays(letter, reference, meetingDate)
  );
}
