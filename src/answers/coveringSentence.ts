import { MONTHS } from '../event/months';
import { messages } from '../i18n';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { foldWord, sentencesOfLine, stemWord, tokenize } from '../understanding/normalize';
import { GLOSSARY } from '../understanding/lexicon/glossary';
import { GLOSSARY_LANGUAGE } from '../understanding/glossary';
import { MEETING_TITLE_WORDS } from '../understanding/personMatch';
import { isSignUpSentence, onlyMeasured } from '../understanding/timedSentence';
import { perEvent } from '../event/memo';
import type { Frame } from '../understanding/frame';
import { amountSaid, askedNotSaid, countSaid } from './coverage';
import type { AnswerContext, Part } from './parts';

/**
 * The last resort before "the invitation doesn't say": a sentence of the letter's free text that speaks of every
 * content word of the question and states the kind of fact asked for ("who is retiring?" → "After 31 years with us,
 * Ida Storm is retiring"). A question of who, when, where or how many alone: a "what" has no kind of fact a sentence
 * can be seen to give, and quoting a sentence that merely shares the question's words would be a wrong answer.
 */

/** The kind of fact a question asks for, which the sentence quoted must state. */
export type Wanted = 'person' | 'name' | 'time' | 'count' | 'amount' | 'place' | 'address';

const LEAD = String.raw`^(?:(?:og|and|so|så|men|but)\s+)?`;
const ASKS_WHO = new RegExp(String.raw`${LEAD}(?:who|whom|whos|hvem)(?!\p{L})`, 'iu');
/** Asking what something is called: "hvad hedder entreprenøren?", "what's the name of the firm?". */
const ASKS_NAME =
  /(?<!\p{L})(?:hvad hedder|hvad hed|hvad er navnet|hvilket navn|what(?:'s| is| are)? the names?|what(?:'s| is) (?:it|the \p{L}+) called|name of)(?!\p{L})/iu;
const ASKS_WHEN = new RegExp(
  String.raw`${LEAD}(?:when|until when|till when|by when)(?!\p{L})|(?<!\p{L})(?:hvornår|hvornar|indtil hvornår|inden hvornår|hvad tid|hvilken dato|hvad dato|what time|what date|which date|deadline|frist\p{L}*|\p{L}+frist(?:en)?)(?!\p{L})`,
  'iu',
);
const ASKS_COUNT = /(?<!\p{L})(?:hvor mange|how many)(?!\p{L})/iu;
const ASKS_AMOUNT = /(?<!\p{L})(?:hvor meget|how much)(?!\p{L})/iu;
const ASKS_ADDRESS = /(?<!\p{L})(?:adresse\p{L}*|address\p{L}*)(?!\p{L})/iu;
const ASKS_WHERE = new RegExp(
  String.raw`${LEAD}(?:where|hvor)(?!\p{L})(?!\s+(?:mange|meget|lang|længe|langt|tit|ofte|stor|store|tidlig|sent|many|much|long|often|far|early|late))|(?<!\p{L})(?:nearest|closest|nærmeste)(?!\p{L})`,
  'iu',
);

/** A number with its unit of measure: a share, a length of time, a length, an area, a weight. */
const QUANTITY =
  /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|procent|percent|(?:timer|time|hours?|minutter|minutes?|min|dage|days?|uger|weeks?|måneder|months?|meter|m|km|m²|m2|kvm|kg|liter|sider|pages?)(?!\p{L}))/iu;
/** Asking a price: only money answers. */
const MONEY_ASKED =
  /(?<!\p{L})(?:koste\p{L}*|cost\p{L}*|pris\p{L}*|price\p{L}*|betal\p{L}*|pay\p{L}*|kr|kroner|dkk|euro?|gebyr\p{L}*|fee|fees|kontingent\p{L}*)(?!\p{L})/iu;

/** Signing up or cancelling named (folded or as written). */
const SIGN_UP_NAMED = /(?<!\p{L})(?:tilmeld\p{L}*|sign\p{L}*|regist\p{L}*|rsvp|afbud\p{L}*|afmeld\p{L}*|cancel\p{L}*)(?!\p{L})/iu;

