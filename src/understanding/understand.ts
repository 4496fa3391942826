import type { Organisation } from '../event/model';
import type { Lang } from '../i18n';
import { MONTHS } from '../event/months';
import { extractEntities, type Entities } from './entities';
import { EventKnowledge, LEXICON, startsWithStem, type IndexedFaq, type IndexedItem, type IndexedPerson } from './knowledge';
import { detectLanguage } from './language';
import type { Request, SmallTalk } from './lexicon/requests';
import { GLOSSARY } from './lexicon/glossary';
export { withGlossary, glossaryForms };
import type { Aspect, Subject } from './lexicon/topics';
import { foldWord, splitClauses, splitSentences, stemWord, tokenize, type Token } from './normalize';
import type { PassageHit } from './passageSearch';
import { longestFirst, matchPhrases, type PhraseMatch, type WordForms } from './phrases';

/**
 * What a question is about. Subjects of the lexicon, plus `items` (programme items named by number, time, title or
 * who leads them), `person` (someone the event names), `times` (a remark about coming late or leaving early) and the
 * meeting's own `when`, `end`, `duration`, `weekday` and `where`.
 */
export type Topic = Exclude<Subject, 'meeting'> | 'when' | 'end' | 'duration' | 'weekday' | 'where' | 'items' | 'person' | 'times';

/** A yes/no question that names a fact to confirm or correct ("er det i Vestby?", "er det kl 16?"). */
export type Check =
  | { kind: 'place'; words: string[]; numbers: string[]; numbered?: Array<{ word: string; number: string }> }
  | { kind: 'time'; minutes: number[]; of: 'start' | 'end' }
  | { kind: 'date'; dates: Entities['dates'] }
  | { kind: 'weekday'; weekdays: number[] }
  | { kind: 'relative'; days: Entities['relative'] }
  | { kind: 'amount'; amounts: number[] }
  /** "is X the chair?": whether the person named has the role. */
  | { kind: 'role'; role: 'chair' | 'moderator' | 'host'; person: string };

/** One part of a question: a clause, what it is about and what of that it asks. */
export interface Frame {
  clause: string;
  topic?: Topic;
  aspect?: Aspect;
  check?: Check;
  /** Programme items it names. */
  items?: IndexedItem[];
  /** A time of day it names (for items at that time, or for coming late). */
  times?: number[];
  /** Items after ("efter frokost") rather than at a time. */
  after?: boolean;
  person?: IndexedPerson;
  /** An organisation the letter names (organiser or sender), asked about. */
  organisation?: Organisation;
  /** FAQ entries about the same thing, for when the event's typed facts say nothing. */
  faq?: IndexedFaq;
  /** A paragraph of the letter that answers it, for when nothing typed does. */
  passage?: PassageHit;
  /** Words naming something the bot knows nothing of: the clause is probably about that. */
  foreign: string[];
  /** The words the subject was recognised by, folded. */
  cueWords?: string[];
  /** A yes/no question about an item's time: the times named. */
  itemCheck?: number[];
  /** The topic was taken from the last answer (a follow-up with nothing of its own). */
  inherited?: boolean;
  /** Asks how to reach the person named. */
  personContact?: boolean;
  /** Starts with a question word, ends with "?" or asks yes/no. */
  question: boolean;
  /** About another meeting than this one ("next year's"): nothing in this letter answers it. */
  elsewhere?: boolean;
  /**
   * Asks when of something else than the meeting ("hvornår kan man ringe?"): the words naming it. Only a sentence of
   * the letter with a time or date answers it; the meeting's own time never does.
   */
  whenOf?: string[];
}

/** What the conversation remembers between turns, so follow-ups ("og punkt 5?", "og hvornår slutter det?") work. */
export interface FollowUpContext {
  lang?: Lang;
  topics?: Topic[];
  items?: string[];
  person?: string;
  aspect?: Aspect;
  /** The last question when a paragraph of the letter answered it, so "og fra hvilken alder?" searches on from it. */
  passageQuestion?: string;
}

export type Understanding =
  | { kind: 'empty'; lang: Lang }
  | { kind: 'smallTalk'; lang: Lang; smallTalk: SmallTalk }
  | {
      kind: 'request';
      lang: Lang;
      request: Request;
      frames: Frame[];
      /** "tilmeld mig og min kollega": others are named too. */ others?: boolean;
    }
  | { kind: 'question'; lang: Lang; frames: Frame[] };

export interface UnderstandOptions {
  /** The client's locale, as a hint for a tie. */
  hint?: Lang;
  context?: FollowUpContext;
}

/** What people call the bot itself: "Hej Mødebot" greets, it asks nothing. */
const BOT_NAMES = new Set(['modebot', 'moedebot', 'mdebot', 'bot', 'botten', 'chatbot']);

const LANGUAGE_INSTRUCTION =
  /\b(explain|tell me|answer|reply|write|describe|summari[sz]e|forklar|fortæl|svar|skriv|beskriv)( it| me| us| mig| os| det)? (in|på) (english|engelsk|danish|dansk)\b/i;
const WHOLE_IDIOM =
  /\b(fra start til slut|fra begyndelse til slut|fra ende til anden|from start to (finish|end)|from beginning to end)\b/gi;

/** A clause that tells about the writer ("jeg sidder i …", "I'm the new head of …", "my manager forwarded …"). */
const STATEMENT_START = /^\s*(hej\b.*|hi\b.*|hello\b.*)?(jeg|vi|min|mit|mine|vores|i m|im|i am|i ve|i have|i work|we|my|our)\b/i;

const INFORMATION_STARTS = new Set([
  'hvornar',
  'hvor',
  'hvordan',
  'hvad',
  'hvorfor',
  'hvilken',
  'hvilket',
  'hvilke',
  'hvem',
  'when',
  'where',
  'how',
  'what',
  'why',
  'which',
  'who',
  'whats',
  'wheres',
  'whens',
  'hows',
  'whos',
]);
const POLITE_REQUEST = /\b(kan|vil|kunne|ville) (du|i) .*\b(mig|os)\b|\b(can|could|would|will) you .*\b(me|us)\b|\bplease\b|\bvenligst\b/i;

/** Turns a message's tokens into words with the spellings a typo may stand for. */
function wordForms(tokens: readonly Token[], knowledge: EventKnowledge): WordForms[] {
  return tokens.map((token) => {
    const isNumber = /^\d+$/.test(token.folded);
    if (isNumber || knowledge.isExactlyKnown(token.folded)) return { folded: token.folded, forms: [token.folded], isNumber };
    return { folded: token.folded, forms: [token.folded, ...knowledge.vocabulary.resolve(token.folded)], isNumber };
  });
}

const covered = (matches: PhraseMatch<unknown>[]) => {
  const positions = new Set<number>();
  for (const match of matches) for (let i = match.start; i < match.end; i++) positions.add(i);
  return positions;
};

/** Keyboard mashing, a run of consonants, a single repeated letter: not words in any language. */
function looksLikeGibberish(tokens: readonly Token[], knowledge: EventKnowledge): boolean {
  if (tokens.length === 0 || tokens.length > 3) return false;
  return tokens.every((token) => {
    const word = token.folded;
    if (word.length < 4 || /^\d+$/.test(word) || knowledge.isKnown(word)) return false;
    // A compound ("høringsfrist") has long runs of consonants too: a word ending in a known word is no mashing.
    if (knowledge.isKnown(word.slice(-5)) && word.slice(-5).length === 5 && LEXICON.cueWords.has(word.slice(-5))) return false;
    if (startsWithStem(LEXICON.cueStems, word.slice(Math.max(0, word.length - 6)), 4)) return false;
    return (
      !/[aeiouy]/.test(word) ||
      /[bcdfghjklmnpqrstvwxz]{5,}/.test(word) ||
      /^(.)\1+$/.test(word) ||
      /(asdf|qwer|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|jkl|uiop|yxcv|lkj|kjh|jhg|hgf|gfd|fds|dsa|poi|oiu|iuy|mnb|nbv|bvc|vcx)/.test(word)
    );
  });
}

function smallTalkOf(tokens: readonly Token[], forms: WordForms[], text: string, knowledge: EventKnowledge): SmallTalk | undefined {
  if (tokens.length === 0) return /[\p{Extended_Pictographic}]/u.test(text) ? emojiSmallTalk(text) : undefined;
  const matches = longestFirst(matchPhrases(LEXICON.smallTalk, forms));
  if (matches.length === 0) return looksLikeGibberish(tokens, knowledge) ? 'gibberish' : undefined;
  const taken = covered(matches);
  const rest = forms.filter((word, i) => !taken.has(i) && !LEXICON.common.has(word.folded) && !BOT_NAMES.has(word.folded));
  // Small talk only when it is (nearly) all the message says: "hej, hvornår er mødet?" is a question, and so is
  // "adressen tak" — a word that asks for something is left.
  if (rest.length > (matches[0]!.tag === 'abuse' ? 3 : 1)) return undefined;
  if (rest.some((word) => word.forms.some((form) => LEXICON.askingWords.has(form) || startsWithStem(LEXICON.askingStems, form, 4))))
    return undefined;
  // "where can i see the slides?" asks; "i see" inside it is no acknowledgement.
  const asks = INFORMATION_STARTS.has(tokens[0]?.folded ?? '') && tokens.length >= 3;
  if (asks && matches.every((match) => ['greeting', 'thanks', 'farewell', 'acknowledgement'].includes(match.tag))) return undefined;
  const order: SmallTalk[] = [
    'abuse',
    'whatAreYou',
    'speakLanguage',
    'help',
    'howAreYou',
    'farewell',
    'thanks',
    'greeting',
    'acknowledgement',
  ];
  return order.find((kind) => matches.some((match) => match.tag === kind));
}

