import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { sentencesOfLine } from './normalize';

const sentencesMemo = perEvent<readonly (readonly string[])[]>();

/**
 * Each passage of the letter as its sentences, its line breaks read as spaces: for finding the one sentence that says
 * something and quoting it as the letter writes it. Made once per event.
 */
export function passageSentences(event: MeetingEvent): readonly (readonly string[])[] {
  return sentencesMemo(event, 'passageSentences', () =>
    event.passages.map((passage) => sentencesOfLine(passage.text.replace(/\s+/g, ' ').trim())),
  );
}
