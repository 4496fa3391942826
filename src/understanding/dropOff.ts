import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { lineSentences } from './passageSentences';

/**
 * "hvor bliver vi sat af?", "where does the bus drop us off?": the letter's sentence on where a bus or a car sets its
 * passengers down ("Bussen sætter af ved stationen"), not the meeting's venue.
 */

/** Being set down, as asked and as letters say it. */
const DROP_OFF =
  /(?<!\p{L})(?:(?:sat|sætte|sætter|sættes|saette|saetter|saettes|satte)\s+(?:\p{L}+\s+)?af|afsætning\p{L}*|afsaetning\p{L}*|drop(?:s|ped|ping)?\s+(?:\p{L}+\s+)?off|drop-?off\p{L}*|set(?:s)?\s+down)(?!\p{L})/iu;
/** Asking where: Danish and English. */
const WHERE = /(?<!\p{L})(?:hvor|where|hvilke\s+steder|which\s+stops?)(?!\p{L})/iu;
/** More sentences than this say it: which one is meant is not for a sentence to say. */
const MOST = 2;

const dropOffMemo = perEvent<readonly string[]>();

/** The letter's sentences on being set down, from its own lines, found once per event. */
function dropOffSentences(event: MeetingEvent): readonly string[] {
  return dropOffMemo(event, 'dropOffSentences', () => [
    ...new Set(
      lineSentences(event)
        .filter(({ sentence }) => DROP_OFF.test(sentence))
        .map(({ sentence }) => sentence),
    ),
  ]);
}

/** The sentence saying where passengers are set down, when the clause asks that and the letter says it. */
export function dropOffSentence(clause: string, event: MeetingEvent): string | undefined {
  if (!WHERE.test(clause) || !DROP_OFF.test(clause)) return undefined;
  const sentences = dropOffSentences(event);
  return sentences.length > 0 && sentences.length <= MOST ? sentences.join(' ') : undefined;
}
