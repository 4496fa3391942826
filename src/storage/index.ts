import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { createLogger, type Logger } from '../log';
import { cosmosClientOptions, prepareCosmos, tuningOf, type CosmosSettings, type CosmosTuning } from './cosmos/cosmosClient';
import { CosmosRegistrationStore } from './cosmos/cosmosRegistrationStore';
import { CosmosStateStorage } from './cosmos/cosmosStateStorage';
import { CosmosReadiness } from './cosmos/readiness';
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
  const settings: CosmosSettings = {
    endpoint: config.COSMOS_ENDPOINT,
    key: config.COSMOS_KEY,
    databaseId: config.COSMOS_DATABASE,
    connectTimeoutMs: config.COSMOS_CONNECT_TIMEOUT_MS,
    stateTtlSeconds: config.STATE_RETENTION_DAYS * 86_400,
    tuning: options.cosmos,
  };
  const tuning = tuningOf(settings);
  // In Azure, AZURE_CLIENT_ID picks the user-assigned managed identity the templates give Cosmos DB rights to.
  const credential = settings.key ? undefined : new DefaultAzureCredential(config.AZURE_CLIENT_ID ? { managedIdentityClientId: config.AZURE_CLIENT_ID } : {});
  const clientOptions = cosmosClientOptions(settings, credential);
  const client = new CosmosClient(clientOptions);
  const readiness = new CosmosReadiness(() => prepareCosmos(settings, client), {
    endpoint: settings.endpoint,
    backoffMs: tuning.prepareBackoffMs,
    maxBackoffMs: tuning.prepareMaxBackoffMs,
    log: options.log ?? createLogger('silent'),
  });
  if (!(await readiness.start())) {
    if ((options.whenUnreachable ?? 'stop') === 'stop') {
      readiness.close();
      client.dispose();
      throw readiness.lastError;
    }
    readiness.retryInBackground();
  }
  const storeTuning = { attempts: tuning.attempts, backoffMs: tuning.backoffMs, operationTimeoutMs: tuning.operationTimeoutMs };
  // The same documents as botbuilder-azure's CosmosDbPartitionedStorage with compatibilityMode false (its default,
  // true, hashes keys over 255 characters with a random salt: long Teams keys would be written and never found again).
  const storage = new CosmosStateStorage(readiness, storeTuning);
  return {
    registrations: new CosmosRegistrationStore(readiness, storeTuning),
    storage,
    close: async () => {
      readiness.close();
      client.dispose();
    },
  };
}
