import type { DateTime } from 'luxon';
import {
  atTime,
  endOf,
  formatClock,
  formatDate,
  formatDuration,
  formatPlainDate,
  formatRelative,
  formatTime,
  formatWeekday,
  formatWhen,
  localText,
  meetingState,
  startOf,
  titleOf,
} from '../event/format';
import type { Localized, MeetingEvent, PracticalFact, PracticalTopic, ProgrammeItem } from '../event/model';
import { MONTHS } from '../event/months';
import { messages, type Lang } from '../i18n';
import { PRACTICAL_TOPICS } from '../event/schema';
import { signUpWindow } from '../event/window';
import type { IndexedItem } from '../understanding/knowledge';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { CALLED_OFF, CALLED_OFF_SAID, DECIDING_WORDS, HOW_MANY, type Qualifier } from '../understanding/lexicon/qualifiers';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { matchPhrases } from '../understanding/phrases';
import {
  amountsIn,
  isLetterNoun,
  glossaryForms,
  withGlossary,
  type Check,
  type FollowUpContext,
  type Frame,
  type Topic,
} from '../understanding/understand';
import { whomToAsk } from './contact';

/** A reply as plain data; the bot turns it into activities. */
export interface Answer {
  text: string;
  /** Show the programme as a card beside (or instead of) the text. */
  programmeCard?: boolean;
  /** answer: every part known; partly: some parts not in the invitation; dontKnow: none. */
  kind: 'answer' | 'partly' | 'dontKnow';
  /** Clauses the invitation does not cover, for the organisers' list of unanswered questions. */
  unanswered: string[];
  /** What to remember for follow-ups. */
  memory: FollowUpContext;
  /** A text of the invitation was quoted in its own language, not the question's. */
  quotedOtherLanguage: boolean;
}

export interface AnswerContext {
  event: MeetingEvent;
  knowledge: EventKnowledge;
  now: DateTime;
  lang: Lang;
  /** The conversation was already told that texts are quoted in the invitation's language. */
  toldOriginalLanguage?: boolean;
}

interface Part {
  text: string;
  /** The part says the invitation does not state what was asked (and what it does say instead). */
  notStated?: boolean;
  /** Not stated, but what it gives instead is the nearest fact the letter has (the start for arrival, the signatory for a contact). */
  nearest?: boolean;
  card?: boolean;
  other?: boolean;
  items?: string[];
  person?: string;
}

/** The event's practical facts, each a topic of its own. */
const PRACTICAL: ReadonlySet<string> = new Set<string>(PRACTICAL_TOPICS);

/** Stems of a topic's own words, to find a paragraph about it when no typed fact does. */
const TOPIC_STEMS: Partial<Record<Topic, string[]>> = {
  // Points for any other business: where the letter says whom to send them to.
  ownTopics: ['eventuelt', 'any other business', 'aob', 'egne emner', 'eget emne', 'own topics'],
  parking: ['parker', 'p-plads', 'parking', 'car park'],
  food: [
    'mad',
    'frokost',
    'kaffe',
    'middag',
    'forplejning',
    'lunch',
    'dinner',
    'coffee',
    'food',
    'breakfast',
    'morgenmad',
    'kage',
    'sandwich',
  ],
  accessibility: [
    'kørestol',
    'handicap',
    'tilgængelig',
    'niveaufri',
    'elevator',
    'teleslynge',
    'wheelchair',
    'accessib',
    'step-free',
    'hearing loop',
  ],
  online: [
    'online',
    'stream',
    'livestream',
    'teams-link',
    'zoom',
    'optagelse',
    'optages',
    'virtuel',
    'virtual',
    'recording',
    'adgangskode',
    'passcode',
    'møde-id',
    'meeting id',
  ],
  price: ['pris', 'gratis', 'betal', 'gebyr', 'kr.', 'kroner', 'dkk', 'fee', 'free', 'price', 'cost'],
  language: ['sprog', 'engelsk', 'dansk', 'language', 'english', 'danish'],
  accommodation: ['overnat', 'hotel', 'værelse', 'accommodation', 'room'],
  dressCode: ['påklædning', 'dresscode', 'dress code', 'tøj', 'attire'],
  travel: ['tog', 'bus', 'station', 'letbane', 'transport', 'kør', 'train', 'tram', 'getting there', 'walk'],
  arrival: ['dørene', 'døråbning', 'ankomst', 'doors', 'arrival', 'registration opens'],
  cancellation: ['afbud', 'refusion', 'cancellation', 'refund', 'kollega i', 'colleague in your place'],
  capacity: ['plads til', 'pladser', 'max', 'room for', 'places', 'participants'],
  deadline: ['senest', 'frist', 'deadline', 'by '],
};

/** Turns the frames of a question into one answer: each part answered from the event, the rest said plainly. */
export function composeAnswer(frames: Frame[], context: AnswerContext): Answer {
  const { lang, event } = context;
  const m = messages(lang).answers;
  const parts: Part[] = [];
  const unknown: Frame[] = [];
  for (const frame of frames) {
    const part = coveredOrNot(frame, answerFrame(frame, context), context);
    if (!part) unknown.push(frame);
    // Two clauses answered by the same sentence ("is lunch included and is there vegetarian food") say it once.
    else if (!parts.some((other) => other.text === part.text)) parts.push(part);
    else if (part.notStated) parts.find((other) => other.text === part.text)!.notStated = true;
  }
  const memory: FollowUpContext = {
    lang,
    topics: frames.map((frame) => frame.topic).filter((topic): topic is Topic => topic !== undefined),
    items: parts.flatMap((part) => part.items ?? []),
    person: parts.find((part) => part.person)?.person,
    aspect: frames.find((frame) => frame.aspect)?.aspect,
  };
  const fromPassage = frames.find((frame) => !frame.topic && frame.passage);
  if (fromPassage) memory.passageQuestion = fromPassage.clause;
  if (memory.aspect === undefined) delete memory.aspect;
  if (memory.items?.length === 0) delete memory.items;
  const contacts = whomToAsk(event, lang);
  const notStated = frames.filter(
    (frame, i) => parts[frames.slice(0, i + 1).filter((f) => !unknown.includes(f)).length - 1]?.notStated && !unknown.includes(frame),
  );
  const unanswered = [...unknown, ...notStated].map((frame) => frame.clause);
  if (parts.length === 0) {
    return { text: m.dontKnow(contacts), kind: 'dontKnow', unanswered, memory, quotedOtherLanguage: false };
  }
  const quotedOtherLanguage = parts.some((part) => part.other);
  const texts = parts.map((part) => part.text);
  if (unknown.length > 0)
    texts.push(
      m.partlyUnknown(
        unknown.map((frame) => topicLabel(frame, lang)),
        contacts,
      ),
    );
  if (quotedOtherLanguage && !context.toldOriginalLanguage) texts.push(m.quotedInOriginal(event.language));
  const stated = parts.filter((part) => !part.notStated || part.nearest).length;
  return {
    text: texts.join('\n\n'),
    programmeCard: parts.some((part) => part.card),
    kind: unanswered.length === 0 ? 'answer' : stated > 0 ? 'partly' : 'dontKnow',
    unanswered,
    memory,
    quotedOtherLanguage,
  };
}

/** What a part the invitation does not cover is about, in a few words ("parkering"), or undefined. */
function topicLabel(frame: Frame, lang: Lang): string | undefined {
  const labels = messages(lang).answers.topicLabels as Partial<Record<string, string>>;
  if (frame.topic && labels[frame.topic]) return labels[frame.topic];
  return frame.foreign[0];
}

function quote(context: AnswerContext, value: Localized): { text: string; other: boolean } {
  return localText(context.event, value, context.lang);
}

