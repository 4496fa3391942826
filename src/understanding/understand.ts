import { materialWhenFrame, whereOfThingBefore } from './materialWhen';
import { withDay } from './days';
import { withSession, withSiblingSession } from './sessions';
import { withPart } from './partFrame';
import { perEvent } from '../event/memo';
import { wordFormsOf } from './saidBy';
import { MONTHS } from '../event/months';
import type { Localized } from '../event/model';
import type { Lang } from '../i18n';
import { extractEntities, type Entities } from './entities';
import { EventKnowledge, LEXICON, startsWithStem, type IndexedFaq, type IndexedItem } from './knowledge';
import { detectLanguage } from './language';
import type { Aspect, Subject } from './lexicon/topics';
import { foldWord, splitClauses, splitSentences, stemWord, tokenize, type Token } from './normalize';
import type { PassageHit } from './passageSearch';
import { OWN_PEOPLE, WHO_LEADS_VERB } from './lexicon/words';
import { unwrittenOpening } from './openingAsked';
import { longestFirst, matchPhrases, type PhraseMatch, type WordForms } from './phrases';
import type { Topic, Frame, FollowUpContext, Understanding, UnderstandOptions } from './frame';
import { INFORMATION_STARTS, wordForms, covered } from './messageWords';
import { looksLikeGibberish, smallTalkOf, requestOf } from './smallTalk';
import { GLOSSARY_WORDS, GLOSSARY_LANGUAGE, glossaryForms, withGlossary } from './glossary';
import { compoundParts, itemsNamed, itemsLabelled, ledAtEnd, itemsAbout, datedInText, isOccasion, talksOf } from './programmeMatch';
import { MEETING_TITLE_WORDS, personNamed } from './personMatch';
import { SUBJECT_PRIORITY, SUBJECTS_OVER_ITEMS, PRACTICAL_SUBJECTS, UNTIMED_SUBJECTS } from './subjects';
import { amountsIn, otherAmountNamed, roomNumbersIn, statedCheck, withCheck } from './factChecks';
import { partPlace } from './partPlace';
import { dropOffSentence } from './dropOff';
import { placeByJourney } from './journeyPlace';
import { deadlineOfNamedThing, qualifiedDeadline } from './deadlines';
import { whenOfThingBefore } from './followUpWhen';
import { lateForThing } from './lateForThing';
import { detailOfThingBefore } from './followUpDetail';
import { asksAnew } from './freshQuestion';
import { correction } from './correction';
import { inWrittenWords } from './colloquial';
import { weatherPlan } from './weatherPlan';
import { whomOfParagraphBefore } from './whomBefore';
import { originOfPersonBefore } from './originBefore';
import { swappedNumber } from './followUpSwap';
import { deadlineOfPractical, practicalDeadline } from './practicalDeadline';
import { asksLinkSent, linkSentText } from './linkSent';
import {
  TIME_OR_DATE,
  PROGRAMME_LINE,
  WHEN_QUESTION,
  PLACE_SAID,
  LENGTH_SAID,
  SUBMIT,
  isSignUpSentence,
  timedSentence,
  placedSentence,
  whereSentence,
  lastingSentence,
  travelSentence,
  whenOfFrame,
  onlyMeasured,
} from './timedSentence';
import { HOW_OR_WHERE, WAY_FOR, waySentence, wayFrame } from './waySentence';
import { asksReplyTo } from './replyTo';
import { RETURN_ASKED, asksOutwardLeg, asksReturnLeg, itemSaysReturnOnly, timesOnlyReturn } from './tripDirection';
import { namedLaterSentence, whoSentence } from './whoSentence';
import { labelledEntry } from './labelledEntry';

/** Signing up and cancelling, which have answers of their own. */
const SIGN_UP_OR_CANCEL = /(?<!\p{L})(tilmeld\p{L}*|sign\p{L}*|regist\p{L}*|rsvp|afbud\p{L}*|afmeld\p{L}*|cancel\p{L}*)(?!\p{L})/iu;
/** Words that name the way, not the thing sent. */
const WAY_WORD = /^(e-?mail|mail|link|adresse|address|portal|url|hjemmeside|website)/;

const LANGUAGE_INSTRUCTION =
  /\b(explain|tell me|answer|reply|write|describe|summari[sz]e|forklar|fortæl|svar|skriv|beskriv)( it| me| us| mig| os| det)? (in|på) (english|engelsk|danish|dansk)\b/i;
const WHOLE_IDIOM =
  /\b(fra start til slut|fra begyndelse til slut|fra ende til anden|from start to (finish|end)|from beginning to end)\b/gi;
/** Asking for a deadline (folded or as written). */
const DEADLINE_ASKED = /(?<!\p{L})(\p{L}*frist\p{L}*|deadline\p{L}*|senest|inden hvornår|by when|no later than)(?!\p{L})/iu;
/**
 * Leave from work ("time off", "a day off", "count as working time", "fri fra arbejde"): a matter between the asker
 * and their employer; its "time" and "day" do not ask when the meeting is.
 */
const WORK_LEAVE =
  /(?<!\p{L})(time off|days? off|off work|working time|work time|paid leave|fri fra (arbejde\p{L}*|jobbet)|tjenestefri\p{L}*|fridag\p{L}*|afspadser\p{L}*)(?!\p{L})/iu;

/**
 * "hvad bruger udvalget møderne til?", "what does the board use the visits for?": what a thing is used for, a
 * question of the letter's prose; the meeting's word in it does not ask when the meeting is.
 */
const USE_FOR = /^\s*(?:hvad|what)(?!\p{L}).*(?<!\p{L})(?:bruge[rs]?|brugt|use[sd]?|using)(?!\p{L}).*(?<!\p{L})(?:til|for)\s*\??\s*$/iu;

/** A clause that tells about the writer ("jeg sidder i …", "I'm the new head of …", "my manager forwarded …"). */
const STATEMENT_START = /^\s*(hej\b.*|hi\b.*|hello\b.*)?(jeg|vi|min|mit|mine|vores|i m|im|i am|i ve|i have|i work|we|my|our)\b/i;

const CONSEQUENCE = /\b(hvad sker der|hvad skal der ske|what happens|what will happen)\s*,?\s+(hvis|if)\b/i;
const SIGN_UP_NAMED = /(?<!\p{L})(tilmeld\p{L}*|meld\p{L}* mig|sign\p{L}* (me|us)? ?up|regist\p{L}*)(?!\p{L})/iu;
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
// "her" only before what is hers: in Danish it is "here".
const PERSON_PRONOUN =
  /\b(hun|han|hende|ham|hendes|hans|she|he|him|his|hers|her(?= (?:phone |mobile )?(?:number|phone|e-?mail|mail|contact|details)))\b/i;
/** The one person the letter has speak, when it has exactly one. */
function soleSpeaker(knowledge: EventKnowledge): EventKnowledge['people'][number] | undefined {
  const speakers = knowledge.people.filter((indexed) => indexed.person.roles.includes('speaker'));
  return speakers.length === 1 ? speakers[0] : undefined;
}

/** The detail of someone just named: "nummeret", "mailen", "the number". */
const THE_DETAIL = /(?<!\p{L})(?:nummeret|telefonnummeret|mailen|mailadressen|the (?:phone )?number|the e-?mail)(?!\p{L})/iu;

/** "the minutes" with no number before it: the record of a meeting, a thing asked of, not a length of time. */
function minutesOfRecord(words: readonly string[], i: number): boolean {
  return words[i] === 'minutes' && words[i - 1] === 'the';
}
// Not by \b: "efterårsferien" has "efter" before a letter \b does not know.
const AFTER = /(?<!\p{L})(efter|after|derefter|bagefter|afterwards|next)(?!\p{L})/iu;
/** An item's title that names its own place: "Dinner at Restaurant Fyret", "Middag på Restaurant Havet, Ågade 1". */
const PLACE_IN_TITLE = /\s(?:at|på|in|i)\s+(?:the\s+)?\p{Lu}/u;
/** "Dinner at Restaurant Fyret": a title naming the place it is at (not "… in Vestby East", an area it is about). */
const PLACE_AT_IN_TITLE = /\s(?:at|på)\s+(?:the\s+)?\p{Lu}/u;
/** A talk in the singular and definite ("oplægget", "indlægget", "foredraget"), as folded: one item, not the programme. */
const ONE_TALK = /^(?:opl[eæ]g|indl[eæ]g|foredrag)(?:get|et)$/;
/** "is it in …", "er det i …", "foregår mødet i …", "is the room in …": asking whether the meeting is in a place. */
const IS_IT_IN =
  /^(?:is|er|foregår|holdes|afholdes|ligger|will)\s+(?:it|det|den|this|mødet|the\s+\p{L}+|\p{L}+(?:et|en))\s+(?:(?:be\s+)?(?:held|located|holdt)\s+)?(?:in|i)\s+\p{L}/iu;
const OTHER_OCCURRENCE =
  /\b(næste års|naeste aars|sidste års|sidste aars|sidste gang|næste gang|forrige|next year'?s|last year'?s|next time|last time|previous (meeting|event|conference)|(næste|naeste) (\p{L}+ )?(møde|moede|konference|arrangement|netværksmøde)\w*|next (\p{L}+ )?(meetings?|events?|conferences?)|next ones?|(?:last|previous) meeting|(?:sidste|forrige) møde[t]?)\b/iu;
/**
 * "will there be more sessions after march", "kommer der flere møder til efteråret": meetings beyond this letter's,
 * which its own programme does not answer.
 */
const MORE_OF_THEM =
  /(?<!\p{L})(?:(?:more|further|additional|other)\s+(?:\p{L}+\s+)?(?:sessions|meetings|events|webinars|workshops|dates)\s+(?:after|later|next|in the (?:autumn|fall|spring|future))|flere\s+(?:\p{L}+\s+)?(?:møder|moeder|sessioner|webinarer|arrangementer|workshops|datoer)\s+(?:efter|senere|næste|naeste|i fremtiden|til (?:efteråret|foråret)|i (?:efteråret|foråret)))(?!\p{L})/iu;
/**
 * "when will the new hall be finished", "hvornår er den nye skole færdig": when a new thing the meeting is about is
 * built or ready, which no time of the meeting or of its items says.
 */
const COMPLETED =
  /(?<!\p{L})(?:(?:new|ny|nye|nyt)\s+\p{L}+\s+(?:\p{L}+\s+)?(?:be\s+)?(?:finished|completed|built|ready|done|færdig\p{L}*|faerdig\p{L}*|klar|bygget|opført|opfoert)|(?:be|been|bliver|blive|være|vaere)\s+(?:\p{L}+\s+){0,2}(?:built|færdigbygget|faerdigbygget|bygget|opført|opfoert))(?!\p{L})/iu;
/** Whether the other meeting a text names is ahead ("næste møde", "next meeting") or behind ("last meeting"). */
const occurrenceAhead = (text: string): boolean => /^(?:næste|naeste|next)/i.test(OTHER_OCCURRENCE.exec(text)?.[0] ?? '');

/** "næste erhvervsmorgenmad", "the next staff run": "next" before a word of the meeting's own title or kind. */
const NEXT_WORD = /(?<![\p{L}\d])(?:næste|naeste|next)\s+(\p{L}+)/giu;
/** NEXT_WORD for testing a text: a global pattern's test() carries its position from one text to the next. */
const NEXT_WORD_IN = new RegExp(NEXT_WORD.source, 'iu');
/** The stems of the letter's first line (a subject line or heading), which names the meeting too. */
const headingStems = perEvent<ReadonlySet<string>>();
function nextOfMeeting(clause: string, knowledge: EventKnowledge): string | undefined {
  // A meeting of several days or sessions has a next one of its own ("when is the next session?").
  if (knowledge.event.days.length > 1) return undefined;
  // The letter's first line names the meeting too, where the title the draft holds may not.
  const { event } = knowledge;
  const headed = headingStems(event, 'first line', () => {
    const firstLine = event.text.split('\n').find((line) => line.trim() !== '') ?? '';
    return new Set(tokenize(firstLine).map((token) => stemWord(token.folded)));
  });
  for (const match of clause.matchAll(NEXT_WORD)) {
    const stem = stemWord(foldWord(match[1]!.toLowerCase()));
    if (stem.length < 3 || EventKnowledge.isGeneric(foldWord(match[1]!.toLowerCase()))) continue;
    if (knowledge.titleStems.has(stem) || knowledge.kindStems.has(stem) || MEETING_TITLE_WORDS.has(stem) || headed.has(stem))
      return match[0];
  }
  return undefined;
}

/** The letter's sentences a pattern (not global) finds a match in. */
function sentencesSaying(knowledge: EventKnowledge, pattern: RegExp): string[] {
  return knowledge.passages
    .matching(pattern)
    .flatMap((paragraph) => splitSentences(paragraph))
    .filter((sentence) => pattern.test(sentence));
}

/** A sentence or line of the letter as the passage that answers a frame. */
function quoted(text: string): PassageHit {
  return { id: '', text, score: 0, matchedTerms: 1 };
}

/** "14.45 Opsamling …": a programme's time before its item's title, in a paragraph of many; the time of that item. */
const PROGRAMME_ENTRY = /(?<![\d.,])\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+(?=\p{Lu})/gu;
/** The bare word for a number, which the word before it may make another thing's number. */
const OTHER_NUMBER = /^(?:nummer|number)$/;
const MEETING_AFTER_PREPOSITION =
  /\b(fra|fra selve|på|til|om|efter|inden|før|under|ved|from|of|at|after|before|during|for) (the |selve )?(mødet|moedet|modet|møde|meeting|konferencen|conference|arrangementet|event|temadagen|seminaret|seminar)\b/i;

const MONTH_NAMES = Object.keys(MONTHS)
  .filter((name) => name.length > 3)
  .join('|');
