import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import type { Frame } from '../understanding/frame';
import { ASKS_NAME, ASKS_WHICH, NAMED_KINDS, type NamedKind } from '../understanding/lexicon/namedKinds';
import { foldWord, sentencesOfLine, tokenize } from '../understanding/normalize';
import type { AnswerContext, Part } from './parts';

/**
 * "which hospital is this", "hvilket busselskab er det", "whats the name of the boat", "case number?": the one name or
 * code the letter writes beside the kind's word ("Amtssygehuset Vindebo", "bus fra Hvilsted Turistbusser", "damperskib
 * M/S Rylen", "Sagsnr.: 27/1234"), quoted in its sentence. Nothing when the letter names none, or several different
 * ones: then the usual answer (or "it doesn't say") stands, never another place or thing of the letter.
 */
export function namedKindPart(frame: Frame, context: AnswerContext): Part | undefined {
  const kind = askedKind(frame.clause);
  if (!kind) return undefined;
  const found = namesIn(context.event).get(kind);
  if (!found || found.size !== 1) return undefined;
  const sentence = [...found.values()][0]!;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(sentence, other), other: other || undefined };
}

/** The phrase's words (one or more, folded) at `i` of the words: how many, else 0. */
function phraseAt(words: readonly string[], i: number, parts: readonly string[]): number {
  return parts.every((part, j) => words[i + j] === part) ? parts.length : 0;
}

/**
 * A code first: "whats the hotel booking code" asks the code, not the hotel. Each kind's asking phrases split into
 * words once, as every question is matched against all of them.
 */
const CODES_FIRST = [...NAMED_KINDS]
  .sort((a, b) => Number(b.code ?? false) - Number(a.code ?? false))
  .map((kind) => ({ kind, asked: kind.asked.map((phrase) => phrase.split(' ')) }));

/** The kind a question asks the name or code of: right after "which"/"hvilken", with a word asking a name, or a code. */
function askedKind(clause: string): NamedKind | undefined {
  const words = tokenize(clause).map((token) => token.folded);
  const naming = words.some((word) => ASKS_NAME.includes(word));
  for (const { kind, asked } of CODES_FIRST) {
    for (let i = 0; i < words.length; i++) {
      if (!asked.some((parts) => phraseAt(words, i, parts) > 0)) continue;
      // "which hospital", "hvad hedder båden", "case number?"; not "what does the hotel cost", nor "whats the hotel" (its
      // address too).
      const which = ASKS_WHICH.includes(words[i - 1] ?? '');
      if (kind.code || which || naming) return kind;
    }
    // "foregår det på teams eller zoom": two of the names, as a choice.
    if (
      kind.named &&
      words.some((word) => word === 'eller' || word === 'or') &&
      new Set(words.filter((word) => kind.cues.includes(word))).size >= 2
    )
      return kind;
  }
  return undefined;
}

interface Word {
  text: string;
  folded: string;
  capital: boolean;
  /** Punctuation ends a name here ("Vindebo," "Turistbusser."). */
  stops: boolean;
  first: boolean;
}

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const chunk of sentence.split(/\s+/)) {
    // A bracket starts an aside: "Amtssygehuset Vindebo (Region Nordkyst)" is two names.
    if (chunk.startsWith('(') && words.length > 0) words[words.length - 1]!.stops = true;
    const text = chunk.replace(/^[("'„“*_[]+/u, '').replace(/[)"'”“*_\],.;:!?]+$/u, '');
    if (!text) continue;
    words.push({
      text,
      folded: foldWord(text.toLowerCase()),
      capital: /^\p{Lu}/u.test(text),
      stops: /[,;:!?)]|\.$|\.["'”*_)]*$/u.test(chunk.slice(chunk.indexOf(text) + text.length)),
      first: words.length === 0,
    });
  }
  return words;
}

/** A cue as a word of its own or the head of a compound, with at most an ending after it ("Regionshospitalet"). */
function cueAt(word: Word, cue: string): boolean {
  if (word.folded === cue) return true;
  if (cue.includes(' ') || cue.length < 3) return false;
  const at = word.folded.lastIndexOf(cue);
  return at >= 3 && word.folded.length - at - cue.length <= 3;
}

const BEFORE_CODE = new Set(['er', 'is', 'nr', 'no', 'nummer', 'number', 'kode', 'code', 'pa']);

/** The name a cue at `i` stands in or right before: the capitalised words around it, or those after it. */
function nameAt(words: readonly Word[], i: number, kind: NamedKind, span: number): string | undefined {
  if (kind.code) {
    for (let j = i + span; j < Math.min(words.length, i + span + 3); j++) {
      const text = words[j]!.text;
      if (/\d/.test(text) || /^[A-ZÆØÅ0-9-]{4,}$/u.test(text)) return text;
      if (!BEFORE_CODE.has(words[j]!.folded)) return undefined;
    }
    return undefined;
  }
  const word = words[i]!;
  if (kind.named) return word.capital ? word.text : undefined;
  let start = i;
  if (word.capital && !word.first) {
    while (start > 0 && words[start - 1]!.capital && !words[start - 1]!.stops) start--;
  } else if (!(word.capital && !word.stops && words[i + 1]?.capital)) {
    // The kind's word in lower case names what follows it ("damperskib M/S Rylen", "hotellet Strandlyst").
    if (word.stops || !words[i + 1]?.capital) return undefined;
    start = i + 1;
  }
  let end = Math.max(start, i);
  while (!words[end]!.stops && words[end + 1]?.capital) end++;
  // The kind's word alone is no name ("på Hotellet.").
  if (start === end && kind.cues.includes(words[start]!.folded)) return undefined;
  return words
    .slice(start, end + 1)
    .map((w) => w.text)
    .join(' ');
}

const namesMemo = perEvent<Map<NamedKind, Map<string, string>>>();

/** Each kind's names in the letter, to the first sentence that writes each: found once per event. */
function namesIn(event: MeetingEvent): Map<NamedKind, Map<string, string>> {
  return namesMemo(event, 'names', () => {
    const found = new Map<NamedKind, Map<string, string>>();
    const sentences = event.text
      .split(/\n+|\s\|\s?/)
      .flatMap(sentencesOfLine)
      .map((sentence) => sentence.trim())
      .filter(Boolean);
    for (const sentence of sentences) {
      const words = wordsOf(sentence);
      const folded = words.map((word) => word.folded);
      for (const kind of NAMED_KINDS)
        for (let i = 0; i < words.length; i++)
          for (const cue of kind.cues) {
            const span = cue.includes(' ') ? phraseAt(folded, i, cue.split(' ')) : cueAt(words[i]!, cue) ? 1 : 0;
            if (span === 0) continue;
            const name = nameAt(words, i, kind, span);
            if (!name) continue;
            const names = found.get(kind) ?? new Map<string, string>();
            if (!names.has(name)) names.set(name, sentence);
            found.set(kind, names);
            break;
          }
    }
    return found;
  });
}
