import type { Database } from '@azure/cosmos';
import {
  SEAT_LEDGER_ID,
  type Registration,
  type RegistrationStatus,
  type SeatLedger,
  type Stored,
  type StoredRegistration,
} from '../registrations';
import type { RegistrationStore } from '../port';
import { REGISTRATIONS_CONTAINER } from './cosmosClient';
import { EventDocuments, type CosmosStoreOptions, type DatabaseSource } from './eventDocuments';
import { withDeadline } from './faults';

/**
 * Registrations in Cosmos DB (NoSQL API): container "registrations" partitioned by /eventId, one document per
 * person per event with a deterministic id (a duplicate is a 409), changes with If-Match on the ETag (a lost
 * race is a 412), every query scoped to one partition with the filter in WHERE. Personal data expires through a
 * per-document ttl derived from the registration's expiresAt.
 *
 * Faults: 409 → ConflictError, 412 → PreconditionFailedError (the service re-reads); a dropped connection, timeout
 * or 5xx is tried again with back-off; anything else, 429 beyond the SDK's retries, or a database not prepared yet
 * → StoreUnavailableError. A write whose answer was lost may have landed: its retry meets 409/412, which the
 * service recognises as its own write.
 */
export class CosmosRegistrationStore implements RegistrationStore {
  readonly kind = 'cosmos' as const;
  private readonly documents: EventDocuments<Registration | SeatLedger>;

  constructor(database: Database | DatabaseSource, options: CosmosStoreOptions = {}) {
    this.documents = new EventDocuments<Registration | SeatLedger>(database, REGISTRATIONS_CONTAINER, 'registration store', options);
  }

  create<T extends Registration | SeatLedger>(registration: T): Promise<Stored<T>> {
    return this.documents.create(registration);
  }

  async get(eventId: string, id: string): Promise<StoredRegistration | undefined> {
    const found = await this.documents.get(eventId, id);
    return found && found.status !== 'seats' ? found : undefined;
  }

  async seats(eventId: string): Promise<Stored<SeatLedger> | undefined> {
    const found = await this.documents.get(eventId, SEAT_LEDGER_ID);
    return found?.status === 'seats' ? found : undefined;
  }

  replace<T extends Registration | SeatLedger>(registration: Stored<T>): Promise<Stored<T>> {
    return this.documents.replace(registration);
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.documents.delete(eventId, id);
  }

  async list(eventId: string): Promise<StoredRegistration[]> {
    const found = await this.documents.documents(eventId, {
      query: "SELECT * FROM c WHERE c.eventId = @eventId AND c.status != 'seats'",
      parameters: [{ name: '@eventId', value: eventId }],
    });
    return found.filter((document): document is StoredRegistration => document.status !== 'seats');
  }

  async count(eventId: string, status: RegistrationStatus): Promise<number> {
    const [count] = await this.documents.query<number>(eventId, {
      query: 'SELECT VALUE COUNT(1) FROM c WHERE c.eventId = @eventId AND c.status = @status',
      parameters: [
        { name: '@eventId', value: eventId },
        { name: '@status', value: status },
      ],
    });
    return count ?? 0;
  }

  /** For /healthz: false while Cosmos DB is not prepared (a try starts) or does not answer. */
  async ping(): Promise<boolean> {
    try {
      await withDeadline(this.documents.operationTimeoutMs, this.documents.what, async (abortSignal) =>
        (await this.documents.source.get()).read({ abortSignal }),
      );
      return true;
    } catch {
      return false;
    }
  }
}
