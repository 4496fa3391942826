/**
 * Text folding shared by everything that compares words: lower case, markup gone,
 * and Danish letters folded so "mødet", "moedet" and "modet" become one word.
 */
import { continuesAfterNumber } from '../event/months';

/**
 * Removes Teams mentions and HTML tags that clients add around what the user typed. Every pattern is bounded, so
 * the work is linear in the text's length whatever it holds ("<at " repeated 60,000 times included).
 */
export function stripTags(text: string): string {
  return text
    .replace(/<at\b[^<>]{0,200}>[^<]{0,200}<\/at>/gi, ' ')
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ');
}

/** Control and format characters (NUL, ESC, bidi overrides like U+202E, zero-width marks), line breaks excepted. */
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
/** A letter may carry a couple of accents; a pile of them is noise meant to overflow the line. */
const COMBINING_PILE = /(\p{M}{2})\p{M}+/gu;

/**
 * What a user typed, made safe to keep, show and export: cut to `maxLength` first (before any pattern runs), then
 * NFC-normalised, control and format characters dropped (tabs and line breaks become spaces), at most two
 * combining marks per letter.
 */
export function sanitizeUserText(text: string, maxLength: number): string {
  return text
    .slice(0, maxLength * 2)
    .normalize('NFC')
    .replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ')
    .replace(CONTROL, '')
    .replace(COMBINING_PILE, '$1')
    .slice(0, maxLength);
}

