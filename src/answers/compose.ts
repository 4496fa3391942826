import {
  endOf,
  formatDate,
  formatDuration,
  formatPlainDate,
  formatRelative,
  formatTime,
  formatWeekday,
  formatWhen,
  meetingState,
  startOf,
  titleOf,
} from '../event/format';
import type { Localized, MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import type { FollowUpContext, Frame, Topic } from '../understanding/frame';
import { countsOne } from '../understanding/followUpSwap';
import { numericDatesSaid } from './numericDates';
import { contactsAbout, reachableSigners, whomToAsk } from './contact';
import { contactSentencePart, detailsNearNamePart } from './detailsNearName';
import { type AnswerContext, type Part, quote, withOther, faqPart, wherePart } from './parts';
import { PRACTICAL } from './topics';
import { coveredOrNot } from './coverage';
import { coveringPart } from './coveringSentence';
import { whoPart } from './whoPart';
import { venueAddressPart } from './placeAddress';
import { entrancePart } from './entrance';
import { saidByPart, unlessSaidOtherwise } from './saidBy';
import { fromText, practicalPart, paragraphNaming } from './practical';
import { bringPart, signUpOpenPart, signUpAnswer, deadlineAnswer, capacityPart, withCancelWay } from './signUp';
import { programmeText, itemsPart, timesPart, programmeBegins } from './programme';
import { forwarderPart } from './forwarder';
import { namedContactPart, taskPersonPart } from './taskPerson';
import { signatories, otherNamePart, peoplePart, personPart, roleCheck, senderPart } from './people';
import { answerCheck } from './checks';
import { dayPart } from './days';
import { answersOtherPart, partScopedPart } from './partScoped';
import { sessionPart } from './sessions';
import { partQuantityPart } from './partQuantity';
import { datesInOwnLanguage, floorsInOwnLanguage } from './dateGloss';
import { payingPart, thingPricePart } from './thingPrice';
import { namedKindPart } from './namedKind';
import { featureUnsaid, namedThingPart } from './namedThing';
import { extractEntities } from '../understanding/entities';
import { WHY_ASKED } from '../understanding/lexicon/words';
import { reasonOf } from './reason';
import { thingNotDefined } from './definition';

/**
 * Composes the answer to a question: each clause's frame answered by the module for its kind (see the imports), the
 * parts the invitation does not cover said plainly, and what to remember for follow-ups.
 */

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

/** A regret said, not a question of how to send it: "vi kan desværre ikke komme", "i cant make it that evening". */
const REGRET_SAID =
  /(?<!\p{L})(?:kan|kommer) (?:\p{L}+ )?ikke (?:komme|deltage)|(?:can[’']? ?t|cannot|won[’']? ?t) (?:come|make it|attend|be there)|forhindret|unable to/iu;

/** Cancelling named as what is asked: "how do I cancel", "hvordan melder jeg afbud", "afmelde". */
const CANCEL_NAMED = /(?<!\p{L})(cancel\p{L}*|afbud\p{L}*|afmeld\p{L}*|framel\p{L}*|melde? (?:mig |os |sig )?fra)(?!\p{L})/iu;

/** Topics that are no thing of the letter a follow-up "by when?" could ask of. */
const NOT_THINGS = new Set<Topic>([
  'when',
  'end',
  'duration',
  'weekday',
  'where',
  'items',
  'person',
  'times',
  'deadline',
  'signUpOpen',
  'signUp',
]);

/** Turns the frames of a question into one answer: each part answered from the event, the rest said plainly. */
export function composeAnswer(frames: Frame[], context: AnswerContext): Answer {
  const { lang, event } = context;
  const m = messages(lang).answers;
  const parts: Part[] = [];
  const unknown: Frame[] = [];
  for (const frame of frames) {
    // "hvem underviser dag 2", "når er modul 2": the sentences of that part of the letter, where they answer it.
    const scoped = frame.partByDate ? undefined : partScopedPart(frame, context);
    if (scoped) {
      if (!parts.some((other) => other.text === scoped.text)) parts.push(scoped);
      continue;
    }
    // "how long is the walk", "hvor lang tid har hver kandidat": the part's own quantity as the letter gives it,
    // never the meeting's length; nothing when the letter names the part but gives none.
    const quantity = frame.check || frame.day !== undefined ? undefined : partQuantityPart(frame, context);
    if (quantity === 'notStated') {
      unknown.push(frame);
      continue;
    }
    // "does the course centre have a pool": a feature the letter never names is not stated, whatever it says of the centre.
    const feature = frame.check ? undefined : featureUnsaid(frame, context);
    if (feature) {
      unknown.push({ ...frame, foreign: [feature, ...frame.foreign.filter((word) => word !== feature)] });
      continue;
    }
    // What a particular thing costs (a meal, a night at the hotel, the fee for students), or a discount: the letter's
    // sentence that ties an amount to it is the answer, whatever other words it lacks.
    const typed =
      quantity ??
      // "who forwarded this?", "when did Eva send it?": the forwarding mail's header and note.
      forwarderPart(frame, context) ??
      // "who takes the sign-ups?": the person the letter names for that task, with their own phone or e-mail.
      taskPersonPart(frame, context) ??
      // "what is proposal B about", "where can I see all the stands", "how many stands": the sentence naming that thing.
      namedThingPart(frame, context) ??
      // "which hospital", "hvilket busselskab", "case number?": the name or code the letter writes beside the kind.
      (frame.check ? undefined : namedKindPart(frame, context)) ??
      thingPricePart(frame, context) ??
      payingPart(frame, context) ??
      otherNamePart(frame, context) ??
      unlessSaidOtherwise(frame, coveredOrNot(frame, answerFrame(frame, context), context), context);
    // Nothing typed answers it: a sentence of the letter that covers the whole question may.
    // Of who: the one sentence that speaks of it and names someone, with the list it introduces.
    // Nor that: the paragraph that says its thing by the letter's own words ("rundstykker" for breakfast).
    const found =
      !typed || typed.notStated ? (whoPart(frame, context) ?? coveringPart(frame, context) ?? saidByPart(frame, context) ?? typed) : typed;
    // "hvad er MNA" of a line that only names it: not explained, though named there.
    const undefinedThing = found && !found.notStated ? thingNotDefined(frame, found.text) : undefined;
    const part = undefinedThing ? { ...found!, text: m.notDefined(undefinedThing, found!.text), notStated: true, nearest: true } : found;
    // The answer of another part than the one asked of ("modul 2" for "modul 3", the first day's breakfast for day 2)
    // is none.
    if (frame.part && (!part || answersOtherPart(part.text, frame, context))) {
      // A day named by its date ("who is teaching on 4/5"): that day's sentences, where nothing else answered it.
      const ofDay = frame.partByDate ? partScopedPart(frame, context) : undefined;
      if (ofDay) parts.push(ofDay);
      else unknown.push(frame);
    } else if (!part) unknown.push(frame);
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
  const quotedParts = parts.filter((part) => part.quoted);
  if (quotedParts.length === 1 && parts.length === 1) memory.quoted = quotedParts[0]!.quoted;
  const fromPassage = frames.find((frame) => !frame.topic && frame.passage);
  if (fromPassage) memory.passageQuestion = fromPassage.clause;
  const partAsked = frames.find((frame) => frame.part && !frame.partByDate)?.part;
  if (partAsked) memory.part = partAsked;
  const session = frames.find((frame) => frame.session !== undefined)?.session;
  if (session !== undefined) memory.session = session;
  // A question of one clause about a thing no typed fact answers, answered or not: "by when?" may follow it.
  // A practical matter answered by its fact ("can I vote online?") is such a thing too; the meeting's own time and
  // place, items and people are not.
  // Of "I can't make it to X, can I vote online?" the clause asked.
  const asked = frames.filter((frame) => frame.question);
  const thing = asked.length === 1 && !asked[0]!.check && !asked[0]!.elsewhere ? asked[0]! : undefined;
  if (thing?.question && (!thing.topic || !NOT_THINGS.has(thing.topic))) memory.thingQuestion = thing.clause;
  if (thing && countsOne(thing.clause)) memory.counted = thing.clause;
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
  // A date or a floor quoted in the letter's language is also written as the asker's language writes it ("1. marts",
  // 1 March; "2. sal", 2nd floor).
  const texts = parts.map((part) => {
    // A floor is glossed even in a part not marked as quoted: a room's name keeps the letter's words ("Salen, 2. sal").
    const dates = [...(part.other ? datesInOwnLanguage(part.text, lang) : []), ...floorsInOwnLanguage(part.text, lang)];
    const glossed = dates.length > 0 ? `${part.text}\n${m.datesInOwnLanguage(dates)}` : part.text;
    // A date the letter writes in figures ("senest fredag 12/3") is said in full.
    const numeric = numericDatesSaid(part.text, event, lang);
    return numeric ? `${glossed}\n${numeric}` : glossed;
  });
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

function answerFrame(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  // A role no one is said to have: say so, with who leads the items.
  if (frame.check?.kind === 'role') return roleCheck(frame.check, context) ?? peoplePart({ ...frame, check: undefined }, context);
  // Alternative dates: when, where and the deadline of each, and checks of a date against every one of them.
  const session = event.sessions.length > 0 ? sessionPart(frame, context) : undefined;
  if (session) return session;
  if (frame.check) return answerCheck(frame.check, context);
  if (frame.day !== undefined) return dayPart(frame, context);
  switch (frame.topic) {
    case undefined:
      if (frame.faq) return faqPart(frame, context);
      if (frame.passage) {
        const part = { text: m.passage(frame.passage.text, event.language !== lang), other: event.language !== lang };
        // "names to be announced": what the letter says, the names themselves not yet.
        return frame.namedLater ? { ...part, notStated: true, nearest: true } : part;
      }
      // When of a thing no sentence gives a time for: not stated, not the paragraph that merely names it.
      if (frame.whenOf) return undefined;
      // "får vi slides?": the one paragraph that names what was asked about.
      return frame.foreign.length > 0 ? paragraphNaming(context, frame.foreign) : undefined;
    case 'when': {
      const text = m.when(formatWhen(event, lang), formatRelative(event, context.now, lang), meetingState(event, context.now));
      if (event.timeNotStated) return { text: `${text} ${m.noTimeStated}`, notStated: true, nearest: true };
      const begins = programmeBegins(context);
      return { text: begins ? `${text}\n${begins}` : text };
    }
    case 'end':
      if (event.endIsEstimate) return openEndPart(context);
      return { text: m.end(formatTime(endOf(event), lang, event.clock), formatDate(endOf(event), lang)) };
    case 'duration':
      if (event.endIsEstimate) return event.days.length > 0 ? undefined : openEndPart(context);
      // Several days, perhaps weeks apart: each day with its times, not the hours from the first to the last.
      if (event.days.length > 0)
        return { text: m.when(formatWhen(event, lang), formatRelative(event, context.now, lang), meetingState(event, context.now)) };
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
      return venueAddressPart(frame, context) ?? wherePart(context);
    case 'postalCode':
      return event.venue.address?.postalCode
        ? { text: m.postalCode(event.venue.address.postalCode, event.venue.address.city ?? '') }
        : fromText(frame, context);
    case 'city':
      return event.venue.address?.city
        ? { text: m.city(event.venue.address.city, wherePart(context)?.text ?? '') }
        : fromText(frame, context);
    case 'room': {
      // "hvilken indgang?": the sentence naming the entrance, not the room.
      const entrance = entrancePart(frame, context);
      if (entrance) return entrance;
      if (event.venue.room) return withOther(quote(context, event.venue.room), m.room);
      // "lokale" is also "local" in Danish: only a paragraph that names a room as rooms are named.
      // A paragraph that gives a programme item its own room ("Workshop A … Lokale: Ege") is not where the meeting is.
      const itemRooms = context.knowledge.items.flatMap((indexed) => (indexed.item.room ? Object.values(indexed.item.room) : []));
      const [paragraph] = context.knowledge.passages
        .matching(ROOM_NAMED)
        .filter((text) => !itemRooms.some((room) => room && text.includes(room.split(' (')[0]!)));
      if (paragraph) return { text: m.passage(paragraph, event.language !== lang), other: event.language !== lang };
      return frame.faq ? faqPart(frame, context) : undefined;
    }
    case 'programme':
      if (event.programme.length === 0) {
        // A letter without a programme says in prose what happens ("På mødet gennemgår vi …"): its focus or purpose.
        const texts = [event.focus, event.purpose].filter((t): t is Localized => t !== undefined).map((t) => quote(context, t));
        if (texts.length > 0 && !frame.faq) return { text: m.purpose(texts.map((t) => t.text)), other: texts.some((t) => t.other) };
        const said = fromText(frame, context);
        if (said || frame.faq) return said;
        // Nor that: the paragraph that names the meeting by its title ("… inviterer til kaffemøde, hvor vi fortæller …").
        const about = aboutParagraph(context);
        return about ? { text: m.passage(about, event.language !== lang), other: event.language !== lang } : undefined;
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
      // "hvorfor holder I mødet", "why should I come": the letter's reason for inviting, as its prose says it.
      const reason = WHY_ASKED.test(frame.clause) ? reasonOf(event) : undefined;
      if (reason && !event.purpose) return { text: m.passage(reason, event.language !== lang), other: event.language !== lang };
      const texts = [event.purpose, event.focus].filter((t): t is Localized => t !== undefined).map((t) => quote(context, t));
      if (texts.length === 0) {
        const about = aboutParagraph(context);
        if (about) return { text: m.passage(about, event.language !== lang), other: event.language !== lang };
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
    case 'signUp':
      return signUpAnswer(frame, context);
    case 'deadline':
      return deadlineAnswer(context);
    case 'signUpOpen':
      return signUpOpenPart(context);
    case 'bring':
      return bringPart(context) ?? fromText(frame, context);
    case 'capacity':
      return capacityPart(frame, context);
    case 'contact': {
      // "her number?" of someone the last answer named for a task: their details beside their name in the letter.
      const ofNamed = frame.contactOf ? namedContactPart(frame.contactOf, frame, context) : undefined;
      if (ofNamed) return ofNamed;
      // "whats karstens number?": a detail the letter gives right after that first name or role word.
      const near = detailsNearNamePart(frame, context);
      if (near) return near;
      const named = event.people.some((person) => person.roles.includes('contact'));
      // No contact named, but whoever signed gives an e-mail or phone: that is whom to ask.
      const reachable = named ? [] : reachableSigners(event, lang);
      if (reachable.length > 0)
        return {
          text: m.signerToContact(reachable),
          notStated: true,
          nearest: true,
          person: reachable.length === 1 ? reachable[0]!.name : undefined,
        };
      const signed = signatories(context);
      const about = frame.contactAbout ? contactsAbout(event, frame.contactAbout) : undefined;
      // "hvem skal jeg melde afbud til?": the letter's sentence about that which says whom, with their phone or e-mail.
      const sentence = about ? undefined : contactSentencePart(frame, context);
      if (sentence) return sentence;
      return named
        ? { text: m.contact(whomToAsk(event, lang, about)) }
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
    case 'sender':
      return senderPart(frame, context);
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
      // "kan man deltage online?" of a letter whose online paragraph is of another thing on another day ("Join our Q&A
      // on Teams on 6 April"): it does not say the meeting itself can be followed online.
      if (TAKING_PART.test(frame.clause) && event.practical.online && onOtherDay(event.practical.online.text, event)) return undefined;
      return practicalPart('online', frame, context);
    case 'cancellation': {
      const part = practicalPart('cancellation', frame, context);
      if (part && !part.notStated) return withCancelWay(part, context);
      // "jeg kan ikke komme" to a letter silent on regrets: what it offers those who cannot come (stream, recording).
      // "how do I cancel if I can't make it" asks how to cancel: what is offered from afar does not say it.
      const afar = REGRET_SAID.test(frame.clause) && !CANCEL_NAMED.test(frame.clause) ? practicalPart('online', frame, context) : undefined;
      return afar && !afar.notStated ? afar : part;
    }
    default:
      if (PRACTICAL.has(frame.topic)) return practicalPart(frame.topic, frame, context);
      return undefined;
  }
}

/** What the letter does not say, with the nearest thing it does say; counted as not stated. */
/**
 * "fra kl. 12.30 til vi bliver smidt ud", "from 7 pm until late": the letter gives the start and an end in words, not a
 * time. The bot states no end of its own; it quotes the letter's words.
 */
function openEndPart(context: AnswerContext): Part | undefined {
  const { event } = context;
  const [hour, minute] = event.start.slice(11, 16).split(':').map(Number) as [number, number];
  const time = minute === 0 ? `0?${hour}(?:[.:]00)?` : `0?${hour}[.:]${String(minute).padStart(2, '0')}`;
  // The start time, then "til"/"until"/"to" and a word that is no time ("til vi bliver smidt ud", "until late").
  const open = new RegExp(`(?<![\\d.:])${time}(?![\\d])\\s*(?:til|indtil|until|till|to)\\s+(?!kl\\.?\\s*\\d|\\d)\\p{L}`, 'iu');
  // The line of the letter that says it ("HVORNÅR: fredag …, fra kl. 12.30 til …"), not its whole paragraph.
  const found = event.text.split('\n').filter((line) => open.test(line));
  if (found.length !== 1 || found[0]!.length > 300) return undefined;
  const other = event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found[0]!.replace(/^[\s#*>-]+|\*+/g, '').trim(), other), other };
}

function notStatedThen(topic: Topic, fact: Part | undefined, context: AnswerContext): Part | undefined {
  if (!fact) return undefined;
  const m = messages(context.lang).answers;
  const label = (m.topicLabels as Partial<Record<string, string>>)[topic] ?? topic;
  return { ...fact, text: m.notStatedThen(label, fact.text), notStated: true, nearest: true };
}

/** A room as letters name one: "mødelokale 3", "lokale 2.14", "Sal A", "1. sal", "room 204", "the Main Hall". */
const ROOM_NAMED =
  /\b(mødelokale\w*|lokale\s+\d[\w.]*|sal\s+[A-ZÆØÅ0-9]\w*|salen\b|\d+\.\s*sal|\d+\.\s*etage|room\s+[A-Z0-9]\w*|\w+\s+hall\b|floor\s+\d|\d+(st|nd|rd|th)\s+floor)/u;

/**
 * The paragraph that says what the meeting is about, for a letter with no purpose or focus of its own: letters say it
 * near their title, so the paragraph that best matches the title, else (a short letter, where every word is in every
 * paragraph and none scores) the first paragraph that names most of the title's words. Never the title line alone.
 */
const MAIL_HEADER = /^(emne|subject|fra|from|til|to|sendt|sent|dato|date|cc)\s*:/i;

function aboutParagraph(context: AnswerContext): string | undefined {
  const { event } = context;
  const title = titleOf(event, event.language);
  const bare = (text: string) => foldWord(text.toLowerCase()).replace(/[^a-z0-9]/g, '');
  // A mail's header line ("Emne: Invitation: …") only repeats the title.
  const isTitle = (text: string) => bare(text) === bare(title) || MAIL_HEADER.test(text);
  const passages = context.knowledge.passages;
  const found = passages.search(title, { minTerms: 1, except: isTitle });
  if (found) return found.text;
  const stems = tokenize(title)
    .map((token) => stemWord(token.folded))
    .filter((stem) => stem.length >= 4);
  if (stems.length === 0) return undefined;
  const most = passages.containingMostStems(stems);
  return most.count > 0 ? most.texts.find((text) => !isTitle(text)) : undefined;
}

/** Taking part in the meeting itself: "deltage", "attend", "join", "participate", "være med", "følge med". */
const TAKING_PART =
  /(?<!\p{L})(deltag\p{L}*|attend\p{L}*|participat\p{L}*|join|joine|take part|være med|vaere med|følge med|folge med|følge mødet|follow)(?!\p{L})/iu;

/** Whether a text gives a date, every date it gives being none of the meeting's own days or dates. */
function onOtherDay(text: Localized, event: MeetingEvent): boolean {
  const own = [event.start, ...event.days.map((day) => day.date), ...event.sessions.map((session) => session.start)].map((iso) => ({
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  }));
  const dates = Object.values(text)
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => extractEntities(value).dates)
    .filter((date) => date.month !== undefined);
  return dates.length > 0 && dates.every((date) => !own.some((day) => day.day === date.day && day.month === date.month));
}
