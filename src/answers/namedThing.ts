import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import type { Frame } from '../understanding/frame';
import { withGlossary } from '../understanding/glossary';
import { EventKnowledge } from '../understanding/knowledge';
import {
  CHOICE_WORDS,
  HAS_FEATURE,
  HOW_MANY_OF,
  NOT_COUNTED_HERE,
  PRIZE_NAMED,
  WEBSITE_WORDS,
  WHERE_TO_SEE,
  WIN_ASKED,
} from '../understanding/lexicon/namedThings';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { lineSentences } from '../understanding/passageSentences';
import type { AnswerContext, Part } from './parts';

/**
 * Questions about a thing the letter names in its text rather than about the meeting: "what is proposal B about" (a
 * lettered entry of a list), "where can I see all the stands" (the sentence that names the thing and gives a web
 * address), "how many stands are there" (the sentence that counts it). Each answers only from a sentence that names
 * the thing asked of; nothing otherwise, and the usual answer stands.
 */
export function namedThingPart(frame: Frame, context: AnswerContext): Part | undefined {
  // A session or day the frame already names ("hold 2", "HOLD A") is answered as that session or day.
  if (frame.check || frame.session !== undefined || frame.day !== undefined) return undefined;
  // An entry the programme holds as an item ("Spor B: …") is answered as that item, which follow-ups go on from.
  const found =
    (frame.topic === 'items' ? undefined : labelledEntry(frame, context.event)) ??
    whereToSee(frame.clause, context.event) ??
    countOf(frame.clause, context.event) ??
    prizeOf(frame.clause, context.event);
  if (!found) return undefined;
  const m = messages(context.lang).answers;
  const other = context.event.language !== context.lang;
  const text = found.site ? m.passageWithSite(found.sentence, found.site, other) : m.passage(found.sentence, other);
  return { text, other: other || undefined };
}

interface Found {
  sentence: string;
  /** The letter's website, for a sentence that points to it without writing it. */
  site?: string;
}

/** A thing's word as stems: its own, and its counterparts in the other language that are no common words. */
function thingStems(word: string): Set<string> {
  const own = stemWord(foldWord(word.toLowerCase()));
  return new Set([own, ...[...withGlossary([own])].filter((stem) => stem.length >= 4 && !EventKnowledge.isGeneric(stem))]);
}

/** A word of the letter names the thing: the same stem, or (when compounds count) as a compound's first part or head. */
function names(folded: string, stems: ReadonlySet<string>, compounds: boolean): boolean {
  const stem = stemWord(folded);
  if (stems.has(stem)) return true;
  if (!compounds) return false;
  return [...stems].some(
    (thing) => thing.length >= 4 && folded.length >= thing.length + 3 && (folded.startsWith(thing) || folded.endsWith(thing)),
  );
}

// --- Lettered entries: "Forslag B (fra …): …" -------------------------------------------------------------------

/** A line that starts with a noun and a capital letter as its label: "Forslag B (fra bestyrelsen): …", "- Option A: …". */
const LABELLED_LINE = /^\s*([-•*]\s*)?(\p{L}{4,})\s+(\p{Lu})(?=\s*[:.)–-]|\s+\(|\s*$)/u;
/** A line that starts with a noun and a capital letter at all ("Forslag A koster …"): no line of the entry before it. */
const NAMES_ENTRY = /^\s*(?:[-•*]\s*)?\p{L}{4,}\s+\p{Lu}(?!\p{L})/u;
/** Asking what something costs. */
const COST_ASKED = /(?<!\p{L})(?:koste\p{L}*|pris\p{L}*|price\p{L}*|costs?|how much|hvor meget)(?!\p{L})/iu;
/** An amount of money, for a question of what an entry costs. */
const AMOUNT = /\d[\d.,]*\s*(?:kr\.?|kroner|mio\.?|mia\.?|dkk|eur|euro|€)(?!\p{L})/iu;

interface Entry {
  /** The entry's word as written, lower case ("forslag"), and its stem. */
  noun: string;
  stem: string;
  label: string;
  text: string;
}

