import { atTime, formatClock, formatDuration, localText } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import { EventKnowledge } from '../understanding/knowledge';
import { sentencesOfLine, stemWord, tokenize } from '../understanding/normalize';
import type { Check, Frame } from '../understanding/frame';
import { whomToAsk } from './contact';
import { namedInTitle } from './namedInTitle';
import { type AnswerContext, type Part, quote } from './parts';
import { fromText } from './practical';
import { timeRange, itemEnd, minutesOf } from './programme';
import { escapeRegExp } from '../util/regExp';

/**
 * Answers about people: speakers and roles (chair, moderator, host), a person named, the signatories and the sender.
 */

/** The people who signed the letter, as the answer names them. */
export function signatories(context: AnswerContext): string[] {
  return context.event.people.filter((person) => person.roles.includes('signatory')).map((person) => personLine(context, person.name));
}

/** The words after "who from" up to the verb: "who from vestby is speaking" → "vestby". */
const WHO_FROM_WORDS =
  /\b(?:hvem|who)\s+(?:\p{L}+\s+)?(?:fra|from)\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:is|are|will|does|do|er|skal|taler|holder|byder|speaks?|gives?|talks?|presents?|snakker|fortæller)\b/iu;

/** Asking what a talk is called: "what's the title of the talk", "hvad hedder oplægget". */
const TITLE_ASKED = /(?<!\p{L})(?:title|titled|called|titel|titlen|hedder|kaldet|overskrift\p{L}*)(?!\p{L})/iu;
/** A talk's title quoted in a sentence: "a talk entitled "…"", "oplægget "…"", "med titlen "…"". */
const QUOTED_TALK =
  /(?<![\p{L}])(?:talk|lecture|presentation|keynote|paper|oplæg\p{L}*|foredrag\p{L}*|indlæg\p{L}*|titl\p{L}*|entitled|called|kaldet|overskrift\p{L}*)\s*:?\s*[“„"«][^“”„"«»\n]{4,160}[”“"»]/iu;

/** A talk or lecture named in the question: "what's her title" asks her job, "the title of her talk" the talk. */
const TALK_ASKED = /(?<!\p{L})(?:talk|lecture|presentation|keynote|speech|oplæg\p{L}*|foredrag\p{L}*|indlæg\p{L}*)(?!\p{L})/iu;

/** Asked what the talk is called, of a letter whose programme does not name its talks itself. */
function talkTitleAsked(frame: Frame, context: AnswerContext): boolean {
  return context.event.programme.length === 0 && TITLE_ASKED.test(frame.clause) && TALK_ASKED.test(frame.clause);
}

/**
 * "what's the title of the talk?" of a letter without a programme that names the talk in a sentence ("… our speaker is
 * Dr. Ida Storm, who will give a talk entitled "…""): that one sentence.
 */
function talkTitlePart(context: AnswerContext): Part | undefined {
  const sentences = [...new Set(context.knowledge.passages.matching(QUOTED_TALK))]
    .flatMap((paragraph) => sentencesOfLine(paragraph))
    .filter((sentence) => QUOTED_TALK.test(sentence));
  if (sentences.length !== 1) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(sentences[0]!.trim(), other), other: other || undefined };
}

