import { perEvent } from '../event/memo';
import type { EventKnowledge } from './knowledge';
import { COLLOQUIAL } from './lexicon/colloquial';

const SPOKEN = new RegExp(`(?<!\\p{L})(?:${[...COLLOQUIAL.keys()].join('|')})(?!\\p{L})`, 'giu');

const SPOKEN_ANY = new RegExp(SPOKEN.source, 'iu');

const written = perEvent<string>();

/**
 * A message with its spoken words in the written words letters use ("hvad er der for ungerne" → "… børnene"), so
 * that the letter's sentence naming them is found and seen to speak of them. Not where the letter writes the spoken word.
 */
export function inWrittenWords(message: string, knowledge: EventKnowledge): string {
  if (!SPOKEN_ANY.test(message)) return message;
  const letter = written(knowledge.event, 'lower-case text', () => knowledge.event.text.toLowerCase());
  return message.replace(SPOKEN, (word) => {
    const lower = word.toLowerCase();
    return new RegExp(`(?<!\\p{L})${lower}(?!\\p{L})`, 'u').test(letter) ? word : COLLOQUIAL.get(lower)!;
  });
}
