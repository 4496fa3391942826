import MiniSearch from 'minisearch';
import type { Passage } from '../event/model';
import { foldWord, sentencesOfLine, stemWord, tokenize, unsyncopated } from './normalize';
import { GLOSSARY_LANGUAGE } from './glossary';
import { NAME_JOINERS } from './lexicon/words';

interface ParagraphWords {
  text: string;
  words: string[];
  wordSet: Set<string>;
  /** The words searched by (no generic or short ones). */
  terms: Set<string>;
  stems: Set<string>;
  joined: string;
}

/**
 * A list of facts written as one paragraph ("• Sted: … • Pris: … • Tilmelding: …") is searched and quoted bullet by
 * bullet: the one bullet that answers is found among the others, and quoted without them.
 */
function bullets(passage: Passage): Passage[] {
  const parts = passage.text
    .split(/\s*[•▪●◦]\s+|(?:^|\s)[-*]\s+(?=\p{Lu})/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 3) return [passage];
  const split = parts.map((text, i) => ({ ...passage, id: `${passage.id}.${i + 1}`, text }));
  // A list under a heading line ("For the children\n- … - …") is what the heading names: "what is there for the
  // children?" is answered by the whole list, which is searched too, by its heading's words (see headings).
  return headingOf(passage.text) === undefined ? split : [...split, passage];
}

/** A paragraph's first line when it heads the rest: a few words with no stop, and no fact after a colon. */
function headingOf(text: string): string | undefined {
  const first = /^([^\n]{3,40})\n\S/.exec(text)?.[1]?.trim();
  return first && !/[.!?:,;]$/.test(first) && !first.includes(': ') && first.split(/\s+/).length <= 5 ? first : undefined;
}

/** Lower case with æ, ø, å and accents as plain letters, but "ae", "oe" and "aa" left as written. */
function lightFold(word: string): string {
  return word
    .toLowerCase()
    .replace(/æ/g, 'e')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

interface Spellings {
  written: ReadonlyArray<{ spelling: string; folded: string }>;
  names: Set<string>;
}

/**
 * MiniSearch over one letter's paragraphs, with its fuzzy look-up made from a list of its terms once they are all
 * added. MiniSearch walks its term tree for every word of a query, a thirtieth of a millisecond each, and a question
 * with its translations searches 20–30 words: most of a long question's time. A letter has a few hundred terms, and
 * most are told apart from a word by their length or their letters alone, so the list finds the same terms several
 * times faster.
 */
class PassageIndex extends MiniSearch<Passage> {
  /** From now on the index's near spellings come from the list (no passage may be added after this). */
  nearTermsFromList(): void {
    this._index.fuzzyGet = nearTermsOf(this._index);
  }
}

/**
 * Which of 31 classes of letters a word has (a letter's code modulo 31): a word that lacks k of the classes of another
 * is at least k edits away from it.
 */
function lettersOf(word: string): number {
  let classes = 0;
  for (let i = 0; i < word.length; i++) classes |= 1 << (word.charCodeAt(i) % 31);
  return classes;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A look-up of the terms within `maxDistance` edits (Levenshtein: insert, delete, replace) of a key, with their
 * distance, as MiniSearch's own fuzzy look-up in its term tree gives them: the same terms, distances and order
 * (test/understanding/passageSearch.test.ts), so that each paragraph's score adds up its terms in the same order.
 */
export function nearTermsOf<T>(tree: Iterable<[string, T]>): (key: string, maxDistance: number) => Map<string, [T, number]> {
  // The tree's look-up finds terms in the opposite order to its iteration.
  const list = [...tree].reverse().map(([term, data]) => ({ term, data, letters: lettersOf(term) }));
  return (key, maxDistance) => {
    const found = new Map<string, [T, number]>();
    const letters = lettersOf(key);
    for (const { term, data, letters: termLetters } of list) {
      if (Math.abs(term.length - key.length) > maxDistance) continue;
      if (bitCount(letters & ~termLetters) > maxDistance || bitCount(termLetters & ~letters) > maxDistance) continue;
      const distance = editDistanceWithin(key, term, maxDistance);
      if (distance <= maxDistance) found.set(term, [data, distance]);
    }
    return found;
  };
}

/** One row of the edit-distance table, reused (words are short; a longer one gets a longer row). */
let row = new Int32Array(64);

/** The Levenshtein distance of two words, or `max + 1` as soon as it is sure to exceed `max`. */
function editDistanceWithin(a: string, b: string, max: number): number {
  if (row.length <= b.length) row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let least = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const value = Math.min(diagonal + (letter === b.charCodeAt(j - 1) ? 0 : 1), above + 1, row[j - 1]! + 1);
      diagonal = above;
      row[j] = value;
      if (value < least) least = value;
    }
    // The distance is at least the least of any row.
    if (least > max) return max + 1;
  }
  return row[b.length]!;
}

