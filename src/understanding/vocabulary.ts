import { editDistance, letterMask, mayBeWithin, typoAllowance } from './fuzzy';

/**
 * The words the bot knows, folded. Corrects a typed word to the cue words it could mean,
 * but never "corrects" a word that is itself known ("there" stays "there", not "where").
 */
export class Vocabulary {
  private readonly cueWords: Set<string>;
  private readonly knownWords: Set<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly knownByLength = new Map<number, Array<{ word: string; mask: number }>>();
  private readonly cache = new Map<string, readonly string[]>();
  private readonly knownCache = new Map<string, boolean>();

  /** Cue stems (cues that match any word starting with them): a typo in the stem part still counts ("adrsesen"). */
  private readonly stems: string[];

  constructor(cueWords: Iterable<string>, otherKnownWords: Iterable<string>, stems: Iterable<string> = []) {
    this.cueWords = new Set(cueWords);
    this.stems = [...stems].filter((stem) => stem.length >= 5);
    this.knownWords = new Set([...this.cueWords, ...otherKnownWords]);
    for (const word of this.cueWords) addTo(this.byLength, word);
    for (const word of this.knownWords) {
      const bucket = this.knownByLength.get(word.length) ?? [];
      bucket.push({ word, mask: letterMask(word) });
      this.knownByLength.set(word.length, bucket);
    }
  }

  /** The cue words a typed (folded) word stands for: itself, its nearest spellings, or the cue a compound starts or ends with. */
  resolve(word: string): readonly string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const result = this.compute(word);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /**
   * Known = a cue word, a function word, a word from the event, a typo of a cue, or — for words of seven letters or
   * more — a near spelling of any known word. Short words near a common word stay unknown: "pause" is a word of its
   * own, not a typo of "passe".
   */
  isKnown(word: string): boolean {
    if (this.knownWords.has(word) || /^\d+$/.test(word) || word.length < 3) return true;
    const cached = this.knownCache.get(word);
    if (cached !== undefined) return cached;
    const known =
      this.resolve(word).length > 0 || (word.length >= 7 && this.nearKnown(word)) || (word.length <= 4 && this.swappedKnown(word));
    if (this.knownCache.size > 50_000) this.knownCache.clear();
    this.knownCache.set(word, known);
    return known;
  }

  /** Two neighbouring letters swapped is the typo short words get ("teh", "hvda"): such a word names nothing new. */
  private swappedKnown(word: string): boolean {
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      if (this.knownWords.has(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
    }
    return false;
  }

  private nearKnown(word: string): boolean {
    const allowance = typoAllowance(word.length);
    const mask = letterMask(word);
    for (let length = word.length - allowance; allowance > 0 && length <= word.length + allowance; length++) {
      for (const known of this.knownByLength.get(length) ?? []) {
        if (mayBeWithin(mask, known.mask, allowance) && editDistance(word, known.word, allowance) <= allowance) return true;
      }
    }
    return false;
  }

  private compute(word: string): readonly string[] {
    if (this.cueWords.has(word)) return [word];
    if (this.knownWords.has(word) || /^\d+$/.test(word)) return [];
    const allowance = typoAllowance(word.length);
    let best = allowance + 1;
    let matches: string[] = [];
    for (let length = word.length - allowance; length <= word.length + allowance; length++) {
      for (const cue of this.byLength.get(length) ?? []) {
        if (typoAllowance(cue.length) === 0) continue;
        const limit = Math.min(allowance, typoAllowance(cue.length));
        const distance = editDistance(word, cue, limit);
        if (distance > limit) continue;
        if (distance < best) {
          best = distance;
          matches = [cue];
        } else if (distance === best) {
          matches.push(cue);
        }
      }
    }
    // People seldom mistype a word's first letter: "adress" is "address", not "dress".
    const sameStart = matches.filter((cue) => cue[0] === word[0]);
    if (sameStart.length > 0) return sameStart;
    if (matches.length > 0) return matches;
    // Question words are short, and their typos frequent: "wen", "hwo", "hvem" for "hvem".
    if (word.length >= 3 && word.length <= 4) {
      const question = SHORT_QUESTION_WORDS.filter((cue) => cue !== word && editDistance(word, cue, 1) <= 1 && this.cueWords.has(cue));
      if (question.length === 1) return question;
    }
    // Four-letter words get no typo allowance, but a swapped pair ("wehn") or a lost last letter ("venu") is unmistakable.
    if (word.length === 4) {
      const swapped = (this.byLength.get(4) ?? []).filter(
        (cue) => editDistance(word, cue, 1) === 1 && [...cue].sort().join() === [...word].sort().join(),
      );
      const truncated = (this.byLength.get(5) ?? []).filter((cue) => cue.startsWith(word));
      if (swapped.length + truncated.length > 0) return [...swapped, ...truncated];
    }
    // A typo inside a stem's part of an inflected word: "adrsesen" is "adressen", "progarmmet" is "programmet".
    const stemTypos = this.stems.filter(
      (stem) =>
        stem.length >= 6 &&
        word.length > stem.length &&
        word.length <= stem.length + 4 &&
        word[0] === stem[0] &&
        editDistance(word.slice(0, stem.length), stem, 1) === 1,
    );
    if (stemTypos.length > 0) return stemTypos;
    // Danish compounds: "mødestedet" ends with "stedet", "programpunkterne" starts with "program".
    // The longest part wins: "postboksnummer" is about a post box, not a phone number.
    let longest = '';
    for (const cue of this.cueWords) {
      if (cue.length >= 6 && cue.length > longest.length && word.length >= cue.length + 2 && (word.startsWith(cue) || word.endsWith(cue))) {
        longest = cue;
      }
    }
    return longest ? [longest] : [];
  }
}

/** Short question words a one-letter typo still points to unmistakably. */
const SHORT_QUESTION_WORDS = ['when', 'what', 'who', 'where', 'how', 'hvem', 'hvad', 'hvor'];

function addTo(buckets: Map<number, string[]>, word: string): void {
  const bucket = buckets.get(word.length) ?? [];
  bucket.push(word);
  buckets.set(word.length, bucket);
}
