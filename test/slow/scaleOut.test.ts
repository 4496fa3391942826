import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import type { CosmosClient, Database } from '@azure/cosmos';
import { loadConfig } from '../../src/config';
import type { BotClient } from '../../src/devtools/botClient';
import { channelIdentity, personKeyOf } from '../../src/identity';
import { createStores, type Stores } from '../../src/storage';
import { REGISTRATIONS_CONTAINER } from '../../src/storage/cosmos/cosmosClient';
import { startBot, texts, type TestBot } from '../helpers/app';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { TEST_EVENTS } from '../helpers/event';
import { answerFor, askedField, asksYesNo, calendarOf, cardJson, fieldsOf, isReview, person, type Person } from '../helpers/signUp';

/** Runs tasks with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

/** Every message of a whole sign-up, up to the review (consent included). */
const turnsOf = (fields: ReturnType<typeof fieldsOf>, who: Person) => [
  'tilmeld mig',
  'ja',
  ...fields.map((field) => answerFor(field, 'da', who).text),
];

/** A turn that confirmed a sign-up: registered (with the calendar file) or on the waiting list (a registration card, no review). */
const confirmed = (replies: Partial<Activity>[]) =>
  calendarOf(replies) !== undefined || (cardJson(replies).includes('"type":"AdaptiveCard"') && !isReview(replies) && !asksYesNo(replies));

for (const test of TEST_EVENTS) {
  const { event } = test;
  const fields = fieldsOf(event);
  const database = `scale-${test.name.toLowerCase()}`;

  describe(`two bot instances on one Cosmos DB, ${test.name} event`, () => {
    let cosmos: CosmosServer;
    let stores: Stores[];
    let bots: TestBot[];
    let inspect: { client: CosmosClient; database: Database };
    const env = () => ({
      EVENT_FILE: test.file,
      BOT_NOW: test.now,
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: database,
    });

    before(async () => {
      cosmos = await startCosmosServer();
      const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', ...env() });
      // Two instances, as two App Service workers: separate clients, separate processes' worth of state, one database.
      stores = [await createStores(config), await createStores(config)];
      bots = await Promise.all(stores.map((s) => startBot(env(), { registrations: s.registrations, storage: s.storage })));
      inspect = await cosmosDatabase(cosmos.endpoint, cosmos.key, database);
    });

    after(async () => {
      await Promise.all(bots.map((b) => b.close()));
      await Promise.all(stores.map((s) => s.close()));
      inspect.client.dispose();
      await cosmos.close();
    });

    const clientsFor = (id: string): BotClient[] => bots.map((bot) => bot.client({ id }, { conversationId: `conv-${id}` }));

    async function countDocuments(where = '', value = ''): Promise<number> {
      const { resources } = await inspect.database
        .container(REGISTRATIONS_CONTAINER)
        .items.query<number>({
          query: `SELECT VALUE COUNT(1) FROM c WHERE c.eventId = @e AND c.status != 'seats' ${where}`,
          parameters: [
            { name: '@e', value: event.id },
            { name: '@v', value },
          ],
        })
        .fetchAll();
      return resources[0] ?? 0;
    }
    const ofPerson = (id: string) => countDocuments('AND c.personKey = @v', personKeyOf(channelIdentity('emulator', id)));

    it("when one user's turns alternate between the instances, then the sign-up completes once", async () => {
      const [a, b] = clientsFor('alternating');
      let last: Partial<Activity>[] = [];
      for (const [i, text] of [...turnsOf(fields, person(0)), 'ja'].entries()) last = await (i % 2 === 0 ? a! : b!).say(text);
      assert.ok(confirmed(last), texts(last));
      assert.ok(cardJson(await b!.say('min tilmelding')).includes(person(0).email));
      assert.equal(await ofPerson('alternating'), 1);
    });

    it('when one user confirms on both instances at once, then one registration exists', async () => {
      const [a, b] = clientsFor('double');
      for (const [i, text] of turnsOf(fields, person(1)).entries()) await (i % 2 === 0 ? a! : b!).say(text);
      const replies = await Promise.all([a!.say('ja'), b!.say('ja')]);
      assert.ok(replies.some(confirmed), replies.map(texts).join(' | '));
      assert.equal(await ofPerson('double'), 1);
    });

    it('when an instance restarts, then registrations and half-finished sign-ups are still there', async () => {
      const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', ...env() });
      const [a] = clientsFor('restarter');
      const turns = turnsOf(fields, person(7));
      for (const text of turns.slice(0, 3)) await a!.say(text);
      // A third instance, started after the others: same database, fresh process state.
      const lateStores = await createStores(config);
      const late = await startBot(env(), { registrations: lateStores.registrations, storage: lateStores.storage });
      try {
        const client = late.client({ id: 'restarter' }, { conversationId: 'conv-restarter' });
        assert.equal(askedField(event, 'da', await client.say(turns[3]!))?.id, fields[2]!.id, 'the sign-up goes on where it was');
        for (const text of turns.slice(4)) await client.say(text);
        assert.ok(confirmed(await client.say('ja')));
        assert.ok(cardJson(await clientsFor('alternating')[0]!.say('min tilmelding')).includes(person(0).email));
      } finally {
        await late.close();
        await lateStores.close();
      }
    });

    it('health reports the Cosmos store as reachable', async () => {
      const health = (await (await fetch(`${bots[0]!.url}/healthz`)).json()) as { status: string; store: unknown };
      assert.deepEqual(health, { status: 'ok', events: [event.id], store: { kind: 'cosmos', reachable: true } });
    });

    it('when 200 users sign up concurrently across both instances, then exactly 200 registrations exist, and never more seated than the places', async () => {
      const before = await countDocuments();
      const users = Array.from({ length: 200 }, (_, n) => n + 100);
      const failures: string[] = [];
      await pool(users, 40, async (n) => {
        const clients = clientsFor(`crowd-${n}`);
        let last: Partial<Activity>[] = [];
        for (const [i, text] of [...turnsOf(fields, person(n)), 'ja'].entries()) last = await clients[(n + i) % 2]!.say(text);
        if (!confirmed(last)) failures.push(`${n}: ${texts(last).slice(0, 80)}`);
      });
      assert.deepEqual(failures, []);
      assert.equal((await countDocuments()) - before, 200);
      const capacity = event.registration?.capacity;
      if (capacity !== undefined) assert.equal(await countDocuments("AND c.status = 'registered'"), capacity);
    });
  });
}
