import { DateTime, Duration } from 'luxon';
import { perEvent } from './memo';
import { textIn, type EventDay, type EventSession, type EventLang as Lang, type Localized, type MeetingEvent } from './model';

/** Luxon/Intl locale for a language: en-GB gives "30 October 2024" rather than the US order. */
export function localeOf(lang: Lang): string {
  return lang === 'da' ? 'da' : 'en-GB';
}

export type MeetingState = 'future' | 'ongoing' | 'past';

/**
 * Parsed once per event: an event never changes after loading, and luxon's zone arithmetic costs more per turn
 * than understanding the question. DateTime objects are immutable, so sharing them is safe.
 */
const parsedTimes = perEvent<DateTime>();

export function startOf(event: MeetingEvent): DateTime {
  return parsedTimes(event, 'start', () => DateTime.fromISO(event.start, { zone: event.timeZone }));
}

export function endOf(event: MeetingEvent): DateTime {
  return parsedTimes(event, 'end', () => DateTime.fromISO(event.end, { zone: event.timeZone }));
}

/** When the meeting is over for everyone: the end of its last session when it is held on alternative dates. */
export function lastEndOf(event: MeetingEvent): DateTime {
  const last = event.sessions[event.sessions.length - 1];
  if (!last) return endOf(event);
  return parsedTimes(event, 'lastEnd', () => DateTime.fromISO(last.end, { zone: event.timeZone }));
}

const parsedClocks = perEvent<DateTime>();

/** A local "HH:mm" on the event's first day (or on `date`) as a DateTime: the event's own times, parsed once each. */
export function atTime(event: MeetingEvent, time: string, date?: string): DateTime {
  const iso = `${date ?? event.start.slice(0, 10)}T${time}`;
  return parsedClocks(event, iso, () => DateTime.fromISO(iso, { zone: event.timeZone }));
}

type Clock = MeetingEvent['clock'];

/**
 * "14.30" in Danish, "14:30" in English, or "2:30 pm" in English when the letter writes the time of day that way
 * (`clock`): an English reader of "from 5.00 to 7.00 pm" looks for "5.00", not "17:00".
 */
export function formatTime(time: DateTime, lang: Lang, clock: Clock = '24h'): string {
  return said(time, `time ${lang} ${clock}`, () => {
    if (lang === 'da') return time.toFormat('HH.mm');
    if (clock === '12h') return `${time.toFormat('h:mm')} ${time.hour < 12 ? 'am' : 'pm'}`;
    return time.toFormat('HH:mm');
  });
}

/**
 * What a DateTime was formatted as, by format: the event's own times (parsed once per event, see startOf and atTime)
 * are formatted for answer after answer, and luxon's formatting costs more than the rest of an answer. Held weakly.
 */
const formatted = new WeakMap<DateTime, Map<string, string>>();

function said(time: DateTime, format: string, make: () => string): string {
  let formats = formatted.get(time);
  if (!formats) formatted.set(time, (formats = new Map<string, string>()));
  let text = formats.get(format);
  if (text === undefined) formats.set(format, (text = make()));
  return text;
}

