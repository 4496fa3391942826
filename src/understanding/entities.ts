/**
 * Things a question names, read from its words: times of day, dates, weekdays, days relative to today, programme
 * item numbers and words that may be places. Generic: no meeting's names are known here.
 */

import { MONTHS } from '../event/months';

export interface TimeOfDay {
  /** Minutes after midnight. */
  minutes: number;
  /** As written, for echoing back. */
  text: string;
}

export interface DayOfMonth {
  day: number;
  month?: number;
  year?: number;
}

export type RelativeDay = 'today' | 'tomorrow' | 'dayAfterTomorrow' | 'yesterday' | 'thisWeek' | 'nextWeek' | 'tonight';
export type DayPart = 'morning' | 'afternoon' | 'evening';

export interface Entities {
  times: TimeOfDay[];
  dates: DayOfMonth[];
  /** 1 = Monday … 7 = Sunday (luxon). */
  weekdays: number[];
  relative: RelativeDay[];
  dayParts: DayPart[];
  /** Programme items by number ("punkt 3", "item 3"); -1 for "the last". */
  itemNumbers: number[];
  /** Talks counted ("det første oplæg", "the second talk"): the nth of the items someone gives a talk at; -1 the last. */
  talkOrdinals: number[];
  /** Any other word counted ("det første webinar", "the second excursion"): which of them it is, and the word. */
  ordinals: Array<{ number: number; word: string }>;
  /** Words after "i", "in", "på", "fra", "from", "ved" and capitalised words: maybe places, as written. */
  placeWords: string[];
  /** Two alternatives offered ("17 eller 17.30"): the question is which. */
  alternatives: boolean;
}

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  monday: 1,
  tirsdag: 2,
  tuesday: 2,
  onsdag: 3,
  wednesday: 3,
  torsdag: 4,
  thursday: 4,
  fredag: 5,
  friday: 5,
  lørdag: 6,
  lordag: 6,
  loerdag: 6,
  saturday: 6,
  søndag: 7,
  sondag: 7,
  soendag: 7,
  sunday: 7,
  // Only abbreviations that are no other word ("man", "fri", "sat" are).
  tirs: 2,
  tors: 4,
  tue: 2,
  tues: 2,
  thu: 4,
  thur: 4,
  thurs: 4,
  // "on wed", "ons d. 15": no other word in a question about a meeting.
  wed: 3,
  weds: 3,
  ons: 3,
  onsd: 3,
  fre: 5,
};

/** The weekday (1 = Monday) a word names, as entities read it ("torsdag", "friday", "tirs"), lower case. */
export function weekdayNumber(word: string): number | undefined {
  return Object.hasOwn(WEEKDAYS, word) ? WEEKDAYS[word] : undefined;
}

/** Some weekday's name anywhere in a text, inside a word or not. */
const WEEKDAY_NAMED = new RegExp(Object.keys(WEEKDAYS).join('|'));

const ORDINALS: Record<string, number> = {
  første: 1,
  forste: 1,
  first: 1,
  andet: 2,
  anden: 2,
  second: 2,
  tredje: 3,
  third: 3,
  fjerde: 4,
  fourth: 4,
  femte: 5,
  fifth: 5,
  sjette: 6,
  sixth: 6,
  syvende: 7,
  seventh: 7,
  ottende: 8,
  eighth: 8,
  niende: 9,
  ninth: 9,
  tiende: 10,
  tenth: 10,
  sidste: -1,
  last: -1,
  final: -1,
};
const ORDINAL_WORDS = Object.keys(ORDINALS).join('|');
const ITEM_WORDS =
  'punkt|punktet|pkt|programpunkt|programpunktet|nr|nummer|item|point|number|session|webinar|webinaret|modul|modulet|module|talk|indlæg|oplæg';

/** Words after which a capitalised or unknown word is likely a place. */
const PLACE_PREPOSITIONS = new Set(['i', 'in', 'på', 'pa', 'paa', 'fra', 'from', 'ved', 'near', 'at', 'til', 'to', 'omkring']);
/** English words that "I" follows as the subject ("can I", "where do I", "if I"); none is Danish. */
const ENGLISH_BEFORE_I = new Set([
  'can',
  'could',
  'should',
  'shall',
  'will',
  'would',
  'may',
  'might',
  'must',
  'do',
  'did',
  'am',
  'have',
  'if',
  'when',
  'where',
  'what',
  'how',
  'that',
  'because',
  'and',
  'so',
  'cant',
  'dont',
  'wont',
]);