function emojiSmallTalk(text: string): SmallTalk {
  if (/👎|😡|🤬|💩/u.test(text)) return 'abuse';
  if (/👋/u.test(text)) return 'greeting';
  if (/🙏/u.test(text)) return 'thanks';
  return 'acknowledgement';
}

function requestOf(tokens: readonly Token[], forms: WordForms[], text: string): Request | undefined {
  const matches = matchPhrases(LEXICON.requests, forms).filter((match) => {
    const words = match.end - match.start;
    // A bare word ("tilmeld", "register", "csv") is a request only as (nearly) the whole message.
    return words >= 2 || tokens.length <= 3;
  });
  if (matches.length === 0) return undefined;
  const first = tokens[0]?.folded ?? '';
  const requests = new Set(matches.map((match) => match.tag));
  // "hvornår skal jeg tilmelde mig?" and "kan jeg stadig nå at tilmelde mig?" ask about signing up; "kan du tilmelde
  // mig?" asks to be signed up.
  const informationQuestion =
    (INFORMATION_STARTS.has(first) || /^\s*(kan|må|can|may|could) (jeg|man|vi|i|we|one)\b/i.test(text)) && !POLITE_REQUEST.test(text);
  if (requests.has('signUpOthers') && !requests.has('signUp') && /tilmeld|sign|register|meld|skriv/.test(text.toLowerCase()))
    return 'signUpOthers';
  // "og på engelsk?", "in English please": a switch of language; "is the conference in Danish?" asks about its language.
  const switchesLanguage =
    /^\s*(og|and|svar|answer|reply|write|skriv|kan du|can you|please|venligst|oversæt|translate|på|in)\b/i.test(text) ||
    (tokens.length <= 3 && !LEXICON.yesNoStarts.has(first));
  if (requests.has('answerInLanguage') && !switchesLanguage) requests.delete('answerInLanguage');
  const order: Request[] = [
    'deleteData',
    'cancelRegistration',
    'changeRegistration',
    'myRegistration',
    'orgAnswer',
    'orgEditAnswer',
    'orgRemoveAnswer',
    'orgShowAnswers',
    'orgUnanswered',
    'orgExport',
    'orgBreakdown',
    'orgTopics',
    'orgList',
    'orgCount',
    'orgOverview',
    'orgBind',
    'listEvents',
    'answerInLanguage',
    'signUp',
  ];
  for (const request of order) {
    if (!requests.has(request)) continue;
    // "hvordan afmelder jeg mig?" starts cancelling (which asks to confirm); asking how to sign up is answered.
    if (informationQuestion && (request === 'signUp' || request === 'changeRegistration' || request === 'answerInLanguage')) continue;
    return request;
  }
  return undefined;
}

/** The glossary as folded stems, both ways: "table" ↔ "bord". */
const GLOSSARY_STEMS = (() => {
  const map = new Map<string, Set<string>>();
  const stemsOf = (phrase: string) => tokenize(phrase).map((token) => stemWord(token.folded));
  for (const [da, en] of GLOSSARY) {
    const all = [...da, ...en].flatMap(stemsOf);
    for (const stem of all) map.set(stem, new Set([...(map.get(stem) ?? []), ...all]));
  }
  return map;
})();

/** The glossary's words as written (folded), by the stem of each word of an entry: what a paragraph would spell. */
const GLOSSARY_WORDS = (() => {
  const map = new Map<string, Set<string>>();
  for (const [da, en] of GLOSSARY) {
    const words = [...da, ...en].flatMap((phrase) => tokenize(phrase).map((token) => token.folded));
    for (const word of words) map.set(stemWord(word), new Set([...(map.get(stemWord(word)) ?? []), ...words]));
  }
  return map;
})();

/** The glossary's words (folded) by the language they are written in. */
const GLOSSARY_LANGUAGE = (() => {
  const map = new Map<string, Set<'da' | 'en'>>();
  for (const [da, en] of GLOSSARY)
    for (const [lang, phrases] of [
      ['da', da],
      ['en', en],
    ] as const)
      for (const word of phrases.flatMap((phrase) => tokenize(phrase).map((token) => token.folded)))
        map.set(word, new Set([...(map.get(word) ?? []), lang]));
  return map;
})();

/** A folded word with its counterparts as the glossary writes them (folded): "toilet" → "toilet", "restroom". */
function glossaryForms(word: string): Set<string> {
  return new Set([word, ...(GLOSSARY_WORDS.get(stemWord(word)) ?? [])]);
}

/** A clause's stems with their Danish/English counterparts from the glossary. */
function withGlossary(stems: Iterable<string>): Set<string> {
  const expanded = new Set<string>();
  for (const stem of stems) {
    expanded.add(stem);
    for (const other of GLOSSARY_STEMS.get(stem) ?? []) expanded.add(other);
  }
  return expanded;
}

/**
 * Programme items a clause names by number, or by title words (and who leads them). Words that name the place or an
 * organiser ("Velkommen til Nordby") and words that asked for the whole programme do not name an item.
 */
function itemsNamed(
  entities: Entities,
  words: string[],
  knowledge: EventKnowledge,
  excluded: ReadonlySet<string>,
): { items: IndexedItem[]; by: 'number' | 'title'; score: number } | undefined {
  const topLevel = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  if (entities.itemNumbers.length > 0) {
    const items = entities.itemNumbers
      .map((number) => (number === -1 ? topLevel.at(-1) : topLevel.find((indexed) => indexed.item.number === number)))
      .filter((item): item is IndexedItem => item !== undefined);
    return { items, by: 'number', score: 10 };
  }
  const stems = withGlossary(
    words
      .filter(
        (word) =>
          word.length > 2 &&
          !EventKnowledge.isEntityOrFunction(word) &&
          !excluded.has(word) &&
          !knowledge.placeWords.has(word) &&
          !knowledge.organisationWords.has(word),
      )
      .map(stemWord),
  );
  const scored = knowledge.items
    .map((indexed) => {
      const title = [...indexed.titleStems].filter((stem) => stems.has(stem)).length;
      return { indexed, score: title > 0 ? title + [...indexed.byStems].filter((stem) => stems.has(stem)).length : 0 };
    })
    .filter((entry) => entry.score > 0);
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return undefined;
  const byTitle = scored.filter((entry) => entry.score === best).map((entry) => entry.indexed);
  // A sub-item only when no top-level item is named as well.
  const topNamed = byTitle.filter((indexed) => !indexed.label.includes('.'));
  return { items: topNamed.length > 0 ? topNamed : byTitle, by: 'title', score: best };
}

/** Words of a title that stand for the meeting itself ("the conference secretariat" is no one's name for the chair). */
const MEETING_TITLE_WORDS = new Set(
  ['konference', 'conference', 'mode', 'meeting', 'event', 'arrangement', 'forum', 'seminar'].map((w) => stemWord(foldWord(w))),
);

function personNamed(forms: WordForms[], knowledge: EventKnowledge): IndexedPerson | undefined {
  const joined = forms.map((word) => word.folded).join(' ');
  const stems = withGlossary(
    forms
      .flatMap((word) => word.forms)
      .filter((word) => word.length > 3)
      .map(stemWord),
  );
  // "karstens oplæg", "Karsten's talk": a name in the genitive is the name.
  const isName = (word: WordForms, name: string) => word.forms.includes(name) || (name.length >= 3 && word.folded === `${name}s`);
  const byName = knowledge.people.filter((indexed) =>
    [...indexed.names].some((name) => (name.includes(' ') ? joined.includes(name) : forms.some((word) => isName(word, name)))),
  );
  if (byName.length === 1) return byName[0];
  if (byName.length > 1)
    return byName.find((indexed) => [...indexed.names].some((name) => name.includes(' ') && joined.includes(name))) ?? byName[0];
  // "borgmesteren", "the mayor", "formanden": a person by a distinctive word of their title.
  const matched = knowledge.people
    .map((indexed) => ({
      indexed,
      length: Math.max(
        0,
        ...[...indexed.titleStems]
          .filter((stem) => stem.length >= 4 && !MEETING_TITLE_WORDS.has(stem) && stems.has(stem))
          .map((stem) => stem.length),
      ),
    }))
    .filter((entry) => entry.length > 0)
    .sort((a, b) => b.length - a.length);
  // "the vice chair" names "næstformand" rather than "formand": the longer (more specific) title wins.
  if (matched.length === 1 || (matched.length > 1 && matched[0]!.length > matched[1]!.length)) return matched[0]!.indexed;
  return undefined;
}

