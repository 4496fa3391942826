import { extractEntities, type Entities } from './entities';
import { EventKnowledge, LEXICON } from './knowledge';
import { foldWord, stemWord, tokenize } from './normalize';
import type { Check, Frame } from './frame';
import { factSentence } from './timedSentence';
import { withGlossary } from './glossary';
import { BEGIN_END_WORDS } from './lexicon/words';
import { perEvent } from '../event/memo';
import { escapeRegExp } from '../util/regExp';

/**
 * Facts a yes/no question names to confirm or correct: amounts of money, places, times, dates, weekdays.
 */

/** An amount of money named in a clause ("50 kr", "DKK 1.800", "1,800 kroner"), in whole units. */
const AMOUNT_NAMED =
  /(?:\b(?:kr\.?|dkk|eur|€)\s*(\d{1,3}(?:[.,]\d{3})*|\d+)\b)|(?:\b(\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:kr\b\.?|kroner\b|dkk\b|eur\b|euro\b|€|,-))/gi;

export function amountsIn(text: string): number[] {
  return [...text.matchAll(AMOUNT_NAMED)].map((m) => Number((m[1] ?? m[2]!).replace(/[.,](?=\d{3}\b)/g, '')));
}

/** "room 3.14", "lok. 2.14", "mødelokale 12": a number after a word for a room. */
const ROOM_NUMBERED = /(?<![\p{L}])(?:\p{L}*lokale\p{L}*|lok|room|rum|rummet)\.?\s*(\d{1,3}(?:[.:]\d{1,3})?[a-z]?)(?![\d.:]?\d)/giu;

/** The room numbers a clause names, written with a full stop ("2.14"). */
export function roomNumbersIn(clause: string): string[] {
  return [...clause.matchAll(ROOM_NUMBERED)].map((m) => m[1]!.replace(':', '.').toLowerCase());
}

/** Attaches a yes/no check when the clause names a fact to confirm. */
export function withCheck(frame: Frame, entities: Entities, yesNo: boolean, placeWords: string[]): Frame {
  if (!yesNo && !entities.alternatives) return frame;
  if (frame.topic === 'where' && (placeWords.length > 0 || roomNumbersIn(frame.clause).length > 0)) {
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
        rooms: roomNumbersIn(frame.clause),
      },
    };
  }
  if (frame.topic !== 'when' && frame.topic !== 'end' && frame.topic !== 'weekday') return frame;
  if (entities.times.length > 0)
    return {
      ...frame,
      check: { kind: 'time', minutes: entities.times.map((t) => t.minutes), of: frame.topic === 'end' ? 'end' : 'start' },
    };
  if (entities.dates.length > 0) {
    const weekdays = entities.dates.length === 1 && entities.weekdays.length === 1 ? { weekdays: entities.weekdays } : {};
    return { ...frame, topic: 'when', check: { kind: 'date', dates: entities.dates, ...weekdays } };
  }
  if (entities.weekdays.length > 0) return { ...frame, topic: 'when', check: { kind: 'weekday', weekdays: entities.weekdays } };
  if (entities.relative.length > 0) return { ...frame, topic: 'when', check: { kind: 'relative', days: entities.relative } };
  return frame;
}

/** A kind of fact a yes/no question may name, and how to read its values from a text (as strings to compare). */
interface FactKind {
  /** Where the facts are in a text, so the words around them name what they are of. */
  spans: RegExp;
  values: (text: string) => string[];
}

const PHONE = /(?<![\d.,])(?:\+45\s?)?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{4}\s\d{4})(?![\d.,]?\d)/g;
const FLOOR =
  /(?<!\p{L})(?:(\d{1,2})\.?\s*(?:sal|etage|floor)|(\d{1,2})(?:st|nd|rd|th)\s+floor|(ground floor|stueetagen|stuen))(?!\p{L})/giu;
const DATE_SPAN =
  /(?<!\p{L})\d{1,2}\.?\s*(?:of\s+)?(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\p{L}*|(?<!\p{L})(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d.:]?\d)|\d{1,2}\/\d{1,2}(?:-\d{2,4})?/giu;
const TIME_SPAN =
  /(?<!\p{L})(?:kl|klokken|at)\.?\s*\d{1,2}(?:[.:]\d{2})?|(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)|\d{1,2}\s*(?:am|pm)(?!\p{L})|\d{1,2}\s*-?\s*tiden/giu;

/** A distance ("3,4 km", "800 meter"), in metres so "3.4 km" and "3400 m" agree. */
const DISTANCE = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(km|kilomet\p{L}*|m|meter|metre|metres|meters)(?!\p{L})/giu;

