import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient } from '@azure/cosmos';
import { loadConfig } from '../src/config';
import type { BotClient } from '../src/devtools/botClient';
import { da } from '../src/i18n/da';
import { en } from '../src/i18n/en';
import { createStores, type Stores } from '../src/storage';
import { REGISTRATIONS_CONTAINER, type CosmosTuning } from '../src/storage/cosmos/cosmosClient';
import { startBot, texts, type TestBot } from './helpers/app';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from './helpers/cosmos';
import { eventually, FAST_COSMOS, FaultProxy, requests } from './helpers/faultProxy';

const DANISH_UNTIL_REVIEW = ['tilmeld mig', 'Anna Jensen', 'anna@herning.dk', 'Herning', 'Direktør', 'spring over'];
const ENGLISH_UNTIL_REVIEW = ['sign me up', 'Ann Smith', 'ann@aarhus.dk', 'Aarhus', 'Committee member', 'skip'];

let cosmos: CosmosServer;
let proxy: FaultProxy;
let inspect: CosmosClient;
let databases = 0;
const running: { bot: TestBot; stores: Stores }[] = [];

before(async () => {
  cosmos = await startCosmosServer();
  proxy = await FaultProxy.start(cosmos.endpoint);
  inspect = (await cosmosDatabase(cosmos.endpoint, cosmos.key, 'inspect')).client;
});
after(async () => {
  for (const { bot, stores } of running) {
    await bot.close();
    await stores.close();
  }
  inspect.dispose();
  await proxy.close();
  await cosmos.close();
});

