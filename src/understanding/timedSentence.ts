import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { MONTHS } from '../event/months';
import { extractEntities } from './entities';
import { EventKnowledge } from './knowledge';
import { forwardNoteLines } from '../event/forwardNote';
import { foldWord, splitSentences, stemWord, tokenize } from './normalize';
import type { Frame } from './frame';
import { GLOSSARY_STEMS, GLOSSARY_WORDS } from './glossary';
import { RETURN_ASKED, RETURN_SAID, RETURN_STEMS, asksOutwardLeg, saysReturnOnly } from './tripDirection';
import { escapeRegExp } from '../util/regExp';

/**
 * When of something else than the meeting ("hvornår kan man ringe?"): only a sentence of the letter that names the
 * thing with a time or date answers it, never the meeting's own time.
 */

const NOT_LETTER = String.raw`(?<!\p{L})`;
const NOT_AFTER = String.raw`(?!\p{L})`;
const MONTH_NAMES = Object.keys(MONTHS)
  .filter((name) => name.length >= 4 || name === 'maj')
  .join('|');
/**
 * A time or date as letters write them: "kl. 8-14", "17.00", "14. april", "27/10", "efter sommerferien 2027",
 * "i efteråret". Not phone numbers or amounts ("76 94 18 37", "2.400").
 */
export const TIME_OR_DATE = new RegExp(
  [
    String.raw`${NOT_LETTER}(?:kl|klokken)\.?\s*\d{1,2}`,
    String.raw`(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)`,
    String.raw`${NOT_LETTER}\d{1,2}\.?\s*(?:${MONTH_NAMES})${NOT_AFTER}`,
    String.raw`${NOT_LETTER}(?:${MONTH_NAMES})\s+(?:\d{1,2}(?!\d)|20\d{2})`,
    // "until 25 May": the short month only after a day, where it is no verb.
    String.raw`${NOT_LETTER}\d{1,2}(?:st|nd|rd|th)?\s+may${NOT_AFTER}`,
    String.raw`(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])`,
    String.raw`${NOT_LETTER}(?:i|in|the|this|next|efter|after|før|inden|before|til|until|by|senest|over|fra|from)\s+(?:the\s+)?` +
      String.raw`(?:efteråret|efterår|foråret|forår|sommeren|sommerferien|vinteren|vinterferien|efterårsferien|julen|jul|påske|påsken|nytår|` +
      String.raw`autumn|spring|summer|winter|summer holidays?|christmas|easter|new year)${NOT_AFTER}`,
    // "en uge før mødet", "senest 3 dage før", "the day before": a time counted from another.
    String.raw`${NOT_LETTER}(?:(?:en|et|én|to|tre|fire|fem|seks|otte|ti|fjorten|a|an|one|two|three|four|five|six|eight|ten|\d{1,2})\s+)?` +
      String.raw`(?:dag|dage|dagen|uge|uger|ugen|måned|måneder|måneden|day|days|week|weeks|month|months)\s+(?:før|efter|inden|forud|before|after|prior)${NOT_AFTER}`,
    // "udleveres samme dag", "handed out on the day": the meeting's own day.
    String.raw`${NOT_LETTER}(?:samme dag|på dagen|same day|on the day)${NOT_AFTER}`,
  ].join('|'),
  'iu',
);