function distancesIn(text: string): string[] {
  return [...text.matchAll(DISTANCE)].map((m) => {
    const value = Number(m[1]!.replace(',', '.'));
    return String(Math.round(/^k/i.test(m[2]!) ? value * 1000 : value));
  });
}

/** A share ("2,4 %", "3 procent", "5 percent"), as a number so "2,4" and "2.4" agree. */
const PERCENT = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|procent(?!\p{L})|pct\.?|percent(?!\p{L})|per\s+cent(?!\p{L}))/giu;

function percentsIn(text: string): string[] {
  return [...text.matchAll(PERCENT)].map((m) => String(Number(m[1]!.replace(',', '.'))));
}

/**
 * Phone numbers before floors and amounts, amounts before times: "41 88 27 30" is no time, "1.350 kr" no date.
 * Shares before times: "2.50 %" is no time of day.
 */
const FACT_KINDS: FactKind[] = [
  { spans: PHONE, values: (text) => [...text.matchAll(PHONE)].map((m) => m[1]!.replace(/\s/g, '')) },
  {
    spans: FLOOR,
    values: (text) => [...text.matchAll(FLOOR)].map((m) => (m[3] ? '0' : (m[1] ?? m[2])!)),
  },
  { spans: PERCENT, values: percentsIn },
  { spans: AMOUNT_NAMED, values: (text) => amountsIn(text).map(String) },
  { spans: DISTANCE, values: distancesIn },
  { spans: DATE_SPAN, values: (text) => extractEntities(text).dates.map((date) => `${date.day}.${date.month ?? ''}`) },
  { spans: TIME_SPAN, values: (text) => extractEntities(text.replace(PHONE, ' ')).times.map((time) => String(time.minutes)) },
];

/** Words that only say what kind a fact is ("kr", "sal", "kl"), no thing it is of. */
const UNIT_WORDS = new Set([
  'kr',
  'kroner',
  'dkk',
  'eur',
  'euro',
  'sal',
  'etage',
  'floor',
  'kl',
  'klokken',
  'km',
  'kilometer',
  'meter',
  'procent',
  'percent',
  'pct',
  'cent',
  'tiden',
  'nr',
  'tlf',
  'telefon',
  'phone',
  'stadig',
  'still',
]);

/**
 * "skal jeg svare inden 1. januar?", "er kontingentet stadig 1.350 kr?", "skal det mobilepayes til 41 88 27 30?": a
 * yes/no question naming a fact of something else than the meeting. The letter's sentence that names the same thing
 * and gives a fact of the same kind answers it; none, and the meeting's own facts are checked as before.
 */
export function statedCheck(clause: string, knowledge: EventKnowledge): Check | undefined {
  for (const kind of FACT_KINDS) {
    const asked = kind.values(clause);
    if (asked.length === 0) continue;
    // The words beside the fact name what it is of; the meeting's own words name the meeting, answered as before.
    const rest = clause.replace(kind.spans, ' ');
    const thing = tokenize(rest)
      .map((token) => token.folded)
      .filter(
        (word) =>
          word.length >= 3 &&
          !/\d/.test(word) &&
          !UNIT_WORDS.has(word) &&
          !BEGIN_END_WORDS.has(word) &&
          !LEXICON.yesNoStarts.has(word) &&
          // "the", "og": a word of any sentence does not tell which part the fact is of.
          !EventKnowledge.isEntityOrFunction(word) &&
          !knowledge.titleStems.has(stemWord(word)) &&
          // "staff day" of a letter titled "Personaledag": the title's word in the other language names the meeting too;
          // a word the letter writes itself ("fee") names what the letter uses it for, whatever its counterparts.
          !(
            !writtenWords(knowledge).has(word) &&
            [...withGlossary([stemWord(word)])].some(
              (stem) =>
                knowledge.titleStems.has(stem) || (stem.length >= 5 && [...knowledge.titleStems].some((title) => title.startsWith(stem))),
            )
          ) &&
          !knowledge.kindStems.has(stemWord(word)),
      );
    // "er det på 2. sal?": a floor of nothing named is the venue's, given where the letter names the venue.
    const about =
      kind.spans !== FLOOR || thing.some((word) => !EventKnowledge.isGeneric(word))
        ? thing
        : [...knowledge.placeWords].filter((word) => word.length >= 4 && !/\d/.test(word));
    if (about.length === 0) return undefined;
    const found = factSentence(about, knowledge, (sentence) => valuesInLetter(knowledge, kind, sentence).length > 0);
    // "bussen kører vel kl 8.30 fra stationen?": the timed line naming the stop says its time, not a sentence that
    // only shares the verb.
    const line = kind.spans === TIME_SPAN ? timedLineNaming(about, knowledge, found?.text) : undefined;
    if (line) return { kind: 'stated', sentence: line.text, asked, said: [String(line.minutes)] };
    if (!found) return undefined;
    return { kind: 'stated', sentence: found.text, asked, said: [...valuesInLetter(knowledge, kind, found.text)] };
  }
  return undefined;
}

