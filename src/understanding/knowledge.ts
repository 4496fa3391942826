import type { FaqEntry, MeetingEvent, Organisation, Person, ProgrammeItem } from '../event/model';
import { COMMON_WORDS } from './lexicon/commonWords';
import { GLOSSARY } from './lexicon/glossary';
import { REQUEST_CUES, SMALL_TALK_CUES, YES_NO, LEAVE_DIALOG, type Request, type SmallTalk } from './lexicon/requests';
import {
  ASPECT_CUES,
  DEVICE_CHARGING,
  ELECTION,
  LATE_OR_EARLY,
  LEAVING_EARLY,
  MISSED_PART,
  SUBJECT_CUES,
  YES_NO_STARTS,
  type Aspect,
  type Subject,
} from './lexicon/topics';
import { FUNCTION_WORDS, NO_TYPOS, QUESTION_WORDS } from './lexicon/words';
import { foldWord, stemWord, tokenize } from './normalize';
import { PassageSearch } from './passageSearch';
import { compilePhrase, phraseWords, type CompiledPhrase } from './phrases';
import { Vocabulary } from './vocabulary';
import { escapeRegExp } from '../util/regExp';

type Phrases = { da: string[]; en: string[] };

function compileAll<T extends string>(table: Record<T, Phrases>): CompiledPhrase<T>[] {
  return (Object.entries(table) as Array<[T, Phrases]>).flatMap(([tag, phrases]) =>
    [...phrases.da, ...phrases.en].map((source) => compilePhrase(source, tag)),
  );
}

const fold = (word: string) => foldWord(word.toLowerCase());
const words = (text: string) => tokenize(text).map((token) => token.folded);

/** Whether a word starts with one of the stems (of at least `min` letters): a lookup per length, no scan. */
export function startsWithStem(stems: ReadonlySet<string>, word: string, min: number): boolean {
  for (let length = min; length <= word.length; length++) if (stems.has(word.slice(0, length))) return true;
  return false;
}

/** The generic lexicon, compiled once for every event. */
export const LEXICON = (() => {
  const subjects = compileAll<Subject>(SUBJECT_CUES);
  const aspects = compileAll<Aspect>(ASPECT_CUES);
  const requests = compileAll<Request>(REQUEST_CUES);
  const smallTalk = compileAll<Exclude<SmallTalk, 'gibberish'>>(SMALL_TALK_CUES);
  const yesNo = [
    ...[...YES_NO.yes.da, ...YES_NO.yes.en].map((p) => compilePhrase(p, true)),
    ...[...YES_NO.no.da, ...YES_NO.no.en].map((p) => compilePhrase(p, false)),
  ];
  const leave = [...LEAVE_DIALOG.da, ...LEAVE_DIALOG.en].map((p) => compilePhrase(p, true as const));
  const lateOrEarly = [...LATE_OR_EARLY.da, ...LATE_OR_EARLY.en].map((p) => compilePhrase(p, true as const));
  const missedPart = [...MISSED_PART.da, ...MISSED_PART.en].map((p) => compilePhrase(p, true as const));
  const election = [...ELECTION.da, ...ELECTION.en].map((p) => compilePhrase(p, true as const));
  const leavingEarly = [...LEAVING_EARLY.da, ...LEAVING_EARLY.en].map((p) => compilePhrase(p, true as const));
  const charging = [...DEVICE_CHARGING.da, ...DEVICE_CHARGING.en].map((p) => compilePhrase(p, true as const));
  const cueWords = phraseWords([...subjects, ...aspects, ...requests, ...smallTalk]);
  const askingWords = phraseWords([...subjects, ...aspects, ...requests]);
  // Words only one language's cues use ("duration", "agenda" is both): they tell the language of a short message.
  const tables = [SUBJECT_CUES, ASPECT_CUES, REQUEST_CUES, SMALL_TALK_CUES] as Array<Record<string, Phrases>>;
  const cueWordsOf = (lang: 'da' | 'en') =>
    phraseWords(
      tables.flatMap((table) => Object.values(table).flatMap((phrases) => phrases[lang].map((source) => compilePhrase(source, true)))),
    ).words;
  const daCues = cueWordsOf('da');
  const enCues = cueWordsOf('en');
  return {
    subjects,
    aspects,
    requests,
    smallTalk,
    yesNo,
    leave,
    lateOrEarly,
    missedPart,
    leavingEarly,
    charging,
    election,
    yesNoStarts: new Set([...YES_NO_STARTS.da, ...YES_NO_STARTS.en].flatMap(words)),
    questionWords: new Set(QUESTION_WORDS.flatMap(words)),
    /** Words that are never the subject of a question and never corrected into a cue. */
    common: new Set([...COMMON_WORDS.da, ...COMMON_WORDS.en, ...FUNCTION_WORDS.da, ...FUNCTION_WORDS.en].flatMap(words)),
    cueWords: cueWords.words,
    cueStems: cueWords.stems,
    /** Words of the cues that ask for something (not small talk's): "adressen tak" asks, "hej Mødebot" greets. */
    askingWords: askingWords.words,
    askingStems: askingWords.stems,
    languageCues: {
      da: new Set([...daCues].filter((word) => !enCues.has(word))),
      en: new Set([...enCues].filter((word) => !daCues.has(word))),
    },
  };
})();

