import { createHash, randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { KeyedQueue } from '../../util/keyedQueue';
import { readJsonFile, writeFileAtomic } from './atomicFile';

interface StateFile {
  key: string;
  item: Record<string, unknown>;
}

/**
 * Bot state (dialog stacks, user state) in DATA_DIR/state, one file per key, so a conversation
 * survives a restart. File names are hashes: Teams keys are long and full of characters paths dislike.
 * Honours eTags like botbuilder's MemoryStorage: "*" or a missing eTag overwrites, anything else must match.
 */
export class FileStateStorage implements Storage {
  private readonly queue = new KeyedQueue();

  constructor(private readonly dataDir: string) {}

  private file(key: string): string {
    return path.join(this.dataDir, 'state', `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = await this.queue.run(key, () => readJsonFile<StateFile>(this.file(key)));
      if (stored) items[key] = stored.item;
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
            const current = await readJsonFile<StateFile>(this.file(key));
            if (current && current.item.eTag !== expected) {
              throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
            }
          }
          newItem.eTag = randomUUID();
          await writeFileAtomic(this.file(key), JSON.stringify({ key, item: newItem } satisfies StateFile));
        }),
      ),
    );
  }

  /** Deletes state not written for `days` days (an abandoned sign-up keeps no answers for ever). Returns how many. */
  async purgeOlderThan(days: number, now = Date.now()): Promise<number> {
    const folder = path.join(this.dataDir, 'state');
    const cutoff = now - days * 86_400_000;
    let purged = 0;
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const file = path.join(folder, name);
      if ((await stat(file)).mtimeMs < cutoff) {
        await rm(file, { force: true });
        purged++;
      }
    }
    return purged;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.queue.run(key, () => rm(this.file(key), { force: true }))));
  }
}
