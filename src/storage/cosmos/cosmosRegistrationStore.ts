import type { Container, Database, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import type { Registration, RegistrationStatus, Stored, StoredRegistration } from '../registrations';
import { ConflictError, PreconditionFailedError, StoreUnavailableError, type RegistrationStore } from '../port';
import { DEFAULT_TUNING, REGISTRATIONS_CONTAINER } from './cosmosClient';
import { isRetryable, retrying, statusOf, withDeadline } from './faults';

type Document = Registration & ItemDefinition & { ttl?: number; _etag?: string };

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts', 'ttl'] as const;

/** Where the database comes from: given, or prepared later (CosmosReadiness, after an unreachable start). */
export interface DatabaseSource {
  /** The prepared database; StoreUnavailableError while it is not. */
  get(): Promise<Database>;
}

export interface CosmosStoreOptions {
  /** Tries per operation for brief outages (dropped connections, timeouts, 5xx), with doubling back-off from `backoffMs`. */
  attempts?: number;
  backoffMs?: number;
  /** Deadline of one operation, retries included. */
  operationTimeoutMs?: number;
  /** The clock for TTLs; Cosmos counts a document's ttl from its last write. */
  now?: () => number;
}

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
  private readonly source: DatabaseSource;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly operationTimeoutMs: number;
  private readonly now: () => number;

  constructor(database: Database | DatabaseSource, options: CosmosStoreOptions = {}) {
    this.source = 'get' in database && typeof database.get === 'function' ? database : { get: async () => database as Database };
    this.attempts = options.attempts ?? DEFAULT_TUNING.attempts;
    this.backoffMs = options.backoffMs ?? DEFAULT_TUNING.backoffMs;
    this.operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_TUNING.operationTimeoutMs;
    this.now = options.now ?? Date.now;
  }

  /** One operation under its deadline; the container is ready or StoreUnavailableError; brief outages retried. */
  private withRetry<T>(operation: (container: Container, options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    return withDeadline(this.operationTimeoutMs, 'registration store', async (signal) => {
      const container = (await this.source.get()).container(REGISTRATIONS_CONTAINER);
      return retrying(() => operation(container, { abortSignal: signal }), {
        attempts: this.attempts,
        backoffMs: this.backoffMs,
        signal,
        retry: (error) => !(error instanceof ConflictError || error instanceof PreconditionFailedError) && isRetryable(error),
        translate: (error) => {
          if (error instanceof ConflictError || error instanceof PreconditionFailedError) return error;
          if (statusOf(error) === 409) return new ConflictError();
          if (statusOf(error) === 412) return new PreconditionFailedError();
          return new StoreUnavailableError(error);
        },
      });
    });
  }

  private toDocument(registration: Registration): Document {
    const { etag: _etag, ...plain } = registration as Registration & { etag?: string };
    const document: Document = { ...plain };
    if (registration.expiresAt) document.ttl = Math.max(1, Math.floor((Date.parse(registration.expiresAt) - this.now()) / 1000));
    return document;
  }

  private fromDocument<T extends Registration = Registration>(document: Document): Stored<T> {
    const registration = { ...document } as Record<string, unknown>;
    for (const field of SYSTEM_FIELDS) delete registration[field];
    return { ...(registration as unknown as T), etag: document._etag ?? '' };
  }

  create<T extends Registration>(registration: T): Promise<Stored<T>> {
    return this.withRetry(async (container, options) => {
      const { resource } = await container.items.create<Document>(this.toDocument(registration), options);
      return this.fromDocument<T>(resource!);
    });
  }

  get(eventId: string, id: string): Promise<StoredRegistration | undefined> {
    return this.withRetry(async (container, options) => {
      const { resource } = await container.item(id, eventId).read<Document>(options);
      return resource ? this.fromDocument(resource) : undefined;
    });
  }

  replace<T extends Registration>(registration: Stored<T>): Promise<Stored<T>> {
    return this.withRetry(async (container, options) => {
      try {
        const { resource } = await container.item(registration.id, registration.eventId).replace<Document>(this.toDocument(registration), {
          ...options,
          accessCondition: { type: 'IfMatch', condition: registration.etag },
        });
        return this.fromDocument<T>(resource!);
      } catch (error) {
        // Gone since it was read: for the caller that is the same as having changed.
        if (statusOf(error) === 404) throw new PreconditionFailedError();
        throw error;
      }
    });
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.withRetry(async (container, options) => {
      try {
        await container.item(id, eventId).delete(options);
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  private query<T>(eventId: string, spec: SqlQuerySpec): Promise<T[]> {
    return this.withRetry(
      async (container, options) => (await container.items.query<T>(spec, { ...options, partitionKey: eventId }).fetchAll()).resources,
    );
  }

  async list(eventId: string): Promise<StoredRegistration[]> {
    const documents = await this.query<Document>(eventId, {
      query: 'SELECT * FROM c WHERE c.eventId = @eventId',
      parameters: [{ name: '@eventId', value: eventId }],
    });
    return documents.map((document) => this.fromDocument(document));
  }

  async count(eventId: string, status: RegistrationStatus): Promise<number> {
    const [count] = await this.query<number>(eventId, {
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
      await withDeadline(this.operationTimeoutMs, 'registration store', async (abortSignal) =>
        (await this.source.get()).read({ abortSignal }),
      );
      return true;
    } catch {
      return false;
    }
  }
}