const MEETING_WORDS = [
  'mode',
  'modet',
  'moder',
  'moderne',
  'meeting',
  'meetings',
  'konference',
  'konferencen',
  'conference',
  'invitation',
  'invitationen',
  'arrangementet',
  'event',
];

const MEETING_WORD_SET: ReadonlySet<string> = new Set(MEETING_WORDS);

/** A word (folded) for the meeting itself ("mødet", "meeting"): it names no other thing of the letter. */
export function isMeetingWord(word: string): boolean {
  return MEETING_WORD_SET.has(word);
}

/**
 * Kinds of gathering. The one the invitation calls its own meeting ("a one-day workshop", "Temadag: …") names the
 * meeting in a question ("when is the workshop"), not a programme item that shares the word ("End of workshop");
 * a kind the letter only uses for items ("Workshops (vælg én)") still names those items.
 */
/**
 * Kinds of building a venue is, with the words people call it by ("hotellet", "the school"): a venue named "Hotel
 * Fjordgården" or "Bakkeskolen" is what "hotellet" and "the school" mean. The first word is the one a name shows.
 */
const VENUE_KINDS: ReadonlyArray<readonly string[]> = [
  ['hotel', 'hotellet', 'hotels'],
  ['skole', 'skolen', 'school'],
  ['rådhus', 'rådhuset', 'town hall', 'city hall'],
  ['bibliotek', 'biblioteket', 'library'],
  ['kulturhus', 'kulturhuset', 'culture house', 'cultural centre', 'cultural center'],
  ['aula', 'aulaen', 'assembly hall'],
  ['beboerhus', 'beboerhuset', 'community house', 'community centre'],
  ['forsamlingshus', 'forsamlingshuset', 'village hall', 'community hall'],
  ['medborgerhus', 'medborgerhuset', 'community centre'],
  ['sundhedshus', 'sundhedshuset', 'health centre', 'health center'],
  ['kirke', 'kirken', 'church'],
  ['museum', 'museet', 'museum'],
  ['hal', 'hallen'],
  ['kro', 'kroen', 'inn'],
  ['restaurant', 'restauranten', 'restaurant'],
];

/** The words of the kinds of building a venue's name shows it is: its own name's head ("…skolen", "Hotel …"). */
function venueKindWords(names: readonly string[]): string[] {
  const named = names.flatMap((name) => words(name));
  return VENUE_KINDS.filter(([kind, definite]) =>
    named.some((word) => word === fold(kind!) || word.endsWith(fold(definite!)) || (word.endsWith(fold(kind!)) && kind!.length >= 5)),
  ).flatMap((forms) => forms.filter((form) => !form.includes(' ')).map(fold));
}