/** "12.00 Frokost": a line of the programme, answered by its item. */
export const PROGRAMME_LINE = /^[\W_]*(?:\d{1,2}[.)]\s+)?(?:kl\.?\s*)?\d{1,2}[.:]\d{2}/i;
/** Asking for a time of day, and one as letters write it ("kl. 9-12", "17.00"). */
const CLOCK_ASKED = /(?<!\p{L})(what time|which time|hvad tid|klokken hvad|hvilket klokkeslæt|hvad klokken)(?!\p{L})/iu;
const CLOCK_TIME = /(?<!\p{L})(?:kl|klokken)\.?\s*\d|(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)|\d\s*(?:am|pm)(?!\p{L})/iu;
/** Words of beginning and of ending, Danish and English. */
const STARTS = /(?<!\p{L})(begynd\p{L}*|start\p{L}*|går i gang|igangsæt\p{L}*|åbne\p{L}*|begin\p{L}*|opens?|from|fra)(?!\p{L})/iu;
const ENDS =
  /(?<!\p{L})(færdig\p{L}*|slut\p{L}*|afslut\p{L}*|ender|lukke\p{L}*|senest|indtil|finish\p{L}*|done|complet\p{L}*|ends?|close\p{L}*|until|by the end)(?!\p{L})/iu;

/** Words that ask when ("hvornår" typed "hvornaar" too): a cue like "starter" or "til" alone does not ("hvad er afgørende for …"). */
export const WHEN_QUESTION =
  /(?<!\p{L})(hvorn(?:å|aa|a)r|when|what time|which time|hvad tid|hvilket tidspunkt|klokken hvad|hvor sent|how late|hvilken dato|which date|what date)(?!\p{L})/iu;

/**
 * Asking by when something must be done or until when it lasts ("hvornår skal hotellet være booket?", "until when
 * are the rooms held?"): of two sentences naming the thing, the one written as a deadline answers.
 */
export const BY_WHEN_ASKED =
  /(?<!\p{L})(until when|till when|by when|by what date|indtil hvorn(?:å|aa|a)r|til hvorn(?:å|aa|a)r|inden hvorn(?:å|aa|a)r|senest hvorn(?:å|aa|a)r|hvorn(?:å|aa|a)r\s+skal|when do (?:i|we|you) (?:need|have) to|when (?:must|should) (?:i|we|you)|\p{L}*frist\p{L}*|deadline\p{L}*)(?!\p{L})/iu;
/** Words letters write a deadline with. */
export const DEADLINE_SAID =
  /(?<!\p{L})(senest|\p{L}*frist\p{L}*|inden|frem til|indtil|deadline|no later than|until|by|held until)(?!\p{L})/iu;

/** Sending, handing in or submitting something. */
export const SUBMIT =
  /(?<!\p{L})(send\p{L}*|sent|sende\p{L}*|indsend\p{L}*|aflever\p{L}*|indlever\p{L}*|submit\p{L}*|hand in|deliver\p{L}*|upload\p{L}*|uploade\p{L}*)(?!\p{L})/iu;

/**
 * The sentence of the letter that names what a when-question asks about and says a time or date: the one naming most
 * of its words (or their counterparts in the other language). Programme lines are left to their items.
 */
