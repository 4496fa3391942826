import { createEvent } from 'ics';
import { endOf, startOf } from '../event/format';
import type { MeetingEvent } from '../event/schema';
import { messages, type Lang } from '../i18n';
import { programmeText } from '../answers/compose';

/**
 * The meeting as an iCalendar file (RFC 5545), made by the `ics` library. Times are written in UTC, which
 * every calendar converts to its own zone; the offset comes from luxon's Europe/Copenhagen rules
 * (+01:00 on 30 October 2024, after the change from summer time). No personal data goes in.
 */
export function meetingCalendar(event: MeetingEvent, lang: Lang): string {
  const m = messages(lang);
  const start = startOf(event).toUTC();
  const end = endOf(event).toUTC();
  const address = event.venue.address;
  const result = createEvent({
    uid: `${event.id}@moedebot`,
    productId: 'moedebot',
    method: 'PUBLISH',
    title: event.title[lang],
    start: start.toMillis(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.toMillis(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: `${event.venue.name[lang]}, ${address.street}, ${address.postalCode} ${address.city}`,
    description: `${m.calendarOrganisers(event.organisers.map((o) => o[lang]))}\n\n${programmeText(event, lang)}`,
    url: event.registration.url,
    ...(event.contact.email ? { organizer: { name: event.organisers[0]![lang], email: event.contact.email } } : {}),
  });
  if (result.error || !result.value) throw new Error(`calendar file could not be made: ${result.error?.message ?? 'empty'}`);
  return result.value;
}

export function calendarFileName(event: MeetingEvent): string {
  return `${event.id}.ics`;
}
