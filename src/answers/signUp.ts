import { atTime, formatDate, formatTime, formatWhen, localText } from '../event/format';
import { perEvent } from '../event/memo';
import type { EventLang as Lang, MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import { signUpWindow } from '../event/window';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { sentencesOfLine, splitSentences, tokenize } from '../understanding/normalize';
import { matchPhrases } from '../understanding/phrases';
import type { Frame } from '../understanding/frame';
import { type AnswerContext, type Part, quote, withOther } from './parts';
import { mentions } from './coverage';
import { letterDeadlineSentence } from './letterDeadline';
import { fromText } from './practical';
import { asksReplyTo } from '../understanding/replyTo';
import { passageSentences } from '../understanding/passageSentences';

/**
 * Answers about signing up: how, by when, whether it is still open, what to bring and how many can come, with the
 * letter's own sign-up sentences where they add to the typed facts.
 */

/** Subjects whose words the sign-up paragraph shares: a sentence about one of them belongs to the sign-up answers. */
export const SIGN_UP_FAMILY = new Set<string>(['signUp', 'deadline', 'signUpOpen']);
/** Subjects a sign-up sentence names on the way ("svar på denne mail", "ring"): how to sign up, not another topic. */
const SIGN_UP_WAYS = new Set<string>([...SIGN_UP_FAMILY, 'contact']);
export const DEADLINE_ONLY = new Set<string>(['deadline']);
export const CAPACITY_ONLY = new Set<string>(['capacity']);
/** Links, e-mail addresses, phone numbers, dates and times: what the typed sign-up facts already give. */
const TYPED_BITS = /\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*|\+?\d[\d\s.:/-]*\d|\d/gi;

/**
 * The letter's own sign-up sentences about these subjects (by the lexicon's cue words) that say more than a link, an
 * address, a number or a date: "Acceptér kalenderinvitationen …", "Tilmeldingen er bindende efter fristen",
 * "Ved overbooking kommer du på venteliste". A sentence that is about another subject too (travel, food) is left
 * to that subject's answer.
 */
export function signUpSentences(context: AnswerContext, subjects: ReadonlySet<string>): string[] {
  return readSignUpSentences(context.event, context.lang)
    .filter(({ tags, more }) => {
      if (![...tags].some((tag) => subjects.has(tag)) || [...tags].some((tag) => !subjects.has(tag) && !SIGN_UP_WAYS.has(tag)))
        return false;
      return more;
    })
    .map(({ sentence }) => sentence);
}

const sentencesRead = perEvent<Array<{ sentence: string; tags: ReadonlySet<string>; more: boolean }>>();

/**
 * The sign-up text's sentences in a language with the subjects their cue words name (the meeting aside), and whether
 * they say something besides those words ("bindende", "kalenderinvitationen", "venteliste"): read once per event,
 * not for every sign-up answer.
 */
function readSignUpSentences(event: MeetingEvent, lang: Lang) {
  return sentencesRead(event, lang, () => {
    const text = event.registration?.text;
    if (!text) return [];
    return sentencesOfLine(localText(event, text, lang).text).map((sentence) => {
      const tokens = tokenize(sentence.replace(TYPED_BITS, ' '));
      const forms = tokens.map((token) => ({ folded: token.folded, forms: [token.folded], isNumber: false }));
      const matches = matchPhrases(LEXICON.subjects, forms);
      const tags = new Set(matches.map((match) => match.tag as string));
      tags.delete('meeting');
      const cues = new Set(matches.flatMap((match) => tokens.slice(match.start, match.end).map((token) => token.folded)));
      const more = tokens.some((token) => token.folded.length >= 4 && !EventKnowledge.isGeneric(token.folded) && !cues.has(token.folded));
      return { sentence, tags, more };
    });
  });
}

/** The typed answer with the letter's sign-up sentences that add to it, quoted. */
export function withSignUpSentences(part: Part, context: AnswerContext, subjects: ReadonlySet<string>): Part {
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
export function wayNotGiven(frame: Frame, context: AnswerContext): string | undefined {
  const registration = context.event.registration;
  if (!registration) return undefined;
  const said = [registration.text?.da, registration.text?.en].filter(Boolean).join(' ');
  for (const token of tokenize(frame.clause)) {
    const way = SIGN_UP_WAYS_ASKED.find(([, word]) => word.test(token.folded));
    if (way && !registration[way[0]] && !mentions(said, token.folded)) return token.raw;
  }
  return undefined;
}

/** A sentence that tells how or by when to sign up for a part: "Register by 1 February: example.org/one". */
const PART_SIGN_UP =
  /(?<!\p{L})(?:regist\p{L}*|sign(?:-|\s)?up|tilmeld\p{L}*|tilmelding\p{L}*)(?!\p{L})[^\n]*?(?:\d|https?:\/\/|www\.|\p{L}\.\p{L}{2,}\/)/iu;

/**
 * A series whose parts each have their own sign-up (a link or a deadline in each part's own lines), when the letter
 * gives no one way for the whole: each part's title and its sign-up sentence. Only with two such parts or more.
 */
function perPartSignUp(context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const registration = event.registration;
  if (!registration || registration.url || registration.email || registration.phone || registration.deadline) return undefined;
  const lines: string[] = [];
  let other = false;
  for (const item of event.programme) {
    if (!item.description) continue;
    const said = quote(context, item.description);
    const sentence = splitSentences(said.text).find((one) => PART_SIGN_UP.test(one));
    if (!sentence) continue;
    const title = quote(context, item.title);
    other ||= said.other || title.other;
    lines.push(`- ${title.text}: ${sentence}`);
  }
  if (lines.length < 2) return undefined;
  const m = messages(lang).answers;
  const chat = registration.chat ? [m.signUpInChat] : [];
  return { text: [m.signUpPerPart(other ? event.language : undefined), ...lines, ...chat].join('\n'), other };
}

export function signUpPart(context: AnswerContext): Part | undefined {
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
  const perPart = perPartSignUp(context);
  if (perPart) return perPart;
  // "sms til Eva Holm på …": whose number or address it is, when the letter names them.
  const owner = event.people.filter(
    (person) => (registration.email && person.email === registration.email) || (registration.phone && person.phone === registration.phone),
  );
  const lines = [
    m.signUpWays({
      url: registration.url,
      email: registration.email,
      phone: registration.phone,
      owner: owner.length === 1 ? owner[0]!.name : undefined,
    }),
  ];
  if (registration.deadline) lines.push(m.deadline(formatDeadline(context), false));
  if (registration.chat) lines.push(m.signUpInChat);
  return { text: lines.filter(Boolean).join('\n') };
}

/**
 * A sentence that tells invitees to bring something: "Medbring …", "Bring: a laptop", "Please bring …", "Tag jeres
 * ønsker med", "Husk: badetøj", "husk at have …" — not "velkommen til at tage en kollega med" (who may come) nor
 * "husk at oplyse EAN-nummer" (a reminder of something else). A heading ("WHAT TO BRING", "Hvad skal I have med") too.
 */
const BRING =
  /\bwhat to bring\b|\bhvad (?:skal|kan) (?:du|i|man) (?:have|ha|tage) med\b|\bmedbring\w*|(?:,\s*men|\bbut)\s+(?:tag|bring)\s[^.!?\n]{0,40}\bmed\b|(?:^|[.!?*•–-]\s*|\b(?:please|remember to|don'?t forget to|husk at)\s+)bring\b|(?:^|[.!?•–-]\s*)tag\s[^.!?\n]{0,60}\bmed\b|\bhusk\b\s*(?::|at\s+(?:have|tage|medbringe)\b)/i;

/** "Hvad skal vi have med?": the letter's own words about what to bring (a paragraph, not a whole programme), else nothing. */
export function bringPart(context: AnswerContext): Part | undefined {
  const bulleted = context.knowledge.passages.matching(BRING).filter((text) => text.length <= 600);
  // A heading ("WHAT TO BRING") over its list is quoted with the list, which the search holds bullet by bullet.
  const found =
    bulleted.length > 0
      ? bulleted
      : context.event.passages.map((passage) => passage.text).filter((text) => text.length >= 30 && text.length <= 600 && BRING.test(text));
  // A heading of its own ("Hvad skal du have med?") over its list: the list after it.
  if (found.length === 0) found.push(...listsUnderBringHeading(context));
  if (found.length === 0) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found.slice(0, 2).join(' … '), other), other };
}

/** The paragraphs right after a short heading that asks or says what to bring. */
function listsUnderBringHeading(context: AnswerContext): string[] {
  const passages = context.event.passages.map((passage) => passage.text.trim());
  return passages.filter((text, i) => i > 0 && text.length <= 600 && passages[i - 1]!.length < 40 && BRING.test(passages[i - 1]!));
}

/** "Kan jeg stadig nå at tilmelde mig?": open or not, and how. */
export function signUpOpenPart(context: AnswerContext): Part | undefined {
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

/** The sign-up deadline as a date and time of the meeting's zone, when the letter gives one. */
export function deadlineDate(context: AnswerContext): ReturnType<typeof atTime> | undefined {
  const deadline = context.event.registration?.deadline;
  return deadline ? atTime(context.event, deadline.slice(11), deadline.slice(0, 10)) : undefined;
}

/** A deadline (the sign-up's, unless another is given): its date, and its time where the letter gives one. */
export function formatDeadline(context: AnswerContext, deadline: string = context.event.registration!.deadline!): string {
  const date = atTime(context.event, deadline.slice(11), deadline.slice(0, 10));
  return deadline.endsWith('T23:59')
    ? formatDate(date, context.lang)
    : `${formatDate(date, context.lang)} ${formatTime(date, context.lang, context.event.clock)}`;
}

export function deadlinePart(context: AnswerContext): Part | undefined {
  const { event, now, lang } = context;
  const m = messages(lang).answers;
  if (!event.registration) return undefined;
  // "Not necessary, but sign up for the table discussions by 14 September": the letter's own deadline, in its words.
  const said = event.registration.text && event.registration.deadline ? quote(context, event.registration.text).text : undefined;
  if (!event.registration.required) return { text: m.signUpNotRequired(said) };
  const window = signUpWindow(event, now);
  if (event.registration.deadline) {
    const deadline = m.deadline(formatDeadline(context), !window.open);
    const official = letterDeadlineSentence(event);
    const text = official ? `${deadline}\n${m.letterDeadline(official, event.language !== lang)}` : deadline;
    return { text: window.open && event.registration.chat ? `${text}\n${m.signUpInChat}` : text };
  }
  if (!window.open) return { text: m.signUpClosed(window.reason, formatWhen(event, lang)) };
  const perPart = perPartSignUp(context);
  if (perPart) return perPart;
  // "Registration closes 24 hours before each session": a deadline counted back from the meeting, in the letter's words.
  const before = [...new Set(context.knowledge.passages.matching(CLOSES_BEFORE).flatMap((text) => splitSentences(text)))].filter(
    (sentence) => CLOSES_BEFORE.test(sentence),
  );
  if (before.length === 1) return { text: m.passage(before[0]!, event.language !== lang), other: event.language !== lang };
  return { text: m.noDeadline(formatWhen(event, lang)), notStated: true };
}

/** Sign-up closing a stated time before the meeting: "lukker 2 dage før", "closes 24 hours before", "senest dagen før". */
const CLOSES_BEFORE =
  /(?<!\p{L})(?:closes?|closing|lukker|lukkes|deadline|frist\p{L}*|senest)(?!\p{L})[^.!?\n]{0,40}?(?:\d+\s*(?:hours?|timer?|days?|dage?|døgn|weeks?|uger?)|(?:the )?day|dagen|ugen|the week)\s+(?:before|prior to|før|inden)(?!\p{L})/iu;

/** "Hvordan tilmelder jeg mig?": the ways, with the letter's own sign-up sentences while sign-up is open. */
export function signUpAnswer(frame: Frame, context: AnswerContext): Part | undefined {
  const { event } = context;
  const m = messages(context.lang).answers;
  const part = signUpPart(context);
  if (!part || !signUpWindow(event, context.now).open) return part;
  // "who do I send my reply to?": the address to reply to, and whose it is.
  const reply = asksReplyTo(frame.clause) ? replyToPart(context) : undefined;
  if (reply) return reply;
  // "skal jeg tilmelde mig hvis jeg bare ser med online?": the letter's sentence that some way of taking part needs no sign-up.
  const needless = notNeededFor(frame, context);
  if (needless) return needless;
  const own = sessionSignUp(frame, context);
  if (own) return own;
  const full = withSignUpSentences(part, context, SIGN_UP_FAMILY);
  // "kan jeg tilmelde mig på mail?" when the letter gives only a phone number: not said, and the ways it gives.
  const unsaid = wayNotGiven(frame, context);
  return unsaid ? { ...full, text: m.notStatedButSays([unsaid], full.text, undefined), notStated: true, nearest: true } : full;
}

/** A way to sign up on a line: a link, an e-mail address or a phone number. */
const SESSION_SIGN_UP = /(?:https?:\/\/|www\.|\p{L}\.\p{L}{2,}\/|@|\d{2} ?\d{2} ?\d{2} ?\d{2})/u;

/**
 * "hvordan tilmelder jeg mig i Sydby?" of a meeting held in several places with a sign-up each: the sign-up
 * text's sentence led by that session's label ("Sydby: www… – senest …"), quoted; else undefined.
 */
function sessionSignUp(frame: Frame, context: AnswerContext): Part | undefined {
  const { event } = context;
  const session = frame.session === undefined ? undefined : event.sessions[frame.session];
  if (!session || !event.registration) return undefined;
  const label = `${localText(event, session.label, event.language).text.trim().toLowerCase()}:`;
  const led = event.text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*[-•*–]\s+/, '')
        .replace(/\*\*/g, '')
        .trim(),
    )
    .find((line) => line.toLowerCase().startsWith(label) && SESSION_SIGN_UP.test(line));
  return led
    ? { text: messages(context.lang).answers.passage(led, context.lang !== event.language), other: context.lang !== event.language }
    : undefined;
}

/** A sentence saying some way of taking part needs no sign-up: "Online deltagelse kræver ikke tilmelding". */
const NOT_NEEDED =
  /(?<!\p{L})(?:kræver ikke (?:\p{L}+ )?tilmelding|(?:uden|ingen) (?:forudgående )?tilmelding|tilmelding (?:er )?ikke nødvendig|skal ikke tilmelde|requires? no (?:registration|sign-?up)|no (?:registration|sign-?up) (?:is )?(?:needed|required|necessary)|(?:do|does|need) not (?:need to )?register|without (?:registration|signing up))(?!\p{L})/iu;

const notNeededSentences = perEvent<string[]>();

/** The letter's sentence that a way of taking part the question names needs no sign-up, quoted; else undefined. */
function notNeededFor(frame: Frame, context: AnswerContext): Part | undefined {
  const sentences = notNeededSentences(context.event, 'notNeeded', () =>
    passageSentences(context.event)
      .flat()
      .filter((one) => NOT_NEEDED.test(one)),
  );
  if (sentences.length === 0) return undefined;
  const words = tokenize(frame.clause)
    .map((token) => token.folded)
    .filter((word) => word.length >= 4 && !EventKnowledge.isGeneric(word) && !/^(tilmeld|sign|regist|rsvp)/.test(word));
  const said = sentences.find((one) => words.some((word) => mentions(one, word)));
  if (!said) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(said, other), other };
}