export function timedSentence(
  thing: readonly string[],
  knowledge: EventKnowledge,
  clause: string,
  prefer?: RegExp,
): { text: string; score: number } | undefined {
  // "hvornår er byggeriet færdigt?" is not answered by when it begins, nor "when does it start" by when it must end.
  // Coming back ("hvornår er vi tilbage?", "when are we back in Vestby?"): only a sentence that says it answers, the
  // time the bus leaves is no time of coming back; nor is coming back the time the bus leaves in the morning.
  const asksReturn = thing.some((word) => RETURN_ASKED.test(word));
  const asksOutward = asksOutwardLeg(clause, thing);
  // "when are we back from the walk" asks no start by its "from": coming back is asked, which its word decides.
  const asksEnd = !asksReturn && ENDS.test(clause) && !STARTS.test(clause);
  const asksStart = !asksReturn && STARTS.test(clause) && !ENDS.test(clause);
  const asksClock = CLOCK_ASKED.test(clause);
  const preferred = prefer ?? (BY_WHEN_ASKED.test(clause) ? DEADLINE_SAID : undefined);
  const fits = (sentence: string) => {
    if ((asksEnd && STARTS.test(sentence) && !ENDS.test(sentence)) || (asksStart && ENDS.test(sentence) && !STARTS.test(sentence)))
      return false;
    if (asksReturn && !RETURN_SAID.test(sentence)) return false;
    if (asksOutward && saysReturnOnly(sentence)) return false;
    if (onlyMeasured(sentence, thing)) return false;
    // "what time can I phone?": a date is no time of day.
    return !asksClock || CLOCK_TIME.test(sentence);
  };
  // A compound's head ("Udviklingsstrategi" for "strategien") does not count: dates are in many sentences that merely
  // mention a thing.
  const found = sentenceSaying(thing, knowledge, TIME_OR_DATE, false, fits, preferred);
  if (!preferred) return found;
  const note = forwardNoteText(knowledge.event);
  // The sign-up's own sentence, found by a word in passing ("planlægge" for "plan"), is no deadline of another thing.
  const signUp = found !== undefined && !SIGN_UP_ASKED.test(clause) && isSignUpSentence(found.text, knowledge);
  if (SIGN_UP_ASKED.test(clause) || (found && !signUp && !note.includes(flat(found.text)))) return found;
  // A deadline of a thing the letter dates by its compound's first part: "høringssvar" (or "comments", its
  // counterpart) by the sentence giving the deadline of the "høring" ("Høringsfristen er …", "i høring frem til …").
  const modifiers = compoundModifiers(thing);
  const inBody = (sentence: string) => fits(sentence) && DEADLINE_SAID.test(sentence) && !note.includes(flat(sentence));
  const body =
    (found && !signUp ? sentenceSaying(thing, knowledge, TIME_OR_DATE, false, inBody, preferred) : undefined) ??
    (modifiers.length > 0 ? sentenceSaying(modifiers, knowledge, TIME_OR_DATE, false, inBody, preferred) : undefined);
  if (!body || isSignUpSentence(body.text, knowledge)) return found;
  // The note of the one forwarding sets a deadline of its own ("skriv til os inden 25/4"): the letter's, then theirs.
  if (signUp) return body;
  return found ? { text: `${body.text} … ${found.text}`, score: Math.max(found.score, body.score) } : body;
}

/**
 * "when will the minutes be sent?" (or "referatet"): a sentence naming the word only as a measure after a number
 * ("a 10-minute walk", "15 minutes") is about time, not the thing asked.
 */
export function onlyMeasured(sentence: string, thing: readonly string[]): boolean {
  const stems = new Set(thing.flatMap((word) => [stemWord(foldWord(word)), ...(GLOSSARY_STEMS.get(stemWord(foldWord(word))) ?? [])]));
  const tokens = tokenize(sentence);
  let measured = false;
  for (const [i, token] of tokens.entries()) {
    if (!stems.has(stemWord(token.folded))) continue;
    // A unit of time or length after an amount ("10-minute", "2 timer"), not after a clock time ("kl. 14.30 sejler").
    const amount = /^\d+$/.test(tokens[i - 1]?.folded ?? '') && !/^(?:\d+|kl)$/.test(tokens[i - 2]?.folded ?? '');
    if (!amount || !MEASURE.test(token.folded)) return false;
    measured = true;
  }
  return measured;
}

/** Units of time and length, folded: what a number before a word measures. */
const MEASURE = /^(?:min|minut\p{L}*|hours?|time|timer|timers|days?|dag|dage|dages|weeks?|uge|uger|ugers|km|meter)$/u;

/** Signing up or cancelling asked: its own sentence answers. */
const SIGN_UP_ASKED = /(?<!\p{L})(?:tilmeld|sign|regist|rsvp|afbud|afmeld|cancel)/iu;

/**
 * The first parts of the asked words' compounds, and of their counterparts in the other language, whose other part is
 * a word of its own ("horings|svar" → "horing"): at least five letters, so no syllable passes for a word.
 */