/** Meeting, as a verb ("where do we meet?"): the meeting itself (folded). */
const MEETING_VERBS = new Set(['meet', 'meets', 'mødes', 'mødtes', 'mødet', 'møder'].map(foldWord));

/** Words that only say which kind of fact is asked ("deadline", "adresse", "hedder"), folded: not a thing to cover. */
const KIND_WORDS = new Set(
  [
    'deadline',
    'deadlines',
    'frist',
    'fristen',
    'adresse',
    'adressen',
    'address',
    'name',
    'names',
    'navn',
    'navnet',
    'navne',
    'hedder',
    'called',
    'cost',
    'costs',
    'koste',
    'koster',
    'price',
    'pris',
    'prisen',
    'time',
    'tid',
    'tidspunkt',
    'date',
    'dato',
    'datoen',
    'many',
    'much',
    'mange',
    'meget',
  ].map(foldWord),
);

/** A time of day, a date, a weekday, a week or a month as letters write them. */
const TIME_WRITTEN = new RegExp(
  String.raw`\d{1,2}[.:]\d{2}|(?<!\p{L})kl\.?\s*\d|\d{1,2}\.?\s*(?:${Object.keys(MONTHS).join('|')})(?!\p{L})|(?<!\p{L})(?:${Object.keys(MONTHS).join('|')})\s+\d{1,2}(?!\d)|(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/]\d{3})|(?<!\p{L})(?:uge|week)\s+\d{1,2}(?!\d)|(?<!\p{L})(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\p{L})`,
  'iu',
);

const TIME_WRITTEN_ALL = new RegExp(TIME_WRITTEN.source, 'giu');

/** A name as written: two or more words with a capital in a row ("Ida Storm", "Brødrene Bak Anlæg"). */
const NAME_RUN = /(?<![\p{L}\d])\p{Lu}[\p{Ll}'-]+(?:\s+(?:\p{Lu}[\p{Ll}'-]+|\p{Lu}\.|\p{Lu}\/\p{Lu}))+/gu;

/** An address: a street and its number ("Ågade 3", "Vestby Allé 22"), or a postal code before a town. */
const ADDRESS = /\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)?\s\d{1,3}\p{Ll}?(?![\d.:])|(?<!\d)\d{4}\s+\p{Lu}\p{Ll}+/u;
/** A place named as where something is: after a preposition or "is", "er" ("er Vestby", "at Restaurant Fyret"). */
const PLACE_NAMED = /(?<!\p{L})(?:at|in|on|is|på|i|hos|ved|er)\s+(?:the\s+)?\p{Lu}\p{Ll}/u;

export function wantedOf(clause: string): Wanted | undefined {
  if (ASKS_NAME.test(clause)) return 'name';
  if (ASKS_WHO.test(clause)) return 'person';
  if (ASKS_COUNT.test(clause)) return 'count';
  if (ASKS_AMOUNT.test(clause)) return 'amount';
  if (ASKS_WHEN.test(clause)) return 'time';
  if (ASKS_ADDRESS.test(clause)) return 'address';
  if (ASKS_WHERE.test(clause)) return 'place';
  return undefined;
}

/** The words of a question a sentence must speak of: no little word, word of asking or word of the kind asked. */
export function contentWords(clause: string): string[] {
  const joined = joinShortParts(clause);
  return [
    ...new Set(
      tokenize(joined)
        .map((token) => token.folded)
        .filter(
          (word) =>
            (/^\d+$/.test(word) || word.length >= 3) &&
            !LEXICON.questionWords.has(word) &&
            !EventKnowledge.isGeneric(word) &&
            !KIND_WORDS.has(word),
        ),
    ),
  ];
}

/**
 * A unit of the letter's free text a question may be answered by, with what testing it against any question needs:
 * made once per event (see unitsOf), not for every unit at every question.
 */
interface Unit {
  /** As the letter writes it. */
  readonly text: string;
  /** Its clock times (see CLOCK). */
  readonly clocks: number;
  /** Its words' stems, web and e-mail addresses left out and short parts joined (see covers). */
  readonly stems: readonly string[];
  /** Its text without web addresses and without times and dates, where a number asked is looked for (see covers). */
  readonly untimed: string;
  /** Whether it is the sign-up's sentence that gives the deadline (see isSignUpSentence); found when first asked. */
  signUp?: boolean;
}

