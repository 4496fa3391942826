import { EventKnowledge } from './knowledge';
import { foldWord, stemWord } from './normalize';
import { timedSentence } from './timedSentence';

/**
 * "jeg når først at komme til spisningen", "I can only make it to the dinner": coming late for a thing the letter
 * names and times in a sentence of its own (no programme item), which that sentence answers; not the meeting's times.
 */

/** The thing come for: the one word after "til"/"to"/"for" that ends the clause. */
const COMING_FOR = /(?<!\p{L})(?:til|to|for)\s+(?:the\s+|den\s+|det\s+)?(\p{L}[\p{L}-]{2,})\s*[.!?]*\s*$/iu;
/** A time of day as letters write one: "kl. 21.45", "18:30". */
const CLOCK = /(?<!\p{L})(?:kl|klokken)\.?\s*\d|(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)/iu;

export function lateForThing(clause: string, knowledge: EventKnowledge): { thing: string[]; text: string } | undefined {
  const written = COMING_FOR.exec(clause)?.[1];
  if (!written) return undefined;
  const word = foldWord(written.toLowerCase());
  const stem = stemWord(word);
  // The meeting itself, its venue or a word of no thing of its own: the meeting's times answer.
  const ofMeeting = [...knowledge.titleStems, ...knowledge.kindStems].some((own) => own === stem || own.startsWith(stem));
  if (ofMeeting || EventKnowledge.isGeneric(word) || knowledge.placeWords.has(word) || knowledge.venueWords.has(word)) return undefined;
  const found = timedSentence([word], knowledge, clause);
  return found && CLOCK.test(found.text) ? { thing: [word], text: found.text } : undefined;
}
