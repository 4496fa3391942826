import type { Database, SqlParameter } from '@azure/cosmos';
import type { DocumentOfType, QuestionDocument, QuestionDocumentType, StoredDocument } from '../questions';
import type { QuestionStore } from '../port';
import { QUESTIONS_CONTAINER } from './cosmosClient';
import { EventDocuments, type CosmosStoreOptions, type DatabaseSource } from './eventDocuments';

/**
 * Questions, notices and FAQ documents in Cosmos DB (NoSQL API): container "questions" partitioned by /eventId,
 * every query scoped to one partition, changes with If-Match on the ETag (a lost race is a 412). Documents carrying
 * expiresAt get a per-document ttl, so Cosmos DB deletes them itself at the end of their retention.
 *
 * Faults as in every EventDocuments container: 409 → ConflictError, 412 → PreconditionFailedError, brief outages tried again
 * with back-off, anything else → StoreUnavailableError.
 */
export class CosmosQuestionStore implements QuestionStore {
  readonly kind = 'cosmos' as const;
  private readonly documents: EventDocuments<QuestionDocument>;

  constructor(database: Database | DatabaseSource, options: CosmosStoreOptions = {}) {
    this.documents = new EventDocuments<QuestionDocument>(database, QUESTIONS_CONTAINER, 'question store', options);
  }

  create<T extends QuestionDocument>(document: T): Promise<StoredDocument<T>> {
    return this.documents.create(document);
  }

  get(eventId: string, id: string): Promise<StoredDocument | undefined> {
    return this.documents.get(eventId, id);
  }

  replace<T extends QuestionDocument>(document: StoredDocument<T>): Promise<StoredDocument<T>> {
    return this.documents.replace(document);
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.documents.delete(eventId, id);
  }

  list<K extends QuestionDocumentType>(
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
    return this.documents.documents<DocumentOfType<K>>(eventId, { query, parameters });
  }
}
