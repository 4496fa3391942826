import { messages } from '../i18n';
import type { Frame } from '../understanding/frame';
import { whoSentence } from '../understanding/whoSentence';
import { coveringSentences } from './coveringSentence';
import type { AnswerContext, Part } from './parts';

/**
 * "who's doing the TR bit?" when no typed fact (programme, people, roles) answers who: the one sentence of the letter
 * that speaks of it and names someone (see whoSentence), quoted.
 */
export function whoPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.check || frame.itemCheck || frame.elsewhere || frame.inherited) return undefined;
  const sentence = whoSentence(frame.clause, context.knowledge);
  if (!sentence) return undefined;
  // A sentence of the letter that covers the whole question answers it, unless this one is it with the list it
  // introduces ("Fra entreprenøren kommer:" and its names).
  const covering = coveringSentences(frame.clause, context.knowledge);
  if (covering.length > 0 && !(covering.length === 1 && sentence.startsWith(covering[0]!))) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(sentence, other), other };
}