/**
 * Kinds of gathering a letter may call its meeting, each with its names in both languages: a letter calling it a
 * "generalforsamling" is asked about "the general assembly" or "the AGM".
 */
const GATHERING_NAMES: ReadonlyArray<readonly string[]> = [
  ['workshop', 'workshoppen'],
  ['seminar', 'seminaret'],
  ['temadag'],
  ['reception', 'receptionen'],
  ['internat', 'internatet'],
  ['kursus', 'kurset', 'kursusdag', 'course', 'training'],
  ['webinar', 'webinaret'],
  ['symposium'],
  ['konference', 'conference'],
  ['kongres', 'congress'],
  ['forum'],
  ['festival'],
  // "hvad koster turen" of a study trip or an outing: the trip itself.
  ['studietur', 'studiebesøg', 'tur', 'turen', 'tour', 'trip'],
  ['udflugt', 'udflugten', 'tur', 'turen', 'excursion', 'outing', 'trip'],
  // "when is the study visit" of a "Study visit to …": the visit itself, not an item "End of the study visit".
  ['studiebesøg', 'studiebesøget', 'besøget', 'visit'],
  ['netværksdag'],
  ['inspirationsdag'],
  ['masterclass'],
  ['summit', 'topmøde'],
  ['generalforsamling', 'generalforsamlingen', 'assembly', 'agm'],
  ['årsmøde', 'agm'],
  ['julefrokost', 'julefrokosten', 'fest', 'festen', 'party'],
  // "hvornår slutter festen", "when is the summer party" of a "Sommerfest": the party itself.
  ['fest', 'festen', 'sommerfest', 'sommerfesten', 'julefest', 'julefesten', 'havefest', 'havefesten', 'party'],
  ['hackathon', 'hackathonen'],
  // "forfatteraften", "temaaften", "tilflytteraften": an evening named by what it is about.
  ['aften', 'aftenen', 'evening'],
];
const GATHERING_KINDS: ReadonlyArray<readonly string[]> = GATHERING_NAMES.map((names) => names.map((kind) => stemWord(foldWord(kind))));
/** The names as written, folded: "aften" stems too short to end a compound safely, but ends "forfatteraften" as written. */
const GATHERING_WORDS: ReadonlyArray<readonly string[]> = GATHERING_NAMES.map((names) => names.map(foldWord));

/**
 * The kinds a title's words name, by a word, a compound's end ("førstehjælpskursus") or a series' start
 * ("webinarrække", "kursusforløb"), with all their names.
 */
function gatheringStems(titleWords: string[]): string[] {
  const stems = titleWords.map(stemWord);
  return GATHERING_KINDS.filter(
    (names, kind) =>
      names.some((name) =>
        stems.some(
          (stem) =>
            stem === name ||
            (name.length >= 5 && stem.length > name.length + 2 && (stem.endsWith(name) || SERIES_OF.test(stem.slice(name.length)))),
        ),
      ) ||
      GATHERING_WORDS[kind]!.some(
        (name) => name.length >= 5 && titleWords.some((word) => word.length > name.length + 2 && word.endsWith(name)),
      ),
  ).flat();
}

/** How many of the letter's first paragraphs, and how short, may be headings above its title. */
const LEADING_HEADINGS = 3;
const SHORT_HEADING = 80;

/** An e-mail's subject line, kept as a paragraph of the letter. */
const SUBJECT_LINE = /^(?:subject|emne)\s*:/i;

/** What follows a kind of gathering in a compound naming several of them, stemmed: "webinarrække", "kursusforløb". */
const SERIES_OF = /^s?(?:rek|rekk|seri|forlob)$/;

/** Real words one edit from a cue, folded as messages are. */
const NO_TYPO_WORDS = new Set([...NO_TYPOS].map(fold));

/** Weekdays and parts of the day: said of a time, yet some titles write them ("Morning coffee", "Fredagsbar"). */
const DAY_WORDS = new Set(
  'mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday saturday sunday morgen aften eftermiddag formiddag morning afternoon evening'.split(
    ' ',
  ),
);

