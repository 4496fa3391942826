import type { AddressInfo } from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { cosmosClientOptions, prepareCosmos, type CosmosSettings } from '../../src/storage/cosmos/cosmosClient';

/** The well-known Cosmos emulator key; the protocol server checks only that a key signs the requests. */
export const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface CosmosServer {
  endpoint: string;
  key: string;
  close(): Promise<void>;
}

/** A real Cosmos-protocol server (@vercel/cosmosdb-server), in this process, plain HTTP, ephemeral port. */
export async function startCosmosServer(): Promise<CosmosServer> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: EMULATOR_KEY,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** A real account to run the same suites against, when COSMOS_TEST_ENDPOINT (and optionally COSMOS_TEST_KEY) are set. */
export function externalCosmos(): { endpoint: string; key?: string } | undefined {
  const endpoint = process.env.COSMOS_TEST_ENDPOINT?.trim();
  return endpoint ? { endpoint, key: process.env.COSMOS_TEST_KEY?.trim() || undefined } : undefined;
}

/** A prepared database on the given account, with a client to dispose. */
export async function cosmosDatabase(endpoint: string, key: string | undefined, databaseId: string) {
  const settings: CosmosSettings = { endpoint, key, databaseId, connectTimeoutMs: 20_000 };
  const client = new CosmosClient(cosmosClientOptions(settings));
  const database = await prepareCosmos(settings, client);
  return { client, database };
}
