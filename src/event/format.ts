import { DateTime, Duration } from 'luxon';
import { localeOf, type Lang } from '../i18n';
import { perEvent } from './memo';
import type { MeetingEvent } from './schema';

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

/** "14.30" in Danish, "14:30" in English. */
export function formatTime(time: DateTime, lang: Lang): string {
  return time.toFormat(lang === 'da' ? 'HH.mm' : 'HH:mm');
}

/** "onsdag den 30. oktober 2024" / "Wednesday 30 October 2024". */
export function formatDate(date: DateTime, lang: Lang): string {
  const local = date.setLocale(localeOf(lang));
  return lang === 'da' ? local.toFormat("cccc 'den' d. MMMM yyyy") : local.toFormat('cccc d MMMM yyyy');
}

/** A date without weekday: "1. juli 2024" / "1 July 2024". */
export function formatPlainDate(isoDate: string, lang: Lang): string {
  const date = DateTime.fromISO(isoDate).setLocale(localeOf(lang));
  return lang === 'da' ? date.toFormat('d. MMMM yyyy') : date.toFormat('d MMMM yyyy');
}

const whenTexts = perEvent<string>();

/** "onsdag den 30. oktober 2024 kl. 17.00–18.45" / "Wednesday 30 October 2024, 17:00–18:45 (Danish time)". */
export function formatWhen(event: MeetingEvent, lang: Lang): string {
  return whenTexts(event, lang, () => composeWhen(event, lang));
}

function composeWhen(event: MeetingEvent, lang: Lang): string {
  const start = startOf(event);
  const end = endOf(event);
  const sameDay = start.hasSame(end, 'day');
  const endText = sameDay ? formatTime(end, lang) : `${formatDate(end, lang)} ${formatTime(end, lang)}`;
  if (lang === 'da') return `${formatDate(start, 'da')} kl. ${formatTime(start, 'da')}–${endText}`;
  const zoneNote = event.timeZone === 'Europe/Copenhagen' ? ' (Danish time)' : ` (${event.timeZone})`;
  return `${formatDate(start, 'en')}, ${formatTime(start, 'en')}–${endText}${zoneNote}`;
}

export function formatWeekday(event: MeetingEvent, lang: Lang): string {
  return startOf(event).setLocale(localeOf(lang)).toFormat('cccc');
}

/** "1 time og 45 minutter" / "1 hour and 45 minutes". */
export function formatDuration(event: MeetingEvent, lang: Lang): string {
  const minutes = endOf(event).diff(startOf(event), 'minutes').minutes;
  const duration = Duration.fromObject({ hours: Math.floor(minutes / 60), minutes: Math.round(minutes % 60) });
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

/** "om 3 dage" / "for 2 år siden" / "in 3 days", from the bot's clock. */
/** The last "om 3 dage" per event and language, with the second it was made for. */
const relativeTexts = new WeakMap<MeetingEvent, Partial<Record<Lang, { second: number; text: string }>>>();

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
  const text = startOf(event).toRelative({ base: now, locale: localeOf(lang) }) ?? '';
  texts[lang] = { second, text };
  return text;
}
