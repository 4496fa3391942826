import { type CosmosClient, type CosmosClientOptions, type Database } from '@azure/cosmos';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { raceDeadline } from './faults';

export interface CosmosSettings {
  endpoint: string;
  key?: string;
  databaseId: string;
  connectTimeoutMs: number;
  /** TTL of bot state documents (seconds after their last write); unset = kept. */
  stateTtlSeconds?: number;
  /** Retry budgets and timeouts; the defaults suit production, tests shorten them. */
  tuning?: CosmosTuning;
}

/**
 * How long Mødebot waits for Cosmos DB before it tells a user to try again. A turn should be answered within
 * seconds (channels give up after ~15 s), so every budget is bounded: the SDK's 429 retries, each request's
 * timeout, the stores' own retries of dropped connections, and one deadline per store operation over all of them.
 */
export interface CosmosTuning {
  /** SDK retries of 429 (throttled) responses, honouring x-ms-retry-after-ms. Default 9. */
  throttleRetries?: number;
  /** Most time the SDK spends waiting out 429s for one request. Default 10 s. */
  throttleMaxWaitSeconds?: number;
  /** Timeout of one HTTP request to Cosmos DB. Default 5 s. */
  requestTimeoutMs?: number;
  /** Tries per store operation on a dropped or refused connection, a timeout or 5xx, with doubling back-off. Default 3. */
  attempts?: number;
  /** First back-off between those tries. Default 200 ms. */
  backoffMs?: number;
  /** Deadline of one store operation, all retries included. Default 12 s. */
  operationTimeoutMs?: number;
  /** Preparing the database in the background (after an unreachable start): first and longest pause between tries. Default 1 s and 30 s. */
  prepareBackoffMs?: number;
  prepareMaxBackoffMs?: number;
}

export const DEFAULT_TUNING: Required<CosmosTuning> = {
  throttleRetries: 9,
  throttleMaxWaitSeconds: 10,
  requestTimeoutMs: 5_000,
  attempts: 3,
  backoffMs: 200,
  operationTimeoutMs: 12_000,
  prepareBackoffMs: 1_000,
  prepareMaxBackoffMs: 30_000,
};

export function tuningOf(settings: Pick<CosmosSettings, 'tuning'>): Required<CosmosTuning> {
  return { ...DEFAULT_TUNING, ...settings.tuning };
}

export const REGISTRATIONS_CONTAINER = 'registrations';
export const BOT_STATE_CONTAINER = 'botstate';
export const BINDINGS_CONTAINER = 'bindings';
export const QUESTIONS_CONTAINER = 'questions';

/** Start-up could not reach or prepare Cosmos DB; the message says where and why, never the key. */
export class CosmosStartupError extends Error {
  constructor(
    endpoint: string,
    /** Why, in a few words (an error code, "no answer within … ms"): safe to log. */
    readonly reason: string,
  ) {
    super(
      `Cannot use Cosmos DB at ${endpoint}: ${reason}. Check COSMOS_ENDPOINT, COSMOS_KEY (or the managed identity's data-plane role) and the network.`,
    );
    this.name = 'CosmosStartupError';
  }
}

/**
 * Client options shared by every Cosmos DB store (registrations, questions, bindings, bot state).
 * Plain-http endpoints (emulators, test servers) have no regional endpoints to discover.
 * Throttling (429) is retried by the SDK with the server's back-off hints, within the tuning's budget.
 */
export function cosmosClientOptions(settings: CosmosSettings, credential?: TokenCredential): CosmosClientOptions {
  const tuning = tuningOf(settings);
  return {
    endpoint: settings.endpoint,
    ...(settings.key ? { key: settings.key } : { aadCredentials: credential ?? new DefaultAzureCredential() }),
    connectionPolicy: {
      enableEndpointDiscovery: !settings.endpoint.startsWith('http://'),
      requestTimeout: tuning.requestTimeoutMs,
      retryOptions: {
        maxRetryAttemptCount: tuning.throttleRetries,
        fixedRetryIntervalInMilliseconds: 0,
        maxWaitTimeInSeconds: tuning.throttleMaxWaitSeconds,
      },
    },
    userAgentSuffix: 'moedebot',
  };
}

/** Creates the database and its containers if missing, within the connect timeout (then its requests are aborted). */
export async function prepareCosmos(settings: CosmosSettings, client: CosmosClient): Promise<Database> {
  const prepare = async (abortSignal: AbortSignal) => {
    const options = { abortSignal };
    const { database } = await client.databases.createIfNotExists({ id: settings.databaseId }, options);
    // Registrations: one partition per event; TTL on, but only documents that carry a ttl expire.
    await database.containers.createIfNotExists(
      { id: REGISTRATIONS_CONTAINER, partitionKey: { paths: ['/eventId'] }, defaultTtl: -1 },
      options,
    );
    // Unanswered questions, the organisers' answers and the notices owed to askers: per event, expiring as they say.
    await database.containers.createIfNotExists(
      { id: QUESTIONS_CONTAINER, partitionKey: { paths: ['/eventId'] }, defaultTtl: -1 },
      options,
    );
    // The bot state container: /id as the partition key, as botbuilder-azure's CosmosDbPartitionedStorage has it.
    // State expires after the retention period without a write, so an abandoned sign-up does not keep its answers.
    // (An existing container keeps its TTL; the templates set it.)
    await database.containers.createIfNotExists(
      {
        id: BOT_STATE_CONTAINER,
        partitionKey: { paths: ['/id'] },
        ...(settings.stateTtlSeconds ? { defaultTtl: settings.stateTtlSeconds } : {}),
      },
      options,
    );
    // Channel bindings: one small document per bound Teams channel, team or group chat; kept until unbound. A
    // deployment from before bindings, on a managed identity (whose data-plane role may not create containers), lacks
    // it until the template is deployed again: the bot runs meanwhile, and binding a channel fails as unavailable.
    await database.containers
      .createIfNotExists({ id: BINDINGS_CONTAINER, partitionKey: { paths: ['/id'] } }, options)
      .catch((error: { code?: unknown }) => {
        if (error.code !== 403) throw error;
      });
    return database;
  };
  try {
    return await raceDeadline(
      settings.connectTimeoutMs,
      () => new CosmosStartupError(settings.endpoint, `no answer within ${settings.connectTimeoutMs} ms`),
      prepare,
    );
  } catch (error) {
    if (error instanceof CosmosStartupError) throw error;
    const e = error as { code?: string | number; message?: string };
    throw new CosmosStartupError(settings.endpoint, `${e.code ?? 'error'} ${(e.message ?? '').split('\n')[0]?.slice(0, 200)}`);
  }
}
