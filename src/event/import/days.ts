/**
 * The days of a meeting held over several days, each with its own times: "Dag 1: torsdag den 15. april kl.
 * 8.30–15.30 / Dag 2: …" (lines or a table), "Day 1 – Tuesday 14 September" headings over a timed programme,
 * "Kursusdage: 15. april og 27. april", "fra mandag den 3. maj kl. 10 til tirsdag den 4. maj kl. 15". Finding only,
 * and only where the letter is clear: numbered days must run 1, 2, … on ascending dates; anything else is no days.
 */
import { DateTime } from 'luxon';
import { findDates, findTimes, isoDate, minutesOf, resolveYear, type ClockTime, type DateMention, type TimeMention } from './dates';
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
  /\b(tak for|afslutning|afrunding og tak|slut|farvel|afrejse|hjemrejse|end of|closing|close|goodbye|thank you|departure)/i;

/** "Dag 1", "Day 2", "1. dag", "Kursusdag 2" at the start of a line, with what follows. */
const DAY_NUMBER =
  /^(?:(?:kursus|møde|seminar|konference)?(?:dag|day)\s*(\d{1,2})|(\d{1,2})\.\s*(?:kursus)?dag)(?![\p{L}\d])\s*[:.,–—-]?\s*/iu;
/** A line that lists the meeting's days: "Kursusdage: …", "Dates: …". */
const DAYS_LABEL =
  /^(?:kursusdage|kursusdatoer|mødedage|mødedatoer|datoer|dage|dates|days|course dates|meeting dates|seminar ?dage|seminar dates)\s*:\s*/i;
/** "both days 9–15": one time for every day. */
const EVERY_DAY = /begge dage|alle dage|hver dag|både|both days|each day|every day|all days/i;
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
function programmeTimes(letter: Letter, heading: Line): { start?: ClockTime; end?: ClockTime } {
  const timed: Array<{ time: TimeMention; line: Line }> = [];
  for (const line of letter.lines.slice(heading.index + 1)) {
    if (line.blank || line.furniture) continue;
    if (DAY_NUMBER.test(line.text) || (line.heading > 0 && (heading.heading === 0 || line.heading <= heading.heading))) break;
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

/** "Dag 1 … / Dag 2 …": numbered days with a date each, times beside them or in a programme under them. */
function numberedDays(letter: Letter, reference: string): DaysFound | undefined {
  const dated = new Map<number, { day: DayFound; line: number }>();
  const titles = new Map<number, string>();
  for (const line of letter.lines) {
    if (line.blank || line.furniture) continue;
    const label = DAY_NUMBER.exec(line.text);
    if (!label) continue;
    const number = Number(label[1] ?? label[2]);
    const rest = line.text.slice(label[0].length);
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
      Object.assign(day, programmeTimes(letter, line), { fromProgramme: true });
    }
    dated.set(number, { day, line: line.index });
  }
  const numbers = [...dated.keys()].sort((a, b) => a - b);
  if (numbers.length < 2 || numbers.some((n, i) => n !== i + 1)) return undefined;
  const days = numbers.map((n) => {
    const { day } = dated.get(n)!;
    const title = titles.get(n);
    return sane(title ? { ...day, title } : day);
  });
  if (!ascending(days)) return undefined;
  return { days, line: dated.get(1)!.line };
}

/** "Kursusdage: 15. april og 27. april 2027, begge dage kl. 9–15". */
function listedDays(letter: Letter, reference: string): DaysFound | undefined {
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

/** The meeting's days, when the letter lays them out clearly; `reference` counts the years of dates without one. */
export function findDays(letter: Letter, reference: string): DaysFound | undefined {
  return numberedDays(letter, reference) ?? listedDays(letter, reference) ?? spannedDays(letter, reference);
}
