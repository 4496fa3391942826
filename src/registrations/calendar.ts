import { createEvent } from 'ics';
import { programmeText } from '../answers/compose';
import { endOf, localText, startOf, titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';

/**
 * The meeting as an iCalendar file (RFC 5545), made by the `ics` library. Times are written in UTC, which every
 * calendar converts to its own zone; the offset comes from luxon's rules for the event's zone. No personal data goes
 * in. With an estimated end (the letter gives none) the calendar still needs one; the description says so.
 */
export function meetingCalendar(event: MeetingEvent, lang: Lang): string {
  const m = messages(lang);
  const start = startOf(event).toUTC();
  const end = endOf(event).toUTC();
  const venue = event.venue;
  const location = [venue.name ? localText(event, venue.name, lang).text : undefined, venue.address?.line, venue.online && !venue.address ? 'Online' : undefined]
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
    start: start.toMillis(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.toMillis(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: location || undefined,
    description: [organisers.length ? m.calendarOrganisers(organisers) : undefined, event.programme.length ? programmeText(event, lang) : undefined].filter(Boolean).join('\n\n') || undefined,
    url: url ? (/^https?:\/\//.test(url) ? url : `https://${url}`) : undefined,
    ...(contact?.email ? { organizer: { name: contact.name, email: contact.email } } : {}),
  });
  if (result.error || !result.value) throw new Error(`calendar file could not be made: ${result.error?.name ?? 'empty'}`);
  return result.value;
}

export function calendarFileName(event: MeetingEvent): string {
  return `${event.id}.ics`;
}