function answerFrame(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  // A role no one is said to have: say so, with who leads the items.
  if (frame.check?.kind === 'role') return roleCheck(frame.check, context) ?? peoplePart({ ...frame, check: undefined }, context);
  if (frame.check) return answerCheck(frame.check, context);
  switch (frame.topic) {
    case undefined:
      if (frame.faq) return faqPart(frame, context);
      if (frame.passage) return { text: m.passage(frame.passage.text, event.language !== lang), other: event.language !== lang };
      // When of a thing no sentence gives a time for: not stated, not the paragraph that merely names it.
      if (frame.whenOf) return undefined;
      // "får vi slides?": the one paragraph that names what was asked about.
      return frame.foreign.length > 0 ? paragraphNaming(context, frame.foreign) : undefined;
    case 'when': {
      const text = m.when(formatWhen(event, lang), formatRelative(event, context.now, lang), meetingState(event, context.now));
      return event.timeNotStated ? { text: `${text} ${m.noTimeStated}`, notStated: true } : { text };
    }
    case 'end':
      if (event.endIsEstimate) return undefined;
      return { text: m.end(formatTime(endOf(event), lang, event.clock), formatDate(endOf(event), lang)) };
    case 'duration':
      if (event.endIsEstimate) return undefined;
      return {
        text: m.duration(
          formatDuration(startOf(event), endOf(event), lang),
          formatTime(startOf(event), lang, event.clock),
          formatTime(endOf(event), lang, event.clock),
        ),
      };
    case 'weekday':
      return { text: m.weekday(formatWeekday(startOf(event), lang), formatWhen(event, lang)) };
    case 'where':
      return wherePart(context);
    case 'postalCode':
      return event.venue.address?.postalCode
        ? { text: m.postalCode(event.venue.address.postalCode, event.venue.address.city ?? '') }
        : fromText(frame, context);
    case 'city':
      return event.venue.address?.city
        ? { text: m.city(event.venue.address.city, wherePart(context)?.text ?? '') }
        : fromText(frame, context);
    case 'room': {
      if (event.venue.room) return withOther(quote(context, event.venue.room), m.room);
      // "lokale" is also "local" in Danish: only a paragraph that names a room as rooms are named.
      const [paragraph] = context.knowledge.passages.matching(ROOM_NAMED);
      if (paragraph) return { text: m.passage(paragraph, event.language !== lang), other: event.language !== lang };
      return frame.faq ? faqPart(frame, context) : undefined;
    }
    case 'programme':
      if (event.programme.length === 0) {
        // A letter without a programme says in prose what happens ("På mødet gennemgår vi …"): its focus or purpose.
        const texts = [event.focus, event.purpose].filter((t): t is Localized => t !== undefined).map((t) => quote(context, t));
        if (texts.length > 0 && !frame.faq) return { text: m.purpose(texts.map((t) => t.text)), other: texts.some((t) => t.other) };
        return fromText(frame, context);
      }
      return { text: programmeText(event, lang), card: true };
    case 'items':
      return itemsPart(frame, context);
    case 'times':
      return timesPart(frame, context);
    case 'speakers':
    case 'chair':
    case 'moderator':
    case 'host':
      return peoplePart(frame, context);
    case 'person':
      return personPart(frame, context);
    case 'organisers': {
      const organisers = event.organisers.length > 0 ? event.organisers : event.sender ? [event.sender] : [];
      if (organisers.length === 0) return fromText(frame, context);
      const text = m.organisers(organisers.map((o) => quote(context, o.name).text));
      // "er det KL der holder mødet?"
      if (frame.organisation) return { text: organisers.includes(frame.organisation) ? m.yes(text) : m.no(text) };
      return { text };
    }
    case 'audience':
      return event.audience ? withOther(quote(context, event.audience), m.audience) : fromText(frame, context);
    case 'purpose': {
      const texts = [event.purpose, event.focus].filter((t): t is Localized => t !== undefined).map((t) => quote(context, t));
      if (texts.length === 0) {
        // Letters say what they are about near their title: the paragraph that best matches it.
        const title = titleOf(event, event.language);
        const about = context.knowledge.passages.search(title, {
          minTerms: 1,
          except: (text) =>
            foldWord(text.toLowerCase()).replace(/[^a-z0-9]/g, '') === foldWord(title.toLowerCase()).replace(/[^a-z0-9]/g, ''),
        });
        if (about) return { text: m.passage(about.text, event.language !== lang), other: event.language !== lang };
        return fromText(frame, context);
      }
      return { text: m.purpose(texts.map((t) => t.text)), other: texts.some((t) => t.other) };
    }
    case 'background':
      if (event.background) return withOther(quote(context, event.background), m.background);
      // "what's the occasion?" of a letter that states only why it invites ("to mark the association's anniversary").
      return (
        fromText(frame, context) ?? (event.purpose ? withOther(quote(context, event.purpose), (text) => m.purpose([text])) : undefined)
      );
    case 'ownTopics':
      if (!event.ownTopics) return fromText(frame, context);
      return withOther(quote(context, event.ownTopics.text), (text) => m.ownTopics(text, event.ownTopics?.item));
    case 'signUp': {
      const part = signUpPart(context);
      if (!part || !signUpWindow(event, context.now).open) return part;
      const full = withSignUpSentences(part, context, SIGN_UP_FAMILY);
      // "kan jeg tilmelde mig på mail?" when the letter gives only a phone number: not said, and the ways it gives.
      const unsaid = wayNotGiven(frame, context);
      return unsaid ? { ...full, text: m.notStatedButSays([unsaid], full.text, undefined), notStated: true, nearest: true } : full;
    }
    case 'deadline': {
      const part = deadlinePart(context);
      return part && event.registration?.required ? withSignUpSentences(part, context, DEADLINE_ONLY) : part;
    }
    case 'signUpOpen':
      return signUpOpenPart(context);
    case 'bring':
      return bringPart(context);
    case 'capacity': {
      const capacity = event.registration?.capacity;
      const waitingList = frame.cueWords?.filter((word) => /^(vent|wait)/.test(word)) ?? [];
      // What the letter's sign-up text says of a waiting list answers it; how many are on it, it cannot know.
      const told = signUpSentences(context, CAPACITY_ONLY).filter((sentence) => waitingList.some((word) => mentions(sentence, word)));
      if (told.length > 0) {
        const other = event.language !== lang;
        if (!/\b(hvor (mange|lang)|how (many|long)|antal|number)\b/i.test(frame.clause))
          return { text: m.passage(told.join(' '), other), other };
        return { text: m.waitingListCountNotStated(told.join(' '), other ? event.language : undefined), other, notStated: true };
      }
      if (capacity && waitingList.length > 0) return { text: m.noWaitingListStated(capacity), notStated: true };
      // A hybrid meeting's seats are the room's: how many can join online is not said.
      const online = frame.cueWords?.find((word) => /^(online|stream|remote|virtu)/.test(word));
      if (capacity && online && event.practical.online && !event.venue.online) return undefined;
      if (capacity) return withSignUpSentences({ text: m.capacity(capacity) }, context, CAPACITY_ONLY);
      // "op til 2 personer pr. forening": a limit the letter states in its sign-up text rather than as seats.
      const signUpText = event.registration?.text;
      const limit = /\b\d+\s*(personer|deltagere|pladser|people|persons|participants|places|seats)\b/i;
      if (signUpText && limit.test([signUpText.da, signUpText.en].filter(Boolean).join(' ')))
        return withOther(quote(context, signUpText), (text) => m.letterSays(text, event.language !== lang ? event.language : undefined));
      return fromText(frame, context);
    }
    case 'contact': {
      const named = event.people.some((person) => person.roles.includes('contact'));
      const signed = signatories(context);
      return named
        ? { text: m.contact(whomToAsk(event, lang)) }
        : { text: m.noContactPerson(whomToAsk(event, lang), signed), notStated: true, nearest: signed.length > 0 };
    }
    case 'signatory': {
      const names = signatories(context);
      if (names.length > 0) return { text: m.signatory(names) };
      return event.sender ? { text: m.sentBy(quote(context, event.sender.name).text, []) } : undefined;
    }
    case 'letterDate':
      return event.letterDate
        ? { text: m.letterDate(formatPlainDate(event.letterDate, lang), event.sender ? quote(context, event.sender.name).text : undefined) }
        : undefined;
    case 'sender': {
      const organisation = frame.organisation ?? event.sender;
      if (!organisation) return undefined;
      // "hvem er afsenderen?": who sent it (and signed it), not where the sender is.
      if (!frame.organisation && frame.aspect !== 'where' && !frame.cueWords?.some((word) => /adresse|address/.test(word))) {
        return { text: m.sentBy(quote(context, organisation.name).text, signatories(context)) };
      }
      // "hvad er KL's telefonnummer?": only what the letter gives.
      const asksPhone = frame.cueWords?.some((word) => /^(telefon|tlf|phone|nummer|number|ringe|call)/.test(word));
      const asksEmail = frame.cueWords?.some((word) => /^(mail|email|e)$|mailadresse/.test(word));
      if ((asksPhone && !organisation.phone) || (asksEmail && !organisation.email)) {
        const label = quote(context, organisation.name).text;
        const known = organisation.website ?? organisation.email ?? organisation.address?.line;
        return {
          text: m.notStatedThen(
            `${label}${lang === 'da' ? 's' : "'s"} ${asksPhone ? (lang === 'da' ? 'telefonnummer' : 'phone number') : 'e-mail'}`,
            known ? m.sender(label, organisation.address?.line, organisation.website ?? organisation.email) : '',
          ),
          notStated: true,
        };
      }
      const address =
        organisation.address ??
        (organisation === event.sender ? undefined : event.sender?.name === organisation.name ? event.sender.address : undefined);
      if (!address && !organisation.website && !organisation.email) return undefined;
      return {
        text: m.sender(quote(context, organisation.name).text, address?.line, organisation.website ?? organisation.email),
        notStated: !address && frame.aspect === 'where',
      };
    }
    case 'title':
      return { text: m.title(titleOf(event, lang)) };
    case 'travel':
      return practicalPart('transport', frame, context) ?? notStatedThen('travel', wherePart(context), context);
    case 'arrival':
      // "hvornår skal vi være der?" with no time for arrival: when it starts is the next best thing.
      return (
        practicalPart('arrival', frame, context) ??
        (event.timeNotStated
          ? undefined
          : notStatedThen(
              'arrival',
              { text: m.when(formatWhen(event, lang), formatRelative(event, context.now, lang), meetingState(event, context.now)) },
              context,
            ))
      );
    case 'online':
      // "can I attend in person?": where it is held answers that, online only, in a room only, or hybrid with an address.
      if (
        frame.cueWords?.some((word) => /^(person|fysisk|fremmode|op)$/.test(word)) &&
        (event.venue.online || !event.practical.online || event.venue.address)
      )
        return wherePart(context);
      if (event.venue.online && !event.practical.online) return wherePart(context);
      return practicalPart('online', frame, context);
    default:
      if (PRACTICAL.has(frame.topic)) return practicalPart(frame.topic, frame, context);
      return undefined;
  }
}

/** What the letter does not say, with the nearest thing it does say; counted as not stated. */
function notStatedThen(topic: Topic, fact: Part | undefined, context: AnswerContext): Part | undefined {
  if (!fact) return undefined;
  const m = messages(context.lang).answers;
  const label = (m.topicLabels as Partial<Record<string, string>>)[topic] ?? topic;
  return { ...fact, text: m.notStatedThen(label, fact.text), notStated: true, nearest: true };
}