const pad = (n: number) => String(n).padStart(2, '0');
const time = (hours: number, minutes: number, text: string): TimeOfDay | undefined =>
  hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59
    ? { minutes: hours * 60 + minutes, text: text || `${pad(hours)}:${pad(minutes)}` }
    : undefined;

/** Text lower-cased with the clock and date punctuation kept, for the patterns below. */
const ROOM_NUMBER = /(?<![\p{L}])(?:\p{L}*lokale|lok\.?|room|rum|lokale)\s*\d{1,3}[.:]\d{1,3}(?![\d.:]?\d)/gu;

function prepare(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[“”„"!?,;()]/g, ' ')
    .replace(/\s+/g, ' ')} `;
}

/** Hours said in words, Danish and English ("fem", "five"). */
const HOUR_WORDS: Record<string, number> = {
  et: 1,
  én: 1,
  one: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  seks: 6,
  six: 6,
  syv: 7,
  seven: 7,
  otte: 8,
  eight: 8,
  ni: 9,
  nine: 9,
  ti: 10,
  ten: 10,
  elleve: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
};
/** Minutes from the hour named: "halv fem" is half an hour before five, "half past four" half an hour after four. */
const SPOKEN_OFFSETS: Record<string, number> = {
  'half past': 30,
  'quarter past': 15,
  'quarter to': -15,
  halv: -30,
  'kvart over': 15,
  'kvart i': -15,
  'kvart på': -15,
};
const SPOKEN_TIME = new RegExp(
  `\\b(half past|quarter past|quarter to|halv|kvart over|kvart i|kvart på)\\s+(${Object.keys(HOUR_WORDS).join('|')}|\\d{1,2})(?![\\d\\p{L}])`,
  'gu',
);

function findTimes(text: string, dates: DayOfMonth[]): TimeOfDay[] {
  const times: TimeOfDay[] = [];
  const taken: Array<[number, number]> = [];
  const add = (value: TimeOfDay | undefined, index: number, length: number) => {
    if (!value || taken.some(([a, b]) => index < b && index + length > a)) return;
    taken.push([index, index + length]);
    times.push(value);
  };
  // 2pm, 2:30 pm, 14:30, 14.30, kl 14, kl. 14.30, klokken 14
  for (const m of text.matchAll(/\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=\W)/g)) {
    let hours = Number(m[1]) % 12;
    if (m[3]!.startsWith('p')) hours += 12;
    add(time(hours, Number(m[2] ?? 0), m[0].trim()), m.index, m[0].length);
  }
  for (const m of text.matchAll(
    /\b(?:kl\.?|klokken|at|fra|til|from|until|by|omkring|around|ca\.?)\s*(\d{1,2})(?:[:.](\d{2}))?(?!\s*[./-]\s*\d{1,2}[./-])(?=\W)/g,
  )) {
    const hours = Number(m[1]);
    // "fra 2027" or "til 30/10" are not times; "at 12" is.
    if (m[2] === undefined && (hours > 23 || /\d{3,}/.test(m[1]!))) continue;
    add(time(hours, Number(m[2] ?? 0), m[0].trim()), m.index, m[0].length);
  }
  // "ved 20-tiden", "omkring 17 tiden": about that hour.
  for (const m of text.matchAll(/\b(\d{1,2})\s*-?\s*tiden\b/g)) add(time(Number(m[1]), 0, m[0].trim()), m.index, m[0].length);
  // "half past four", "quarter to 5", "halv fem" (4.30), "kvart over 4", "kvart i 5": the hour in words or digits.
  for (const m of text.matchAll(SPOKEN_TIME)) {
    const hour = HOUR_WORDS[m[2]!] ?? Number(m[2]);
    const offset = SPOKEN_OFFSETS[m[1]!.replace(/\s+/g, ' ')]!;
    const minutes = (((hour * 60 + offset) % 1440) + 1440) % 1440;
    add(time(Math.floor(minutes / 60), minutes % 60, m[0].trim()), m.index, m[0].length);
  }
  for (const m of text.matchAll(/\b(?:noon|midday|middle of the day)\b/g)) add(time(12, 0, m[0]), m.index, m[0].length);
  for (const m of text.matchAll(/\b(\d{1,2})[:.](\d{2})(?![./]\d)(?=\W)/g)) {
    const hours = Number(m[1]);
    const minutes = Number(m[2]);
    // "30.10" is a date when a date was read there; a time has hours up to 23.
    if (dates.some((d) => d.day === hours && d.month === minutes)) continue;
    add(time(hours, minutes, m[0].trim()), m.index, m[0].length);
  }
  return times;
}

// Compiled once: a pattern built with `new RegExp` per message cost more than the matching.
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\.?\\s*(?:of\\s+)?(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?=\\W)`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?=\\W)`, 'g');
const ITEM_THEN_NUMBER = new RegExp(`\\b(?:${ITEM_WORDS})\\.?\\s*(?:nr\\.?\\s*)?(\\d{1,2})\\b`, 'g');
const NUMBER_THEN_ITEM = new RegExp(`\\b(\\d{1,2})\\.\\s*(?:${ITEM_WORDS})\\b`, 'g');
const ORDINAL_ITEM = new RegExp(`\\b(?:det |den |the )?(${ORDINAL_WORDS})\\s+(?:${ITEM_WORDS})\\b`, 'g');
/** Words for a talk: counted among the talks, not among all items (the first item is often arrival or a welcome). */
const TALK_WORDS = /^(?:talk|talks|indlæg\w*|oplæg\w*|foredrag\w*|presentation\w*|keynote\w*|speaker|speech|taler|taleren)$/;
const ORDINAL_WORD_THEN = new RegExp(`\\b(${ORDINAL_WORDS})\\s+(\\p{L}+)`, 'gu');

function findDates(text: string): DayOfMonth[] {
  const dates: DayOfMonth[] = [];
  const year = (value: string | undefined) => (value === undefined ? undefined : value.length === 2 ? 2000 + Number(value) : Number(value));
  for (const m of text.matchAll(DAY_MONTH)) {
    dates.push({ day: Number(m[1]), month: MONTHS[m[2]!], year: year(m[3]) });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    dates.push({ day: Number(m[2]), month: MONTHS[m[1]!], year: year(m[3]) });
  }
  for (const m of text.matchAll(/\b(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?(?=\W)/g)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    // "17.30" is a time unless a year follows or the day cannot be an hour.
    const dateLike =
      m[3] !== undefined ||
      text[m.index + m[1]!.length] === '/' ||
      day > 23 ||
      (month <= 12 && Number(m[2]) !== 0 && /\b(d|den|dato|date|the)\.?\s*$/.test(text.slice(0, m.index)));
    if (!dateLike || month < 1 || month > 12 || day < 1 || day > 31) continue;
    dates.push({ day, month, year: year(m[3]) });
  }
  // "d. 23.", "d 23.", "den 23" ending the question: a day of the month.
  for (const m of text.matchAll(/\b(?:d\.?|den|the|on the|dato)\s*(\d{1,2})(?:(?:\.|st|nd|rd|th)(?!\s*\d)|(?=\s*$))/g)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31 && !dates.some((d) => d.day === day)) dates.push({ day });
  }
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31 && !dates.some((d) => d.day === day)) dates.push({ day });
  }
  return dates;
}

function findRelative(text: string): RelativeDay[] {
  const found: RelativeDay[] = [];
  const has = (pattern: RegExp) => pattern.test(text);
  if (has(/\b(i ?dag|today)\b/)) found.push('today');
  if (has(/\b(i ?morgen|imorgen|tomorrow|tmrw)\b/) && !has(/\bi morgen(en|s)\b/)) found.push('tomorrow');
  if (has(/\b(i ?overmorgen|day after tomorrow)\b/)) found.push('dayAfterTomorrow');
  if (has(/\b(i ?går|igaar|i gaar|yesterday)\b/)) found.push('yesterday');
  if (has(/\b(i ?aften|tonight|this evening)\b/)) found.push('tonight');
  if (has(/\b(denne uge|i denne uge|this week)\b/)) found.push('thisWeek');
  if (has(/\b(næste uge|naeste uge|naste uge|i næste uge|next week|om en uge)\b/)) found.push('nextWeek');
  return found;
}

function findDayParts(text: string): DayPart[] {
  const parts: DayPart[] = [];
  if (/\b(formiddag(en)?|morgen(en)?|morning)\b/.test(text) && !/\bi morgen\b/.test(text)) parts.push('morning');
  if (/\b(eftermiddag(en)?|afternoon|efter frokost|after lunch)\b/.test(text)) parts.push('afternoon');
  if (/\b(aften(en)?|evening)\b/.test(text) && !/\bi aften\b/.test(text)) parts.push('evening');
  return parts;
}

function findItemNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const m of text.matchAll(ITEM_THEN_NUMBER)) numbers.push(Number(m[1]));
  for (const m of text.matchAll(NUMBER_THEN_ITEM)) numbers.push(Number(m[1]));
  for (const m of text.matchAll(ORDINAL_ITEM)) if (!TALK_WORDS.test(m[0].split(/\s+/).at(-1)!)) numbers.push(ORDINALS[m[1]!]!);
  return [...new Set(numbers)];
}

function findOrdinals(text: string): Array<{ number: number; word: string }> {
  return [...text.matchAll(ORDINAL_WORD_THEN)].map((m) => ({ number: ORDINALS[m[1]!]!, word: m[2]! }));
}

/** The ordinals that count talks. */
function talkOrdinalsOf(ordinals: ReadonlyArray<{ number: number; word: string }>): number[] {
  return [...new Set(ordinals.filter((ordinal) => TALK_WORDS.test(ordinal.word)).map((ordinal) => ordinal.number))];
}

function findPlaceWords(original: string): string[] {
  const words = original.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const found = new Set<string>();
  words.forEach((word, index) => {
    const previous = words[index - 1]?.toLowerCase();
    // "should i mute", "can i park": after an English verb "i" is the pronoun, not the Danish "in".
    if (previous === 'i' && ENGLISH_BEFORE_I.has(words[index - 2]?.toLowerCase() ?? '')) return;
    const capitalised = index > 0 && /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word);
    if (/^\p{L}{3,}/u.test(word) && (capitalised || (previous !== undefined && PLACE_PREPOSITIONS.has(previous)))) found.add(word);
  });
  return [...found];
}

/**
 * Everything a clause names, from its original text. Kept for the last few texts: a clause is read so by its frame,
 * its fact checks and its days in turn. Frozen, so that no caller can change a shared one.
 */
export function extractEntities(original: string): Entities {
  const known = recentEntities.get(original);
  if (known) return known;
  const entities = readEntities(original);
  for (const value of Object.values(entities)) if (Array.isArray(value)) Object.freeze(value);
  if (recentEntities.size >= 32) recentEntities.clear();
  recentEntities.set(original, Object.freeze(entities));
  return entities;
}

const recentEntities = new Map<string, Entities>();

function readEntities(original: string): Entities {
  // "room 3.14", "lokale 2.14": a room's number, no time or date.
  const text = prepare(original).replace(ROOM_NUMBER, (whole) => ' '.repeat(whole.length));
  const dates = findDates(text);
  const times = findTimes(text, dates);
  // "er det 17 eller 17.30": a bare hour offered as an alternative to a time is a time too.
  const alternatives = /\b(eller|or)\b/.test(text);
  if (alternatives && times.length > 0) {
    for (const m of text.matchAll(/(?:^|\s)(\d{1,2})(?=\s+(?:eller|or)\s)/g)) {
      const value = time(Number(m[1]), 0, m[1]!);
      if (value && !times.some((t) => t.minutes === value.minutes)) times.unshift(value);
    }
  }
  // Every word is looked up only when some weekday's name is in the text at all (most clauses name none).
  const weekdays = WEEKDAY_NAMED.test(text)
    ? [...text.matchAll(/\b(\p{L}+)\b/gu)].map((m) => WEEKDAYS[m[1]!]).filter((day): day is number => day !== undefined)
    : [];
  const ordinals = findOrdinals(text);
  return {
    times,
    dates,
    weekdays: [...new Set(weekdays)],
    relative: findRelative(text),
    dayParts: findDayParts(text),
    itemNumbers: findItemNumbers(text),
    talkOrdinals: talkOrdinalsOf(ordinals),
    ordinals,
    placeWords: findPlaceWords(original),
    alternatives: alternatives && (times.length > 1 || dates.length > 1 || weekdays.length > 1),
  };
}
