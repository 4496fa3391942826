import type { EventKnowledge } from './knowledge';
import type { Frame } from './frame';
import { placedSentence, timedSentence, whenOfFrame } from './timedSentence';

/**
 * "hvornår kommer mødematerialet?", "when will the meeting minutes be sent?": when a thing of the meeting comes out
 * (its papers, minutes, attachments, recording), not when the meeting is. The meeting word in the clause
 * ("møde-", "meeting") names whose thing it is; the thing's own sentence with a time answers, else it is not stated.
 */

/** Things a meeting hands out before or after it, alone or as the head of a compound ("mødematerialet"), folded. */
const MATERIAL =
  /^(?:m(?:o|oe)de|meeting)?(materiale\p{L}*|materials?|referat\p{L}*|minutes|bilag\p{L}*|attachments?|optagelse\p{L}*|recordings?|slides|dokument\p{L}*|documents?|papers)$/u;

/** The words of a when-question that name a meeting's material, with their heads ("materialet" of "mødematerialet"). */
export function materialAsked(words: readonly string[]): Array<{ word: string; head: string }> {
  return words.flatMap((word) => {
    const found = MATERIAL.exec(word);
    return found ? [{ word, head: found[1]! }] : [];
  });
}

/**
 * A when-question about a meeting's material: the frame that asks when of it, with the letter's sentence that names it
 * with a time when there is one. Undefined when no material is named.
 */
export function materialWhenFrame(frame: Frame, words: readonly string[], knowledge: EventKnowledge): Frame | undefined {
  const asked = materialAsked(words);
  if (asked.length === 0) return undefined;
  const found =
    timedSentence(
      asked.map((a) => a.word),
      knowledge,
      frame.clause,
    ) ??
    timedSentence(
      asked.map((a) => a.head),
      knowledge,
      frame.clause,
    );
  return whenOfFrame(
    frame,
    asked.map((a) => a.head),
    found,
  );
}

/** Where a thing is found or put afterwards: "where can I find it afterwards", "hvor bliver det lagt op". */
const FOUND_AFTER =
  /(?<!\p{L})(find\p{L}*|lagt op|lægges (?:op|ud)|lagt ud|ligger|posted|uploaded|put up|available|tilgængelig\p{L}*|watch|afterwards|bagefter|later|senere)(?!\p{L})/iu;
/** Words for a recording, as letters write them, folded. */
const RECORDING = ['optagelse', 'optagelsen', 'optages', 'optaget', 'recording', 'recorded'];
/** "it", "det", "den": the thing asked of before. */
const IT = /(?<!\p{L})(it|they|them|det|den|de|dem)(?!\p{L})/iu;

/**
 * "is it recorded" then "where can I find it afterwards", "hvornår kommer referatet og hvor bliver det lagt op": "it" is
 * the recording or the minutes asked of before, not the meeting, so the venue is no answer. After a question about
 * taking part online, the online fact answers (it says where recordings go); after a when-question of a thing, that
 * thing's sentence saying where, else it is not stated.
 */
export function whereOfThingBefore(
  frame: Frame,
  before: Frame | undefined,
  previousTopic: Frame['topic'],
  knowledge: EventKnowledge,
): Frame {
  if (frame.topic !== 'where' || frame.check || !IT.test(frame.clause) || !FOUND_AFTER.test(frame.clause)) return frame;
  if (before?.whenOf?.length) return whenOfFrame(frame, before.whenOf, placedSentence(before.whenOf, knowledge), 'place');
  const online = before ? before.topic === 'online' : previousTopic === 'online';
  // Found afterwards, of a meeting online: its recording, where the letter's sentence on it says it is put, or not stated.
  if (online) return whenOfFrame(frame, RECORDING, placedSentence(RECORDING, knowledge), 'place');
  return frame;
}