/** The real bot over HTTP, its registrations and state in Cosmos DB behind the fault proxy, in a database of its own. */
async function botBehindProxy(whenUnreachable: 'stop' | 'degrade' = 'stop', tuning: CosmosTuning = {}) {
  const databaseId = `http-faults-${++databases}`;
  const env = { COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: databaseId, COSMOS_CONNECT_TIMEOUT_MS: '1000' };
  const stores = await createStores(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', ...env }), { whenUnreachable, cosmos: { ...FAST_COSMOS, ...tuning } });
  const bot = await startBot(env, { registrations: stores.registrations, storage: stores.storage });
  running.push({ bot, stores });
  let users = 0;
  return {
    bot,
    user: (locale = 'da-DK') => {
      const id = `user-${databaseId}-${++users}`;
      return bot.client({ id }, { locale, conversationId: `conv-${id}` });
    },
    /** The registration documents, read straight from the protocol server (past the proxy). */
    registrations: async () => {
      const { resources } = await inspect.database(databaseId).container(REGISTRATIONS_CONTAINER).items.readAll<{ personKey: string; status: string; answers: Record<string, string> }>().fetchAll();
      return resources;
    },
  };
}

async function sayAll(client: BotClient, messages: string[]): Promise<string> {
  let last = '';
  for (const message of messages) last = texts(await client.say(message));
  return last;
}

describe('storage faults over HTTP (real bot, Cosmos-protocol server behind a fault proxy)', () => {
  it('when Cosmos DB is unreachable at start-up, then the bot starts degraded: /healthz 503, questions answered, sign-ups told to try again (Danish and English); once Cosmos DB answers, it works without a restart', async () => {
    await proxy.refuse();
    let setup: Awaited<ReturnType<typeof botBehindProxy>>;
    try {
      setup = await botBehindProxy('degrade');
      const health = await fetch(`${setup.bot.url}/healthz`);
      assert.equal(health.status, 503);
      assert.deepEqual(((await health.json()) as { status: string; store: unknown }).status, 'degraded');
      const dane = setup.user();
      assert.match(texts(await dane.say('hvor er mødet?')), /Herning/);
      assert.equal(texts(await dane.say('tilmeld mig')), da.storeUnavailable);
      const brit = setup.user('en-GB');
      assert.equal(texts(await brit.say('sign me up')), en.storeUnavailable);
    } finally {
      await proxy.pass();
    }
    const { bot, user, registrations } = setup;
    await eventually(async () => (await fetch(`${bot.url}/healthz`)).status === 200, '/healthz answers 200 once Cosmos DB is back');
    assert.match(await sayAll(user(), [...DANISH_UNTIL_REVIEW, 'ja']), /Du er tilmeldt/);
    assert.equal((await registrations()).length, 1);
  });

  it('when Cosmos DB drops mid-sign-up, then the user is told in Danish, the answers given so far are kept, and after recovery the sign-up continues and is stored once', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user();
    await sayAll(client, ['tilmeld mig', 'Anna Jensen', 'anna@herning.dk']);
    const drop = proxy.inject({ kind: 'drop' });
    try {
      assert.equal(texts(await client.say('Herning')), da.storeUnavailable);
    } finally {
      drop.remove();
    }
    assert.ok(drop.hits > 0);
    // The state from before the failed message: the municipality question is still open.
    assert.match(texts(await client.say('Herning')), /Hvad er din rolle\?/);
    await client.say('Direktør');
    assert.match(texts(await client.say('spring over')), /Tjek venligst dine oplysninger/);
    assert.match(texts(await client.say('ja')), /Du er tilmeldt/);
    const stored = await registrations();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.answers.fullName, 'Anna Jensen');
    assert.equal(stored[0]!.answers.email, 'anna@herning.dk');
  });

  it('when the registration store drops the write at the confirmation, then the user is told in English that nothing is lost, and "try again" after recovery stores it once', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user('en-GB');
    assert.match(await sayAll(client, ENGLISH_UNTIL_REVIEW), /Please check your details/);
    const drop = proxy.inject({ kind: 'drop', match: requests.writesTo('registrations') });
    try {
      assert.match(texts(await client.say('yes')), /couldn't save your registration just now\. Your answers are not lost/);
    } finally {
      drop.remove();
    }
    assert.equal((await registrations()).length, 0);
    assert.match(texts(await client.say('try again')), /You are registered for/);
    assert.equal((await registrations()).length, 1);
  });

  it('when the registration store is overloaded and the user asks for their registration mid-sign-up, then they are told in English to try again and the sign-up is untouched', async () => {
    const { user } = await botBehindProxy();
    const client = user('en-GB');
    await sayAll(client, ['sign me up', 'Ann Smith', 'ann@aarhus.dk']);
    const storm = proxy.inject({ kind: 'throttle', match: requests.to('registrations') });
    try {
      // Such a request ends a sign-up ("Registration stopped") before it is carried out; it failed, so neither happened.
      assert.equal(texts(await client.say('what am I registered with?')), en.storeUnavailable);
    } finally {
      storm.remove();
    }
    assert.match(texts(await client.say('Aarhus')), /What is your role\?/);
  });

  it('when a short 429 storm hits the confirmation, then the SDK\'s retries ride it out and the user notices nothing', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user();
    await sayAll(client, DANISH_UNTIL_REVIEW);
    // Within the SDK's budget (three retries here): three throttled answers in a row.
    const storm = proxy.inject({ kind: 'throttle', times: 3 });
    assert.match(texts(await client.say('ja')), /Du er tilmeldt/);
    assert.equal(storm.hits, 3);
    assert.equal((await registrations()).length, 1);
  });

  it('when a 429 storm outlasts the retries, then the user is told in English, nothing is lost, and a retry after the storm stores once', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user('en-GB');
    await sayAll(client, ENGLISH_UNTIL_REVIEW);
    const storm = proxy.inject({ kind: 'throttle' });
    try {
      assert.equal(texts(await client.say('yes')), en.storeUnavailable);
    } finally {
      storm.remove();
    }
    assert.equal((await registrations()).length, 0);
    assert.match(texts(await client.say('yes')), /You are registered for/);
    assert.equal((await registrations()).length, 1);
  });

  it('when saving the conversation meets a 412 that no other turn caused, then the write is tried again and the sign-up goes on', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user();
    await sayAll(client, ['tilmeld mig', 'Anna Jensen']);
    const conflict = proxy.inject({ kind: 'conflict', match: requests.writesTo('botstate'), times: 1 });
    assert.match(texts(await client.say('anna@herning.dk')), /Hvilken kommune/);
    assert.equal(conflict.hits, 1);
    assert.match(await sayAll(client, ['Herning', 'Direktør', 'spring over', 'ja']), /Du er tilmeldt/);
    assert.equal((await registrations()).length, 1);
  });

  it('when two messages of one conversation cross, then the one saved first stands, the other is not used and the user is told so in Danish', async () => {
    // The held save must outlast the second turn, whatever the machine's load: the production deadline.
    const { user, registrations } = await botBehindProxy('stop', { operationTimeoutMs: 12_000 });
    const client = user();
    await sayAll(client, ['tilmeld mig', 'Anna Jensen', 'anna@herning.dk', 'Herning']);
    // The first message's turn reads the state and is held while saving; the second reads the same state and saves first.
    const hold = proxy.inject({ kind: 'hold', match: requests.writesTo('botstate'), times: 1 });
    const first = client.say('Direktør');
    await eventually(async () => hold.hits === 1, 'the first turn is saving');
    assert.match(texts(await client.say('annuller')), /Tilmeldingen er afbrudt/);
    hold.release();
    assert.equal(texts(await first), da.stateConflict);
    // The conversation is where the second message left it: no sign-up waits for a topic.
    assert.doesNotMatch(texts(await client.say('Direktør')), /emne/);
    assert.equal((await registrations()).length, 0);
  });

  it('when a change of e-mail meets a 412, then the bot reads again and stores the change once', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user();
    assert.match(await sayAll(client, [...DANISH_UNTIL_REVIEW, 'ja']), /Du er tilmeldt/);
    await client.say('ret min e-mail');
    await client.say('anna.jensen@herning.dk');
    const conflict = proxy.inject({ kind: 'conflict', match: requests.replacesIn('registrations'), times: 1 });
    assert.match(texts(await client.say('ja')), /Din tilmelding er opdateret/);
    assert.equal(conflict.hits, 1);
    assert.deepEqual((await registrations()).map((r) => r.answers.email), ['anna.jensen@herning.dk']);
  });

  it('when the answer to the final confirmation is lost after Cosmos DB stored it, then the bot says "registered" (not "already registered") and one registration exists', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user();
    await sayAll(client, DANISH_UNTIL_REVIEW);
    const lost = proxy.inject({ kind: 'loseResponse', match: requests.createsIn('registrations'), times: 1 });
    const reply = texts(await client.say('ja'));
    assert.equal(lost.hits, 1);
    assert.match(reply, /Du er tilmeldt/);
    assert.doesNotMatch(reply, /allerede/);
    assert.equal((await registrations()).length, 1);
  });

  it('when the conversation cannot be saved after the registration was stored, then the user reads only "try again", and sending "ja" again confirms it — once, and not as "already registered"', async () => {
    const { user, registrations } = await botBehindProxy();
    const client = user('en-GB');
    await sayAll(client, ENGLISH_UNTIL_REVIEW);
    const drop = proxy.inject({ kind: 'drop', match: requests.writesTo('botstate') });
    try {
      assert.equal(texts(await client.say('yes')), en.storeUnavailable);
    } finally {
      drop.remove();
    }
    assert.equal((await registrations()).length, 1, 'the registration itself was stored');
    const reply = texts(await client.say('yes'));
    assert.match(reply, /You are registered for/);
    assert.doesNotMatch(reply, /already/);
    assert.equal((await registrations()).length, 1);
  });
});