/** "19:00" (as stored) in the language's spelling, and on the letter's clock in English. */
export function formatClock(time: string, lang: Lang, clock: Clock = '24h'): string {
  if (lang === 'da') return time.replace(':', '.');
  if (clock === '12h') {
    const [hour, minute] = time.split(':').map(Number);
    if (hour !== undefined && minute !== undefined && !Number.isNaN(hour) && !Number.isNaN(minute))
      return `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
  }
  return time;
}

/** "onsdag den 30. oktober 2024" / "Wednesday 30 October 2024". */
export function formatDate(date: DateTime, lang: Lang): string {
  return said(date, `date ${lang}`, () => {
    const local = date.setLocale(localeOf(lang));
    return lang === 'da' ? local.toFormat("cccc 'den' d. MMMM yyyy") : local.toFormat('cccc d MMMM yyyy');
  });
}

/** A date without weekday: "1. juli 2024" / "1 July 2024". */
export function formatPlainDate(isoDate: string, lang: Lang): string {
  const date = DateTime.fromISO(isoDate).setLocale(localeOf(lang));
  return lang === 'da' ? date.toFormat('d. MMMM yyyy') : date.toFormat('d MMMM yyyy');
}

/** The event's title in `lang`, or in its own language. */
export function titleOf(event: MeetingEvent, lang: Lang): string {
  return textIn(event.title, lang, event.language).text;
}

/** A text of the event in `lang`, or in the invitation's own language (say so where it matters). */
export function localText(event: MeetingEvent, value: Localized, lang: Lang): { text: string; other: boolean } {
  const found = textIn(value, lang, event.language);
  return { text: found.text, other: found.lang !== lang };
}

const whenTexts = perEvent<string>();

/**
 * "onsdag den 30. oktober 2024 kl. 17.00–18.45" / "Wednesday 30 October 2024, 17:00–18:45 (Danish time)". With an
 * estimated end only the start is given: the bot never states what the letter does not.
 */
export function formatWhen(event: MeetingEvent, lang: Lang): string {
  return whenTexts(event, lang, () => composeWhen(event, lang));
}

function composeWhen(event: MeetingEvent, lang: Lang): string {
  const start = startOf(event);
  const zoneNote = event.timeZone === 'Europe/Copenhagen' ? ' (Danish time)' : ` (${event.timeZone})`;
  if (event.sessions.length > 0) {
    // Alternative dates: each with its label, "… or …", never the first alone as if it were the meeting's only date.
    const sessions = sessionLists[lang].format(
      event.sessions.map((session) => {
        const label = localText(event, session.label, lang).text;
        const when = formatSession(event, session, lang);
        return labelIsDate(label) ? when : `${when} (${label})`;
      }),
    );
    return lang === 'en' && !event.timeNotStated ? `${sessions}${zoneNote}` : sessions;
  }
  // Days without a time of day are still the meeting's days: each date, never the first alone.
  if (event.timeNotStated && event.days.length === 0) return formatDate(start, lang);
  if (event.days.length > 0) {
    if (event.timeNotStated) return dayLists[lang].format(event.days.map((day) => formatDay(event, { date: day.date }, lang)));
    const days = dayLists[lang].format(event.days.map((day) => formatDay(event, day, lang)));
    return lang === 'en' ? `${days}${zoneNote}` : days;
  }
  const end = endOf(event);
  const sameDay = start.hasSame(end, 'day');
  const time = (at: DateTime) => formatTime(at, lang, event.clock);
  const range = event.endIsEstimate ? time(start) : `${time(start)}–${sameDay ? time(end) : `${formatDate(end, lang)} ${time(end)}`}`;
  if (lang === 'da') return `${formatDate(start, 'da')} kl. ${range}`;
  return `${formatDate(start, 'en')}, ${range}${zoneNote}`;
}

/** "… og …", "… and …": the days of a meeting, in the answer's language. */
const dayLists: Record<Lang, Intl.ListFormat> = {
  da: new Intl.ListFormat(localeOf('da'), { type: 'conjunction' }),
  en: new Intl.ListFormat(localeOf('en'), { type: 'conjunction' }),
};

/** "… eller …", "… or …": the alternative dates of a meeting held more than once. */
const sessionLists: Record<Lang, Intl.ListFormat> = {
  da: new Intl.ListFormat(localeOf('da'), { type: 'disjunction' }),
  en: new Intl.ListFormat(localeOf('en'), { type: 'disjunction' }),
};

/** A session named by its date alone ("3. marts"): no label beside the date. */
export const labelIsDate = (label: string): boolean =>
  /\d/.test(label) && /\p{L}{3,}/u.test(label) && !/^\p{L}+\s*\d{1,2}(?:\s*\([^()]*\))?$/u.test(label);

/** One session's date and times: "tirsdag den 2. marts 2027 kl. 09.00–12.00", "Tuesday 4 May 2027, 10:00–11:30". */
export function formatSession(event: MeetingEvent, session: EventSession, lang: Lang): string {
  const start = DateTime.fromISO(session.start, { zone: event.timeZone });
  const end = DateTime.fromISO(session.end, { zone: event.timeZone });
  if (event.timeNotStated) return formatDate(start, lang);
  const time = (at: DateTime) => formatTime(at, lang, event.clock);
  const range = event.endIsEstimate
    ? time(start)
    : `${time(start)}–${start.hasSame(end, 'day') ? time(end) : `${formatDate(end, lang)} ${time(end)}`}`;
  return lang === 'da' ? `${formatDate(start, 'da')} kl. ${range}` : `${formatDate(start, 'en')}, ${range}`;
}

/**
 * One day of a meeting over several days with that day's own times: "torsdag den 15. april 2027 kl. 08.30–15.30",
 * "Tuesday 14 September 2027, from 09:00"; a time the letter does not give for the day is left out.
 */
export function formatDay(event: MeetingEvent, day: EventDay, lang: Lang): string {
  const date = formatDate(DateTime.fromISO(day.date, { zone: event.timeZone }), lang);
  const time = (value: string) => formatClock(value, lang, event.clock);
  const end = day.end && !(event.endIsEstimate && day === event.days[event.days.length - 1]) ? day.end : undefined;
  // "Friday 16 April 2027, 12:00 – 13:00" of a meeting over two days: the last day's end, though not its start.
  if (!day.start) return end ? (lang === 'da' ? `${date} til kl. ${time(end)}` : `${date}, until ${time(end)}`) : date;
  if (lang === 'da') return end ? `${date} kl. ${time(day.start)}–${time(end)}` : `${date} fra kl. ${time(day.start)}`;
  return end ? `${date}, ${time(day.start)}–${time(end)}` : `${date}, from ${time(day.start)}`;
}

export function formatWeekday(date: DateTime, lang: Lang): string {
  return date.setLocale(localeOf(lang)).toFormat('cccc');
}

/** Lengths said so far, by language and minutes: luxon's toHuman is most of a programme answer's time. */
const durations = new Map<string, string>();

/** "1 time og 45 minutter" / "1 hour and 45 minutes". */
export function formatDuration(from: DateTime, to: DateTime, lang: Lang): string {
  const minutes = Math.round(to.diff(from, 'minutes').minutes);
  const key = `${lang} ${minutes}`;
  let said = durations.get(key);
  if (said === undefined) {
    said = composeDuration(minutes, lang);
    // Bounded: a meeting has few lengths, but any number of meetings may be loaded over time.
    if (durations.size >= 1000) durations.clear();
    durations.set(key, said);
  }
  return said;
}

function composeDuration(minutes: number, lang: Lang): string {
  const days = Math.floor(minutes / 1440);
  const duration = Duration.fromObject({ days, hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 });
  const parts = Object.fromEntries(Object.entries(duration.toObject()).filter(([, value]) => value !== 0));
  return Duration.fromObject(parts)
    .reconfigure({ locale: localeOf(lang) })
    .toHuman({ listStyle: 'long' });
}

export function meetingState(event: MeetingEvent, now: DateTime): MeetingState {
  if (now < startOf(event)) return 'future';
  if (now < endOf(event)) return 'ongoing';
  return 'past';
}

/** The last "om 3 dage" per event and language, with the second it was made for. */
const relativeTexts = new WeakMap<MeetingEvent, Partial<Record<Lang, { second: number; text: string }>>>();

/** "om 3 dage" / "for 2 år siden" / "in 3 days", from the bot's clock. */
export function formatRelative(event: MeetingEvent, now: DateTime, lang: Lang): string {
  // luxon's toRelative is the costliest part of a "when" answer; its text changes at most once a second.
  const second = Math.floor(now.toMillis() / 1000);
  let texts = relativeTexts.get(event);
  if (!texts) {
    texts = {};
    relativeTexts.set(event, texts);
  }
  const last = texts[lang];
  if (last?.second === second) return last.text;
  const startDay = startOf(event).startOf('day');
  const today = now.setZone(event.timeZone).startOf('day');
  const days = Math.round(startDay.diff(today, 'days').days);
  const text =
    Math.abs(days) <= 1
      ? (startDay.toRelativeCalendar({ base: today, locale: localeOf(lang) }) ?? '')
      : (startOf(event).toRelative({ base: now, locale: localeOf(lang) }) ?? '');
  texts[lang] = { second, text };
  return text;
}