const SUBJECT_PRIORITY: Array<Exclude<Subject, 'meeting'>> = [
  'ownTopics',
  'signUpOpen',
  'deadline',
  'capacity',
  'signUp',
  'travel',
  'parking',
  'food',
  'accessibility',
  'online',
  'accommodation',
  'dressCode',
  'bring',
  'cancellation',
  'language',
  'arrival',
  'price',
  'contact',
  'audience',
  'organisers',
  'moderator',
  'chair',
  'host',
  'speakers',
  'purpose',
  'background',
  'letterDate',
  'signatory',
  'sender',
  'title',
  'postalCode',
  'city',
  'room',
  'programme',
];

/** Subjects a programme item's title words do not override ("hvem kan deltage" is not item "deltagerne …"). */
const SUBJECTS_OVER_ITEMS = new Set<Exclude<Subject, 'meeting'>>([
  'signUp',
  'deadline',
  'signUpOpen',
  'audience',
  'ownTopics',
  'capacity',
  'signatory',
  'sender',
  'letterDate',
  'bring',
]);
const PRACTICAL_SUBJECTS = new Set<Exclude<Subject, 'meeting'>>([
  'parking',
  'food',
  'accessibility',
  'online',
  'accommodation',
  'dressCode',
  'cancellation',
  'language',
  'arrival',
  'price',
  'travel',
]);
const CONSEQUENCE = /\b(hvad sker der|hvad skal der ske|what happens|what will happen)\s*,?\s+(hvis|if)\b/i;
const NEGATION = new Set(['cant', 't', 'cannot', 'not', 'ikke', 'wont']);
const TIME_ASPECTS = new Set<Aspect>(['when', 'end', 'duration']);
/** What may follow "last" as a verb of time ("does it last?", "last for two hours", "last until 4"). */
const LASTS_AFTER = new Set(['', 'for', 'until', 'till', 'til', 'long', 'longer', 'all', 'about', 'around', 'approximately']);
/** Words before "last" that make it an order ("who speaks last", "what's last"). */
const LAST_AS_ORDER_AFTER = new Set([
  'the',
  'is',
  'are',
  'speaks',
  'speak',
  'speaking',
  'talks',
  'talking',
  'goes',
  'comes',
  'on',
  'up',
  'whats',
  'what',
  's',
]);
/** The last or first of something ("hvem taler sidst?", "who is the final speaker?"). */
const LAST = /(?<!\p{L})(sidst|sidste|last|final|afsluttende)(?!\p{L})/iu;
const FIRST = /(?<!\p{L})(først|forst|første|forste|first)(?!\p{L})/iu;
/** A third person pronoun ("hvornår er hans oplæg?", "what is she doing?"): the person just talked about. Not "her" (Danish "here"). */
const PERSON_PRONOUN = /\b(hun|han|hende|ham|hendes|hans|she|he|him|his|hers)\b/i;
/** Subjects whose own answer says when (or asks of the meeting): a sentence naming the thing does not override them. */
const UNTIMED_SUBJECTS = new Set<Subject>([
  'meeting',
  'programme',
  'speakers',
  'chair',
  'moderator',
  'host',
  'signUp',
  'signUpOpen',
  'deadline',
  'arrival',
  'letterDate',
  'title',
]);
const AFTER = /\b(efter|after|derefter|bagefter|afterwards|next)\b/i;
/** An item's title that names its own place: "Dinner at Restaurant Fyret", "Middag på Restaurant Havet, Kajgade 1". */
const PLACE_IN_TITLE = /\s(?:at|på|in|i)\s+(?:the\s+)?\p{Lu}/u;
/** A talk in the singular and definite ("oplægget", "indlægget", "foredraget"), as folded: one item, not the programme. */
const ONE_TALK = /^(?:opl[eæ]g|indl[eæ]g|foredrag)(?:get|et)$/;
/** "is it in …", "er det i …", "foregår mødet i …", "is the room in …": asking whether the meeting is in a place. */
const IS_IT_IN =
  /^(?:is|er|foregår|holdes|afholdes|ligger|will)\s+(?:it|det|den|this|mødet|the\s+\p{L}+|\p{L}+(?:et|en))\s+(?:(?:be\s+)?(?:held|located|holdt)\s+)?(?:in|i)\s+\p{L}/iu;
const OTHER_OCCURRENCE =
  /\b(næste års|naeste aars|sidste års|sidste aars|sidste gang|næste gang|forrige|next year'?s|last year'?s|next time|last time|previous (meeting|event|conference)|(næste|naeste) (\p{L}+ )?(møde|moede|konference|arrangement|netværksmøde)\w*|next (\p{L}+ )?(meeting|event|conference)|next one)\b/iu;
const MEETING_AFTER_PREPOSITION =
  /\b(fra|fra selve|på|til|om|efter|inden|før|under|ved|from|of|at|after|before|during|for) (the |selve )?(mødet|moedet|modet|møde|meeting|konferencen|conference|arrangementet|event|temadagen|seminaret|seminar)\b/i;

/** An amount of money named in a clause ("50 kr", "DKK 1.800", "1,800 kroner"), in whole units. */
const AMOUNT_NAMED =
  /(?:\b(?:kr\.?|dkk|eur|€)\s*(\d{1,3}(?:[.,]\d{3})*|\d+)\b)|(?:\b(\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:kr\b\.?|kroner\b|dkk\b|eur\b|euro\b|€|,-))/gi;

export function amountsIn(text: string): number[] {
  return [...text.matchAll(AMOUNT_NAMED)].map((m) => Number((m[1] ?? m[2]!).replace(/[.,](?=\d{3}\b)/g, '')));
}