export interface PassageHit {
  id: string;
  text: string;
  score: number;
  matchedTerms: number;
}

/**
 * Full-text search over the invitation's own paragraphs, for questions no typed fact covers. A hit counts only when
 * at least `minTerms` distinct content words match and the score clears `minScore`: quoting a loosely related
 * paragraph would be a wrong answer. Very short paragraphs (headings, "Med venlig hilsen") are not quoted.
 */
/** A letter's greeting line alone: "Kære forældre og kolleger,", "Dear network members and colleagues,". */
const SALUTATION = /^(kære|kaere|dear|hej|hi|hello|goddag)(?!\p{L})[^.!?\n]{0,80}[,!:]?$/iu;

/** The endings a Danish word takes after its head: "hotelværelse|t", "værelse|rne". */
const INFLECTION = /^(?:|s|e|n|r|t|en|er|et|es|ne|re|ns|ts|rs|ene|ens|ets|ers|erne|rne|ernes)$/;

export class PassageSearch {
  private readonly index: PassageIndex;
  private readonly texts = new Map<string, string>();
  /** The lists indexed whole beside their items (see bullets). */
  private readonly wholeLists = new Map<string, string>();
  /** Paragraphs too short to search by words ("Pause (kl. 11.40-11.55)"), which may still say a fact outright. */
  private readonly short: string[];
  private readonly terms: (text: string) => string[];
  /** Whether a word (folded) names the meeting or a kind of gathering ("kurset"); set by the knowledge. */
  namesGathering: (word: string) => boolean = () => false;

  constructor(
    passages: readonly Passage[],
    generic: ReadonlySet<string>,
    /** Words that say nothing of their own (pronouns, prepositions, question words): no word a paragraph must have. */
    private readonly weak: ReadonlySet<string> = new Set(),
    private readonly minScore = 6,
    private readonly minTerms = 2,
  ) {
    const terms = (text: string) =>
      tokenize(text)
        .map((token) => token.folded)
        .filter((word) => word.length > 2 && !generic.has(word));
    this.terms = terms;
    this.index = new PassageIndex({
      fields: ['text'],
      storeFields: ['text'],
      tokenize: terms,
      processTerm: (term) => term,
      searchOptions: { fuzzy: (term) => (term.length >= 6 ? 0.2 : term.length >= 4 ? 1 : 0), prefix: (term) => term.length >= 5 },
    });
    const all = passages.flatMap(bullets);
    this.short = all.filter((passage) => passage.text.length < 30 && passage.text.trim() !== '').map((passage) => passage.text);
    // A salutation ("Dear members and colleagues,") greets the reader and answers nothing, whatever words it shares.
    const quotable = all.filter((passage) => passage.text.length >= 30 && !SALUTATION.test(passage.text.trim()));
    this.index.addAll(quotable);
    this.index.nearTermsFromList();
    // A whole list indexed beside its items is searched, but no other look-up sees it (see bullets).
    for (const passage of quotable) {
      const whole = !passage.id.includes('.') && all.some((other) => other.id.startsWith(`${passage.id}.`));
      (whole ? this.wholeLists : this.texts).set(passage.id, passage.text);
    }
  }

