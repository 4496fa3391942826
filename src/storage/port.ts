import type { Registration, RegistrationStatus, StoredRegistration } from '../registrations/model';

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

/** The store cannot be reached or written right now; the caller keeps the data and lets the user retry. */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('registration store unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Where registrations live. Two adapters implement it (embedded local files, Cosmos DB);
 * one contract test suite runs against both. Every operation is scoped to one event (one partition).
 */
export interface RegistrationStore {
  readonly kind: 'local' | 'cosmos';
  /** Stores a new registration; ConflictError if one with the same id exists. */
  create(registration: Registration): Promise<StoredRegistration>;
  get(eventId: string, id: string): Promise<StoredRegistration | undefined>;
  /** Replaces if `registration.etag` still matches; PreconditionFailedError otherwise. */
  replace(registration: StoredRegistration): Promise<StoredRegistration>;
  /** True when something was deleted. */
  delete(eventId: string, id: string): Promise<boolean>;
  list(eventId: string): Promise<StoredRegistration[]>;
  count(eventId: string, status: RegistrationStatus): Promise<number>;
  /** Counts by the value of one answer field, e.g. municipality → count. */
  countBy(eventId: string, fieldId: string, status: RegistrationStatus): Promise<Record<string, number>>;
  /** Whether the store answers now (for /healthz). */
  ping(): Promise<boolean>;
}
