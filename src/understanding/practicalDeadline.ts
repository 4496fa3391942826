import type { PracticalTopic } from '../event/model';
import type { Frame } from './frame';
import { EventKnowledge, LEXICON } from './knowledge';
import { tokenize } from './normalize';
import { PRACTICAL_SUBJECTS } from './subjects';
import { BY_WHEN_ASKED, DEADLINE_SAID, TIME_OR_DATE, isSignUpSentence, timedSentence, whenOfFrame } from './timedSentence';

/** Telling or signing up, as the clause asks by when to do it ("melde", "sige til", "tell", "register"). */
const TELLING = /^(meld|tilmeld|afmeld|sig$|sige|give|giv$|tell|let$|inform|sign|regist|notif|besked)/;

/**
 * "until when are the rooms held?", "by when must I book the hotel?": by or until when of a practical matter whose
 * fact names no date (the hotel, its price and its booking code) is the letter's sentence that names the matter with
 * a deadline, where there is one; else the fact answers as before.
 */
export function practicalDeadline(frame: Frame, knowledge: EventKnowledge, onlyThing = false): Frame {
  const topic = frame.topic;
  if (!topic || frame.check || frame.items || frame.passage || (frame.aspect !== 'when' && frame.aspect !== 'end')) return frame;
  if (!PRACTICAL_SUBJECTS.has(topic as never) || !BY_WHEN_ASKED.test(frame.clause)) return frame;
  const fact = knowledge.event.practical[topic as PracticalTopic];
  const said = [fact?.text.da, fact?.text.en].filter(Boolean).join(' ');
  // A fact that gives a deadline answers; one that gives other dates (the nights booked) does not.
  if (fact?.time || (TIME_OR_DATE.test(said) && DEADLINE_SAID.test(said))) return frame;
  const thing = tokenize(frame.clause)
    .map((token) => token.folded)
    .filter((word) => word.length >= 3 && !LEXICON.questionWords.has(word) && !EventKnowledge.isEntityOrFunction(word))
    // The words of the deadline and of telling someone ("senest melde") name no thing: any deadline sentence has them.
    .filter((word) => !onlyThing || (!DEADLINE_SAID.test(word) && !TELLING.test(word)));
  const found = timedSentence(thing, knowledge, frame.clause);
  if (!found || isSignUpSentence(found.text, knowledge)) return frame;
  return whenOfFrame(frame, thing, found);
}

/**
 * "hvornår skal man senest melde afbud?", "senest melde sig til spisning": a deadline asked of another practical
 * matter named anywhere in the clause is that matter's — when its fact or a sentence naming it gives a deadline with a
 * date; else undefined (the deadline is then signing up's, as before).
 */
export function deadlineOfPractical(frame: Frame, subject: string, knowledge: EventKnowledge): Frame | undefined {
  if (!PRACTICAL_SUBJECTS.has(subject as never) || !BY_WHEN_ASKED.test(frame.clause)) return undefined;
  const asked: Frame = { ...frame, topic: subject as Frame['topic'], aspect: 'when', cueWords: [] };
  const fact = knowledge.event.practical[subject as PracticalTopic];
  const said = [fact?.text.da, fact?.text.en].filter(Boolean).join(' ');
  if (fact?.time || (TIME_OR_DATE.test(said) && DEADLINE_SAID.test(said))) return asked;
  const found = practicalDeadline(asked, knowledge, true);
  if (found.passage && DEADLINE_SAID.test(found.passage.text)) return found;
  // "spisning" of a paragraph saying "Bagefter er der spisning … hvis du spiser med, senest søndag …": the one
  // paragraph that names the matter and gives a deadline with a date, whose sentences split the two apart.
  const stems = thingOf(frame.clause).map((word) => word.slice(0, Math.max(4, word.length - 1)));
  const dated = stems.length === 0 ? [] : knowledge.passages.containing(stems).filter((text) => DATED_DEADLINE.test(text));
  if (dated.length !== 1 || isSignUpSentence(dated[0]!, knowledge)) return undefined;
  return { ...asked, topic: undefined, aspect: undefined, passage: { id: '', text: dated[0]!, score: 0, matchedTerms: 1 } };
}

/** A deadline word right before a date ("senest søndag den 7. marts", "by 4 May"). */
const DATED_DEADLINE = new RegExp(
  String.raw`(?<!\p{L})(?:senest|inden|frem til|no later than|by|until)\s+(?:\p{L}+dag\s+|\p{L}+day\s+)?(?:den\s+|the\s+)?\d{1,2}(?:\.|/|\s)`,
  'iu',
);

function thingOf(clause: string): string[] {
  return tokenize(clause)
    .map((token) => token.folded)
    .filter((word) => word.length >= 4 && !LEXICON.questionWords.has(word) && !EventKnowledge.isEntityOrFunction(word))
    .filter((word) => !DEADLINE_SAID.test(word) && !TELLING.test(word));
}
