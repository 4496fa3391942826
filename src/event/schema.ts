import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { parseIdentitySpec, type Identity } from '../identity';

/**
 * An invitation as data: what an organiser writes (or `npm run event:import` drafts) in `events/<id>.yaml`.
 * Only the core is required — id, title, start, end, venue and the letter's own text; everything else is optional
 * and typed. Every text is in the invitation's `language`; a translation into the other language is optional
 * (`{ da: …, en: … }` instead of a plain string).
 */

export const EVENT_LANGUAGES = ['da', 'en'] as const;
export type EventLang = (typeof EVENT_LANGUAGES)[number];

/** A text in the invitation's language, or in both languages. Normalised to an object by the loader. */
const text = z.union([
  z.string().trim().min(1),
  z
    .object({ da: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
    .strict()
    .refine((value) => value.da !== undefined || value.en !== undefined, 'needs a text in da or en'),
]);
export type TextInput = z.input<typeof text>;

/** A text by language; at least the invitation's own language is there after loading. */
export type Localized = Partial<Record<EventLang, string>>;

/** "2030-01-15". */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2030-01-15');
/** "2030-01-15T19:00", a wall-clock time in the event's time zone. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date and time like 2030-01-15T19:00');
/** "19:00" or "19.00". */
const clockTime = z
  .string()
  .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'expected a time like 19:00')
  .transform((value) => value.replace('.', ':').padStart(5, '0'));

const email = z
  .string()
  .trim()
  .regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/u, 'expected an e-mail address');
const url = z
  .string()
  .trim()
  .min(4)
  .regex(/^(https?:\/\/)?[^\s/]+\.[^\s]+$/i, 'expected a web address');

const address = z.union([
  z.string().trim().min(1),
  z
    .object({
      street: z.string().trim().min(1).optional(),
      postBox: z.string().trim().min(1).optional(),
      postalCode: z.string().trim().min(1).optional(),
      city: z.string().trim().min(1).optional(),
      country: z.string().trim().min(1).optional(),
    })
    .strict(),
]);

const venue = z
  .object({
    name: text.optional(),
    address: address.optional(),
    /** Room, floor or entrance, as the letter says. */
    room: text.optional(),
    /** True when the meeting is held online only. */
    online: z.boolean().optional(),
    /** True when the letter does not say where the meeting is: the bot says so rather than guess. */
    notStated: z.boolean().optional(),
  })
  .strict()
  .refine(
    (value) =>
      value.name !== undefined ||
      value.address !== undefined ||
      value.room !== undefined ||
      value.online === true ||
      value.notStated === true,
    'needs a name, an address, a room, online: true or notStated: true',
  );

