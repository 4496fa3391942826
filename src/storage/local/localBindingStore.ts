import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StoreUnavailableError, type BindingStore, type ChannelBinding } from '../port';
import { KeyedQueue } from '../../util/keyedQueue';
import { readJsonFile, writeFileAtomic } from './atomicFile';

interface BindingsFile {
  version: 1;
  bindings: Record<string, ChannelBinding>;
}

/** One queue per process and file: two stores on one DATA_DIR in a process (tests, `npm run chat`) never lose a write. */
const writes = new KeyedQueue();

/** The folder under DATA_DIR that holds the bindings file (its crash leftovers are cleaned like the others'). */
export const BINDINGS_FOLDER = 'bindings';

/**
 * Channel bindings in one small JSON file under DATA_DIR/bindings, rewritten atomically. Unlike registrations it is
 * read again whenever the file changed on disk, so another bot instance on the same DATA_DIR sees a binding this one
 * made. Writes are serialised within a process; across processes one owns DATA_DIR, as for the other files.
 */
export class LocalBindingStore implements BindingStore {
  readonly kind = 'local' as const;
  private readonly file: string;
  private cached?: { stamp: string; bindings: Map<string, ChannelBinding> };

  constructor(dataDir: string) {
    this.file = path.resolve(dataDir, BINDINGS_FOLDER, 'places.json');
  }

  /** The bindings as the file holds them now (cached while its modification time and size stay the same). */
  private async bindings(): Promise<Map<string, ChannelBinding>> {
    try {
      const info = await stat(this.file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      const stamp = info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'none';
      if (this.cached?.stamp === stamp) return this.cached.bindings;
      const stored = info ? await readJsonFile<BindingsFile>(this.file) : undefined;
      const bindings = new Map(Object.entries(stored?.bindings ?? {}));
      this.cached = { stamp, bindings };
      return bindings;
    } catch (error) {
      throw new StoreUnavailableError(error, 'binding store');
    }
  }

  private change<T>(apply: (bindings: Map<string, ChannelBinding>) => T): Promise<T> {
    return writes.run(this.file, async () => {
      const next = new Map(await this.bindings());
      const result = apply(next);
      try {
        const content: BindingsFile = { version: 1, bindings: Object.fromEntries(next) };
        await writeFileAtomic(this.file, JSON.stringify(content));
      } catch (error) {
        throw new StoreUnavailableError(error, 'binding store');
      }
      this.cached = undefined;
      return result;
    });
  }

  async get(place: string): Promise<ChannelBinding | undefined> {
    await writes.run(this.file, async () => undefined); // read your own writes
    const found = (await this.bindings()).get(place);
    return found ? { ...found } : undefined;
  }

  put(binding: ChannelBinding): Promise<void> {
    return this.change((bindings) => {
      bindings.set(binding.place, { place: binding.place, eventId: binding.eventId, boundAt: binding.boundAt });
    });
  }

  async delete(place: string): Promise<boolean> {
    if (!(await this.bindings()).has(place)) return false;
    return this.change((bindings) => bindings.delete(place));
  }
}
