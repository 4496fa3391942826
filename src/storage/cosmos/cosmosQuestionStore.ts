import type { Container, Database, ItemDefinition, SqlParameter } from '@azure/cosmos';
import type { DocumentOfType, QuestionDocument, QuestionDocumentType, StoredDocument } from '../questions';
import { ConflictError, PreconditionFailedError, StoreUnavailableError, type QuestionStore } from '../port';
import { DEFAULT_TUNING, QUESTIONS_CONTAINER } from './cosmosClient';
import type { CosmosStoreOptions, DatabaseSource } from './cosmosRegistrationStore';
import { isRetryable, retrying, statusOf, withDeadline } from './faults';

type Document = QuestionDocument & ItemDefinition & { ttl?: number; _etag?: string };

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts', 'ttl'] as const;

/**
 * Questions, notices and FAQ documents in Cosmos DB (NoSQL API): container "questions" partitioned by /eventId,
 * every query scoped to one partition, changes with If-Match on the ETag (a lost race is a 412). Documents carrying
 * expiresAt get a per-document ttl, so Cosmos DB deletes them itself at the end of their retention.
 *
 * Faults as in CosmosRegistrationStore: 409 → ConflictError, 412 → PreconditionFailedError, brief outages tried again
 * with back-off, anything else → StoreUnavailableError.
 */
export class CosmosQuestionStore implements QuestionStore {
  readonly kind = 'cosmos' as const;
  private readonly source: DatabaseSource;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly operationTimeoutMs: number;
  private readonly now: () => number;

  constructor(database: Database | DatabaseSource, options: CosmosStoreOptions = {}) {
    this.source = 'get' in database && typeof database.get === 'function' ? database : { get: () => Promise.resolve(database as Database) };
    this.attempts = options.attempts ?? DEFAULT_TUNING.attempts;
    this.backoffMs = options.backoffMs ?? DEFAULT_TUNING.backoffMs;
    this.operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_TUNING.operationTimeoutMs;
    this.now = options.now ?? Date.now;
  }

  private withRetry<T>(operation: (container: Container, options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    return withDeadline(this.operationTimeoutMs, 'question store', async (signal) => {
      const container = (await this.source.get()).container(QUESTIONS_CONTAINER);
      return retrying(() => operation(container, { abortSignal: signal }), {
        attempts: this.attempts,
        backoffMs: this.backoffMs,
        signal,
        retry: (error) => !(error instanceof ConflictError || error instanceof PreconditionFailedError) && isRetryable(error),
        translate: (error) => {
          if (error instanceof ConflictError || error instanceof PreconditionFailedError) return error;
          if (statusOf(error) === 409) return new ConflictError();
          if (statusOf(error) === 412) return new PreconditionFailedError();
          return new StoreUnavailableError(error, 'question store');
        },
      });
    });
  }

  private toDocument(document: QuestionDocument): Document {
    const { etag: _etag, ...plain } = document as QuestionDocument & { etag?: string };
    const stored: Document = { ...plain };
    if (document.expiresAt) stored.ttl = Math.max(1, Math.floor((Date.parse(document.expiresAt) - this.now()) / 1000));
    return stored;
  }

  private fromDocument<T extends QuestionDocument = QuestionDocument>(document: Document): StoredDocument<T> {
    const plain = { ...document } as Record<string, unknown>;
    for (const field of SYSTEM_FIELDS) delete plain[field];
    return { ...(plain as unknown as T), etag: document._etag ?? '' };
  }

  create<T extends QuestionDocument>(document: T): Promise<StoredDocument<T>> {
    return this.withRetry(async (container, options) => {
      const { resource } = await container.items.create<Document>(this.toDocument(document), options);
      return this.fromDocument<T>(resource!);
    });
  }

  get(eventId: string, id: string): Promise<StoredDocument | undefined> {
    return this.withRetry(async (container, options) => {
      const { resource } = await container.item(id, eventId).read<Document>(options);
      return resource ? this.fromDocument(resource) : undefined;
    });
  }

  replace<T extends QuestionDocument>(document: StoredDocument<T>): Promise<StoredDocument<T>> {
    return this.withRetry(async (container, options) => {
      try {
        const { resource } = await container
          .item(document.id, document.eventId)
          .replace<Document>(this.toDocument(document), { ...options, accessCondition: { type: 'IfMatch', condition: document.etag } });
        return this.fromDocument<T>(resource!);
      } catch (error) {
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

  async list<K extends QuestionDocumentType>(
    eventId: string,
    type: K,
    filter: { personKey?: string } = {},
  ): Promise<Array<StoredDocument<DocumentOfType<K>>>> {
    const parameters: SqlParameter[] = [
      { name: '@eventId', value: eventId },
      { name: '@type', value: type },
    ];
    let query = 'SELECT * FROM c WHERE c.eventId = @eventId AND c.type = @type';
    if (filter.personKey !== undefined) {
      query += ' AND c.personKey = @personKey';
      parameters.push({ name: '@personKey', value: filter.personKey });
    }
    const documents = await this.withRetry(
      async (container, options) =>
        (await container.items.query<Document>({ query, parameters }, { ...options, partitionKey: eventId }).fetchAll()).resources,
    );
    return documents.map((document) => this.fromDocument<DocumentOfType<K>>(document));
  }
}
