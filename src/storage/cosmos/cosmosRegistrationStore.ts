import type { Database } from '@azure/cosmos';
import type { Registration, RegistrationStatus, Stored, StoredRegistration } from '../registrations';
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
  private readonly documents: EventDocuments<Registration>;

  constructor(database: Database | DatabaseSource, options: CosmosStoreOptions = {}) {
    this.documents = new EventDocuments<Registration>(database, REGISTRATIONS_CONTAINER, 'registration store', options);
  }

  create<T extends Registration>(registration: T): Promise<Stored<T>> {
    return this.documents.create(registration);
  }

  get(eventId: string, id: string): Promise<StoredRegistration | undefined> {
    return this.documents.get(eventId, id);
  }

  replace<T extends Registration>(registration: Stored<T>): Promise<Stored<T>> {
    return this.documents.replace(registration);
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.documents.delete(eventId, id);
  }

  list(eventId: string): Promise<StoredRegistration[]> {
    return this.documents.documents(eventId, {
      query: 'SELECT * FROM c WHERE c.eventId = @eventId',
      parameters: [{ name: '@eventId', value: eventId }],
    });
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
