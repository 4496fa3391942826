/**
 * Signing up: the link (with or without "https://": "bronderslev.dk/tilmeld-borgermoede"), an e-mail or phone for
 * signing up, the deadline ("senest den 7. april 2027", "by 1 April 2027", "inden 1/4"), the number of seats
 * ("plads til 150", "max. 300 participants"), or that no sign-up is needed. The letter's sentences are kept as
 * `text`. Sign-up questions are only added when the letter asks for something beyond name and e-mail.
 */
import type { EventFileInput } from '../schema';
import { findEmails, findPhones, findUrls } from './contactDetails';
import { findDates, findTimes, formatClock, isoDate, resolveYear } from './dates';
import type { Letter } from './letter';
import { capitalise, splitSentences } from './letter';
import type { ProgrammeFound } from './programme';
import type { MeetingTime } from './when';

export type RegistrationInput = NonNullable<EventFileInput['registration']>;
type FieldInput = NonNullable<RegistrationInput['fields']>[number];

export interface RegistrationFound {
  registration?: RegistrationInput;
  /** Doubts by path under `registration`, for `# CHECK:` comments. */
  checks: Array<{ path: Array<string | number>; message: string }>;
}

const START = '(?<![\\p{L}\\d])';
const END = '(?![\\p{L}\\d])';
/** "Husk at registrere din nummerplade", "register your car": parking, not signing up. */
const VEHICLE = '\\s+(?:\\p{L}+\\s+){0,2}(?:nummerplade\\p{L}*|bil(?:en)?|køretøj\\p{L}*|car|vehicle|licen[cs]e plate)';
/** "Svar udbedes senest …", "S.U. 1/12", "Please reply by …": an RSVP is the letter's way of signing up. */
const RSVP =
  '(?:svar (?:udbedes|bedes|venligst)|venligst svar|s\\.\\s?u\\.|please (?:reply|respond|rsvp)|kindly (?:reply|respond|rsvp)|r\\.s\\.v\\.p\\.?)';
const REGISTRATION_CUE = new RegExp(
  `${START}(?:tilmeld(?!te${END})\\p{L}*|meld (?:dig|jer) (?:til|på)|(?:register|registration|registrer\\p{L}*)(?!${VEHICLE})|sign[- ]?up|sign up|book (?:your|a) (?:place|seat|ticket)|rsvp|billet\\p{L}*|tickets?|${RSVP})${END}`,
  'iu',
);
/** A heading over the letter's part about signing up: "Tilmelding", "## Registration", "Tilmelding og afbud". */
const REGISTRATION_HEADING =
  /^(?:tilmelding\p{L}*|registration|sign[- ]?up|how to register|sådan tilmelder du dig|rsvp|svar udbedes|s\.u\.)(?:\s+(?:og|and|&)\s+[\p{L} ]{2,30})?\s*:?$/iu;
/** "Tilmelding er ikke nødvendig", "no need to register": the meeting needs no sign-up. */
const NO_SIGNUP = new RegExp(
  `${START}(?:${[
    'ingen tilmelding',
    'kræver ikke tilmelding',
    'ikke nødvendigt at tilmelde',
    'ikke behov for tilmelding',
    '(?:behøver|skal) (?:du |i |man )?ikke (?:at )?tilmelde',
    'uden tilmelding',
    '(?:tilmelding\\p{L}*|registrering) (?:er )?(?:ikke (?:nødvendig|påkrævet|obligatorisk|et krav)|unødvendig)',
    'no (?:prior )?(?:registration|sign-?up) (?:is )?(?:needed|required|necessary)',
    'no need to (?:register|sign up)',
    "(?:do not|don't|doesn't|does not) (?:need|have) to (?:register|sign up)",
    '(?:registration|sign-?up) is not (?:required|needed|necessary)',
    'just (?:turn|show) up',
    'bare mød op',
    'mød bare op',
  ].join('|')})${END}`,
  'iu',
);
/**
 * "senest den", "by", "Tilmeldingsfristen er", "Sidste frist for tilmelding er", "The deadline is": the words before a
 * sign-up deadline's date (in bold or not).
 */
const DEADLINE_WORD =
  /(?:senest|inden|før|(?:frist\p{L}*|deadline)(?:\s+(?:for|to)\s+\p{L}+)?(?:\s+(?:er|is))?|by|before|no later than|not later than|until|closes|lukker)[\s*_]*:?[\s*_]*(?:(?:on|den|d\.|the)\s+)?$/iu;
