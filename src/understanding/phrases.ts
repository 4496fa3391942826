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
    case 'prefix':
      return word.forms.some((form) => form.startsWith(piece.stem));
    case 'suffix':
      return word.forms.some((form) => form.length > piece.stem.length + 2 && form.endsWith(piece.stem));
    case 'number':
      return word.isNumber;
    default:
      return false;
  }
}

/** All end positions reachable by matching `pieces` from `start` (small phrases, short clauses: plain recursion). */
function collectEnds(pieces: Piece[], index: number, words: WordForms[], start: number, out: Set<number>): void {
  if (index === pieces.length) {
    out.add(start);
    return;
  }
  const piece = pieces[index]!;
  if (piece.kind === 'gap') {
    for (let skip = 0; skip <= piece.max && start + skip <= words.length; skip++) collectEnds(pieces, index + 1, words, start + skip, out);
    return;
  }
  if (piece.kind === 'choice') {
    if (piece.optional) collectEnds(pieces, index + 1, words, start, out);
    for (const option of piece.options) {
      const inner = new Set<number>();
      collectEnds(option, 0, words, start, inner);
      for (const end of inner) collectEnds(pieces, index + 1, words, end, out);
    }
    return;
  }
  if (start < words.length && matchesWord(piece, words[start]!)) collectEnds(pieces, index + 1, words, start + 1, out);
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

/** Phrases by what they can start with, so a message is matched only against phrases that can start at each word. */
interface PhraseIndex {
  byWord: Map<string, number[]>;
  byPrefix: Map<string, number[]>;
  anywhere: number[];
  longestPrefix: number;
}

const indexes = new WeakMap<readonly CompiledPhrase<unknown>[], PhraseIndex>();

function indexOf(phrases: readonly CompiledPhrase<unknown>[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  index = { byWord: new Map(), byPrefix: new Map(), anywhere: [], longestPrefix: 0 };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  phrases.forEach((phrase, i) => {
    const keys = firstKeys(phrase.pieces);
    if (keys.any) index.anywhere.push(i);
    for (const word of keys.words) add(index.byWord, word, i);
    for (const stem of keys.prefixes) {
      add(index.byPrefix, stem, i);
      index.longestPrefix = Math.max(index.longestPrefix, stem.length);
    }
  });
  indexes.set(phrases, index);
  return index;
}

/** Every match of every phrase in the words, longest first; a phrase of gaps and options only never matches empty. */
export function matchPhrases<T>(phrases: readonly CompiledPhrase<T>[], words: WordForms[]): PhraseMatch<T>[] {
  const index = indexOf(phrases);
  const found: Array<PhraseMatch<T> & { phrase: number }> = [];
  for (let start = 0; start < words.length; start++) {
    const candidates = new Set<number>(index.anywhere);
    for (const form of words[start]!.forms) {
      for (const i of index.byWord.get(form) ?? []) candidates.add(i);
      for (let length = 1; length <= Math.min(form.length, index.longestPrefix); length++) {
        for (const i of index.byPrefix.get(form.slice(0, length)) ?? []) candidates.add(i);
      }
    }
    for (const i of candidates) {
      const phrase = phrases[i]!;
      if (phrase.length === 0 || start + phrase.length > words.length) continue;
      const ends = new Set<number>();
      collectEnds(phrase.pieces, 0, words, start, ends);
      let longest = -1;
      for (const end of ends) if (end > start && end > longest) longest = end;
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
