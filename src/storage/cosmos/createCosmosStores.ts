import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { Config } from '../../config';
import { createLogger } from '../../log';
import type { StoreOptions, Stores } from '../index';
import { cosmosClientOptions, prepareCosmos, tuningOf, type CosmosSettings } from './cosmosClient';
import { CosmosBindingStore } from './cosmosBindingStore';
import { CosmosQuestionStore } from './cosmosQuestionStore';
import { CosmosRegistrationStore } from './cosmosRegistrationStore';
import { CosmosStateStorage } from './cosmosStateStorage';
import { CosmosReadiness } from './readiness';

/**
 * The Cosmos DB stores: registrations and bot state through one client, the database prepared at start-up (or in
 * the background, see StoreOptions.whenUnreachable). Loaded only when COSMOS_ENDPOINT is set: the Cosmos and
 * identity SDKs take a quarter of a second to load, which the embedded store's start need not pay.
 */
export async function createCosmosStores(config: Config & { COSMOS_ENDPOINT: string }, options: StoreOptions): Promise<Stores> {
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
  const credential = settings.key
    ? undefined
    : new DefaultAzureCredential(config.AZURE_CLIENT_ID ? { managedIdentityClientId: config.AZURE_CLIENT_ID } : {});
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
      throw readiness.lastError ?? new Error('Cosmos DB could not be prepared');
    }
    readiness.retryInBackground();
  }
  const storeTuning = { attempts: tuning.attempts, backoffMs: tuning.backoffMs, operationTimeoutMs: tuning.operationTimeoutMs };
  // The same documents as botbuilder-azure's CosmosDbPartitionedStorage with compatibilityMode false (its default,
  // true, hashes keys over 255 characters with a random salt: long Teams keys would be written and never found again).
  const storage = new CosmosStateStorage(readiness, storeTuning);
  return {
    registrations: new CosmosRegistrationStore(readiness, storeTuning),
    bindings: new CosmosBindingStore(readiness, storeTuning),
    questions: new CosmosQuestionStore(readiness, storeTuning),
    storage,
    // Registrations, questions and state carry TTLs: Cosmos DB deletes them itself.
    purges: [],
    close: async () => {
      readiness.close();
      client.dispose();
    },
  };
}
