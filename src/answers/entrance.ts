import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import { lineSentences } from '../understanding/passageSentences';
import { PROGRAMME_LINE } from '../understanding/timedSentence';
import type { Frame } from '../understanding/frame';
import type { AnswerContext, Part } from './parts';

/**
 * "hvilken indgang?", "which entrance do we use?": the letter's sentence that names an entrance ("Indgang fra
 * gårdsiden"), not the room the meeting is in nor a paragraph that merely names a hall.
 */

/** An entrance or a door asked about. */
const ENTRANCE_ASKED = /(?<!\p{L})(?:\p{L}*indgang\p{L}*|entrances?|doors?|dør|døren|doren)(?!\p{L})/iu;
/** An entrance as letters name one ("indgang C", "hovedindgangen", "the main entrance"). */
const ENTRANCE_SAID = /(?<!\p{L})(?:\p{L}*indgang\p{L}*|entrances?)(?!\p{L})/iu;
/** More sentences than this name an entrance: which one is asked is not for a sentence to say. */
const MOST = 2;

const entranceMemo = perEvent<readonly string[]>();

/** The letter's sentences naming an entrance, programme lines left out, found once per event. */
function entranceSentences(event: MeetingEvent): readonly string[] {
  return entranceMemo(event, 'entranceSentences', () => [
    ...new Set(
      lineSentences(event)
        .filter(({ sentence, line }) => !PROGRAMME_LINE.test(line) && ENTRANCE_SAID.test(sentence))
        .map(({ sentence }) => sentence),
    ),
  ]);
}

export function entrancePart(frame: Frame, context: AnswerContext): Part | undefined {
  if (!ENTRANCE_ASKED.test(frame.clause)) return undefined;
  const sentences = entranceSentences(context.event);
  if (sentences.length === 0 || sentences.length > MOST) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(sentences.join(' '), other), other };
}
