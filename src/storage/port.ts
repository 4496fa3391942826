import type { DocumentOfType, QuestionDocument, QuestionDocumentType, StoredDocument } from './questions';
import type { Registration, RegistrationStatus, SeatLedger, Stored, StoredRegistration } from './registrations';

/** A registration with this id exists already (Cosmos: 409). */
export class ConflictError extends Error {
  constructor() {
    super('registration exists');
    this.name = 'ConflictError';
  }
}

/** The registration changed since it was read (Cosmos: 412); read again and retry. */
export class PreconditionFailedError extends Error {
  constructor() {
    super('registration changed since read');
    this.name = 'PreconditionFailedError';
  }
}

/**
 * A store (registrations or bot state) cannot be reached or written right now — refused or dropped connections,
 * timeouts, throttling beyond the retry budget, Cosmos DB not prepared yet. The caller keeps what it has and lets
 * the user try again; nothing was changed by the failed call unless a retry finds it written.
 */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown, what = 'registration store') {
    super(`${what} unavailable`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Bot state changed under this turn (Cosmos: 412 with a different version stored, or deleted meanwhile): another
 * turn of the same conversation was saved first. Its state stands; this turn's changes are dropped.
 */
export class StateConflictError extends Error {
  constructor() {
    super('bot state changed by another turn');
    this.name = 'StateConflictError';
  }
}

export type StoreFault = 'unavailable' | 'conflict';

/**
 * What kind of storage trouble an error is, looking through botbuilder's DialogContextError wrapper (its `error`)
 * and `cause` chains; undefined for anything else (a bug, bad input).
 */
export function storeFaultOf(error: unknown): StoreFault | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof StoreUnavailableError) return 'unavailable';
    if (current instanceof StateConflictError) return 'conflict';
    // A registration write that kept losing its race after every re-read: as good as unavailable for the user.
    if (current instanceof PreconditionFailedError) return 'unavailable';
    current = (current as { error?: unknown }).error ?? current.cause;
  }
  return undefined;
}

/**
 * Where registrations live. Two adapters implement it (embedded local files, Cosmos DB);
 * one contract test suite runs against both. Every operation is scoped to one event (one partition).
 */
export interface RegistrationStore {
  readonly kind: 'local' | 'cosmos';
  /** Stores a new registration; ConflictError if one with the same id exists. */
  create<T extends Registration | SeatLedger>(registration: T): Promise<Stored<T>>;
  get(eventId: string, id: string): Promise<StoredRegistration | undefined>;
  /** Replaces if `registration.etag` still matches; PreconditionFailedError otherwise. */
  replace<T extends Registration | SeatLedger>(registration: Stored<T>): Promise<Stored<T>>;
  /** True when something was deleted. */
  delete(eventId: string, id: string): Promise<boolean>;
  /** The event's registrations and cancellation records (never its seat ledger). */
  list(eventId: string): Promise<StoredRegistration[]>;
  count(eventId: string, status: RegistrationStatus): Promise<number>;
  /** The event's seat ledger, if one was written; `create`, `replace` and `delete` write it like any document. */
  seats(eventId: string): Promise<Stored<SeatLedger> | undefined>;
  /** Whether the store answers now (for /healthz). */
  ping(): Promise<boolean>;
}

/**
 * A Teams channel, team or group chat bound to one event by its organiser ("brug dette møde her"): questions asked
 * there are about that event unless they name another. Holds no personal data: a place, an event, a time.
 */
export interface ChannelBinding {
  /** Where: `<channel>:channel:<id>`, `<channel>:team:<id>` or `<channel>:chat:<id>` (see src/bot/channelBinding.ts). */
  place: string;
  eventId: string;
  /** When it was bound (ISO 8601). */
  boundAt: string;
}

/**
 * Where channel bindings live, shared by every instance on the same store. Two adapters (embedded files, Cosmos DB);
 * one contract test suite runs against both.
 */
export interface BindingStore {
  readonly kind: 'local' | 'cosmos';
  get(place: string): Promise<ChannelBinding | undefined>;
  /** Binds the place to the event, replacing whatever it was bound to. */
  put(binding: ChannelBinding): Promise<void>;
  /** True when a binding was removed. */
  delete(place: string): Promise<boolean>;
}

/**
 * Where unanswered questions, the organisers' answers (FAQ entries) and the notices owed to those who asked live.
 * Two adapters implement it (embedded local files, Cosmos DB); one contract test suite runs against both. Every
 * operation is scoped to one event (one partition).
 */
export interface QuestionStore {
  readonly kind: 'local' | 'cosmos';
  /** Stores a new document; ConflictError if one with the same id exists. */
  create<T extends QuestionDocument>(document: T): Promise<StoredDocument<T>>;
  get(eventId: string, id: string): Promise<StoredDocument | undefined>;
  /** Replaces if `document.etag` still matches; PreconditionFailedError otherwise (also when it is gone). */
  replace<T extends QuestionDocument>(document: StoredDocument<T>): Promise<StoredDocument<T>>;
  /** True when something was deleted. */
  delete(eventId: string, id: string): Promise<boolean>;
  /** The event's documents of one type; notices optionally only of one person. */
  list<K extends QuestionDocumentType>(
    eventId: string,
    type: K,
    filter?: { personKey?: string },
  ): Promise<Array<StoredDocument<DocumentOfType<K>>>>;
}