export function peoplePart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const role = frame.topic === 'speakers' ? undefined : frame.topic;
  // A programme names its talks itself; without one, the sentence that quotes the talk's title.
  const talkTitle = role || !talkTitleAsked(frame, context) ? undefined : talkTitlePart(context);
  if (talkTitle) return talkTitle;
  if (role) {
    // "hvem er formand for udvalget?" asks the chair of a body, not of the meeting: who the letter calls that.
    const body = role === 'chair' ? bodyAsked(frame.clause) : [];
    if (body.length > 0) return chairOfBody(body, context);
    // "who is vice chair?": the chair is not the answer; the letter's sentence naming the deputy may be.
    if (DEPUTY_ASKED.test(frame.clause)) return undefined;
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
    // "hvem er formand for udvalget?" asks the chair of a body, which no one leading an item is said to be.
    const leading = event.programme.filter((item) => item.by);
    if (leading.length === 0 || CHAIR_OF.test(frame.clause)) return undefined;
    return {
      text: m.roleNotStated(
        role as 'chair' | 'moderator' | 'host',
        leading.map((item) =>
          m.itemBy(String(item.number), localText(event, item.title, lang).text, localText(event, item.by!, lang).text),
        ),
      ),
      // Who leads which item is what the letter does say: the nearest fact, never said to be the role asked.
      notStated: true,
      nearest: true,
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
  // Those who speak before those who chair or host.
  const speakers = event.people
    .filter((person) => person.roles.some((r) => r === 'speaker' || r === 'moderator' || r === 'chair' || r === 'host'))
    .sort((a, b) => Number(!a.roles.includes('speaker')) - Number(!b.roles.includes('speaker')));
  // "Borgmester Hans Lund byder velkommen": items no one is typed to lead whose titles name who, in their own words.
  const titled = event.programme.filter((item) => !item.by && namedInTitle(localText(event, item.title, lang).text, event).length > 0);
  if (led.length === 0 && speakers.length === 0 && titled.length === 0) return fromText(frame, context);
  const ofOrganisation = speakersOf(frame.clause, speakers, context);
  if (ofOrganisation.length > 0) return { text: m.speakers(ofOrganisation.map((person) => `- ${personLine(context, person.name)}`)) };
  const lines = led.map((item) =>
    m.itemBy(String(item.number), localText(event, item.title, lang).text, localText(event, item.by!, lang).text),
  );
  for (const item of titled)
    lines.push(m.itemLabel(String(item.number), localText(event, item.title, lang).text, timeRange(item, lang, event.clock)));
  for (const person of speakers)
    if (!led.some((item) => item.people.includes(person.name))) lines.push(`- ${personLine(context, person.name)}`);
  return { text: m.speakers(lines), items: [...led, ...titled].map((item) => String(item.number)) };
}

/**
 * "hvem stiller op for sf", "who is the candidate for venstre": the speakers whose organisation the clause names by
 * a word of it; those whose whole organisation is that word when some are ("Venstre", not "Radikale Venstre").
 */
function speakersOf(clause: string, speakers: MeetingEvent['people'], context: AnswerContext): MeetingEvent['people'] {
  const asked = new Set(
    tokenize(clause)
      .map((token) => token.folded)
      .filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word)),
  );
  const words = (person: MeetingEvent['people'][number]) =>
    person.organisation ? tokenize(quote(context, person.organisation).text).map((token) => token.folded) : [];
  const named = speakers.filter((person) => words(person).some((word) => asked.has(word)));
  const whole = named.filter((person) => words(person).every((word) => asked.has(word)));
  const chosen = whole.length > 0 ? whole : named;
  // A word every speaker's organisation has ("Kommune") picks no one out.
  return chosen.length < speakers.filter((person) => person.organisation).length ? chosen : [];
}

/** The words naming the body whose chair is asked ("formand for KKR Vestby" → kkr, vestby); none for the meeting's. */
function bodyAsked(clause: string): string[] {
  const match = CHAIR_OF_BODY.exec(clause);
  if (!match) return [];
  const words = tokenize(match[1]!)
    .map((token) => token.folded)
    .filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word));
  return words.some((word) => MEETING_WORD.test(word)) ? [] : words;
}

const CHAIR_OF_BODY = /(?<![\p{L}-])(?:formand(?:en)?|forkvinde(?:n)?|chair(?:man|woman|person)?)\s+(?:for|of|i)\s+((?:the\s+)?\p{L}.*)$/iu;
const MEETING_WORD = /^(?:mode|modet|meeting|generalforsamling\p{L}*|agm|dagen|day)$/u;
/** "formand for KKR Vestby", "chair of the Vestby board" as the letter writes it; not "næstformand", "vice-chair". */
const CHAIR_IN_TEXT = /(?<![\p{L}-])(?:formand|forkvinde|chair(?:man|woman|person)?)\s+(?:for|of|i)\s+([^,;()]+)/giu;

