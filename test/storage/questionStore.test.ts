import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import { QUESTIONS_CONTAINER } from '../../src/storage/cosmos/cosmosClient';
import { CosmosQuestionStore } from '../../src/storage/cosmos/cosmosQuestionStore';
import { LocalQuestionStore } from '../../src/storage/local/localQuestionStore';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { tempDataDir } from '../helpers/testBot';
import { questionRecord, questionStoreContract } from './questionStoreContract';

let server: CosmosServer;
let client: CosmosClient;
let database: Database;
let events = 0;

before(async () => {
  server = await startCosmosServer();
  ({ client, database } = await cosmosDatabase(server.endpoint, server.key, 'questions-contract'));
});
after(async () => {
  client.dispose();
  await server.close();
});

questionStoreContract('embedded local store', async () => ({
  store: new LocalQuestionStore(tempDataDir()),
  eventId: `local-event-${++events}`,
}));
questionStoreContract('Cosmos DB (in-process protocol server)', async () => ({
  store: new CosmosQuestionStore(database),
  eventId: `cosmos-event-${++events}`,
}));

describe('question store adapters', () => {
  it('when the process restarts, then the embedded store reads the questions back from DATA_DIR', async () => {
    const dir = tempDataDir();
    const record = questionRecord('restart-event');
    await new LocalQuestionStore(dir).create(record);
    assert.equal((await new LocalQuestionStore(dir).get('restart-event', record.id))?.type, 'question');
    assert.deepEqual(readdirSync(path.join(dir, 'questions')), ['restart-event.json']);
  });

  it('when a Cosmos DB document carries expiresAt, then it carries a matching ttl, which stays inside the adapter', async () => {
    const now = Date.parse('2024-10-27T11:00:00Z');
    const store = new CosmosQuestionStore(database, { now: () => now });
    const record = questionRecord('ttl-event', { expiresAt: '2024-11-29T17:45:00.000Z' });
    await store.create(record);
    const { resource } = await database.container(QUESTIONS_CONTAINER).item(record.id, 'ttl-event').read<{ ttl: number }>();
    assert.equal(resource?.ttl, (Date.parse('2024-11-29T17:45:00.000Z') - now) / 1000);
    const read = (await store.get('ttl-event', record.id)) as unknown as Record<string, unknown>;
    assert.equal('ttl' in read, false);
    assert.equal('_rid' in read, false);
  });
});
