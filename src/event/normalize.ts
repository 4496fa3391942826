import { forwardNoteLines, QUOTED_MAIL_LINE } from './forwardNote';
import type { EventFile, TextInput } from './schema';
import { endDateTime } from './schema';
import { MONTHS } from './months';
import type {
  Address,
  EventLang,
  Localized,
  MeetingEvent,
  Organisation,
  Passage,
  PracticalFact,
  ProgrammeItem,
  Registration,
  RegistrationField,
} from './model';

type FieldInput = NonNullable<NonNullable<EventFile['registration']>['fields']>[number];
type ProgrammeInput = EventFile['programme'][number];

const localized = (value: TextInput, language: EventLang): Localized => (typeof value === 'string' ? { [language]: value } : { ...value });
const optionalLocalized = (value: TextInput | undefined, language: EventLang): Localized | undefined =>
  value === undefined ? undefined : localized(value, language);

/** "Storegade 5, 9990 Vestby": the parts recognised where the letter writes a Danish (or similar) postcode. */
export function parseAddress(value: string | Exclude<EventFile['venue']['address'], string | undefined>): Address {
  if (typeof value !== 'string') {
    const locality = [value.postalCode, value.city].filter(Boolean).join(' ');
    return { ...value, line: [value.street, value.postBox, locality, value.country].filter(Boolean).join(', ') };
  }
  const line = value.replace(/\s+/g, ' ').trim();
  const parts = line
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address: Address = { line };
  const localityIndex = parts.findIndex((part) => /^(DK-)?\d{4}\s+\S/i.test(part));
  if (localityIndex >= 0) {
    const match = /^(?:DK-)?(\d{4})\s+(.+)$/i.exec(parts[localityIndex]!)!;
    address.postalCode = match[1];
    address.city = match[2];
    const street = parts.slice(0, localityIndex).find((part) => /\d/.test(part)) ?? parts[localityIndex - 1];
    if (street) address.street = street;
    if (parts[localityIndex + 1]) address.country = parts[localityIndex + 1];
  } else if (parts.length >= 2) {
    address.street = parts[0];
    address.city = parts[parts.length - 1];
  }
  return address;
}

function organisation(input: EventFile['organisers'][number], language: EventLang): Organisation {
  return {
    name: localized(input.name, language),
    website: input.website,
    address: input.address === undefined ? undefined : parseAddress(input.address),
    email: input.email,
    phone: input.phone,
  };
}

function programme(items: ProgrammeInput[], language: EventLang): ProgrammeItem[] {
  const numbered = items.some((item) => item.number !== undefined);
  return items.map((item, index) => ({
    number: item.number ?? index + 1,
    numbered,
    start: item.start,
    end: item.end,
    date: item.date,
    title: localized(item.title, language),
    by: optionalLocalized(item.by, language),
    people: item.people ?? [],
    description: optionalLocalized(item.description, language),
    room: optionalLocalized(item.room, language),
    items: programme(item.items ?? [], language),
  }));
}

/** Default roles: what identifies a person is personal and goes on cancelling; choices and organisations are counted. */
function field(input: FieldInput, language: EventLang): RegistrationField {
  const counted = input.kind === 'choice' || input.kind === 'organisation';
  return {
    id: input.id,
    kind: input.kind,
    label: optionalLocalized(input.label, language),
    prompt: optionalLocalized(input.prompt, language),
    purpose: optionalLocalized(input.purpose, language),
    optional: input.optional,
    personal: input.personal ?? !counted,
    groupBy: input.groupBy ?? counted,
    keepAfterCancel: input.keepAfterCancel ?? counted,
    choices: input.choices.map((choice) => ({ id: choice.id, label: localized(choice.label, language), aliases: choice.aliases })),
    other: input.other
      ? { label: localized(input.other.label, language), prompt: optionalLocalized(input.other.prompt, language) }
      : undefined,
    maxLength: input.maxLength,
  };
}

/** What the bot asks when the event names no fields: who you are and where to reach you. */
const DEFAULT_FIELDS: FieldInput[] = [
  { id: 'name', kind: 'name', optional: false, choices: [], maxLength: 200 },
  { id: 'email', kind: 'email', optional: false, choices: [], maxLength: 254 },
];