/**
 * Who the letter calls the chair of the body asked ("formand for KKR Vestby, borgmester Hans Lund"): items whose
 * leader is so described, and people with that title. Nothing else: a meeting's own chair is not the body's.
 */
function chairOfBody(body: string[], context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const names = (text: string) =>
    [...text.matchAll(CHAIR_IN_TEXT)].some((match) => {
      const said = new Set(tokenize(match[1]!).map((token) => token.folded));
      return body.every((word) => said.has(word));
    });
  const items = event.programme.filter((item) => item.by && item.people.length > 0 && names(localText(event, item.by, lang).text));
  const people = event.people.filter(
    (person) => person.title && names(Object.values(person.title).join(' ')) && !items.some((item) => item.people.includes(person.name)),
  );
  const chosen = [...new Set([...items.flatMap((item) => item.people), ...people.map((person) => person.name)])];
  if (chosen.length === 0) return undefined;
  const lines = [
    ...items.map((item) => m.itemBy(String(item.number), localText(event, item.title, lang).text, localText(event, item.by!, lang).text)),
    ...people.map((person) => `- ${personLine(context, person.name)}`),
  ];
  return { text: m.speakers(lines), items: items.map((item) => String(item.number)), person: chosen.length === 1 ? chosen[0] : undefined };
}

/** A deputy's role asked: "vice chair", "vice-formand", "næstformand", "deputy mayor". */
const DEPUTY_ASKED = /(?<!\p{L})(?:vice|deputy|næst|naest)(?:\s+|-)?(?:formand|forkvinde|chair|borgmester|mayor)/iu;

/** The chair of something named: "formand for udvalget", "chair of the board". */
const CHAIR_OF = /(?<!\p{L})(?:formand(?:en)?|forkvinde(?:n)?|chair(?:man|woman|person)?)\s+(?:for|of|i)\s+\p{L}/iu;

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

export function personPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const indexed = frame.person!;
  const person = indexed.person;
  // "what's the title of her talk?": the sentence that quotes it.
  const talkTitle = talkTitleAsked(frame, context) && person.roles.includes('speaker') ? talkTitlePart(context) : undefined;
  if (talkTitle) return { ...talkTitle, person: person.name };
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
    // "hvem er Hans Lund?" of someone the letter describes only at an item ("v/ formand for udvalget, Hans Lund").
    const by = item.item.by ? localText(event, item.item.by, lang).text : undefined;
    if (!person.title && (!frame.aspect || frame.aspect === 'who') && by?.includes(person.name) && by !== person.name)
      return m.itemBy(item.label, title, by);
    return frame.aspect === 'when' && item.item.start
      ? m.itemAt(item.label, title, formatClock(item.item.start, lang, event.clock), undefined)
      : m.itemLabel(item.label, title, timeRange(item.item, lang, event.clock));
  });
  // No item of theirs: the sentence of the letter that names them says what they do ("a short welcome by our chair, X").
  const said = lines.length === 0 && !frame.personContact ? sentenceNaming(context, person.name) : undefined;
  const given = [person.email, person.phone].filter(Boolean).join(', ');
  // "kasper's email?" of a speaker who also signs the letter with their e-mail and phone: the letter gives them.
  const details = given || (frame.personContact ? detailsInLetter(event, person.name) : '');
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

const MAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+\d{2}\s?)?(?<![\d.:])\d{2}(?:\s?\d{2}){3}(?![\d.:])/g;

/**
 * A person's e-mail and phone as the letter writes them after their full name (a signature, "tilmelding til X på tlf.
 * …"): from the name up to the next person named or the end of the paragraph, at most one of each, or nothing.
 */
