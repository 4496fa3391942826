import path from 'node:path';
import type { Storage } from 'botbuilder';
import { DAY_MS, type PurgeTask } from '../housekeeping';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { CosmosTuning } from './cosmos/cosmosClient';
import { removeFilesOlderThan, removeOrphanedTemporaries } from './local/atomicFile';
import { FileStateStorage } from './local/fileStateStorage';
import { BINDINGS_FOLDER, LocalBindingStore } from './local/localBindingStore';
import { LocalQuestionStore } from './local/localQuestionStore';
import { LocalRegistrationStore } from './local/localRegistrationStore';
import type { BindingStore, QuestionStore, RegistrationStore } from './port';

export interface Stores {
  registrations: RegistrationStore;
  /** Which Teams channel, team or group chat is bound to which event. */
  bindings: BindingStore;
  /** Unanswered questions, the organisers' answers and the notices owed to those who asked. */
  questions: QuestionStore;
  /** Bot state (dialog stacks, user state). */
  storage: Storage;
  /** What this store must delete on a schedule itself (Cosmos DB's TTLs need none). */
  purges: PurgeTask[];
  close(): Promise<void>;
}

export interface StoreOptions {
  /** For storage warnings (Cosmos DB unreachable, back again). Default: silent. */
  log?: Logger;
  /**
   * Cosmos DB cannot be reached or prepared within COSMOS_CONNECT_TIMEOUT_MS at start-up:
   * "stop" (default) rejects with CosmosStartupError; "degrade" returns stores at once that answer
   * StoreUnavailableError (users are told to try again, /healthz says 503) while the database is prepared in the
   * background with back-off — the bot works normally as soon as Cosmos DB answers, without a restart.
   */
  whenUnreachable?: 'stop' | 'degrade';
  /** Retry budgets and timeouts of the Cosmos DB stores (tests shorten them). */
  cosmos?: CosmosTuning;
}

/**
 * Picks the stores from configuration: Cosmos DB when COSMOS_ENDPOINT is set (database and containers created
 * if missing), else the embedded files in DATA_DIR. What happens when Cosmos DB cannot be reached at start-up is
 * `options.whenUnreachable`.
 */
export async function createStores(config: Config, options: StoreOptions = {}): Promise<Stores> {
  if (!config.COSMOS_ENDPOINT) {
    const storage = new FileStateStorage(config.DATA_DIR);
    const folders = ['registrations', 'questions', 'state', BINDINGS_FOLDER].map((name) => path.join(config.DATA_DIR, name));
    // One process owns DATA_DIR: before it writes anything, every temporary file is a crash's leftover.
    for (const folder of folders) await removeOrphanedTemporaries(folder, 0);
    return {
      registrations: new LocalRegistrationStore(config.DATA_DIR),
      bindings: new LocalBindingStore(config.DATA_DIR),
      questions: new LocalQuestionStore(config.DATA_DIR),
      storage,
      purges: localPurges(config, storage, folders),
      close: async () => {},
    };
  }
  // Loaded on demand: the embedded store's start does not pay for the Cosmos DB and identity SDKs.
  const { createCosmosStores } = await import('./cosmos/createCosmosStores');
  return createCosmosStores({ ...config, COSMOS_ENDPOINT: config.COSMOS_ENDPOINT }, options);
}

/** What the embedded store deletes on schedule: old conversation state, crash leftovers, `npm run chat` downloads. */
function localPurges(config: Config, storage: FileStateStorage, folders: string[]): PurgeTask[] {
  return [
    { name: 'conversation state', run: () => storage.purgeOlderThan(config.STATE_RETENTION_DAYS) },
    {
      name: 'unfinished writes',
      run: async () =>
        (await Promise.all(folders.map((folder) => removeOrphanedTemporaries(folder, UNFINISHED_WRITE_MS)))).reduce((a, b) => a + b, 0),
    },
    { name: 'downloads', run: () => removeFilesOlderThan(downloadsFolder(config.DATA_DIR), DAY_MS) },
  ];
}

/** A write in flight takes milliseconds; a temporary file this old was left by a crash. */
const UNFINISHED_WRITE_MS = 10 * 60_000;

/** Where `npm run chat` saves what the bot sends (calendar files, organiser exports): kept a day. */
export function downloadsFolder(dataDir: string): string {
  return path.resolve(dataDir, 'downloads');
}