/** The people who signed the letter, as the answer names them. */
function signatories(context: AnswerContext): string[] {
  return context.event.people.filter((person) => person.roles.includes('signatory')).map((person) => personLine(context, person.name));
}

function withOther(found: { text: string; other: boolean }, sentence: (text: string) => string): Part {
  return { text: sentence(found.text), other: found.other };
}

function faqPart(frame: Frame, context: AnswerContext): Part {
  const answer = quote(context, frame.faq!.entry.answer);
  return { text: messages(context.lang).answers.faq(answer.text, answer.other ? context.event.language : undefined), other: answer.other };
}

const SENDS = /(?<!\p{L})(send\p{L}*|mail\p{L}*|e-mail\p{L}*)(?!\p{L})|@/iu;

/** No typed fact: an FAQ entry about it, else a paragraph of the letter that names it, else nothing. */
function fromText(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.faq) return faqPart(frame, context);
  const stems = frame.topic ? TOPIC_STEMS[frame.topic] : undefined;
  const m = messages(context.lang).answers;
  const other = context.event.language !== context.lang;
  if (stems) {
    // A paragraph with a word of the topic answers only when it names what was asked: "kaffemøde" has the topic's
    // "kaffe" but says nothing of the cake asked about ("er der kage?").
    const asked = frame.cueWords ?? [];
    const found = context.knowledge.passages.containing(stems.map((stem) => foldWord(stem.toLowerCase())));
    // A point of one's own is sent somewhere: the paragraph that says where, before the programme that lists the item.
    if (frame.topic === 'ownTopics') found.sort((a, b) => Number(SENDS.test(b)) - Number(SENDS.test(a)));
    const paragraph = found.find(
      (text) =>
        (asked.length === 0 || asked.some((word) => mentions(text, word))) && !qualifiesOtherTopic(text, frame.topic!, frame.clause),
    );
    if (paragraph) return { text: m.passage(paragraph, other), other };
  }
  if (frame.passage) return { text: m.passage(frame.passage.text, other), other };
  return frame.foreign.length > 0 ? paragraphNaming(context, frame.foreign) : undefined;
}

/**
 * "der er gratis parkering": each time the paragraph uses a word of the topic, it is said of another topic's thing
 * the question does not name ("is it free?" is not answered by free parking).
 */
function qualifiesOtherTopic(text: string, topic: Topic, clause: string): boolean {
  const words = tokenize(text).map((token) => token.folded);
  const asked = tokenize(clause).map((token) => token.folded);
  const stemsOf = (of: Topic) =>
    (TOPIC_STEMS[of] ?? []).filter((stem) => !/\s/.test(stem.trim())).map((stem) => foldWord(stem.toLowerCase()));
  const own = stemsOf(topic);
  const others = (Object.keys(TOPIC_STEMS) as Topic[])
    .filter((of) => of !== topic)
    .flatMap(stemsOf)
    .filter((stem) => stem.length >= 4 && !own.includes(stem) && !asked.some((word) => word.startsWith(stem)));
  const uses = words.flatMap((word, i) => (own.some((stem) => word.startsWith(stem)) ? [i] : []));
  return (
    uses.length > 0 &&
    uses.every((i) => [words[i - 1], words[i + 1]].some((near) => near !== undefined && others.some((stem) => near.startsWith(stem))))
  );
}

const LOG_ON = /(?<![\p{L}])(log\p{L}*|link\p{L}*)(?![\p{L}])/iu;
const DOORS = /(?<![\p{L}])(dør\p{L}*|doors?)(?![\p{L}])/iu;

function practicalPart(topic: PracticalTopic, frame: Frame, context: AnswerContext): Part | undefined {
  const fact: PracticalFact | undefined = context.event.practical[topic];
  if (!fact) return fromText(frame, context);
  const m = messages(context.lang).answers;
  const text = quote(context, fact.text);
  const said = m.letterSays(text.text, text.other ? context.event.language : undefined);
  // "is the booking code NEF2027?": a code named is confirmed or corrected by the codes the letter gives.
  const codes = (value: string) => [...value.matchAll(/\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{4,}\b/g)].map((m) => m[0].toLowerCase());
  const askedCodes = codes(frame.clause);
  const statedCodes = codes([fact.text.da, fact.text.en].filter(Boolean).join(' '));
  if (askedCodes.length === 1 && statedCodes.length > 0)
    return { text: statedCodes.includes(askedCodes[0]!) ? m.yes(said) : m.no(said), other: text.other };
  // "foregår det på engelsk?": the language named is confirmed or corrected by the languages the letter names.
  const statedText = [fact.text.da, fact.text.en].filter(Boolean).join(' ');
  const missing = unsaidWords(frame, topic, statedText, context.knowledge);
  if (topic === 'language' && missing.every((word) => LANGUAGE_NAMES.some(([, pattern]) => pattern.test(word)))) {
    const asked = LANGUAGE_NAMES.filter(([, pattern]) => pattern.test(frame.clause)).map(([name]) => name);
    const stated = LANGUAGE_NAMES.filter(([, pattern]) => pattern.test([fact.text.da, fact.text.en].filter(Boolean).join(' '))).map(
      ([name]) => name,
    );
    if (asked.length === 1 && stated.length > 0) return { text: stated.includes(asked[0]!) ? m.yes(said) : m.no(said), other: text.other };
  }
  // Asked for something more specific than the fact says ("aftensmad" when it says "kaffe og kage", what parking costs
  // when it only says it is paid): a paragraph of the letter that names it, else say it does not say, and what it does.
  // Across languages the words cannot be compared: the fact is quoted as it is.
  const costUnsaid = frame.aspect === 'cost' && topic !== 'price' && !AMOUNT.test(text.text);
  if (missing.length > 0 || costUnsaid) {
    const elsewhere = missing.length > 0 ? paragraphNaming(context, missing, frame.topic) : undefined;
    if (elsewhere) return elsewhere;
    return {
      text: m.notStatedButSays(
        missing.length > 0 ? missing : [m.topicLabels.price ?? 'price'],
        text.text,
        text.other ? context.event.language : undefined,
      ),
      notStated: true,
      other: text.other,
    };
  }
  // "Linket virker fra kl. 9.15": a time to log on, not doors that open; the letter's words say it.
  const logOn = topic === 'arrival' && LOG_ON.test(statedText) && !DOORS.test(statedText);
  const details = logOn
    ? undefined
    : m.practical(topic, { ...fact, time: fact.time ? formatClock(fact.time, context.lang, context.event.clock) : undefined });
  const same = (a: string, b: string) =>
    foldWord(a.toLowerCase()).replace(/[^a-z0-9]/g, '') === foldWord(b.toLowerCase()).replace(/[^a-z0-9]/g, '');
  const saysItAlready = (a: string, b: string) =>
    same(a, b) ||
    foldWord(b.toLowerCase())
      .replace(/[^a-z0-9]/g, '')
      .includes(foldWord(a.toLowerCase()).replace(/[^a-z0-9]/g, ''));
  return { text: details && !saysItAlready(details, text.text) ? `${details}\n${said}` : said, other: text.other };
}

/** Words that only name the topic itself: asking with them asks for whatever the letter says about it. */
const TOPIC_WORDS: Partial<Record<PracticalTopic, string[]>> = {
  food: [
    'mad',
    'maden',
    'spise',
    'spiser',
    'forplejning',
    'forplejningen',
    'servering',
    'serveres',
    'food',
    'eat',
    'eating',
    'catering',
    'catered',
    'refreshments',
    'served',
    'drikke',
    'drinks',
    'noget',
  ],
  parking: [
    'parkering',
    'parkeringen',
    'parkere',
    'parking',
    'park',
    'p',
    'plads',
    'pladser',
    'pladsen',
    'bil',
    'bilen',
    'car',
    'kører',
    'selv',
    'kommer',
    'coming',
    'drive',
    'driving',
    'there',
    'by',
    'i',
    'stille',
    'holde',
    'leave',
    'my',
    'the',
  ],
  accessibility: [
    'tilgængelighed',
    'tilgængelig',
    'tilgængeligt',
    'handicap',
    'handicappede',
    'adgang',
    'adgangsforhold',
    'accessible',
    'accessibility',
    'access',
    'disabled',
    'disability',
    'kørestol',
    'kørestolsbruger',
    'wheelchair',
  ],
  online: [
    'online',
    'deltage',
    'hjemmefra',
    'virtuelt',
    'virtual',
    'remote',
    'remotely',
    'join',
    'from',
    'home',
    'link',
    'linket',
    'til',
    'teams',
    'zoom',
    'mødet',
    'meeting',
    'kan',
    'ikke',
    'komme',
    'desværre',
    'can',
    't',
    'come',
    'make',
    'it',
    'attend',
    'in',
    'person',
    'fysisk',
    'fremmøde',
    'op',
  ],
  price: [
    'pris',
    'prisen',
    'koster',
    'gratis',
    'betale',
    'betaling',
    'price',
    'cost',
    'costs',
    'fee',
    'fees',
    'free',
    'pay',
    'charge',
    'how',
    'much',
    'hvad',
    'deltage',
    'deltagelse',
    'attend',
    'attendance',
  ],
  language: ['sprog', 'sproget', 'language', 'languages'],
  accommodation: [
    'overnatning',
    'overnatte',
    'hotel',
    'hotellet',
    'hoteller',
    'accommodation',
    'stay',
    'overnight',
    'room',
    'rooms',
    'værelse',
    'værelser',
    'booking',
    'book',
  ],
  dressCode: ['påklædning', 'dresscode', 'dress', 'code', 'wear', 'tøj', 'have', 'på', 'attire', 'clothes'],
  transport: [
    'transport',
    'komme',
    'derhen',
    'derud',
    'dertil',
    'kore',
    'korer',
    'kor',
    'kommer',
    'tage',
    'tager',
    'drive',
    'go',
    'goes',
    'get',
    'getting',
    'there',
    'directions',
    'vej',
    'vejen',
    'finde',
    'travel',
    'rejse',
  ],
  arrival: [
    'dørene',
    'døren',
    'åbner',
    'ankomst',
    'ankomme',
    'doors',
    'door',
    'open',
    'opens',
    'arrive',
    'arrival',
    'logge',
    'log',
    'on',
    'in',
    'ind',
  ],
  cancellation: ['afbud', 'melde', 'cancel', 'cancellation', 'policy'],
};

