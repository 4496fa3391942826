import type { Entities } from './entities';
import { foldWord } from './normalize';
import type { Frame } from './frame';

/**
 * Facts a yes/no question names to confirm or correct: amounts of money, places, times, dates, weekdays.
 */

/** An amount of money named in a clause ("50 kr", "DKK 1.800", "1,800 kroner"), in whole units. */
const AMOUNT_NAMED =
  /(?:\b(?:kr\.?|dkk|eur|€)\s*(\d{1,3}(?:[.,]\d{3})*|\d+)\b)|(?:\b(\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:kr\b\.?|kroner\b|dkk\b|eur\b|euro\b|€|,-))/gi;

export function amountsIn(text: string): number[] {
  return [...text.matchAll(AMOUNT_NAMED)].map((m) => Number((m[1] ?? m[2]!).replace(/[.,](?=\d{3}\b)/g, '')));
}

/** Attaches a yes/no check when the clause names a fact to confirm. */
export function withCheck(frame: Frame, entities: Entities, yesNo: boolean, placeWords: string[]): Frame {
  if (!yesNo && !entities.alternatives) return frame;
  if (frame.topic === 'where' && placeWords.length > 0) {
    return {
      ...frame,
      check: {
        kind: 'place',
        words: placeWords,
        numbers: [...frame.clause.matchAll(/\b(\d{1,3}[a-z]?)\b/gi)].map((m) => m[1]!),
        // "lok 114", "sal 2": a number with the word it numbers, to hold against the venue's room.
        numbered: [...foldWord(frame.clause.toLowerCase()).matchAll(/(\p{L}{3,})\.?\s+(\d{1,3}[a-z]?)(?!\d)/gu)].map((m) => ({
          word: m[1]!,
          number: m[2]!,
        })),
      },
    };
  }
  if (frame.topic !== 'when' && frame.topic !== 'end' && frame.topic !== 'weekday') return frame;
  if (entities.times.length > 0)
    return {
      ...frame,
      check: { kind: 'time', minutes: entities.times.map((t) => t.minutes), of: frame.topic === 'end' ? 'end' : 'start' },
    };
  if (entities.dates.length > 0) return { ...frame, topic: 'when', check: { kind: 'date', dates: entities.dates } };
  if (entities.weekdays.length > 0) return { ...frame, topic: 'when', check: { kind: 'weekday', weekdays: entities.weekdays } };
  if (entities.relative.length > 0) return { ...frame, topic: 'when', check: { kind: 'relative', days: entities.relative } };
  return frame;
}
