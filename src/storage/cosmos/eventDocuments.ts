import type { Container, Database, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { ConflictError, PreconditionFailedError, StoreUnavailableError } from '../port';
import { DEFAULT_TUNING } from './cosmosClient';
import { isRetryable, retrying, statusOf, withDeadline } from './faults';

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

/** What every document partitioned by event carries: its id, its event, and optionally when it may go. */
export interface EventDocument {
  id: string;
  eventId: string;
  expiresAt?: string;
}

type Document<D> = D & ItemDefinition & { ttl?: number; _etag?: string };
export type WithEtag<T> = T & { etag: string };

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts', 'ttl'] as const;

/** The database as given, or as a source to wait for. */
export function databaseSource(database: Database | DatabaseSource): DatabaseSource {
  return 'get' in database && typeof database.get === 'function' ? database : { get: async () => database as Database };
}

/**
 * One Cosmos DB container of documents partitioned by /eventId, as the registration and question stores keep them:
 * every operation under a deadline and scoped to one partition, changes with If-Match on the ETag, documents with
 * expiresAt given a per-document ttl so that Cosmos DB deletes them itself.
 *
 * Faults: 409 → ConflictError, 412 → PreconditionFailedError (a replace of a document gone since it was read too);
 * a dropped connection, timeout or 5xx is tried again with back-off; anything else, 429 beyond the SDK's retries, or
 * a database not prepared yet → StoreUnavailableError naming `what`.
 */
export class EventDocuments<D extends EventDocument> {
  readonly source: DatabaseSource;
  readonly operationTimeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly now: () => number;

  constructor(
    database: Database | DatabaseSource,
    private readonly containerName: string,
    /** Names the store in StoreUnavailableError and deadlines ("question store"). */
    readonly what: string,
    options: CosmosStoreOptions = {},
  ) {
    this.source = databaseSource(database);
    this.attempts = options.attempts ?? DEFAULT_TUNING.attempts;
    this.backoffMs = options.backoffMs ?? DEFAULT_TUNING.backoffMs;
    this.operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_TUNING.operationTimeoutMs;
    this.now = options.now ?? Date.now;
  }

  /** One operation under its deadline; the container is ready or StoreUnavailableError; brief outages retried. */
  run<T>(operation: (container: Container, options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    return withDeadline(this.operationTimeoutMs, this.what, async (signal) => {
      const container = (await this.source.get()).container(this.containerName);
      return retrying(() => operation(container, { abortSignal: signal }), {
        attempts: this.attempts,
        backoffMs: this.backoffMs,
        signal,
        retry: (error) => !(error instanceof ConflictError || error instanceof PreconditionFailedError) && isRetryable(error),
        translate: (error) => {
          if (error instanceof ConflictError || error instanceof PreconditionFailedError) return error;
          if (statusOf(error) === 409) return new ConflictError();
          if (statusOf(error) === 412) return new PreconditionFailedError();
          return new StoreUnavailableError(error, this.what);
        },
      });
    });
  }

  create<T extends D>(document: T): Promise<WithEtag<T>> {
    return this.run(async (container, options) => {
      const { resource } = await container.items.create<Document<D>>(this.toDocument(document), options);
      return this.fromDocument<T>(resource!);
    });
  }

  get(eventId: string, id: string): Promise<WithEtag<D> | undefined> {
    return this.run(async (container, options) => {
      const { resource } = await container.item(id, eventId).read<Document<D>>(options);
      return resource ? this.fromDocument(resource) : undefined;
    });
  }

  replace<T extends D>(document: WithEtag<T>): Promise<WithEtag<T>> {
    return this.run(async (container, options) => {
      try {
        const { resource } = await container.item(document.id, document.eventId).replace<Document<D>>(this.toDocument(document), {
          ...options,
          accessCondition: { type: 'IfMatch', condition: document.etag },
        });
        return this.fromDocument<T>(resource!);
      } catch (error) {
        // Gone since it was read: for the caller that is the same as having changed.
        if (statusOf(error) === 404) throw new PreconditionFailedError();
        throw error;
      }
    });
  }

  /** True when something was deleted. */
  delete(eventId: string, id: string): Promise<boolean> {
    return this.run(async (container, options) => {
      try {
        await container.item(id, eventId).delete(options);
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  /** A query within one event's partition; rows as Cosmos DB returns them (documents: see `documents`). */
  query<R>(eventId: string, spec: SqlQuerySpec): Promise<R[]> {
    return this.run(
      async (container, options) => (await container.items.query<R>(spec, { ...options, partitionKey: eventId }).fetchAll()).resources,
    );
  }

  /** The documents a query within one event's partition finds, without Cosmos DB's own fields. */
  async documents<T extends D = D>(eventId: string, spec: SqlQuerySpec): Promise<Array<WithEtag<T>>> {
    return (await this.query<Document<D>>(eventId, spec)).map((document) => this.fromDocument<T>(document));
  }

  private toDocument(document: D): Document<D> {
    const { etag: _etag, ...plain } = document as D & { etag?: string };
    const stored = { ...plain } as Document<D>;
    if (document.expiresAt) stored.ttl = Math.max(1, Math.floor((Date.parse(document.expiresAt) - this.now()) / 1000));
    return stored;
  }

  private fromDocument<T extends D = D>(document: Document<D>): WithEtag<T> {
    const plain = { ...document } as Record<string, unknown>;
    for (const field of SYSTEM_FIELDS) delete plain[field];
    return { ...(plain as unknown as T), etag: document._etag ?? '' };
  }
}