  /**
   * Each word as written (æ, ø, å plain, "ae" kept), to the folded word it is indexed by ("kameraet" → "kameret"), and
   * the words written with a capital inside a sentence (names). Made at the first look-up, not for every event loaded;
   * kept as a list too, which every question with a word the letter lacks looks through.
   */
  private spellings(): Spellings {
    if (!this.spelled) {
      const written = new Map<string, string>();
      const names = new Set<string>();
      for (const text of this.texts.values()) {
        for (const token of tokenize(text)) if (/^\p{L}{5,}$/u.test(token.folded)) written.set(lightFold(token.raw), token.folded);
        for (const sentence of text.split(/[.!?:•\n]\s*/))
          for (const word of sentence.split(/\s+/).slice(1))
            if (/^\p{Lu}\p{Ll}/u.test(word)) for (const token of tokenize(word)) names.add(token.folded);
      }
      this.spelled = { written: [...written].map(([spelling, folded]) => ({ spelling, folded })), names };
    }
    return this.spelled;
  }

  private spelled: Spellings | undefined;

  search(
    question: string,
    options: {
      minTerms?: number;
      except?: (text: string) => boolean;
      also?: string[];
      translates?: ReadonlyMap<string, string>;
      /** The question's words that are in the other language than the letter's. */
      foreign?: ReadonlySet<string>;
    } = {},
  ): PassageHit | undefined {
    // `also`: the question's words in the other language, searched too but not required to be in the paragraph;
    // `translates`: the question's word each of them stands for (a word and its translation are one term).
    // A word of the question the letter has only inflected or in a compound is searched as the letter's words that
    // start with its stem: "kamera" finds "kameraet", "mobilen" finds "mobilappen". Each stands for the question's word.
    const forms = this.formsOf(this.terms(question));
    // A translation the letter has only in a compound stands for it too: "room" → "værelse" finds "hotelværelset".
    for (const [folded, word] of this.compoundsOf(options.also ?? [])) if (!forms.has(folded)) forms.set(folded, word);
    // A short translation is a word as written: "child" is not "chili" one letter away.
    const exact = new Set((options.also ?? []).filter((word) => word.length < 7));
    const fuzzy = (term: string) => (exact.has(term) ? 0 : term.length >= 6 ? 0.2 : term.length >= 4 ? 1 : 0);
    const hits = this.index
      .search([question, ...(options.also ?? []), ...forms.keys()].join(' '), { fuzzy })
      .filter((hit) => !options.except?.(this.textOf(String(hit.id))));
    if (hits.length === 0) return undefined;
    const one = (term: string) => {
      const word = forms.get(term) ?? term;
      return options.translates?.get(word) ?? word;
    };
    // Two words of the question found as one word of the paragraph ("dommerne" and "dommerpanelet" both as
    // "dommerpanelet") are one match.
    const distinct = (hit: (typeof hits)[number]) => Math.min(new Set(hit.queryTerms.map(one)).size, new Set(hit.terms).size);
    const chosen = this.answering(hits, question, options.also ?? [], distinct);
    // A term the question names that one paragraph introduces with a colon ("de fire indsatsområder: grøn omstilling,
    // …") is defined there: that paragraph answers "hvad er de fire indsatsområder?" though others use the term too.
    const defining =
      distinct(chosen) === 1
        ? hits.find((hit) => distinct(hit) === 1 && hit.terms.some((term) => term.length >= 5 && this.definedIn(term) === String(hit.id)))
        : undefined;
    // A close second that names the question's own word, where the best names only a translation of it ("billede"
    // for "kamera"), answers instead.
    // However far behind: the best may score by its translations twice over ("born" and "barn" for "børnene").
    const own = new Set(this.terms(question));
    const ownOf = (hit: (typeof hits)[number]) => hit.queryTerms.some((term) => own.has(term));
    const seconds = hits
      .filter(
        (hit) => hit !== chosen && (hit.score >= chosen.score / 2 || (!ownOf(chosen) && ownOf(hit))) && distinct(hit) >= distinct(chosen),
      )
      .slice(0, 2);
    return (
      this.accepted(chosen, question, options, forms, distinct, false) ??
      (defining && this.accepted(defining, question, options, forms, distinct, true)) ??
      seconds.map((hit) => this.accepted(hit, question, options, forms, distinct, false)).find((hit) => hit !== undefined)
    );
  }

