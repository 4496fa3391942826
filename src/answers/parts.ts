import type { DateTime } from 'luxon';
import { localText } from '../event/format';
import type { Localized, MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import type { EventKnowledge } from '../understanding/knowledge';
import type { Frame } from '../understanding/frame';

/**
 * What every kind of answer is built from: the context an answer is made in, a part of an answer, and the helpers
 * that quote the letter (in its own language where the question's is missing) and say where the meeting is.
 */

export interface AnswerContext {
  event: MeetingEvent;
  knowledge: EventKnowledge;
  now: DateTime;
  lang: Lang;
  /** The conversation was already told that texts are quoted in the invitation's language. */
  toldOriginalLanguage?: boolean;
}

export interface Part {
  text: string;
  /** The part says the invitation does not state what was asked (and what it does say instead). */
  notStated?: boolean;
  /** Not stated, but what it gives instead is the nearest fact the letter has (the start for arrival, the signatory for a contact). */
  nearest?: boolean;
  card?: boolean;
  other?: boolean;
  items?: string[];
  person?: string;
  /** The letter's paragraph the part quotes, as the letter writes it. */
  quoted?: string;
}

export function quote(context: AnswerContext, value: Localized): { text: string; other: boolean } {
  return localText(context.event, value, context.lang);
}

export function withOther(found: { text: string; other: boolean }, sentence: (text: string) => string): Part {
  return { text: sentence(found.text), other: found.other };
}

export function faqPart(frame: Frame, context: AnswerContext): Part {
  const answer = quote(context, frame.faq!.entry.answer);
  return { text: messages(context.lang).answers.faq(answer.text, answer.other ? context.event.language : undefined), other: answer.other };
}

export function wherePart(context: AnswerContext): Part | undefined {
  const { event } = context;
  if (event.venue.notStated) return undefined;
  const m = messages(context.lang).answers;
  const name = event.venue.name ? quote(context, event.venue.name).text : undefined;
  const room = event.venue.room ? quote(context, event.venue.room).text : undefined;
  if (event.venue.online && !event.venue.address) {
    const online = event.practical.online;
    return { text: m.online(name, online?.url) };
  }
  return { text: m.where(name, event.venue.address?.line, room) };
}