const CLOCK_IN_LINE = /(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:])/gu;

const written = perEvent<ReadonlySet<string>>();

/** The words the letter itself writes, folded: not their counterparts in the other language. */
function writtenWords(knowledge: EventKnowledge): ReadonlySet<string> {
  return written(knowledge.event, 'written', () => new Set(tokenize(knowledge.event.text).map((token) => token.folded)));
}

/** The words asked of that a text names: as written, by stem or counterpart, or as a part of a compound. */
function wordsNamed(about: readonly string[], text: string): Set<string> {
  const words = tokenize(text).flatMap((token) => [token.folded, stemWord(token.folded)]);
  return new Set(
    about.filter((word) =>
      [...withGlossary([stemWord(word)]), word].some(
        (form) =>
          form.length >= 3 &&
          words.some((said) => said === form || (form.length >= 4 && said.startsWith(form)) || (form.length >= 5 && said.endsWith(form))),
      ),
    ),
  );
}

/**
 * The programme's timed line whose title names words asked that the sentence found does not, none that it does, and
 * no fewer of them: its start is the time of the thing asked. Quoted as the letter writes the line.
 */
function timedLineNaming(
  about: readonly string[],
  knowledge: EventKnowledge,
  sentence: string | undefined,
): { text: string; minutes: number } | undefined {
  const inSentence = sentence ? wordsNamed(about, sentence) : new Set<string>();
  let best: { text: string; minutes: number; named: number } | undefined;
  for (const indexed of knowledge.items) {
    const { start, title } = indexed.item;
    const written = Object.values(title).find((text): text is string => typeof text === 'string' && text.length >= 3);
    if (!start || !written) continue;
    const named = wordsNamed(about, written);
    // A line sharing a word with the sentence ("bussen") names the same thing: the sentence, written out, says it.
    if (named.size === 0 || named.size < inSentence.size || [...named].some((word) => inSentence.has(word))) continue;
    if (best && named.size <= best.named) continue;
    const escaped = escapeRegExp(written);
    const paragraph = knowledge.passages.matching(new RegExp(escaped, 'u'))[0];
    const text = paragraph
      ?.split('\n')
      .find((row) => row.includes(written))
      ?.trim();
    // A programme run into one line gives many times: no single one is the thing's, and the item answers as before.
    if (!text || (text.match(CLOCK_IN_LINE) ?? []).length > 1) continue;
    const [hours, minutes] = start.split(':').map(Number);
    best = { text, minutes: hours! * 60 + minutes!, named: named.size };
  }
  return best;
}

const letterValues = new WeakMap<EventKnowledge, Map<FactKind, Map<string, readonly string[]>>>();

/**
 * A kind's values in a sentence of the letter, read once per event: every yes/no question naming a date or a time
 * read the dates and times of every sentence of the letter with a number in it again.
 */
function valuesInLetter(knowledge: EventKnowledge, kind: FactKind, sentence: string): readonly string[] {
  let byKind = letterValues.get(knowledge);
  if (!byKind) letterValues.set(knowledge, (byKind = new Map<FactKind, Map<string, readonly string[]>>()));
  let bySentence = byKind.get(kind);
  if (!bySentence) byKind.set(kind, (bySentence = new Map<string, readonly string[]>()));
  let values = bySentence.get(sentence);
  if (!values) bySentence.set(sentence, (values = kind.values(sentence)));
  return values;
}

/**
 * "is the gift limit 100 kr?" of a letter with a price: an amount of another thing the letter gives in a sentence of
 * its own, with none of the price's amounts, is checked against that sentence, not against the price.
 */
export function otherAmountNamed(clause: string, knowledge: EventKnowledge): boolean {
  const price = knowledge.event.practical.price;
  if (!price || amountsIn(clause).length === 0) return false;
  const stated = statedCheck(clause, knowledge);
  if (stated?.kind !== 'stated') return false;
  const priced = new Set(amountsIn([price.text.da, price.text.en].filter(Boolean).join(' ')).map(String));
  if (price.amount !== undefined) priced.add(String(price.amount));
  return stated.said.length > 0 && !stated.said.some((said) => priced.has(said));
}