function frameOf(clause: string, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  const frame = frameOfClause(clause, knowledge, context);
  // "koster det 50 kr?": a price to confirm or correct.
  if (frame.topic === 'price' && !frame.check) {
    const amounts = amountsIn(clause);
    const first = foldWord(clause.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
    if (amounts.length > 0 && (LEXICON.yesNoStarts.has(first) || clause.trim().endsWith('?')))
      return { ...frame, check: { kind: 'amount', amounts } };
  }
  return frame;
}

function frameOfClause(clause: string, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  const tokens = tokenize(clause);
  const forms = wordForms(tokens, knowledge);
  const entities = extractEntities(clause);
  // A cue with a gap ("kan … komme") does not hold when the gap names something unknown ("can my deputy come").
  const holds = (match: PhraseMatch<unknown>) =>
    !match.source.includes('…') || !tokens.slice(match.start, match.end).some((token) => knowledge.isForeign(token.folded));
  // "hvad sker der, hvis vi ikke kommer?", "what happens if I'm late?": a consequence, not the programme.
  const conditional = CONSEQUENCE.test(clause);
  const subjectMatches = longestFirst(
    matchPhrases(LEXICON.subjects, forms).filter((match) => holds(match) && !(conditional && match.tag === 'programme')),
  );
  const times0 = entities.times.length > 0;
  // "kl" before a time is part of the time, not a question of when ("og kl 14.30?").
  const aspectMatches = longestFirst(matchPhrases(LEXICON.aspects, forms)).filter(
    (match) =>
      !(times0 && /^(kl|klokken|at)$/.test(match.source)) &&
      // "the last item", "last speaker": an order, not how long something lasts ("how long does it last (for)?").
      !(
        match.source === 'last' &&
        (!LASTS_AFTER.has(tokens[match.end]?.folded ?? '') || LAST_AS_ORDER_AFTER.has(tokens[match.start - 1]?.folded ?? ''))
      ),
  );
  // "I can't make it", "what if I can't come after all": not coming at all, not coming late; "too late to register"
  // is about signing up.
  const aboutSignUp = subjectMatches.some((match) => match.tag === 'signUpOpen' || match.tag === 'deadline');
  const late =
    !aboutSignUp && matchPhrases(LEXICON.lateOrEarly, forms).some((match) => !NEGATION.has(tokens[match.start - 1]?.folded ?? ''));
  const taken = covered([...subjectMatches, ...aspectMatches]);
  const words = forms.map((word) => word.folded);
  const subjects = SUBJECT_PRIORITY.filter((subject) => subjectMatches.some((match) => match.tag === subject));
  // "when is the workshop" of a workshop: the kind of gathering the letter calls the meeting names it.
  const kindWords = words.filter((word) => knowledge.kindStems.has(stemWord(word)));
  const namesMeeting =
    kindWords.length > 0 ||
    subjectMatches.some((match) => match.tag === 'meeting') ||
    words.some((word) => knowledge.titleStems.has(stemWord(word)));
  const aspects = aspectMatches.map((match) => match.tag);
  const aspect = (['duration', 'end', 'cost', 'when', 'weekday', 'where', 'who'] as const).find((a) => aspects.includes(a));
  const first = words[0] ?? '';
  const yesNo = LEXICON.yesNoStarts.has(first) && !INFORMATION_STARTS.has(first);
  const question =
    yesNo || LEXICON.questionWords.has(first) || clause.trim().endsWith('?') || aspects.some((a) => a !== 'what' && a !== 'how');
  const wholeCues = covered(subjectMatches.filter((match) => match.tag === 'programme' || match.tag === 'meeting'));
  // "det regionale politiske møde": words of the meeting's own title beside a word for a meeting name the meeting,
  // not the programme item that shares one of them.
  const meetingWord =
    kindWords.length > 0 ||
    words.some((word) => MEETING_TITLE_WORDS.has(stemWord(word))) ||
    subjectMatches.some((match) => match.tag === 'meeting');
  const titleWordsOfMeeting = meetingWord ? [...kindWords, ...words.filter((word) => knowledge.titleStems.has(stemWord(word)))] : [];
  // Words that asked when or until when ("what time does it end") do not name an item ("Afrunding").
  const aspectWords = covered(aspectMatches.filter((match) => match.tag !== 'what' && match.tag !== 'how'));
  const named = itemsNamed(
    entities,
    words,
    knowledge,
    new Set([...[...wholeCues, ...aspectWords].map((i) => words[i]!), ...titleWordsOfMeeting]),
  );
  const person = personNamed(forms, knowledge);
  // A word of an organisation's name that is also the venue's town ("Vestby" of "Vestby Kommune") names the
  // organisation only with the rest of its name.
  const organisation = words
    .map((word, i) => {
      if (word === 'kl' && forms[i + 1]?.isNumber) return undefined;
      const found = knowledge.organisationWords.get(word);
      if (!found || !knowledge.placeWords.has(word)) return found;
      const rest = words[i + 1];
      return rest && knowledge.organisationWords.get(rest) === found
        ? found
        : rest && Object.values(found.name).some((name) => name && foldWord(name.toLowerCase()).includes(`${word} ${rest}`))
          ? found
          : undefined;
    })
    .find(Boolean);
  const itemWords = new Set(named ? named.items.flatMap((indexed) => [...indexed.titleStems, ...indexed.byStems]) : []);
  const placeWords = [
    ...entities.placeWords.map((word) => tokenize(word)[0]?.folded ?? ''),
    // Lower-case input has no capitals to show a place: a word of the venue's name or address is one.
    ...words.filter((word) => knowledge.placeWords.has(word)),
  ].filter((word, i, all) => word && all.indexOf(word) === i && !EventKnowledge.isGeneric(word) && !LEXICON.cueWords.has(word));
  const foreign = tokens
    .filter(
      (token, i) =>
        !taken.has(i) &&
        knowledge.isForeign(token.folded) &&
        !itemWords.has(stemWord(token.folded)) &&
        !person?.names.has(token.folded) &&
        !placeWords.includes(token.folded),
    )
    .map((token) => token.raw);
  // The words the subject was recognised by: an answer must be about them ("aftensmad" is not answered by "kaffe og kage").
  const cueWords = subjectMatches
    .filter((match) => match.tag !== 'meeting')
    .flatMap((match) => tokens.slice(match.start, match.end).map((token) => token.folded));
  const frame: Frame = { clause, foreign, question, cueWords };
  const times = entities.times.map((t) => t.minutes);
  const after = AFTER.test(clause);
  const followItems = context?.items ? knowledge.items.filter((indexed) => context.items!.includes(indexed.label)) : [];

  // "hvornår er næste møde?": the letter may say when the next one is ("Næste møde bliver i efteråret").
  if (OTHER_OCCURRENCE.test(clause) && (aspect === 'when' || aspect === 'end')) {
    const said = knowledge.passages
      .matching(OTHER_OCCURRENCE)
      .flatMap((paragraph) => splitSentences(paragraph))
      .find((sentence) => OTHER_OCCURRENCE.test(sentence) && TIME_OR_DATE.test(sentence) && !PROGRAMME_LINE.test(sentence));
    if (said) return whenOfFrame(frame, [OTHER_OCCURRENCE.exec(clause)![0]], { text: said });
  }
  // "næste års møde", "last year's meeting": another meeting than this one; nothing of this one answers it.
  if (OTHER_OCCURRENCE.test(clause)) return { ...frame, foreign: [...foreign, OTHER_OCCURRENCE.exec(clause)![0]], elsewhere: true };
  if (late) return { ...frame, topic: 'times', times, items: named?.items, after: after || undefined };
  // "is it in vestby?", "er lokalet i Nordby?": whether the meeting is in a place, even when the place is also in an
  // item's title or an organisation's name; the venue answers it.
  // Only when the place ends the question: "er rådhuset i Vestby tilgængeligt …?" asks about access.
  const isItIn = IS_IT_IN.exec(clause);
  if (
    yesNo &&
    isItIn &&
    placeWords.length > 0 &&
    subjects.every((s) => s === 'room') &&
    clause
      .slice(isItIn[0].length - 1)
      .split(/\s+/)
      .filter(Boolean).length <= 4
  )
    return withCheck({ ...frame, topic: 'where' }, entities, true, placeWords);
  // "is it in the gym?", "er det i Skjern?": a place to confirm or correct, though the word is no place the letter names.
  const placeAsked = yesNo ? PLACE_ASKED.exec(clause) : null;
  const whenNamed = entities.dates.length + entities.weekdays.length + entities.relative.length + times.length > 0;
  if (placeAsked && !whenNamed && !person && !subjects.some((s) => s !== 'city' && s !== 'room')) {
    const asked = tokenize(placeAsked[1]!)
      .map((token) => token.folded)
      .filter((word) => word.length >= 3 && !EventKnowledge.isGeneric(word) && !LEXICON.cueWords.has(word));
    if (asked.length > 0) return { ...frame, topic: 'where', check: { kind: 'place', words: asked, numbers: [] } };
  }
  // "hvad er KL's adresse?": an organisation of the letter, asked where or how to reach it.
  if (organisation && yesNo && subjects.includes('organisers')) return { ...frame, topic: 'organisers', organisation };
  if (
    organisation &&
    !subjects.some((s) => s !== 'contact' && s !== 'sender') &&
    (aspects.includes('where') || subjects.includes('contact') || subjects.includes('sender'))
  ) {
    return { ...frame, topic: 'sender', organisation, aspect };
  }
  const labelled = itemsLabelled(clause, knowledge, followItems);
  if (labelled.length > 0) return itemFrame(frame, labelled, aspect, entities, yesNo);
  if (named?.by === 'number') return itemFrame(frame, named.items, aspect, entities, yesNo);
  // "hvad sker der efter pausen?", "and after lunch?": the items after the one named.
  if (after && (named || (followItems.length > 0 && tokens.length <= 4))) {
    return { ...frame, topic: 'items', items: named?.items ?? followItems, after: true, aspect };
  }
  // "who talks about the AI assistant?", "hvem fortæller om kollektiv trafik?": what follows names an item by its title.
  const about = aspects.includes('who') && !person ? ABOUT.exec(clause) : null;
  const itemsOnIt = about ? itemsAbout(about[1]!, knowledge) : [];
  if (itemsOnIt.length > 0) return itemFrame(frame, itemsOnIt, 'who', entities, yesNo);
  // "is X the chair?", "er X ordstyrer?": whether that person has the role, not who X is.
  const role = subjects.find((s): s is 'chair' | 'moderator' | 'host' => s === 'chair' || s === 'moderator' || s === 'host');
  // Only for a person named by name: one found by a title word ("formand") is what the role word itself named.
  const joinedWords = ` ${words.join(' ')} `;
  const namedByName = person !== undefined && [...person.names].some((name) => joinedWords.includes(` ${name} `));
  if (person && namedByName && yesNo && role && !aspects.includes('who'))
    return { ...frame, topic: role, check: { kind: 'role', role, person: person.person.name } };
  if (person && !subjects.some((s) => PRACTICAL_SUBJECTS.has(s)))
    return { ...frame, topic: 'person', person, aspect, personContact: subjects.includes('contact') || undefined };
  // "og hvornår er hans oplæg?" after a person: that person, when the clause names no one and no item of its own.
  const previousPerson =
    !person && !named && context?.person && PERSON_PRONOUN.test(clause) && !subjects.some((s) => PRACTICAL_SUBJECTS.has(s))
      ? knowledge.people.find((indexed) => indexed.person.name === context.person)
      : undefined;
  if (previousPerson) return { ...frame, topic: 'person', person: previousPerson, aspect };

  // "hvornår kan man ringe?", "until when can I send questions?": when of something else than the meeting, which only
  // a sentence of the letter naming it with a time or date answers.
  // A word that is, or translates to, the start of a word of the meeting's title or kind ("hearing" of a
  // "høringsmøde") names the meeting.
  const ofMeeting = (word: string) =>
    [...glossaryForms(word)].some((form) => {
      const stem = stemWord(form);
      return [...knowledge.titleStems, ...knowledge.kindStems].some(
        (own) => own === stem || (stem.length >= 4 && own.startsWith(stem)) || (form.length >= 5 && own.startsWith(form)),
      );
    });
  const whenAsked = (aspect === 'when' || aspect === 'end') && !meetingWord && WHEN_QUESTION.test(clause);
  const thing = whenAsked
    ? words.filter(
        (word, i) =>
          !aspectWords.has(i) &&
          !wholeCues.has(i) &&
          word.length >= 3 &&
          !LEXICON.questionWords.has(word) &&
          !EventKnowledge.isEntityOrFunction(word) &&
          !knowledge.placeWords.has(word) &&
          !person?.names.has(word) &&
          !ofMeeting(word),
      )
    : [];
  const timed = timedSentence(thing, knowledge, clause);
  // An item named answers unless the sentence names more of the question ("when is the coffee break" of an untimed
  // "Kaffepause" is not the coffee served on arrival; "until when can I send questions" is not the debate item).
  const timedOverItem = timed !== undefined && (!named || timed.score > named.score);

  const subject = subjects[0];
  if (timedOverItem && subject && !UNTIMED_SUBJECTS.has(subject)) return whenOfFrame(frame, thing, timed);
  // "who closes the meeting?": whoever leads the last item, not when sign-up closes.
  if (subject === 'deadline' && aspects.includes('who') && aspects.includes('end') && subjects.length === 1)
    return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
  // "høringsfrist", "afbudsfrist": a deadline of something else than signing up is not the sign-up deadline.
  if (subject === 'deadline') {
    const qualified = qualifiedDeadline(subjectMatches, tokens, knowledge);
    if (qualified?.subject) return { ...frame, topic: qualified.subject, aspect };
    if (qualified) return { ...frame, foreign: [...foreign, qualified.word], passage: qualified.passage };
  }
  if (subject) {
    // An item named by title and asked "when", "how long" or "who", or named by two words or more, is that item
    // ("hvornår er der frokost?", "hvad skal vi drøfte ved bordene?").
    const itemAsked =
      named &&
      ((aspect !== undefined && (TIME_ASPECTS.has(aspect) || aspect === 'who')) ||
        // "where is the dinner?" when the item says where ("19.00 Dinner at Restaurant …"): that item's place.
        (aspect === 'where' && named.items.some((indexed) => Object.values(indexed.item.title).some((t) => t && PLACE_IN_TITLE.test(t)))) ||
        named.score >= 2 ||
        subject === 'speakers' ||
        subject === 'programme' ||
        (yesNo && times.length > 0));
    if (named && itemAsked && !SUBJECTS_OVER_ITEMS.has(subject))
      return itemFrame(frame, named.items, aspect ?? (subject === 'speakers' ? 'who' : undefined), entities, yesNo);
    // "hvor lang tid varer oplægget?" with no item named: one talk, not the whole programme; the meeting's time is no answer.
    const oneTalk = cueWords.find((word) => ONE_TALK.test(word));
    if (subject === 'programme' && aspect && TIME_ASPECTS.has(aspect) && oneTalk) return { ...frame, foreign: [...foreign, oneTalk] };
    if (subject === 'programme' && aspect && TIME_ASPECTS.has(aspect))
      return withCheck({ ...frame, topic: aspect as Topic }, entities, yesNo, placeWords);
    const meetingLink =
      subject === 'signUp' &&
      knowledge.event.practical.online?.url !== undefined &&
      (knowledge.event.venue.online || knowledge.event.practical.online.url !== knowledge.event.registration?.url) &&
      cueWords.some((word) => word.startsWith('link')) &&
      cueWords.every((word) => !/^(tilmeld|sign|regist|meld|rsvp)/.test(word));
    // "when can I join the link?": when the link opens, as the letter says when to log on.
    if (meetingLink && aspect === 'when' && knowledge.event.practical.arrival) return { ...frame, topic: 'arrival', cueWords: [] };
    if (subject === 'signUp' && (aspect === 'when' || aspect === 'end')) return { ...frame, topic: 'deadline' };
    // "is there a link to join online?": the link is to the meeting, not to signing up.
    if (
      subject === 'signUp' &&
      subjects.includes('online') &&
      cueWords.filter((word) => !word.startsWith('link')).every((word) => !/^(tilmeld|sign|regist|meld)/.test(word))
    ) {
      return { ...frame, topic: 'online', aspect };
    }
    // "hvad er linket?" for a meeting held online, or hybrid with a link to join by, is the link to the meeting,
    // unless signing up is named.
    if (meetingLink) return { ...frame, topic: 'online', cueWords: [] };
    if ((subject === 'speakers' || subject === 'programme') && times.length > 0)
      return { ...frame, topic: 'items', times, after: after || undefined, aspect: subject === 'speakers' ? 'who' : aspect };
    if (subject === 'speakers' && aspects.includes('end'))
      return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
    if (subject === 'speakers' && aspect !== 'when' && LAST.test(clause) && !FIRST.test(clause))
      return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
    if (subject === 'speakers' && (OPENS.test(clause) || (aspect !== 'when' && FIRST.test(clause) && !LAST.test(clause))))
      return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'first'), aspect: 'who' };
    return { ...frame, topic: subject, aspect };
  }
  if (timedOverItem) return whenOfFrame(frame, thing, timed);
  // One title word alone names an item only when the clause asks something of items or says little else
  // ("keynote?", "hvornår er frokosten?"), not in "how many municipalities are in the network?".
  if (named && (named.score >= 2 || (aspect !== undefined && (TIME_ASPECTS.has(aspect) || aspect === 'who')) || tokens.length <= 4)) {
    return itemFrame(frame, named.items, aspect, entities, yesNo);
  }
  // A thing of the letter asked when, with no sentence saying when: not stated (the meeting's time is not its time).
  const letterThing = thing.filter((word) => [...glossaryForms(word)].some((form) => isLetterNoun(form, knowledge)));
  if (whenAsked && !namesMeeting && letterThing.length > 0) return whenOfFrame(frame, letterThing, undefined);

  // Only an aspect: about the meeting, unless the clause names something the bot knows nothing of ("hvornår åbner
  // cafeen?"), or — with no word of the meeting — something the letter mentions besides the meeting ("hvornår bliver
  // planen sendt i høring?").
  // "hvornår kommer referatet fra mødet?": the meeting named after a preposition is not what is asked about.
  const aboutSomethingElse = foreign.length > 0 && (!namesMeeting || MEETING_AFTER_PREPOSITION.test(clause));
  const aboutOtherLetterWords = !namesMeeting && words.some((word, i) => !taken.has(i) && isLetterNoun(word, knowledge));
  // A short follow-up on what was just talked about: "og hvor lang tid varer det?" after an item, "until when?" after signing up.
  if (aspect && !aboutSomethingElse && !namesMeeting && tokens.length <= 7) {
    if (followItems.length > 0 && (TIME_ASPECTS.has(aspect) || aspect === 'who'))
      return itemFrame(frame, followItems, aspect, entities, yesNo);
    const previous = context?.topics?.[0];
    if (previous === 'signUp' && (aspect === 'when' || aspect === 'end')) return { ...frame, topic: 'deadline' };
  }
  if (aspects.includes('who') && aspects.includes('end') && !aboutSomethingElse) {
    return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
  }
  if (aspects.includes('who') && OPENS.test(clause) && !aboutSomethingElse) {
    return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'first'), aspect: 'who' };
  }
  if (aspect && aspect !== 'who' && !aboutSomethingElse && !aboutOtherLetterWords) {
    if (aspect === 'cost') return { ...frame, topic: 'price' };
    if (aspect === 'where') return withCheck({ ...frame, topic: 'where' }, entities, yesNo, placeWords);
    return withCheck(
      { ...frame, topic: aspect === 'when' && entities.weekdays.length > 0 && !yesNo ? 'weekday' : aspect },
      entities,
      yesNo,
      placeWords,
    );
  }
  if (aspect === 'who' && !aboutSomethingElse) {
    // "hvem snakker først?", "who speaks last?": whoever leads that end of the programme.
    if (LAST.test(clause) && !FIRST.test(clause)) return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect };
    if (FIRST.test(clause) && !LAST.test(clause)) return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'first'), aspect };
    return { ...frame, topic: 'speakers', aspect };
  }
  if (aboutSomethingElse || aboutOtherLetterWords) return frame;

  // Entities alone: a yes/no check ("er det i Vestby?", "er det d. 31.?") or items at a time ("hvad sker der kl 10").
  if (yesNo || entities.alternatives) {
    if (placeWords.length > 0) return withCheck({ ...frame, topic: 'where' }, entities, true, placeWords);
    if (entities.dates.length + entities.weekdays.length + entities.relative.length + times.length > 0)
      return withCheck({ ...frame, topic: 'when' }, entities, true, placeWords);
  }
  if (times.length > 0 && knowledge.items.some((indexed) => indexed.item.start)) {
    return { ...frame, topic: 'items', times, after: after || undefined, aspect: context?.aspect === 'who' ? 'who' : undefined };
  }
  // A follow-up with nothing of its own ("og for studerende?", "whats the code", "og derefter?") asks more of the last topic.
  if (tokens.length <= 5 && context?.topics?.length) {
    if (after && followItems.length > 0) return { ...frame, topic: 'items', items: followItems, after: true };
    const previous = context.topics[0]!;
    if (previous === 'items' && followItems.length > 0) return { ...frame, topic: 'items', items: followItems, inherited: true };
    if (previous !== 'items' && previous !== 'person' && previous !== 'times') return { ...frame, topic: previous, inherited: true };
  }
  return frame;
}

