import type { EventKnowledge } from './knowledge';
import type { Frame } from './frame';
import { timedSentence, whenOfFrame } from './timedSentence';

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
