import type { Container, ItemDefinition } from '@azure/cosmos';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { CosmosDbKeyEscape } from 'botbuilder-azure';
import { StateConflictError, StoreUnavailableError } from '../port';
import { BOT_STATE_CONTAINER, DEFAULT_TUNING } from './cosmosClient';
import type { DatabaseSource } from './eventDocuments';
import { isRetryable, isUnavailable, retrying, statusOf, withDeadline } from './faults';

export interface StateStorageOptions {
  attempts?: number;
  backoffMs?: number;
  operationTimeoutMs?: number;
}

/** botbuilder-azure's document shape: the escaped key as id (and partition key), the real key, the state. */
interface StateDocument extends ItemDefinition {
  id: string;
  realId: string;
  document: Record<string, unknown>;
  _etag?: string;
}

/** The state as a stable string, without its version tag: two writes of the same state compare equal. */
function fingerprint(item: Record<string, unknown>): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sort)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sort((value as Record<string, unknown>)[key])]),
          )
        : value;
  const { eTag: _eTag, ...state } = item;
  return JSON.stringify(sort(state));
}

const escape = (key: string) => CosmosDbKeyEscape.escapeKey(key, undefined, false);

/**
 * The version a state object was read at, kept on the object itself (a symbol, not enumerable: not stored, not
 * part of botbuilder's change hash). botbuilder's BotState hands back the very object it read, but with eTag "*".
 */
const READ_VERSION = Symbol('moedebot.stateVersion');

function remember(item: StoreItem, version: string | undefined): StoreItem {
  Object.defineProperty(item, READ_VERSION, { value: version, enumerable: false, writable: true, configurable: true });
  return item;
}

/**
 * Bot state (dialog stacks, user state) in Cosmos DB's "botstate" container, in the very documents botbuilder-azure's
 * CosmosDbPartitionedStorage writes with compatibilityMode false (id = escaped key, partition key /id, `realId`,
 * `document`), so either can read the other's. Not that class itself: it makes its own second client, caches its
 * container promise process-wide by database and container name (a first call while Cosmos DB is unreachable stays
 * rejected for the life of the process; another account with the same names gets the first one's container),
 * takes no abort signal, and quotes document ids in its errors. Here, faults come out as a turn can explain them:
 *
 * - not prepared yet, refused or dropped connections, timeouts, 5xx, 429 beyond the SDK's retries →
 *   StoreUnavailableError, after a few quick tries, each operation under one deadline. Reads, upserts and deletes
 *   are safe to repeat.
 * - A state is written back over the version it was read at only (If-Match) — optimistic concurrency that
 *   botbuilder's BotState, which writes with eTag "*", does not ask for; a state never read is simply written.
 * - 412 on a write (the version no longer matches) or 404 (deleted meanwhile): the document is read again. A newer
 *   version holding the very state this turn wants to write — its own earlier try whose answer was lost, or a twin
 *   turn — is success. A newer, different state, or none (deleted, e.g. by "slet mine data"), was written by another
 *   turn: StateConflictError, and that turn's state stands (never overwritten, never resurrected). The same version
 *   still stored means the 412 did not come from a newer write: the write is tried again.
 * - anything else (400, 413, …) → an Error naming only the status (Cosmos DB's messages quote document ids).
 */
export class CosmosStateStorage implements Storage {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly operationTimeoutMs: number;

  constructor(
    private readonly source: DatabaseSource,
    options: StateStorageOptions = {},
  ) {
    this.attempts = options.attempts ?? DEFAULT_TUNING.attempts;
    this.backoffMs = options.backoffMs ?? DEFAULT_TUNING.backoffMs;
    this.operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_TUNING.operationTimeoutMs;
  }

  private run<T>(work: (container: Container, signal: AbortSignal) => Promise<T>): Promise<T> {
    return withDeadline(this.operationTimeoutMs, 'bot state store', async (signal) => {
      const container = (await this.source.get()).container(BOT_STATE_CONTAINER);
      return work(container, signal);
    });
  }