const PERSON_ROLES = ['host', 'chair', 'speaker', 'moderator', 'contact', 'signatory', 'organiser'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

const person = z
  .object({
    name: z.string().trim().min(1),
    title: text.optional(),
    organisation: text.optional(),
    email: email.optional(),
    phone: z.string().trim().min(1).optional(),
    roles: z.array(z.enum(PERSON_ROLES)).default([]),
  })
  .strict();

const organisation = z
  .object({
    name: text,
    website: url.optional(),
    address: address.optional(),
    email: email.optional(),
    phone: z.string().trim().min(1).optional(),
  })
  .strict();

/** One item of the programme, as the letter writes it; `by` is who leads or speaks, in the letter's words. */
interface ProgrammeItemInput {
  number?: number;
  start?: string;
  end?: string;
  /** For events over several days. */
  date?: string;
  title: TextInput;
  by?: TextInput;
  /** Names of people (see `people`) who lead or speak in this item. */
  people?: string[];
  description?: TextInput;
  /** Where in the venue the item is held, as the letter writes it ("Lokale: Ege" → "Ege"). */
  room?: TextInput;
  items?: ProgrammeItemInput[];
}

const programmeItem: z.ZodType<ProgrammeItemInput> = z.lazy(() =>
  z
    .object({
      number: z.number().int().positive().optional(),
      start: clockTime.optional(),
      end: clockTime.optional(),
      date: isoDate.optional(),
      title: text,
      by: text.optional(),
      people: z.array(z.string().trim().min(1)).optional(),
      description: text.optional(),
      room: text.optional(),
      items: z.array(programmeItem).optional(),
    })
    .strict(),
);

/**
 * One day of a meeting held over several days, consecutive or not, with that day's own times as the letter gives
 * them. A time the letter does not give for a day is left out; the bot then says it does not know it.
 */
const eventDay = z
  .object({
    date: isoDate,
    /** When the day starts, "08:30". */
    start: clockTime.optional(),
    /** When the day ends, on the same date. */
    end: clockTime.optional(),
    /** What the day is about, as the letter names it ("Basal førstehjælp"). */
    title: text.optional(),
  })
  .strict();

/**
 * One of the alternative dates of a meeting the letter holds more than once for different groups ("Hold 1: 3.
 * marts … Hold 2: 10. marts", "The webinar runs twice"): each invitee comes to one of them. Its own venue and
 * sign-up deadline where the letter gives them; otherwise the event's.
 */
const eventSession = z
  .object({
    /** How the letter names it ("Hold 1", "Team A", "Session 2"), or its date when the letter gives no name. */
    label: text,
    start: localDateTime,
    /** A date and time, or a time on the session's own day. */
    end: z.union([localDateTime, clockTime]),
    /** Where this session is held, when it differs from the event's venue. */
    venue: venue.optional(),
    /** Sign-up for this session closes at the end of this day (or at this local time). */
    deadline: z.union([isoDate, localDateTime]).optional(),
  })
  .strict();

/** A practical matter: the letter's own sentence, and typed details where the bot can use them. */
const fact = <T extends z.ZodRawShape>(details: T) => z.object({ text: text, ...details }).strict();

const practical = z
  .object({
    /** When doors open or registration starts. */
    arrival: fact({ time: clockTime.optional() }).optional(),
    food: fact({}).optional(),
    parking: fact({ free: z.boolean().optional() }).optional(),
    accessibility: fact({ wheelchair: z.boolean().optional(), hearingLoop: z.boolean().optional() }).optional(),
    /** Taking part online, a live stream or a recording. */
    online: fact({ url: url.optional(), stream: z.boolean().optional(), recording: z.boolean().optional() }).optional(),
    price: fact({
      free: z.boolean().optional(),
      amount: z.number().nonnegative().optional(),
      currency: z.string().trim().min(1).optional(),
    }).optional(),
    language: fact({ languages: z.array(z.string().trim().min(1)).optional() }).optional(),
    accommodation: fact({ hotel: z.string().trim().min(1).optional(), bookingCode: z.string().trim().min(1).optional() }).optional(),
    dressCode: fact({}).optional(),
    transport: fact({}).optional(),
    cancellation: fact({}).optional(),
  })
  .strict();
export type PracticalTopic = keyof z.infer<typeof practical>;
export const PRACTICAL_TOPICS = Object.keys(practical.shape) as PracticalTopic[];

const choice = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    label: text,
    /** Other spellings and abbreviations people write ("Århus", "Kbh."). */
    aliases: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

const FIELD_KINDS = ['name', 'email', 'phone', 'organisation', 'choice', 'text'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/**
 * A question of the sign-up form. What the bot does with an answer follows from the field's roles, never from its
 * id: `personal` answers are redacted from logs and deleted on cancelling; `groupBy` fields are what organisers'
 * counts and breakdowns use; `keepAfterCancel` answers stay, without the person, for counting cancellations.
 * Label and prompt default to the bot's own wording for the kinds name, email, phone and organisation.
 */
const field = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'letters and digits, starting with a letter'),
    kind: z.enum(FIELD_KINDS),
    label: text.optional(),
    prompt: text.optional(),
    /** Why the event asks for it, shown in the privacy notice. */
    purpose: text.optional(),
    optional: z.boolean().default(false),
    personal: z.boolean().optional(),
    groupBy: z.boolean().optional(),
    keepAfterCancel: z.boolean().optional(),
    choices: z.array(choice).default([]),
    /** A choice field may take a free-text answer outside its choices ("andet"). */
    other: z.object({ label: text, prompt: text.optional() }).strict().optional(),
    maxLength: z.number().int().positive().max(2000).default(200),
  })
  .strict();

const registration = z
  .object({
    /** False when the letter says no sign-up is needed ("Alle er velkomne, ingen tilmelding"). */
    required: z.boolean().default(true),
    /** Whether people may sign up here in the chat (beside the organiser's own way). */
    chat: z.boolean().default(true),
    url: url.optional(),
    email: email.optional(),
    phone: z.string().trim().min(1).optional(),
    /** Sign-up closes at the end of this day (or at this local time), and in any case when the meeting starts. */
    deadline: z.union([isoDate, localDateTime]).optional(),
    /** Seats; later sign-ups go on a waiting list. */
    capacity: z.number().int().positive().optional(),
    /** The letter's own sentence about signing up. */
    text: text.optional(),
    fields: z.array(field).optional(),
  })
  .strict();