/** stripTags, and markdown emphasis too: for understanding, where "**hvor**" means "hvor". */
export function stripMarkup(text: string): string {
  return stripTags(text).replace(/[*_~`]+/g, ' ');
}

/** Folded words seen so far: every message folds each of its words, and the same few hundred words come back. */
const folded = new Map<string, string>();
const MAX_FOLDED = 20_000;

const MAX_FOLDED_LENGTH = 40;

/** Folds one lower-case word: æ/ae→e, ø/oe→o, å/aa→a, other accents dropped. */
export function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = fold(word);
    // Bounded in count and size: arbitrary text (typos, names, junk) must not grow it for ever.
    if (word.length > MAX_FOLDED_LENGTH) return result;
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(word, result);
  }
  return result;
}

function fold(word: string): string {
  return word
    .replace(/æ/g, 'e')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'o');
}

export interface Token {
  /** As typed, lower-cased. */
  raw: string;
  /** Folded, for matching. */
  folded: string;
}

/** Splits text into word tokens; digits stay (times, postcodes). */
export function tokenize(text: string): readonly Token[] {
  const known = recentTokens.get(text);
  if (known) return known;
  const words =
    stripMarkup(text)
      .toLowerCase()
      // "Wi-Fi", "wi fi": one word, as questions write it ("wifi?").
      .replace(/(?<!\p{L})wi[\s-]?fi(?!\p{L})/gu, 'wifi')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens = Object.freeze(words.map((raw) => Object.freeze({ raw, folded: foldWord(raw) })));
  if (recentTokens.size >= RECENT_TOKENS) recentTokens.clear();
  recentTokens.set(text, tokens);
  return tokens;
}

/**
 * The tokens of recent texts: one message's clauses, the letter's sentences and the event's names are tokenized
 * again and again while a message is understood and answered. Frozen, so that no caller can change a shared one.
 */
const RECENT_TOKENS = 2048;
const recentTokens = new Map<string, readonly Token[]>();

/** Words after which "og"/"and" starts a new question rather than joining two nouns ("Drøftelser … og opsamling"). */
const CLAUSE_STARTS = new Set([
  'hvad',
  'hvor',
  'hvornår',
  'hvornar',
  'hvem',
  'hvordan',
  'hvorfor',
  'hvilken',
  'hvilket',
  'hvilke',
  'er',
  'kan',
  'skal',
  'må',
  'har',
  'koster',
  'starter',
  'slutter',
  'hvorn',
  'what',
  'whats',
  'when',
  'where',
  'who',
  'how',
  // "… and when's the deadline", typed without its apostrophe: "whens", "wheres".
  'whens',
  'wheres',
  'whos',
  'hows',
  'why',
  'which',
  'is',
  'are',
  'can',
  'do',
  'does',
  'will',
  'should',
  'may',
  'og',
  'and',
]);

/** Abbreviations whose full stop does not end a sentence, also just inside a bracket ("(kl. 11.40-11.55)"). */
const ABBREVIATION =
  /(?:^|[\s([])(?:kl|d|nr|pkt|ca|fx|pr|jf|vedr|mht|approx|e\.g|i\.e|bl\.a|f\.eks|evt|inkl|ekskl|excl|incl|tlf|tel|st|ca|dr|prof|mr|mrs|ms|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)$/i;
/** A space and the longest abbreviation above ("approx"). */
const ABBREVIATION_WINDOW = 7;

/**
 * Splits a message into clauses: at ? ! ; and line breaks, at a full stop that ends a sentence (not in "kl. 17.30"
 * or "d. 31. oktober"), at commas, and at "og"/"and" when a new question follows ("hvornår og hvor er det?").
 */
const UNIT_BEFORE = /(?:^|\s)(?:kr|min)$/i;
const SPACE_THEN_LOWER = /\s+\p{Ll}/uy;
/** Whether spaces and then a lower-case letter follow at `from`. */
function lowerCaseNext(text: string, from: number): boolean {
  SPACE_THEN_LOWER.lastIndex = from;
  return SPACE_THEN_LOWER.test(text);
}

/**
 * A line of the letter cut into its sentences as written: after ".", "!" or "?" at a space before a capital. Looser
 * than splitSentences (no care for numbers or abbreviations), for quoting the letter's own sentences.
 */
export function sentencesOfLine(line: string): string[] {
  const pieces = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const last = sentences[sentences.length - 1];
    if (last !== undefined && continuesAfterNumber(last, piece)) sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/** A message's sentences: split after ".", "!", "?" or a line break (not inside "kl. 17.00" or "d. 30."). */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  // The sentence so far is text[start..i]: cut out when it ends, not built up letter by letter. Characters are read
  // as codes: a letter taken out of a text with "–" or "’" in it is a new string each time.
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ends =
      code === QUESTION_MARK ||
      code === EXCLAMATION_MARK ||
      code === LINE_BREAK ||
      (code === FULL_STOP &&
        !endsInDigit(text, start, i) &&
        !endsInAbbreviation(text, start, i) &&
        // "1.795 kr. ekskl. moms", "5 min. gang": "kr." and "min." end a sentence only when a capital starts the next.
        !(UNIT_BEFORE.test(text.slice(Math.max(start, i - 4), i)) && lowerCaseNext(text, i + 1)) &&
        (i + 1 === text.length || isSpaceAt(text, i + 1)));
    if (ends) {
      sentences.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

const [QUESTION_MARK, EXCLAMATION_MARK, LINE_BREAK, FULL_STOP, COMMA, COLON, SEMICOLON] = ['?', '!', '\n', '.', ',', ':', ';'].map((char) =>
  char.charCodeAt(0),
);
const SPACE = /\s/y;

function isSpaceAt(text: string, at: number): boolean {
  SPACE.lastIndex = at;
  return SPACE.test(text);
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** Whether text[start..end) ends in a digit. */
function endsInDigit(text: string, start: number, end: number): boolean {
  return end > start && isDigitAt(text, end - 1);
}

/**
 * Whether text[start..end) ends in an abbreviation: only its last seven characters can hold one with the space
 * before it (the longest is six letters), so only they are looked at, however long the text.
 */
function endsInAbbreviation(text: string, start: number, end: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(start, end - ABBREVIATION_WINDOW), end));
}

export function splitClauses(text: string): string[] {
  const clean = stripMarkup(text);
  const pieces: string[] = [];
  // The piece so far is clean[start..i).
  let start = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const breaks =
      code === QUESTION_MARK ||
      code === EXCLAMATION_MARK ||
      code === SEMICOLON ||
      code === LINE_BREAK ||
      // "4,2 km": a decimal comma is part of the number, no break between clauses.
      (code === COMMA && !(endsInDigit(clean, start, i) && isDigitAt(clean, i + 1))) ||
      (code === COLON && !isDigitAt(clean, i + 1)) ||
      (code === FULL_STOP &&
        !isDigitAt(clean, i + 1) &&
        !endsInDigit(clean, start, i) &&
        !endsInAbbreviation(clean, start, i) &&
        (i + 1 === clean.length || isSpaceAt(clean, i + 1)));
    if (breaks) {
      pieces.push(clean.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(clean.slice(start));
  const clauses: string[] = [];
  for (const piece of pieces) {
    const words = piece.trim().split(/\s+/);
    let start = 0;
    for (let i = 1; i < words.length - 1; i++) {
      const word = words[i]!.toLowerCase();
      if (
        (word === 'og' || word === 'and' || word === 'samt' || word === '&') &&
        CLAUSE_STARTS.has(words[i + 1]!.toLowerCase().replace(/[^\p{L}]/gu, ''))
      ) {
        clauses.push(words.slice(start, i).join(' '));
        start = i + 1;
      }
    }
    clauses.push(words.slice(start).join(' '));
  }
  // ", og hvor?" / ", and where?": the joining word is not part of the clause.
  return clauses.map((clause) => clause.trim().replace(/^(og|and|samt|&)\s+(?=\S)/i, '')).filter((clause) => clause.length > 0);
}

const SUFFIXES = [
  'elserne',
  'elsen',
  'elser',
  'ingerne',
  'ingen',
  'inger',
  'else',
  'erne',
  'ende',
  'ings',
  // "workshopsne", "jobsne": an English plural given a Danish definite ending.
  'sne',
  'ede',
  'ene',
  'ens',
  'ets',
  'ing',
  'ers',
  'er',
  'en',
  'et',
  'es',
  'ed',
  'e',
  's',
];

/**
 * A crude stem of a folded word, good enough to see that "drøftelserne", "drøftelser" and "drøftelse" or "speakers"
 * and "speaker" are one word: common Danish and English endings cut while at least four letters remain.
 */
export function stemWord(folded: string): string {
  let stem = folded;
  for (const suffix of SUFFIXES) {
    if (folded.length - suffix.length >= 3 && folded.endsWith(suffix)) {
      stem = folded.slice(0, -suffix.length);
      break;
    }
  }
  // "rummene" → "rumm" → "rum", "velkommen" → "velkomm" → "velkom": a doubled last consonant is the inflection's.
  return /([bcdfgklmnprstvz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * The stem with the "e" of its last syllable back, of a plural that drops it ("tallerkner" → "tallerkn" →
 * "tallerken", "regler" → "regel"): the singular the letter may write. Undefined when the stem cannot be one.
 */
export function unsyncopated(stem: string): string | undefined {
  return stem.length >= 4 && /[^aeiouyæøå][nlr]$/.test(stem) ? `${stem.slice(0, -1)}e${stem.slice(-1)}` : undefined;
}
