import { createHash } from 'node:crypto';
import type { Container, Database } from '@azure/cosmos';
import { StoreUnavailableError, type BindingStore, type ChannelBinding } from '../port';
import { BINDINGS_CONTAINER, DEFAULT_TUNING } from './cosmosClient';
import { databaseSource, type CosmosStoreOptions, type DatabaseSource } from './eventDocuments';
import { isRetryable, retrying, statusOf, withDeadline } from './faults';

interface BindingDocument extends ChannelBinding {
  id: string;
}

/**
 * Channel bindings in Cosmos DB: container "bindings", partitioned by /id, one document per place with an id hashed
 * from it (Teams ids carry characters Cosmos ids may not, and any length). Point reads and upserts only; bindings
 * do not expire. Faults as in the registration store: brief outages retried, then StoreUnavailableError.
 */
export class CosmosBindingStore implements BindingStore {
  readonly kind = 'cosmos' as const;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly operationTimeoutMs: number;
  private readonly source: DatabaseSource;

  constructor(database: Database | DatabaseSource, options: Omit<CosmosStoreOptions, 'now'> = {}) {
    this.source = databaseSource(database);
    this.attempts = options.attempts ?? DEFAULT_TUNING.attempts;
    this.backoffMs = options.backoffMs ?? DEFAULT_TUNING.backoffMs;
    this.operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_TUNING.operationTimeoutMs;
  }

  private run<T>(operation: (container: Container, options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    return withDeadline(this.operationTimeoutMs, 'binding store', async (signal) => {
      const container = (await this.source.get()).container(BINDINGS_CONTAINER);
      return retrying(() => operation(container, { abortSignal: signal }), {
        attempts: this.attempts,
        backoffMs: this.backoffMs,
        signal,
        retry: isRetryable,
        translate: (error) => (error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error, 'binding store')),
      });
    });
  }

  get(place: string): Promise<ChannelBinding | undefined> {
    const id = documentId(place);
    return this.run(async (container, options) => {
      const { resource } = await container.item(id, id).read<BindingDocument>(options);
      return resource ? { place: resource.place, eventId: resource.eventId, boundAt: resource.boundAt } : undefined;
    });
  }

  put(binding: ChannelBinding): Promise<void> {
    const document: BindingDocument = {
      id: documentId(binding.place),
      place: binding.place,
      eventId: binding.eventId,
      boundAt: binding.boundAt,
    };
    return this.run(async (container, options) => {
      await container.items.upsert(document, options);
    });
  }

  delete(place: string): Promise<boolean> {
    const id = documentId(place);
    return this.run(async (container, options) => {
      try {
        await container.item(id, id).delete(options);
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }
}

function documentId(place: string): string {
  return createHash('sha256').update(place).digest('hex').slice(0, 40);
}
