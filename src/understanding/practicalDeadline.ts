import type { PracticalTopic } from '../event/model';
import type { Frame } from './frame';
import { EventKnowledge, LEXICON } from './knowledge';
import { tokenize } from './normalize';
import { PRACTICAL_SUBJECTS } from './subjects';
import { BY_WHEN_ASKED, DEADLINE_SAID, TIME_OR_DATE, isSignUpSentence, timedSentence, whenOfFrame } from './timedSentence';

/**
 * "until when are the rooms held?", "by when must I book the hotel?": by or until when of a practical matter whose
 * fact names no date (the hotel, its price and its booking code) is the letter's sentence that names the matter with
 * a deadline, where there is one; else the fact answers as before.
 */
export function practicalDeadline(frame: Frame, knowledge: EventKnowledge): Frame {
  const topic = frame.topic;
  if (!topic || frame.check || frame.items || frame.passage || (frame.aspect !== 'when' && frame.aspect !== 'end')) return frame;
  if (!PRACTICAL_SUBJECTS.has(topic as never) || !BY_WHEN_ASKED.test(frame.clause)) return frame;
  const fact = knowledge.event.practical[topic as PracticalTopic];
  const said = [fact?.text.da, fact?.text.en].filter(Boolean).join(' ');
  // A fact that gives a deadline answers; one that gives other dates (the nights booked) does not.
  if (fact?.time || (TIME_OR_DATE.test(said) && DEADLINE_SAID.test(said))) return frame;
  const thing = tokenize(frame.clause)
    .map((token) => token.folded)
    .filter((word) => word.length >= 3 && !LEXICON.questionWords.has(word) && !EventKnowledge.isEntityOrFunction(word));
  const found = timedSentence(thing, knowledge, frame.clause);
  if (!found || isSignUpSentence(found.text, knowledge)) return frame;
  return whenOfFrame(frame, thing, found);
}