function detailsInLetter(event: MeetingEvent, name: string): string {
  const others = event.people.map((other) => other.name).filter((other) => other !== name);
  const found = new Set<string>();
  for (const block of event.text.split(/\n\s*\n/)) {
    let at = block.indexOf(name);
    while (at >= 0) {
      let after = block.slice(at + name.length);
      const next = Math.min(...others.map((other) => after.indexOf(other)).filter((i) => i >= 0), after.length);
      after = after.slice(0, next);
      const mails = after.match(MAIL) ?? [];
      const phones = after.match(PHONE) ?? [];
      if (mails.length <= 1 && phones.length <= 1) [...mails, ...phones].forEach((detail) => found.add(detail.trim()));
      at = block.indexOf(name, at + name.length);
    }
  }
  const mails = [...found].filter((detail) => detail.includes('@'));
  const phones = [...found].filter((detail) => !detail.includes('@'));
  // Two different addresses for one person: which one is theirs is not clear.
  return mails.length <= 1 && phones.length <= 1 ? [...mails, ...phones].join(', ') : '';
}

/** The one sentence of the letter's paragraphs that names a person by their full name, if only one does. */
function sentenceNaming(context: AnswerContext, name: string): { text: string; other: boolean } | undefined {
  const sentences = [...new Set(context.knowledge.passages.matching(new RegExp(escapeRegExp(name))))]
    .flatMap((paragraph) => sentencesOfLine(paragraph))
    .filter((sentence) => sentence.includes(name));
  if (sentences.length !== 1) return undefined;
  return { text: sentences[0]!.trim(), other: context.event.language !== context.lang };
}

/** People the letter gives a role: by the role itself, else by a title that makes them one ("formand for …"). */
function peopleInRole(event: MeetingEvent, role: 'chair' | 'moderator' | 'host'): { people: MeetingEvent['people']; byTitle: boolean } {
  const people = event.people.filter((person) => person.roles.includes(role));
  if (people.length > 0) return { people, byTitle: false };
  const titled = event.people.filter((person) => person.title && ROLE_TITLE[role].test(Object.values(person.title).join(' ')));
  return { people: titled, byTitle: true };
}

/** "Is X the chair?": yes, or no and who is; nothing when the letter names no one in that role. */
export function roleCheck(check: Extract<Check, { kind: 'role' }>, context: AnswerContext): Part | undefined {
  const m = messages(context.lang).answers;
  const { people, byTitle } = peopleInRole(context.event, check.role);
  if (people.length === 0) return undefined;
  const lines = people.map((p) => personLine(context, p.name));
  const fact = byTitle ? m.titledPeople(lines) : m.role(check.role, lines);
  const holds = people.some((p) => p.name === check.person);
  return { text: m.roleCheck(holds, fact), person: people.length === 1 ? people[0]!.name : check.person };
}

/** The sender (or an organisation named): who sent the letter, or its address and details as the letter gives them. */
export function senderPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
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

/**
 * "the mayor is Hans Lund Berg right?" of a letter naming "Hans Lund Jensen": the clause starts the person's name and
 * goes on with another word where the name has its own. The name as the letter writes it, with their title.
 */
export function otherNamePart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.topic !== 'person' || !frame.person || frame.foreign.length === 0) return undefined;
  const name = frame.person.person.name;
  const own = tokenize(name).map((token) => token.folded);
  const asked = tokenize(frame.clause).map((token) => token.folded);
  const foreign = new Set(frame.foreign.map((word) => tokenize(word)[0]?.folded ?? word));
  for (let at = 0; at < asked.length; at++) {
    let matched = 0;
    while (matched < own.length - 1 && asked[at + matched] === own[matched]) matched++;
    const next = asked[at + matched];
    if (matched >= Math.min(2, own.length - 1) && next !== undefined && next !== own[matched] && next.length >= 3 && foreign.has(next))
      return { text: messages(context.lang).answers.titledPeople([personLine(context, name)]), person: name };
  }
  return undefined;
}