/** A room as letters name one: "mødelokale 3", "lokale 2.14", "Sal A", "1. sal", "room 204", "the Main Hall". */
const ROOM_NAMED =
  /\b(mødelokale\w*|lokale\s+\d[\w.]*|sal\s+[A-ZÆØÅ0-9]\w*|salen\b|\d+\.\s*sal|\d+\.\s*etage|room\s+[A-Z0-9]\w*|\w+\s+hall\b|floor\s+\d|\d+(st|nd|rd|th)\s+floor)/u;

const LANGUAGE_NAMES: Array<[string, RegExp]> = [
  ['da', /\b(dansk|danish)\b/i],
  ['en', /\b(engelsk|english)\b/i],
  ['de', /\b(tysk|german)\b/i],
  ['sv', /\b(svensk|swedish)\b/i],
  ['no', /\b(norsk|norwegian)\b/i],
];

/** Words that qualify what is asked without naming something of their own ("vegan options", "phone number"). */
const QUALIFIERS = new Set([
  'option',
  'options',
  'mulighed',
  'muligheder',
  'nummer',
  'number',
  'nr',
  'kr',
  'kroner',
  'dkk',
  'info',
  'information',
  'oplysninger',
]);

/**
 * The one or two paragraphs of the letter that use these words (as stems), quoted; undefined when none or many do.
 * With a topic, a word the letter does not use is looked for through its translations ("breakfast" → "Morgenmad"),
 * but only in a paragraph of that topic that names every word asked: a translation is a looser match.
 */
function paragraphNaming(context: AnswerContext, words: string[], topic?: Topic): Part | undefined {
  const stems = words.map((word) => stemWord(foldWord(word.toLowerCase()))).filter((stem) => stem.length >= 4);
  if (stems.length === 0) return undefined;
  const passages = context.knowledge.passages;
  let found = passages.containingStems(stems);
  const topicStems = topic ? TOPIC_STEMS[topic] : undefined;
  if (found.length === 0 && topicStems) {
    const ofTopic = new Set(passages.containing(topicStems.map((stem) => foldWord(stem.toLowerCase()))));
    const translated = stems.map((stem) => [...withGlossary([stem])].filter((other) => other.length >= 4));
    found = passages
      .containingStems(translated.flat())
      .filter((text) => ofTopic.has(text) && translated.every((forms) => passages.containingStems(forms).includes(text)));
  }
  if (found.length === 0 || found.length > 2) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found[0]!, other), other };
}

/** An amount of money (or "free"): what a question of cost needs the letter to state. */
const AMOUNT = /(\d[\d.,]*\s*(kr\.?|kroner|dkk|eur|€|,-))|((kr\.?|dkk|eur|€)\s*\d)|\b(gratis|free|uden beregning|no charge)\b/i;

/** Words asking for a phone number or an e-mail address, and a phone number as letters write them. */
const PHONE_WORD = /^(tlf|telefon\w*|phone|telephone|nummer\w*|number|mobil\w*)$/;
const MAIL_WORD = /^(e?mail\w*|mailadresse\w*)$/;
const PHONE_NUMBER = /(\+\d{2}\s?)?\b\d{2}(\s?\d{2}){3}\b/;

/**
 * The question's own words for its subject (and its unknown words) when the letter's text contains none of them:
 * then the text is about the topic but not about what was asked. Across languages a word counts through the
 * glossary; one the glossary does not know cannot be checked and is let pass.
 */
/**
 * Whether a text has a word or its translation as written as the head of a compound: "toilet" in "handicaptoilet",
 * "loop" → "teleslynge". Stems do not show it: a compound stems otherwise than its head ("handicaptoil", "toil").
 */
function namesAsHead(text: string, word: string): boolean {
  const forms = [...glossaryForms(foldWord(word.toLowerCase()))].filter((form) => form.length >= 5);
  return tokenize(text).some(({ folded }) =>
    forms.some((form) => {
      const at = folded.lastIndexOf(form);
      return at >= 0 && folded.length - at - form.length <= 4;
    }),
  );
}

/** Whether a text names a word, in any form or in its translation, or in a compound ("bus" in "Busterminal"). */
function mentions(text: string, word: string): boolean {
  if (namesAsHead(text, word)) return true;
  const said = new Set(tokenize(text).map((token) => stemWord(token.folded)));
  return [...withGlossary([stemWord(word)])].some(
    (stem) =>
      said.has(stem) ||
      [...said].some(
        (s) => s.length >= 3 && stem.length >= 3 && (s.startsWith(stem) || stem.startsWith(s) || (stem.length >= 5 && s.endsWith(stem))),
      ),
  );
}

function unsaidWords(frame: Frame, topic: PracticalTopic, factText: string, knowledge: EventKnowledge): string[] {
  const generic = new Set((TOPIC_WORDS[topic] ?? []).map((word) => stemWord(foldWord(word))));
  // Besides the cue and unknown words, what else the letter names that the question asks about ("the kids" at a
  // question of food): a fact about the topic that does not name it does not answer it.
  const nouns = tokenize(frame.clause)
    .map((token) => token.folded)
    .filter(
      (word) =>
        isLetterNoun(word, knowledge) ||
        (word.length === 4 &&
          knowledge.words.has(word) &&
          !EventKnowledge.isGeneric(word) &&
          !LEXICON.cueWords.has(word) &&
          !knowledge.placeWords.has(word)),
    );
  const specific = [...new Set([...(frame.cueWords ?? []), ...frame.foreign.map((word) => foldWord(word.toLowerCase())), ...nouns])]
    .filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word) && !QUALIFIERS.has(word))
    .filter((word) => !generic.has(stemWord(word)));
  const present = (word: string) => {
    // A number or an address written out says what "tlf" or "e-mail" asks for.
    if (PHONE_WORD.test(word) && PHONE_NUMBER.test(factText)) return true;
    if (MAIL_WORD.test(word) && /\S@\S+\.\w/.test(factText)) return true;
    // In any form, in translation, or in a compound: "bus" in "Busterminal", "parkering" in "gadeparkering".
    return mentions(factText, word);
  };
  // Across languages a word the glossary cannot translate counts as said only when the text has it as written
  // ("browser", "app"): better "it does not say" with the quote beside it than a quote that does not answer.
  return specific.filter((word) => !present(word));
}

/**
 * A reply stands as an answer only when it speaks of what the clause asks: its own words for a thing ("browser",
 * "kalenderinvitation"), the words that decide the question ("skifte", "uden", "anbefale"), a number for "how many".
 * Else it is a nearby fact: said as what the letter says instead, with whom to ask.
 */
function coveredOrNot(frame: Frame, part: Part | undefined, context: AnswerContext): Part | undefined {
  if (!part || frame.inherited) return part;
  // A time between places the letter does not name: quoting another time ("15 minutes' walk", the meeting's length)
  // would read as the answer; the address as the nearest fact does not.
  if (DURATION.test(part.text) && travelEndsUnsaid(frame, part.text, context.knowledge).length > 0) return undefined;
  if (part.notStated) return part;
  // A yes/no check confirms or corrects the fact named; only a deciding word ("can I swap …") makes it another question.
  const missing = unansweredWords(frame, part.text, context).filter(
    (word) => !(frame.check || frame.itemCheck) || decidingWordOf(foldWord(word.toLowerCase())),
  );
  if (missing.length === 0) return part;
  const m = messages(context.lang).answers;
  return { ...part, text: m.notAnsweredBy(missing, part.text, whomToAsk(context.event, context.lang)), notStated: true, card: false };
}

/** "how long does it take", "hvor lang tid tager det": a time to get somewhere, or of anything else than the meeting. */
const HOW_LONG = /\b(how long|how far|hvor lang tid|hvor langt|hvor lang)\b/i;
/** A length of time as replies and letters write it: "15-minute walk", "5 timer", "1 time og 45 minutter". */
const DURATION = /\d+\s*-?\s*(min|minut\w*|minute\w*|time|timer|hour\w*|dag\w*|day\w*|uge\w*|week\w*)\b/i;
const TIME_RANGE = /\d{1,2}[.:]\d{2}\s*(–|-|til|to|until)\s*\d{1,2}[.:]\d{2}/i;
const DISTANCE = /\d+([.,]\d+)?\s*-?\s*(km|kilomet\w*|meter|metre\w*|m)\b/i;
/** "which municipality", "hvilken kommune": the kind of thing asked for (folded clause). */
const WHICH = / (?:which|what|hvilken|hvilket|hvilke) (\p{L}{4,})/u;
/** Words for where a person works: the organisation the letter gives for them answers these. */
const ORGANISATION_WORD =
  /^(organi[sz]ations?|company|employer|workplace|firm|municipality|council|region|arbejdsplads|virksomhed|firma|arbejdsgiver|kommune|forvaltning)$/;