function compoundModifiers(thing: readonly string[]): string[] {
  const found = new Set<string>();
  for (const word of thing) {
    const folded = foldWord(word);
    for (const compound of [folded, ...(GLOSSARY_STEMS.get(stemWord(folded)) ?? [])]) {
      for (let at = 5; at <= compound.length - 3; at++) {
        const rest = compound.slice(at);
        // The linking "s" of a Danish compound joins the parts; it belongs to neither.
        const head = rest.startsWith('s') && !GLOSSARY_STEMS.has(stemWord(rest)) ? rest.slice(1) : rest;
        if (head.length >= 3 && GLOSSARY_STEMS.has(stemWord(head))) found.add(compound.slice(0, at));
      }
    }
  }
  return [...found].filter((modifier) => !EventKnowledge.isGeneric(modifier));
}

const forwardNotes = perEvent<string>();

/** The note above a forwarded invitation, flattened (lower case, single spaces), for telling its sentences from the letter's. */
export function forwardNoteText(event: MeetingEvent): string {
  return forwardNotes(event, 'note', () => {
    const lines = event.text.split('\n');
    return flat(
      forwardNoteLines(lines)
        .map((index) => lines[index])
        .join(' '),
    );
  });
}

/** A street address ("Egevej 23") or a number, postcode and town ("Ågade 27, 9990 Vestby"). */
const ADDRESSES = [
  String.raw`\p{Lu}\p{L}+(?:vej|gade|stræde|allé|alle|plads|torv|vænget|parken|boulevarden|road|street|square|avenue|lane)\s+\d{1,3}\p{Ll}?${NOT_AFTER}`,
  String.raw`\p{Lu}\p{L}+\s+\d{1,3},\s*\d{4}\s+\p{Lu}`,
];
/**
 * A place as letters give one for a thing: an address ("Egevej 23", "Ågade 27, 9990 Vestby"), a web address,
 * an e-mail address, or a part of a building ("main entrance", "receptionen", "postkasse").
 */
export const PLACE_SAID = new RegExp(
  [
    ...ADDRESSES,
    String.raw`${NOT_LETTER}(?:https?://|www\.)\S+`,
    String.raw`${NOT_LETTER}[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:dk|com|org|net|eu|no|se|fi|de|example)(?:/\S*)?${NOT_AFTER}`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // A room or hall of a building: "i Hal 2", "in Building C", "i cafeteriet", "i gymnastiksalen", "i mellemgangen".
    // A numbered spot at a fair: "på stand 7", "at booth 12".
    String.raw`${NOT_LETTER}(?:i|in|på|at|ved)\s+(?:the\s+)?(?:(?:hal|sal|bygning|lokale|fløj|blok|hall|room|building|wing|block|stand|bod|booth)\s+[\p{Lu}\d]|` +
      String.raw`\p{L}{3,}(?:salen|hallen|gangen|rummet|lokalet|gården)${NOT_AFTER}|` +
      String.raw`(?:salen|hallen|kantinen|cafeteriet|caféen|cafeen|foyeren|atriet|aulaen|kælderen|lokalet|canteen|cafeteria|foyer|atrium|lobby|basement)${NOT_AFTER})`,
    // A car park to set off from or meet at: "fra medarbejderparkeringen", "ved p-pladsen", "from the car park".
    String.raw`${NOT_LETTER}(?:fra|ved|from|at)\s+(?:the\s+)?(?:\p{L}*parkering\p{L}*|p-plads\p{L}*|\p{L}*parkeringsplads\p{L}*|car park|parking lot)${NOT_AFTER}`,
    // A floor: "på 1. sal", "2. etage", "i stueetagen", "on the 2nd floor", "ground floor".
    String.raw`(?<![\p{L}\d])\d{1,2}\.\s*(?:sal|etage)${NOT_AFTER}|${NOT_LETTER}stueetage\p{L}*|(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top)\s+floor${NOT_AFTER}`,
    String.raw`${NOT_LETTER}(?:\p{L}*indgang\p{L}*|entrance|reception\p{L}*|foyer\p{L}*|lobby|postkasse\p{L}*|mailbox|letterbox|hjemmeside\p{L}*|website|homepage|intranet\p{L}*|bus bay|busholde\p{L}*|perron\p{L}*|platform)${NOT_AFTER}`,
  ].join('|'),
  'iu',
);

