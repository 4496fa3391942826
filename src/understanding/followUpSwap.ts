import type { FollowUpContext } from './frame';
import { ORDINAL_NAMES, ORDINAL_WORDS, SWAP_LEADS } from './lexicon/ordinals';

/**
 * "hvad er punkt 5" then "og 6?", "what's talk 2" then "and 3?", "whats first on the programme" then "and 2nd?": a
 * follow-up that says nothing but another number asks the question before again, of that number. The question before
 * is remembered only when it counts one thing by one number or ordinal, so the swap is never a guess.
 */

/** A number that counts something: "5", "5.", "2nd"; two digits at most (no year, no amount). */
const COUNT = /^(\d{1,2})(?:st|nd|rd|th|\.)?$/iu;

interface Counted {
  /** Where in the text, and what is written there. */
  index: number;
  written: string;
  number: number;
  /** Written as a word ("first", "anden") rather than digits. */
  word: boolean;
}

/** The numbers and ordinal words of a text, in order. */
function countsOf(text: string): Counted[] {
  const found: Counted[] = [];
  // Asked of every answer's question: the ordinal word looked up only for words that are not a number.
  for (const match of text.matchAll(/[\p{L}\p{N}]+\.?/gu)) {
    const written = match[0];
    const digits = COUNT.exec(written);
    if (digits) {
      found.push({ index: match.index, written, number: Number(digits[1]), word: false });
      continue;
    }
    const bare = written.endsWith('.') ? written.slice(0, -1) : written;
    const number = ORDINAL_WORDS[bare.toLowerCase()];
    if (number !== undefined && number > 0) found.push({ index: match.index, written: bare, number, word: true });
  }
  return found;
}

/** Whether a question counts one thing by one number, so a follow-up may swap it ("hvad er punkt 5"). */
export function countsOne(clause: string): boolean {
  return countsOf(clause).length === 1;
}

/** The question before asked again of the number a bare follow-up names, or undefined when the message is no such follow-up. */
export function swappedNumber(message: string, context: FollowUpContext | undefined): string | undefined {
  const before = context?.counted;
  if (!before || !context) return undefined;
  const words = message
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > 4) return undefined;
  const counts = countsOf(message);
  if (counts.length !== 1) return undefined;
  const rest = words.filter((word) => !COUNT.test(word) && ORDINAL_WORDS[word] === undefined);
  if (!rest.every((word) => SWAP_LEADS.has(word))) return undefined;
  const old = countsOf(before);
  if (old.length !== 1) return undefined;
  const [was, now] = [old[0]!, counts[0]!];
  if (was.number === now.number) return undefined;
  // Written as the question before wrote its number: "first" swapped for "2nd" is "second", "5" for "sjette" is "6".
  const lang = context.lang === 'da' ? 'da' : 'en';
  const written = was.word ? ORDINAL_NAMES[lang][now.number - 1] : String(now.number);
  if (written === undefined) return undefined;
  const tail = !was.word && /^\d+(?:st|nd|rd|th)$/iu.test(was.written) ? ordinalSuffix(now.number) : '';
  const end = was.index + was.written.replace(/\.$/u, '').length;
  return `${before.slice(0, was.index)}${written}${tail}${before.slice(end)}`;
}

function ordinalSuffix(number: number): string {
  if (number % 100 >= 11 && number % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][number % 10] ?? 'th';
}