/** A question of when, and the words besides numbers that can say when (folded text). */
const WHEN_ASKED = /^\s*(hvornår|hvornar|when)\b/i;
const TIME_WORDS =
  / (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i dag|i morgen|today|tomorrow|uge|week|morgen|formiddag|eftermiddag|aften|morning|afternoon|evening|straks|immediately|lobende|ongoing|bagefter|afterwards|efterfolgende|efter modet|after the (meeting|event|conference))/;

/** Asking for an exact time, and a time of day or a day of a month that is one. */
const EXACTLY = /(?<!\p{L})(præcis|præcist|nøjagtig|nøjagtigt|eksakt|exactly|precisely|exact)(?!\p{L})/iu;
const EXACT_TIME = new RegExp(
  String.raw`\d{1,2}[.:]\d{2}|(?<!\p{L})kl\.?\s*\d|\d{1,2}\.?\s*(?:${Object.keys(MONTHS).join('|')})(?!\p{L})|\d{1,2}\/\d{1,2}`,
  'iu',
);

/** Numbers written as words (folded text); not "to" and "en", which are other words as well. */
const NUMBER_WORDS = / (tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) /;

/** A question whether something exists or is offered. */
const EXISTS = /^\s*(is there|are there|will there be|is it possible|er der|findes der|bliver der|kommer der|har (i|de|man|stedet))\b/i;

/** The clause's words (as typed) that the reply's text does not speak of; see coveredOrNot. */
function unansweredWords(frame: Frame, text: string, context: AnswerContext): string[] {
  const { knowledge } = context;
  const folded = ` ${tokenize(text)
    .map((token) => token.folded)
    .join(' ')} `;
  // A start of three letters or less is a whole word ("pr" is not "projektleder").
  const says = (starts: readonly string[]) => starts.some((start) => folded.includes(start.length <= 3 ? ` ${start} ` : ` ${start}`));
  const topicWords = new Set(
    (frame.topic && PRACTICAL.has(frame.topic) ? (TOPIC_WORDS[frame.topic as PracticalTopic] ?? []) : []).map((word) =>
      stemWord(foldWord(word)),
    ),
  );
  const cues = new Set(frame.cueWords ?? []);
  const foreign = new Set(frame.foreign.map((word) => foldWord(word.toLowerCase())));
  const exists = EXISTS.test(frame.clause);
  const missing: string[] = [];
  const reported = new Set<Qualifier>();
  for (const token of tokenize(frame.clause)) {
    const word = token.folded;
    const qualifier = decidingWordOf(word);
    if (qualifier) {
      // Named once: "stedfortræder … i stedet" is one thing not said.
      if (!says(qualifier.said) && !reported.has(qualifier)) missing.push(token.raw);
      reported.add(qualifier);
      continue;
    }
    // "whats kirstens email": a phone number does not answer it.
    if ((MAIL_WORD.test(word) && !/\S@\S+\.\w/.test(text)) || (PHONE_WORD.test(word) && !PHONE_NUMBER.test(text))) {
      if (cues.has(word)) missing.push(token.raw);
      continue;
    }
    // "is there a cloakroom at the town hall?": whether a thing the letter never names exists is not answered by the
    // town hall. Elsewhere an unknown word is as often context ("as head of youth services …") or a word the glossary
    // cannot translate ("who gives the welcome speech").
    if (!exists || word.length < 4 || !foreign.has(word) || topicWords.has(stemWord(word))) continue;
    if (
      knowledge.placeWords.has(word) ||
      knowledge.organisationWords.has(word) ||
      knowledge.titleStems.has(stemWord(word)) ||
      knowledge.kindStems.has(stemWord(word)) ||
      frame.person?.names.has(word)
    )
      continue;
    if (!mentions(text, word)) missing.push(token.raw);
  }
  const clause = ` ${tokenize(frame.clause)
    .map((token) => token.folded)
    .join(' ')}`;
  for (const qualifier of DECIDING_WORDS)
    for (const start of qualifier.asked.filter((start) => start.includes(' ')))
      if (clause.includes(` ${start}`) && !says(qualifier.said) && !reported.has(qualifier)) missing.push(start);
  // "hvis konferencen bliver aflyst": the meeting called off, which a participant's own cancellation terms do not answer.
  const calledOff = CALLED_OFF.exec(frame.clause);
  if (calledOff && !says(CALLED_OFF_SAID)) missing.push(calledOff[0]);
  missing.push(...travelEndsUnsaid(frame, text, knowledge));
  // "how long does it take from the station": a reply with no length of time (or distance) does not say.
  const howLong = HOW_LONG.exec(frame.clause);
  if (howLong && !DURATION.test(text) && !TIME_RANGE.test(text) && !DISTANCE.test(text)) missing.push(howLong[0]);
  // "which municipality does she work in": only the organisation the letter gives for the person answers it (a title
  // or a time answers "which role", "what time").
  const which = frame.topic === 'person' ? WHICH.exec(clause) : null;
  if (which && ORGANISATION_WORD.test(which[1]!) && !frame.person?.person.organisation && !mentions(text, which[1]!))
    missing.push(which[1]!);
  // "hvornår vedtages strategien?": a paragraph on the strategy that names no time does not say when. (A typed fact
  // may say when by saying there is none: "you don't need to sign up"; so may the organisers' own answer.)
  const when = frame.topic || frame.faq ? null : WHEN_ASKED.exec(frame.clause);
  if (when && !/\d/.test(text) && !TIME_WORDS.test(folded)) missing.push(when[0]);
  // "hvornår præcis starter byggeriet?": "efter sommerferien" says when, but not exactly.
  const exactly = frame.whenOf ? EXACTLY.exec(frame.clause) : null;
  if (exactly && !EXACT_TIME.test(text)) missing.push(exactly[0]);
  const howMany = HOW_MANY.exec(frame.clause);
  if (howMany && !/\d/.test(text) && !NUMBER_WORDS.test(folded)) missing.push(howMany[0]);
  return [...new Set(missing)];
}

/** The deciding word (see DECIDING_WORDS) a folded word is: a start under six letters only with a short ending. */
function decidingWordOf(word: string) {
  return DECIDING_WORDS.find((q) =>
    q.asked.some((start) => word.startsWith(start) && !start.includes(' ') && (start.length >= 6 || word.length <= start.length + 2)),
  );
}

/** "how long does it take from the airport", "… to the station": the places of a travel time the reply does not name. */
function travelEndsUnsaid(frame: Frame, text: string, knowledge: EventKnowledge): string[] {
  if (!HOW_LONG.test(frame.clause)) return [];
  const clause = ` ${tokenize(frame.clause)
    .map((token) => token.folded)
    .join(' ')}`;
  // "to walk" is no place: after a bare "to" a word the lexicon knows (a verb of travelling) is let pass.
  return [...clause.matchAll(/ (fra|from|til|to) ((?:the|a|an|den|det|en|et) )?(\p{L}+)/gu)]
    .filter((m) => m[2] !== undefined || m[1] !== 'to' || !LEXICON.cueWords.has(m[3]!))
    .map((m) => m[3]!)
    .filter(
      (end) =>
        end.length >= 3 &&
        !EventKnowledge.isGeneric(end) &&
        !VENUE_WORDS.has(end) &&
        !knowledge.placeWords.has(end) &&
        !knowledge.kindStems.has(stemWord(end)) &&
        !mentions(text, end),
    );
}

/** Words for the meeting's own place, as the far end of a travel time (folded). */
const VENUE_WORDS = new Set(
  ['venue', 'there', 'sted', 'stedet', 'mødested', 'mødestedet', 'mødet', 'møde', 'meeting', 'konferencen', 'conference', 'event'].map(
    (word) => foldWord(word),
  ),
);

function wherePart(context: AnswerContext): Part | undefined {
  const { event } = context;
  if (event.venue.notStated) return undefined;
  const m = messages(context.lang).answers;
  const name = event.venue.name ? quote(context, event.venue.name).text : undefined;
  const room = event.venue.room ? quote(context, event.venue.room).text : undefined;
  if (event.venue.online && !event.venue.address) {
    const online = event.practical.online;
    return { text: m.online(name, online?.url) };
  }
  return { text: m.where(name, event.venue.address?.line, room) };
}

/** Subjects whose words the sign-up paragraph shares: a sentence about one of them belongs to the sign-up answers. */
const SIGN_UP_FAMILY = new Set<string>(['signUp', 'deadline', 'signUpOpen']);
/** Subjects a sign-up sentence names on the way ("svar på denne mail", "ring"): how to sign up, not another topic. */
const SIGN_UP_WAYS = new Set<string>([...SIGN_UP_FAMILY, 'contact']);
const DEADLINE_ONLY = new Set<string>(['deadline']);
const CAPACITY_ONLY = new Set<string>(['capacity']);
/** Links, e-mail addresses, phone numbers, dates and times: what the typed sign-up facts already give. */
const TYPED_BITS = /\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*|\+?\d[\d\s.:/-]*\d|\d/gi;

/**
 * The letter's own sign-up sentences about these subjects (by the lexicon's cue words) that say more than a link, an
 * address, a number or a date: "Acceptér kalenderinvitationen …", "Tilmeldingen er bindende efter fristen",
 * "Ved overbooking kommer du på venteliste". A sentence that is about another subject too (travel, food) is left
 * to that subject's answer.
 */