const CAPACITY = [
  /plads til (?:max\.?\s*|maks\.?\s*|maksimalt\s*|op til\s*|højst\s*)?(\d+)/i,
  /(?:room|space|seats?|places?) for (?:a maximum of\s*|max\.?\s*|up to\s*)?(\d+)/i,
  /(?:max\.?|maks\.?|maksimalt|højst|op til|up to|maximum(?: of)?|limited to|begrænset til|capacity(?: of| is)?:?)\s*(\d+)\s*(?:deltagere|personer|pladser|tilmeldte|participants|people|persons|places|seats|attendees|guests|gæster)/i,
  /(?<![\d.,])(\d+)\s*(?:pladser|siddepladser|seats|places)(?![\p{L}])/iu,
  /(?:places|seats|spots|pladser|pladserne|pladsantallet)\s+(?:are|is|er)\s+(?:limited to|begrænset til)\s*(\d+)/i,
];
/** A limit for each club, municipality or track ("op til 2 personer", "4 deltagere fra hver kommune"), not the seats. */
const PER_UNIT = /(?<![\p{L}])(?:hver|hvert|each|per|pr\.)(?![\p{L}])/iu;
/** Sentences about seats and the waiting list, which belong with signing up. */
const SEATS =
  /(?<![\p{L}])(?:venteliste\p{L}*|waiting list|overbook\p{L}*|pladser|seats|places|deltage med op til|plads til|limited to|op til \d+ (?:personer|deltagere))(?![\p{L}])/iu;
/** "svar blot på denne mail", "reply to this e-mail": signing up by answering the e-mail. */
const REPLY =
  /svar\p{L}* (?:\p{L}+ )?(?:på|til) (?:denne|min|den) (?:e-?mail|mail)|reply to (?:this|my) (?:e-?mail|mail|message)|besvar (?:denne|mailen)/iu;
/** A request for information at sign-up: "Oplys venligst … ved tilmelding", "Please state … when you register". */
const ASKS =
  /(?<![\p{L}])(oplys|angiv|husk at (?:oplyse|angive|skrive|vælge)|vælg|please (?:state|indicate|let us know|tell us|include|choose|select)|let us know|tell us)(?![\p{L}])/iu;
/** What the bot asks for anyway, or no information at all ("… til os på …"). */
const NOT_A_QUESTION =
  /^(?:(?:dit|din|dine|your)\s+)?(?:navn|name|e-?mail\w*|mail|telefon\w*|phone|tlf)\b|^(?:til|to|os|us|at|på|via)\b|@|https?:|www\./i;

/**
 * "Skriv lige til mig senest 7/9, om du kommer", "let me know by Friday whether you can come": asking whether
 * one comes is asking for a reply, the letter's way of signing up.
 */
