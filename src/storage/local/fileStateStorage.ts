import { createHash, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { KeyedQueue } from '../../util/keyedQueue';
import { readJsonFile, removeFilesOlderThan, writeFileAtomic } from './atomicFile';

interface StateFile {
  key: string;
  item: Record<string, unknown>;
}

export interface FileStateStorageOptions {
  /**
   * How many keys' state is kept in memory (least recently used go first). Every turn reads its conversation's
   * state; without the cache that is an open, stat, read and close per turn, most of a Q&A turn's storage cost.
   */
  cacheEntries?: number;
  /** And at most this many characters of JSON in all (a half-finished sign-up's state is a few KB). */
  cacheChars?: number;
}

/** An absent key, remembered too: each new conversation's first turn would otherwise ask the disk. */
const ABSENT = '';

/**
 * Bot state (dialog stacks, user state) in DATA_DIR/state, one file per key, so a conversation
 * survives a restart. File names are hashes: Teams keys are long and full of characters paths dislike.
 * Honours eTags like botbuilder's MemoryStorage: "*" or a missing eTag overwrites, anything else must match.
 *
 * One process owns a DATA_DIR, so what this instance last wrote or read is what the file holds: reads are served
 * from a write-through cache of the files' JSON (parsed afresh per read, so a caller's changes never leak into it).
 */
export class FileStateStorage implements Storage {
  private readonly queue = new KeyedQueue();
  /** Key → the file's JSON as written, or ABSENT; Map order is recency of use. */
  private readonly cache = new Map<string, string>();
  private cachedChars = 0;
  private readonly cacheEntries: number;
  private readonly cacheChars: number;

  constructor(
    private readonly dataDir: string,
    options: FileStateStorageOptions = {},
  ) {
    this.cacheEntries = options.cacheEntries ?? 10_000;
    this.cacheChars = options.cacheChars ?? 16 * 2 ** 20;
  }

  private file(key: string): string {
    return path.join(this.dataDir, 'state', `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  private remember(key: string, json: string): void {
    this.forget(key);
    if (this.cacheEntries <= 0 || json.length > this.cacheChars) return;
    this.cache.set(key, json);
    this.cachedChars += json.length;
    while (this.cache.size > this.cacheEntries || this.cachedChars > this.cacheChars) this.forget(this.cache.keys().next().value!);
  }

  private forget(key: string): void {
    const json = this.cache.get(key);
    if (json === undefined) return;
    this.cache.delete(key);
    this.cachedChars -= json.length;
  }

  /** The stored file's JSON (ABSENT when there is none), from the cache or the disk. Run inside the key's queue. */
  private async load(key: string): Promise<string> {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.remember(key, cached);
      return cached;
    }
    const stored = await readJsonFile<StateFile>(this.file(key));
    const json = stored ? JSON.stringify(stored) : ABSENT;
    this.remember(key, json);
    return json;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const json = await this.queue.run(key, () => this.load(key));
      if (json !== ABSENT) items[key] = (JSON.parse(json) as StateFile).item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(([key, item]) =>
        this.queue.run(key, async () => {
          const newItem = { ...(item as Record<string, unknown>) };
          const expected = newItem.eTag as string | undefined;
          if (expected && expected !== '*') {
            const current = await this.load(key);
            if (current !== ABSENT && (JSON.parse(current) as StateFile).item.eTag !== expected) {
              throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
            }
          }
          newItem.eTag = randomUUID();
          const json = JSON.stringify({ key, item: newItem } satisfies StateFile);
          // Forget first: if the write fails, the next read asks the disk rather than trusting a stale copy.
          this.forget(key);
          await writeFileAtomic(this.file(key), json);
          this.remember(key, json);
        }),
      ),
    );
  }

  /** Deletes state not written for `days` days (an abandoned sign-up keeps no answers for ever). Returns how many. */
  async purgeOlderThan(days: number, now = Date.now()): Promise<number> {
    const purged = await removeFilesOlderThan(path.join(this.dataDir, 'state'), days * 86_400_000, now);
    // File names are hashes, so which cached keys went is not known here: start the cache afresh.
    if (purged > 0) {
      this.cache.clear();
      this.cachedChars = 0;
    }
    return purged;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.queue.run(key, async () => {
          this.forget(key);
          await rm(this.file(key), { force: true });
          this.remember(key, ABSENT);
        }),
      ),
    );
  }
}