  private accepted<Hit extends { id: unknown; score: number; terms: string[]; queryTerms: string[] }>(
    best: Hit,
    question: string,
    options: { minTerms?: number; translates?: ReadonlyMap<string, string>; foreign?: ReadonlySet<string> },
    forms: ReadonlyMap<string, string>,
    distinct: (hit: Hit) => number,
    defines: boolean,
  ): PassageHit | undefined {
    const matchedTerms = distinct(best);
    // One word that only one paragraph uses ("folkeskoleaftalen", "slides") names that paragraph. Only when the
    // question names nothing else the paragraph does not: "hvad står der i folkeskoleaftalen om lærernes
    // arbejdstid?" and "er der wifi på kursuscentret?" ask what the letter does not say.
    const text = this.textOf(String(best.id));
    const paragraphWords = this.wordsOf(String(best.id))?.terms ?? new Set<string>();
    // A word of the question in the other language whose translation the paragraph has ("draft" for "forslaget")
    // is matched; a synonym in the letter's own language is not ("medarbejder" for "kolleger").
    const translated = new Set(
      best.queryTerms
        .map((term) => options.translates?.get(forms.get(term) ?? term))
        .filter((word) => word !== undefined && options.foreign?.has(word)),
    );
    const formed = new Set(best.queryTerms.map((term) => forms.get(term)).filter((word) => word !== undefined));
    const unmatched = this.terms(question).filter(
      (term) =>
        term.length >= 4 &&
        !translated.has(term) &&
        !formed.has(term) &&
        ![...paragraphWords].some((word) => word.includes(term.slice(0, 6))),
    );
    // Nor two other words that say what is asked of the thing ("skal jeg være hjemme når de laver stikledningen"):
    // generic as they are, a paragraph that only names the thing does not answer that. One may be a mere filler.
    // Words in the other language than the letter's are never written in it, so they tell nothing here.
    const paragraphAll = this.wordsOf(String(best.id))?.wordSet ?? new Set<string>();
    const unsaid = tokenize(question)
      .map((token) => token.folded)
      .filter(
        (word) =>
          word.length >= 5 &&
          !this.weak.has(word) &&
          !options.foreign?.has(word) &&
          !translated.has(word) &&
          !formed.has(word) &&
          !best.queryTerms.includes(word) &&
          ![...paragraphAll].some((other) => other.startsWith(word.slice(0, 5))),
      );
    // A question of that one word ("wifi?") may name it with four letters.
    const shortest = this.terms(question).length === 1 ? 4 : 5;
    // The word matched stands for a word of the question that names something, or one the glossary itself lists:
    // "regner" ("it rains", a common word) is not asked for by "egen regning", whose stem it merely shares.
    const asked = new Set(this.terms(question));
    const named = best.queryTerms.some((term) => {
      const word = forms.get(term) ?? term;
      const own = options.translates?.get(word) ?? word;
      return asked.has(own) || GLOSSARY_LANGUAGE.has(own);
    });
    // A kind of gathering the letter speaks of in several paragraphs ("kurset" of a letter about a course) is the
    // meeting, which names no one paragraph, though one has a compound of it no other has ("kursuscenter"): "skal vi
    // læse noget inden kurset?" is not asked of the course centre.
    const ofMeeting = best.queryTerms.every((term) => {
      const word = forms.get(term) ?? term;
      const own = options.translates?.get(word) ?? word;
      return this.namesGathering(own) && this.paragraphsWith(own) > 1;
    });
    const rare =
      matchedTerms === 1 &&
      named &&
      !ofMeeting &&
      unmatched.length === 0 &&
      unsaid.length < 2 &&
      // "børn" of "v/ KL's Børne- og Undervisningsudvalg": a word the paragraph writes only inside a name says nothing of it.
      !best.terms.every((term) => onlyInNames(text, term)) &&
      (defines || best.terms.some((term) => term.length >= shortest && this.paragraphsWith(term) === 1)) &&
      best.queryTerms.some((term) => term.length >= shortest);
    // A definition is found by where the term stands, not by how rare it is: a term many paragraphs use scores low.
    // The question's own word as the paragraph writes it, not a near spelling, scores low only for a long paragraph's
    // many other words: "hvad er gaven?" of a letter written as one paragraph.
    const own = rare && best.terms.some((term) => asked.has(term) || forms.has(term));
    const floor = this.minScore / (rare ? (defines || own ? 6 : 3) : 1);
    if ((matchedTerms < (options.minTerms ?? this.minTerms) && !rare) || best.score < floor) return undefined;
    // One word found in a letter's body written as one block (many lines or sentences): its sentences that name the
    // word are the answer, not the whole body. A paragraph of prose is quoted whole: its sentences lean on each other.
    if (own && matchedTerms === 1) {
      const sentences = sentencesOfLine(text.replace(/\s+/g, ' ').trim());
      const stems = new Set(best.terms.map(stemWord));
      const naming = sentences.filter((sentence) => tokenize(sentence).some((token) => stems.has(stemWord(token.folded))));
      const block = text.split('\n').length >= 5 || sentences.length >= 7;
      if (block && naming.length > 0 && naming.length <= 2)
        return { id: String(best.id), text: naming.join(' … '), score: best.score, matchedTerms };
    }
    return { id: String(best.id), text, score: best.score, matchedTerms };
  }