/** A word and a number or letter after it: "session 2", "track A", "spor B", "workshop 3". */
const LABELLED = /(?<!\p{L})(\p{L}{4,})\s+(\d{1,2}|[a-h])(?![\p{L}\d])/giu;
/** Words that number the programme's own items ("punkt 2"): those are counted among the top-level items. */
const PROGRAMME_ITEM_WORDS = new Set([
  'punkt',
  'punktet',
  'programpunkt',
  'programpunktet',
  'nummer',
  'item',
  'point',
  'number',
  'klokken',
]);

/**
 * The items a programme numbers or letters by a word of their own: "session 2" is the item titled "… session 2" or
 * "Session 2: …", else the second of the sessions listed under an item titled "Parallel sessions"; "track A" is
 * "Track A – …". After an answer about some items, those under them ("and session 2?" after track A).
 */
function itemsLabelled(clause: string, knowledge: EventKnowledge, followItems: IndexedItem[]): IndexedItem[] {
  const titleWords = (indexed: IndexedItem) =>
    Object.values(indexed.item.title)
      .filter((value): value is string => typeof value === 'string')
      .map((value) => tokenize(value).map((token) => token.folded));
  const positionOf = (label: string) => (/^\d+$/.test(label) ? Number(label) : label.charCodeAt(0) - 96);
  // "og C?" after workshop A: the sibling of that label.
  const bare = /^\s*(?:og|and)?\s*(\d{1,2}|[a-h])\s*\??\s*$/i.exec(clause);
  if (bare && followItems.length > 0 && followItems.every((followed) => followed.label.includes('.'))) {
    const position = positionOf(bare[1]!.toLowerCase());
    const siblings = knowledge.items.filter(
      (indexed) => indexed.item.number === position && followItems.some((followed) => followed.parent === indexed.parent),
    );
    if (siblings.length > 0) return siblings;
  }
  // "hvad handler a om?", "and b?" after an item with sub-items "A: …", "B: …": that sub-item. A lone letter only at
  // the end or before "om"/"about", so the article in "what is a workshop" names nothing.
  const letterTokens = tokenize(clause).map((token) => token.folded);
  const letterAt = letterTokens.findIndex(
    (word, i) => /^[a-h]$/.test(word) && (i === letterTokens.length - 1 || /^(om|about)$/.test(letterTokens[i + 1]!)),
  );
  const parents = followItems.map((followed) => (followed.label.includes('.') ? followed.parent : followed.item));
  if (letterAt >= 0 && letterTokens.length <= 6 && parents.some((parent) => parent.items.length > 1)) {
    const letter = letterTokens[letterAt]!;
    const subs = knowledge.items.filter((indexed) => indexed.label.includes('.') && parents.includes(indexed.parent));
    const byTitle = subs.filter((indexed) =>
      Object.values(indexed.item.title).some((title) => typeof title === 'string' && new RegExp(`^${letter}\\s*[:).]`, 'i').test(title)),
    );
    const found = byTitle.length > 0 ? byTitle : subs.filter((indexed) => indexed.item.number === positionOf(letter));
    if (found.length > 0) return found;
  }
  for (const match of clause.matchAll(LABELLED)) {
    const word = foldWord(match[1]!.toLowerCase());
    const label = match[2]!.toLowerCase();
    if (PROGRAMME_ITEM_WORDS.has(word)) continue;
    const stems = [...withGlossary([stemWord(word)])].filter((stem) => stem.length >= 4);
    const isWord = (said: string) =>
      stems.some((stem) => said.startsWith(stem) || (stemWord(said).length >= 4 && stem.startsWith(stemWord(said))));
    const titled = knowledge.items.filter((indexed) =>
      titleWords(indexed).some((words) => words.some((said, i) => isWord(said) && words[i + 1] === label)),
    );
    const position = positionOf(label);
    const listed =
      titled.length > 0
        ? titled
        : knowledge.items.filter(
            (indexed) =>
              indexed.label.includes('.') &&
              indexed.item.number === position &&
              knowledge.items.some(
                (parent) =>
                  parent.item === indexed.parent && !parent.label.includes('.') && titleWords(parent).some((words) => words.some(isWord)),
              ),
          );
    if (listed.length === 0) continue;
    const under = listed.filter((indexed) =>
      followItems.some((followed) => indexed.parent === followed.item || indexed.parent === followed.parent),
    );
    return under.length > 0 ? under : listed;
  }
  return [];
}