function signUpSentences(context: AnswerContext, subjects: ReadonlySet<string>): string[] {
  const text = context.event.registration?.text;
  if (!text) return [];
  const sentences = localText(context.event, text, context.lang).text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences.filter((sentence) => {
    const tokens = tokenize(sentence.replace(TYPED_BITS, ' '));
    const forms = tokens.map((token) => ({ folded: token.folded, forms: [token.folded], isNumber: false }));
    const matches = matchPhrases(LEXICON.subjects, forms);
    const tags = new Set(matches.map((match) => match.tag as string));
    tags.delete('meeting');
    if (![...tags].some((tag) => subjects.has(tag)) || [...tags].some((tag) => !subjects.has(tag) && !SIGN_UP_WAYS.has(tag))) return false;
    // Something besides the words that made it about the subject ("bindende", "kalenderinvitationen", "venteliste").
    const cues = new Set(matches.flatMap((match) => tokens.slice(match.start, match.end).map((token) => token.folded)));
    return tokens.some((token) => token.folded.length >= 4 && !EventKnowledge.isGeneric(token.folded) && !cues.has(token.folded));
  });
}

/** The typed answer with the letter's sign-up sentences that add to it, quoted. */
function withSignUpSentences(part: Part, context: AnswerContext, subjects: ReadonlySet<string>): Part {
  const sentences = signUpSentences(context, subjects).filter((sentence) => !part.text.includes(sentence));
  if (sentences.length === 0) return part;
  const other = context.event.language !== context.lang;
  return {
    ...part,
    text: `${part.text}\n${messages(context.lang).answers.passage(sentences.join(' '), other)}`,
    other: part.other || other,
  };
}

/** Words that name a way of signing up, by the registration field that gives it. */
const SIGN_UP_WAYS_ASKED: Array<[field: 'email' | 'phone' | 'url', word: RegExp]> = [
  ['email', /^(e?mail\w*|mailadresse\w*)$/],
  ['phone', /^(telefon\w*|tlf|ringe|ring|phone|call)$/],
  ['url', /^(link\w*|online|nettet|web\w*|hjemmesiden?|website)$/],
];

/** The way of signing up a question names (as typed) when the letter gives no such way and its sign-up text names none. */
function wayNotGiven(frame: Frame, context: AnswerContext): string | undefined {
  const registration = context.event.registration;
  if (!registration) return undefined;
  const said = [registration.text?.da, registration.text?.en].filter(Boolean).join(' ');
  for (const token of tokenize(frame.clause)) {
    const way = SIGN_UP_WAYS_ASKED.find(([, word]) => word.test(token.folded));
    if (way && !registration[way[0]] && !mentions(said, token.folded)) return token.raw;
  }
  return undefined;
}

function signUpPart(context: AnswerContext): Part | undefined {
  const { event, now } = context;
  const m = messages(context.lang).answers;
  const registration = event.registration;
  if (!registration) return undefined;
  const window = signUpWindow(event, now);
  if (!registration.required) return { text: m.signUpNotRequired(registration.text ? quote(context, registration.text).text : undefined) };
  // Closed (past the deadline, begun or held): that is the answer; a link to sign up with would say otherwise.
  if (!window.open)
    return {
      text: m.signUpClosed(
        window.reason,
        window.closedAt ? `${formatDate(window.closedAt, context.lang)}` : formatWhen(event, context.lang),
      ),
    };
  const lines = [m.signUpWays({ url: registration.url, email: registration.email, phone: registration.phone })];
  if (registration.deadline) lines.push(m.deadline(formatDeadline(context), false));
  if (registration.chat) lines.push(m.signUpInChat);
  return { text: lines.filter(Boolean).join('\n') };
}

/**
 * A sentence that tells invitees to bring something: "Medbring …", "Bring: a laptop", "Please bring …", "Tag jeres
 * ønsker med", "Husk: badetøj", "husk at have …" — not "velkommen til at tage en kollega med" (who may come) nor
 * "husk at oplyse EAN-nummer" (a reminder of something else).
 */
const BRING =
  /\bmedbring\w*|(?:^|[.!?*•–-]\s*|\b(?:please|remember to|don'?t forget to|husk at)\s+)bring\b|(?:^|[.!?•–-]\s*)tag\s[^.!?\n]{0,60}\bmed\b|\bhusk\b\s*(?::|at\s+(?:have|tage|medbringe)\b)/i;

/** "Hvad skal vi have med?": the letter's own words about what to bring (a paragraph, not a whole programme), else nothing. */
function bringPart(context: AnswerContext): Part | undefined {
  const found = context.knowledge.passages.matching(BRING).filter((text) => text.length <= 600);
  if (found.length === 0) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found.slice(0, 2).join(' … '), other), other };
}

/** "Kan jeg stadig nå at tilmelde mig?": open or not, and how. */
function signUpOpenPart(context: AnswerContext): Part | undefined {
  const { event, now, lang } = context;
  const m = messages(lang).answers;
  const registration = event.registration;
  if (!registration) return undefined;
  const window = signUpWindow(event, now);
  if (!window.open)
    return { text: m.signUpClosed(window.reason, window.closedAt ? formatDate(window.closedAt, lang) : formatWhen(event, lang)) };
  const ways = m.signUpWays({ url: registration.url, email: registration.email, phone: registration.phone });
  // With no deadline in the letter, "still open?" has only the bot's own rule (until the meeting starts) to go on.
  if (!registration.deadline) {
    return {
      text: [m.noDeadline(formatWhen(event, lang)), ways, registration.chat ? m.signUpInChat : ''].filter(Boolean).join('\n'),
      notStated: true,
      nearest: true,
    };
  }
  const lines = [m.signUpStillOpen, ways, m.deadline(formatDeadline(context), false)];
  if (registration.chat) lines.push(m.signUpInChat);
  return { text: lines.filter(Boolean).join('\n') };
}

function formatDeadline(context: AnswerContext): string {
  const deadline = context.event.registration!.deadline!;
  const date = atTime(context.event, deadline.slice(11), deadline.slice(0, 10));
  return deadline.endsWith('T23:59')
    ? formatDate(date, context.lang)
    : `${formatDate(date, context.lang)} ${formatTime(date, context.lang, context.event.clock)}`;
}

function deadlinePart(context: AnswerContext): Part | undefined {
  const { event, now, lang } = context;
  const m = messages(lang).answers;
  if (!event.registration) return undefined;
  if (!event.registration.required) return { text: m.signUpNotRequired(undefined) };
  const window = signUpWindow(event, now);
  if (event.registration.deadline) {
    const text = m.deadline(formatDeadline(context), !window.open);
    return { text: window.open && event.registration.chat ? `${text}\n${m.signUpInChat}` : text };
  }
  if (!window.open) return { text: m.signUpClosed(window.reason, formatWhen(event, lang)) };
  return { text: m.noDeadline(formatWhen(event, lang)), notStated: true };
}

/** The programme as lines: "1. Velkommen – v/ Vestby Kommune", times where the letter gives them. */
export function programmeText(event: MeetingEvent, lang: Lang): string {
  const m = messages(lang).answers;
  const lines = event.programme.flatMap((item) => [
    itemLine(event, item, lang),
    ...item.items.map((sub) => m.subItem(localText(event, sub.title, lang).text)),
  ]);
  return `${m.programmeHeading(titleOf(event, lang), formatWhen(event, lang))}\n${lines.join('\n')}`;
}

function timeRange(item: ProgrammeItem, lang: Lang, clock: MeetingEvent['clock']): string | undefined {
  if (!item.start) return undefined;
  return item.end ? `${formatClock(item.start, lang, clock)}–${formatClock(item.end, lang, clock)}` : formatClock(item.start, lang, clock);
}

function itemLine(event: MeetingEvent, item: ProgrammeItem, lang: Lang): string {
  const m = messages(lang).answers;
  return m.programmeItem(
    item.numbered || !item.start ? item.number : undefined,
    timeRange(item, lang, event.clock),
    localText(event, item.title, lang).text,
    item.by ? localText(event, item.by, lang).text : undefined,
  );
}

/** When an item ends: its own end, else the start of the next item at its level, else the meeting's end for the last. */
function itemEnd(event: MeetingEvent, indexed: IndexedItem): string | undefined {
  if (indexed.item.end) return indexed.item.end;
  const siblings = indexed.label.includes('.') ? indexed.parent.items : event.programme;
  const index = siblings.indexOf(indexed.item);
  const next = siblings[index + 1];
  // A day's last item does not run into the next day's first ("19.00 Dinner" is not "19.00–09.00").
  if (next?.start && indexed.item.start && next.date === indexed.item.date) return next.start;
  const lastDay = indexed.item.date === undefined || indexed.item.date === event.end.slice(0, 10);
  if (!next && indexed.item.start && !event.endIsEstimate && !indexed.label.includes('.') && lastDay) return event.end.slice(11);
  return undefined;
}

function itemsPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, knowledge, lang } = context;
  const m = messages(lang).answers;
  let items = frame.items ?? [];
  if (frame.after && items.length > 0) items = itemsAfter(knowledge, items);
  else if (items.length === 0 && frame.times && frame.times.length > 0) {
    items = itemsAtTime(knowledge, frame.times[0]!, frame.after ?? false);
    // "who is speaking at 2?": an hour from 1 to 7 before any item is the afternoon's, as people say it.
    if (items.length === 0 && frame.times[0]! < 8 * 60) items = itemsAtTime(knowledge, frame.times[0]! + 12 * 60, frame.after ?? false);
  }
  if (items.length === 0 && frame.after) items = itemsAfterMidday(knowledge);
  if (frame.itemCheck && items.length > 0 && items[0]!.item.start) {
    const indexed = items[0]!;
    const start = indexed.item.start!;
    const title = localText(event, indexed.item.title, lang).text;
    const end = itemEnd(event, indexed);
    const fact = m
      .itemAt(indexed.label, title, formatClock(start, lang, event.clock), end ? formatClock(end, lang, event.clock) : undefined)
      .replace(/^- /, '');
    return { text: frame.itemCheck.includes(minutesOf(start)) ? m.yes(fact) : m.no(fact), items: [indexed.label] };
  }
  if (items.length === 0) return frame.items && frame.items.length === 0 ? { text: m.noSuchItem(event.programme.length) } : undefined;
  const labels = items.map((indexed) => indexed.label);
  const lines: string[] = [];
  const missing: IndexedItem[] = [];
  let noPerson = false;
  for (const indexed of items) {
    const title = localText(event, indexed.item.title, lang).text;
    const by = indexed.item.by ? localText(event, indexed.item.by, lang).text : undefined;
    const start = indexed.item.start;
    const end = itemEnd(event, indexed);
    switch (frame.aspect) {
      case 'who':
        if (by) lines.push(m.itemBy(indexed.label, title, by));
        else missing.push(indexed);
        // "hvem fra kommunen byder velkommen?" of an item led by an organisation: no person is named.
        if (by && indexed.item.people.length === 0 && WHO_FROM.test(frame.clause)) noPerson = true;
        break;
      case 'when':
        if (start)
          lines.push(
            m.itemAt(indexed.label, title, formatClock(start, lang, event.clock), end ? formatClock(end, lang, event.clock) : undefined),
          );
        else missing.push(indexed);
        break;
      case 'end':
        if (end) lines.push(m.itemEnds(indexed.label, title, formatClock(end, lang, event.clock)));
        else missing.push(indexed);
        break;
      case 'duration':
        // An item that starts when the meeting ends ("15.00 Tak for i dag") has no length to tell.
        if (start && end && minutesOf(end) > minutesOf(start))
          lines.push(
            m.itemLasts(
              indexed.label,
              title,
              formatDuration(atTime(event, start), atTime(event, end), lang),
              formatClock(start, lang, event.clock),
              formatClock(end, lang, event.clock),
            ),
          );
        else missing.push(indexed);
        break;
      default:
        lines.push(
          m.item(
            indexed.label,
            title,
            by,
            timeRange(indexed.item, lang, event.clock),
            indexed.item.items.map((sub) => localText(event, sub.title, lang).text),
          ),
        );
    }
  }
  if (missing.length > 0) {
    const what = frame.aspect === 'who' ? 'who' : 'time';
    const text = m.itemNotStated(
      what,
      missing.map((indexed) => ({ label: indexed.label, title: localText(event, indexed.item.title, lang).text })),
      formatWhen(event, lang),
    );
    if (lines.length === 0) return { text, items: labels, notStated: true };
    lines.push(text);
  }
  if (noPerson) return { text: m.noPersonNamed(lines), items: labels, notStated: true };
  return { text: lines.join('\n'), items: labels };
}

/** The words after "who from" up to the verb: "who from vestby is speaking" → "vestby". */
const WHO_FROM_WORDS =
  /\b(?:hvem|who)\s+(?:\p{L}+\s+)?(?:fra|from)\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:is|are|will|does|do|er|skal|taler|holder|byder|speaks?|gives?|talks?|presents?|snakker|fortæller)\b/iu;

/** "who from …", "hvem fra …": a person of an organisation asked for. */
const WHO_FROM = /\b(hvem|who)\s+(?:\p{L}+\s+)?(fra|from)\s/iu;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** The items that come after the given ones: by time where the letter gives times, else by order. */
function itemsAfter(knowledge: EventKnowledge, named: IndexedItem[]): IndexedItem[] {
  const topLevel = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const lastIndex = Math.max(...named.map((indexed) => topLevel.findIndex((top) => top.item === indexed.parent)));
  return lastIndex >= 0 ? topLevel.slice(lastIndex + 1, lastIndex + 3) : [];
}

/** Items running at a time of day, or from then on. */
function itemsAtTime(knowledge: EventKnowledge, minutes: number, after: boolean): IndexedItem[] {
  const timed = knowledge.items.filter((indexed) => !indexed.label.includes('.') && indexed.item.start);
  if (after) {
    // From a time on: the item running then, and every later one.
    const running = timed.filter(
      (indexed, index) =>
        minutesOf(indexed.item.start!) <= minutes && (timed[index + 1] === undefined || minutesOf(timed[index + 1]!.item.start!) > minutes),
    );
    return [...running, ...timed.filter((indexed) => minutesOf(indexed.item.start!) > minutes)];
  }
  const at = timed.filter((indexed, index) => {
    const start = minutesOf(indexed.item.start!);
    const next = timed[index + 1]?.item.start;
    return start <= minutes && (next === undefined || minutesOf(next) > minutes);
  });
  return at;
}

/** "Efter frokost": the items after the item whose title names a meal or break around midday, else after noon. */
function itemsAfterMidday(knowledge: EventKnowledge): IndexedItem[] {
  const timed = knowledge.items.filter((indexed) => !indexed.label.includes('.') && indexed.item.start);
  const meal = timed.find((indexed) => [...indexed.titleStems].some((stem) => /^(frokost|lunch|middag|pause|break)/.test(stem)));
  const from = meal ? minutesOf(meal.item.start!) + 1 : 12 * 60;
  return timed.filter((indexed) => minutesOf(indexed.item.start!) >= from);
}

function timesPart(frame: Frame, context: AnswerContext): Part {
  const { event, lang, knowledge } = context;
  const m = messages(lang).answers;
  const start = formatTime(startOf(event), lang, event.clock);
  const end = event.endIsEstimate ? undefined : formatTime(endOf(event), lang, event.clock);
  const lines = [m.times(start, end)];
  const arrival = event.practical.arrival;
  if (arrival?.time) lines.push(m.practical('arrival', { ...arrival, time: formatClock(arrival.time, lang, event.clock) }) ?? '');
  const from = frame.times?.[0];
  const later =
    from !== undefined
      ? itemsAtTime(knowledge, from, true)
      : frame.items?.length
        ? itemsAfter(knowledge, frame.items)
        : frame.after
          ? itemsAfterMidday(knowledge)
          : [];
  if (later.length > 0) lines.push(m.itemsFrom(later.map((indexed) => itemLine(event, indexed.item, lang))));
  return { text: lines.filter(Boolean).join('\n') };
}

function peoplePart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const role = frame.topic === 'speakers' ? undefined : frame.topic;
  if (role) {
    const people = event.people.filter((person) => person.roles.includes(role as 'chair' | 'moderator' | 'host'));
    if (people.length > 0) {
      return {
        text: m.role(
          role as 'chair' | 'moderator' | 'host',
          people.map((p) => personLine(context, p.name)),
        ),
        // One person named: "and what is she doing?" asks about them.
        person: people.length === 1 ? people[0]!.name : undefined,
      };
    }
    if (role === 'host' && event.organisers.length > 0)
      return { text: m.organisers(event.organisers.map((o) => quote(context, o.name).text)) };
    // Someone whose title makes them a chair ("formand for …") is named with that title — never said to chair the meeting.
    const titled = event.people.filter(
      (person) => person.title && ROLE_TITLE[role as 'chair' | 'moderator' | 'host'].test(Object.values(person.title).join(' ')),
    );
    if (titled.length > 0)
      return {
        text: m.titledPeople(titled.map((p) => personLine(context, p.name))),
        notStated: role !== 'chair',
        person: titled.length === 1 ? titled[0]!.name : undefined,
      };
    // Not stated: say so, and who the letter does name at items — never promote them to chairing the meeting.
    const leading = event.programme.filter((item) => item.by);
    if (leading.length === 0) return undefined;
    return {
      text: m.roleNotStated(
        role as 'chair' | 'moderator' | 'host',
        leading.map((item) =>
          m.itemBy(String(item.number), localText(event, item.title, lang).text, localText(event, item.by!, lang).text),
        ),
      ),
      notStated: true,
    };
  }
  let led = event.programme.filter((item) => item.by);
  // "who from Vestby is speaking?": the items whose leader is of that place or organisation, when some are.
  const from = WHO_FROM_WORDS.exec(frame.clause)?.[1];
  const fromWords = from
    ? tokenize(from)
        .map((token) => token.folded)
        .filter((word) => word.length >= 3 && !EventKnowledge.isGeneric(word))
    : [];
  const ofThem = led.filter((item) =>
    fromWords.some((word) =>
      tokenize(Object.values(item.by!).join(' ')).some((token) => token.folded.startsWith(word.slice(0, Math.max(4, word.length - 2)))),
    ),
  );
  if (ofThem.length > 0) {
    led = ofThem;
    return {
      text: m.speakers(
        led.map((item) => m.itemBy(String(item.number), localText(event, item.title, lang).text, localText(event, item.by!, lang).text)),
      ),
      items: led.map((item) => String(item.number)),
    };
  }
  const speakers = event.people.filter((person) =>
    person.roles.some((r) => r === 'speaker' || r === 'moderator' || r === 'chair' || r === 'host'),
  );
  if (led.length === 0 && speakers.length === 0) return fromText(frame, context);
  const lines = led.map((item) =>
    m.itemBy(String(item.number), localText(event, item.title, lang).text, localText(event, item.by!, lang).text),
  );
  for (const person of speakers)
    if (!led.some((item) => item.people.includes(person.name))) lines.push(`- ${personLine(context, person.name)}`);
  return { text: m.speakers(lines), items: led.map((item) => String(item.number)) };
}

