import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import { BINDINGS_CONTAINER } from '../../src/storage/cosmos/cosmosClient';
import { CosmosBindingStore } from '../../src/storage/cosmos/cosmosBindingStore';
import { LocalBindingStore } from '../../src/storage/local/localBindingStore';
import { StoreUnavailableError } from '../../src/storage/port';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { tempDataDir } from '../helpers/testBot';
import { binding, bindingStoreContract } from './bindingContract';

let server: CosmosServer;
let client: CosmosClient;
let database: Database;
/** A second client on the same database: another bot instance. */
let other: { client: CosmosClient; database: Database };

before(async () => {
  server = await startCosmosServer();
  ({ client, database } = await cosmosDatabase(server.endpoint, server.key, 'bindings'));
  other = await cosmosDatabase(server.endpoint, server.key, 'bindings');
});
after(async () => {
  client.dispose();
  other.client.dispose();
  await server.close();
});

bindingStoreContract('embedded local store (two instances on one DATA_DIR)', async () => {
  const dir = tempDataDir();
  return [new LocalBindingStore(dir), new LocalBindingStore(dir)];
});

bindingStoreContract('Cosmos DB (in-process protocol server, two clients)', async () => [
  new CosmosBindingStore(database),
  new CosmosBindingStore(other.database),
]);

describe('binding store adapters', () => {
  it('when the process restarts, then the embedded store reads its bindings back from DATA_DIR', async () => {
    const dir = tempDataDir();
    const bound = binding('restart-event');
    await new LocalBindingStore(dir).put(bound);
    assert.deepEqual(await new LocalBindingStore(dir).get(bound.place), bound);
  });

  it('when the embedded file cannot be written, then binding fails as unavailable and the old binding stands', async () => {
    const dir = tempDataDir();
    const store = new LocalBindingStore(dir);
    const bound = binding('event-a');
    await store.put(bound);
    // A directory where the temporary file would go: the write fails, as on a full or read-only disk (even for root).
    const folder = path.join(dir, 'bindings');
    rmSync(folder, { recursive: true });
    mkdirSync(path.join(folder, 'places.json'), { recursive: true });
    await assert.rejects(store.put({ ...bound, eventId: 'event-b' }), StoreUnavailableError);
  });

  it('when Cosmos DB holds a binding, then its document is keyed by a hash of the place, not by the Teams id', async () => {
    const store = new CosmosBindingStore(database);
    const bound = binding('hash-event');
    await store.put(bound);
    const { resources } = await database
      .container(BINDINGS_CONTAINER)
      .items.query<{ id: string; place: string; eventId: string }>('SELECT * FROM c')
      .fetchAll();
    const document = resources.find((d) => d.place === bound.place);
    assert.equal(document?.eventId, 'hash-event');
    assert.match(document.id, /^[0-9a-f]{40}$/);
  });

  it('when Cosmos DB is gone, then binding operations fail as unavailable (never hang)', async () => {
    const gone = await startCosmosServer();
    const { client: goneClient, database: goneDb } = await cosmosDatabase(gone.endpoint, gone.key, 'gone');
    await gone.close();
    try {
      const store = new CosmosBindingStore(goneDb, { attempts: 2, backoffMs: 10 });
      await assert.rejects(store.get('msteams:channel:x'), StoreUnavailableError);
      await assert.rejects(store.put(binding('gone-event')), StoreUnavailableError);
    } finally {
      goneClient.dispose();
    }
  });
});
