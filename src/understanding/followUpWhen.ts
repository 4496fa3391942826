import type { FollowUpContext, Frame } from './frame';
import { EventKnowledge, LEXICON } from './knowledge';
import { stemWord, tokenize } from './normalize';
import { WHEN_QUESTION, isSignUpSentence, timedSentence, whenOfFrame } from './timedSentence';

/**
 * "where can I find the material?" then "from when?", "can I send a question beforehand?" then "by when?": a follow-up
 * of a few words that asks when of the thing the question before asked about (one no typed fact answered), not of the
 * meeting. Only a sentence of the letter naming that thing with a time or date answers it; the meeting's time and the
 * sign-up deadline never do.
 */

/** A follow-up asking when, from when, until or by when, or how soon: "by when?", "og fra hvornår?", "how soon?". */
const ASKS_WHEN =
  /^(?:(?:og|and|men|but|so|så)\s+)?(?:(?:from|since|until|till|by|fra|til|indtil|inden|senest)\s+)?(?:when|hvorn(?:å|aa|a)r|what date|which date|hvilken dato|how soon|hvor hurtigt|hvor snart)(?!\p{L})/iu;
/** "og den sidste?", "and the first one?": one of the times a when-question before was answered with. */
const ONE_OF_THEM =
  /^(?:(?:og|and|men|but|what about|hvad med)\s+)?(?:den|the)\s+(?:sidste|første|tidligste|seneste|last|first|earliest|latest)(?:\s+one)?(?=\s*\??$)/iu;
/** Words a follow-up of when may say besides the question word: "does it open", "kan jeg så", "is it", "senest". */
const FILLER =
  /^(?:does|do|did|is|are|was|will|can|could|should|must|it|they|that|this|then|there|i|we|you|open|opens|close|closes|start|starts|end|ends|happen|be|er|kan|skal|må|ma|man|jeg|vi|du|det|den|de|så|sa|da|åbner|abner|lukker|starter|slutter|sker|være|vaere|ud|op|kommer|senest|seneste|sidst|latest)$/iu;
/** What the asker said before that a when of it answers: the topics of the meeting's own time are not a thing. */
const MEETING_TIME = new Set<Frame['topic']>(['when', 'end', 'duration', 'weekday', 'deadline', 'signUpOpen']);

/** The frame of a follow-up asking when of the thing asked before, or the frame as it was. */
export function whenOfThingBefore(frame: Frame, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  const before = context?.passageQuestion ?? context?.thingQuestion;
  if (!before || frame.check || frame.items || frame.person || frame.whenOf || frame.passage) return frame;
  // After a typed fact ("can I vote online?"), only a sentence that names the thing with a time answers; else the
  // question may as well be of the meeting.
  const typedBefore = (context?.topics?.length ?? 0) > 0;
  if (frame.topic !== undefined && !MEETING_TIME.has(frame.topic)) return frame;
  const clause = frame.clause.trim();
  // "hvornår kører bussen hjem?" then "og den sidste?": one of the times asked before, which the same sentence gives.
  const question = ASKS_WHEN.exec(clause) ?? (WHEN_QUESTION.test(before) ? ONE_OF_THEM.exec(clause) : null);
  if (!question) return frame;
  const rest = clause
    .slice(question[0].length)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (rest.length > 3 || !rest.every((word) => FILLER.test(word))) return frame;
  const thing = tokenize(before)
    .map((token) => token.folded)
    .filter(
      (word) =>
        word.length >= 3 &&
        !LEXICON.questionWords.has(word) &&
        !EventKnowledge.isEntityOrFunction(word) &&
        !knowledge.titleStems.has(stemWord(word)) &&
        !knowledge.kindStems.has(stemWord(word)),
    );
  if (thing.length === 0) return frame;
  const found = timedSentence(thing, knowledge, clause);
  // The sign-up's own sentence gives its deadline, not the thing's.
  const timed = found && !isSignUpSentence(found.text, knowledge) ? found : undefined;
  if (!timed && typedBefore) return frame;
  return { ...whenOfFrame(frame, thing, timed), foreign: timed ? frame.foreign : [...frame.foreign, ...thing.slice(0, 1)] };
}