const MEETING_NOUN = 'meeting|møde|mødet|moede|moedet|konference|konferencen|conference|seminar|seminaret';
/** "the november meeting", "novembermødet", "mødet i november", "the meeting in November". */
const MONTH_MEETING = new RegExp(
  `(?<!\\p{L})(?:(${MONTH_NAMES})(?:'s)?\\s*(?:${MEETING_NOUN})|(?:${MEETING_NOUN})\\s+(?:i|in)\\s+(${MONTH_NAMES}))(?!\\p{L})`,
  'iu',
);

/** A meeting in a month the meeting and none of its days is in: another meeting than this one. */
function meetingInOtherMonth(clause: string, knowledge: EventKnowledge): string | undefined {
  const found = MONTH_MEETING.exec(clause);
  if (!found) return undefined;
  const month = MONTHS[(found[1] ?? found[2])!.toLowerCase()];
  const event = knowledge.event;
  const months = new Set([event.start, event.end, ...(event.days ?? []).map((day) => day.date)].map((date) => Number(date.slice(5, 7))));
  return month !== undefined && !months.has(month) ? found[0] : undefined;
}

/** A clause that asks what, when or which rather than whether ("hvornår er …", "what time …"). */
const ASKS_WHICH =
  /^(?:(?:og|and|men|but|so|så)\s+)?(?:hvad|hvornår|hvornar|hvor|hvem|hvilk\p{L}*|hvordan|hvorfor|hvorn\p{L}*|what|whats|when|where|who|whom|which|how|why)(?!\p{L})/iu;

