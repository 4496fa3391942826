import { DateTime } from 'luxon';
import { formatClock, formatDate, formatDay, formatRelative, formatWhen, meetingState } from '../event/format';
import type { EventDay, MeetingEvent } from '../event/model';
import { CLOSING_ITEM } from '../event/import/days';
import { messages } from '../i18n';
import type { Check, Frame } from '../understanding/frame';
import { type AnswerContext, type Part, quote } from './parts';
import { itemLine } from './programme';
import { escapeRegExp } from '../util/regExp';

/**
 * Answers about one day of a meeting held over several days ("what time does day 2 start", "hvornår slutter dag 1",
 * "hvad laver vi på dag 2"), and yes/no questions about its days ("er det 2 dage i træk?", "er det den 16.?").
 */

const dateOf = (event: MeetingEvent, day: EventDay): DateTime => DateTime.fromISO(day.date, { zone: event.timeZone });

/** That day's times, its end, or what happens on it; not stated when the letter does not give it for that day. */
export function dayPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const index = frame.day!;
  const day = event.days[index];
  if (!day) return undefined;
  const number = index + 1;
  const last = index === event.days.length - 1;
  switch (frame.topic) {
    case 'end': {
      const end = day.end ?? programmeEnd(event, day);
      if (!end || (last && event.endIsEstimate)) return undefined;
      return { text: m.dayEnd(number, formatClock(end, lang, event.clock), formatDate(dateOf(event, day), lang)) };
    }
    case 'programme':
      return dayProgramme(index, context);
    case 'online': {
      // The day's own link, meeting ID and passcode, as its programme item gives them.
      const item = event.programme.find((found) => found.date === day.date && found.description);
      if (!item?.description) return undefined;
      const said = quote(context, item.description);
      return { text: m.passage(said.text, said.other), other: said.other };
    }
    default:
      return { text: m.day(number, formatDay(event, day, lang)) };
  }
}

/**
 * When a day with no end of its own ends by its programme: its last item's end, or the time of a last item that
 * closes the day ("15.00 End of programme"); not the start of a last item that runs on ("19.00 Network dinner").
 */
function programmeEnd(event: MeetingEvent, day: EventDay): string | undefined {
  const items = event.programme.filter((item) => item.date === day.date && item.start);
  const final = items[items.length - 1];
  if (!final) return undefined;
  if (final.end) return final.end;
  return Object.values(final.title).some((title) => title && CLOSING_ITEM.test(title)) ? final.start : undefined;
}

/** The items of that day, or the letter's paragraph that names the day's title. */
function dayProgramme(index: number, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const day = event.days[index]!;
  const items = event.programme.filter((item) => item.date === day.date);
  if (items.length > 0) {
    const lines = items.flatMap((item) => [
      itemLine(event, item, lang),
      ...item.items.map((sub) => m.subItem(quote(context, sub.title).text)),
    ]);
    return { text: m.dayProgramme(index + 1, lines), other: items.some((item) => quote(context, item.title).other) };
  }
  const title = day.title ? quote(context, day.title).text : undefined;
  if (!title) return undefined;
  // The letter's whole paragraph (a heading with its bullets), not the bullets the passage search splits it into.
  const pattern = new RegExp(escapeRegExp(title), 'i');
  const paragraph = event.passages.find((passage) => pattern.test(passage.text))?.text;
  if (!paragraph) return undefined;
  return { text: m.passage(paragraph, event.language !== lang), other: event.language !== lang };
}

/** Whether the days follow one another with no day between. */
const consecutive = (days: EventDay[]): boolean =>
  days.every(
    (day, i) =>
      i === 0 ||
      DateTime.fromISO(days[i - 1]!.date)
        .plus({ days: 1 })
        .toISODate() === day.date,
  );

/** A yes/no question about the days, or a date, weekday or time of one of them: confirmed or corrected. */
export function daysCheck(check: Check, context: AnswerContext): Part | undefined {
  const { event, lang, now } = context;
  const m = messages(lang).answers;
  const fact = m.when(formatWhen(event, lang), formatRelative(event, now, lang), meetingState(event, now));
  const days = event.days;
  switch (check.kind) {
    case 'days': {
      const right = (check.count === undefined || check.count === days.length) && (!check.consecutive || consecutive(days));
      return { text: right ? m.yes(fact) : m.no(fact) };
    }
    case 'date': {
      if (check.dates.length > 1) return { text: m.which(fact) };
      const matches = check.dates.some((date) =>
        days.some((day) => {
          const at = dateOf(event, day);
          return (
            date.day === at.day &&
            (date.month === undefined || date.month === at.month) &&
            (date.year === undefined || date.year === at.year)
          );
        }),
      );
      return { text: matches ? m.yes(fact) : m.no(fact) };
    }
    case 'weekday': {
      if (check.weekdays.length > 1) return { text: m.which(fact) };
      const matches = days.some((day) => check.weekdays.includes(dateOf(event, day).weekday));
      return { text: matches ? m.yes(fact) : m.no(fact) };
    }
    case 'time': {
      if (check.day === undefined) return undefined;
      const day = days[check.day]!;
      const time = check.of === 'end' ? day.end : day.start;
      if (!time || (check.of === 'end' && check.day === days.length - 1 && event.endIsEstimate)) return undefined;
      const dayFact = m.day(check.day + 1, formatDay(event, day, lang));
      const [hour, minute] = time.split(':').map(Number);
      if (check.minutes.length > 1) return { text: m.which(dayFact) };
      return { text: check.minutes[0] === hour! * 60 + minute! ? m.yes(dayFact) : m.no(dayFact) };
    }
    default:
      return undefined;
  }
}