/**
 * The letter's free text in units a question may be answered by: each line, cut at its sentences and at the items
 * of a list written in one line ("… kommer: - Ida Storm, projektleder - Ole Bak, formand").
 */
function unitsOf(knowledge: EventKnowledge): readonly Unit[] {
  return UNITS(knowledge.event, 'units', () =>
    [
      ...new Set(
        knowledge.event.passages
          .flatMap((passage) => withHeadings(passage.text.split('\n')).flatMap((line) => sentencesOfLine(line)))
          .flatMap((sentence) => sentence.split(/\s+[-•▪●◦*]\s+|^\s*[-•▪●◦*]\s+/u))
          .map((unit) => unit.replace(/^[\s#*>•-]+|\*+/g, '').trim())
          .filter((unit) => unit.length >= 12),
      ),
    ].map(unitOf),
  );
}

function unitOf(text: string): Unit {
  const said = text.replace(WEB_ADDRESS, ' ');
  return {
    text,
    clocks: text.match(CLOCK)?.length ?? 0,
    stems: tokenize(joinShortParts(said)).map((token) => stemWord(token.folded)),
    untimed: said.replace(TIME_WRITTEN_ALL, ' '),
  };
}

/** Whether a text (a sentence of one part of the letter) speaks of a word of the question, as covering tells. */
export function speaksOf(word: string, clause: string, language: string): (text: string) => boolean {
  const covers = covering(word, joinedWords(clause), language);
  return (text) => covers(unitOf(text));
}

const UNITS = perEvent<readonly Unit[]>();

/** A line of a few words with no stop ("Bestyrelsen") heads the line after it, which it is about. */
function withHeadings(lines: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const heading = i + 1 < lines.length && line.split(/\s+/).length <= 3 && !/[.!?:,;]$/.test(line) && /\p{L}/u.test(line);
    if (heading) {
      lines[i + 1] = `${line} ${lines[i + 1]!.trim()}`;
      continue;
    }
    joined.push(line);
  }
  return joined;
}

/**
 * The glossary's phrases (the stems of their folded words) by the stem of each one-word phrase: a word's counterparts
 * and synonyms, stemmed once here rather than at every question.
 */
const COUNTERPARTS = (() => {
  const maps = { da: new Map<string, string[][]>(), en: new Map<string, string[][]>() };
  for (const [da, en] of GLOSSARY) {
    const stemmed = (side: readonly string[]) => side.map((phrase) => tokenize(phrase).map((token) => stemWord(token.folded)));
    const [daPhrases, enPhrases] = [stemmed(da), stemmed(en)];
    // Only the phrases of the letter's own language: "referat" is "minutes" in English, which a Danish letter's
    // "15 minutters pause" is not.
    for (const [language, own] of [
      ['da', daPhrases],
      ['en', enPhrases],
    ] as const) {
      const map = maps[language];
      for (const phrase of [...daPhrases, ...enPhrases])
        if (phrase.length === 1) map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), ...own]);
    }
  }
  return maps;
})();

/**
 * Whether a word of a text is a word asked, by their stems: the same, or one a compound of the other, starting it with
 * three letters or more after it ("sommer" of "sommerudvalget") or ending it with two or more before it ("start" of
 * "opstart", "skole" of "Vestbyskolen"). Not an inflection apart ("propos" of "proposal").
 */
function sameOrCompound(said: string, asked: string): boolean {
  if (said === asked) return true;
  const [short, long] = said.length < asked.length ? [said, asked] : [asked, said];
  if (short.length < 4) return false;
  return (long.startsWith(short) && long.length - short.length >= 3) || (long.endsWith(short) && long.length - short.length >= 2);
}

/**
 * Whether a unit speaks of a word of the question: in any form, translation or compound; a number as itself. Made
 * once for the word, then tried on every unit.
 */