function frameOf(clause: string, knowledge: EventKnowledge, context: FollowUpContext | undefined, asked = false): Frame {
  const frame = frameOfClause(clause, knowledge, context);
  // "is lunch at the inn?", "kan man bade i søen?": a part of the day at a place, held against the sentence placing
  // that part; one the letter does not place is not stated, not answered by the venue.
  const placed =
    frame.check?.kind === 'role' || frame.topic === 'person' || frame.elsewhere ? undefined : partPlace(untagged(clause), knowledge);
  if (placed?.kind === 'placed') {
    const { topic: _topic, aspect: _aspect, items: _items, ...rest } = frame;
    return { ...rest, foreign: [], check: { kind: 'placed', sentence: placed.sentence, holds: placed.holds } };
  }
  if (placed?.kind === 'unplaced' && frame.check?.kind === 'place') return whenOfFrame(frame, placed.part, undefined, 'place');
  // "kan jeg stadig nå det?" after the deadline of something else than signing up ("fristen for forslag"): "det" is
  // that thing, which the sign-up being open does not answer.
  const before = context?.passageQuestion;
  if (
    frame.topic === 'signUpOpen' &&
    before &&
    DEADLINE_ASKED.test(before) &&
    !SIGN_UP_OR_CANCEL.test(before) &&
    !SIGN_UP_OR_CANCEL.test(clause)
  )
    return { ...frame, topic: undefined, aspect: undefined, foreign: [...frame.foreign, DEADLINE_ASKED.exec(before)![0]], elsewhere: true };
  const leave = (frame.topic === 'when' || frame.topic === 'weekday') && !frame.check ? WORK_LEAVE.exec(clause) : null;
  if (leave) return { ...frame, topic: undefined, aspect: undefined, foreign: [...frame.foreign, leave[0]], elsewhere: true };
  if ((frame.topic === 'when' || (frame.topic === 'items' && frame.aspect === 'when')) && !frame.check && USE_FOR.test(clause)) {
    const { topic: _topic, aspect: _aspect, items: _items, ...rest } = frame;
    return rest;
  }
  // "skal jeg svare inden 1. januar?": a fact of another thing than the meeting, held against the letter's sentence.
  // "so the fee goes up to 120 eur?": a statement asked back, to be confirmed.
  // The meeting's price, where the letter states one, is checked against all of its text (members' and others' prices).
  // "is the deadline sept 20?", "er fristen d. 10.?": the sign-up deadline, where the letter gives one, is the fact.
  if (frame.topic === 'deadline' && knowledge.event.registration?.deadline && (frame.question || asked)) {
    const dates = extractEntities(clause).dates;
    if (dates.length > 0) return { ...frame, check: { kind: 'deadline', dates } };
  }
  const ownPrice = frame.topic === 'price' && knowledge.event.practical.price !== undefined && !otherAmountNamed(clause, knowledge);
  // "does the bus leave at 8?" names a timed thing and a time: the thing's own fact decides, not what is on at 8.
  const timesOfThing = frame.topic === 'times' && ((frame.items?.length ?? 0) > 0 || (frame.cueWords?.length ?? 0) > 0);
  if (
    (frame.question || asked) &&
    (frame.topic !== 'times' || timesOfThing) &&
    !ownPrice &&
    !ASKS_WHICH.test(clause) &&
    frame.check?.kind !== 'role'
  ) {
    const stated = statedCheck(clause, knowledge);
    if (stated) return { ...frame, check: stated };
  }
  // "koster det 50 kr?": a price to confirm or correct.
  if (frame.topic === 'price' && !frame.check) {
    const amounts = amountsIn(clause);
    const first = foldWord(clause.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
    if (amounts.length > 0 && (LEXICON.yesNoStarts.has(first) || clause.trim().endsWith('?')))
      return { ...frame, check: { kind: 'amount', amounts } };
  }
  return frame;
}

const chargingMemo = perEvent<boolean>();
/** Whether a paragraph of the letter speaks of charging a device (once per event). */
function speaksOfCharging(knowledge: EventKnowledge): boolean {
  return chargingMemo(knowledge.event, 'charging', () =>
    knowledge.passages.matchingAny(/./).some((text) => matchPhrases(LEXICON.charging, wordFormsOf(text)).length > 0),
  );
}

function frameOfClause(asked: string, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  const clause = untagged(asked);
  const tokens = tokenize(clause);
  const forms = wordForms(tokens, knowledge);
  const entities = extractEntities(clause);
  // A cue with a gap ("kan … komme") does not hold when the gap names something unknown ("can my deputy come").
  const holds = (match: PhraseMatch<unknown>) =>
    !match.source.includes('…') || !tokens.slice(match.start, match.end).some((token) => knowledge.isForeign(token.folded));
  // "hvad sker der, hvis vi ikke kommer?", "what happens if I'm late?": a consequence, not the programme.
  const conditional = CONSEQUENCE.test(clause);
  const allSubjectMatches = matchPhrases(LEXICON.subjects, forms);
  const charging = matchPhrases(LEXICON.charging, forms).length > 0;
  const subjectMatches = longestFirst(
    allSubjectMatches.filter(
      (match) =>
        holds(match) &&
        !(conditional && match.tag === 'programme') &&
        // "hotellet" of a meeting held at a hotel is the venue, not a place to stay.
        !tokens.slice(match.start, match.end).every((token) => knowledge.venueWords.has(token.folded)) &&
        // "when is the webinar" of a letter calling itself a webinar: the word names the meeting, not a topic of it.
        !(match.tag !== 'meeting' && tokens.slice(match.start, match.end).every((token) => knowledge.namesMeeting(token.folded))) &&
        // "hvornår lukker vi ned?", "hvornår lukker I?": people closing (the office, the event), not sign-up closing.
        !(match.tag === 'deadline' && CLOSED_BY_PEOPLE.test(clause) && !SIGN_UP_OR_CANCEL.test(clause)) &&
        // "kan jeg lade min telefon op der": the phone is charged, no one is called.
        !(match.tag === 'contact' && charging) &&
        // "barnets cpr nummer", "order number": a number of something the letter never names, not a number to call.
        !(match.tag === 'contact' && OTHER_NUMBER.test(match.source) && knowledge.isForeign(tokens[match.start - 1]?.folded ?? 'nummer')),
    ),
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
  const late = !aboutSignUp && statesLateOrEarly(tokens, forms);
  const taken = covered([...subjectMatches, ...aspectMatches]);
  const words = forms.map((word) => word.folded);
  const ranked = SUBJECT_PRIORITY.filter((subject) => subjectMatches.some((match) => match.tag === subject));
  // "kan jeg betale med kort i bussen?": how one pays, wherever it is paid.
  // "bliver oplæggene delt bagefter?", "will the talks be shared afterwards": the talks' material after the meeting,
  // which the letter's own sentence answers, not the programme.
  const material = SHARED_AFTER.test(clause) ? ranked.filter((s) => s !== 'programme' && s !== 'speakers') : ranked;
  const subjects =
    PAY_BY.test(clause) && material.includes('price') ? ['price' as const, ...material.filter((s) => s !== 'price')] : material;
  // "when is the workshop" of a workshop: the kind of gathering the letter calls the meeting names it.
  const kindWords = words.filter((word) => knowledge.namesMeeting(word));
  // "the staff run" of a "Personaleløb": two words of the clause, or their counterparts, that make a compound of the
  // meeting's title name the meeting, as the compound would.
  const titleCompound = titleCompoundWords(words, knowledge);
  const namesMeeting =
    titleCompound.size > 0 ||
    kindWords.length > 0 ||
    subjectMatches.some((match) => match.tag === 'meeting') ||
    words.some((word) => knowledge.titleStems.has(stemWord(word)));
  const aspects = aspectMatches.map((match) => match.tag);
  const firstAspect = (['duration', 'end', 'cost', 'when', 'weekday', 'where', 'who'] as const).find((a) => aspects.includes(a));
  // "hvor starter rundvisningerne?", "where does the tour start": where it starts, not when.
  const aspect = firstAspect === 'when' && aspects.includes('where') && WHERE_FIRST.test(clause) ? 'where' : firstAspect;
  const first = words[0] ?? '';
  const yesNo = LEXICON.yesNoStarts.has(first) && !INFORMATION_STARTS.has(first);
  const question =
    yesNo || LEXICON.questionWords.has(first) || clause.trim().endsWith('?') || aspects.some((a) => a !== 'what' && a !== 'how');
  // A word a cue for the whole programme spans by its gap ("hvad sker der … efter frokosten") that is a cue of its own
  // ("frokost") may name an item.
  const ownCues = covered(allSubjectMatches.filter((match) => match.tag !== 'programme' && match.tag !== 'meeting'));
  // "konferencemiddagen", caught by "konference*", names the item titled so ("19.00 Konferencemiddag"), not the meeting.
  const itemCompound = (word: string) => {
    const stem = stemWord(word);
    const meetingPrefix = [...knowledge.kindStems, ...MEETING_TITLE_WORDS].some(
      (kind) => stem.length > kind.length + 3 && stem.startsWith(kind),
    );
    return meetingPrefix && !knowledge.titleStems.has(stem) && knowledge.items.some((indexed) => indexed.titleStems.has(stem));
  };
  const wholeCues = new Set(
    [...covered(subjectMatches.filter((match) => match.tag === 'programme' || match.tag === 'meeting'))].filter(
      (i) => !ownCues.has(i) && !itemCompound(words[i]!),
    ),
  );
  // "det regionale politiske møde": words of the meeting's own title beside a word for a meeting name the meeting,
  // not the programme item that shares one of them.
  const meetingWord =
    kindWords.length > 0 ||
    words.some((word) => MEETING_TITLE_WORDS.has(stemWord(word))) ||
    subjectMatches.some((match) => match.tag === 'meeting');
  const titleWordsOfMeeting = meetingWord ? [...kindWords, ...words.filter((word) => knowledge.titleStems.has(stemWord(word)))] : [];
  // Words that asked when or until when ("what time does it end") do not name an item ("Afrunding").
  const aspectWords = covered(aspectMatches.filter((match) => match.tag !== 'what' && match.tag !== 'how'));
  const leadsVerb = WHO_LEADS_VERB.exec(clause)?.[1];
  const cueWordsOfClause = [...wholeCues, ...aspectWords].map((i) => words[i]!);
  if (leadsVerb) cueWordsOfClause.push(tokenize(leadsVerb)[0]?.folded ?? '');
  const namedByWords =
    itemsNamed(entities, words, knowledge, new Set([...cueWordsOfClause, ...titleWordsOfMeeting])) ??
    theOneTalk(words, knowledge) ??
    (titleWordsOfMeeting.length > 0 ? partNamed(entities, words, knowledge, new Set(cueWordsOfClause)) : undefined);
  // "hvem taler kl 11.15": one word shared with a title ("taler" of "Nye tal fra …") names no item that the time
  // asked does not fall in, when another item runs then.
  // A yes/no question about the time ("er velkomsten kl 7.30?") checks the item it names, at whatever time it is.
  const named = namedByWords && !yesNo && weakAtOtherTime(namedByWords, entities, knowledge) ? undefined : namedByWords;
  // "who leads the workshops?" asks who, and names no one whose title is "Head of …".
  const leadsWord = leadsVerb ? (tokenize(leadsVerb)[0]?.folded ?? '') : '';
  const person = personNamed(leadsVerb ? forms.filter((form) => form.folded !== leadsWord) : forms, knowledge);
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
  // "pausen" of an item "kaffepause", "questions" of "Spørgsmål fra salen": a word that named the item, in a compound
  // of its title or in the other language, is no word the letter lacks.
  const namesItem = (folded: string) =>
    [...glossaryForms(folded)].some((form) => {
      const stem = stemWord(form);
      return itemWords.has(stem) || (stem.length >= 4 && [...itemWords].some((word) => word.length > stem.length && word.endsWith(stem)));
    });
  const placeWords = [
    ...entities.placeWords.map((word) => tokenize(word)[0]?.folded ?? ''),
    // Lower-case input has no capitals to show a place: a word of the venue's name or address is one.
    ...words.filter((word) => knowledge.placeWords.has(word)),
  ]
    .filter((word, i, all) => word && all.indexOf(word) === i && !EventKnowledge.isGeneric(word) && !LEXICON.cueWords.has(word))
    // "er løbet i arbejdstiden", "is it in working hours": a time of day or of life after "i"/"in" is no place.
    .filter((word) => knowledge.placeWords.has(word) || knowledge.venueWords.has(word) || !TIME_NOT_PLACE.test(word));
  // A place the clause names as where something is: after "i", "in", "på", "at", or in a clause of a few words
  // ("Vestby?", "is it Vestby or Nordby"); not any name in it ("is my association (Vestby Besøgsvenner) a member …").
  const placedWords = placeWords.filter(
    (word) => tokens.length <= 4 || tokens.some((token, i) => token.folded === word && i > 0 && PLACE_BEFORE.has(tokens[i - 1]!.folded)),
  );
  const foreign = tokens
    .filter(
      (token, i) =>
        !taken.has(i) &&
        knowledge.isForeign(token.folded) &&
        !itemWords.has(stemWord(token.folded)) &&
        !namesItem(token.folded) &&
        // "the welcome speech" of an item "Velkomst": a word for a talk beside the item's own word is that item.
        !(named && TALK_WORD.test(token.folded)) &&
        !person?.names.has(token.folded) &&
        !placeWords.includes(token.folded) &&
        // "23 sep": a month's short name in a date the clause gives is part of the date, no unknown word.
        !(entities.dates.length > 0 && MONTHS[token.folded] !== undefined),
    )
    .map((token) => token.raw);
  // The words the subject was recognised by: an answer must be about them ("aftensmad" is not answered by "kaffe og kage").
  const cueWords = subjectMatches
    .filter((match) => match.tag !== 'meeting')
    .flatMap((match) => tokens.slice(match.start, match.end).map((token) => token.folded));
  const frame: Frame = { clause, foreign, question, cueWords };
  // "kan jeg lade min telefon op?", "can i charge my laptop": charging, which no paragraph of the letter speaks of, is
  // not stated; the device's word in another sentence ("tilmelding KUN telefonisk") answers nothing of it.
  if (charging && !speaksOfCharging(knowledge)) {
    const said = matchPhrases(LEXICON.charging, forms)[0]!;
    return {
      clause,
      foreign: [
        tokens
          .slice(said.start, said.end)
          .map((token) => token.raw)
          .join(' '),
      ],
      question,
      cueWords: [],
      elsewhere: true,
    };
  }
  // "hvornår åbner baren?": not when the doors open.
  const opening = question ? unwrittenOpening(clause, knowledge) : undefined;
  if (opening) return { ...frame, foreign: [opening], elsewhere: true };
  // "hendes mail?", "his number?" after an answer about a person: how to reach that person, not the general contact.
  const reached =
    !person &&
    !organisation &&
    context?.person &&
    PERSON_PRONOUN.test(clause) &&
    subjects.length > 0 &&
    subjects.every((s) => s === 'contact')
      ? knowledge.people.find((indexed) => indexed.person.name === context.person)
      : undefined;
  if (reached) return { ...frame, topic: 'person', person: reached, aspect, personContact: true };
  // "whats her number?", "hvad er nummeret?" after the answer named someone for a task ("til Eva på sms …") who is not
  // one of the event's people: that name's details as the letter writes them.
  if (
    !person &&
    !organisation &&
    context?.person &&
    (PERSON_PRONOUN.test(clause) || THE_DETAIL.test(clause)) &&
    subjects.length > 0 &&
    subjects.every((s) => s === 'contact') &&
    !knowledge.people.some((indexed) => indexed.person.name === context.person)
  )
    return { ...frame, topic: 'contact', aspect, contactOf: context.person };
  // "hvornår skal jeg vælge workshop?", "how do I choose my track": the one or two sentences of the letter that speak of
  // choosing and name the thing chosen ("Du vælger spor ved tilmeldingen", "valg af workshop … ved tilmelding").
  if (CHOOSING.test(clause) && (aspect === 'when' || HOW_OR_WHERE.test(clause))) {
    const chosen = words.filter(
      (word) => word.length >= 4 && !CHOOSING.test(word) && !LEXICON.questionWords.has(word) && !EventKnowledge.isEntityOrFunction(word),
    );
    const stems = new Set(chosen.flatMap((word) => [...glossaryForms(word)].map(stemWord)));
    const sentences = [
      ...new Set(
        knowledge.passages
          .containingStems([...stems])
          .flatMap((paragraph) => paragraph.split(/\n|(?<=[.!?])\s+/))
          .filter((sentence) => CHOOSING.test(sentence) && tokenize(sentence).some((token) => stems.has(stemWord(token.folded)))),
      ),
    ];
    if (sentences.length > 0 && sentences.length <= 2)
      return { ...frame, passage: quoted(sentences.map((sentence) => sentence.trim()).join(' … ')) };
  }
  // The talks' material after the meeting, and nothing else named: the letter's sentence about it, not items after one.
  if (SHARED_AFTER.test(clause) && subjects.length === 0) return frame;
  const times = entities.times.map((t) => t.minutes);
  const after = AFTER.test(clause);
  const followItems = context?.items ? knowledge.items.filter((indexed) => context.items!.includes(indexed.label)) : [];
  // "when is lunch?" then "and the keynote?": an item named with no question of its own is asked what was asked before.
  const carriedAspect =
    !aspects.length && tokens.length <= 4 && !LEXICON.questionWords.has(first) && context?.topics?.[0] === 'items' && context.aspect
      ? TIME_ASPECTS.has(context.aspect)
        ? context.aspect
        : undefined
      : undefined;

  const nextOne = OTHER_OCCURRENCE.test(clause) ? undefined : nextOfMeeting(clause, knowledge);
  if (nextOne) {
    // The letter may say when it is ("Næste erhvervsmorgenmad er …"): that sentence; else nothing of this one answers.
    const sentence = knowledge.passages
      .matching(NEXT_WORD_IN)
      .flatMap((paragraph) => splitSentences(paragraph))
      .find(
        (text) =>
          nextOfMeeting(text, knowledge) !== undefined &&
          TIME_OR_DATE.test(text.replace(PROGRAMME_ENTRY, ' ')) &&
          !PROGRAMME_LINE.test(text),
      );
    if (sentence && (aspect === 'when' || aspect === 'end')) return whenOfFrame(frame, [nextOne], { text: sentence });
    return { ...frame, foreign: [...foreign, nextOne], elsewhere: true };
  }
  // "hvornår er næste møde?": the letter may say when the next one is ("Næste møde bliver i efteråret").
  if (OTHER_OCCURRENCE.test(clause) && (aspect === 'when' || aspect === 'end')) {
    const said = knowledge.passages
      .matching(OTHER_OCCURRENCE)
      .flatMap((paragraph) => splitSentences(paragraph))
      .find(
        (sentence) =>
          OTHER_OCCURRENCE.test(sentence) &&
          occurrenceAhead(sentence) === occurrenceAhead(clause) &&
          TIME_OR_DATE.test(sentence.replace(PROGRAMME_ENTRY, ' ')) &&
          !PROGRAMME_LINE.test(sentence),
      );
    if (said) return whenOfFrame(frame, [OTHER_OCCURRENCE.exec(clause)![0]], { text: said });
  }
  // "when does the reception start", "hvornår er seminaret" of an AGM: a gathering the letter holds besides the
  // meeting is answered by the sentence giving its time that sets it apart from the meeting by naming the meeting too
  // ("After the AGM, at 17.15, … a reception").
  // Who opens it, or when to sign up for it, is asked of something else.
  if ((aspect === 'when' || aspect === 'end') && !named && !aspects.includes('who') && !SIGN_UP_OR_CANCEL.test(clause)) {
    const apart = words.filter((word) => GATHERING_APART.test(word) && !knowledge.titleStems.has(stemWord(word)));
    const apartStems = new Set(apart.flatMap((word) => [...glossaryForms(word)].map(stemWord)));
    const said = apart.length > 0 ? timedSentence(apart, knowledge, clause) : undefined;
    const meetingToo =
      said !== undefined &&
      tokenize(said.text).some((token) => {
        const stem = stemWord(token.folded);
        return !apartStems.has(stem) && (knowledge.kindStems.has(stem) || knowledge.titleStems.has(stem));
      });
    if (said && meetingToo) return whenOfFrame(frame, apart, said);
  }
  // "hvor bliver vi sat af?": where the bus sets us down, which the letter's own sentence says, not the venue.
  const setDown = dropOffSentence(clause, knowledge.event);
  if (setDown) return { ...frame, passage: quoted(setDown) };
  // "where is the reception", "and the reception?" after where the meeting is: the sentence that places it apart
  // from the meeting ("After the AGM, … a reception in the Atrium of Building C").
  const whereOfApart = aspect === 'where' || (!aspect && tokens.length <= 5 && context?.topics?.[0] === 'where');
  if (whereOfApart && !named) {
    const apart = words.filter((word) => GATHERING_APART.test(word) && !knowledge.titleStems.has(stemWord(word)));
    const apartStems = new Set(apart.flatMap((word) => [...glossaryForms(word)].map(stemWord)));
    const placed = knowledge.passages
      .containingStems([...apartStems])
      .flatMap((paragraph) => splitSentences(paragraph))
      .find((sentence) => {
        const stems = tokenize(sentence).map((token) => stemWord(token.folded));
        return (
          stems.some((stem) => apartStems.has(stem)) &&
          stems.some((stem) => !apartStems.has(stem) && (knowledge.kindStems.has(stem) || knowledge.titleStems.has(stem))) &&
          PLACED.test(sentence)
        );
      });
    if (placed) return { ...frame, passage: quoted(placed) };
  }
  // "næste års møde", "last year's meeting": another meeting than this one; nothing of this one answers it.
  if (OTHER_OCCURRENCE.test(clause)) return { ...frame, foreign: [...foreign, OTHER_OCCURRENCE.exec(clause)![0]], elsewhere: true };
  const beyond = MORE_OF_THEM.exec(clause) ?? COMPLETED.exec(clause);
  if (beyond) return { ...frame, foreign: [...foreign, beyond[0]], elsewhere: true };
  // "the november meeting", "mødet i november" of a meeting in June: another meeting of the same body.
  // When it is, is said with the meeting's own date by the month check further on.
  const otherMonth = aspect && TIME_ASPECTS.has(aspect) ? undefined : meetingInOtherMonth(clause, knowledge);
  if (otherMonth) return { ...frame, foreign: [...foreign, otherMonth], elsewhere: true };
  if (TENURE.test(clause)) {
    const served = sentencesSaying(knowledge, YEARS_SERVED);
    if (served.length === 1) return { ...frame, passage: quoted(served[0]!.trim()) };
    return { ...frame, foreign: [...foreign, TENURE.exec(clause)![0]], elsewhere: true };
  }
  // "hvornår lukker vi ned?": the letter's sentence about shutting down ("vi lukker ned kl. 12.00"), which is not when
  // the meeting ends.
  if (SHUTTING_DOWN.test(clause)) {
    const shut = sentencesSaying(knowledge, SHUTTING_DOWN).filter((sentence) => TIME_OR_DATE.test(sentence));
    if (shut.length === 1) return { ...frame, passage: quoted(shut[0]!.trim()) };
  }
  // "who do I send my reply to?": the way the letter gives to reply, which the sign-up's answer gives; with no sign-up,
  // whom to contact.
  if (asksReplyTo(clause))
    return knowledge.event.registration ? { ...frame, topic: 'signUp', aspect: 'how' } : { ...frame, topic: 'contact', aspect: 'who' };
  // Whom to call to sign up or cancel is the sign-up's own answer.
  if (CONTACT_WHO.test(clause) && !person && !organisation && !SIGN_UP_OR_CANCEL.test(clause) && !subjects.includes('signUp')) {
    const rest = clause.replace(CONTACT_WHO, ' ');
    const contactAbout = tokenize(rest)
      .map((token) => token.folded)
      .filter(
        (word) =>
          word.length >= 3 && !CONTACT_FILLER.test(word) && !LEXICON.questionWords.has(word) && !EventKnowledge.isEntityOrFunction(word),
      );
    return { ...frame, topic: 'contact', aspect: 'who', contactAbout: contactAbout.length > 0 ? contactAbout : undefined };
  }
  if (late) {
    // "jeg kommer først til aftensmaden", "efter kaffen": the item of the meal or break the cue word names, which
    // says from when; not the meeting's start.
    const cued = named?.items ?? (times.length === 0 ? itemsOfCue(cueWords, subjects.includes('food'), knowledge) : []);
    // "jeg når først at komme til spisningen" of a meal the letter times in a sentence, not in its programme.
    const comingFor = cued.length === 0 && times.length === 0 ? lateForThing(clause, knowledge) : undefined;
    if (comingFor) return whenOfFrame(frame, comingFor.thing, comingFor);
    return { ...frame, topic: 'times', times, items: cued.length > 0 ? cued : undefined, after: after || undefined };
  }
  // "er det onsdag vi tager afsted?", "is it friday we leave?": whether the day or time named is when we go or meet,
  // which is the meeting's own day or time, though the words for going are no words of the letter.
  const cleft = yesNo && !named ? GOING_CLEFT.exec(clause) : null;
  if (cleft && subjects.length === 0) {
    const focus = extractEntities(cleft[1]!);
    if (focus.dates.length + focus.weekdays.length + focus.relative.length + focus.times.length > 0)
      return withCheck({ ...frame, foreign: [], topic: 'when' }, focus, true, []);
  }
  // "hvad er pkt 6.b?" of a letter whose numbered agenda is not the programme the draft holds: the letter's own line.
  const agendaLine = numberedLine(clause, knowledge);
  if (agendaLine) return { ...frame, passage: quoted(agendaLine) };
  const electionCues = matchPhrases(LEXICON.election, forms);
  const election = electionCues.length > 0 ? electionBlock(knowledge) : undefined;
  // The words that asked about the election are answered by its item ("recommend" by "Bestyrelsen indstiller").
  const electionWords = new Set([...covered(electionCues)].map((i) => tokens[i]!.raw));
  if (election)
    return {
      ...frame,
      foreign: foreign.filter((word) => !electionWords.has(word)),
      passage: quoted(election),
    };
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
  const goesTo = yesNo && !PLACE_ASKED.test(clause) ? GOES_TO.exec(clause) : null;
  // The gathering by its kind, its title or the head of a compound of either ("turen" of a "Studietur").
  const goesToMeeting =
    goesTo &&
    tokenize(goesTo[1]!).some(
      (token) =>
        // "er der garderobe på …": the "der" of "there is" is no tail of a title word ("kalenderen").
        !EventKnowledge.isGeneric(token.folded) &&
        [...glossaryForms(token.folded)].some((form) => {
          const stem = stemWord(form);
          return (
            MEETING_TITLE_WORDS.has(stem) ||
            [...knowledge.kindStems, ...knowledge.titleStems].some((own) => own === stem || (stem.length >= 3 && own.endsWith(stem)))
          );
        }),
    );
  const placeAsked = yesNo ? (PLACE_ASKED.exec(clause) ?? (goesToMeeting ? [goesTo[0], goesTo[2]] : null)) : null;
  const whenNamed = entities.dates.length + entities.weekdays.length + entities.relative.length + times.length > 0;
  if (placeAsked && !whenNamed && !person && !subjects.some((s) => s !== 'city' && s !== 'room')) {
    const asked = tokenize(placeAsked[1]!)
      .map((token) => token.folded)
      .filter((word) => word.length >= 3 && !EventKnowledge.isGeneric(word) && !LEXICON.cueWords.has(word));
    const rooms = roomNumbersIn(clause);
    if ((asked.length > 0 || rooms.length > 0) && !asked.some((word) => TIME_NOT_PLACE.test(word)))
      return { ...frame, topic: 'where', check: { kind: 'place', words: asked, numbers: [], rooms } };
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
  // "hvad er forslag b?": the letter's own labelled entry, before any programme item of that number.
  // A letter of sessions names them so ("Session 2: …"), which their own answers give.
  const entry = knowledge.event.sessions.length === 0 ? labelledEntry(clause, knowledge.event) : undefined;
  if (entry) return { ...frame, passage: quoted(entry) };
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
    // One title word ("works" of "what works?") names no item beside "she" of the person just named.
    !person &&
    (!named || (named.by === 'title' && named.score < 2)) &&
    context?.person &&
    PERSON_PRONOUN.test(clause) &&
    !subjects.some((s) => PRACTICAL_SUBJECTS.has(s))
      ? knowledge.people.find((indexed) => indexed.person.name === context.person)
      : undefined;
  if (previousPerson) return { ...frame, topic: 'person', person: previousPerson, aspect };
  // "is she from Oslo?" as the first question, of a letter with one speaker: she is the one it introduces. After any
  // other answer, "she" names no one that answer did not.
  const pronounOnly = !person && !named && !context && subjects.length === 0 && PERSON_PRONOUN.test(clause);
  const speaker = pronounOnly ? soleSpeaker(knowledge) : undefined;
  if (speaker) return { ...frame, topic: 'person', person: speaker, aspect };

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

  // "hvornår kommer mødematerialet?": the meeting word names whose papers, minutes or recording; when they come is asked.
  const materialWhen =
    aspect === 'when' && meetingWord && WHEN_QUESTION.test(clause) ? materialWhenFrame(frame, words, knowledge) : undefined;
  if (materialWhen) return materialWhen;
  // "hvordan sender jeg et høringssvar?", "whats the email for comments": the sentence saying how that thing is sent,
  // not the letter's contact person or its sender. Signing up and cancelling have answers of their own.
  if (!whenAsked && HOW_OR_WHERE.test(clause) && (SUBMIT.test(clause) || WAY_FOR.test(clause)) && !SIGN_UP_OR_CANCEL.test(clause)) {
    const sent = words.filter(
      (word, i) =>
        !aspectWords.has(i) &&
        word.length >= 3 &&
        !SUBMIT.test(word) &&
        !WAY_WORD.test(word) &&
        !LEXICON.questionWords.has(word) &&
        !EventKnowledge.isEntityOrFunction(word) &&
        !knowledge.placeWords.has(word) &&
        !person?.names.has(word) &&
        !ofMeeting(word),
    );
    const way = waySentence(sent, knowledge, clause);
    if (way) return wayFrame(frame, way);
  }
  // "where does the bus tour leave from?", "hvor skal jeg aflevere mit forslag?": where of something else than the
  // meeting, which only a sentence naming it with an address, a web or e-mail address or a part of a building answers.
  // "how do I get from the airport?": a sentence naming the far end with a time or a place.
  const travelFrom = !whenAsked && !meetingWord ? (TRAVEL_FROM.exec(clause) ?? (HOW_FAR.test(clause) ? FAR_END.exec(clause) : null)) : null;
  // "where does Hans work?", "hvor er hun ansat?": asks someone's employer, which no place sentence of the letter says.
  const whereAsked =
    !whenAsked && !travelFrom && aspect === 'where' && !meetingWord && !yesNo && !HOW_FAR.test(clause) && !WORKS_AT.test(clause);
  // "hvor lang tid gælder beviset?": how long something else than the meeting lasts, in years, months or weeks.
  const lengthAsked = !whenAsked && !whereAsked && !travelFrom && aspect === 'duration' && !meetingWord && !namesMeeting;
  const thing =
    whenAsked || whereAsked || lengthAsked
      ? words.filter(
          (word, i) =>
            // "hvornår kan man komme hjem?": coming home is the thing asked, though "hjem" is a common word that asks
            // the end.
            ((!aspectWords.has(i) && (!EventKnowledge.isEntityOrFunction(word) || minutesOfRecord(words, i))) ||
              (whenAsked && RETURN_ASKED.test(word))) &&
            !wholeCues.has(i) &&
            (word.length >= 3 || (whereAsked && CODE_NAME.test(word))) &&
            !LEXICON.questionWords.has(word) &&
            !knowledge.placeWords.has(word) &&
            !(whereAsked && knowledge.venueWords.has(word)) &&
            !person?.names.has(word) &&
            !ofMeeting(word),
        )
      : travelFrom
        ? [foldWord(travelFrom[1]!.toLowerCase())].filter(
            (word) => !knowledge.placeWords.has(word) && !knowledge.venueWords.has(word) && !ofMeeting(word),
          )
        : [];
  const found = whereAsked
    ? whereSentence(thing, knowledge, clause)
    : lengthAsked
      ? lastingSentence(thing, knowledge)
      : travelFrom && HOW_FAR.test(clause)
        ? travelSentence(thing, knowledge)
        : travelFrom
          ? (timedSentence(thing, knowledge, clause) ?? placedSentence(thing, knowledge) ?? travelSentence(thing, knowledge))
          : timedSentence(thing, knowledge, clause);
  // "what's the address of the sorting plant?" of an item reached by a journey to an address: the two lines.
  const journeyTo = whereAsked && !found ? placeByJourney(thing, knowledge) : undefined;
  if (journeyTo) return { ...frame, passage: quoted(journeyTo) };
  // "hvordan kommer jeg fra lufthavnen ind til byen?": the sentence on the way from there answers, not the venue's
  // town the words "til byen" name.
  if (travelFrom && found && !HOW_FAR.test(clause)) return { ...frame, passage: quoted(found.text) };
  // "what time does the train from Nordby leave?", "how long is the bus ride?": a time or length of a way to travel,
  // which only a sentence naming that way with a time or a length answers; the venue, or the length of a programme
  // item the bus leaves at, is not it.
  const vehicle = !meetingWord ? words.filter((word) => TRAVEL_WAY.test(word)) : [];
  // An item named by the way ("12.15 Busserne kører") says when it leaves, but its length runs to the next item.
  // "what time is the bus in the morning?" of an item "Bussen kører hjem": the way home is not the leg asked.
  const otherLeg = named !== undefined && !asksReturnLeg(words) && named.items.every((indexed) => itemSaysReturnOnly(indexed));
  if (vehicle.length > 0 && (aspect === 'duration' || ((!named || otherLeg) && (aspect === 'when' || aspect === 'end')))) {
    const far = travelFrom
      ? []
      : words.filter((word, i) => i > 0 && PLACE_BEFORE_FROM.has(words[i - 1]!) && !knowledge.placeWords.has(word));
    // "hvornår kører bussen hjem?": the leg asked is part of the way, which only a sentence of that leg answers.
    const way = [...vehicle, ...far, ...words.filter((word) => RETURN_ASKED.test(word))];
    const measured = aspect === 'duration' ? travelSentence(way, knowledge) : timedSentence(way, knowledge, clause);
    // "how long is the drive from X?" of "the bus from X, then a 10-minute walk": the length of the walk is no ride's.
    const said = aspect === 'duration' && measured && onlyWalkMeasured(measured.text) ? undefined : measured;
    return whenOfFrame(frame, way, said, aspect === 'duration' ? 'length' : undefined);
  }
  // The sign-up's own sentence gives the sign-up deadline, no answer to when something else is ("until when can I
  // send comments on the plan" is not "tilmeld dig senest …, så vi kan planlægge …").
  const timed = found && whenAsked && !SIGN_UP_OR_CANCEL.test(clause) && isSignUpSentence(found.text, knowledge) ? undefined : found;
  // An item named answers unless the sentence names more of the question ("when is the coffee break" of an untimed
  // "Kaffepause" is not the coffee served on arrival; "until when can I send questions" is not the debate item). An
  // item whose title says where ("Dinner at Restaurant …") answers where; one that does not, not as well as a sentence.
  const itemPlaced = named?.items.some((indexed) =>
    Object.values(indexed.item.title).some((t) => t && (PLACE_AT_IN_TITLE.test(t) || PLACE_SAID.test(t))),
  );
  const asks = whereAsked ? 'place' : lengthAsked ? 'length' : undefined;
  const timedOverItem =
    timed !== undefined && (!named || timed.score > named.score || (whereAsked && !itemPlaced && timed.score >= named.score));

  const subject = subjects[0];
  // "when do i get the zoom link?", "i signed up but havent got any link": the letter's sentence on sending the link.
  const linkSent = (subject === 'signUp' || subject === 'online') && asksLinkSent(clause) ? linkSentText(knowledge.event) : undefined;
  if (linkSent) return { ...frame, topic: undefined, aspect: undefined, passage: quoted(linkSent) };
  // "hvornår kan man komme hjem?": coming home is no arrival at the meeting; the sentence on the way home answers.
  const homeLeg = subject === 'arrival' && asksReturnLeg(thing);
  // "hvor parkerer jeg?" of a letter whose parking fact says where ("gratis parkering på Ågårdspladsen"): the fact
  // answers, not another sentence that names a kind of parking by a place ("handicapparkering ved indgangen").
  const ownFactSays = whereAsked && subject === 'parking' && factSaysThing(knowledge.event.practical.parking?.text, thing);
  if (timedOverItem && subject && !ownFactSays && (!UNTIMED_SUBJECTS.has(subject) || homeLeg))
    return whenOfFrame(frame, thing, timed, asks);
  // "who closes the meeting?": whoever leads the last item, not when sign-up closes.
  if (subject === 'deadline' && aspects.includes('who') && aspects.includes('end') && subjects.length === 1)
    return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
  // "høringsfrist", "afbudsfrist": a deadline of something else than signing up is not the sign-up deadline.
  // "hvornår lukker skolen?", "when does the library close?": a closing verb with a thing of its own after it asks
  // when that thing closes, not when signing up does; only a sentence of the letter that times it answers.
  const closing = subject === 'deadline' && subjects.length === 1 ? closedThing(subjectMatches, tokens, clause) : [];
  // The venue's own words ("skolen" of a meeting at the school) time the meeting in its sentence, not the closing.
  const closingOwn = closing.filter((word) => !knowledge.placeWords.has(word) && !knowledge.venueWords.has(word));
  if (closing.length > 0)
    return whenOfFrame(frame, closing, closingOwn.length > 0 ? timedSentence(closingOwn, knowledge, clause) : undefined);
  if (subject === 'deadline') {
    const qualified = qualifiedDeadline(subjectMatches, tokens, knowledge, clause);
    // "fristen for afbud": the deadline word and the topic's own word only name the topic, which its paragraph answers.
    if (qualified?.subject) return { ...frame, topic: qualified.subject, aspect, cueWords: [] };
    // A thing named after the deadline is asked when, like "until when can I send …": its own sentence, or not stated.
    if (qualified?.thing) return { ...whenOfFrame(frame, qualified.thing, qualified.passage), foreign: [...foreign, qualified.word] };
    if (qualified) return { ...frame, foreign: [...foreign, qualified.word], passage: qualified.passage };
    for (const other of subjects.slice(1)) {
      const owned = deadlineOfPractical(frame, other, knowledge);
      if (owned) return owned;
    }
    // "by when must I tell you my deputy is coming?": the sentence that gives the deadline of the thing named.
    const named = subjects.length === 1 ? deadlineOfNamedThing(tokens, knowledge, clause) : undefined;
    if (named) return whenOfFrame(frame, named.thing, named);
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
    // "when can the audience ask questions?" of an item "Spørgsmål fra salen": who may come, or how many, has no time
    // of its own; the item named by two words of the clause has.
    const timeless = subject === 'audience' || subject === 'capacity';
    if (named && named.score >= 2 && timeless && aspect && TIME_ASPECTS.has(aspect))
      return itemFrame(frame, named.items, aspect, entities, yesNo);
    // "hvor lang tid tager det at køre fra Rosenvænget?" of an item that names the place: how long the journey takes,
    // which an item's own length never tells ("when does the bus leave from X" is the item's time).
    const journeyTime = subject === 'travel' && aspect === 'duration';
    // "who pays for travel?" of an item "Who pays for coastal protection?", "where can I park my bike?" of a walk to a
    // park: the one title word shared is a word of the practical matter asked, whose other words the title lacks; that
    // matter is asked, not the item. A word of the clause's own that names the item ("arrive at the cliffs") names it.
    const strayTitleWord =
      named?.by === 'title' &&
      named.score < 2 &&
      PRACTICAL_SUBJECTS.has(subject) &&
      cueWords.some((word) => !namesItem(word)) &&
      !words.some((word) => !cueWords.includes(word) && word.length > 2 && !EventKnowledge.isEntityOrFunction(word) && namesItem(word));
    // "hvor ligger hotellet?" of items that go to or from the hotel: where the hotel is, the accommodation fact says.
    const placeOfOwnFact =
      whereAsked &&
      named?.by === 'title' &&
      named.score < 2 &&
      subject === 'accommodation' &&
      knowledge.event.practical.accommodation?.hotel;
    if (named && itemAsked && !journeyTime && !strayTitleWord && !placeOfOwnFact && !SUBJECTS_OVER_ITEMS.has(subject))
      return itemFrame(frame, named.items, aspect ?? carriedAspect ?? (subject === 'speakers' ? 'who' : undefined), entities, yesNo);
    // "hvornår spiser vi?", "er det kl 18 vi spiser?": when the meals of the programme are, by its meal items.
    const meals =
      subject === 'food' && !named && (aspect === 'when' || aspect === 'weekday' || (yesNo && times.length > 0))
        ? mealItems(knowledge, words)
        : [];
    if (meals.length > 0) return itemFrame(frame, meals, 'when', entities, yesNo);
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
    // "when is the panel?" then "and who is on it?": the item before, not every speaker.
    if (subject === 'speakers' && !named && times.length === 0 && followItems.length > 0 && PRONOUN.test(clause) && tokens.length <= 6)
      return itemFrame(frame, followItems, 'who', entities, yesNo);
    // "hvem sidder i panelet?" of an item "Paneldebat: …": the cue word begins a word of that item's title.
    const compoundNamed = subject === 'speakers' && !named && times.length === 0 ? itemsByCuePrefix(cueWords, knowledge) : [];
    if (compoundNamed.length > 0) return itemFrame(frame, compoundNamed, aspect ?? 'who', entities, yesNo);
    if ((subject === 'speakers' || subject === 'programme') && times.length > 0)
      return { ...frame, topic: 'items', times, after: after || undefined, aspect: subject === 'speakers' ? 'who' : aspect };
    if (subject === 'speakers' && aspects.includes('end'))
      return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
    if (subject === 'speakers' && aspect !== 'when' && LAST.test(clause) && !FIRST.test(clause))
      return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'last'), aspect: 'who' };
    if (subject === 'speakers' && (OPENS.test(clause) || (aspect !== 'when' && FIRST.test(clause) && !LAST.test(clause))))
      return { ...frame, topic: 'items', items: ledAtEnd(knowledge, 'first'), aspect: 'who' };
    // "og hvilket lokale er den i?" after an item held in a room of its own: that item's room, not the venue's.
    if (subject === 'room' && !named && tokens.length <= 7 && followItems.some((indexed) => indexed.item.room))
      return { ...frame, topic: 'items', items: followItems, aspect: 'where' };
    // "where do I register?", "hvor melder jeg afbud?": where one signs up or cancels is the way to do it (a link, an
    // address to write to), not a place.
    if (aspect === 'where' && WAY_OF_DOING.has(subject) && !SPOT.test(clause)) return { ...frame, topic: subject, aspect: 'how' };
    return { ...frame, topic: subject, aspect };
  }
  if (timedOverItem) return whenOfFrame(frame, thing, timed, asks);
  // One title word alone names an item only when the clause asks something of items or says little else
  // ("keynote?", "hvornår er frokosten?"), not in "how many municipalities are in the network?".
  if (named && (named.score >= 2 || (aspect !== undefined && (TIME_ASPECTS.has(aspect) || aspect === 'who')) || tokens.length <= 4)) {
    return itemFrame(frame, named.items, aspect, entities, yesNo);
  }
  // A thing of the letter asked when, with no sentence saying when: not stated (the meeting's time is not its time).
  // The letter may write it in another form ("snerydning" for "snerydningen").
  const letterThing = thing.filter((word) =>
    [...glossaryForms(word), inflectedInLetter(word, knowledge) ?? word].some((form) => isLetterNoun(form, knowledge)),
  );
  // "hvornår starter SFO?" of an untimed item whose text says "opstart i SFO den 1. april": that item.
  const datedItems =
    whenAsked && !namesMeeting ? knowledge.items.filter((indexed) => !indexed.item.start && datedInText(indexed, clause)) : [];
  if (datedItems.length > 0) return itemFrame(frame, datedItems, 'when', entities, yesNo);
  if ((whenAsked || whereAsked || lengthAsked) && !namesMeeting && letterThing.length > 0)
    return whenOfFrame(frame, letterThing, undefined, asks);

  // Only an aspect: about the meeting, unless the clause names something the bot knows nothing of ("hvornår åbner
  // cafeen?"), or — with no word of the meeting — something the letter mentions besides the meeting ("hvornår bliver
  // planen sendt i høring?").
  // "hvornår kommer referatet fra mødet?": the meeting named after a preposition is not what is asked about.
  // "må man ryge på skolens område", "er der garderobe på restauranten": a thing the letter never names, placed at the
  // meeting's own place, is asked of; the place is no answer to it.
  const foreignPlaced = tokens.some(
    (token, i) => foreign.includes(token.raw) && PLACE_BEFORE.has(tokens[i + 1]?.folded ?? '') && !placeWords.includes(token.folded),
  );
  const aboutSomethingElse = foreign.length > 0 && (!namesMeeting || foreignPlaced || MEETING_AFTER_PREPOSITION.test(clause));
  // "what's the address of the school?" of a meeting at a school: the venue by its kind is no other thing.
  const aboutOtherLetterWords =
    !namesMeeting &&
    words.some(
      (word, i) =>
        !taken.has(i) &&
        !titleCompound.has(word) &&
        isLetterNoun(word, knowledge) &&
        !(aspect === 'where' && knowledge.venueWords.has(word)),
    );
  // A short follow-up on what was just talked about: "og hvor lang tid varer det?" after an item, "until when?" after signing up.
  if (aspect && !aboutSomethingElse && !namesMeeting && tokens.length <= 7) {
    // "when is the dinner?" then "where?": the item, when its title says where it is ("Dinner at Restaurant …").
    const followPlaced =
      aspect === 'where' && followItems.some((indexed) => Object.values(indexed.item.title).some((t) => t && PLACE_AT_IN_TITLE.test(t)));
    if (followItems.length > 0 && (TIME_ASPECTS.has(aspect) || aspect === 'who' || followPlaced))
      return itemFrame(frame, followItems, aspect, entities, yesNo);
    const previous = context?.topics?.[0];
    if (previous === 'signUp' && (aspect === 'when' || aspect === 'end')) return { ...frame, topic: 'deadline' };
    // "kan jeg se det online?" then "hvor?": where that is (the stream's address), not the venue.
    if (aspect === 'where' && tokens.length <= 2 && previous && PLACED_TOPICS.has(previous))
      return { ...frame, topic: previous, aspect: WAY_OF_DOING.has(previous as Subject) ? 'how' : 'where' };
  }
  // "hvad koster det for medlemmer?", "how much is it for non-members": the price the letter states for a group it names.
  if (aspect === 'cost' && (aboutSomethingElse || aboutOtherLetterWords)) {
    const rest = words.filter(
      (word, i) => !taken.has(i) && !NOT_OF_GROUP.has(word) && (isLetterNoun(word, knowledge) || foreign.includes(word)),
    );
    if (rest.length > 0 && rest.every((word) => priceNames(word, knowledge))) return { ...frame, topic: 'price' };
  }
  if (aspects.includes('who') && aspects.includes('end') && !aboutSomethingElse) {
    // "who leads the wrap-up?" of a programme with an item so titled: that item, though no one is named for it.
    const ending = itemsNamed(entities, words, knowledge, new Set([...titleWordsOfMeeting, leadsWord]));
    if (ending?.by === 'title') return { ...frame, topic: 'items', items: ending.items, aspect: 'who' };
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
    // "hvem deler præmierne ud?": who does something with a thing the letter names outside the programme is the
    // sentence naming it, not every speaker.
    // A word of someone's title or organisation ("hvem stiller op for Venstre?") asks for that person.
    const ofPeople = new Set(
      knowledge.people.flatMap(({ person }) =>
        [person.title, person.organisation].flatMap((text) =>
          Object.values(text ?? {}).flatMap((t) => (t ? tokenize(t).map((token) => stemWord(token.folded)) : [])),
        ),
      ),
    );
    const otherThing = words.some(
      (word, i) => !taken.has(i) && !titleCompound.has(word) && isLetterNoun(word, knowledge) && !ofPeople.has(stemWord(word)),
    );
    if (aboutOtherLetterWords && otherThing && subjects.length === 0) return frame;
    return { ...frame, topic: 'speakers', aspect };
  }
  if (aboutSomethingElse || aboutOtherLetterWords) return frame;

  // Entities alone: a yes/no check ("er det i Vestby?", "er det d. 31.?") or items at a time ("hvad sker der kl 10").
  if (yesNo || entities.alternatives) {
    // "er der også et hold til efteråret?" asks whether something exists, not whether the meeting is there.
    if (placedWords.length > 0 && !EXISTENCE.test(clause)) return withCheck({ ...frame, topic: 'where' }, entities, true, placedWords);
    if (entities.dates.length + entities.weekdays.length + entities.relative.length + times.length > 0)
      return withCheck({ ...frame, topic: 'when' }, entities, true, placeWords);
  }
  if (times.length > 0 && knowledge.items.some((indexed) => indexed.item.start)) {
    // "og kl. 11?" after who spoke asks who again; "and what's on at 12.30?" asks what, in a word of its own.
    const who = context?.aspect === 'who' && !ASKS_WHAT.test(clause);
    return { ...frame, topic: 'items', times, after: after || undefined, aspect: who ? 'who' : undefined };
  }
  // A follow-up with nothing of its own ("og for studerende?", "whats the code", "og derefter?") asks more of the last topic.
  // A new question with a word of its own ("hvad er emnet?") asks that, not the topic before.
  if (tokens.length <= 5 && context?.topics?.length && !asksAnew(clause, words, taken)) {
    if (after && followItems.length > 0) return { ...frame, topic: 'items', items: followItems, after: true };
    const previous = context.topics[0]!;
    if (previous === 'items' && followItems.length > 0) return { ...frame, topic: 'items', items: followItems, inherited: true };
    // "hvad koster maden?" then "og for børn?": still what it costs.
    const aspect = frame.aspect ?? (context.aspect === 'cost' ? context.aspect : undefined);
    if (previous !== 'items' && previous !== 'person' && previous !== 'times')
      return { ...frame, topic: previous, inherited: true, aspect };
  }
  return frame;
}

/** Shared or put online after the meeting: "delt bagefter", "lagt op efterfølgende", "shared afterwards", "sent out after". */
const SHARED_AFTER =
  /(?<!\p{L})(?:del[est]?|delt|deles|lagt (?:op|ud|på)|lægges (?:op|ud|på)|sendt ud|sendes ud|udsendt|udsendes|share[ds]?|shared|distributed|sent out|uploaded|posted|available)(?!\p{L}).*(?<!\p{L})(?:bagefter|efterfølgende|efter mødet|afterwards|after(?:wards)? the (?:meeting|event|session|webinar|day)|after)(?!\p{L})/iu;

/** Choosing among options: "vælge", "valg af", "choose", "pick", "select" (as typed and folded). */
const CHOOSING = /(?<!\p{L})(?:vælg\p{L}*|velg\p{L}*|valg|valget|choose|chooses|chosen|choice|pick|select\p{L}*)(?!\p{L})/iu;

/** Paying by some means: "betale med kort", "pay by card", "pay in cash". */
const PAY_BY = /(?<!\p{L})(?:betale?r?|pay(?:ing)?)\s+(?:med|with|by|in cash|cash|kontant\p{L}*)(?!\p{L})/iu;

/** "non-members", "ikke-medlemmer": a group named by what it is not. */
const NOT_OF_GROUP = new Set(['non', 'ikke', 'not']);

/** Whether the letter's price names a word asked (in any form or translation): "medlemmer" of "Medlemmer af FKM: 1.450 kr.". */
function priceNames(word: string, knowledge: EventKnowledge): boolean {
  const text = Object.values(knowledge.event.practical.price?.text ?? {}).join(' ');
  if (!text) return false;
  const stems = new Set(tokenize(text).map((token) => stemWord(token.folded)));
  return [...glossaryForms(word)].some((form) => stems.has(stemWord(form)));
}

/** "hvor langt er der til …", "how far is it": a distance, not a place. */
/** Subjects that are things one does by a way (a link, an e-mail address): where to do them asks that way. */
const WAY_OF_DOING: ReadonlySet<Subject> = new Set<Subject>(['signUp', 'cancellation']);
/** Topics that are somewhere of their own (a link, a car park, a hotel): "where?" after one asks where that is. */
const PLACED_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['online', 'parking', 'accommodation', 'signUp', 'cancellation']);
/** A spot on the site ("the registration desk", "tilmeldingsbordet"): a place after all. */
const SPOT = /(?<!\p{L})\p{L}*(?:desk|counter|skranke|skranken|bord|bordet|table|stand|standen|booth|indgang\p{L}*|entrance)(?!\p{L})/iu;

