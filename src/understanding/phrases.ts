import { foldWord, tokenize } from './normalize';

/**
 * Cue phrases, compiled once and matched against a clause's words. Syntax: words separated by spaces; `stem*` is a
 * word starting with the stem, `*stem` a word ending with it (a Danish compound); `(a|b c)` one of the choices (each
 * a word, or words); `word?` or `(a|b)?` optional; `…` up to three other words; `\d+` a number.
 */

type Piece =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; stem: string }
  | { kind: 'suffix'; stem: string }
  | { kind: 'number' }
  | { kind: 'choice'; options: Piece[][]; optional: boolean }
  | { kind: 'gap'; max: number };

export interface CompiledPhrase<T> {
  pieces: Piece[];
  /** How many words a match must cover at least, for ranking longer (more specific) phrases first. */
  length: number;
  tag: T;
  source: string;
}

/** A word of a message with the spellings it may stand for (itself, and what a typo may have meant). */
export interface WordForms {
  folded: string;
  forms: readonly string[];
  isNumber: boolean;
}

const fold = (word: string) => foldWord(word.toLowerCase());

/** One word of a phrase: the same tokenizer as messages, so "e-mail" and "p-plads" split alike. */
function wordPieces(raw: string): Piece[] {
  if (raw === '\\d+') return [{ kind: 'number' }];
  const prefix = raw.endsWith('*');
  const suffix = raw.startsWith('*');
  const core = raw.replace(/^\*|\*$/g, '');
  const words = tokenize(core).map((token) => token.folded);
  if (words.length === 0) return [];
  return words.map((word, index) => {
    if (prefix && index === words.length - 1) return { kind: 'prefix', stem: word };
    if (suffix && index === 0) return { kind: 'suffix', stem: word };
    return { kind: 'word', word };
  });
}

function parse(text: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ') {
      i++;
    } else if (char === '…') {
      pieces.push({ kind: 'gap', max: 3 });
      i++;
    } else if (char === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < text.length && depth > 0) {
        if (text[j] === '(') depth++;
        if (text[j] === ')') depth--;
        j++;
      }
      const inner = text.slice(i + 1, j - 1);
      const optional = text[j] === '?';
      pieces.push({ kind: 'choice', options: splitTop(inner).map(parse), optional });
      i = optional ? j + 1 : j;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ' ' && text[j] !== '(') j++;
      let raw = text.slice(i, j);
      const optional = raw.endsWith('?') && raw.length > 1;
      if (optional) raw = raw.slice(0, -1);
      const word = wordPieces(raw);
      if (optional) pieces.push({ kind: 'choice', options: [word], optional: true });
      else pieces.push(...word);
      i = j;
    }
  }
  return pieces;
}

/** Splits "a|b (c|d)|e" at the top-level bars. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

function minLength(pieces: Piece[]): number {
  let length = 0;
  for (const piece of pieces) {
    if (piece.kind === 'gap') continue;
    if (piece.kind === 'choice') length += piece.optional ? 0 : Math.min(...piece.options.map(minLength));
    else length++;
  }
  return length;
}

export function compilePhrase<T>(source: string, tag: T): CompiledPhrase<T> {
  const pieces = parse(source);
  return { pieces, length: minLength(pieces), tag, source };
}

/** The exact words and stems a phrase list uses: what a typo may be corrected to. */
export function phraseWords(phrases: Iterable<CompiledPhrase<unknown>>): { words: Set<string>; stems: Set<string> } {
  const words = new Set<string>();
  const stems = new Set<string>();
  const visit = (pieces: Piece[]) => {
    for (const piece of pieces) {
      if (piece.kind === 'word') words.add(piece.word);
      else if (piece.kind === 'prefix' || piece.kind === 'suffix') stems.add(piece.stem);
      else if (piece.kind === 'choice') piece.options.forEach(visit);
    }
  };
  for (const phrase of phrases) visit(phrase.pieces);
  return { words, stems };
}

function matchesWord(piece: Piece, word: WordForms): boolean {
  switch (piece.kind) {
    case 'word':
      return word.forms.includes(piece.word);
    // Loops rather than closures: this runs for every candidate phrase at every word.
    case 'prefix':
      for (const form of word.forms) if (form.startsWith(piece.stem)) return true;
      return false;
    case 'suffix':
      for (const form of word.forms) if (form.length > piece.stem.length + 2 && form.endsWith(piece.stem)) return true;
      return false;
    case 'number':
      return word.isNumber;
    default:
      return false;
  }
}

/** A phrase's piece that stands for one word or a gap: a choice spelled out into the sequences it allows. */
type FlatPiece = Exclude<Piece, { kind: 'choice' }>;

/** The sequences of words and gaps a phrase allows, each choice spelled out (a phrase allows at most a few dozen). */
function spelledOut(pieces: readonly Piece[]): FlatPiece[][] {
  let sequences: FlatPiece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind !== 'choice') {
      sequences = sequences.map((sequence) => [...sequence, piece]);
      continue;
    }
    const options = piece.options.flatMap(spelledOut);
    if (piece.optional) options.push([]);
    sequences = sequences.flatMap((sequence) => options.map((option) => [...sequence, ...option]));
  }
  return sequences;
}

/**
 * The furthest end a sequence reaches matched from `start`, or -1: plain recursion (small phrases, short clauses),
 * trying every length of a gap.
 */