const entriesMemo = perEvent<readonly Entry[]>();

/**
 * The letter's lettered entries, each with its text: a list item's own line (and lines indented under it), else its
 * paragraph up to the next line that names an entry.
 */
function entriesOf(event: MeetingEvent): readonly Entry[] {
  return entriesMemo(event, 'labelledEntries', () => {
    const entries: Entry[] = [];
    const lines = event.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const match = LABELLED_LINE.exec(lines[i]!);
      if (!match) continue;
      const indent = /^\s*/.exec(lines[i]!)![0].length;
      const item = match[1] !== undefined;
      const text = [lines[i]!.trim().replace(/^[-•*]\s*/u, '')];
      for (let j = i + 1; j < lines.length; j++) {
        const line = lines[j]!;
        if (line.trim() === '' || NAMES_ENTRY.test(line) || /^\s*[-•*]\s/.test(line)) break;
        if (item && /^\s*/.exec(line)![0].length <= indent) break;
        text.push(line.trim());
      }
      entries.push({
        noun: match[2]!.toLowerCase(),
        stem: stemWord(foldWord(match[2]!.toLowerCase())),
        label: match[3]!,
        text: text.join(' '),
      });
    }
    // A single capital after a word is a label only where the letter has more than one of them under that word.
    return entries.filter((entry) => entries.filter((other) => other.stem === entry.stem).length >= 2);
  });
}

/**
 * "hvad går forslag b ud på", "how much is the fee if proposal a passes", "option a" of "Forslag A": the entry by its
 * word (or, between words for a choice, by its letter alone) and letter. Of what it costs, the sentence naming it
 * with an amount, when its own text gives none.
 */
function labelledEntry(frame: Frame, event: MeetingEvent): Found | undefined {
  const entries = entriesOf(event);
  if (entries.length === 0) return undefined;
  const tokens = tokenize(frame.clause);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const label = tokens[i + 1]!.raw;
    if (!/^\p{L}$/u.test(label)) continue;
    const stems = thingStems(tokens[i]!.raw);
    const lettered = entries.filter((one) => one.label === label.toUpperCase());
    // By another word for a choice only where one list of choices has that letter ("option a" of "Forslag A").
    const choices = CHOICE_WORDS.has(tokens[i]!.folded) ? lettered.filter((one) => CHOICE_STEMS.has(one.stem)) : [];
    const entry =
      lettered.find((one) => stems.has(one.stem)) ?? (new Set(choices.map((one) => one.stem)).size === 1 ? choices[0] : undefined);
    if (!entry) continue;
    const costAsked = frame.topic === 'price' || frame.aspect === 'cost' || COST_ASKED.test(frame.clause);
    if (!costAsked || AMOUNT.test(entry.text)) return { sentence: entry.text };
    const priced = lineSentences(event)
      .map((one) => one.sentence)
      .find((sentence) => AMOUNT.test(sentence) && namesEntry(sentence, entry));
    return priced ? { sentence: priced } : undefined;
  }
  return undefined;
}

/** A sentence names the entry by its word and letter ("model B"), the letter a word of its own. */
function namesEntry(sentence: string, entry: Entry): boolean {
  const at = sentence.toLowerCase().indexOf(`${entry.noun} ${entry.label.toLowerCase()}`);
  return at >= 0 && !/\p{L}/u.test(sentence.charAt(at + entry.noun.length + 2)) && !/\p{L}/u.test(sentence.charAt(at - 1));
}

const CHOICE_STEMS = new Set([...CHOICE_WORDS].map(stemWord));

// --- Where to see it: the sentence with the web address -----------------------------------------------------------

const URL = /(?:https?:\/\/|www\.)[^\s,;)"”<>]*[^\s,;)"”<>.]/i;

const siteMemo = perEvent<string | undefined>();

