import { createEvents, type DateTime as IcsTime } from 'ics';
import { DateTime } from 'luxon';
import { programmeText } from '../answers/programme';
import { endOf, localText, startOf, titleOf } from '../event/format';
import type { EventDay, EventSession, MeetingEvent } from '../event/model';
import type { Answers } from './model';
import { messages, type Lang } from '../i18n';

/**
 * The meeting as an iCalendar file (RFC 5545), made by the `ics` library. Times are written in UTC, which every
 * calendar converts to its own zone; the offset comes from luxon's rules for the event's zone. No personal data goes
 * in. With an estimated end (the letter gives none) the calendar still needs one; the description says so. A letter
 * that gives the date but no time makes a whole-day entry: its midnight start is no time of the meeting. A meeting
 * over several days gets one entry per day, so a course on the 15th and the 27th does not fill the days between.
 */
export function meetingCalendar(event: MeetingEvent, lang: Lang, answers?: Answers): string {
  const m = messages(lang);
  // Held on alternative dates: the session chosen at sign-up, else the first (which is `start`).
  const session = chosenSession(event, answers);
  const spans = session
    ? [
        {
          start: DateTime.fromISO(session.start, { zone: event.timeZone }),
          end: DateTime.fromISO(session.end, { zone: event.timeZone }),
          wholeDay: event.timeNotStated,
        },
      ]
    : event.days.length > 0
      ? event.days.map((day) => daySpan(event, day))
      : [{ start: startOf(event), end: endOf(event), wholeDay: event.timeNotStated }];
  const venue = session?.venue ?? event.venue;
  const location = [
    venue.name ? localText(event, venue.name, lang).text : undefined,
    venue.address?.line,
    venue.online && !venue.address ? 'Online' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const organisers = event.organisers.map((o) => localText(event, o.name, lang).text);
  const contact = event.people.find((person) => person.roles.includes('contact') && person.email);
  const url = event.practical.online?.url ?? event.registration?.url;
  const common = {
    productId: 'moedebot',
    method: 'PUBLISH',
    title: titleOf(event, lang),
    location: location || undefined,
    description:
      [
        organisers.length ? m.calendarOrganisers(organisers) : undefined,
        event.endIsEstimate && !event.timeNotStated ? m.calendarEndEstimated : undefined,
        event.programme.length ? programmeText(event, lang) : undefined,
      ]
        .filter(Boolean)
        .join('\n\n') || undefined,
    url: url ? (/^https?:\/\//.test(url) ? url : `https://${url}`) : undefined,
    ...(contact?.email ? { organizer: { name: contact.name, email: contact.email } } : {}),
  };
  const result = createEvents(
    spans.map((span, i) => ({
      ...common,
      uid: spans.length > 1 ? `${event.id}-${i + 1}@moedebot` : `${event.id}@moedebot`,
      ...times(span),
    })),
  );
  if (result.error || !result.value) throw new Error(`calendar file could not be made: ${result.error?.name ?? 'empty'}`);
  return result.value;
}

/** The session a registration chose (its answer to the session question), or the first of an event's sessions. */
export function chosenSession(event: MeetingEvent, answers?: Answers): EventSession | undefined {
  if (event.sessions.length === 0) return undefined;
  const field = event.registration?.fields.find((f) => f.session);
  const chosen = field && answers ? field.choices.findIndex((choice) => choice.id === answers[field.id]) : -1;
  return event.sessions[chosen] ?? event.sessions[0];
}

interface Span {
  start: DateTime;
  end: DateTime;
  wholeDay: boolean;
}

/** One day's times; a day without both times the letter gives is a whole-day entry, its hours being unknown. */
function daySpan(event: MeetingEvent, day: EventDay): Span {
  const at = (time: string) => DateTime.fromISO(`${day.date}T${time}`, { zone: event.timeZone });
  if (day.start && day.end) return { start: at(day.start), end: at(day.end), wholeDay: false };
  return { start: at('00:00'), end: at('00:00'), wholeDay: true };
}

type IcsTimes = {
  start: IcsTime;
  end: IcsTime;
  startInputType?: 'utc';
  startOutputType?: 'utc';
  endInputType?: 'utc';
  endOutputType?: 'utc';
};

/** A whole-day entry runs from the first day to the day after the last (DTEND is exclusive), as local dates. */
function times(span: Span): IcsTimes {
  const dateOf = (time: DateTime): [number, number, number] => [time.year, time.month, time.day];
  if (span.wholeDay) return { start: dateOf(span.start), end: dateOf(span.end.startOf('day').plus({ days: 1 })) };
  return {
    start: span.start.toUTC().toMillis(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: span.end.toUTC().toMillis(),
    endInputType: 'utc',
    endOutputType: 'utc',
  };
}

export function calendarFileName(event: MeetingEvent): string {
  return `${event.id}.ics`;
}