/**
 * The sentence of the letter that names the thing asked before and the detail asked of it now, and says what `said`
 * matches (a place, an amount; any words when the detail is named by its own words).
 */
export function detailSentence(
  thing: readonly string[],
  detail: readonly string[],
  knowledge: EventKnowledge,
  said: RegExp,
): { text: string; score: number } | undefined {
  return sentenceSaying(thing, knowledge, said, true, () => true, undefined, detail);
}

/** What "what's the address" asks for (see ADDRESSES). */
export const ADDRESS_SAID = new RegExp(ADDRESSES.join('|'), 'iu');
/** Asking for an address, which a floor or an entrance does not give. */
const ADDRESS_ASKED = /(?<!\p{L})(adresse\p{L}*|address\p{L}*|adrese|adress)(?!\p{L})/iu;

/**
 * The sentence of the letter that names what a where-question asks about and says where (see PLACE_SAID); of
 * "what's the address of …", only one that gives an address.
 */
export function placedSentence(
  thing: readonly string[],
  knowledge: EventKnowledge,
  clause = '',
): { text: string; score: number } | undefined {
  return sentenceSaying(thing, knowledge, ADDRESS_ASKED.test(clause) ? ADDRESS_SAID : PLACE_SAID, true, () => true);
}

/**
 * Where a thing is ("where is P9?"): the sentence placing it, else one naming it with a walk or a distance ("the car
 * park P9, a 6-minute walk away"), which says where it is from the venue. An address asked needs an address.
 */
export function whereSentence(
  thing: readonly string[],
  knowledge: EventKnowledge,
  clause: string,
): { text: string; score: number } | undefined {
  return placedSentence(thing, knowledge, clause) ?? (ADDRESS_ASKED.test(clause) ? undefined : travelSentence(thing, knowledge));
}

/** A length of time as letters give one: "2 år", "i tre måneder", "for 12 months". */
export const LENGTH_SAID =
  /(?<!\p{L})(?:\d{1,3}|en|et|to|tre|fire|fem|seks|a|an|one|two|three|four|five|six)\s+(?:år|aar|years?|måneder|maaneder|måned|months?|uger|weeks?)(?!\p{L})/iu;

/** The sentence of the letter that names what a how-long question asks about and says a length of time. */
export function lastingSentence(thing: readonly string[], knowledge: EventKnowledge): { text: string; score: number } | undefined {
  return sentenceSaying(thing, knowledge, LENGTH_SAID, true, () => true);
}

/** A digit: a sentence that gives a fact of a number. */
const DIGIT = /\d/;

/**
 * The sentence of the letter that names most of the words asked and holds a fact `fits` accepts (a date, an amount, a
 * phone number …): what a yes/no question naming such a fact about that thing is checked against.
 */
export function factSentence(
  thing: readonly string[],
  knowledge: EventKnowledge,
  fits: (sentence: string) => boolean,
): { text: string; score: number } | undefined {
  return sentenceSaying(thing, knowledge, DIGIT, true, fits, undefined, [], true, true);
}

/** A way as letters give one: "10 minutters gang", "a 15-minute walk", "2 km". */
const WAY_SAID = /\d+\s*-?\s*(?:min\p{L}*|km|kilomet\p{L}*|meter|metres?)(?!\p{L})/iu;

/** The sentence of the letter that names the far end of a "how far" question and says how long or far the way is. */
export function travelSentence(thing: readonly string[], knowledge: EventKnowledge): { text: string; score: number } | undefined {
  return sentenceSaying(thing, knowledge, WAY_SAID, true, () => true);
}