/** A deadline given as a date closes at the end of that day. */
const endOfDeadline = (deadline: string): string => (deadline.includes('T') ? deadline : `${deadline}T23:59`);

function venueOf(input: EventFile['venue'], language: EventLang): MeetingEvent['venue'] {
  return {
    name: optionalLocalized(input.name, language),
    address: input.address === undefined ? undefined : parseAddress(input.address),
    room: optionalLocalized(input.room, language),
    online: input.online ?? false,
    notStated: input.notStated ?? false,
  };
}

/** The id of the field that asks which session, for an event held on alternative dates. */
export const SESSION_FIELD_ID = 'session';

/**
 * For an event held on alternative dates: the question which session, one choice a session (`s1`, `s2`, … in the
 * sessions' order), labelled as the letter names them and also known by their dates ("9. marts", "9/3", "11 May").
 * Its label and prompt are the bot's own; organisers count by it; it is no personal data.
 */
function sessionField(sessions: NonNullable<EventFile['sessions']>, language: EventLang): RegistrationField {
  return {
    id: SESSION_FIELD_ID,
    kind: 'choice',
    optional: false,
    personal: false,
    groupBy: true,
    keepAfterCancel: true,
    maxLength: 200,
    session: true,
    choices: sessions.map((session, index) => {
      const [, month, day] = session.start.slice(0, 10).split('-').map(Number);
      const months = Object.entries(MONTHS)
        .filter(([, number]) => number === month)
        .map(([name]) => name)
        .filter((name) => name.length > 3);
      return {
        id: `s${index + 1}`,
        label: localized(session.label, language),
        aliases: [`${day}/${month}`, `${day}.${month}`, ...months.flatMap((name) => [`${day}. ${name}`, `${day} ${name}`])],
      };
    }),
  };
}

function registration(input: NonNullable<EventFile['registration']>, language: EventLang, sessions?: EventFile['sessions']): Registration {
  const fields = (input.fields ?? DEFAULT_FIELDS).map((f) => field(f, language));
  // Which of the dates is asked first: it decides the rest (and the calendar file); none is added twice.
  if (sessions && sessions.length > 1 && !fields.some((f) => f.id === SESSION_FIELD_ID)) fields.unshift(sessionField(sessions, language));
  return {
    required: input.required,
    chat: input.chat,
    url: input.url,
    email: input.email,
    phone: input.phone,
    deadline: input.deadline === undefined ? undefined : endOfDeadline(input.deadline),
    capacity: input.capacity,
    text: optionalLocalized(input.text, language),
    fields,
  };
}

/** Lines that are page furniture of a converted letter, not its content. */
const NOISE_LINE = /^(side|page)\s+\d+\s+(af|of)\s+\d+$|^-{3,}$|^\(?(fiktiv|fictional)\b.*\)?$/i;

/** An e-mail header's lines: who sent it to whom and when, not what the letter says. */
const MAIL_HEADER = /^(?:from|fra|sent|sendt|date|dato|to|til|cc|bcc)\s*:/i;
const MAIL_HEADER_START = /^(?:from|fra|sent|sendt)\s*:/i;

/**
 * A block that is an e-mail header ("From: …" / "Sent: …" / "To: …" / "Subject: …") keeps only its subject: the
 * sender's address and the time it was sent are no answer to "when is the hackathon".
 */
function withoutMailHeader(lines: string[]): string[] {
  const header = lines.filter((line) => MAIL_HEADER.test(line));
  if (header.length < 2 || !header.some((line) => MAIL_HEADER_START.test(line)))
    return lines.filter((line) => !QUOTED_MAIL_LINE.test(line));
  return lines.filter((line) => !MAIL_HEADER.test(line) && !QUOTED_MAIL_LINE.test(line));
}

/** A line without its sentences that end in a question mark. */
function withoutQuestions(line: string): string {
  return line
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !sentence.trim().endsWith('?'))
    .join(' ');
}

/** A heading over a paragraph: a few words with a capital and no full stop, colon or comma at the end. */
const HEADING_LINE = /^(?=.{3,50}$)\p{Lu}[^.!?:;,]*[^\s.!?:;,]$/u;

/**
 * Splits the letter into paragraphs (blank lines), joins each paragraph's wrapped lines, drops page furniture,
 * markdown markers and e-mail headers, and keeps each distinct paragraph once (page headers repeat).
 */