/** Words for a talk given at an item (folded). */
const TALK_WORD =
  /^(?:speech|speeches|talk|talks|address|remarks|tale|talen|oplaeg\p{L}*|oplæg\p{L}*|indlaeg\p{L}*|indlæg\p{L}*|presentation\p{L}*)$/u;
/** Ways to travel, as a question names them (folded). */
const TRAVEL_WAY =
  /^(?:bus|bussen|busserne|bustur\p{L}*|tog|toget|train|trains|ride|drive|køretur\p{L}*|koretur\p{L}*|journey|flight|fly|flyet|ferry|færgen|faergen|taxa|taxi|taxien)$/u;
/** A length of a way followed by walking: "10 minutters gang", "a 5-minute walk", "5 min. på gåben". */
const WALK_MEASURED =
  /\d+\s*-?\s*(?:min\p{L}*|km|kilomet\p{L}*|meter|metres?)\.?\s+(?:s\s+)?(?:gang|gåtur|gaatur|walk|walking|på gåben|til fods|on foot)(?!\p{L})/giu;
const WAY_MEASURED = /\d+\s*-?\s*(?:min\p{L}*|km|kilomet\p{L}*|meter|metres?|timer?|hours?)(?!\p{L})/giu;

/** Whether every length of way a sentence gives is one of walking. */
function onlyWalkMeasured(text: string): boolean {
  const all = text.match(WAY_MEASURED)?.length ?? 0;
  const walked = text.match(WALK_MEASURED)?.length ?? 0;
  return all > 0 && walked === all;
}

