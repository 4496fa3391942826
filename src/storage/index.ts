import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { Storage } from 'botbuilder';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import type { Config } from '../config';
import { BOT_STATE_CONTAINER, cosmosClientOptions, prepareCosmos, type CosmosSettings } from './cosmos/cosmosClient';
import { CosmosRegistrationStore } from './cosmos/cosmosRegistrationStore';
import { FileStateStorage } from './local/fileStateStorage';
import { LocalRegistrationStore } from './local/localRegistrationStore';
import type { RegistrationStore } from './port';

export interface Stores {
  registrations: RegistrationStore;
  /** Bot state (dialog stacks, user state). */
  storage: Storage;
  close(): Promise<void>;
}

/**
 * Picks the stores from configuration: Cosmos DB when COSMOS_ENDPOINT is set (database and containers created
 * if missing; start-up fails with a clear message when it cannot be reached), else the embedded files in DATA_DIR.
 */
export async function createStores(config: Config): Promise<Stores> {
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
  };
  // In Azure, AZURE_CLIENT_ID picks the user-assigned managed identity the templates give Cosmos DB rights to.
  const credential = settings.key ? undefined : new DefaultAzureCredential(config.AZURE_CLIENT_ID ? { managedIdentityClientId: config.AZURE_CLIENT_ID } : {});
  const options = cosmosClientOptions(settings, credential);
  const client = new CosmosClient(options);
  try {
    const database = await prepareCosmos(settings, client);
    const storage = new CosmosDbPartitionedStorage({
      cosmosDbEndpoint: settings.endpoint,
      ...(settings.key ? { authKey: settings.key } : { tokenCredential: credential }),
      databaseId: settings.databaseId,
      containerId: BOT_STATE_CONTAINER,
      // The default (true) hashes keys over 255 characters with a random salt: long Teams keys would be written and never found again.
      compatibilityMode: false,
      cosmosClientOptions: options,
    });
    return { registrations: new CosmosRegistrationStore(database), storage, close: async () => client.dispose() };
  } catch (error) {
    client.dispose();
    throw error;
  }
}