const ATTENDING =
  /(?<![\p{L}])(?:om (?:du|i|man) (?:kommer|deltager|kan komme|kan deltage|er med)|(?:whether|if) you(?:'re| are| will be| can| will)? (?:coming|come|attending|attend|join|joining))(?![\p{L}])/iu;
/** "til mig", "let me know", "email me": the reply goes to the one who writes. */
export const TO_THE_WRITER =
  /(?<![\p{L}])(?:(?:skriv|send|svar|giv|ring|sms)\p{L}*\s+(?:\p{L}+\s+)?(?:til\s+)?mig|til mig|to me|let me know|tell me|(?:e-?mail|write|text|call) me)(?![\p{L}])/iu;

type Unit = { text: string; label: boolean; rank: number };

/**
 * A heading line: Markdown, a bold line of its own, capitals, or a short line of its own without a full stop, as
 * letters mark their parts ("Tilmelding", "Med venlig hilsen" ends the part before it).
 */
function isHeading(block: Letter['blocks'][number]): boolean {
  const line = block.lines[0]!;
  const words = line.text.split(/\s+/).length;
  return (
    block.lines.length === 1 &&
    (((line.heading > 0 || line.bold || line.allCaps) && words <= 6) || (words <= 4 && !/[.!?,;]$/.test(line.text)))
  );
}

/**
 * The letter's sentences about signing up: a labelled paragraph ("Registration: …"), the paragraphs under a heading
 * "Tilmelding", or paragraphs that open with it. The part under its own heading, then sentences with a link, a date,
 * a request ("oplys …") or "no sign-up needed" come first: a letter mentions "the registration form" in passing in
 * many other parts, and a contact line "questions about registration: …" is no way of signing up.
 */
function registrationUnits(letter: Letter, skip: Set<number>): Unit[] {
  const units: Unit[] = [];
  const listed = new Set<Unit>();
  let lastBlock = -1;
  let inSection = false;
  for (const block of letter.blocks) {
    if (isHeading(block)) inSection = REGISTRATION_HEADING.test(block.lines[0]!.text.replace(/^[-•*]\s+/, ''));
    if (skip.has(block.lines[0]!.index)) continue;
    const text = block.text.replace(/^[-•*]\s+/, '');
    if (/^(emne|subject|fra|from)\s*:/i.test(text) || REGISTRATION_HEADING.test(text)) continue;
    // "Registration: …", or "Registration" on a line of its own above the text in a column of facts.
    const heading = REGISTRATION_HEADING.test(block.lines[0]!.text) && block.lines.length > 1;
    const label = heading
      ? ([text, block.lines[0]!.text, block.text.slice(block.lines[0]!.text.length).trim()] as const)
      : /^(tilmelding|registration|sign[- ]?up|how to register|tilmelding og afbud)\s*:\s*(.+)$/i.exec(text);
    if (label) {
      units.push({ text: label[2], label: true, rank: 2 });
      continue;
    }
    const sentences = letter.sentences.filter((sentence) => sentence.block === block.index);
    const first = sentences[0]?.text ?? text;
    const about = (sentence: string): boolean =>
      REGISTRATION_CUE.test(sentence) ||
      NO_SIGNUP.test(sentence) ||
      REPLY.test(sentence) ||
      (ATTENDING.test(sentence) && findDates(sentence).some((date) => DEADLINE_WORD.test(sentence.slice(0, date.index))));
    const rank = (unit: string): number =>
      NO_SIGNUP.test(unit) || ASKS.test(unit) || findUrls(unit).length > 0 || findDates(unit).length > 0 ? 1 : 0;
    // Under the heading, a paragraph about signing up or with its link or date is kept whole; "questions? ask …" is not.
    if (inSection && (about(text) || rank(text) > 0)) {
      // A list of links, one for each session ("- Session 3 (17 March): https://…"), is one unit: none is left out.
      const previous = units[units.length - 1];
      const listItem = /^[-•*]\s+/.test(block.text);
      if (listItem && previous && listed.has(previous) && lastBlock === block.index - 1) {
        previous.text += `${/[.!?:]$/.test(previous.text) ? '' : '.'} ${text}`;
      } else {
        const unit = { text, label: false, rank: 2 };
        units.push(unit);
        if (listItem) listed.add(unit);
      }
      lastBlock = block.index;
      continue;
    }
    if (about(first)) units.push({ text, label: false, rank: rank(text) });
    else
      for (const sentence of sentences.slice(1))
        if (about(sentence.text)) units.push({ text: sentence.text, label: false, rank: rank(sentence.text) });
  }
  // The best three, kept in the letter's order.
  const best = new Set([...units].sort((a, b) => b.rank - a.rank).slice(0, 3));
  return units.filter((unit) => best.has(unit));
}

/** Joining online, by the link or a stream: the part of a hybrid meeting that may need no sign-up. */
const ONLINE_PART =
  /(?<![\p{L}])(online|onlinedeltag\p{L}*|teams|zoom|stream\p{L}*|livestream\p{L}*|virtual\p{L}*|virtuel\p{L}*|remote\p{L}*)(?![\p{L}])/iu;

/**
 * "Online deltagelse kræver ikke tilmelding" beside "Pladserne i lokalet kræver tilmelding …": a hybrid meeting
 * where only the room's seats need sign-up. Sign-up stays required; the letter's sentences say for whom.
 */
function onlyOnlineIsFree(text: string): boolean {
  const sentences = splitSentences(text);
  const free = sentences.filter((sentence) => NO_SIGNUP.test(sentence));
  const needed = sentences.filter((sentence) => !NO_SIGNUP.test(sentence) && REGISTRATION_CUE.test(sentence));
  return free.length > 0 && free.every((sentence) => ONLINE_PART.test(sentence)) && needed.length > 0;
}

/**
 * A lower price's own deadline (early bird, discount, reduced price) or a perk's ("T-shirts er kun garanteret ved
 * tilmelding senest …", "guaranteed a seat if registered by …"), before the date in its sentence.
 */
const PRICE_DEADLINE =
  /early[- ]?bird|rabat\p{L}*|discount\p{L}*|reduced (?:price|fee|rate)|nedsat (?:pris|deltagerpris)|garanter\p{L}*|guarantee\p{L}*/iu;

function deadlineIn(text: string, meeting: MeetingTime): string | undefined {
  const times = findTimes(text);
  let previousEnd = 0;
  for (const mention of findDates(text)) {
    if (!DEADLINE_WORD.test(text.slice(0, mention.index))) {
      previousEnd = mention.end;
      continue;
    }
    // "Early bird: 1.795 kr. ved tilmelding senest 15. juni": the last day of a lower price, not of signing up. Only
    // the words since the previous date count, so a price list's lines without full stops ("Early bird (senest 1/8):
    // 900 kr. Normal pris (senest 1/9): 1.200 kr.") do not lend the early-bird cue to the regular price's deadline.
    const sentence =
      text
        .slice(previousEnd, mention.index)
        .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
        .pop() ?? '';
    previousEnd = mention.end;
    if (PRICE_DEADLINE.test(sentence)) continue;
    const date = isoDate(resolveYear(mention.date, meeting.date, 'onOrBefore', mention.weekday));
    const time =
      times.find((t) => t.index >= mention.end && t.index - mention.end <= 6) ??
      times.find((t) => t.end <= mention.index && mention.index - t.end <= 6);
    return time ? `${date}T${formatClock(time.from)}` : date;
  }
  return undefined;
}

function capacityIn(letter: Letter, skip: Set<number>): number | undefined {
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line) || /hotel|værelse|rooms at|overnat/i.test(sentence.text) || PER_UNIT.test(sentence.text)) continue;
    for (const pattern of CAPACITY) {
      const match = pattern.exec(sentence.text);
      const value = match ? Number(match[1]) : NaN;
      if (Number.isInteger(value) && value > 1 && value < 100000) return value;
    }
  }
  return undefined;
}

