import type { DateTime } from 'luxon';
import type { EventCatalogue } from '../event/catalogue';
import { formatWhen, titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { chatSignUpOpen } from '../event/window';
import { messages, type Lang } from '../i18n';
import { reply, type Reply } from '../replies';

/**
 * The welcome: for one meeting (the only one, or the one a link or binding named) with quick replies; for several
 * upcoming ones, a card to pick from. Past meetings are answerable but not offered. In a Teams group or channel it
 * asks to be @mentioned.
 */
export function welcomeReplies(
  catalogue: EventCatalogue,
  now: DateTime,
  lang: Lang,
  chosen?: MeetingEvent,
  where: 'personal' | 'group' = 'personal',
): Reply[] {
  const m = messages(lang);
  const upcoming = catalogue.upcoming(now);
  if (!chosen && upcoming.length > 1) {
    const options = upcoming.map((event) => ({ id: event.id, label: m.events.option(titleOf(event, lang), formatWhen(event, lang)) }));
    return [reply(m.welcomeMany(upcoming.length), lang, { card: { kind: 'events', title: m.events.choose(upcoming.length), options } })];
  }
  const all = catalogue.all();
  const event = chosen ?? upcoming[0] ?? (all.length === 1 ? all[0] : undefined);
  if (!event) return [reply(m.welcome(undefined, 0), lang)];
  const others = upcoming.filter((other) => other.id !== event.id).length;
  const s = m.suggestions;
  const suggestions = [
    s.when,
    s.where,
    s.programme,
    ...(chatSignUpOpen(event, now) ? [s.signUp] : []),
    ...(others > 0 ? [s.otherMeetings] : []),
  ];
  return [reply(m.welcome(titleOf(event, lang), others, where), lang, { suggestions: suggestions.map((title) => ({ title })) })];
}