/** Where a reply goes: the sign-up's e-mail (named by whose it is, when the letter says), link or phone. */
function replyToPart(context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const registration = event.registration;
  if (!registration?.required || !(registration.email || registration.url || registration.phone)) return undefined;
  const email = registration.email?.toLowerCase();
  const person = email ? event.people.find((p) => p.email?.toLowerCase() === email) : undefined;
  const lines = [
    messages(lang).answers.replyTo({ url: registration.url, email: registration.email, phone: registration.phone }, person?.name),
  ];
  if (registration.deadline) lines.push(messages(lang).answers.deadline(formatDeadline(context), false));
  return { text: lines.join('\n'), person: person?.name };
}

/** A way to write or call by, named without its address: "meld afbud på samme link", "ring og giv besked", "reply to this mail". */
const WAY_UNGIVEN =
  /(?<!\p{L})(?:samme (?:link|side|formular|sted)|same (?:link|page|form)|link\p{L}*|ring|ringe|call|phone|telefon\p{L}*|svar\p{L}*|reply|e-?mail\p{L}*)(?!\p{L})/iu;
/** A link, an e-mail address or a phone number given. */
const WAY_GIVEN = /\S*@\S|https?:\/\/|www\.|\p{L}\.\p{L}{2,}\/|\d{2}\s?\d{2}\s?\d{2}\s?\d{2}/iu;

/**
 * "Meld afbud på samme link", "Kan I ikke komme, så ring og giv besked": the letter's way of sending regrets names a
 * way of its sign-up without repeating it; the sign-up's link, address or number is that way.
 */
export function withCancelWay(part: Part, context: AnswerContext): Part {
  const registration = context.event.registration;
  if (!registration || !(registration.url || registration.email || registration.phone)) return part;
  if (!WAY_UNGIVEN.test(part.text) || WAY_GIVEN.test(part.text)) return part;
  const ways = messages(context.lang).answers.cancelWays({ url: registration.url, email: registration.email, phone: registration.phone });
  return { ...part, text: `${part.text}\n${ways}` };
}

/** The deadline, with what the letter's sign-up text says of it when sign-up is required. */
export function deadlineAnswer(context: AnswerContext): Part | undefined {
  const { event } = context;
  const part = deadlinePart(context);
  return part && event.registration?.required ? withSignUpSentences(part, context, DEADLINE_ONLY) : part;
}

/** How many can come (or whether there is a waiting list): the typed capacity, else the sign-up text's limit. */
export function capacityPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
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