const ROLE_TITLE = {
  chair: /\b(formand|forkvinde|chair|chairman|chairperson|chairwoman|mødeleder)/i,
  moderator: /\b(ordstyrer|moderator|konferencier)/i,
  host: /\b(vært|host)/i,
};

function personLine(context: AnswerContext, name: string): string {
  const person = context.event.people.find((p) => p.name === name);
  if (!person) return name;
  const title = person.title ? quote(context, person.title).text : undefined;
  const organisation = person.organisation ? quote(context, person.organisation).text : undefined;
  return [
    person.name,
    title,
    organisation && !title?.toLowerCase().includes(organisation.toLowerCase()) && organisation.toLowerCase() !== title?.toLowerCase()
      ? organisation
      : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

function personPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const indexed = frame.person!;
  const person = indexed.person;
  const nameStems = new Set(tokenize(person.name).map((t) => stemWord(t.folded)));
  const items = context.knowledge.items.filter(
    (item) =>
      item.item.people.includes(person.name) ||
      (item.byStems.size > 0 && [...nameStems].filter((stem) => item.byStems.has(stem)).length >= Math.min(2, nameStems.size)),
  );
  const lines = items.map((item) => {
    const title = localText(event, item.item.title, lang).text;
    const start = item.item.start;
    const end = itemEnd(event, item);
    // "how long is her talk?": the item's length where the programme gives where it ends.
    if (frame.aspect === 'duration' && start && end && minutesOf(end) > minutesOf(start))
      return m.itemLasts(
        item.label,
        title,
        formatDuration(atTime(event, start), atTime(event, end), lang),
        formatClock(start, lang, event.clock),
        formatClock(end, lang, event.clock),
      );
    if (frame.aspect === 'end' && end) return m.itemEnds(item.label, title, formatClock(end, lang, event.clock));
    return frame.aspect === 'when' && item.item.start
      ? m.itemAt(item.label, title, formatClock(item.item.start, lang, event.clock), undefined)
      : m.itemLabel(item.label, title, timeRange(item.item, lang, event.clock));
  });
  // No item of theirs: the sentence of the letter that names them says what they do ("a short welcome by our chair, X").
  const said = lines.length === 0 && !frame.personContact ? sentenceNaming(context, person.name) : undefined;
  const details = [person.email, person.phone].filter(Boolean).join(', ');
  if (frame.personContact && !details)
    return { text: m.noContactDetails(personLine(context, person.name), whomToAsk(event, lang)), notStated: true, person: person.name };
  const contact = person.roles.includes('contact') || frame.personContact ? details : undefined;
  const text = m.person(personLine(context, person.name), frame.personContact ? [] : lines, contact || undefined);
  return {
    text: said ? `${text}\n${m.passage(said.text, said.other)}` : text,
    other: said?.other || undefined,
    person: person.name,
    items: items.map((item) => item.label),
  };
}

/** The one sentence of the letter's paragraphs that names a person by their full name, if only one does. */
function sentenceNaming(context: AnswerContext, name: string): { text: string; other: boolean } | undefined {
  const sentences = [...new Set(context.knowledge.passages.matching(new RegExp(escapeRegExp(name))))]
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .filter((sentence) => sentence.includes(name));
  if (sentences.length !== 1) return undefined;
  return { text: sentences[0]!.trim(), other: context.event.language !== context.lang };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** People the letter gives a role: by the role itself, else by a title that makes them one ("formand for …"). */
function peopleInRole(event: MeetingEvent, role: 'chair' | 'moderator' | 'host'): { people: MeetingEvent['people']; byTitle: boolean } {
  const people = event.people.filter((person) => person.roles.includes(role));
  if (people.length > 0) return { people, byTitle: false };
  const titled = event.people.filter((person) => person.title && ROLE_TITLE[role].test(Object.values(person.title).join(' ')));
  return { people: titled, byTitle: true };
}

/** "Is X the chair?": yes, or no and who is; nothing when the letter names no one in that role. */
function roleCheck(check: Extract<Check, { kind: 'role' }>, context: AnswerContext): Part | undefined {
  const m = messages(context.lang).answers;
  const { people, byTitle } = peopleInRole(context.event, check.role);
  if (people.length === 0) return undefined;
  const lines = people.map((p) => personLine(context, p.name));
  const fact = byTitle ? m.titledPeople(lines) : m.role(check.role, lines);
  const holds = people.some((p) => p.name === check.person);
  return { text: m.roleCheck(holds, fact), person: people.length === 1 ? people[0]!.name : check.person };
}

/** A yes/no question naming a fact: confirmed, or corrected from the event and the bot's clock. */
function answerCheck(check: Check, context: AnswerContext): Part | undefined {
  const { event, lang, now } = context;
  const m = messages(lang).answers;
  const start = startOf(event);
  const when = formatWhen(event, lang);
  switch (check.kind) {
    case 'role':
      return roleCheck(check, context);
    case 'place': {
      if (event.venue.notStated) return undefined;
      const where = wherePart(context)?.text ?? '';
      const known = new Set([...context.knowledge.placeWords, ...context.knowledge.titleStems]);
      const matches = check.words.some(
        (word) =>
          known.has(word) ||
          known.has(stemWord(word)) ||
          [...known].some((place) => place.length >= 4 && (place.startsWith(word) || word.startsWith(place))),
      );
      // "Storegade 7" when it is Storegade 5, "lok 114" when it is lok. 112: the street or room is right, the number is not.
      const street = event.venue.address?.street ?? '';
      const number = /\d+[a-z]?/i.exec(street)?.[0];
      const room = event.venue.room ? foldWord(quote(context, event.venue.room).text.toLowerCase()) : '';
      const roomNumbers: string[] = room.match(/\d+[a-z]?/g) ?? [];
      const wrongRoom = (check.numbered ?? []).some(
        ({ word, number: asked }) => roomNumbers.length > 0 && room.includes(word) && !roomNumbers.includes(asked),
      );
      const wrongNumber =
        wrongRoom ||
        (number !== undefined &&
          check.numbers.length > 0 &&
          !check.numbers.includes(number) &&
          check.words.some((word) => foldWord(street.toLowerCase()).includes(word)));
      return { text: matches && !wrongNumber ? m.yes(where) : m.no(where) };
    }
    case 'time': {
      const target = check.of === 'end' ? (event.endIsEstimate ? undefined : endOf(event)) : start;
      if (!target) return undefined;
      const minutes = target.hour * 60 + target.minute;
      const fact =
        check.of === 'end'
          ? m.end(formatTime(target, lang, event.clock), formatDate(target, lang))
          : m.when(when, formatRelative(event, now, lang), meetingState(event, now));
      if (check.minutes.length > 1) return { text: m.which(fact) };
      return { text: check.minutes[0] === minutes ? m.yes(fact) : m.no(fact) };
    }
    case 'date': {
      const matches = check.dates.some(
        (date) =>
          date.day === start.day &&
          (date.month === undefined || date.month === start.month) &&
          (date.year === undefined || date.year === start.year),
      );
      const fact = m.when(when, formatRelative(event, now, lang), meetingState(event, now));
      return { text: check.dates.length > 1 ? m.which(fact) : matches ? m.yes(fact) : m.no(fact) };
    }
    case 'weekday': {
      const fact = m.weekday(formatWeekday(start, lang), when);
      return { text: check.weekdays.length > 1 ? m.which(fact) : check.weekdays.includes(start.weekday) ? m.yes(fact) : m.no(fact) };
    }
    case 'amount': {
      const fact = context.event.practical.price;
      if (!fact) return undefined;
      const texts = [fact.text.da, fact.text.en].filter((text): text is string => Boolean(text)).join(' ');
      const stated = amountsIn(texts);
      const free = /\b(gratis|free|uden beregning|no charge|intet gebyr)\b/i.test(texts);
      const said = quote(context, fact.text);
      const sentence = m.letterSays(said.text, said.other ? event.language : undefined);
      // The price itself confirms; another amount of the text (a members' or students' price) depends on who asks.
      const main = fact.amount ?? (stated.length === 1 ? stated[0] : undefined);
      if (main !== undefined && check.amounts.includes(main)) return { text: m.yes(sentence), other: said.other };
      if (check.amounts.some((amount) => stated.includes(amount))) return { text: m.which(sentence), other: said.other };
      if (stated.length > 0 || free || fact.free) return { text: m.no(sentence), other: said.other };
      return undefined;
    }
    case 'relative': {
      const today = now.setZone(event.timeZone).startOf('day');
      const day = start.startOf('day');
      const offset = Math.round(day.diff(today, 'days').days);
      const matches = check.days.some((relative) => {
        switch (relative) {
          case 'today':
          case 'tonight':
            return offset === 0;
          case 'tomorrow':
            return offset === 1;
          case 'dayAfterTomorrow':
            return offset === 2;
          case 'yesterday':
            return offset === -1;
          case 'thisWeek':
            return start.weekNumber === today.weekNumber && start.weekYear === today.weekYear;
          case 'nextWeek':
            return start.weekNumber === today.plus({ weeks: 1 }).weekNumber && start.weekYear === today.plus({ weeks: 1 }).weekYear;
        }
      });
      const fact = m.when(when, formatRelative(event, now, lang), meetingState(event, now));
      return { text: matches ? m.yes(fact) : m.no(fact) };
    }
  }
}