/** "fra", "from" before the place one travels from (folded). */
const PLACE_BEFORE_FROM = new Set(['fra', 'from']);

/** A name of a car park, a gate or a room made of a letter and a number ("P9", "B2"): a thing of its own, though short. */
const CODE_NAME = /^\p{L}\d{1,2}$/u;

const HOW_FAR = /(?<!\p{L})(?:hvor langt|hvor lang|how far)(?!\p{L})/iu;

/** "… fra stationen", "… from the airport": the far end of a distance asked; "fra p-pladsen" by its noun. */
const FAR_END = /(?<!\p{L})(?:fra|from) (?:the |a |an )?(?:\p{L}[\s-])?(\p{L}{3,})/iu;

/** "how do I get from the airport", "hvordan kommer jeg fra stationen": the far end of a journey asked about. */
const TRAVEL_FROM =
  /(?<!\p{L})(?:how (?:do|can|should) (?:i|we|you) (?:get|come|travel)|hvordan (?:kommer|kører|rejser) (?:jeg|vi|man)(?: \p{L}+)?) (?:from|fra) (?:the |a |an )?(\p{L}+)/iu;

/** "is it in …", "er det på …": where the meeting is, asked by a place. */
/** A question whether something exists or is offered. */
/** The words before a place named as where something is (folded). */
const PLACE_BEFORE = new Set(['i', 'in', 'pa', 'paa', 'at', 'ved', 'hos', 'inside', 'near']);
/** Words for a time, not a place, after "i" or "in": "arbejdstiden", "fritiden", "weekenden", "working hours" (folded). */
const TIME_NOT_PLACE =
  /(tid|tiden|tider|tiderne|timer|timerne|ferie\p{L}*|weekend\p{L}*|pause\p{L}*|hours?|time|working|spare|evening\p{L}*|morning\p{L}*|^forhand|^forvejen|^advance)$/u;