/** "is it in …", "er det på …": where the meeting is, asked by a place. */
const PLACE_ASKED =
  /^\s*(?:is it|is the meeting|will it be|er det|er mødet|foregår det|foregår mødet|holdes det|holdes mødet)\s+(?:in|at|i|på|pa|ved)\s+(.+)$/iu;

/** "who opens the meeting?", "hvem indleder?": the first item someone leads. */
const OPENS = /(?<!\p{L})(åbner|abner|indleder|opens|kicks off)(?!\p{L})/iu;

/**
 * The first or last top-level item that names who leads it: "who closes?" is whoever leads the last item someone
 * leads, when the programme ends with "Tak for i dag" that no one does. The first or last item when none names anyone.
 */
function ledAtEnd(knowledge: EventKnowledge, end: 'first' | 'last'): IndexedItem[] {
  const top = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const led = top.filter((indexed) => indexed.item.by !== undefined || indexed.item.people.length > 0);
  const from = led.length > 0 ? led : top;
  return end === 'first' ? from.slice(0, 1) : from.slice(-1);
}

/** "… about X", "… om X": what a talk is about. */
const ABOUT = /\b(?:about|om)\s+(.+)$/i;

/**
 * The programme items whose titles name what a question says a talk is about, in either language: a word as written
 * ("AI"), through the glossary ("public transport" → "kollektiv trafik"), or with a long common beginning ("assistant",
 * "AI-assistent"). The items that name most of it; none when no item names any of it.
 */
