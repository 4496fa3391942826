import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import { CosmosStartupError, REGISTRATIONS_CONTAINER } from '../../src/storage/cosmos/cosmosClient';
import { CosmosRegistrationStore } from '../../src/storage/cosmos/cosmosRegistrationStore';
import { StoreUnavailableError } from '../../src/storage/port';
import { loadConfig } from '../../src/config';
import { createStores } from '../../src/storage';
import { startBot } from '../helpers/app';
import { cosmosDatabase, externalCosmos, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { registration, storeContract } from './storeContract';

let server: CosmosServer;
let client: CosmosClient;
let database: Database;
let events = 0;

before(async () => {
  server = await startCosmosServer();
  ({ client, database } = await cosmosDatabase(server.endpoint, server.key, 'contract'));
});
after(async () => {
  client.dispose();
  await server.close();
});

storeContract('Cosmos DB (in-process protocol server)', async () => ({
  store: new CosmosRegistrationStore(database),
  eventId: `cosmos-event-${++events}`,
}));

const external = externalCosmos();
if (external) {
  // The same contract against a real account (COSMOS_TEST_ENDPOINT / COSMOS_TEST_KEY), in a database made for this run.
  const databaseId = `moedebot-test-${randomUUID().slice(0, 8)}`;
  let real: { client: CosmosClient; database: Database } | undefined;
  storeContract(`Cosmos DB account ${external.endpoint}`, async () => {
    real ??= await cosmosDatabase(external.endpoint, external.key, databaseId);
    return { store: new CosmosRegistrationStore(real.database), eventId: `real-event-${++events}` };
  });
  after(async () => {
    await real?.database.delete();
    real?.client.dispose();
  });
}

describe('Cosmos DB adapter specifics', () => {
  it('when a registration carries expiresAt, then the document carries a matching ttl', async () => {
    const now = Date.parse('2024-10-27T11:00:00Z');
    const store = new CosmosRegistrationStore(database, { now: () => now });
    const reg = registration('ttl-event', { expiresAt: '2024-11-29T17:45:00.000Z' });
    await store.create(reg);
    const { resource } = await database.container(REGISTRATIONS_CONTAINER).item(reg.id, 'ttl-event').read<{ ttl: number }>();
    assert.equal(resource?.ttl, (Date.parse('2024-11-29T17:45:00.000Z') - now) / 1000);
    const read = (await store.get('ttl-event', reg.id)) as unknown as Record<string, unknown>;
    assert.equal('ttl' in read, false, 'system fields stay inside the adapter');
    assert.equal('_rid' in read, false);
  });

  it('when the server is gone, then operations retry, then fail as unavailable (never hang)', async () => {
    const gone = await startCosmosServer();
    const { client: goneClient, database: goneDb } = await cosmosDatabase(gone.endpoint, gone.key, 'gone');
    await gone.close();
    try {
      const store = new CosmosRegistrationStore(goneDb, { attempts: 2, backoffMs: 10 });
      await assert.rejects(store.create(registration('gone-event')), StoreUnavailableError);
      assert.equal(await store.ping(), false);
    } finally {
      goneClient.dispose();
    }
  });

  it('when Cosmos DB goes away under a running bot, then /healthz says so with 503', async () => {
    const temporary = await startCosmosServer();
    const stores = await createStores(
      loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: temporary.endpoint, COSMOS_KEY: temporary.key }),
    );
    const bot = await startBot({}, { registrations: stores.registrations, storage: stores.storage });
    try {
      assert.equal((await fetch(`${bot.url}/healthz`)).status, 200);
      await temporary.close();
      const response = await fetch(`${bot.url}/healthz`);
      assert.equal(response.status, 503);
      assert.deepEqual(((await response.json()) as { store: unknown }).store, { kind: 'cosmos', reachable: false });
    } finally {
      await bot.close();
      await stores.close();
    }
  });

  it('when start-up cannot reach the endpoint, then it stops with a clear message naming it', async () => {
    const config = loadConfig({
      ALLOW_UNAUTHENTICATED: 'true',
      COSMOS_ENDPOINT: 'http://127.0.0.1:9',
      COSMOS_KEY: 'a2V5',
      COSMOS_CONNECT_TIMEOUT_MS: '3000',
    });
    await assert.rejects(createStores(config), (error: unknown) => {
      assert.ok(error instanceof CosmosStartupError);
      assert.match(error.message, /Cannot use Cosmos DB at http:\/\/127\.0\.0\.1:9/);
      assert.doesNotMatch(error.message, /a2V5/);
      return true;
    });
  });

  it('when COSMOS_ENDPOINT is set, then the database and its containers are created and used', async () => {
    const config = loadConfig({
      ALLOW_UNAUTHENTICATED: 'true',
      COSMOS_ENDPOINT: server.endpoint,
      COSMOS_KEY: server.key,
      COSMOS_DATABASE: 'fresh-db',
    });
    const stores = await createStores(config);
    try {
      assert.equal(stores.registrations.kind, 'cosmos');
      assert.equal(await stores.registrations.ping(), true);
      const key = `msteams/conversations/a:${'x'.repeat(400)}`;
      await stores.storage.write({ [key]: { v: 1, eTag: '*' } });
      assert.equal(((await stores.storage.read([key]))[key] as { v: number }).v, 1);
      const { resources } = await client.database('fresh-db').containers.readAll().fetchAll();
      assert.deepEqual(resources.map((c) => c.id).sort(), ['bindings', 'botstate', 'questions', 'registrations']);
      // Unfinished sign-ups in bot state expire after STATE_RETENTION_DAYS (default 30) without a write.
      assert.equal(resources.find((c) => c.id === 'botstate')?.defaultTtl, 30 * 86_400);
    } finally {
      await stores.close();
    }
  });
});
