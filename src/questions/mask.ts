import { LEXICON } from '../understanding/knowledge';
import { foldWord } from '../understanding/normalize';
import { escapeRegExp } from '../util/regExp';

/**
 * What a recorded question may not keep: e-mail addresses, phone numbers (and CPR-like numbers) and names of people.
 * Each is replaced by a marker that says what was there; organisers read the markers as "[e-mail]", "[navn]"…, and
 * the questions of an FAQ entry carry "…" instead, so the understanding never reads a marker as a word.
 */
export type MaskKind = 'email' | 'phone' | 'number' | 'name';

const MARKER = (kind: MaskKind) => `⟦${kind}⟧`;
const MARKERS = /⟦(email|phone|number|name)⟧/g;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A CPR number ("010190-1234") or any other run of ten digits. */
const CPR = /(?<![\p{N}+])\d{6}[- ]?\d{4}(?!\p{N})/gu;
/** +45 12 34 56 78, 0045 12345678, +44 20 7946 0958: a country code and at least seven more digits. */
const INTERNATIONAL = /(?:\+|(?<!\p{N})00)\d{1,3}(?:[\s.-]?\d){7,12}(?!\p{N})/gu;
/**
 * A Danish number of eight digits: together, in pairs or fours, with spaces or hyphens. Dots are left alone:
 * "30.10.2024" is a date.
 */
const DANISH = /(?<![\p{N}.,:])(?:\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:-\d{2}){3}|\d{4}[ -]\d{4})(?![\p{N}]|[.,:]\d)/gu;

/** Words after which comes a name: "jeg hedder …", "min kollega …", "my name is …". */
const NAME_CUE =
  /\b(?:hedder|mit navn er|jeg er|min kollega|kollegaen|kollega|min chef|min leder|min mand|min kone|my name is|i am|i'm|im|my colleague|colleague|my boss|my manager|my husband|my wife)\s+/giu;
/** Cues after which the next word is a name however it is written ("jeg hedder anna"). */
const STRONG_NAME_CUE = /^(?:hedder|mit navn er|my name is)$/i;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const isCapitalised = (word: string) => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(word) || /^\p{Lu}$/u.test(word);

export interface MaskOptions {
  /** Names of people the event knows (the letter's people, those who signed up): masked wherever they appear. */
  names?: readonly string[];
  /**
   * Whether a (folded) word is one of the event's own (a place, an organisation, a programme word): such words, and
   * the ordinary words of both languages the bot knows, are never taken for a name.
   */
  isKnownWord?: (folded: string) => boolean;
}

/** The parts of a name worth masking alone: the whole name, and each part of three letters or more. */
function nameForms(names: readonly string[], isKnownWord: (folded: string) => boolean): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const whole = name.trim().replace(/\s+/g, ' ');
    if (whole.length < 2) continue;
    forms.add(whole);
    for (const part of whole.split(/[\s,]+/)) if (part.length >= 3 && !isKnownWord(foldWord(part.toLowerCase()))) forms.add(part);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** A word of the bot's own vocabulary: common and function words, question words, the words of its cues. */
const isOrdinaryWord = (word: string) =>
  LEXICON.common.has(word) || LEXICON.cueWords.has(word) || LEXICON.questionWords.has(word) || LEXICON.yesNoStarts.has(word);

/**
 * A question as it may be kept: e-mail addresses, phone numbers and CPR-like numbers, names the event knows, names
 * after "jeg hedder"/"min kollega"/"my name is", and sequences of capitalised words that are no word the bot or the
 * event knows ("Anna Jensen") replaced by markers. Times ("kl. 10.30"), dates ("30.10.2024"), postal codes and the
 * event's own places and organisations stay.
 */
export function maskPersonalData(text: string, options: MaskOptions = {}): string {
  const isEventWord = options.isKnownWord ?? (() => false);
  const isKnownWord = (word: string) => isOrdinaryWord(word) || isEventWord(word);
  let masked = text.replace(/[⟦⟧]/g, '');
  masked = masked.replace(EMAIL, MARKER('email'));
  masked = masked.replace(INTERNATIONAL, MARKER('phone'));
  masked = masked.replace(CPR, MARKER('number'));
  masked = masked.replace(DANISH, MARKER('phone'));
  for (const form of nameForms(options.names ?? [], isKnownWord)) {
    masked = masked.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
      MARKER('name'),
    );
  }
  masked = maskAfterCues(masked, isKnownWord);
  masked = maskCapitalisedRuns(masked, isKnownWord);
  // "⟦name⟧ ⟦name⟧" (a first and a last name found apart) is one name.
  return masked.replace(/⟦name⟧(?:[\s-]+⟦name⟧)+/g, MARKER('name'));
}

/** "jeg hedder Anna", "min kollega Bo Hansen": the capitalised words after the cue (any word after "hedder"). */
function maskAfterCues(text: string, isKnownWord: (folded: string) => boolean): string {
  let result = '';
  let last = 0;
  for (const cue of text.matchAll(NAME_CUE)) {
    const start = cue.index + cue[0].length;
    if (start < last) continue;
    const strong = STRONG_NAME_CUE.test(cue[0].trim());
    let end = start;
    const words = text.slice(start).matchAll(/([\p{L}][\p{L}\p{M}'’-]*)(\s*)/gu);
    let taken = 0;
    for (const word of words) {
      if (word.index !== end - start) break;
      const candidate = word[1]!;
      const nameLike = isCapitalised(candidate) ? !isKnownWord(foldWord(candidate.toLowerCase())) : strong && taken === 0;
      if (!nameLike || taken >= 3) break;
      end = start + word.index + candidate.length + word[2]!.length;
      taken++;
    }
    if (taken === 0) continue;
    const trailing = /\s*$/.exec(text.slice(start, end))![0];
    result += text.slice(last, start) + MARKER('name') + trailing;
    last = end;
  }
  return result + text.slice(last);
}

/** Two or more capitalised words in a row that the bot does not know ("Anna Jensen", "Søren Ærø Ågård"). */
function maskCapitalisedRuns(text: string, isKnownWord: (folded: string) => boolean): string {
  const words = [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const name = words.map(({ word }) => isCapitalised(word) && !isKnownWord(foldWord(word.toLowerCase())));
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < words.length;) {
    let j = i;
    // Words of a name stand next to each other, separated by spaces (or a hyphen) only.
    while (j + 1 < words.length && name[j + 1] && name[j] && /^[\s-]+$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    if (name[i] && j > i) spans.push({ start: words[i]!.start, end: words[j]!.end });
    i = j + 1;
  }
  let result = text;
  for (const span of spans.reverse()) result = result.slice(0, span.start) + MARKER('name') + result.slice(span.end);
  return result;
}

/** A masked text for organisers: every marker as the label of what was there ("[e-mail]", "[navn]"). */
export function showMasked(text: string, labels: Record<MaskKind, string>): string {
  return text.replace(MARKERS, (_, kind: MaskKind) => labels[kind]);
}

/** A masked text as the question of an FAQ entry: markers as "…", which the understanding reads as nothing. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKERS, '…');
}

/** Whether a text still holds anything that looks like an e-mail address or a phone number (a last check). */
export function looksPersonal(text: string): boolean {
  return (
    new RegExp(EMAIL.source, 'u').test(text) ||
    new RegExp(INTERNATIONAL.source, 'u').test(text) ||
    new RegExp(DANISH.source, 'u').test(text)
  );
}
