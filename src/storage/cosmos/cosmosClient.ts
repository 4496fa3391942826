import { CosmosClient, type CosmosClientOptions, type Database } from '@azure/cosmos';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';

export interface CosmosSettings {
  endpoint: string;
  key?: string;
  databaseId: string;
  connectTimeoutMs: number;
  /** TTL of bot state documents (seconds after their last write); unset = kept. */
  stateTtlSeconds?: number;
}

export const REGISTRATIONS_CONTAINER = 'registrations';
export const BOT_STATE_CONTAINER = 'botstate';

/** Start-up could not reach or prepare Cosmos DB; the message says where and why, never the key. */
export class CosmosStartupError extends Error {
  constructor(endpoint: string, reason: string) {
    super(`Cannot use Cosmos DB at ${endpoint}: ${reason}. Check COSMOS_ENDPOINT, COSMOS_KEY (or the managed identity's data-plane role) and the network.`);
    this.name = 'CosmosStartupError';
  }
}

/**
 * Client options shared by the registration store and botbuilder-azure's state storage.
 * Plain-http endpoints (emulators, test servers) have no regional endpoints to discover.
 * Throttling (429) is retried by the SDK with the server's back-off hints.
 */
export function cosmosClientOptions(settings: CosmosSettings, credential?: TokenCredential): CosmosClientOptions {
  return {
    endpoint: settings.endpoint,
    ...(settings.key ? { key: settings.key } : { aadCredentials: credential ?? new DefaultAzureCredential() }),
    connectionPolicy: {
      enableEndpointDiscovery: !settings.endpoint.startsWith('http://'),
      requestTimeout: 10_000,
      retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 30 },
    },
    userAgentSuffix: 'moedebot',
  };
}

/** Creates the database and both containers if missing, within the connect timeout. */
export async function prepareCosmos(settings: CosmosSettings, client: CosmosClient): Promise<Database> {
  const work = (async () => {
    const { database } = await client.databases.createIfNotExists({ id: settings.databaseId });
    // Registrations: one partition per event; TTL on, but only documents that carry a ttl expire.
    await database.containers.createIfNotExists({ id: REGISTRATIONS_CONTAINER, partitionKey: { paths: ['/eventId'] }, defaultTtl: -1 });
    // botbuilder-azure's CosmosDbPartitionedStorage requires /id as the partition key. State expires after the
    // retention period without a write, so an abandoned sign-up does not keep its answers. (An existing
    // container keeps its TTL; the templates set it.)
    await database.containers.createIfNotExists({
      id: BOT_STATE_CONTAINER,
      partitionKey: { paths: ['/id'] },
      ...(settings.stateTtlSeconds ? { defaultTtl: settings.stateTtlSeconds } : {}),
    });
    return database;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CosmosStartupError(settings.endpoint, `no answer within ${settings.connectTimeoutMs} ms`)), settings.connectTimeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (error instanceof CosmosStartupError) throw error;
    const e = error as { code?: string | number; message?: string };
    throw new CosmosStartupError(settings.endpoint, `${e.code ?? 'error'} ${(e.message ?? '').split('\n')[0]?.slice(0, 200)}`);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}