export function splitPassages(text: string): Passage[] {
  const seen = new Set<string>();
  const passages: Passage[] = [];
  // A colleague's question in the note above a forwarded invitation ("skal vi køre sammen?") asks, it tells nothing:
  // quoted, it would answer "where do we meet to drive together?". The note's statements stay (an internal deadline).
  const letterLines = text.replace(/\r\n?/g, '\n').split('\n');
  const note = new Set(forwardNoteLines(letterLines));
  const told = letterLines.map((line, index) => (note.has(index) ? withoutQuestions(line) : line));
  for (const block of told.join('\n').split(/\n\s*\n/)) {
    const lines = withoutMailHeader(block.split('\n').map((line) => line.trim()))
      .map((line) =>
        line
          .replace(/^\s*#{1,6}\s+/, '')
          .replace(/\*\*|__/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((line) => line !== '' && !NOISE_LINE.test(line));
    if (lines.length === 0) continue;
    // A short line over running text is its heading ("Rundvisning i hallen" / "Vil du se …"): a line of its own, so
    // what it names is not read as the first words of the sentence after it.
    const headed = lines.length > 1 && HEADING_LINE.test(lines[0]!) && lines.slice(1).some((line) => line.length >= 60);
    const paragraph = headed
      ? `${lines[0]}\n${lines.slice(1).join(' ')}`
      : lines.join(lines.every((line) => line.length < 60) && lines.length > 1 ? '\n' : ' ');
    const key = paragraph.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    passages.push({ id: `p${passages.length + 1}`, text: paragraph });
  }
  return passages;
}

/** From a validated event file to the event the bot uses. */
export function normalizeEvent(file: EventFile): MeetingEvent {
  const language = file.language;
  const practical: MeetingEvent['practical'] = {};
  for (const [topic, value] of Object.entries(file.practical)) {
    if (!value) continue;
    const { text, ...details } = value as { text: TextInput } & Omit<PracticalFact, 'text'>;
    practical[topic as keyof MeetingEvent['practical']] = { ...details, text: localized(text, language) };
  }
  return {
    id: file.id,
    language,
    title: localized(file.title, language),
    timeZone: file.timeZone,
    start: file.start,
    end: endDateTime(file.start, file.end, file.timeZone).toFormat("yyyy-MM-dd'T'HH:mm"),
    endIsEstimate: file.endIsEstimate || file.timeNotStated,
    timeNotStated: file.timeNotStated,
    clock: file.clock,
    venue: venueOf(file.venue, language),
    text: file.text,
    passages: splitPassages(file.text),
    letterDate: file.letterDate,
    organisers: file.organisers.map((o) => organisation(o, language)),
    sender: file.sender ? organisation(file.sender, language) : undefined,
    audience: optionalLocalized(file.audience, language),
    people: file.people.map((p) => ({
      name: p.name,
      title: optionalLocalized(p.title, language),
      organisation: optionalLocalized(p.organisation, language),
      email: p.email,
      phone: p.phone,
      roles: p.roles,
    })),
    purpose: optionalLocalized(file.purpose, language),
    focus: optionalLocalized(file.focus, language),
    background: optionalLocalized(file.background, language),
    ownTopics: file.ownTopics ? { text: localized(file.ownTopics.text, language), item: file.ownTopics.item } : undefined,
    days: (file.days ?? []).map((day) => ({
      date: day.date,
      start: day.start,
      end: day.end,
      title: optionalLocalized(day.title, language),
    })),
    sessions: (file.sessions ?? []).map((session) => ({
      label: localized(session.label, language),
      start: session.start,
      end: endDateTime(session.start, session.end, file.timeZone).toFormat("yyyy-MM-dd'T'HH:mm"),
      venue: session.venue ? venueOf(session.venue, language) : undefined,
      deadline: session.deadline === undefined ? undefined : endOfDeadline(session.deadline),
    })),
    programme: programme(file.programme, language),
    practical,
    registration: file.registration ? registration(file.registration, language, file.sessions) : undefined,
    faq: file.faq.map((entry) => ({ questions: entry.questions, answer: localized(entry.answer, language), source: 'file' })),
    organiserIds: file.organiserIds,
    retentionDays: file.retentionDays,
  };
}
