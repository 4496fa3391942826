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

const lineSentencesMemo = perEvent<readonly { readonly sentence: string; readonly line: string }[]>();

/**
 * The sentences of the letter's own lines, each with its line, spaces made single: a passage runs a block of short
 * lines ("Tid og sted") together, and a line says one thing. Made once per event.
 */
export function lineSentences(event: MeetingEvent): readonly { readonly sentence: string; readonly line: string }[] {
  return lineSentencesMemo(event, 'lineSentences', () =>
    event.text
      .split('\n')
      .flatMap((line) => sentencesOfLine(line.trim()).map((sentence) => ({ sentence: sentence.replace(/\s+/g, ' ').trim(), line }))),
  );
}