const EXISTENCE = /^\s*(is there|are there|will there be|er der|findes der|bliver der|kommer der)\b/i;
const PLACE_ASKED =
  /^\s*(?:is it|is the meeting|will it be|er det|er mødet|foregår det|foregår mødet|holdes det|holdes mødet)\s+(?:in|at|i|på|pa|ved)\s+(.+)$/iu;
/**
 * "is the trip to nordby?", "går turen til Vestby?": the gathering, named by its kind or title, asked whether it goes
 * to or is held in a place.
 */
const GOES_TO =
  /^\s*(?:is|will|does|er|går|gaar|foregår|holdes|bliver)\s+(?:the\s+|our\s+|vores\s+)?((?:\p{L}+\s+)?\p{L}+)\s+(?:be\s+|go\s+|going\s+|held\s+)?(?:to|in|at|til|i|på|pa)\s+(.+)$/iu;
/** "er det onsdag vi tager afsted?": a day or time, then we go or meet. */
const GOING_CLEFT =
  /^\s*(?:er det|is it)\s+(.+?)\s+(?:at\s+|that\s+)?(?:vi|we|man|jeg|i|you)\s+(?:skal\s+|should\s+|will\s+|are\s+|re\s+)?(?:tager?\s+af\s*sted|kører|køre|rejser|rejse|mødes|ses|leave|leaving|go|going|depart|departing|travel|meet|meeting|set off|start)(?!\p{L})/iu;

/**
 * "mødet er i nordby ik?", "it's on wednesday, right?": a statement with a tag that asks it back, as the yes/no question
 * it stands for ("er mødet i nordby?").
 */
const TAGGED =
  /^\s*(.+?)\s+(er|is|bliver|starter|begynder|slutter|går|gaar|foregår|holdes|ligger|starts|begins|ends|goes)\s+(.+?)[\s,]+(?:ik|ikk|ikke|ikk[e]? sandt|vel|ja|eller hvad|right|correct|isn'?t it|is that right|yes)\s*\??\s*$/iu;

/** A tagged statement turned to the question it asks; other clauses unchanged. */
function untagged(clause: string): string {
  const tagged = TAGGED.exec(clause);
  if (!tagged || tagged[1]!.split(/\s+/).length > 3) return clause;
  // "turen går til nordby": going somewhere is being there, asked by a word that asks yes or no.
  const verb = /^(?:går|gaar)$/i.test(tagged[2]!) ? 'er' : /^goes$/i.test(tagged[2]!) ? 'is' : tagged[2]!;
  return `${verb} ${tagged[1]} ${tagged[3]}`;
}

/** "who opens the meeting?", "hvem indleder?": the first item someone leads. */
const OPENS = /(?<!\p{L})(åbner|abner|indleder|opens|kicks off)(?!\p{L})/iu;

/** "… about X", "… om X", "who presents X", "hvem gennemgår X": what a talk is about. */
const ABOUT =
  /(?<!\p{L})(?:about|om|presents|presenting|covers|covering|præsenterer|praesenterer|gennemgår|gennemgaar|fremlægger|fremlaegger)\s+(.+)$/iu;

/**
 * "who do I contact about the invoice?", "hvem ringer jeg til, hvis …": whom to turn to, whatever else the clause
 * names (an item "Spørgsmål og svar", the price, being late). The words of the rest say what for.
 */
const CONTACT_WHO =
  /\b(?:(?:hvem|hvad)\s+(?:(?:kan|skal|m[åa]|b[øo]r)\s+)?(?:jeg|man|vi)\s+(?:s[åa]\s+)?(?:kontakte|ringe|ringer|skrive|skriver|henvende|henvender|kontakter)|hvem\s+(?:kan|skal)\s+(?:jeg|man|vi)\s+(?:s[åa]\s+)?(?:sp[øo]rge|kontakte|ringe|skrive)|hvem\s+(?:kontakter|ringer|skriver)\s+(?:jeg|man|vi)|who(?:m)?\s+(?:do|can|should|shall|must)\s+(?:i|we)\s+(?:contact|call|ring|phone|email|e-mail|write\s+to|reach\s+out\s+to|talk\s+to|speak\s+to|turn\s+to)|who(?:m)?\s+to\s+(?:contact|call|ask|turn\s+to)|who(?:'s|\s+is)\s+the\s+contact)\b/iu;
/**
 * "how long has she worked here?", "hvor længe har han været ansat?": how long someone has been employed, which is
 * no length of the meeting.
 */
const TENURE =
  /\b(?:how\s+long\s+(?:has|have|had)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:worked|been\s+(?:working|employed|with|at|here|in))|how\s+many\s+years\s+(?:has|have|did)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:worked|been)|hvor\s+(?:længe|laenge|lang\s+tid|mange\s+år|mange\s+aar)\s+har\s+\p{L}+(?:\s+\p{L}+)?\s+(?:været\s+(?:ansat|her|hos|på|i)|vaeret\s+(?:ansat|her|hos|på|i)|arbejdet))/iu;
/** A sentence saying how many years someone has been employed ("After 31 years with us", "efter 25 år som …"). */
const YEARS_SERVED =
  /\b\d+\s*(?:years?|år|aar)\b[^.!?\n]*?(?:with us|here|at|in|employed|service|hos os|her|ansat|som|i\s)|\b(?:employed|worked|ansat|arbejdet)\b[^.!?\n]*?\b\d+\s*(?:years?|år|aar)\b/iu;

/** "lukker vi ned", "lukker I", "do you close": people who close, not a sign-up that closes. */
const CLOSED_BY_PEOPLE = /\b(?:lukker|lukke)\s+(?:vi|i|de|man|du|i\s+ned|ned)\b|\b(?:do|does)\s+(?:you|we|they)\s+close\b/iu;

/** "lukker ned", "lukke kontoret ned", "shut down": a workplace closing for the day. */
const SHUTTING_DOWN = /\b(?:luk(?:ker|ke|kes|ket)\s+(?:\p{L}+\s+)?ned|shut(?:s|ting)?\s+down|close\s+(?:the\s+office|down))\b/iu;

/** Words of a contact question that say nothing of what the contact is wanted for. */
const CONTACT_FILLER =
  /^(?:hvis|har|nogen|noget|andre|spørgsmål|sporgsmal|questions?|about|regarding|concerning|angående|angaaende|vedr|vedrørende|vedrorende|with|have|any|the|det|den|til|med|om|for|så|sa|jeg|vi|man|who|hvem|contact|kontakte|ring\w*|call|if|i|we)$/iu;

/** The words of a clause that name a compound of the meeting's title by its parts ("staff" and "run" of "Personaleløb"). */
function titleCompoundWords(words: readonly string[], knowledge: EventKnowledge): Set<string> {
  const forms = words.filter((word) => word.length >= 3).map((word) => ({ word, stems: withGlossary([stemWord(word)]) }));
  const stems = new Set(forms.flatMap((form) => [...form.stems]));
  const named = new Set<string>();
  for (const title of knowledge.titleStems) {
    const parts = stems.has(title) ? undefined : compoundParts(title, stems);
    if (!parts) continue;
    const [left, right] = parts;
    const first = forms.find((form) => form.stems.has(left));
    const last = forms.find((form) => form !== first && form.stems.has(right));
    if (first && last) named.add(first.word).add(last.word);
  }
  return named;
}

/** Asks where someone works or is employed: their organisation, not a place. */
const WORKS_AT = /\b(works?|working|employed|arbejder|ansat)\b/;

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

/** A deadline cue that is only a verb of closing ("hvornår lukker", "closes"), which any thing may do. */
const CLOSING_CUE = /^(hvornår lukker|closes)$/;

/** The words naming what closes after a closing verb ("skolen" of "hvornår lukker skolen så"), unless signing up does. */
function closedThing(matches: ReadonlyArray<PhraseMatch<string>>, tokens: readonly Token[], clause: string): string[] {
  const cue = matches.find((match) => match.tag === 'deadline' && CLOSING_CUE.test(match.source));
  if (!cue || SIGN_UP_OR_CANCEL.test(clause)) return [];
  return tokens
    .slice(cue.end)
    .map((token) => token.folded)
    .filter((word) => word.length >= 4 && !/\d/.test(word) && !EventKnowledge.isGeneric(word) && !LEXICON.questionWords.has(word));
}

/** Endings a noun takes in a question but not in the letter: definite and plural forms ("snerydningen" of "snerydning"). */
const NOUN_ENDINGS = ['erne', 'ene', 'ne', 'en', 'et', 'er', 'e', 'n', 's'];

/**
 * The letter's word for a word of the question that the letter writes in another form: "snerydningen" of a letter
 * that says "snerydning", "standene" of "standen". Only long words, where one ending more or less is the same noun.
 */
function inflectedInLetter(word: string, knowledge: EventKnowledge): string | undefined {
  if (word.length < 7) return undefined;
  const forms = NOUN_ENDINGS.flatMap((ending) => [...(word.endsWith(ending) ? [word.slice(0, -ending.length)] : []), word + ending]);
  const form = forms.find((candidate) => knowledge.words.has(candidate));
  // A word of the letter's opening lines (its subject or heading) names the meeting, even when the title was read
  // from elsewhere: "hvornår er julefrokosten?" of a letter headed "JULEFROKOST 2027".
  return form && !headingWords(knowledge).has(form) ? form : undefined;
}

const headings = perEvent<Set<string>>();

/** The folded words of the letter's first three lines. */
function headingWords(knowledge: EventKnowledge): Set<string> {
  return headings(knowledge.event, 'heading words', () => {
    const lines = knowledge.event.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 3);
    return new Set(lines.flatMap((line) => tokenize(line).map((token) => token.folded)));
  });
}

const minutesOfClock = (clock: string | undefined): number | undefined =>
  clock === undefined ? undefined : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Whether an item runs at a time of day: from its start until its end, or starts then when it has no end. */
function runsAt(indexed: IndexedItem, minutes: number): boolean {
  const start = minutesOfClock(indexed.item.start);
  const end = minutesOfClock(indexed.item.end);
  if (start === undefined) return false;
  return end === undefined ? start === minutes : start <= minutes && minutes < end;
}

/** Items named by a single title word, none of them running at the time the clause asks about, while another item does. */
function weakAtOtherTime(
  named: { items: IndexedItem[]; by: string; score: number },
  entities: Entities,
  knowledge: EventKnowledge,
): boolean {
  if (named.by !== 'title' || named.score > 1 || entities.times.length === 0) return false;
  const times = entities.times.map((time) => time.minutes);
  if (named.items.some((indexed) => times.some((minutes) => runsAt(indexed, minutes)))) return false;
  return knowledge.items.some((indexed) => !indexed.label.includes('.') && times.some((minutes) => runsAt(indexed, minutes)));
}

/** A frame about programme items; a yes/no question naming a time checks the item's time ("er frokosten kl 12?"). */
/**
 * Items that are a meal, by their title's first word ("Middag (2 retter …)", "Lunch", "Frokost", "Konferencemiddag",
 * "Julefrokost": a Danish compound is the kind of its last part).
 */
