import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  SEAT_LEDGER_ID,
  type Registration,
  type RegistrationStatus,
  type SeatLedger,
  type Stored,
  type StoredRegistration,
} from '../registrations';
import { ConflictError, PreconditionFailedError, StoreUnavailableError, type RegistrationStore } from '../port';
import { KeyedQueue } from '../../util/keyedQueue';
import { readJsonFile, writeFileAtomic } from './atomicFile';

/** A stored document: a registration, a cancellation record or the event's seat ledger. */
type StoredDocument = StoredRegistration | Stored<SeatLedger>;

interface EventFile {
  version: 1;
  registrations: Record<string, StoredDocument>;
}

/**
 * The embedded store: one JSON file per event under DATA_DIR/registrations, rewritten atomically on
 * every change and read back at start. Pure JavaScript, so `npm install` needs no compiler or binary.
 * One process owns a DATA_DIR; several instances share registrations through Cosmos DB instead.
 */
export class LocalRegistrationStore implements RegistrationStore {
  readonly kind = 'local' as const;
  private readonly cache = new Map<string, Map<string, StoredDocument>>();
  private readonly queue = new KeyedQueue();

  constructor(private readonly dataDir: string) {}

  private file(eventId: string): string {
    return path.join(this.dataDir, 'registrations', `${eventId.replace(/[^a-z0-9-]/gi, '_')}.json`);
  }

  private async documents(eventId: string): Promise<Map<string, StoredDocument>> {
    let documents = this.cache.get(eventId);
    if (!documents) {
      try {
        const stored = await readJsonFile<EventFile>(this.file(eventId));
        documents = new Map(Object.entries(stored?.registrations ?? {}));
      } catch (error) {
        throw new StoreUnavailableError(error);
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
        const content: EventFile = { version: 1, registrations: Object.fromEntries(next) };
        await writeFileAtomic(this.file(eventId), JSON.stringify(content));
      } catch (error) {
        throw new StoreUnavailableError(error);
      }
      this.cache.set(eventId, next);
      return result;
    });
  }

  create<T extends Registration | SeatLedger>(registration: T): Promise<Stored<T>> {
    return this.mutate(registration.eventId, (documents) => {
      if (documents.has(registration.id)) throw new ConflictError();
      const stored: Stored<T> = { ...registration, etag: randomUUID() };
      documents.set(stored.id, stored);
      return structuredClone(stored);
    });
  }

  async get(eventId: string, id: string): Promise<StoredRegistration | undefined> {
    const found = await this.read(eventId, id);
    return found && found.status !== 'seats' ? found : undefined;
  }

  async seats(eventId: string): Promise<Stored<SeatLedger> | undefined> {
    const found = await this.read(eventId, SEAT_LEDGER_ID);
    return found?.status === 'seats' ? found : undefined;
  }

  private async read(eventId: string, id: string): Promise<StoredDocument | undefined> {
    await this.queue.run(eventId, async () => undefined); // wait for writes in flight: read your own writes
    const found = (await this.documents(eventId)).get(id);
    return found ? structuredClone(found) : undefined;
  }

  replace<T extends Registration | SeatLedger>(registration: Stored<T>): Promise<Stored<T>> {
    return this.mutate(registration.eventId, (documents) => {
      const current = documents.get(registration.id);
      if (!current || current.etag !== registration.etag) throw new PreconditionFailedError();
      const stored: Stored<T> = { ...registration, etag: randomUUID() };
      documents.set(stored.id, stored);
      return structuredClone(stored);
    });
  }

  delete(eventId: string, id: string): Promise<boolean> {
    return this.mutate(eventId, (documents) => documents.delete(id));
  }

  async list(eventId: string): Promise<StoredRegistration[]> {
    await this.queue.run(eventId, async () => undefined);
    return [...(await this.documents(eventId)).values()]
      .filter((document): document is StoredRegistration => document.status !== 'seats')
      .map((document) => structuredClone(document));
  }

  async count(eventId: string, status: RegistrationStatus): Promise<number> {
    return (await this.list(eventId)).filter((document) => document.status === status).length;
  }

  async ping(): Promise<boolean> {
    try {
      await writeFileAtomic(path.join(this.dataDir, '.ping'), new Date().toISOString());
      return true;
    } catch {
      return false;
    }
  }
}
