import { DateTime } from 'luxon';
import { formatDate } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import { weekdayNumber } from '../understanding/entities';

/**
 * A quote that writes a date in figures ("senest fredag 12/3", "inden 25/4", "21/4-2027"): the date said in full after
 * it, so the answer gives the day and month in words. Day before month, as Danish letters write it; a date whose
 * weekday the letter names otherwise, or that no calendar has, is left as written.
 */
const NUMERIC_DATE = /(?<![\d/.,:\p{L}])(\d{1,2})\/(\d{1,2})(?:[-/.](20\d{2}))?(?![\d/\p{L}])/gu;
const WEEKDAY_BEFORE = /(\p{L}+)\.?\s+(?:d\.|den|the)?\s*$/iu;

export function numericDatesSaid(quote: string, event: MeetingEvent, lang: Lang): string | undefined {
  const meeting = DateTime.fromISO(event.start);
  if (!meeting.isValid) return undefined;
  const said: string[] = [];
  for (const match of quote.matchAll(NUMERIC_DATE)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    // Without a year, the one nearest the meeting: a deadline a few weeks before it, not a year away.
    const years = match[3] ? [Number(match[3])] : [meeting.year - 1, meeting.year, meeting.year + 1];
    const dates = years
      .map((year) => DateTime.fromObject({ year, month, day }))
      .filter((date) => date.isValid)
      .sort((a, b) => Math.abs(a.diff(meeting).as('days')) - Math.abs(b.diff(meeting).as('days')));
    const date = dates[0];
    if (!date || Math.abs(date.diff(meeting).as('days')) > 200) continue;
    const named = WEEKDAY_BEFORE.exec(quote.slice(0, match.index))?.[1]?.toLowerCase();
    const weekday = named ? weekdayNumber(named) : undefined;
    if (weekday !== undefined && weekday !== date.weekday) continue;
    said.push(messages(lang).answers.numericDate(match[0], formatDate(date, lang)));
  }
  return said.length > 0 ? said.join(' ') : undefined;
}