const MEAL =
  /^(?:\p{L}*(?:frokost|middag|aftensmad|morgenmad|spisning)\p{L}*|lunch\w*|dinner|breakfast|brunch|buffet|måltid|maltid|meal)$/u;

/** The meal items; those of the meal the question names ("middagen", "the dinner") when the programme has one. */
function mealItems(knowledge: EventKnowledge, words: string[] = []): IndexedItem[] {
  const firstWord = (indexed: IndexedItem) =>
    Object.values(indexed.item.title)
      .filter((title): title is string => typeof title === 'string')
      .map((title) => tokenize(title)[0]?.folded ?? '');
  const meals = knowledge.items.filter(
    (indexed) => !indexed.label.includes('.') && indexed.item.start !== undefined && firstWord(indexed).some((word) => MEAL.test(word)),
  );
  const asked = [...withGlossary(words.map(stemWord))].filter((stem) => stem.length >= 5);
  const named = meals.filter((indexed) => firstWord(indexed).some((word) => asked.some((stem) => word.includes(stem))));
  return named.length > 0 ? named : meals;
}

/**
 * The top-level timed item a cue word names by the start of its title's first word ("kaffen" of "Kaffepause"), else,
 * for a meal, the one meal of the programme that word names, or the only one there is.
 */
function itemsOfCue(cueWords: string[], food: boolean, knowledge: EventKnowledge): IndexedItem[] {
  // "kaffen" stems to "kaf": a short stem names too much, the word's first four letters do not.
  const stems = cueWords
    .map((word) => [stemWord(word), word] as const)
    .map(([stem, word]) => (stem.length >= 4 ? stem : word.length >= 5 ? word.slice(0, 4) : ''))
    .filter(Boolean);
  const firstWords = (indexed: IndexedItem) =>
    Object.values(indexed.item.title)
      .filter((title): title is string => typeof title === 'string')
      .map((title) => tokenize(title)[0]?.folded ?? '');
  const begun = knowledge.items.filter(
    (indexed) =>
      !indexed.label.includes('.') &&
      indexed.item.start !== undefined &&
      firstWords(indexed).some((word) => stems.some((stem) => word.startsWith(stem))),
  );
  if (begun.length === 1) return begun;
  if (!food) return [];
  const meals = mealItems(knowledge, cueWords);
  const all = mealItems(knowledge);
  if (meals.length === 1 && (meals.length < all.length || all.length === 1)) return meals;
  // "Grillbuffet", "Aftenbuffet": a buffet is a meal to arrive for, when the programme has no other.
  const buffets = knowledge.items.filter(
    (indexed) =>
      !indexed.label.includes('.') && indexed.item.start !== undefined && firstWords(indexed).some((word) => /buffet/.test(word)),
  );
  return all.length === 0 && buffets.length === 1 ? buffets : [];
}

/** Top-level items with a title word that a cue word of five letters or more begins ("panel" of "Paneldebat"). */
function itemsByCuePrefix(cueWords: string[], knowledge: EventKnowledge): IndexedItem[] {
  const stems = cueWords.map(stemWord).filter((stem) => stem.length >= 5);
  if (stems.length === 0) return [];
  return knowledge.items.filter(
    (indexed) =>
      !indexed.label.includes('.') && [...indexed.titleStems].some((said) => stems.some((stem) => said.startsWith(stem) && said !== stem)),
  );
}

/** "punkt 6", "pkt. 6.b", "item 3a": an agenda item by its number, and a letter of its sub-item. */
const ITEM_REFERENCE = /(?<![\p{L}\d])(?:punkt|pkt|dagsordenspunkt|item|point)\.?\s*(\d{1,2})(?:\s*\.?\s*([a-h]))?(?![\p{L}\d])/iu;

/**
 * The letter's own line for an agenda item asked by number, with the lines under it, when the programme does not
 * number its items as the letter does (a timed evening programme beside a numbered agenda). Only a number the
 * letter gives once.
 */
function numberedLine(clause: string, knowledge: EventKnowledge): string | undefined {
  const reference = ITEM_REFERENCE.exec(clause);
  if (!reference || knowledge.event.programme.some((item) => item.numbered)) return undefined;
  const [, number, letter] = reference;
  const head = letter
    ? new RegExp(`^(\\s*)${number}\\.?\\s?${letter}[.):]?\\s+\\S`, 'iu')
    : new RegExp(`^(\\s*)${number}[.):]\\s+\\S`, 'u');
  return blockAt(knowledge.event.text.split('\n'), head, number!, letter);
}

/** A numbered agenda item about elections: "8. Valg", "7. Election of the board". */
const ELECTION_ITEM = /^(\s*)(\d{1,2})[.)]\s+(?:valg|election|elections|elect)(?![\p{L}])/iu;

/**
 * "who is running for chair?", "hvem er på valg til bestyrelsen?": the letter's agenda item about elections, with
 * the candidates listed under it, when the letter has one such item.
 */
function electionBlock(knowledge: EventKnowledge): string | undefined {
  const lines = knowledge.event.text.split('\n');
  // "1. Valg af dirigent" is an election too: the one with most under it lists the candidates.
  const blocks = lines
    .flatMap((line) => ELECTION_ITEM.exec(line)?.[2] ?? [])
    .flatMap((number) => blockAt(lines, new RegExp(`^(\\s*)${number}[.)]\\s+\\S`, 'u'), number, undefined) ?? []);
  const longest = blocks.sort((a, b) => b.split('\n').length - a.split('\n').length)[0];
  return longest?.includes('\n') ? longest : undefined;
}

/** The line that `head` matches once, with the lines under it (see numberedLine). */
function blockAt(lines: string[], head: RegExp, number: string, letter: string | undefined): string | undefined {
  const starts = lines.flatMap((line, i) => (head.test(line) ? [i] : []));
  if (starts.length !== 1) return undefined;
  const start = starts[0]!;
  const indent = head.exec(lines[start]!)![1]!.length;
  const block = [lines[start]!.trim()];
  // The lines under it: more indented, up to a blank line or the next numbered line that is not one of its own
  // sub-items ("8.a", "8.b" under "8. Valg").
  for (const line of lines.slice(start + 1, start + 16)) {
    const own = /^\s*/.exec(line)![0].length;
    const numbered = /^\s*(\d{1,2})\.?\s?([a-h])?[.):]?\s+\S/iu.exec(line);
    const sub = numbered !== null && numbered[1] === number && numbered[2] !== undefined && !letter;
    if (line.trim() === '' || own <= indent || (numbered && !sub)) break;
    block.push(line.trim());
  }
  return block.join('\n');
}

/**
 * "hvornår er generalforsamlingen?" of an evening of a talk, dinner and then "19.30 Ordinær generalforsamling": a word
 * of the meeting's own title that also titles one timed item after the first is that part of the meeting, which
 * starts when the item does, not when the doors open.
 */
function partNamed(
  entities: Entities,
  words: string[],
  knowledge: EventKnowledge,
  excluded: ReadonlySet<string>,
): ReturnType<typeof itemsNamed> {
  const found = itemsNamed(entities, words, knowledge, excluded);
  if (!found || found.by !== 'title' || found.items.length !== 1) return undefined;
  const part = found.items[0]!;
  const top = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const at = top.indexOf(part);
  // Not the close ("End of workshop") or a meal, and a title of a few words that is the part's name.
  const named = part.item.start !== undefined && at > 0 && at < top.length - 1 && !isOccasion(part) && part.titleStems.size <= 3;
  return named ? found : undefined;
}

/** "hvad handler oplægget om?", "how long is the talk?" of a programme with one talk: that talk. */
function theOneTalk(words: string[], knowledge: EventKnowledge): ReturnType<typeof itemsNamed> {
  // "the talk on loneliness" with a word the letter lacks may be about another talk than the programme's one.
  const talkWords = words.filter((word) => ONE_TALK.test(word) || word === 'talk');
  if (talkWords.length === 0 || words.some((word) => knowledge.isForeign(word))) return undefined;
  // The one item titled by the word ("Oplæg: …"), else the one talk.
  const stems = new Set(talkWords.map(stemWord));
  const titled = knowledge.items.filter(
    (indexed) => !indexed.label.includes('.') && [...indexed.titleStems].some((stem) => stems.has(stem)),
  );
  if (titled.length === 1) return { items: titled, by: 'title', score: 2 };
  const talks = talksOf(knowledge);
  return talks.length === 1 ? { items: talks, by: 'title', score: 2 } : undefined;
}

function itemFrame(frame: Frame, items: IndexedItem[], aspect: Aspect | undefined, entities: Entities, yesNo: boolean): Frame {
  const times = entities.times.map((t) => t.minutes);
  if (yesNo && times.length > 0) return { ...frame, topic: 'items', items, aspect: 'when', itemCheck: times };
  return { ...frame, topic: 'items', items, aspect };
}

/**
 * The paragraph of the letter that answers a clause: searched with the clause's words and their translations (an
 * English question of a Danish letter), and for a short follow-up with the question before it.
 */
function passageFor(
  clause: string,
  knowledge: EventKnowledge,
  context: FollowUpContext | undefined,
  lang: Lang,
  year: number | undefined,
): PassageHit | undefined {
  // "kan ikke-medlemmer komme?", "non-members": the group not named, which a paragraph about members does not answer;
  // searched without it unless the letter writes it so.
  clause = clause.replace(NEGATED_COMPOUND, (whole) => (lowerText(knowledge).includes(whole.toLowerCase()) ? whole : ' '));
  // "kan jeg give min mand fuldmagt": the asker's own people, unless the letter writes them, are no word to find.
  clause = clause.replace(OWN_PEOPLE, (whole) =>
    new RegExp(`(?<!\\p{L})${whole.toLowerCase().replace(/^\\S+\\s+/, '')}(?!\\p{L})`, 'u').test(lowerText(knowledge)) ? whole : ' ',
  );
  const words = tokenize(clause).map((token) => token.folded);
  // "hvad bliver kontingentet næste år?": the paragraph naming next year's number.
  const relative = year === undefined ? null : RELATIVE_YEAR.exec(clause);
  const counted = relative ? [String(year! + (/^(?:n|next)/i.test(relative[1]!) ? 1 : /^(?:s|last)/i.test(relative[1]!) ? -1 : 0))] : [];
  // The counterparts as the other language spells them ("læses" for "read"): the paragraphs are searched by words, not stems.
  const translates = new Map<string, string>();
  for (const word of words)
    for (const other of GLOSSARY_WORDS.get(stemWord(word)) ?? [])
      if (!words.includes(other) && !translates.has(other)) translates.set(other, word);
  const also = [...translates.keys(), ...counted];
  const letter = knowledge.event.language;
  // The question's words in the other language than the letter's: all of them when it is asked in the other language.
  const foreign = new Set(words.filter((word) => lang !== letter || GLOSSARY_LANGUAGE.get(word)?.has(letter) === false));
  const found = knowledge.passages.search(clause, { also, translates, foreign });
  if (found || !context?.passageQuestion || words.length > 6) return found;
  return knowledge.passages.search(`${context.passageQuestion} ${clause}`, { also, translates, foreign });
}

const lowered = perEvent<string>();

/** The letter's text in lower case, made once per event. */
function lowerText(knowledge: EventKnowledge): string {
  return lowered(knowledge.event, 'lower-case text', () => knowledge.event.text.toLowerCase());
}

/** A word negated by a prefix: "ikke-medlemmer", "non-members". */
const NEGATED_COMPOUND = /(?<!\p{L})(?:ikke|non)-\p{L}+/giu;

/**
 * A topic the letter gives no typed fact for ("what do I need to bring to collect my race number"): its paragraph,
 * found as any other, answers if it names what was asked.
 */
function untypedTopic(frame: Frame): boolean {
  // Only what to bring: for the other topics the venue's paragraph is found as well, and reads as an answer.
  return frame.topic === 'bring';
}

/** "næste år", "i år", "last year": a year counted from now. */
const RELATIVE_YEAR = /(?<!\p{L})(næste|naeste|sidste|i|next|last|this)\s+(?:år|aar|year)(?!\p{L})/iu;

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
const THING_PRONOUN = /(?<!\p{L})(they|them|den|de|dem)(?!\p{L})/iu;
const MEETING_TIME_TOPICS = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday', 'where', 'items', 'person', 'times']);

/**
 * "is lunch included and when is it?": "it" is the lunch the clause before named, not the meeting; asked again with
 * the words that named it.
 */
function whenOfSibling(frame: Frame, before: Frame | undefined, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  // "when does the reception start and how long does it go on": "it" is the thing asked of before, whose length only
  // a sentence of the letter saying it answers, never the meeting's.
  if (
    frame.topic === 'duration' &&
    !frame.check &&
    before?.whenOf?.length &&
    PRONOUN.test(frame.clause) &&
    tokenize(frame.clause).length <= 6
  )
    return { ...whenOfFrame(frame, before.whenOf, lastingSentence(before.whenOf, knowledge), 'length'), clause: frame.clause };
  if ((frame.topic !== 'when' && frame.topic !== 'end') || frame.check || !before?.cueWords?.length) return frame;
  if (MEETING_TIME_TOPICS.has(before.topic) || !PRONOUN.test(frame.clause) || tokenize(frame.clause).length > 5) return frame;
  const again = frameOf(`${frame.clause} ${before.cueWords.join(' ')}`, knowledge, context);
  return again.topic === 'items' || again.whenOf ? { ...again, clause: frame.clause } : frame;
}

/**
 * "who runs the cloudburst workshop and which room": a short clause asking the room after one naming items held in
 * rooms of their own asks their room, not the venue's.
 */
function roomOfSibling(frame: Frame, before: Frame | undefined): Frame {
  if (frame.topic !== 'room' || frame.check || tokenize(frame.clause).length > 5) return frame;
  const items = before?.items?.filter((indexed) => indexed.item.room);
  return items?.length ? { ...frame, topic: 'items', items, aspect: 'where' } : frame;
}