/** Month and weekday names and the like: entity words, known but no subject. */
const ENTITY_WORDS = new Set(
  [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
    'january',
    'february',
    'march',
    'may',
    'june',
    'july',
    'october',
    ...DAY_WORDS,
    'tomorrow',
    'today',
    'tonight',
    'uge',
    'ugen',
    'week',
    'kl',
    'am',
    'pm',
    'punkt',
    'pkt',
    'nr',
    'item',
    'point',
    'første',
    'anden',
    'andet',
    'tredje',
    'fjerde',
    'femte',
    'sjette',
    'syvende',
    'ottende',
    'niende',
    'tiende',
    'sidste',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'last',
    'st',
    'nd',
    'rd',
    'th',
    'år',
    'year',
    'dag',
    'day',
    'dage',
    'days',
    'time',
    'timer',
    'minutter',
    'minutes',
    'hours',
    'hour',
  ].flatMap(words),
);

/** Words of a title or programme item too general to say which one a question means. */
const WEAK_TITLE_WORDS = new Set(
  [
    'og',
    'and',
    'i',
    'in',
    'på',
    'the',
    'for',
    'til',
    'of',
    'om',
    'med',
    'with',
    'af',
    'ved',
    'a',
    'an',
    'en',
    'et',
    'det',
    'den',
    'de',
    'to',
    'at',
    'by',
    'v',
  ].map(fold),
);

/** Words many organisations' names share: they do not say which one is meant. */
const GENERIC_ORGANISATION_WORDS = new Set(
  [
    'kommune',
    'kommunes',
    'region',
    'regionen',
    'municipality',
    'council',
    'forening',
    'foreningen',
    'udvalg',
    'udvalget',
    'network',
    'netværk',
    'center',
    'centre',
    'university',
    'universitet',
    'denmark',
    'danmark',
    'local',
    'government',
  ].map(fold),
);

/** A programme item with what identifies it. */
export interface IndexedItem {
  item: ProgrammeItem;
  /** Its number among the top level, or "5.2" for a sub-item. */
  label: string;
  /** The top-level item it belongs to (itself at the top level). */
  parent: ProgrammeItem;
  /** Stems of its title's content words. */
  titleStems: Set<string>;
  /** Stems of the words of who leads it. */
  byStems: Set<string>;
}

export interface IndexedPerson {
  person: Person;
  /** Folded parts of the name a question may use alone (surname, a distinctive first name) and the whole name. */
  names: Set<string>;
  titleStems: Set<string>;
  /** Stems that only qualify the role ("network" of "Event & Network Coordinator"), not the role itself. */
  qualifierStems: Set<string>;
}

export interface IndexedFaq {
  index: number;
  entry: FaqEntry;
  stems: Set<string>;
}

const isContentWord = (word: string) => word.length > 2 && !WEAK_TITLE_WORDS.has(word) && !LEXICON.common.has(word);
const contentStems = (text: string) => new Set(words(text).filter(isContentWord).map(stemWord));

/**
 * A name's word and its definite form: a noun ending in -en takes -en again ("aften", "aftenen"), which stems to the
 * word itself, not to the stem of the word.
 */
const nameStems = (word: string) => (word.endsWith('en') ? [stemWord(word), stemWord(`${word}en`)] : [stemWord(word)]);

/**
 * A programme title's words that identify it: its content words, and for a short title ("Velkommen", "Pause",
 * "Tak for i dag") its ordinary words too — they are all it has.
 */
const titleStems = (text: string) => {
  const content = contentStems(text);
  if (content.size > 0 && content.size >= 2) return content;
  const all = words(text).filter(
    (word) => word.length > 2 && !WEAK_TITLE_WORDS.has(word) && !FUNCTION_WORD_SET.has(word) && !ENTITY_WORDS.has(word),
  );
  return all.length <= 3 ? new Set([...content, ...all.map(stemWord)]) : content;
};
const FUNCTION_WORD_SET = new Set([...FUNCTION_WORDS.da, ...FUNCTION_WORDS.en].flatMap(words));