function covering(word: string, joined: ReadonlySet<string>, language: string): (unit: Unit) => boolean {
  // A number asked ("aften 2", "item 3") as a number of its own, not a day or an hour.
  if (/^\d+$/.test(word)) {
    const number = new RegExp(`(?<![\\d.:/])${word}(?![\\d.:/])`);
    return (unit) => number.test(unit.untimed);
  }
  const own = stemWord(word);
  // A word joined from a hyphen ("reelection") only as itself: "election" does not say "re-election".
  if (joined.has(word)) return (unit) => unit.stems.includes(own);
  const counterparts = (language === 'en' ? COUNTERPARTS.en : COUNTERPARTS.da).get(own) ?? [];
  return ({ stems }) =>
    stems.some((stem) => sameOrCompound(stem, own)) ||
    // A counterpart only as itself or in a compound of the text's: "fritidsordning" is not said by "skole".
    counterparts.some((wanted) => {
      if (wanted.length === 1) return stems.some((stem) => stem.length >= wanted[0]!.length && sameOrCompound(stem, wanted[0]!));
      return stems.some((_, i) => wanted.every((stem, j) => stems[i + j] === stem));
    });
}

/** "re-election", "e-mail": a word with a part of one or two letters before a hyphen is one word. */
function joinShortParts(text: string): string {
  return text.replace(SHORT_PART, '$1');
}

const SHORT_PART = /(?<![\p{L}\d])(\p{L}{1,2})-(?=\p{L})/gu;

/** The words of a question joined so (folded). */
function joinedWords(clause: string): Set<string> {
  return new Set(
    [...clause.matchAll(/(?<![\p{L}\d])\p{L}{1,2}-\p{L}+/gu)].flatMap((match) =>
      tokenize(joinShortParts(match[0])).map((token) => token.folded),
    ),
  );
}