  /**
   * The one paragraph that writes a term right before a colon ("de fire indsatsområder: …"), if only one does. A term
   * in running text, written in lower case: a name before a colon ("fra Tarm og Skjern: der er …") defines nothing.
   */
  private definedIn(term: string): string | undefined {
    if (!this.definitions) {
      this.definitions = new Map();
      for (const [id, text] of this.texts) {
        const words = new Set(
          text
            .split(':')
            .slice(0, -1)
            .filter((before) => /\s\p{Ll}[\p{L}-]*$/u.test(before))
            .map((before) => tokenize(before).at(-1)?.folded)
            .filter((word): word is string => word !== undefined),
        );
        for (const word of words) this.definitions.set(word, this.definitions.has(word) ? null : id);
      }
    }
    return this.definitions.get(term) ?? undefined;
  }

  private definitions: Map<string, string | null> | undefined;

  /**
   * Of the paragraphs that match as many of the question's content words as the best-scored one, the one that also
   * has the question's other words: for "where can I read the draft?" the paragraph where the draft "kan læses på" a
   * link answers, while a short title that only names the draft scores higher. Words most paragraphs use tell none
   * apart and do not count.
   */
  private answering<Hit extends { id: unknown; score: number }>(
    hits: readonly Hit[],
    question: string,
    also: readonly string[],
    distinct: (hit: Hit) => number,
  ): Hit {
    const best = hits[0]!;
    const words = [...new Set([question, ...also].flatMap((text) => tokenize(text).map((token) => token.folded)))].filter(
      (word) => word.length >= 4 && this.paragraphsWith(word) * 2 <= this.texts.size,
    );
    if (words.length === 0) return best;
    const support = (hit: Hit) => {
      const paragraph = this.wordsOf(String(hit.id))?.wordSet ?? new Set<string>();
      return words.filter((word) => paragraph.has(word)).length;
    };
    let chosen = best;
    let chosenSupport = support(best);
    // A third of the best score: translations of a word the question shares with many paragraphs ("børne" as
    // "born", "barn") lift those paragraphs, not the one with the question's own rarer words.
    for (const hit of hits.slice(1)) {
      if (hit.score < best.score / 3 || distinct(hit) < distinct(best)) continue;
      const hitSupport = support(hit);
      if (hitSupport > chosenSupport) [chosen, chosenSupport] = [hit, hitSupport];
    }
    return chosen;
  }

  private paragraphsWith(term: string): number {
    return this.counts().get(term) ?? 0;
  }

  private counts(): Map<string, number> {
    if (!this.paragraphCounts) {
      this.paragraphCounts = new Map();
      for (const { wordSet } of this.paragraphWords().values())
        for (const word of wordSet) this.paragraphCounts.set(word, (this.paragraphCounts.get(word) ?? 0) + 1);
      // A whole list counts by its heading's words: its items count as paragraphs of their own.
      for (const text of this.wholeLists.values())
        for (const word of new Set(tokenize(headingOf(text) ?? '').map((token) => token.folded)))
          this.paragraphCounts.set(word, (this.paragraphCounts.get(word) ?? 0) + 1);
    }
    return this.paragraphCounts;
  }