/**
 * The sentence of the letter that names most of the words asked (or their counterparts in the other language) and
 * says what `said` matches. Programme lines are left to their items.
 */
function sentenceSaying(
  thing: readonly string[],
  knowledge: EventKnowledge,
  said: RegExp,
  compounds: boolean,
  fits: (sentence: string) => boolean,
  prefer?: RegExp,
  detail: readonly string[] = [],
  timedLines = false,
  headsFirst = false,
): { text: string; score: number } | undefined {
  if (thing.length === 0) return undefined;
  const asked = wordsAsked(thing);
  // "hvor kan man parkere?" then "hvor er indkørslen?": a sentence that names the thing and the detail asked of it.
  const detailAsked = wordsAsked(detail);
  const foundIn = (words: readonly string[], entries = asked) => {
    // A compound names its head: "baggrundsmateriale" is material, "kursusbevis" a certificate.
    const names = (forms: Set<string>) =>
      [...forms].some((stem) =>
        words.some(
          (word) => word === stem || (stem.length >= 4 && word.startsWith(stem)) || (compounds && stem.length >= 5 && word.endsWith(stem)),
        ),
      );
    // Named only by an ordinary counterpart ("hentes" for "find"), a word counts, but not as naming the thing.
    return entries.flatMap((entry) => (names(entry.stems) ? [entry] : names(entry.ordinary) ? [{ ...entry, strong: false }] : []));
  };
  // A Danish compound's head is its last part: "høringssvar" is an answer to a consultation, "høring" the consultation
  // itself. Of two sentences naming a checked thing, the one naming it as a whole word or a head says its fact.
  const asModifierOnly = (words: readonly string[], found: ReturnType<typeof foundIn>) =>
    headsFirst
      ? found.filter(
          (entry) =>
            entry.strong &&
            ![...entry.stems].some((stem) => words.some((word) => word === stem || (stem.length >= 5 && word.endsWith(stem)))),
        ).length
      : 0;
  const namesDetail = (words: readonly string[]) => detail.length === 0 || foundIn(words, detailAsked).some((entry) => entry.strong);
  let best: { text: string; score: number } | undefined;
  const consider = (text: string, found: ReturnType<typeof foundIn>, score: number) => {
    if (found.some((entry) => entry.strong) && (!best || score > best.score)) best = { text, score };
  };
  for (const sentence of sentencesSaying(knowledge, said)) {
    // Of two sentences naming the thing alike, the one written as a deadline ("senest …") when a deadline is asked.
    // A fact checked may stand on a line the letter starts with a time ("kl. 8.00  Rutebilstationen") that is no
    // programme item's: the line states it.
    if ((sentence.says || (timedLines && sentence.timedLine)) && fits(sentence.text) && namesDetail(sentence.words)) {
      const found = foundIn(sentence.words);
      consider(sentence.text, found, found.length + (prefer?.test(sentence.text) ? 0.5 : 0) - 0.25 * asModifierOnly(sentence.words, found));
      continue;
    }
    // "Årsregnskabet er vedhæftet. Begge dele kan hentes på www…": the next sentence, when it refers back to this one,
    // says it; a little less surely than one sentence saying both.
    const withNext = sentence.withNext;
    if (withNext && fits(withNext.next) && namesDetail(withNext.words)) {
      const both = foundIn(withNext.words);
      consider(withNext.text, both, both.length - 0.5 - 0.25 * asModifierOnly(withNext.words, both));
    }
  }
  return best;
}