const allTexts = (value: Partial<Record<string, string>> | undefined) =>
  Object.values(value ?? {}).filter((text): text is string => Boolean(text));

/**
 * What the recogniser knows about one event, derived from it when it is loaded: its words (so nothing it says is
 * ever "unknown"), its places, people, programme items, FAQ entries and paragraphs. Built again when the event or
 * its FAQ changes.
 */
export class EventKnowledge {
  /** Every folded word the event uses anywhere. */
  readonly words: Set<string>;
  /** Content words of the title: naming them names the meeting. */
  readonly titleStems: Set<string>;
  /** Stems of the kinds of gathering the invitation calls the meeting itself ("workshop", "temadag"). */
  readonly kindStems: Set<string>;
  /** Folded words of where it is: city, street, venue name, room, postal code. */
  readonly placeWords: Set<string>;
  /** Folded words for the kind of building the venue is ("hotellet", "school" of "Hotel …", "…skolen"): they mean the venue. */
  readonly venueWords: Set<string>;
  readonly people: IndexedPerson[];
  readonly items: IndexedItem[];
  readonly faq: IndexedFaq[];
  readonly passages: PassageSearch;
  readonly vocabulary: Vocabulary;
  /** Folded words of the organisers' and sender's names ("kl", "vestby"), to the organisation they name. */
  readonly organisationWords = new Map<string, Organisation>();