/** Whether a unit states a fact of the kind asked, besides what the question itself names. */
export function states(unit: string, wanted: Wanted, clause: string, knowledge: EventKnowledge): boolean {
  // The question's own numbers and names are no answer to it.
  const ownNumbers = new Set(clause.match(/\d+/g) ?? []);
  const text = unit.replace(/\d+/g, (digits) => (ownNumbers.has(digits) ? ' ' : digits));
  const asked = new Set(tokenize(clause).map((token) => token.folded));
  switch (wanted) {
    case 'time':
      return TIME_WRITTEN.test(text);
    case 'count':
      return countSaid(text, clause);
    case 'amount':
      // "how much homework", "hvor meget stiger huslejen": a quantity answers as well as money, unless money is asked.
      return amountSaid(text) || (!MONEY_ASKED.test(clause) && QUANTITY.test(text));
    case 'address':
      return ADDRESS.test(text);
    case 'place':
      return ADDRESS.test(text) || PLACE_NAMED.test(text);
    case 'name':
    case 'person': {
      const people = knowledge.event.people.filter(
        (person) =>
          unit.includes(person.name) &&
          !tokenize(person.name).every((token) => asked.has(token.folded)) &&
          !(wanted === 'person' && tokenize(person.name).some((token) => BODY_WORD.test(token.folded))),
      );
      if (people.length > 0) return true;
      const sentenceStart = /^\P{L}*/u.exec(unit)![0].length;
      // Who: a person's name, of words the letter writes with a capital only and names no place or organisation by
      // ("Digital Team", "Region Vestby" are none); what it is called: any name.
      const lower = wanted === 'person' ? lowerCaseWords(knowledge) : undefined;
      const nameWord = (word: string) => {
        const folded = foldWord(word.toLowerCase());
        return (
          !asked.has(folded) &&
          (!lower ||
            (!lower.has(folded) &&
              !knowledge.placeWords.has(folded) &&
              !knowledge.organisationWords.has(folded) &&
              !LEXICON.common.has(folded) &&
              !LEXICON.cueWords.has(folded) &&
              !GLOSSARY_LANGUAGE.has(folded)))
        );
      };
      return [...unit.matchAll(NAME_RUN)].some((run) => {
        const words = run[0].split(/\s+/).map((word) => word.replace(/'s$/, ''));
        if (lower && words.some((word) => BODY_WORD.test(foldWord(word.toLowerCase())))) return false;
        // A run that starts the sentence starts with a word written with a capital for that alone.
        const named = run.index === sentenceStart && !lower ? words.slice(1) : words;
        return named.filter(nameWord).length >= 2;
      });
    }
  }
}

/** Words that make a name an organisation's or a place's, not a person's (folded, as a word or its head). */
const BODY_WORD =
  /(?:region|kommune|municipality|city|university|universitet|college|team|forening\p{L}*|association|council|rad|radet|udvalg\p{L}*|committee|center|centre|centret|skole\p{L}*|school|hotel|restaurant|campus|building|bygning|station|hus|huset|hall|hallen|partner\p{L}*|network|netvark\p{L}*|gruppe\p{L}*|group|ministeriet|ministry|styrelsen|agency|fond|fonden|foundation|company|firma\p{L}*|as|aps|ab|ltd|inc|ab)$/u;

/** The words the letter writes in lower case somewhere (folded): no name's. */
function lowerCaseWords(knowledge: EventKnowledge): Set<string> {
  let words = LOWER.get(knowledge);
  if (!words) {
    words = new Set([...knowledge.event.text.matchAll(/(?<![\p{L}\d])\p{Ll}\p{L}*/gu)].map((match) => foldWord(match[0])));
    LOWER.set(knowledge, words);
  }
  return words;
}

const LOWER = new WeakMap<EventKnowledge, Set<string>>();

/** Clock times: "14.30", "9:00" (the end of a range "14.30–15.00" not counted apart). */
const CLOCK = /(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:])(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?/g;

/** Web and e-mail addresses: their words ("valgmoede@…", "…/meetup-join/…") are no words of the sentence. */
const WEB_ADDRESS = /\S+@\S+|(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|se|no|fi|de)(?:\/\S*)?/giu;

/** The units of the letter that answer a clause (see above), at most three; none when more do or none does. */
export function coveringSentences(clause: string, knowledge: EventKnowledge): string[] {
  const wanted = wantedOf(clause);
  if (!wanted) return [];
  // The meeting's own words ("mødet", a word of its title) ask of the meeting, which typed facts answer.
  const words = contentWords(clause).filter((word) => {
    const stem = stemWord(word);
    return !knowledge.titleStems.has(stem) && !knowledge.kindStems.has(stem) && !MEETING_TITLE_WORDS.has(stem) && !MEETING_VERBS.has(word);
  });
  // A thing asked of besides the words of asking: not only cue words ("hvad tid åbner I", "how much is parking"),
  // whose topics have answers of their own, and not a number alone ("item 3").
  if (!words.some((word) => /\D/.test(word) && !LEXICON.cueWords.has(word))) return [];
  const joined = joinedWords(clause);
  const covered = words.map((word) => covering(word, joined, knowledge.event.language));
  const signUpNamed = SIGN_UP_NAMED.test(clause);
  const found = unitsOf(knowledge)
    .filter((unit) => {
      // A programme's lines run together (a table's rows) tell no one thing: the programme's own answers do.
      const { text, clocks } = unit;
      if (text.length > 300 || clocks >= 3 || (clocks >= 2 && (wanted === 'person' || wanted === 'name'))) return false;
      // The sign-up's sentence gives the sign-up's deadline, no time of anything else it names ("… so we can plan the
      // seating").
      if (wanted === 'time' && !signUpNamed && (unit.signUp ??= isSignUpSentence(text, knowledge))) return false;
      return (
        covered.every((covers) => covers(unit)) &&
        states(text, wanted, clause, knowledge) &&
        // A sum in another currency, a total of a number per part, a party merely named: not what was asked.
        !askedNotSaid(clause, text, knowledge)
      );
    })
    .map((unit) => unit.text);
  return found.length <= 3 ? found : [];
}

/** A frame no typed fact answers, answered by the sentences of the letter that cover it (see coveringSentences). */
export function coveringPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (!frame.question || frame.check || frame.itemCheck || frame.elsewhere || frame.inherited) return undefined;
  // "hvornår kommer referatet?" is not covered by "a 10-minute walk", the glossary's "minutes" a measure there.
  const found = coveringSentences(frame.clause, context.knowledge).filter((text) => !frame.whenOf || !onlyMeasured(text, frame.whenOf));
  if (found.length === 0) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found.join(' … '), other), other };
}
