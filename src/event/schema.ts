import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { parseIdentitySpec, type Identity } from '../identity';

/** A sentence in every language the bot speaks. */
export const localizedSchema = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

/** A wall-clock time in the event's time zone, e.g. "2024-10-30T17:00". */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:mm (local time)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const addressSchema = z.object({
  street: z.string().min(1),
  postBox: z.string().optional(),
  postalCode: z.string().min(1),
  city: z.string().min(1),
});

const personSchema = z.object({
  name: z.string().min(1),
  title: localizedSchema.optional(),
});

const programmeItemSchema = z.object({
  number: z.number().int().positive(),
  title: localizedSchema,
  /** Who leads the item, as the invitation names them. */
  leader: localizedSchema.optional(),
  subItems: z.array(localizedSchema).default([]),
});

/** One answer option of a choice field; aliases are other spellings users write ("Århus"). */
const choiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: localizedSchema,
  aliases: z.array(z.string().min(1)).default([]),
});

/**
 * A question of the sign-up form. Which fields an event asks for, and their choices, are event data;
 * `kind` says how an answer is checked.
 */
const fieldSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  kind: z.enum(['name', 'email', 'choice', 'text']),
  label: localizedSchema,
  prompt: localizedSchema,
  optional: z.boolean().default(false),
  /** For choice fields: the options, and whether a free-text "other" answer is allowed. */
  choices: z.array(choiceSchema).default([]),
  other: z.object({ label: localizedSchema, prompt: localizedSchema }).optional(),
  maxLength: z.number().int().positive().max(2000).default(200),
});

/** One paragraph of the invitation's own text, for passage search. */
const passageSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
});

export const eventSchema = z
  .object({
    /** Stable id; registrations are keyed on it, so never change it once sign-up has opened. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/, 'lower-case letters, digits and dashes'),
    /** Language the invitation itself is written in (passages are quoted in it). */
    sourceLanguage: z.enum(['da', 'en']),
    title: localizedSchema,
    letterDate: isoDate,
    sender: z.object({
      organisation: z.string().min(1),
      address: addressSchema,
      website: z.string().min(1),
    }),
    organisers: z.array(localizedSchema).min(1),
    /** Extra organisers of this event beside ORGANISER_IDS: `aad:<GUID>` (or a bare GUID) or `<channel>:<user id>`. */
    organiserIds: z
      .array(
        z.string().transform((spec, context): Identity => {
          const identity = parseIdentitySpec(spec);
          if (!identity) context.addIssue({ code: 'custom', message: `"${spec}" is not aad:<GUID>, a GUID or <channel>:<user id>` });
          return identity ?? { kind: 'channel', channelId: '', userId: '' };
        }),
      )
      .default([]),
    audience: z.array(localizedSchema).min(1),
    /** Who the invitation says is invited, in one sentence (the "alle lokale politiske udvalg …" line). */
    invitedSummary: localizedSchema,
    timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'not a valid IANA time zone'),
    start: localDateTime,
    end: localDateTime,
    venue: z.object({ name: localizedSchema, address: addressSchema }),
    chair: personSchema,
    purpose: localizedSchema,
    focus: localizedSchema,
    background: z.array(localizedSchema).min(1),
    /** Whether participants may raise their own topics, and where in the programme. */
    ownTopics: z.object({ allowed: z.boolean(), programmeItem: z.number().int().positive().optional() }),
    programme: z.array(programmeItemSchema).min(1),
    contact: personSchema.extend({
      organisation: z.string().min(1),
      email: z.string().email().optional(),
      phone: z.string().optional(),
    }),
    registration: z.object({
      /** The organiser's own sign-up page, mentioned beside the chat sign-up. */
      url: z.url(),
      /** Sign-up closes at this local time if given, and in any case when the meeting starts. */
      deadline: localDateTime.optional(),
      /** Seats; later sign-ups go on a waiting list. No capacity = no limit. */
      capacity: z.number().int().positive().optional(),
      fields: z.array(fieldSchema).min(1),
    }),
    passages: z.array(passageSchema).min(1),
  })
  .superRefine((event, ctx) => {
    const start = DateTime.fromISO(event.start, { zone: event.timeZone });
    const end = DateTime.fromISO(event.end, { zone: event.timeZone });
    if (!start.isValid) ctx.addIssue({ code: 'custom', path: ['start'], message: 'not a valid date and time' });
    if (!end.isValid) ctx.addIssue({ code: 'custom', path: ['end'], message: 'not a valid date and time' });
    if (start.isValid && end.isValid && end <= start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
    }
    const fieldIds = event.registration.fields.map((field) => field.id);
    if (new Set(fieldIds).size !== fieldIds.length) {
      ctx.addIssue({ code: 'custom', path: ['registration', 'fields'], message: 'field ids must be unique' });
    }
    for (const required of ['fullName', 'email']) {
      if (!fieldIds.includes(required)) {
        ctx.addIssue({ code: 'custom', path: ['registration', 'fields'], message: `a "${required}" field is required` });
      }
    }
    event.registration.fields.forEach((field, index) => {
      if (field.kind === 'choice' && field.choices.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['registration', 'fields', index, 'choices'], message: 'a choice field needs choices' });
      }
    });
    if (event.registration.deadline && !DateTime.fromISO(event.registration.deadline, { zone: event.timeZone }).isValid) {
      ctx.addIssue({ code: 'custom', path: ['registration', 'deadline'], message: 'not a valid date and time' });
    }
    const numbers = event.programme.map((item) => item.number);
    if (new Set(numbers).size !== numbers.length) {
      ctx.addIssue({ code: 'custom', path: ['programme'], message: 'programme numbers must be unique' });
    }
    if (event.ownTopics.programmeItem !== undefined && !numbers.includes(event.ownTopics.programmeItem)) {
      ctx.addIssue({ code: 'custom', path: ['ownTopics', 'programmeItem'], message: 'no programme item with that number' });
    }
  });

export type MeetingEvent = z.infer<typeof eventSchema>;
export type ProgrammeItem = MeetingEvent['programme'][number];
export type RegistrationField = MeetingEvent['registration']['fields'][number];
export type FieldChoice = RegistrationField['choices'][number];