  constructor(
    readonly event: MeetingEvent,
    faq: readonly FaqEntry[] = event.faq,
  ) {
    const texts: string[] = [event.text, ...allTexts(event.title), ...allTexts(event.audience), ...allTexts(event.purpose)];
    const venue = event.venue;
    texts.push(...allTexts(venue.name), ...allTexts(venue.room), venue.address?.line ?? '');
    for (const person of event.people) texts.push(person.name, ...allTexts(person.title), ...allTexts(person.organisation));
    for (const organisation of event.organisers) texts.push(...allTexts(organisation.name));
    for (const organisation of [...event.organisers, ...(event.sender ? [event.sender] : [])]) {
      for (const name of allTexts(organisation.name)) {
        // An acronym ("KL") names the organisation even when it is also an ordinary word ("kl." for the hour).
        const acronyms = new Set((name.match(/\b\p{Lu}{2,5}\b/gu) ?? []).map(fold));
        for (const word of words(name)) {
          const distinctive =
            word.length >= 2 && !WEAK_TITLE_WORDS.has(word) && !LEXICON.common.has(word) && !GENERIC_ORGANISATION_WORDS.has(word);
          if (distinctive || acronyms.has(word)) this.organisationWords.set(word, organisation);
        }
      }
    }
    const flat = flatten(event.programme);
    for (const { item } of flat) texts.push(...allTexts(item.title), ...allTexts(item.by));
    for (const fact of Object.values(event.practical)) texts.push(...allTexts(fact?.text));
    this.words = new Set(texts.flatMap(words));
    // A word in the other language for something the event names ("break" for "Pause") is known, not foreign.
    for (const [da, en] of GLOSSARY) {
      const entry = [...da, ...en].flatMap(words);
      if (entry.some((word) => this.words.has(word))) for (const word of entry) this.words.add(word);
    }
    // A heading above the title may name the kind of gathering the title does not ("FORFATTERAFTEN PÅ
    // HOVEDBIBLIOTEKET" over "Mød …"): its kind words name the meeting too, its other words (a letterhead's) do not.
    const headingKinds = event.passages
      .slice(0, LEADING_HEADINGS)
      .filter((passage) => passage.text.length <= SHORT_HEADING)
      .flatMap((passage) => words(passage.text))
      .filter((word) => gatheringStems([word]).length > 0);
    this.titleStems = new Set(
      [...allTexts(event.title).flatMap((title) => words(title).filter(isContentWord)), ...headingKinds].flatMap(nameStems),
    );
    // An e-mail's subject line calls the meeting by its kind when the title does not ("Innovationsdag – en
    // hackathon").
    const subjectLine = event.passages.find((passage) => SUBJECT_LINE.test(passage.text))?.text;
    const aboutTexts = [
      ...allTexts(event.title),
      ...allTexts(event.audience),
      ...allTexts(event.purpose),
      ...(subjectLine ? [subjectLine] : []),
    ];
    this.kindStems = new Set(gatheringStems([...aboutTexts.flatMap(words), ...headingKinds]));
    this.placeWords = new Set(
      [venue.address?.city, venue.address?.street, venue.address?.postalCode, ...allTexts(venue.name), ...allTexts(venue.room)]
        .filter((text): text is string => Boolean(text))
        .flatMap(words)
        .filter((word) => word.length > 2 && !WEAK_TITLE_WORDS.has(word) && !/^\d+$/.test(word)),
    );
    if (venue.address?.postalCode) this.placeWords.add(venue.address.postalCode);
    // "hotellet", "the school": the venue by the kind of building its name shows.
    this.venueWords = new Set(venueKindWords(allTexts(venue.name)).filter((word) => word.length > 2));
    this.people = event.people.map((person) => ({
      person,
      names: withInitials(personNames(person.name), person.name, event.text),
      titleStems: new Set(allTexts(person.title).flatMap((title) => [...contentStems(roleOf(title))])),
      qualifierStems: qualifiersOfRole(allTexts(person.title)),
    }));
    this.items = flat.map(({ item, label, parent }) => ({
      item,
      label,
      parent,
      titleStems: new Set(allTexts(item.title).flatMap((title) => [...titleStems(title)])),
      byStems: new Set(allTexts(item.by).flatMap((by) => [...contentStems(by)])),
    }));
    this.faq = faq.map((entry, index) => ({ index, entry, stems: new Set(entry.questions.flatMap((q) => [...contentStems(q)])) }));
    // Words for the meeting itself are in every paragraph's neighbourhood and tell none apart.
    const generic = new Set([...LEXICON.common, ...ENTITY_WORDS, ...MEETING_WORDS]);
    this.passages = new PassageSearch(event.passages, generic, new Set([...FUNCTION_WORD_SET, ...ENTITY_WORDS, ...LEXICON.questionWords]));
    this.passages.namesGathering = (word) => this.namesMeeting(word) || gatheringStems([word]).length > 0;
    // Typos are corrected to cue words, to stems long enough to be unmistakable ("adress" → "address"), and to the
    // event's own names and places.
    const targets = [
      ...LEXICON.cueWords,
      // "dose" for "does", "wat" for "what": the words questions start with.
      ...[...LEXICON.yesNoStarts, ...LEXICON.questionWords].filter((word) => word.length >= 3),
      ...[...LEXICON.cueStems].filter((stem) => stem.length >= 5),
      ...this.placeWords,
      ...this.people.flatMap((p) => [...p.names].filter((name) => !name.includes(' '))),
      ...this.organisationWords.keys(),
    ];
    this.vocabulary = new Vocabulary(targets, [...LEXICON.common, ...this.words, ...ENTITY_WORDS, ...LEXICON.cueStems], LEXICON.cueStems);
  }

  /** A word the bot knows as it is written: a common word, a cue (or a word a cue stem starts), an entity word, a word of the event. */
  /** The word names the meeting itself: a kind the letter calls it, or a compound of its name ("forfatteraftenen"). */
  namesMeeting(word: string): boolean {
    const stem = stemWord(word);
    return this.kindStems.has(stem) || (this.titleStems.has(stem) && gatheringStems([word]).length > 0);
  }

  isExactlyKnown(word: string): boolean {
    if (LEXICON.common.has(word) || LEXICON.cueWords.has(word) || ENTITY_WORDS.has(word) || NO_TYPO_WORDS.has(word) || this.words.has(word))
      return true;
    return startsWithStem(LEXICON.cueStems, word, 3);
  }

