import { createHash } from 'node:crypto';
import { personKeyOf, type Identity } from '../identity';

export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

/** Answers by field id. A choice field holds the choice id, or "other" with the text under `<fieldId>Other`. */
export type Answers = Record<string, string>;

/**
 * One person's sign-up for one event, registered or on the waiting list. Personal data: the person key and every
 * answer the event asked for.
 */
export interface ActiveRegistration {
  /** Deterministic from event and person, so a second sign-up collides instead of duplicating. */
  id: string;
  eventId: string;
  /** personKeyOf(identity): who signed up. */
  personKey: string;
  status: 'registered' | 'waitlisted';
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

/**
 * What remains of a cancelled registration for the organisers' count: the answers the event keeps after cancelling
 * (e.g. municipality and role), under a random id. No person key, no timestamps: nothing leads back to the person.
 */
export interface CancellationRecord {
  id: string;
  eventId: string;
  status: 'cancelled';
  answers: Answers;
  expiresAt?: string;
}

export type Registration = ActiveRegistration | CancellationRecord;

/**
 * Who holds an event with limited seats' seats: one document per event that every instance changes only with its
 * ETag, so two instances can never both take the last seat (counting registrations and then writing one can: both
 * count the same free seat). Holds registration ids and when each took its seat, nothing else about a person.
 */
export interface SeatLedger {
  id: typeof SEAT_LEDGER_ID;
  eventId: string;
  status: 'seats';
  holders: Array<{ id: string; since: string }>;
  expiresAt?: string;
}

/** The ledger's id: no registration id (40 hex digits) or cancellation id (a UUID) can be this. */
export const SEAT_LEDGER_ID = 'seats';

/** A document as stored, with the store's version tag for optimistic concurrency. */
export type Stored<T extends Registration | SeatLedger> = T & { etag: string };
export type StoredRegistration = Stored<Registration>;
export type StoredActiveRegistration = Stored<ActiveRegistration>;

export const isActive = (registration: StoredRegistration | undefined): registration is StoredActiveRegistration =>
  registration !== undefined && registration.status !== 'cancelled';

export function registrationIdOf(eventId: string, identity: Identity): string {
  return createHash('sha256')
    .update(`${eventId}\n${personKeyOf(identity)}`)
    .digest('hex')
    .slice(0, 40);
}
