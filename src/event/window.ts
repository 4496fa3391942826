import { DateTime } from 'luxon';
import { lastEndOf, startOf } from './format';
import { perEvent } from './memo';
import type { MeetingEvent } from './model';

/**
 * Whether people can sign up now. Closed when the letter says no sign-up is needed or gives none, when the deadline
 * has passed, or once the meeting has started.
 */
export type SignUpWindow =
  | { open: true; deadline?: DateTime }
  | { open: false; reason: 'notOffered' | 'notRequired' | 'deadline' | 'started' | 'past'; closedAt?: DateTime };

export function signUpWindow(event: MeetingEvent, now: DateTime): SignUpWindow {
  const registration = event.registration;
  if (!registration) return { open: false, reason: 'notOffered' };
  if (!registration.required) return { open: false, reason: 'notRequired' };
  // Alternative dates: sign-up stays open for the last one until it starts.
  const last = event.sessions[event.sessions.length - 1];
  const start = last ? DateTime.fromISO(last.start, { zone: event.timeZone }) : startOf(event);
  const ends = lastEndOf(event);
  const deadline = registration.deadline ? deadlineOf(event, registration.deadline) : undefined;
  // Held once it has ended, not a day after it began: a two-day meeting is still going on at noon on its second day.
  if (now >= start) return { open: false, reason: now >= ends ? 'past' : 'started', closedAt: start };
  if (deadline && deadline < start && now >= deadline) return { open: false, reason: 'deadline', closedAt: deadline };
  return deadline && deadline < start ? { open: true, deadline } : { open: true };
}

const deadlines = perEvent<DateTime>();

/** The sign-up deadline, parsed once per event (every sign-up answer and check asks for the window). */
function deadlineOf(event: MeetingEvent, deadline: string): DateTime {
  return deadlines(event, deadline, () => DateTime.fromISO(deadline, { zone: event.timeZone }));
}

/** Whether the chat may take a sign-up now: the window is open and the event offers sign-up here. */
export function chatSignUpOpen(event: MeetingEvent, now: DateTime): boolean {
  return signUpWindow(event, now).open && event.registration?.chat === true;
}
