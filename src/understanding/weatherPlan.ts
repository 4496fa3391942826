import { perEvent } from '../event/memo';
import type { EventKnowledge } from './knowledge';
import { WEATHER_ASKED, WEATHER_PLANNED } from './lexicon/weather';
import { passageSentences } from './passageSentences';

const phrases = (list: readonly string[]) => new RegExp(`(?<!\\p{L})(?:${list.join('|')})(?!\\p{L})`, 'iu');
const ASKED = phrases(WEATHER_ASKED);
const PLANNED = phrases(WEATHER_PLANNED);

const planned = perEvent<string[]>();

/**
 * "hvad sker der hvis det regner?": the letter's sentences that say what happens in bad weather ("Hvis det regner,
 * flytter vi ind i kantinen"), at most two; none when the question asks no such thing. Its words are common ones
 * ("regner" is also "expects"), which the search of paragraphs does not look for.
 */
export function weatherPlan(clause: string, knowledge: EventKnowledge): string[] | undefined {
  if (!ASKED.test(clause)) return undefined;
  const found = planned(knowledge.event, 'weather plan', () => [
    ...new Set(
      passageSentences(knowledge.event)
        .flat()
        .filter((sentence) => PLANNED.test(sentence)),
    ),
  ]);
  return found.length <= 2 ? found : [];
}