function itemsAbout(text: string, knowledge: EventKnowledge): IndexedItem[] {
  const asked = tokenize(text)
    .map((token) => token.folded)
    .filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word));
  if (asked.length === 0) return [];
  const close = (a: string, b: string) => a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
  const scored = knowledge.items.map((indexed) => {
    const title = new Set(
      Object.values(indexed.item.title)
        .filter((value): value is string => typeof value === 'string')
        .flatMap((value) => tokenize(value).map((token) => stemWord(token.folded))),
    );
    const named = asked.filter((word) => {
      const stems = withGlossary([stemWord(word)]);
      return [...title].some((said) => [...stems].some((stem) => close(stem, said)));
    });
    return { indexed, score: named.length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return best === 0 ? [] : scored.filter((entry) => entry.score === best).map((entry) => entry.indexed);
}

/** Cue words of the deadline that say whose deadline it is: signing up's. */
const SIGN_UP_SUBJECTS = new Set<Subject>(['signUp', 'signUpOpen', 'deadline']);
/** Words letters write a deadline with, to tell the paragraph that gives one from others that name the same thing. */
const DEADLINE_WORDS = /\b(senest|frist\w*|inden|frem til|deadline|no later than|by|until)\b/i;

/**
 * A deadline asked as a compound whose first part is not signing up ("høringsfrist" of a letter whose sign-up text
 * never says "høring"): the topic that part names ("afbudsfrist" is cancellation's), else the paragraph that names it
 * with a date, else nothing (the word is then unknown). Undefined when the deadline is the sign-up deadline.
 */
function qualifiedDeadline(
  matches: PhraseMatch<Exclude<Subject, 'meeting'> | 'meeting'>[],
  tokens: readonly Token[],
  knowledge: EventKnowledge,
): { word: string; subject?: Exclude<Subject, 'meeting'>; passage?: PassageHit } | undefined {
  for (const match of matches) {
    if (match.tag !== 'deadline' || match.end - match.start !== 1) continue;
    let word = tokens[match.start]!.folded;
    let qualifier: string;
    if (match.source.startsWith('*')) {
      const cue = foldWord(match.source.slice(1).toLowerCase());
      if (!word.endsWith(cue) || word.length - cue.length < 4) continue;
      // The linking "s" of a Danish compound ("hørings|frist") is no part of the word it joins.
      qualifier = word.slice(0, -cue.length).replace(/s$/, '');
    } else {
      // "consultation deadline": the word before the cue, when it names something.
      const before = tokens[match.start - 1]?.folded;
      if (!before || before.length < 4 || /\d/.test(before) || EventKnowledge.isGeneric(before) || LEXICON.cueWords.has(before)) continue;
      if (INFORMATION_STARTS.has(before) || LEXICON.yesNoStarts.has(before)) continue;
      qualifier = before.replace(/s$/, '');
      word = `${before} ${word}`;
    }
    // A typo of a sign-up word ("registraton deadline") is still the sign-up deadline.
    const forms = [qualifier, ...knowledge.vocabulary.resolve(qualifier)];
    const named = longestFirst(matchPhrases(LEXICON.subjects, [{ folded: qualifier, forms, isNumber: false }]));
    if (named.some((found) => SIGN_UP_SUBJECTS.has(found.tag))) return undefined;
    const other = named.find((found) => found.tag !== 'meeting' && PRACTICAL_SUBJECTS.has(found.tag));
    if (other) return { word, subject: other.tag as Exclude<Subject, 'meeting'> };
    const stem = qualifier.slice(0, Math.max(4, qualifier.length - 1));
    const registration = knowledge.event.registration?.text;
    // A link or an address ("…/rus-hoering") is no word of the text.
    const signUpText = [registration?.da, registration?.en]
      .filter(Boolean)
      .join(' ')
      .replace(/\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*/gi, ' ');
    const signUpWords = tokenize(signUpText).map((token) => token.folded);
    if (signUpWords.some((said) => said.startsWith(stem))) return undefined;
    // The meeting's own name ("høringsmødet") names the meeting, not what the deadline is for.
    const naming = knowledge.passages
      .containing([stem])
      .filter((text) =>
        tokenize(text).some(
          (token) =>
            token.folded.startsWith(stem) &&
            !knowledge.titleStems.has(stemWord(token.folded)) &&
            !knowledge.kindStems.has(stemWord(token.folded)),
        ),
      );
    const dated = naming.filter((text) => extractEntities(text).dates.length > 0);
    const text = dated.find((paragraph) => DEADLINE_WORDS.test(paragraph)) ?? dated[0];
    return { word, passage: text ? { id: '', text, score: 0, matchedTerms: 1 } : undefined };
  }
  return undefined;
}

const NOT_LETTER = String.raw`(?<!\p{L})`;
const NOT_AFTER = String.raw`(?!\p{L})`;
const MONTH_NAMES = Object.keys(MONTHS)
  .filter((name) => name.length >= 4 || name === 'maj')
  .join('|');
/**
 * A time or date as letters write them: "kl. 8-14", "17.00", "14. april", "27/10", "efter sommerferien 2027",
 * "i efteråret". Not phone numbers or amounts ("76 94 18 37", "2.400").
 */
const TIME_OR_DATE = new RegExp(
  [
    String.raw`${NOT_LETTER}(?:kl|klokken)\.?\s*\d{1,2}`,
    String.raw`(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)`,
    String.raw`${NOT_LETTER}\d{1,2}\.?\s*(?:${MONTH_NAMES})${NOT_AFTER}`,
    String.raw`${NOT_LETTER}(?:${MONTH_NAMES})\s+(?:\d{1,2}(?!\d)|20\d{2})`,
    String.raw`(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])`,
    String.raw`${NOT_LETTER}(?:i|in|the|this|next|efter|after|før|inden|before|til|until|by|senest|over|fra|from)\s+(?:the\s+)?` +
      String.raw`(?:efteråret|efterår|foråret|forår|sommeren|sommerferien|vinteren|vinterferien|efterårsferien|julen|jul|påske|påsken|nytår|` +
      String.raw`autumn|spring|summer|winter|summer holidays?|christmas|easter|new year)${NOT_AFTER}`,
  ].join('|'),
  'iu',
);

/** "12.00 Frokost": a line of the programme, answered by its item. */
const PROGRAMME_LINE = /^[\W_]*(?:\d{1,2}[.)]\s+)?(?:kl\.?\s*)?\d{1,2}[.:]\d{2}/i;
/** Asking for a time of day, and one as letters write it ("kl. 9-12", "17.00"). */
const CLOCK_ASKED = /(?<!\p{L})(what time|which time|hvad tid|klokken hvad|hvilket klokkeslæt|hvad klokken)(?!\p{L})/iu;
const CLOCK_TIME = /(?<!\p{L})(?:kl|klokken)\.?\s*\d|(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)|\d\s*(?:am|pm)(?!\p{L})/iu;
/** Words of beginning and of ending, Danish and English. */
const STARTS = /(?<!\p{L})(begynd\p{L}*|start\p{L}*|går i gang|igangsæt\p{L}*|åbne\p{L}*|begin\p{L}*|opens?|from|fra)(?!\p{L})/iu;
const ENDS =
  /(?<!\p{L})(færdig\p{L}*|slut\p{L}*|afslut\p{L}*|ender|lukke\p{L}*|senest|indtil|finish\p{L}*|done|complet\p{L}*|ends?|close\p{L}*|until|by the end)(?!\p{L})/iu;
/** Words that ask when: a cue like "starter" or "til" alone does not ("hvad er afgørende for …"). */
const WHEN_QUESTION =
  /(?<!\p{L})(hvornår|hvornar|when|what time|which time|hvad tid|hvilket tidspunkt|klokken hvad|hvor sent|how late|hvilken dato|which date|what date)(?!\p{L})/iu;

/**
 * The sentence of the letter that names what a when-question asks about and says a time or date: the one naming most
 * of its words (or their counterparts in the other language). Programme lines are left to their items.
 */
function timedSentence(thing: readonly string[], knowledge: EventKnowledge, clause: string): { text: string; score: number } | undefined {
  if (thing.length === 0) return undefined;
  // "hvornår er byggeriet færdigt?" is not answered by when it begins, nor "when does it start" by when it must end.
  const asksEnd = ENDS.test(clause) && !STARTS.test(clause);
  const asksStart = STARTS.test(clause) && !ENDS.test(clause);
  const asksClock = CLOCK_ASKED.test(clause);
  const asked = thing.map((word) => {
    const own = stemWord(word);
    const counterparts = [...(GLOSSARY_STEMS.get(own) ?? [])].filter((stem) => stem.length >= 3 && !EventKnowledge.isGeneric(stem));
    // An ordinary word ("send", "have") counts beside another, but does not by itself make a sentence about the thing.
    return { stems: new Set([own, ...counterparts]), strong: !EventKnowledge.isGeneric(word) || counterparts.length > 0 };
  });
  const programme = programmeLines(knowledge);
  let best: { text: string; score: number } | undefined;
  for (const paragraph of knowledge.passages.matching(TIME_OR_DATE)) {
    // "… senest d. 27/10. Kan jeres forening …": a date ends a sentence when a capital starts the next.
    for (const sentence of splitSentences(paragraph).flatMap((text) => text.split(/(?<=\d\.)\s+(?=\p{Lu})/u))) {
      if (!TIME_OR_DATE.test(sentence) || PROGRAMME_LINE.test(sentence) || programme.test(sentence)) continue;
      if ((asksEnd && STARTS.test(sentence) && !ENDS.test(sentence)) || (asksStart && ENDS.test(sentence) && !STARTS.test(sentence)))
        continue;
      // "what time can I phone?": a date is no time of day.
      if (asksClock && !CLOCK_TIME.test(sentence)) continue;
      const stems = tokenize(sentence).map((token) => stemWord(token.folded));
      const found = asked.filter(({ stems: forms }) =>
        [...forms].some((stem) => stems.some((said) => said === stem || (stem.length >= 4 && said.startsWith(stem)))),
      );
      const score = found.length;
      if (found.some((entry) => entry.strong) && (!best || score > best.score)) best = { text: sentence, score };
    }
  }
  return best;
}

/** A time followed by a programme item's title: the programme run together in one paragraph, left to its items. */
function programmeLines(knowledge: EventKnowledge): RegExp {
  const titles = knowledge.items
    .flatMap((indexed) => Object.values(indexed.item.title))
    .filter((title): title is string => typeof title === 'string' && title.length >= 3)
    .map((title) => title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (titles.length === 0) return /(?!)/;
  return new RegExp(String.raw`\d{1,2}[.:]\d{2}\s*[-–|]?\s*(?:${titles.join('|')})`, 'iu');
}

/** A frame answered by the sentence saying when the thing asked about is, or by nothing (not the meeting's time). */
function whenOfFrame(frame: Frame, thing: string[], found: { text: string } | undefined): Frame {
  const { topic: _topic, aspect: _aspect, items: _items, person: _person, ...rest } = frame;
  return {
    ...rest,
    whenOf: thing,
    ...(found ? { passage: { id: '', text: found.text, score: 0, matchedTerms: 1 } } : {}),
  };
}

/** A noun of the letter's text that is neither the meeting, a place, a person nor a cue: the clause may be about it. */
export function isLetterNoun(word: string, knowledge: EventKnowledge): boolean {
  return (
    word.length >= 5 &&
    knowledge.words.has(word) &&
    !EventKnowledge.isGeneric(word) &&
    !LEXICON.cueWords.has(word) &&
    !knowledge.placeWords.has(word) &&
    !knowledge.titleStems.has(stemWord(word)) &&
    !knowledge.kindStems.has(stemWord(word)) &&
    !startsWithStem(LEXICON.cueStems, word, 4)
  );
}

/** A frame about programme items; a yes/no question naming a time checks the item's time ("er frokosten kl 12?"). */
function itemFrame(frame: Frame, items: IndexedItem[], aspect: Aspect | undefined, entities: Entities, yesNo: boolean): Frame {
  const times = entities.times.map((t) => t.minutes);
  if (yesNo && times.length > 0) return { ...frame, topic: 'items', items, aspect: 'when', itemCheck: times };
  return { ...frame, topic: 'items', items, aspect };
}

/** Attaches a yes/no check when the clause names a fact to confirm. */
function withCheck(frame: Frame, entities: Entities, yesNo: boolean, placeWords: string[]): Frame {
  if (!yesNo && !entities.alternatives) return frame;
  if (frame.topic === 'where' && placeWords.length > 0) {
    return {
      ...frame,
      check: {
        kind: 'place',
        words: placeWords,
        numbers: [...frame.clause.matchAll(/\b(\d{1,3}[a-z]?)\b/gi)].map((m) => m[1]!),
        // "lok 114", "sal 2": a number with the word it numbers, to hold against the venue's room.
        numbered: [...foldWord(frame.clause.toLowerCase()).matchAll(/(\p{L}{3,})\.?\s+(\d{1,3}[a-z]?)(?!\d)/gu)].map((m) => ({
          word: m[1]!,
          number: m[2]!,
        })),
      },
    };
  }
  if (frame.topic !== 'when' && frame.topic !== 'end' && frame.topic !== 'weekday') return frame;
  if (entities.times.length > 0)
    return {
      ...frame,
      check: { kind: 'time', minutes: entities.times.map((t) => t.minutes), of: frame.topic === 'end' ? 'end' : 'start' },
    };
  if (entities.dates.length > 0) return { ...frame, topic: 'when', check: { kind: 'date', dates: entities.dates } };
  if (entities.weekdays.length > 0) return { ...frame, topic: 'when', check: { kind: 'weekday', weekdays: entities.weekdays } };
  if (entities.relative.length > 0) return { ...frame, topic: 'when', check: { kind: 'relative', days: entities.relative } };
  return frame;
}

/**
 * The paragraph of the letter that answers a clause: searched with the clause's words and their translations (an
 * English question of a Danish letter), and for a short follow-up with the question before it.
 */
function passageFor(clause: string, knowledge: EventKnowledge, context: FollowUpContext | undefined, lang: Lang): PassageHit | undefined {
  const words = tokenize(clause).map((token) => token.folded);
  // The counterparts as the other language spells them ("læses" for "read"): the paragraphs are searched by words, not stems.
  const translates = new Map<string, string>();
  for (const word of words)
    for (const other of GLOSSARY_WORDS.get(stemWord(word)) ?? [])
      if (!words.includes(other) && !translates.has(other)) translates.set(other, word);
  const also = [...translates.keys()];
  const letter = knowledge.event.language;
  // The question's words in the other language than the letter's: all of them when it is asked in the other language.
  const foreign = new Set(words.filter((word) => lang !== letter || GLOSSARY_LANGUAGE.get(word)?.has(letter) === false));
  const found = knowledge.passages.search(clause, { also, translates, foreign });
  if (found || !context?.passageQuestion || words.length > 6) return found;
  return knowledge.passages.search(`${context.passageQuestion} ${clause}`, { also, translates, foreign });
}

/** FAQ entries' topics, found once per knowledge (the questions are understood like any other). */
const faqTopics = new WeakMap<EventKnowledge, Array<{ faq: IndexedFaq; topics: Set<Topic | undefined> }>>();

function faqFor(frame: Frame, knowledge: EventKnowledge): IndexedFaq | undefined {
  if (knowledge.faq.length === 0) return undefined;
  let known = faqTopics.get(knowledge);
  if (!known) {
    known = knowledge.faq.map((faq) => ({ faq, topics: new Set(faq.entry.questions.map((q) => frameOf(q, knowledge, undefined).topic)) }));
    faqTopics.set(knowledge, known);
  }
  if (frame.topic && frame.topic !== 'items' && frame.topic !== 'person') {
    const byTopic = known.find((entry) => entry.topics.has(frame.topic));
    if (byTopic) return byTopic.faq;
  }
  // The same words: the clause's content words cover most of an FAQ question's.
  const stems = new Set(
    tokenize(frame.clause)
      .map((token) => token.folded)
      .filter((word) => word.length > 2 && !EventKnowledge.isGeneric(word))
      .map(stemWord),
  );
  let best: { faq: IndexedFaq; score: number } | undefined;
  for (const { faq } of known) {
    if (faq.stems.size === 0) continue;
    const shared = [...faq.stems].filter((stem) => stems.has(stem)).length;
    const score = shared / faq.stems.size;
    if (shared >= 1 && (score >= 0.5 || shared >= 2) && (!best || score > best.score)) best = { faq, score };
  }
  return best?.faq;
}

/** "it", "det": a pronoun standing for what a clause before it named. */
const PRONOUN = /(?<!\p{L})(it|they|that|det|den|de|dem)(?!\p{L})/iu;
const MEETING_TIME_TOPICS = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday', 'where', 'items', 'person', 'times']);

/**
 * "is lunch included and when is it?": "it" is the lunch the clause before named, not the meeting; asked again with
 * the words that named it.
 */
function whenOfSibling(frame: Frame, before: Frame | undefined, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  if ((frame.topic !== 'when' && frame.topic !== 'end') || frame.check || !before?.cueWords?.length) return frame;
  if (MEETING_TIME_TOPICS.has(before.topic) || !PRONOUN.test(frame.clause) || tokenize(frame.clause).length > 5) return frame;
  const again = frameOf(`${frame.clause} ${before.cueWords.join(' ')}`, knowledge, context);
  return again.topic === 'items' || again.whenOf ? { ...again, clause: frame.clause } : frame;
}

/** Understands one message: small talk, a request, or questions (one frame per clause). */
export function understand(message: string, knowledge: EventKnowledge, options: UnderstandOptions = {}): Understanding {
  // "Could you explain in English what …": the language to answer in, not a question about the meeting's language.
  const instruction = LANGUAGE_INSTRUCTION.exec(message);
  const text = instruction ? message.replace(LANGUAGE_INSTRUCTION, ' $1 ').replace(/\s+/g, ' ').trim() : message;
  // "fra start til slut", "from start to finish": the whole of it, not its start or end.
  const tokens = tokenize(text.replace(WHOLE_IDIOM, ' '));
  const lang = instruction
    ? /engl|engel/i.test(instruction[4]!)
      ? 'en'
      : 'da'
    : detectLanguage(tokens, { previous: options.context?.lang, hint: options.hint, cues: LEXICON.languageCues });
  if (tokens.length === 0 && !/[\p{Extended_Pictographic}]/u.test(text)) return { kind: 'empty', lang };
  const forms = wordForms(tokens, knowledge);
  const smallTalk = smallTalkOf(tokens, forms, text, knowledge);
  if (smallTalk) return { kind: 'smallTalk', lang, smallTalk };
  // A request is read from what the message asks, not from what it tells ("… fra et andet møde i Nordby. Hvad er adressen?").
  const asked = splitSentences(text).filter((sentence) => sentence.endsWith('?') || !STATEMENT_START.test(sentence));
  const requestTokens = asked.length > 0 && asked.length < splitSentences(text).length ? tokenize(asked.join(' ')) : tokens;
  const request = requestOf(
    requestTokens,
    requestTokens === tokens ? forms : wordForms(requestTokens, knowledge),
    asked.length > 0 ? asked.join(' ') : text,
  );
  // A sentence that tells about the writer ("Jeg sidder i udvalget i Silkeborg, som …") is context, not a question.
  const clauses = splitSentences(text.replace(WHOLE_IDIOM, ' ')).flatMap((sentence) => {
    const statement = !sentence.endsWith('?') && STATEMENT_START.test(sentence);
    return splitClauses(sentence).map((clause) => ({ clause, statement }));
  });
  const statements = new Set(clauses.filter((entry) => entry.statement).map((entry) => entry.clause));
  const framed = clauses
    .map(({ clause }) => frameOf(clause, knowledge, options.context))
    .map((frame, i, all) => whenOfSibling(frame, all[i - 1], knowledge, options.context))
    .map((frame) =>
      frame.topic && frame.topic !== 'items' && frame.topic !== 'person' && frame.topic !== 'times'
        ? { ...frame, faq: faqFor(frame, knowledge) }
        : frame,
    );
  if (request) {
    const others =
      request === 'signUp' &&
      matchPhrases(LEXICON.requests, forms).some((match) => match.tag === 'signUpOthers' && match.end - match.start >= 2);
    return {
      kind: 'request',
      lang,
      request,
      frames: framed.filter((frame) => frame.topic && frame.question),
      ...(others ? { others } : {}),
    };
  }
  // With no topic of its own, a clause is looked up in the FAQ and the letter's paragraphs. A statement's only when
  // no question is asked beside it: searching paragraphs for the context of a long message was most of its time.
  // A when-question of a thing is answered only by a paragraph that says a time or date.
  const searched = (frame: Frame) => {
    const found = passageFor(frame.clause, knowledge, options.context, lang);
    return found && (!frame.whenOf || TIME_OR_DATE.test(found.text)) ? found : undefined;
  };
  const fromText = (frame: Frame): Frame =>
    frame.topic || frame.elsewhere
      ? frame
      : {
          ...frame,
          faq: faqFor(frame, knowledge),
          passage: frame.passage ?? (frame.question || frame.foreign.length > 0 ? searched(frame) : undefined),
        };
  const answerable = framed.map((frame) => (statements.has(frame.clause) ? frame : fromText(frame)));
  // A statement with nothing to answer is not a question; a clause that asks nothing beside one that does is dropped,
  // and so is a statement beside a question ("Jeg sidder i udvalget i Silkeborg. Hvornår er mødet?").
  const anyQuestion = answerable.some((frame) => !statements.has(frame.clause) && (frame.topic || frame.passage || frame.faq));
  const frames = anyQuestion ? answerable : answerable.map((frame) => (statements.has(frame.clause) ? fromText(frame) : frame));
  const asking = frames.filter(
    (frame) =>
      (frame.topic || frame.question || frame.foreign.length > 0 || frame.faq || frame.passage) &&
      (!anyQuestion ||
        !statements.has(frame.clause) ||
        (frame.topic !== undefined && frame.topic !== 'travel' && PRACTICAL_SUBJECTS.has(frame.topic as Exclude<Subject, 'meeting'>))),
  );
  if (asking.length === 0 && looksLikeGibberish(tokens, knowledge)) return { kind: 'smallTalk', lang, smallTalk: 'gibberish' };
  const answered = asking.some((frame) => frame.topic) ? asking.filter((frame) => frame.topic || frame.question) : asking;
  return { kind: 'question', lang, frames: answered };
}