  /** A word the bot knows, as written or as a typo of a known word. */
  isKnown(word: string): boolean {
    return this.isExactlyKnown(word) || this.vocabulary.isKnown(word);
  }

  /** A word that could be the subject of a question the event does not cover: unknown, and not a typo of anything known. */
  isForeign(word: string): boolean {
    // Tokens that start with a digit ("30th", "2kr") are amounts, dates and times, never a subject.
    return word.length >= 3 && !/^\d/.test(word) && !this.isKnown(word);
  }

  /** A function word or an entity word (a month, a weekday, "punkt"): never part of a title that names an item. */
  static isEntityOrFunction(word: string): boolean {
    return FUNCTION_WORD_SET.has(word) || ENTITY_WORDS.has(word);
  }

  /** A weekday or a part of the day. */
  static isDayWord(word: string): boolean {
    return DAY_WORDS.has(word);
  }

  /** Known to be generic (never a subject): common words and entity words. */
  static isGeneric(word: string): boolean {
    return LEXICON.common.has(word) || ENTITY_WORDS.has(word);
  }
}

/**
 * The words of written-apart roles before their last word, which is the role ("Event & Network Coordinator"): asked
 * alone they name a thing ("networking"), not the person. Words that are also a role's last word stay.
 */
function qualifiersOfRole(titles: string[]): Set<string> {
  const heads = new Set<string>();
  const before = new Set<string>();
  for (const title of titles) {
    const stems = [...contentStems(roleOf(title))];
    const last = words(roleOf(title))
      .filter((word) => word.length > 2)
      .at(-1);
    if (last === undefined || stems.length < 2) continue;
    const head = stemWord(last);
    heads.add(head);
    for (const stem of stems) if (stem !== head) before.add(stem);
  }
  return new Set([...before].filter((stem) => !heads.has(stem)));
}

/**
 * The role part of a title, before what it is a role in: "formand" of "formand for KL's Børne- og
 * Undervisningsudvalg", "Centerchef" of "Centerchef | Børn og Familie". Asking about the committee is not asking
 * about its chair.
 */
function roleOf(title: string): string {
  return title.split(/\s+(?:for|i|ved|hos|på|of|at|for the|in)\s+|\s*[,|–(]\s*|\s+-\s+/i)[0] ?? title;
}

/** A name's parts as a question may use them: the whole name, and each part of four or more letters. */
function personNames(name: string): Set<string> {
  const parts = words(name);
  const names = new Set<string>([parts.join(' ')]);
  for (const part of parts) if (part.length >= 4 && !LEXICON.common.has(part)) names.add(part);
  return names;
}

/**
 * "Anne-Lise Kragh" is "ALK" in a letter that explains her initials ("ALK – Anne-Lise Kragh, …", "Anne-Lise Kragh
 * (ALK)"): her initials name her too. Only so: "KL" in a letter is an organisation, not every Karen Lund's initials.
 */
function withInitials(names: Set<string>, name: string, text: string | undefined): Set<string> {
  const initials = name
    .split(/[\s-]+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part[0]!)
    .join('');
  // "IS", "AT", "OK": initials that spell a word are that word in a question.
  if (initials.length < 2 || initials.length > 4 || !text || LEXICON.common.has(initials.toLowerCase())) return names;
  const escaped = escapeRegExp(name);
  const explained = new RegExp(`(?<![\\p{L}])${initials}\\s*[–—=:-]\\s*${escaped}|${escaped}\\s*\\(${initials}\\)`, 'u');
  if (explained.test(text)) names.add(initials.toLowerCase());
  return names;
}

function flatten(
  items: ProgrammeItem[],
  parent?: ProgrammeItem,
  prefix = '',
): Array<{ item: ProgrammeItem; label: string; parent: ProgrammeItem }> {
  return items.flatMap((item) => {
    const label = `${prefix}${item.number}`;
    return [{ item, label, parent: parent ?? item }, ...flatten(item.items, parent ?? item, `${label}.`)];
  });
}
