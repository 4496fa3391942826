import type { FollowUpContext, Frame } from './frame';
import type { EventKnowledge } from './knowledge';
import { tokenize } from './normalize';

/**
 * "hvem er underviser?" answered by the letter's sentence ("Underviser er … fra Hjertelinjen"), then "hvor er han
 * fra?": he is the one that answer named, whom the letter does not list as a person of its own; the sentence that
 * named him, found again with the question before, answers where he is from — never the meeting's venue.
 */

/** Where someone is from or works, of "him" or "her": "hvor er han fra?", "where is she from", "hvor arbejder hun?". */
const ORIGIN_OF_PRONOUN =
  /^\s*(?:(?:og|and|men|but|så|so)\s+)?(?:hvor|where)\b(?=.*\b(?:han|hun|he|she)\b)(?:.*\b(?:fra|from)\s*\??\s*$|.*\b(?:arbejder|ansat|works?|working|employed)\b)/iu;

/** A question of who: "hvem er …", "who teaches". */
const WHO_ASKED = /^\s*(?:(?:og|and)\s+)?(?:hvem|who)(?!\p{L})/iu;

/** The frame of "where is he from?" after a who-question answered by a sentence, or the frame as it was. */
export function originOfPersonBefore(frame: Frame, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  if (!context?.thingQuestion || !WHO_ASKED.test(context.thingQuestion) || context.person || !frame.question) return frame;
  // After programme items named ("punkt 2: … v/ …"), "he" is the one leading them, whom the items answer.
  if (context.items?.length || frame.person || frame.items?.length || frame.check || tokenize(frame.clause).length > 6) return frame;
  if (!ORIGIN_OF_PRONOUN.test(frame.clause)) return frame;
  const found = knowledge.passages.search(`${context.thingQuestion} ${frame.clause}`);
  if (!found) return frame;
  const { topic: _topic, aspect: _aspect, cueWords: _cueWords, ...rest } = frame;
  return { ...rest, foreign: [], passage: found };
}
