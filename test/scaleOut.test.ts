import { channelIdentity, personKeyOf } from '../src/identity';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import { loadConfig } from '../src/config';
import type { BotClient } from '../src/devtools/botClient';
import { createStores, type Stores } from '../src/storage';
import { REGISTRATIONS_CONTAINER } from '../src/storage/cosmos/cosmosClient';
import { startBot, texts, type TestBot } from './helpers/app';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from './helpers/cosmos';

const EVENT_ID = 'kl-region-midtjylland-2024';
const ANSWERS = (n: number) => ['tilmeld mig', `Deltager Nummer ${String.fromCharCode(65 + (n % 26))}`, `deltager${n}@example.dk`, 'Viborg', 'Udvalgsmedlem', 'spring over'];

/** Runs tasks with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

describe('two bot instances on one Cosmos DB', () => {
  let cosmos: CosmosServer;
  let stores: Stores[];
  let bots: TestBot[];
  let inspect: { client: CosmosClient; database: Database };

  before(async () => {
    cosmos = await startCosmosServer();
    const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: 'scale' });
    // Two instances, as two App Service workers: separate clients, separate processes' worth of state, one database.
    stores = [await createStores(config), await createStores(config)];
    bots = await Promise.all(stores.map((s) => startBot({ COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key }, { registrations: s.registrations, storage: s.storage })));
    inspect = await cosmosDatabase(cosmos.endpoint, cosmos.key, 'scale');
  });

  after(async () => {
    await Promise.all(bots.map((b) => b.close()));
    await Promise.all(stores.map((s) => s.close()));
    inspect.client.dispose();
    await cosmos.close();
  });

  const clientsFor = (id: string): BotClient[] => bots.map((bot) => bot.client({ id }, { conversationId: `conv-${id}` }));

  async function countDocuments(where = '', person = ''): Promise<number> {
    const { resources } = await inspect.database
      .container(REGISTRATIONS_CONTAINER)
      .items.query<number>({
        query: `SELECT VALUE COUNT(1) FROM c WHERE c.eventId = @e ${where}`,
        parameters: [
          { name: '@e', value: EVENT_ID },
          { name: '@p', value: person },
        ],
      })
      .fetchAll();
    return resources[0] ?? 0;
  }

  it('when one user\'s turns alternate between the instances, then the sign-up completes once', async () => {
    const [a, b] = clientsFor('alternating');
    const turns = [...ANSWERS(0), 'ja'];
    let last = '';
    for (const [i, text] of turns.entries()) last = texts(await (i % 2 === 0 ? a! : b!).say(text));
    assert.match(last, /Du er tilmeldt/);
    assert.match(texts(await b!.say('min tilmelding')), /Din tilmelding/);
    assert.equal(await countDocuments('AND c.personKey = @p', personKeyOf(channelIdentity('emulator', 'alternating'))), 1);
  });

  it('when one user confirms on both instances at once, then one registration exists', async () => {
    const [a, b] = clientsFor('double');
    for (const [i, text] of ANSWERS(1).entries()) await (i % 2 === 0 ? a! : b!).say(text);
    const replies = await Promise.all([a!.say('ja'), b!.say('ja')]);
    assert.ok(replies.some((r) => /Du er tilmeldt/.test(texts(r))), replies.map(texts).join(' | '));
    assert.equal(await countDocuments('AND c.personKey = @p', personKeyOf(channelIdentity('emulator', 'double'))), 1);
  });

  it('when an instance restarts, then registrations and half-finished sign-ups are still there', async () => {
    const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: 'scale' });
    const [a] = clientsFor('restarter');
    for (const text of ANSWERS(7).slice(0, 3)) await a!.say(text);
    // A third instance, started after the others: same database, fresh process state.
    const lateStores = await createStores(config);
    const late = await startBot({}, { registrations: lateStores.registrations, storage: lateStores.storage });
    try {
      const client = late.client({ id: 'restarter' }, { conversationId: 'conv-restarter' });
      assert.match(texts(await client.say('Viborg')), /Hvad er din rolle/);
      await client.say('Udvalgsmedlem');
      await client.say('spring over');
      assert.match(texts(await client.say('ja')), /Du er tilmeldt/);
      assert.match(texts(await clientsFor('alternating')[0]!.say('min tilmelding')), /Din tilmelding/);
    } finally {
      await late.close();
      await lateStores.close();
    }
  });

  it('health reports the Cosmos store as reachable', async () => {
    const health = (await (await fetch(`${bots[0]!.url}/healthz`)).json()) as { status: string; store: unknown };
    assert.deepEqual(health, { status: 'ok', event: EVENT_ID, store: { kind: 'cosmos', reachable: true } });
  });

  it('when 200 users sign up concurrently across both instances, then exactly 200 registrations exist', async () => {
    const before = await countDocuments();
    const users = Array.from({ length: 200 }, (_, n) => n);
    const failures: string[] = [];
    await pool(users, 40, async (n) => {
      const clients = clientsFor(`crowd-${n}`);
      const turns = [...ANSWERS(n), 'ja'];
      let last = '';
      for (const [i, text] of turns.entries()) last = texts(await clients[(n + i) % 2]!.say(text));
      if (!/Du er tilmeldt/.test(last)) failures.push(`${n}: ${last.slice(0, 80)}`);
    });
    assert.deepEqual(failures, []);
    assert.equal((await countDocuments()) - before, 200);
  });
});
