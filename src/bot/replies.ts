import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder';
import type { Answer } from '../answers/compose';
import { programmeCard } from '../cards/programmeCard';
import type { MeetingEvent } from '../event/schema';
import { messages, type Lang } from '../i18n';

/** Plain text: what users or the event file contain is never interpreted as markup. */
export function textReply(text: string, lang: Lang): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: 'plain', locale: lang === 'da' ? 'da-DK' : 'en-GB' };
}

export function answerReply(answer: Answer, event: MeetingEvent, lang: Lang): Partial<Activity> {
  const reply = textReply(answer.text, lang);
  if (answer.programmeCard) reply.attachments = [programmeCard(event, lang, answer.text)];
  return reply;
}

/** The four buttons of the welcome; their values are sent back as ordinary messages. */
export function withSuggestions(reply: Partial<Activity>, lang: Lang): Partial<Activity> {
  const s = messages(lang).suggestions;
  const actions = MessageFactory.suggestedActions([s.when, s.where, s.programme, s.signUp]).suggestedActions;
  return { ...reply, suggestedActions: actions };
}