function furthestEnd(sequence: readonly FlatPiece[], index: number, words: readonly WordForms[], start: number): number {
  if (index === sequence.length) return start;
  const piece = sequence[index]!;
  if (piece.kind === 'gap') {
    let furthest = -1;
    for (let skip = 0; skip <= piece.max && start + skip <= words.length; skip++)
      furthest = Math.max(furthest, furthestEnd(sequence, index + 1, words, start + skip));
    return furthest;
  }
  return start < words.length && matchesWord(piece, words[start]!) ? furthestEnd(sequence, index + 1, words, start + 1) : -1;
}

export interface PhraseMatch<T> {
  tag: T;
  start: number;
  end: number;
  source: string;
}

/** What a phrase can start with: exact words, word starts, or anything (a suffix, a number, a gap). */
interface FirstKeys {
  words: Set<string>;
  prefixes: Set<string>;
  any: boolean;
}

function firstKeys(pieces: readonly Piece[], keys: FirstKeys = { words: new Set(), prefixes: new Set(), any: false }): FirstKeys {
  const piece = pieces[0];
  if (!piece) {
    keys.any = true;
    return keys;
  }
  switch (piece.kind) {
    case 'word':
      keys.words.add(piece.word);
      break;
    case 'prefix':
      keys.prefixes.add(piece.stem);
      break;
    case 'choice':
      for (const option of piece.options) firstKeys([...option, ...pieces.slice(1)], keys);
      if (piece.optional) firstKeys(pieces.slice(1), keys);
      break;
    default:
      keys.any = true;
  }
  return keys;
}

/** Stems by their letters, so the stems a word starts with are found letter by letter, without cutting it. */
interface PrefixNode {
  next: Map<string, PrefixNode>;
  phrases: number[];
}

/** Phrases by what they can start with, so a message is matched only against phrases that can start at each word. */
interface PhraseIndex {
  byWord: Map<string, number[]>;
  byPrefix: PrefixNode;
  anywhere: number[];
  /** Each phrase's sequences with every choice spelled out. */
  sequences: FlatPiece[][][];
  /** Per phrase, the last word position it was a candidate at (so each is tried once per position). */
  seen: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<readonly CompiledPhrase<unknown>[], PhraseIndex>();

function indexOf(phrases: readonly CompiledPhrase<unknown>[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  const byWord = new Map<string, number[]>();
  const byPrefix: PrefixNode = { next: new Map(), phrases: [] };
  const anywhere: number[] = [];
  phrases.forEach((phrase, i) => {
    const keys = firstKeys(phrase.pieces);
    if (keys.any) anywhere.push(i);
    for (const word of keys.words) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
    for (const stem of keys.prefixes) {
      let node = byPrefix;
      for (let at = 0; at < stem.length; at++) {
        let next = node.next.get(stem[at]!);
        if (!next) node.next.set(stem[at]!, (next = { next: new Map(), phrases: [] }));
        node = next;
      }
      node.phrases.push(i);
    }
  });
  const sequences = phrases.map((phrase) => spelledOut(phrase.pieces));
  index = { byWord, byPrefix, anywhere, sequences, seen: new Int32Array(phrases.length).fill(-1), stamp: 0 };
  indexes.set(phrases, index);
  return index;
}

/**
 * Every match of every phrase in the words, longest first; a phrase of gaps and options only never matches empty.
 * Called for every clause with lexicons of hundreds of phrases: candidates are found without building sets, and a
 * phrase is matched as its spelled-out sequences.
 */
export function matchPhrases<T>(phrases: readonly CompiledPhrase<T>[], words: WordForms[]): PhraseMatch<T>[] {
  const index = indexOf(phrases);
  const found: Array<PhraseMatch<T> & { phrase: number }> = [];
  // Reused from word to word (emptying an array gives up its storage).
  const candidates: number[] = [];
  let count = 0;
  let stamp = 0;
  const add = (i: number) => {
    if (index.seen[i] === stamp) return;
    index.seen[i] = stamp;
    candidates[count++] = i;
  };
  for (let start = 0; start < words.length; start++) {
    if (index.stamp >= 0x3fffffff) {
      index.seen.fill(-1);
      index.stamp = 0;
    }
    stamp = ++index.stamp;
    count = 0;
    for (const i of index.anywhere) add(i);
    for (const form of words[start]!.forms) {
      const byWord = index.byWord.get(form);
      if (byWord) for (const i of byWord) add(i);
      let node: PrefixNode | undefined = index.byPrefix;
      for (let at = 0; at < form.length && node; at++) {
        node = node.next.get(form[at]!);
        if (node) for (const i of node.phrases) add(i);
      }
    }
    for (let c = 0; c < count; c++) {
      const i = candidates[c]!;
      const phrase = phrases[i]!;
      if (phrase.length === 0 || start + phrase.length > words.length) continue;
      let longest = -1;
      for (const sequence of index.sequences[i]!) longest = Math.max(longest, furthestEnd(sequence, 0, words, start));
      if (longest > start) found.push({ tag: phrase.tag, start, end: longest, source: phrase.source, phrase: i });
    }
  }
  // Longer spans first; on the same span the more specific phrase ("kørestol*" over "køre*"); then the lexicon's order.
  found.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.source.length - a.source.length || a.start - b.start || a.phrase - b.phrase,
  );
  return found.map(({ tag, start, end, source }) => ({ tag, start, end, source }));
}

/** Keeps the longest matches, dropping any that overlaps a longer one already kept. */
export function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const taken: boolean[] = [];
  const kept: PhraseMatch<T>[] = [];
  for (const match of matches) {
    let free = true;
    for (let i = match.start; i < match.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = match.start; i < match.end; i++) taken[i] = true;
    kept.push(match);
  }
  return kept;
}

export const foldPhraseWord = fold;
