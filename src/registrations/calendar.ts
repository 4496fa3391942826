import { createEvent } from 'ics';
import type { DateTime } from 'luxon';
import { programmeText } from '../answers/programme';
import { endOf, localText, startOf, titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';

/**
 * The meeting as an iCalendar file (RFC 5545), made by the `ics` library. Times are written in UTC, which every
 * calendar converts to its own zone; the offset comes from luxon's rules for the event's zone. No personal data goes
 * in. With an estimated end (the letter gives none) the calendar still needs one; the description says so. A letter
 * that gives the date but no time makes a whole-day entry: its midnight start is no time of the meeting.
 */
export function meetingCalendar(event: MeetingEvent, lang: Lang): string {
  const m = messages(lang);
  const start = startOf(event);
  const end = endOf(event);
  // A whole-day entry runs from the first day to the day after the last (DTEND is exclusive), as local dates.
  const dateOf = (time: DateTime): [number, number, number] => [time.year, time.month, time.day];
  const times = event.timeNotStated
    ? { start: dateOf(start), end: dateOf(end.startOf('day').plus({ days: 1 })) }
    : {
        start: start.toUTC().toMillis(),
        startInputType: 'utc' as const,
        startOutputType: 'utc' as const,
        end: end.toUTC().toMillis(),
        endInputType: 'utc' as const,
        endOutputType: 'utc' as const,
      };
  const venue = event.venue;
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
  const result = createEvent({
    uid: `${event.id}@moedebot`,
    productId: 'moedebot',
    method: 'PUBLISH',
    title: titleOf(event, lang),
    ...times,
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
  });
  if (result.error || !result.value) throw new Error(`calendar file could not be made: ${result.error?.name ?? 'empty'}`);
  return result.value;
}

export function calendarFileName(event: MeetingEvent): string {
  return `${event.id}.ics`;
}