const faqEntry = z
  .object({
    /** Ways people ask it, in any language. */
    questions: z.array(z.string().trim().min(1)).min(1),
    answer: text,
  })
  .strict();

const organiserId = z.string().transform((spec, context): Identity => {
  const identity = parseIdentitySpec(spec);
  if (!identity) context.addIssue({ code: 'custom', message: `"${spec}" is not aad:<GUID>, a GUID or <channel>:<user id>` });
  return identity ?? { kind: 'channel', channelId: '', userId: '' };
});

export const eventFileSchema = z
  .object({
    /** Stable id; registrations are keyed on it, so never change it once sign-up has opened. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/, 'lower-case letters, digits and dashes (3–81)'),
    /** The language the invitation is written in; plain texts are in it. */
    language: z.enum(EVENT_LANGUAGES).default('da'),
    title: text,
    timeZone: z
      .string()
      .default('Europe/Copenhagen')
      .refine((zone) => IANAZone.create(zone).isValid, 'not a valid IANA time zone'),
    start: localDateTime,
    /** A date and time, or a time on the start's day. */
    end: z.union([localDateTime, clockTime]),
    /** True when the letter gives no end and `end` is only a guess for calendar files: the bot never states it. */
    endIsEstimate: z.boolean().default(false),
    /** True when the letter gives a date but no time: `start` is that day's midnight and no time is ever stated. */
    timeNotStated: z.boolean().default(false),
    /** How the letter writes the time of day: "12h" when it writes "5.00 pm"; English answers then do the same. */
    clock: z.enum(['24h', '12h']).default('24h'),
    venue,
    /** The letter's own text, as written; the loader splits it into passages. */
    text: z.string().trim().min(1),
    letterDate: isoDate.optional(),
    organisers: z.array(organisation).default([]),
    sender: organisation.optional(),
    /** Who is invited, in the letter's words. */
    audience: text.optional(),
    people: z.array(person).default([]),
    purpose: text.optional(),
    focus: text.optional(),
    background: text.optional(),
    /** Whether participants may bring their own topics, and where in the programme. */
    ownTopics: z.object({ text: text, item: z.number().int().positive().optional() }).strict().optional(),
    /**
     * The days of a meeting held over several days, in order: `start` is the first day's start and `end` the last
     * day's end. Left out for a meeting of one day (or one unbroken span).
     */
    days: z.array(eventDay).min(2, 'list two or more days, or leave `days` out').optional(),
    /**
     * The alternative dates of a meeting held more than once, each invitee coming to one of them; `start` and `end`
     * are the first session's. Left out for a meeting held once.
     */
    sessions: z.array(eventSession).min(2, 'list two or more sessions, or leave `sessions` out').optional(),
    programme: z.array(programmeItem).default([]),
    practical: practical.default({}),
    registration: registration.optional(),
    faq: z.array(faqEntry).default([]),
    /** Organisers of this event beside ORGANISER_IDS: `aad:<GUID>` (or a bare GUID) or `<channel>:<user id>`. */
    organiserIds: z.array(organiserId).default([]),
    /** Days after the meeting that its registrations and unanswered questions are kept (default RETENTION_DAYS). */
    retentionDays: z.number().int().min(0).max(3650).optional(),
  })
  .strict()
  .superRefine((event, context) => {
    const start = DateTime.fromISO(event.start, { zone: event.timeZone });
    if (!start.isValid) context.addIssue({ code: 'custom', path: ['start'], message: 'not a valid date and time' });
    const end = endDateTime(event.start, event.end, event.timeZone);
    if (!end.isValid) context.addIssue({ code: 'custom', path: ['end'], message: 'not a valid date and time' });
    if (start.isValid && end.isValid && end <= start) context.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
    if (start.isValid && end.isValid && event.days) checkDays(event.days, start, event.endIsEstimate ? undefined : end, context);
    if (event.sessions) checkSessions(event.sessions, event.start, event.timeZone, context);
    if (event.sessions && event.days)
      context.addIssue({ code: 'custom', path: ['sessions'], message: 'a meeting held on alternative dates lists `sessions`, not `days`' });
    const fields = event.registration?.fields ?? [];
    const ids = fields.map((f) => f.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['registration', 'fields'], message: 'field ids must be unique' });
    fields.forEach((f, index) => {
      if (f.kind === 'choice' && f.choices.length === 0) {
        context.addIssue({ code: 'custom', path: ['registration', 'fields', index, 'choices'], message: 'a choice field needs choices' });
      }
      if ((f.kind === 'choice' || f.kind === 'text') && (f.label === undefined || f.prompt === undefined)) {
        context.addIssue({
          code: 'custom',
          path: ['registration', 'fields', index],
          message: `a ${f.kind} field needs a label and a prompt`,
        });
      }
    });
    const deadline = event.registration?.deadline;
    if (deadline && !DateTime.fromISO(deadline, { zone: event.timeZone }).isValid) {
      context.addIssue({ code: 'custom', path: ['registration', 'deadline'], message: 'not a valid date' });
    }
  });