/** A sign-up question in the letter's language, to be checked by the organiser. */
function field(id: string, label: string, prompt: string): FieldInput {
  return { id, kind: 'text', label, prompt };
}

function fieldId(label: string, taken: string[]): string {
  const words = label
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  let id = words.map((word, i) => (i === 0 ? word : capitalise(word))).join('') || 'answer';
  if (!/^[a-z]/.test(id)) id = `q${id}`;
  let unique = id;
  for (let n = 2; taken.includes(unique); n++) unique = `${id}${n}`;
  return unique;
}

function questions(units: Unit[], programme: ProgrammeFound, language: 'da' | 'en'): FieldInput[] {
  const fields: FieldInput[] = [];
  const taken = ['name', 'email'];
  for (const choice of programme.choices) {
    const question = language === 'da' ? 'hvilken vælger du?' : 'which one do you choose?';
    const label = choice.label || (language === 'da' ? 'Valg' : 'Choice');
    const id = fieldId(label, taken);
    taken.push(id);
    fields.push(field(id, label, `${label} – ${question} (${choice.options.join(' / ')})`));
  }
  for (const unit of units) {
    for (const sentence of splitSentences(unit.text)) {
      const ask = ASKS.exec(sentence);
      if (!ask) continue;
      if (/vælg|choose|select/i.test(ask[0]) && programme.choices.length > 0) continue;
      const phrase = sentence
        .slice(ask.index + ask[0].length)
        .replace(/^\s*(venligst|gerne|os|us|your|din|dit|dine|jeres)\s+/i, '')
        .split(
          /\s+(?:ved|når|when|i forbindelse med|on|in)\s+(?:tilmelding\w*|you register|registering|registration|sign-?up)|[.,;:!?]/i,
        )[0]!
        .trim();
      if (phrase.split(/\s+/).length > 8 || !/\p{L}{3}/u.test(phrase) || NOT_A_QUESTION.test(phrase)) continue;
      const label = capitalise(phrase);
      const id = fieldId(label, taken);
      taken.push(id);
      // "Please choose your track": the programme's items named so ("Track A – …", "Track B – …") are the options.
      const word = phrase.split(/\s+/).pop()!.toLowerCase();
      const options = programme.items.map((item) => item.title).filter((title) => title.toLowerCase().startsWith(`${word} `));
      const question = language === 'da' ? 'hvilken vælger du?' : 'which one do you choose?';
      fields.push(
        field(id, label, options.length >= 2 ? `${sentence.trim()} ${label} – ${question} (${options.join(' / ')})` : sentence.trim()),
      );
    }
  }
  if (fields.length === 0) return [];
  // Fields replace the bot's defaults, so name and e-mail are asked for here too.
  return [{ id: 'name', kind: 'name' }, { id: 'email', kind: 'email' }, ...fields];
}

