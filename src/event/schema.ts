import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

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
      url: z.url(),
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