/** The words asked of, each with its stems and counterparts in the other language, as `sentenceSaying` looks for them. */
function wordsAsked(thing: readonly string[]) {
  return thing.map((word) => {
    const own = stemWord(word);
    // "back" and "tilbage" are ordinary words, but coming back is the thing asked: any word of it names it.
    if (RETURN_ASKED.test(word)) return { stems: new Set([own, word, ...RETURN_STEMS]), ordinary: new Set<string>(), strong: true };
    const all = [...(GLOSSARY_STEMS.get(own) ?? [])].filter((stem) => stem.length >= 3);
    // A counterpart whose stem is an ordinary word ("hør" of "høring") is still looked for as written.
    const counterparts = [
      ...all.filter((stem) => !EventKnowledge.isGeneric(stem)),
      ...[...(GLOSSARY_WORDS.get(own) ?? [])].filter(
        (form) => form.length >= 4 && !EventKnowledge.isGeneric(form) && EventKnowledge.isGeneric(stemWord(form)),
      ),
    ];
    // An ordinary word ("send", "have") counts beside another, but does not by itself make a sentence about the thing;
    // its ordinary counterparts count as it does ("find" → "hentes").
    const ordinary = EventKnowledge.isGeneric(word) ? all.filter((stem) => !counterparts.includes(stem)) : [];
    return {
      // The word as written too: "hallen" is the head of "sorteringshallen", though its stem "hal" is too short to be.
      stems: new Set([own, word, ...counterparts]),
      ordinary: new Set(ordinary),
      // Sending is how a thing goes, not the thing: "until when can I send comments" is not "send questions by …".
      // An ordinary word one of whose counterparts is sending ("out" of "sent out", "receive") is sending too.
      strong:
        (!EventKnowledge.isGeneric(word) || counterparts.length > 0) &&
        !SUBMIT.test(word) &&
        !(EventKnowledge.isGeneric(word) && all.some((stem) => SUBMIT.test(stem))),
    };
  });
}

/** A paragraph's heading, on a line of its own above its running text (see the passages' split). */
const HEADED = /^([^\n.!?:;,]{3,50})\n(?=[^\n]{60,}$)/u;

/** A sentence that starts by referring to the one before it ("Det …", "Begge dele …", "It …", "These …"). */
const REFERS_BACK = /^\s*(?:det|den|de|dem|disse|dette|begge|her|it|they|this|these|those|both|here)(?!\p{L})/iu;

/** A sentence of the letter as `sentenceSaying` reads it, made once per event and pattern. */
interface SaidSentence {
  text: string;
  /** Its words' stems and folded forms (addresses and links left out). */
  words: readonly string[];
  /** It says what the pattern matches, and is no programme line (whether it fits a question is asked per question). */
  says: boolean;
  /** It says what the pattern matches on a line that starts with a time, and is no programme item's line. */
  timedLine: boolean;
  /** The next sentence, when it refers back to this one and says it: read with this one when this one does not. */
  withNext?: { text: string; next: string; words: readonly string[] };
}

/**
 * The sentences of the paragraphs a pattern matches, tokenized and tested once per event: every when-, where- and
 * how-long question looked through them, and splitting, tokenizing and matching them anew was most of its time.
 */
const saidSentences = new WeakMap<EventKnowledge, Map<string, readonly SaidSentence[]>>();