export function findRegistration(
  letter: Letter,
  skip: Set<number>,
  meeting: MeetingTime,
  programme: ProgrammeFound,
  language: 'da' | 'en',
): RegistrationFound {
  const units = registrationUnits(letter, skip);
  const checks: RegistrationFound['checks'] = [];
  const capacity = capacityIn(letter, skip);
  if (units.length === 0) {
    return capacity
      ? {
          registration: { capacity },
          checks: [{ path: ['capacity'], message: 'the letter gives a number of seats but says nothing about signing up' }],
        }
      : { checks };
  }
  // Seats, limits for each club and the waiting list, in the letter's words beside how to sign up.
  const seats = letter.sentences
    .filter((sentence) => !skip.has(sentence.line) && SEATS.test(sentence.text) && /\d|venteliste|waiting list/i.test(sentence.text))
    .map((sentence) => sentence.text.replace(/^[-•*]\s+/, '').replace(/^[\p{L} ]{2,20}:\s+/u, ''))
    .filter((sentence) => !units.some((unit) => unit.text.includes(sentence)));
  // "Sidste frist for tilmelding er …" left out of the best units above, which give no deadline of their own: the
  // letter's sentence that names signing up with a deadline, so the deadline and its sentence are both known.
  const unitsText = units.map((unit) => unit.text).join(' ');
  const deadlineSentence = deadlineIn(unitsText, meeting)
    ? undefined
    : letter.sentences.find(
        (sentence) =>
          !skip.has(sentence.line) &&
          REGISTRATION_CUE.test(sentence.text) &&
          !unitsText.includes(sentence.text) &&
          deadlineIn(sentence.text, meeting) !== undefined,
      )?.text;
  // A list item has no full stop: one is added, so its words do not run into the next sentence's.
  const text = [...units.map((unit) => unit.text), ...(deadlineSentence ? [deadlineSentence] : []), ...seats.slice(0, 3)]
    .map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`))
    .join(' ');
  const registration: RegistrationInput = {};
  if (NO_SIGNUP.test(text) && !onlyOnlineIsFree(text)) registration.required = false;
  const urls = findUrls(text)
    .map((found) => found.value)
    .filter((url) => !/teams\.microsoft|zoom\.us|meet\.google/i.test(url));
  const url = urls.find((u) => /tilmeld|regist|signup|sign-up|billet|ticket|deltag|rsvp|form/i.test(u)) ?? urls[0];
  if (url) registration.url = url;
  if (urls.length > 1)
    checks.push({ path: ['url'], message: `the letter gives several links (${urls.join(', ')}); check which is for signing up` });
  const signUpSentences = splitSentences(text).filter((sentence) => REGISTRATION_CUE.test(sentence) || ATTENDING.test(sentence));
  // Answering the e-mail signs you up: the address it came from.
  const replyTo = REPLY.test(text)
    ? findEmails(letter.lines.find((line) => /^(fra|from)\s*:/i.test(line.text))?.text ?? '')[0]?.value
    : undefined;
  const email = signUpSentences.map((sentence) => findEmails(sentence)[0]?.value).find(Boolean) ?? replyTo;
  if (email) registration.email = email;
  const phone = signUpSentences.map((sentence) => findPhones(sentence)[0]?.value).find(Boolean);
  if (phone) registration.phone = phone;
  const deadline = deadlineIn(text, meeting);
  if (deadline) registration.deadline = deadline;
  if (capacity) registration.capacity = capacity;
  registration.text = text;
  const fields = questions(units, programme, language);
  if (fields.length > 0) {
    registration.fields = fields;
    fields.forEach((f, index) => {
      if (f.kind === 'text')
        checks.push({
          path: ['fields', index],
          message:
            'the letter asks for this when signing up; check the label and the question the bot will ask (a choice field may fit better)',
        });
    });
  }
  return { registration, checks };
}