/**
 * "hvornår er pausen?" then "hvor lang er den?": after a question answered from a paragraph of the letter, "den" is the
 * thing asked about then, not the meeting; the paragraphs are searched again with that question (see passageFor), and
 * the meeting's own length or time is no answer.
 */
function ofThingBefore(frame: Frame, context: FollowUpContext | undefined): Frame {
  if (!context?.passageQuestion || context.topics?.length || frame.check || !frame.question) return frame;
  if (frame.topic !== 'duration' && frame.topic !== 'end' && frame.topic !== 'when') return frame;
  // "det", "it" as often mean the meeting ("hvornår slutter det?"); "den", "they" the thing.
  const pronoun = frame.topic === 'duration' ? PRONOUN : THING_PRONOUN;
  if (!pronoun.test(frame.clause) || tokenize(frame.clause).length > 5) return frame;
  const { topic: _topic, aspect: _aspect, ...rest } = frame;
  return rest;
}

/**
 * "jeg har nøddeallergi" answered by "Allergier meldes til jeres vejleder", then "hvem skal jeg sige det til?":
 * "det" is what that paragraph speaks of, and whom it says to tell is the answer — not the letter's general contact.
 */
function whomOfQuoted(frame: Frame, context: FollowUpContext | undefined): Frame {
  const said = context?.quoted;
  if (!said || !frame.question || frame.person || frame.items?.length || frame.check) return frame;
  if (!WHOM_TOLD.test(frame.clause) || !PRONOUN.test(frame.clause) || tokenize(frame.clause).length > 8) return frame;
  if (!TOLD_TO.test(said)) return frame;
  const { topic: _topic, aspect: _aspect, ...rest } = frame;
  return { ...rest, passage: quoted(said) };
}

/** "who is on the panel?" of a letter saying the panel's names are to be announced: that sentence, not the programme. */
function namedLater(frame: Frame, knowledge: EventKnowledge): Frame {
  if (!frame.question || frame.person || frame.check || frame.passage) return frame;
  const sentence = namedLaterSentence(frame.clause, knowledge);
  if (!sentence) return frame;
  const { topic: _topic, aspect: _aspect, items: _items, ...rest } = frame;
  return { ...rest, passage: quoted(sentence), namedLater: true };
}

/** Asking whom to tell or give something: "hvem skal jeg sige det til", "who do I tell", "hvem skal jeg give den til". */
const WHOM_TOLD =
  /^\s*(?:(?:og|and|so|så)\s+)?(?:hvem|who|whom)\b.*\b(?:sige|fortælle|fortaelle|melde|give|aflevere|sende|tell|inform|let know|give|send|report|hand)\b/iu;
/** A paragraph saying to whom: "meldes til …", "gives to …", "kontakt …". */
const TOLD_TO = /(?<!\p{L})(?:til|to|hos|kontakt\p{L}*|contact)\s+\p{L}/iu;

/** Says the writer comes late or leaves early ("jeg kommer nok for sent"), not that they don't. */
function statesLateOrEarly(tokens: readonly Token[], forms: WordForms[]): boolean {
  // "I can't get there before 5" is coming late all the same.
  return matchPhrases(LEXICON.lateOrEarly, forms).some(
    (match) => !NEGATION.has(tokens[match.start - 1]?.folded ?? '') || /(?:before|før)$/.test(match.source),
  );
}

/**
 * "jeg kan først komme kl 8, hvad misser jeg": a remark about coming late or leaving early and a clause asking what is
 * missed are one question — the time from the remark, what is missed from the message. One frame answers it.
 */
function withMisses(frames: Frame[], forms: WordForms[]): Frame[] {
  const times = frames.filter((frame) => frame.topic === 'times');
  if (times.length === 0 || matchPhrases(LEXICON.missedPart, forms).length === 0) return frames;
  const leaving = matchPhrases(LEXICON.leavingEarly, forms).length > 0;
  const timed = times.find((frame) => frame.times && frame.times.length > 0) ?? times[0]!;
  const merged: Frame = { ...timed, misses: leaving ? 'leaving' : 'arriving', question: true };
  return frames.flatMap((frame) => (frame === times[0] ? [merged] : times.includes(frame) ? [] : [frame]));
}

/**
 * "hvornår er næste morgenmøde og hvor?": a clause of an aspect alone beside one about another meeting asks about
 * that meeting too, not this one.
 */
function elsewhereOfSibling(frame: Frame, before: Frame | undefined): Frame {
  if (!before?.elsewhere || frame.elsewhere || frame.person || frame.items || frame.check || tokenize(frame.clause).length > 3)
    return frame;
  const ofMeeting = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday', 'where']);
  if (!ofMeeting.has(frame.topic)) return frame;
  return { clause: frame.clause, question: frame.question, foreign: before.foreign, elsewhere: true };
}

/** Understands one message: small talk, a request, or questions (one frame per clause). */
/** A clause that starts by asking where ("hvor starter …", "where does … start"), not how long or how early. */
const WHERE_FIRST = /^(?:og\s+|and\s+)?(?:hvor|where)\b(?!\s+(?:lang|længe|tidlig|sent|mange|meget|long|late|early|many|much))/iu;

/** A sentence that says where: a place after "in the", "i", "på", "at the". */
const PLACED = /\b(?:in the|at the|i|på|ved)\s+\p{Lu}/u;

/** Gatherings a letter may hold besides its meeting (a seminar before an AGM, a reception after it). */
const GATHERING_APART = /^(?:seminar\w*|reception\w*|receptionen|konferenc\w*|conferenc\w*|temadag\w*|workshop\w*|middag\w*|dinner\w*)$/u;

/** Requests that a question of where one's reply goes is mistaken for ("my sign up", "hvem … tilmelding"). */
/** Asking what (happens): "what's on", "hvad sker der". */
const ASKS_WHAT = /(?<!\p{L})(?:what|whats|what's|hvad|hva)(?!\p{L})/iu;
const REPLY_REQUESTS = new Set<string>(['myRegistration', 'signUp', 'orgList', 'changeRegistration']);

export function understand(message: string, knowledge: EventKnowledge, options: UnderstandOptions = {}): Understanding {
  message = inWrittenWords(message, knowledge);
  // "nej, jeg mente hvornår det slutter": read what it now asks, without the items the answer before named.
  const corrected = correction(message, options.context);
  if (corrected) return understand(corrected.message, knowledge, { ...options, context: corrected.context });
  // "og 6?" after "hvad er punkt 5": the question before, asked of 6.
  const swapped = swappedNumber(message, options.context);
  if (swapped) return understand(swapped, knowledge, { ...options, context: { ...options.context, counted: undefined } });
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
  // "jeg vil godt komme lidt senere", "I'd like to come but can only after 3": a statement about the times, which
  // is a question about them — neither an acknowledgement nor a request to be signed up.
  const late = statesLateOrEarly(tokens, forms);
  const smallTalk = late ? undefined : smallTalkOf(tokens, forms, text, knowledge);
  if (smallTalk) return { kind: 'smallTalk', lang, smallTalk };
  // A request is read from what the message asks, not from what it tells ("… fra et andet møde i Nordby. Hvad er adressen?").
  const asked = splitSentences(text).filter((sentence) => sentence.endsWith('?') || !STATEMENT_START.test(sentence));
  const requestTokens = asked.length > 0 && asked.length < splitSentences(text).length ? tokenize(asked.join(' ')) : tokens;
  const requested = requestOf(
    requestTokens,
    requestTokens === tokens ? forms : wordForms(requestTokens, knowledge),
    asked.length > 0 ? asked.join(' ') : text,
  );
  // Wanting to come, said with a time one can only come at, asks about the times; "tilmeld mig, men jeg kommer
  // senere" still names signing up.
  // "jeg kommer 20 min for sent pga et andet møde": the other meeting is why, not a wish to switch meetings.
  // "who do I send my sign up to?" asks where the reply goes, which is no request to show or make one.
  const replyTo = requested !== undefined && REPLY_REQUESTS.has(requested) && asksReplyTo(text);
  // "hvem kommer fra PPR?" of a letter that says who does ("Lars fra PPR kommer og fortæller"): a question, not the
  // organisers' list of who signed up from there.
  const toldWho = requested === 'orgList' && whoSentence(text, knowledge) !== undefined;
  const request =
    (requested === 'signUp' && late && !SIGN_UP_NAMED.test(text)) || (requested === 'listEvents' && late) || replyTo || toldWho
      ? undefined
      : requested;
  // A sentence that tells about the writer ("Jeg sidder i udvalget i Vestby, som …") is context, not a question.
  const clauses = splitSentences(text.replace(WHOLE_IDIOM, ' ')).flatMap((sentence) => {
    const statement = !sentence.endsWith('?') && STATEMENT_START.test(sentence);
    // "det er i vestby, ikke?": the tag after a comma asks the statement back, as one question.
    const parts = splitClauses(untagged(sentence));
    const asked = sentence.trim().endsWith('?');
    // "wifi?", "mobilepay nr?": the question mark, which splitting drops, makes the last clause a question.
    return parts.map((clause, i) => ({ clause, statement, asked, marked: i === parts.length - 1 && asked }));
  });
  const statements = new Set(clauses.filter((entry) => entry.statement).map((entry) => entry.clause));
  const sessioned = clauses
    .map(({ clause, asked, marked }) => {
      const frame = frameOf(clause, knowledge, options.context, asked);
      return marked && !frame.question ? { ...frame, question: true } : frame;
    })
    .map((frame, i, all) => whenOfSibling(frame, all[i - 1], knowledge, options.context))
    .map((frame, i, all) => roomOfSibling(frame, all[i - 1]))
    .map((frame, i, all) => whereOfThingBefore(frame, all[i - 1], options.context?.topics?.[0], knowledge))
    .map((frame, i, all) => elsewhereOfSibling(frame, all[i - 1]))
    .map((frame) => ofThingBefore(frame, options.context))
    .map((frame) => whomOfQuoted(frame, options.context))
    .map((frame, _, all) => (all.length === 1 ? whomOfParagraphBefore(frame, knowledge, options.context) : frame))
    .map((frame, _, all) => (all.length === 1 ? originOfPersonBefore(frame, knowledge, options.context) : frame))
    .map((frame) => namedLater(frame, knowledge))
    .map((frame, _, all) => (all.length === 1 ? whenOfThingBefore(frame, knowledge, options.context) : frame))
    .map((frame, _, all) => (all.length === 1 ? detailOfThingBefore(frame, knowledge, options.context) : frame))
    .map((frame) => practicalDeadline(frame, knowledge))
    .map((frame) => withDay(frame, knowledge.event, options.context))
    .map((frame) => withSession(frame, knowledge.event, options.context));
  const framed = withSiblingSession(sessioned)
    .map((frame) => withPart(frame, knowledge.event, options.context))
    .map((frame) =>
      frame.topic && frame.topic !== 'items' && frame.topic !== 'person' && frame.topic !== 'times'
        ? { ...frame, faq: faqFor(frame, knowledge) }
        : frame,
    );
  const framedTimes = withMisses(framed, forms);
  if (request) {
    const others =
      request === 'signUp' &&
      matchPhrases(LEXICON.requests, forms).some((match) => match.tag === 'signUpOthers' && match.end - match.start >= 2);
    return {
      kind: 'request',
      lang,
      request,
      frames: framedTimes.filter((frame) => frame.topic && frame.question),
      ...(others ? { others } : {}),
    };
  }
  // With no topic of its own, a clause is looked up in the FAQ and the letter's paragraphs. A statement's only when
  // no question is asked beside it: searching paragraphs for the context of a long message was most of its time.
  // A when-question of a thing is answered only by a paragraph that says a time or date.
  const searched = (frame: Frame) => {
    // "hvad hvis det regner?": the letter's plan for bad weather, or nothing.
    const weather = weatherPlan(frame.clause, knowledge);
    if (weather) return weather.length > 0 ? quoted(weather.join(' … ')) : undefined;
    const found = passageFor(frame.clause, knowledge, options.context, lang, options.year);
    const says = frame.whenOfAsks === 'place' ? PLACE_SAID : frame.whenOfAsks === 'length' ? LENGTH_SAID : TIME_OR_DATE;
    if (!found || (frame.whenOf && (!says.test(found.text) || onlyMeasured(found.text, frame.whenOf)))) return undefined;
    // "hvornår kører bussen fra …?" is not answered by the paragraph on coming home.
    if (frame.whenOf && asksOutwardLeg(frame.clause, frame.whenOf) && timesOnlyReturn(found.text)) return undefined;
    // Nor is the sign-up's paragraph, with its deadline, an answer to when something else is.
    return frame.whenOf && !SIGN_UP_OR_CANCEL.test(frame.clause) && isSignUpSentence(found.text, knowledge) ? undefined : found;
  };
  const fromText = (frame: Frame): Frame =>
    frame.topic || frame.elsewhere
      ? untypedTopic(frame) && frame.question && !frame.passage
        ? { ...frame, passage: searched(frame) }
        : frame
      : {
          ...frame,
          faq: faqFor(frame, knowledge),
          passage: frame.passage ?? (frame.question || frame.foreign.length > 0 ? searched(frame) : undefined),
        };
  const answerable = framedTimes.map((frame) => (statements.has(frame.clause) ? frame : fromText(frame)));
  // A statement with nothing to answer is not a question; a clause that asks nothing beside one that does is dropped,
  // and so is a statement beside a question ("Jeg sidder i udvalget i Vestby. Hvornår er mødet?").
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

/** Whether a practical fact's text names each word asked (by its stem): then it, not another sentence, says it. */
function factSaysThing(text: Localized | undefined, thing: readonly string[]): boolean {
  if (!text || thing.length === 0) return false;
  const said = tokenize(Object.values(text).join(' ')).map((token) => token.folded);
  return thing.every((word) => {
    const stem = stemWord(word);
    return stem.length >= 4 && said.some((form) => form.startsWith(stem));
  });
}