function sentencesSaying(knowledge: EventKnowledge, said: RegExp): readonly SaidSentence[] {
  let byPattern = saidSentences.get(knowledge);
  if (!byPattern) saidSentences.set(knowledge, (byPattern = new Map<string, readonly SaidSentence[]>()));
  // By the pattern's text, not the object: a pattern written where it is used is a new object at every call.
  const key = `${said.source}/${said.flags}`;
  const known = byPattern.get(key);
  if (known) return known;
  const programme = programmeLines(knowledge);
  const says = (sentence: string) => said.test(sentence) && !PROGRAMME_LINE.test(sentence) && !programme.test(sentence);
  const wordsOf = (sentence: string) => {
    // An address or a link ("planogbyg@…") is no word of the sentence: it names no "plan".
    const tokens = tokenize(sentence.replace(/\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*/gi, ' '));
    return [...new Set([...tokens.map((token) => stemWord(token.folded)), ...tokens.map((token) => token.folded)])];
  };
  const made: SaidSentence[] = [];
  for (const paragraph of knowledge.passages.matchingAny(said)) {
    // "Rundvisning i hallen" / "Vil du se …? Driftsleder Ida Storm viser rundt kl. 11.00": the paragraph's heading
    // names what each of its sentences is about, and is said with them.
    const heading = HEADED.exec(paragraph)?.[1];
    const body = heading ? paragraph.slice(heading.length + 1) : paragraph;
    // "… senest d. 27/10. Kan jeres forening …": a date ends a sentence when a capital starts the next.
    const sentences = splitSentences(body).flatMap((text) => text.split(/(?<=\d\.)\s+(?=\p{Lu})/u));
    sentences.forEach((own, i) => {
      const text = heading ? `${heading}: ${own}` : own;
      const next = sentences[i + 1];
      const sentence: SaidSentence = {
        text,
        words: wordsOf(text),
        says: says(own),
        timedLine: said.test(own) && PROGRAMME_LINE.test(own) && !programme.test(own),
      };
      if (next && REFERS_BACK.test(next) && says(next))
        sentence.withNext = { text: `${text} ${next}`, next, words: wordsOf(`${text} ${next}`) };
      made.push(sentence);
    });
  }
  byPattern.set(key, made);
  return made;
}

/** A time followed by a programme item's title: the programme run together in one paragraph, left to its items. */
function programmeLines(knowledge: EventKnowledge): RegExp {
  const titles = knowledge.items
    .flatMap((indexed) => Object.values(indexed.item.title))
    .filter((title): title is string => typeof title === 'string' && title.length >= 3)
    .map((title) => escapeRegExp(title.slice(0, 20)));
  if (titles.length === 0) return /(?!)/;
  return new RegExp(String.raw`\d{1,2}[.:]\d{2}\s*[-–|]?\s*(?:${titles.join('|')})`, 'iu');
}

/** A frame answered by the sentence saying when the thing asked about is, or by nothing (not the meeting's time). */
export function whenOfFrame(frame: Frame, thing: string[], found: { text: string } | undefined, asks?: Frame['whenOfAsks']): Frame {
  const { topic: _topic, aspect: _aspect, items: _items, person: _person, ...rest } = frame;
  return {
    ...rest,
    whenOf: thing,
    ...(asks ? { whenOfAsks: asks } : {}),
    ...(found ? { passage: { id: '', text: found.text, score: 0, matchedTerms: 1 } } : {}),
  };
}

/**
 * A sentence of the letter's sign-up text that gives its deadline ("tilmeld dig senest …, så vi kan planlægge …"): it
 * answers when signing up closes, not when the other things it names in passing are.
 */
export function isSignUpSentence(sentence: string, knowledge: EventKnowledge): boolean {
  const asked = flat(sentence);
  return deadlineSentences(knowledge.event).some((said) => asked.includes(said) || said.includes(asked));
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const signUpSentences = perEvent<string[]>();

/**
 * The sentences of the sign-up text that give the deadline's own date ("du får besked senest 14. april" of the same
 * text is another date), as `isSignUpSentence` compares them: found once per event, not for every question of when.
 */
function deadlineSentences(event: MeetingEvent): string[] {
  return signUpSentences(event, 'deadline', () => {
    const registration = event.registration;
    if (!registration?.deadline || !registration.text) return [];
    const [month, day] = [Number(registration.deadline.slice(5, 7)), Number(registration.deadline.slice(8, 10))];
    const givesDeadline = (text: string) => extractEntities(text).dates.some((date) => date.day === day && date.month === month);
    return [registration.text.da, registration.text.en]
      .flatMap((text) => (text ? splitSentences(text) : []))
      .map(flat)
      .filter((said) => said.length >= 20 && givesDeadline(said));
  });
}
