import type { Identity } from '../identity';
import type { EventLang, FieldKind, Localized, PersonRole, PracticalTopic } from './schema';

export type { EventLang, FieldKind, Localized, PersonRole, PracticalTopic };

/** An address as the letter gives it, split into parts where they could be recognised. */
export interface Address {
  /** The whole address on one line, as it is shown. */
  line: string;
  street?: string;
  postBox?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

export interface Venue {
  name?: Localized;
  address?: Address;
  room?: Localized;
  online: boolean;
  /** The letter does not say where. */
  notStated: boolean;
}

export interface Person {
  name: string;
  title?: Localized;
  organisation?: Localized;
  email?: string;
  phone?: string;
  roles: PersonRole[];
}

export interface Organisation {
  name: Localized;
  website?: string;
  address?: Address;
  email?: string;
  phone?: string;
}

export interface ProgrammeItem {
  /** As the letter numbers it, else its position (1-based) among its siblings. */
  number: number;
  /** Whether the letter itself numbers the items. */
  numbered: boolean;
  /** "19:00", local time. */
  start?: string;
  end?: string;
  date?: string;
  title: Localized;
  by?: Localized;
  people: string[];
  description?: Localized;
  /** Where in the venue the item is held ("Ege (stueetagen)", "Room C2.14"), as the letter writes it. */
  room?: Localized;
  items: ProgrammeItem[];
}

/** One day of a meeting over several days, with its own times where the letter gives them. */
export interface EventDay {
  /** "2027-05-20". */
  date: string;
  /** "08:30", local time. */
  start?: string;
  end?: string;
  title?: Localized;
}

/** One of the alternative dates of a meeting held more than once; each invitee comes to one of them. */
export interface EventSession {
  /** "Hold 1", "Session 2", as the letter names it. */
  label: Localized;
  /** Local dates and times, "2030-01-15T19:00". */
  start: string;
  end: string;
  /** Where this session is held, when the letter gives it its own venue. */
  venue?: Venue;
  /** Local date and time when sign-up for this session closes. */
  deadline?: string;
}

export interface PracticalFact {
  text: Localized;
  time?: string;
  free?: boolean;
  wheelchair?: boolean;
  hearingLoop?: boolean;
  url?: string;
  stream?: boolean;
  recording?: boolean;
  amount?: number;
  currency?: string;
  languages?: string[];
  hotel?: string;
  bookingCode?: string;
}

export interface FieldChoice {
  id: string;
  label: Localized;
  aliases: string[];
}

/** A sign-up question with its roles resolved (see the schema). */
export interface RegistrationField {
  id: string;
  kind: FieldKind;
  label?: Localized;
  prompt?: Localized;
  purpose?: Localized;
  optional: boolean;
  personal: boolean;
  groupBy: boolean;
  keepAfterCancel: boolean;
  choices: FieldChoice[];
  other?: { label: Localized; prompt?: Localized };
  maxLength: number;
  /** The choice of one of the event's `sessions` (added for an event held on alternative dates): choice `i` is session `i`. */
  session?: boolean;
}

export interface Registration {
  required: boolean;
  chat: boolean;
  url?: string;
  email?: string;
  phone?: string;
  /** Local date and time when sign-up closes (a date alone closes at the end of that day). */
  deadline?: string;
  capacity?: number;
  text?: Localized;
  fields: RegistrationField[];
}

export interface FaqEntry {
  questions: string[];
  answer: Localized;
  /** Where it came from: the event file, or an organiser's answer in chat (stored). */
  source: 'file' | 'organiser';
}

/** One paragraph of the letter, for passage search and quoting. */
export interface Passage {
  id: string;
  text: string;
}

/** An invitation as the bot uses it: validated, every text normalised, defaults filled in. */
export interface MeetingEvent {
  id: string;
  language: EventLang;
  title: Localized;
  timeZone: string;
  /** Local date and time, "2030-01-15T19:00". */
  start: string;
  end: string;
  endIsEstimate: boolean;
  /** The letter gives the date but no time. */
  timeNotStated: boolean;
  /** How the letter writes the time of day ("12h": "5.00 pm"); English answers follow it. */
  clock: '24h' | '12h';
  venue: Venue;
  text: string;
  passages: Passage[];
  letterDate?: string;
  organisers: Organisation[];
  sender?: Organisation;
  audience?: Localized;
  people: Person[];
  purpose?: Localized;
  focus?: Localized;
  background?: Localized;
  ownTopics?: { text: Localized; item?: number };
  /** The days of a meeting over several days, in order; empty for a meeting of one day. */
  days: EventDay[];
  /** The alternative dates of a meeting held more than once, in the letter's order; empty for a meeting held once. */
  sessions: EventSession[];
  programme: ProgrammeItem[];
  practical: Partial<Record<PracticalTopic, PracticalFact>>;
  registration?: Registration;
  faq: FaqEntry[];
  organiserIds: Identity[];
  retentionDays?: number;
}

/** A text in `lang` if the event has it, else in the invitation's own language — and which one it is. */
export function textIn(value: Localized, lang: EventLang, fallback: EventLang): { text: string; lang: EventLang } {
  const own = value[lang];
  if (own !== undefined) return { text: own, lang };
  const other = value[fallback] ?? value[lang === 'da' ? 'en' : 'da'] ?? '';
  return { text: other, lang: value[fallback] !== undefined ? fallback : lang === 'da' ? 'en' : 'da' };
}
