import { ActivityTypes, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import type { Reply } from '../replies';
import { buttonsCard, renderCard } from './cards';

/** Where a reply goes: which client, and whether others read along. */
export interface Audience {
  channelId: string;
  /** A Teams channel or group chat: no suggested actions there. */
  group: boolean;
}

/** Teams shows at most this many suggested actions, and only in personal chat. */
const TEAMS_SUGGESTIONS = 3;

const localeOf = (lang: Lang) => (lang === 'da' ? 'da-DK' : 'en-GB');

function dataUrl(content: string, contentType: string): string {
  return `data:${contentType};charset=utf-8;base64,${Buffer.from(content, 'utf8').toString('base64')}`;
}

/**
 * A reply as a message activity for its audience. A card carries the reply's text as its fallback and, where it is
 * an Adaptive Card, at its top: text and card are never sent both (every client would show the content twice).
 * Suggested actions only where the client shows them — in Teams, three at most and only in personal chat; more
 * choices come as a card of buttons.
 */
export function renderReply(
  reply: Reply,
  audience: Audience,
  events: { byId(id: string): MeetingEvent | undefined; signUpOpen(event: MeetingEvent): boolean },
): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message, textFormat: 'plain', locale: localeOf(reply.lang) };
  const attachments: Attachment[] = [];
  const card = reply.card
    ? renderCard(
        reply.card,
        reply.text,
        reply.lang,
        (id) => events.byId(id),
        (event) => events.signUpOpen(event),
      )
    : undefined;
  const adaptive = card?.contentType === 'application/vnd.microsoft.card.adaptive';
  if (card) attachments.push(card);
  if (!adaptive) Object.assign(activity, textFor(reply.text, audience));
  else activity.summary = reply.text.split('\n')[0];
  for (const file of reply.files ?? [])
    attachments.push({ contentType: file.contentType, name: file.name, contentUrl: dataUrl(file.content, file.contentType) });

  // A choice the card already offers as a button is not offered a second time below it.
  const onCard = new Set(
    adaptive ? ((card.content as { actions?: Array<{ title?: string }> }).actions ?? []).map((action) => action.title) : [],
  );
  const suggestions = (reply.suggestions ?? []).filter((suggestion) => !onCard.has(suggestion.title));
  if (reply.feedback) {
    const f = messages(reply.lang).feedback;
    suggestions.push(
      { title: f.yes, value: { moedebot: 'feedback', helpful: 'yes' } },
      { title: f.no, value: { moedebot: 'feedback', helpful: 'no' } },
    );
  }
  const teams = audience.channelId === 'msteams';
  if (suggestions.length > 0 && !audience.group) {
    if (teams && suggestions.length > TEAMS_SUGGESTIONS) {
      if (!card) {
        attachments.push(buttonsCard(reply.text, suggestions));
        delete activity.text;
        activity.summary = reply.text.split('\n')[0];
      } else if (adaptive) {
        const content = card.content as { actions?: unknown[] };
        content.actions = [...(content.actions ?? []), ...buttonsActions(suggestions)];
      }
    } else {
      activity.suggestedActions = MessageFactory.suggestedActions(suggestions.map((s) => s.title)).suggestedActions;
    }
  }
  if (attachments.length > 0) activity.attachments = attachments;
  return activity;
}

/**
 * A text as the client shows it. Teams (and the Agents Playground, which renders as Teams does) runs the lines of
 * plain text together, so a text of several lines goes there as its XML (HTML) format: every character escaped, so
 * nothing anyone typed becomes markup, and each line break a <br>. Elsewhere plain text keeps its line breaks.
 */
export function textFor(text: string, audience: Audience): Pick<Activity, 'text' | 'textFormat'> {
  if (audience.channelId !== 'msteams' || !text.includes('\n')) return { text, textFormat: 'plain' };
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { text: escaped.replace(/\r?\n/g, '<br>'), textFormat: 'xml' };
}

function buttonsActions(buttons: Array<{ title: string; value?: Record<string, string> }>) {
  return buttons.map((button) => ({
    type: 'Action.Submit',
    title: button.title,
    data: button.value ?? { msteams: { type: 'imBack', value: button.title } },
  }));
}
