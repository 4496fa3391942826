import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { Answer } from '../../src/answers/compose';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import type { FollowUpContext } from '../../src/understanding/frame';
import { EventKnowledge } from '../../src/understanding/knowledge';

const built = new WeakMap<MeetingEvent, EventKnowledge>();

/**
 * An event's knowledge, built once per event object in a process, as the bot builds it once per event and uses it
 * for every turn: building it (vocabulary, passage index) costs more than most questions asked of it, and files ask
 * the same event hundreds of times. Knowledge is only read after it is built; a test that changes an event changes
 * a copy (structuredClone, or the event parsed from changed YAML), which is another object with knowledge of its own.
 */
export function knowledgeOf(event: MeetingEvent): EventKnowledge {
  let knowledge = built.get(event);
  if (!knowledge) built.set(event, (knowledge = new EventKnowledge(event)));
  return knowledge;
}

/** The knowledge of a letter's unedited draft, as an organiser imports it on `today` ("2027-02-01"). */
export function draftKnowledge(letter: string, today: string, id: string): EventKnowledge {
  return new EventKnowledge(parseEvent(importLetter(letter, { today, id }).event, `${id}.txt`));
}

/** The answers to a conversation's turns, each a follow-up of the one before, asked at `now` (none for a request). */
export function conversationAnswers(knowledge: EventKnowledge, now: DateTime, ...turns: string[]): (Answer | undefined)[] {
  let context: FollowUpContext | undefined;
  return turns.map((turn) => {
    const asked = ask(turn, knowledge, { now, context });
    context = asked.answer ? { ...asked.answer.memory, lang: asked.understanding.lang } : context;
    return asked.answer;
  });
}

/** The answers' texts of a conversation's turns (see conversationAnswers). */
export function conversation(knowledge: EventKnowledge, now: DateTime, ...turns: string[]): string[] {
  return conversationAnswers(knowledge, now, ...turns).map((answer) => answer?.text ?? '');
}

/**
 * The preamble of tests that write their own letters: letters given as lines are imported on the day of `nowIso`
 * and asked at that moment; `answer` is the text of the answer to one question.
 */
export function lettersAskedAt(nowIso: string) {
  const now = DateTime.fromISO(nowIso, { setZone: true });
  const today = nowIso.slice(0, 10);
  return {
    now,
    answer: (knowledge: EventKnowledge, question: string) => conversation(knowledge, now, question)[0]!,
    knowledgeOf: (lines: string[], id: string) => draftKnowledge(lines.join('\n'), today, id),
  };
}