  private repeat<T>(operation: string, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    return retrying(work, {
      attempts: this.attempts,
      backoffMs: this.backoffMs,
      signal,
      retry: isRetryable,
      translate: (error) => this.failure(operation, error),
    });
  }

  private async readOne(container: Container, key: string, signal: AbortSignal): Promise<StoreItem | undefined> {
    const id = escape(key);
    try {
      const { resource } = await container.item(id, id).read<StateDocument>({ abortSignal: signal });
      if (!resource) return undefined;
      return remember({ ...resource.document, eTag: resource._etag }, resource._etag);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return Promise.resolve({});
    return this.run(async (container, signal) => {
      const items: StoreItems = {};
      await Promise.all(
        keys.map(async (key) => {
          const item = await this.repeat('read', signal, () => this.readOne(container, key, signal));
          if (item) items[key] = item;
        }),
      );
      return items;
    });
  }

  async write(changes: StoreItems): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.run((container, signal) =>
      Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(container, key, item as StoreItem, signal))),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.run((container, signal) =>
      Promise.all(
        keys.map((key) =>
          this.repeat('delete', signal, async () => {
            const id = escape(key);
            await container
              .item(id, id)
              .delete({ abortSignal: signal })
              .catch((error: unknown) => {
                if (statusOf(error) !== 404) throw error;
              });
          }),
        ),
      ),
    );
  }

  private async writeOne(container: Container, key: string, item: StoreItem, signal: AbortSignal): Promise<void> {
    const { eTag, ...state } = item;
    const id = escape(key);
    const document: StateDocument = { id, realId: key, document: state };
    // A state read from an existing document is written back over that version only (If-Match on replace). botbuilder's
    // BotState sends every write with eTag "*" (last writer wins), so the version comes from the read (READ_VERSION)
    // unless the caller names one. Replace, not upsert: an upsert with If-Match creates the document when it is gone
    // (Cosmos DB's create semantics) and would bring back a state that "slet mine data" deleted in a crossing turn.
    // A state never read (a new conversation) is simply written.
    const named = typeof eTag === 'string' && eTag !== '*' && eTag.length > 0 ? eTag : undefined;
    const expected = named ?? ((item as Record<symbol, unknown>)[READ_VERSION] as string | undefined);
    const conditional = (error: unknown) => expected !== undefined && (statusOf(error) === 412 || statusOf(error) === 404);
    await retrying(
      async () => {
        try {
          const { resource } = expected
            ? await container
                .item(id, id)
                .replace(document, { accessCondition: { type: 'IfMatch', condition: expected }, abortSignal: signal })
            : await container.items.upsert(document, { abortSignal: signal });
          // A second save of the same object (later in the turn) builds on this version.
          remember(item, resource?._etag);
        } catch (error) {
          // 412: the eTag no longer matches; 404: the document was deleted meanwhile.
          if (!conditional(error)) throw error;
          const current = await this.repeat('read', signal, () => this.readOne(container, key, signal));
          if (!current) throw new StateConflictError();
          if (current.eTag === expected) throw error; // the same version still stored: not a newer write, try again
          if (fingerprint(current) !== fingerprint(item)) throw new StateConflictError();
          remember(item, current.eTag);
        }
      },
      {
        attempts: this.attempts,
        backoffMs: this.backoffMs,
        signal,
        // (A 412 on an unconditional write cannot come from a newer version: tried again like a glitch.)
        retry: (error) =>
          !(error instanceof StoreUnavailableError || error instanceof StateConflictError) &&
          (isRetryable(error) || statusOf(error) === 412 || conditional(error)),
        translate: (error) => this.failure('write', error),
      },
    );
  }

  private failure(operation: string, error: unknown): Error {
    if (error instanceof StoreUnavailableError || error instanceof StateConflictError) return error;
    if (isUnavailable(error) || statusOf(error) === 412) return new StoreUnavailableError(error, 'bot state store');
    const failure = new Error(`bot state ${operation} failed with status ${String(statusOf(error) ?? 'unknown')}`);
    failure.name = 'StateStorageError';
    return failure;
  }
}