/**
 * Days in order, each inside the meeting, the first on the start's date and at its time, the last on the end's
 * (an estimated end only bounds the dates).
 */
function checkDays(days: Array<z.infer<typeof eventDay>>, start: DateTime, end: DateTime | undefined, context: z.RefinementCtx): void {
  const first = start.toISODate();
  const last = end?.toISODate();
  days.forEach((day, index) => {
    const path = ['days', index];
    if (!DateTime.fromISO(day.date).isValid) {
      context.addIssue({ code: 'custom', path: [...path, 'date'], message: 'not a valid date' });
      return;
    }
    const previous = days[index - 1];
    if (previous && day.date <= previous.date)
      context.addIssue({ code: 'custom', path: [...path, 'date'], message: `must be after the day before (${previous.date})` });
    if ((first && day.date < first) || (last && day.date > last))
      context.addIssue({ code: 'custom', path: [...path, 'date'], message: `must lie between start (${first}) and end (${last})` });
    if (day.start && day.end && day.end <= day.start)
      context.addIssue({ code: 'custom', path: [...path, 'end'], message: 'must be after the day’s start' });
  });
  const opening = days[0];
  if (opening && first && opening.date !== first)
    context.addIssue({ code: 'custom', path: ['days', 0, 'date'], message: `the first day must be the start's date (${first})` });
  if (opening?.start && opening.start !== start.toFormat('HH:mm'))
    context.addIssue({
      code: 'custom',
      path: ['days', 0, 'start'],
      message: `the first day must start at start (${start.toFormat('HH:mm')})`,
    });
  const final = days[days.length - 1];
  if (!final || !end) return;
  if (last && final.date !== last)
    context.addIssue({ code: 'custom', path: ['days', days.length - 1, 'date'], message: `the last day must be the end's date (${last})` });
  if (final.end && final.end !== end.toFormat('HH:mm'))
    context.addIssue({
      code: 'custom',
      path: ['days', days.length - 1, 'end'],
      message: `the last day must end at end (${end.toFormat('HH:mm')})`,
    });
}

/** Each session a valid span; the first one at the event's start, which calendars and the rest of the bot use. */
function checkSessions(sessions: Array<z.infer<typeof eventSession>>, start: string, timeZone: string, context: z.RefinementCtx): void {
  sessions.forEach((session, index) => {
    const path = ['sessions', index];
    const from = DateTime.fromISO(session.start, { zone: timeZone });
    const to = endDateTime(session.start, session.end, timeZone);
    if (!from.isValid) context.addIssue({ code: 'custom', path: [...path, 'start'], message: 'not a valid date and time' });
    else if (!to.isValid) context.addIssue({ code: 'custom', path: [...path, 'end'], message: 'not a valid date and time' });
    else if (to <= from) context.addIssue({ code: 'custom', path: [...path, 'end'], message: 'must be after the session’s start' });
    if (session.deadline && !DateTime.fromISO(session.deadline, { zone: timeZone }).isValid)
      context.addIssue({ code: 'custom', path: [...path, 'deadline'], message: 'not a valid date' });
  });
  if (sessions[0] && sessions[0].start !== start)
    context.addIssue({ code: 'custom', path: ['sessions', 0, 'start'], message: `the first session must be at start (${start})` });
}

export type EventFile = z.infer<typeof eventFileSchema>;
export type EventFileInput = z.input<typeof eventFileSchema>;

/** The end as a date and time: `end` may be a time on the start's day. */
export function endDateTime(start: string, end: string, timeZone: string): DateTime {
  const full = end.includes('T') ? end : `${start.slice(0, 10)}T${end}`;
  return DateTime.fromISO(full, { zone: timeZone });
}
