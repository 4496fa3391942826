import type { Container, Database, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import type { Registration, RegistrationStatus, StoredRegistration } from '../../registrations/model';
import { ConflictError, PreconditionFailedError, StoreUnavailableError, type RegistrationStore } from '../port';
import { REGISTRATIONS_CONTAINER } from './cosmosClient';

type Document = Registration & ItemDefinition & { ttl?: number; _etag?: string };

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts', 'ttl'] as const;
/** Errors worth another try: timeouts, service unavailable, connection trouble (429 is retried by the SDK). */
const TRANSIENT = new Set<string | number>([408, 449, 500, 503, 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'TimeoutError']);
const statusOf = (error: unknown) => (error as { code?: string | number; statusCode?: number }).code ?? (error as { statusCode?: number }).statusCode;

export interface CosmosStoreOptions {
  /** Tries per operation for brief outages, with doubling back-off from `backoffMs`. */
  attempts?: number;
  backoffMs?: number;
  /** The clock for TTLs; Cosmos counts a document's ttl from its last write. */
  now?: () => number;
}

/**
 * Registrations in Cosmos DB (NoSQL API): container "registrations" partitioned by /eventId, one document per
 * person per event with a deterministic id (a duplicate is a 409), changes with If-Match on the ETag (a lost
 * race is a 412), every query scoped to one partition with the filter in WHERE. Personal data expires through a
 * per-document ttl derived from the registration's expiresAt.
 */
export class CosmosRegistrationStore implements RegistrationStore {
  readonly kind = 'cosmos' as const;
  private readonly container: Container;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly now: () => number;

  constructor(
    private readonly database: Database,
    options: CosmosStoreOptions = {},
  ) {
    this.container = database.container(REGISTRATIONS_CONTAINER);
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 200;
    this.now = options.now ?? Date.now;
  }

  private async withRetry<T>(operation: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await operation();
      } catch (error) {
        const status = statusOf(error);
        if (status === 409) throw new ConflictError();
        if (status === 412) throw new PreconditionFailedError();
        const transient = TRANSIENT.has(status ?? '') || status === undefined || status === 429;
        if (!transient || attempt >= this.attempts) throw new StoreUnavailableError(error);
        await new Promise((resolve) => setTimeout(resolve, this.backoffMs * 2 ** (attempt - 1)));
      }
    }
  }

  private toDocument(registration: Registration): Document {
    const { etag: _etag, ...plain } = registration as StoredRegistration;
    const document: Document = { ...plain };
    if (registration.expiresAt) document.ttl = Math.max(1, Math.floor((Date.parse(registration.expiresAt) - this.now()) / 1000));
    return document;
  }

  private fromDocument(document: Document): StoredRegistration {
    const registration = { ...document } as Record<string, unknown>;
    for (const field of SYSTEM_FIELDS) delete registration[field];
    return { ...(registration as unknown as Registration), etag: document._etag ?? '' };
  }

  create(registration: Registration): Promise<StoredRegistration> {
    return this.withRetry(async () => {
      const { resource } = await this.container.items.create<Document>(this.toDocument(registration));
      return this.fromDocument(resource!);
    });
  }

  get(eventId: string, id: string): Promise<StoredRegistration | undefined> {
    return this.withRetry(async () => {
      const { resource } = await this.container.item(id, eventId).read<Document>();
      return resource ? this.fromDocument(resource) : undefined;
    });
  }

  replace(registration: StoredRegistration): Promise<StoredRegistration> {
    return this.withRetry(async () => {
      try {
        const { resource } = await this.container
          .item(registration.id, registration.eventId)
          .replace<Document>(this.toDocument(registration), { accessCondition: { type: 'IfMatch', condition: registration.etag } });
        return this.fromDocument(resource!);
      } catch (error) {
        // Gone since it was read: for the caller that is the same as having changed.
        if (statusOf(error) === 404) throw new PreconditionFailedError();
        throw error;
      }
    });
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.withRetry(async () => {
      try {
        await this.container.item(id, eventId).delete();
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  private query<T>(eventId: string, spec: SqlQuerySpec): Promise<T[]> {
    return this.withRetry(async () => (await this.container.items.query<T>(spec, { partitionKey: eventId }).fetchAll()).resources);
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

  /** Tallied here rather than with GROUP BY, which the emulators lack; one partition, one field per document. */
  async countBy(eventId: string, fieldId: string, status: RegistrationStatus): Promise<Record<string, number>> {
    const values = await this.query<string | undefined>(eventId, {
      query: 'SELECT VALUE c.answers[@field] FROM c WHERE c.eventId = @eventId AND c.status = @status',
      parameters: [
        { name: '@eventId', value: eventId },
        { name: '@status', value: status },
        { name: '@field', value: fieldId },
      ],
    });
    const counts: Record<string, number> = {};
    for (const value of values) counts[value ?? ''] = (counts[value ?? ''] ?? 0) + 1;
    return counts;
  }

  async ping(): Promise<boolean> {
    try {
      await this.database.read();
      return true;
    } catch {
      return false;
    }
  }
}
