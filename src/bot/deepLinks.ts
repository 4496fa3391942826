import type { Activity } from 'botbuilder';
import { titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';

/**
 * Links that open the bot on one event.
 *
 * Web Chat (`…/chat?event=<id>` on the organisation's own page): the page reads `event` from its address and puts it
 * in `channelData.eventId` of what it sends — the `webchat/join` event it sends when connected (the bot then
 * welcomes the user to that meeting) and every message (a store middleware on DIRECT_LINE/POST_ACTIVITY). Direct
 * Line's own conversationUpdate carries nothing from the page, so it cannot be the carrier. `value.eventId` of the
 * `webchat/join` event is read too.
 *
 * Teams: a deep link to a chat with a bot can carry no hidden context. The one thing it can do is open the 1:1 chat
 * with the bot with a message typed into the compose box (`/l/chat/0/0?users=28:<bot id>&message=…`); the user sends
 * it. That message names the meeting and ends with its id in brackets, which the bot reads (eventIdIn).
 */

/** The Web Chat event a page sends when it has connected (Microsoft's Web Chat welcome pattern). */
export const WEB_CHAT_JOIN = 'webchat/join';

const EVENT_ID = /^[a-z0-9][a-z0-9-]{2,80}$/;

/** An event named by a Web Chat deep link: `channelData.eventId`, or `value.eventId` of the `webchat/join` event. */
export function eventHintOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { eventId?: unknown } | undefined)?.eventId;
  const fromJoin =
    activity.type === 'event' && activity.name === WEB_CHAT_JOIN
      ? (activity.value as { eventId?: unknown } | undefined)?.eventId
      : undefined;
  for (const hint of [fromChannelData, fromJoin]) if (typeof hint === 'string' && EVENT_ID.test(hint)) return hint;
  return undefined;
}

/**
 * The event id a message carries in square brackets, as the Teams deep link's message does ("Jeg har et spørgsmål
 * om „…“ [sommerfest-2031]"), or a message that is nothing but an id with a dash in it. The caller checks that an
 * event has it.
 */
export function eventIdIn(text: string): string | undefined {
  const bracketed = /\[\s*([a-z0-9][a-z0-9-]{2,80})\s*\]/i.exec(text)?.[1];
  if (bracketed) return bracketed.toLowerCase();
  const bare = text.trim().toLowerCase();
  return EVENT_ID.test(bare) && bare.includes('-') ? bare : undefined;
}

/** The message a Teams deep link types into the compose box for this event (the user sends it). */
export function linkMessage(event: MeetingEvent, lang: Lang): string {
  return `${messages(lang).events.linkMessage(titleOf(event, lang))} [${event.id}]`;
}

/**
 * A Teams deep link that opens the 1:1 chat with the bot with the event's message in the compose box; the user sends
 * it. `botAppId` is the bot's Microsoft App ID (the manifest's botId). The app must be available to the user (installed,
 * or allowed by the tenant's app policies); the message reaches the bot only when the user presses send.
 */
export function teamsChatLink(botAppId: string, event: MeetingEvent, lang: Lang): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}&message=${encodeURIComponent(linkMessage(event, lang))}`;
}
