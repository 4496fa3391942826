import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DocumentOfType, QuestionDocument, QuestionDocumentType, StoredDocument } from '../questions';
import { ConflictError, PreconditionFailedError, StoreUnavailableError, type QuestionStore } from '../port';
import { KeyedQueue } from '../../util/keyedQueue';
import { readJsonFile, writeFileAtomic } from './atomicFile';

interface EventFile {
  version: 1;
  documents: Record<string, StoredDocument>;
}

/**
 * The embedded question store: one JSON file per event under DATA_DIR/questions, rewritten atomically on every
 * change and read back at start, as the embedded registration store does. One process owns a DATA_DIR; several
 * instances share questions and answers through Cosmos DB instead.
 */
export class LocalQuestionStore implements QuestionStore {
  readonly kind = 'local' as const;
  private readonly cache = new Map<string, Map<string, StoredDocument>>();
  private readonly queue = new KeyedQueue();

  constructor(private readonly dataDir: string) {}

  private file(eventId: string): string {
    return path.join(this.dataDir, 'questions', `${eventId.replace(/[^a-z0-9-]/gi, '_')}.json`);
  }

  private async documents(eventId: string): Promise<Map<string, StoredDocument>> {
    let documents = this.cache.get(eventId);
    if (!documents) {
      try {
        const stored = await readJsonFile<EventFile>(this.file(eventId));
        documents = new Map(Object.entries(stored?.documents ?? {}));
      } catch (error) {
        throw new StoreUnavailableError(error, 'question store');
      }
      this.cache.set(eventId, documents);
    }
    return documents;
  }

  /** Applies a change to a copy, persists it, and only then makes it visible. */
  private mutate<T>(eventId: string, change: (documents: Map<string, StoredDocument>) => T): Promise<T> {
    return this.queue.run(eventId, async () => {
      const next = new Map(await this.documents(eventId));
      const result = change(next);
      try {
        const content: EventFile = { version: 1, documents: Object.fromEntries(next) };
        await writeFileAtomic(this.file(eventId), JSON.stringify(content));
      } catch (error) {
        throw new StoreUnavailableError(error, 'question store');
      }
      this.cache.set(eventId, next);
      return result;
    });
  }

  /** Waits for writes in flight (read your own writes), then reads. */
  private async settled(eventId: string): Promise<Map<string, StoredDocument>> {
    await this.queue.run(eventId, () => Promise.resolve(undefined));
    return this.documents(eventId);
  }

  create<T extends QuestionDocument>(document: T): Promise<StoredDocument<T>> {
    return this.mutate(document.eventId, (documents) => {
      if (documents.has(document.id)) throw new ConflictError();
      const stored = { ...document, etag: randomUUID() } as StoredDocument<T>;
      documents.set(stored.id, stored);
      return structuredClone(stored);
    });
  }

  async get(eventId: string, id: string): Promise<StoredDocument | undefined> {
    const found = (await this.settled(eventId)).get(id);
    return found ? structuredClone(found) : undefined;
  }

  replace<T extends QuestionDocument>(document: StoredDocument<T>): Promise<StoredDocument<T>> {
    return this.mutate(document.eventId, (documents) => {
      const current = documents.get(document.id);
      if (!current || current.etag !== document.etag) throw new PreconditionFailedError();
      const stored = { ...document, etag: randomUUID() } as StoredDocument<T>;
      documents.set(stored.id, stored);
      return structuredClone(stored);
    });
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.mutate(eventId, (documents) => documents.delete(id));
  }

  async list<K extends QuestionDocumentType>(
    eventId: string,
    type: K,
    filter: { personKey?: string } = {},
  ): Promise<Array<StoredDocument<DocumentOfType<K>>>> {
    return [...(await this.settled(eventId)).values()]
      .filter((document): document is StoredDocument<DocumentOfType<K>> => document.type === type)
      .filter((document) => filter.personKey === undefined || (document as { personKey?: string }).personKey === filter.personKey)
      .map((document) => structuredClone(document));
  }
}