/** The letter's website: the one address it writes beside "hjemmeside"/"website", else its one web address. */
function websiteOf(event: MeetingEvent): string | undefined {
  return siteMemo(event, 'website', () => {
    const sentences = lineSentences(event).map((one) => one.sentence);
    const distinct = (texts: string[]) => [...new Set(texts.map((text) => URL.exec(text)?.[0]).filter((url): url is string => !!url))];
    const named = distinct(sentences.filter((sentence) => WEBSITE_WORDS.test(sentence)));
    if (named.length === 1) return named[0];
    const all = distinct(sentences);
    return named.length === 0 && all.length === 1 ? all[0] : undefined;
  });
}

/** "where can i see all the stands": the sentence naming the thing with a web address, or pointing to the website. */
function whereToSee(clause: string, event: MeetingEvent): Found | undefined {
  const match = WHERE_TO_SEE.exec(clause.toLowerCase());
  const word = match?.[1] ?? match?.[2];
  if (!word) return undefined;
  const stems = thingStems(word);
  const naming = lineSentences(event)
    .map((one) => one.sentence)
    .filter((sentence) => tokenize(sentence).some((token) => names(token.folded, stems, true)));
  const withUrl = naming.find((sentence) => URL.test(sentence));
  if (withUrl) return { sentence: withUrl };
  const site = websiteOf(event);
  const pointing = naming.find((sentence) => WEBSITE_WORDS.test(sentence));
  return site && pointing ? { sentence: pointing, site } : undefined;
}

// --- How many: the sentence that counts it -----------------------------------------------------------------------

/** A number and the word it counts, one word between at most: "40 stande", "ca. 40 udvalgte stande". */
const COUNTED = /(?<![\d.:/,])(\d{1,5})(?![\d.:/,]\d)\s+(?:(\p{L}+)\s+)?(\p{L}+)/gu;

/** "how many stands are there": the one sentence that writes a number before the thing's word. */
function countOf(clause: string, event: MeetingEvent): Found | undefined {
  const word = HOW_MANY_OF.exec(clause.toLowerCase())?.[1];
  if (!word || NOT_COUNTED_HERE.has(foldWord(word))) return undefined;
  const stems = thingStems(word);
  const counting = lineSentences(event)
    .map((one) => one.sentence)
    .filter((sentence) => [...sentence.matchAll(COUNTED)].some((match) => names(foldWord(match[3]!.toLowerCase()), stems, false)));
  const distinct = [...new Set(counting)];
  return distinct.length === 1 ? { sentence: distinct[0]! } : undefined;
}

// --- What can be won: the line naming the thing and its prize ----------------------------------------------------

/** "hvad kan man vinde i quizzen": the one line of the letter that names the thing and says what its prize is. */
function prizeOf(clause: string, event: MeetingEvent): Found | undefined {
  const word = WIN_ASKED.exec(clause.toLowerCase())?.[1];
  if (!word) return undefined;
  const stems = thingStems(word);
  const lines = event.text
    .split('\n')
    .map((line) => line.replace(/[|]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((line) => PRIZE_NAMED.test(line) && tokenize(line).some((token) => names(token.folded, stems, true)));
  return lines.length === 1 ? { sentence: lines[0]! } : undefined;
}

// --- A feature the letter never names ----------------------------------------------------------------------------

/**
 * "does the course centre have a pool": a feature no word of the letter names (nor its counterpart in the other
 * language, nor a compound of it) is not stated, whatever sentence names the thing that would have it. The feature's
 * word, to say so; undefined when the letter names it anywhere.
 */
export function featureUnsaid(frame: Frame, context: AnswerContext): string | undefined {
  if (frame.check) return undefined;
  const written = HAS_FEATURE.exec(frame.clause)?.[1];
  if (!written) return undefined;
  const word = foldWord(written.toLowerCase());
  if (EventKnowledge.isGeneric(word)) return undefined;
  const stems = thingStems(word);
  const said = letterWords(context.event).some((one) => names(one, stems, true) || one.startsWith(stemWord(word)));
  return said ? undefined : written;
}

const wordsMemo = perEvent<readonly string[]>();

/** The letter's words, folded, each once. */
function letterWords(event: MeetingEvent): readonly string[] {
  return wordsMemo(event, 'letterWords', () => [...new Set(tokenize(event.text).map((token) => token.folded))]);
}