  /**
   * Each paragraph's folded words, their stems and the words joined, made at the first look-up: questions look
   * through every paragraph, and tokenizing them anew for each question was most of a long message's time.
   */
  private paragraphWords(): Map<string, ParagraphWords> {
    if (!this.tokenized) {
      this.tokenized = new Map();
      for (const [id, text] of this.texts) {
        const words = tokenize(text).map((token) => token.folded);
        this.tokenized.set(id, {
          text,
          words,
          wordSet: new Set(words),
          terms: new Set(this.terms(text)),
          stems: new Set(words.map(stemWord)),
          joined: ` ${words.join(' ')}`,
        });
      }
    }
    return this.tokenized;
  }

  private wordsOf(id: string): ParagraphWords | undefined {
    const whole = this.wholeLists.get(id);
    if (whole === undefined) return this.paragraphWords().get(id);
    const words = tokenize(whole).map((token) => token.folded);
    return { text: whole, words, wordSet: new Set(words), terms: new Set(this.terms(whole)), stems: new Set(), joined: '' };
  }

  private textOf(id: string): string {
    return this.texts.get(id) ?? this.wholeLists.get(id) ?? '';
  }

  private tokenized: Map<string, ParagraphWords> | undefined;

  /** How many paragraphs use each folded word, counted at the first look-up. */
  private paragraphCounts: Map<string, number> | undefined;

  /**
   * The letter's words (folded) that a question word the letter does not have stands for: those whose written form
   * starts with its stem of five letters or more. To the question's word.
   */
  private formsOf(words: readonly string[]): Map<string, string> {
    const forms = new Map<string, string>();
    for (const word of words) {
      const stem = stemWord(word);
      if (word.length < 5 || stem.length < 4 || this.paragraphsWith(word) > 0) continue;
      // A verb's noun made with "-ning" ("stiger" → "stigningen"), of a stem too short to find the words it starts.
      const noun = `${stem}ning`;
      const long = word.length >= 6 && stem.length >= 5;
      // A plural that drops the "e" of its last syllable ("tallerkner" of "tallerken", "regler" of "regel"): the
      // singular's stem has it back.
      const syncope = word.length >= 6 ? unsyncopated(stem) : undefined;
      for (const { spelling, folded } of this.spellings().written)
        if (
          (spelling.startsWith(noun) || (long && spelling.startsWith(stem)) || (syncope && spelling.startsWith(syncope))) &&
          folded !== word &&
          !forms.has(folded)
        )
          forms.set(folded, word);
    }
    return forms;
  }

  /**
   * The letter's words (folded) that end in a translation of the question's words, where the letter does not have
   * the translation as a word of its own: Danish compounds end in their head ("hotelværelset" for "room" →
   * "værelse"). To the translation. Only words of six letters or more: shorter ones end too many words.
   */
  private compoundsOf(words: readonly string[]): Map<string, string> {
    const found = new Map<string, string>();
    const { written: spelled, names } = this.spellings();
    for (const word of words) {
      // As the head, with at most an inflection after it ("hotelværelset"): a modifier starts the word, and prefix
      // search finds that already; a word inside another ("ringe" in "erfaringer") is no compound of it.
      // A name is no compound to translate: a network named "…netværk" is not the network asked about.
      const stem = lightFold(word);
      if (stem.length < 6 || this.paragraphsWith(word) > 0) continue;
      for (const { spelling, folded } of spelled) {
        // Its last occurrence starts at the fourth letter or later and ends at most four letters before the end.
        if (spelling.length < stem.length + 3 || spelling.indexOf(stem, Math.max(3, spelling.length - stem.length - 4)) < 0) continue;
        // What follows it is an inflection, not more of another word: "present" is not the head of "repræsentant".
        if (!INFLECTION.test(spelling.slice(spelling.lastIndexOf(stem) + stem.length))) continue;
        if (folded !== word && !names.has(folded) && !found.has(folded)) found.set(folded, word);
      }
    }
    return found;
  }

