import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { CosmosTuning } from './cosmos/cosmosClient';
import { FileStateStorage } from './local/fileStateStorage';
import { LocalRegistrationStore } from './local/localRegistrationStore';
import type { RegistrationStore } from './port';

export interface Stores {
  registrations: RegistrationStore;
  /** Bot state (dialog stacks, user state). */
  storage: Storage;
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
    await storage.purgeOlderThan(config.STATE_RETENTION_DAYS);
    return { registrations: new LocalRegistrationStore(config.DATA_DIR), storage, close: async () => {} };
  }
  // Loaded on demand: the embedded store's start does not pay for the Cosmos DB and identity SDKs.
  const { createCosmosStores } = await import('./cosmos/createCosmosStores');
  return createCosmosStores({ ...config, COSMOS_ENDPOINT: config.COSMOS_ENDPOINT }, options);
}
