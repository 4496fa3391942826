import { createHash } from 'node:crypto';

export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

/** Answers by field id. A choice field holds the choice id, or "other" with the text under `<fieldId>Other`. */
export type Answers = Record<string, string>;

/**
 * One person's sign-up for one event. Personal data: name, e-mail, answers and topic.
 * Cancelling removes those and keeps only what an organiser's count needs.
 */
export interface Registration {
  /** Deterministic from event and person, so a second sign-up collides instead of duplicating. */
  id: string;
  eventId: string;
  /** "aad:<Entra object id>" in Teams, else "<channel>:<user id>". */
  personKey: string;
  status: RegistrationStatus;
  answers: Answers;
  createdAt: string;
  updatedAt: string;
  /** When the personal data must be gone (meeting end + retention); Cosmos DB turns it into a TTL. */
  expiresAt?: string;
  /** Place in the waiting-list queue (ascending = earlier); set when the registration had to wait. */
  waitlistNumber?: number;
  /** Set when the person moved up from the waiting list and has not been told yet. */
  promotedAt?: string;
  promotionNoticePending?: boolean;
}

/** A registration as stored, with the store's version tag for optimistic concurrency. */
export interface StoredRegistration extends Registration {
  etag: string;
}

export interface Person {
  channelId: string;
  userId: string;
  aadObjectId?: string;
}

export function personKeyOf(person: Person): string {
  return person.aadObjectId ? `aad:${person.aadObjectId}` : `${person.channelId}:${person.userId}`;
}

export function registrationIdOf(eventId: string, personKey: string): string {
  return createHash('sha256').update(`${eventId}\n${personKey}`).digest('hex').slice(0, 40);
}