  /** The paragraphs a pattern matches. */
  matching(pattern: RegExp): string[] {
    return [...this.texts.values()].filter((text) => pattern.test(text));
  }

  /** The paragraphs a pattern matches, the short ones too. */
  matchingAny(pattern: RegExp): string[] {
    return [...this.texts.values(), ...this.short].filter((text) => pattern.test(text));
  }

  /** The paragraphs with a word of one of these stems (stemmed the same way): for a word a question names. */
  containingStems(stems: readonly string[]): string[] {
    const found: string[] = [];
    for (const paragraph of this.paragraphWords().values()) if (stems.some((stem) => paragraph.stems.has(stem))) found.push(paragraph.text);
    return found;
  }

  /** The paragraphs with a word of each of the most of these stems there are in one paragraph, and that number. */
  containingMostStems(stems: readonly string[]): { texts: string[]; count: number } {
    let best: { texts: string[]; count: number } = { texts: [], count: 0 };
    for (const paragraph of this.paragraphWords().values()) {
      const count = new Set(stems.filter((stem) => paragraph.stems.has(stem))).size;
      if (count > best.count) best = { texts: [paragraph.text], count };
      else if (count > 0 && count === best.count) best.texts.push(paragraph.text);
    }
    return best;
  }

  /** The paragraphs that contain one of these words (folded, matched as word starts): for a topic's own cue words. */
  containing(stems: readonly string[]): string[] {
    const single = stems.filter((stem) => !/\s/.test(stem.trim()));
    // A cue of several words ("plads til", "room for") is looked for as words in a row, not in any one word.
    const phrases = stems
      .filter((stem) => /\s/.test(stem.trim()))
      .map(
        (stem) =>
          ` ${tokenize(stem)
            .map((token) => token.folded)
            .join(' ')}`,
      );
    const found: string[] = [];
    for (const { text, words, joined } of this.paragraphWords().values()) {
      if (words.some((word) => single.some((stem) => wordHasStem(word, stem))) || phrases.some((phrase) => joined.includes(phrase)))
        found.push(text);
    }
    return found;
  }
}

/**
 * Whether a word (folded) has a stem as containing() looks for it: a long stem inside a word is its compound
 * ("optagelse" in "videooptagelsen"); a shorter one as its head, with at most an ending after it ("kage" in
 * "kransekagen", not "kaffe" in "kaffemaskine").
 */
export function wordHasStem(word: string, stem: string): boolean {
  return (
    word.startsWith(stem) ||
    (stem.length >= 6 && word.includes(stem)) ||
    (stem.length >= 4 &&
      word.length >= stem.length + 3 &&
      word.lastIndexOf(stem) >= 3 &&
      word.length - word.lastIndexOf(stem) - stem.length <= 2)
  );
}

/** A joiner between two capitalised words of one name, after the first ("- og Undervisningsudvalg") or before the second. */
const JOINED_AFTER = new RegExp(`^-?\\s+(?:${NAME_JOINERS.join('|')})\\s+\\p{Lu}`, 'u');
const JOINED_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}-]*\\s+(?:${NAME_JOINERS.join('|')})\\s+$`, 'u');

/**
 * Whether every word of a text that starts with a term (folded) is written capitalised inside a sentence as part of
 * a name of several words joined by "og"/"and" ("Børne- og Undervisningsudvalget", "Børn og Unge"), none at a
 * sentence's or line's start, in lower case or standing alone: a capitalised word on its own ("1 ECTS", "Winning
 * team:", "10.30 Pause", a town, a party in a table) may be the very thing asked of.
 */
export function onlyInNames(text: string, term: string): boolean {
  let found = false;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (!foldWord(word.toLowerCase()).startsWith(term)) continue;
    found = true;
    const before = text.slice(0, match.index).trimEnd();
    const starts = before === '' || /[.!?:•\-–*\n]$/u.test(before) || /\n\s*$/u.test(text.slice(0, match.index));
    const after = text.slice(match.index + word.length);
    const joined = JOINED_AFTER.test(after) || JOINED_BEFORE.test(text.slice(0, match.index));
    if (!/^\p{Lu}/u.test(word) || starts || !joined) return false;
  }
  return found;
}
