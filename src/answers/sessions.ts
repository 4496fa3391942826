import { DateTime } from 'luxon';
import { formatSession, labelIsDate, localText } from '../event/format';
import type { EventSession, MeetingEvent, Venue } from '../event/model';
import { messages } from '../i18n';
import type { Check, Frame } from '../understanding/frame';
import type { AnswerContext, Part } from './parts';
import { formatDeadline } from './signUp';

/**
 * Answers about a meeting held on alternative dates, each invitee coming to one: when (every session, or the one
 * asked about), where and the sign-up deadline where the sessions differ, and yes/no questions of a date, weekday or
 * time, confirmed when any session has it, with which one. Undefined where the sessions change nothing, so the
 * meeting's own answer stands.
 */

const startOfSession = (event: MeetingEvent, session: EventSession): DateTime => DateTime.fromISO(session.start, { zone: event.timeZone });

function labelOf(context: AnswerContext, session: EventSession): string {
  return localText(context.event, session.label, context.lang).text;
}

/** "Hold 1: tirsdag den 2. marts …", or the date alone when the session is named by its date. */
function whenLine(context: AnswerContext, session: EventSession): string {
  const m = messages(context.lang).answers;
  const label = labelOf(context, session);
  const when = formatSession(context.event, session, context.lang);
  return m.sessionLine(labelIsDate(label) ? undefined : label, when);
}

function allSessions(context: AnswerContext): Part {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const text = m.sessions(event.sessions.map((session) => whenLine(context, session)));
  return event.timeNotStated ? { text: `${text}\n${m.noTimeStated}`, notStated: true, nearest: true } : { text };
}

function oneSession(context: AnswerContext, index: number): Part {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const session = event.sessions[index]!;
  const label = labelOf(context, session);
  const when = formatSession(event, session, lang);
  const text = labelIsDate(label) ? m.sessionNumber(index + 1, when) : m.session(label, when);
  return event.timeNotStated ? { text: `${text} ${m.noTimeStated}`, notStated: true, nearest: true } : { text };
}

function deadlinePart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang, now } = context;
  const m = messages(lang).answers;
  if (!event.sessions.some((session) => session.deadline)) return undefined;
  const own = frame.session === undefined ? undefined : event.sessions[frame.session]?.deadline;
  if (own) return { text: m.deadline(formatDeadline(context, own), DateTime.fromISO(own, { zone: event.timeZone }) < now) };
  const fallback = event.registration?.deadline;
  const lines = event.sessions.flatMap((session) => {
    const deadline = session.deadline ?? fallback;
    return deadline ? [m.sessionLine(labelOf(context, session), formatDeadline(context, deadline))] : [];
  });
  return { text: m.sessionDeadlines(lines) };
}

function placeOf(context: AnswerContext, venue: Venue): string {
  const parts = [venue.name ? localText(context.event, venue.name, context.lang).text : undefined, venue.address?.line];
  const room = venue.room ? localText(context.event, venue.room, context.lang).text : undefined;
  return `${parts.filter(Boolean).join(', ')}${room ? ` (${room})` : ''}` || (venue.online ? 'online' : '');
}

function wherePart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  if (!event.sessions.some((session) => session.venue)) return undefined;
  const own = frame.session === undefined ? undefined : event.sessions[frame.session]?.venue;
  if (own) {
    const session = event.sessions[frame.session!]!;
    return { text: m.sessionPlaces([m.sessionLine(labelOf(context, session), placeOf(context, own))]) };
  }
  const lines = event.sessions.map((session) => {
    const venue = session.venue ?? (event.venue.notStated ? undefined : event.venue);
    return m.sessionLine(labelOf(context, session), venue ? placeOf(context, venue) : '?');
  });
  return { text: m.sessionPlaces(lines) };
}

/** A yes/no question of a date, weekday or start time: yes when one of the sessions has it, saying which. */
function sessionCheck(check: Check, context: AnswerContext, only?: number): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const starts = event.sessions.map((session) => startOfSession(event, session));
  let matching: number[];
  switch (check.kind) {
    case 'date':
      matching = starts.flatMap((start, i) =>
        check.dates.some(
          (d) =>
            d.day === start.day && (d.month === undefined || d.month === start.month) && (d.year === undefined || d.year === start.year),
        )
          ? [i]
          : [],
      );
      break;
    case 'weekday':
      matching = starts.flatMap((start, i) => (check.weekdays.includes(start.weekday) ? [i] : []));
      break;
    case 'time':
      if (check.of !== 'start' || event.timeNotStated) return undefined;
      matching = starts.flatMap((start, i) => (check.minutes.includes(start.hour * 60 + start.minute) ? [i] : []));
      break;
    default:
      return undefined;
  }
  // A question of one session named ("er Nordby-mødet onsdag?") is of that session alone.
  if (only !== undefined) {
    const when = `${formatSession(event, event.sessions[only]!, lang)}.`;
    return { text: matching.includes(only) ? m.yes(when) : m.no(when), notStated: event.timeNotStated };
  }
  const all = allSessions(context);
  if (matching.length === 0) return { text: m.no(all.text), notStated: all.notStated };
  if (matching.length === event.sessions.length && check.kind !== 'date') return { text: m.yes(all.text), notStated: all.notStated };
  const first = event.sessions[matching[0]!]!;
  const label = labelOf(context, first);
  return {
    text: m.sessionMatches(labelIsDate(label) ? undefined : label, formatSession(event, first, lang), event.sessions.length - 1),
  };
}

/** The answer for an event held on alternative dates, or undefined where the meeting's own answer stands. */
export function sessionPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (context.event.sessions.length === 0) return undefined;
  if (frame.check) return sessionCheck(frame.check, context, frame.session);
  switch (frame.topic) {
    case 'when':
    case 'weekday':
    case 'end':
    case 'duration':
      return frame.session === undefined ? allSessions(context) : oneSession(context, frame.session);
    case 'deadline':
      return deadlinePart(frame, context);
    case 'where':
    case 'city':
    case 'room':
      return wherePart(frame, context);
    default:
      return undefined;
  }
}
