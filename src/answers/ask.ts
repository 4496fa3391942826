import type { DateTime } from 'luxon';
import type { Lang } from '../i18n';
import type { EventKnowledge } from '../understanding/knowledge';
import { understand } from '../understanding/understand';
import type { FollowUpContext, Understanding } from '../understanding/frame';
import { composeAnswer, type Answer } from './compose';

export interface Asked {
  understanding: Understanding;
  /** Set when the message asks questions about the meeting. */
  answer?: Answer;
}

/**
 * Understanding and answering in one call, for questions outside any dialog: what the router does for a plain
 * question, and what the benchmarks and the event check measure. No botbuilder here.
 */
export function ask(
  text: string,
  knowledge: EventKnowledge,
  options: { now: DateTime; hint?: Lang; context?: FollowUpContext; toldOriginalLanguage?: boolean },
): Asked {
  const understanding = understand(text, knowledge, { hint: options.hint, context: options.context, year: options.now.year });
  if (understanding.kind !== 'question') return { understanding };
  const answer = composeAnswer(understanding.frames, {
    event: knowledge.event,
    knowledge,
    now: options.now,
    lang: understanding.lang,
    toldOriginalLanguage: options.toldOriginalLanguage,
  });
  return { understanding, answer };
}
