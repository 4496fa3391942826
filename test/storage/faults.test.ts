import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import type { StoreItem } from 'botbuilder';
import { createClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { channelIdentity, personKeyOf, type Identity } from '../../src/identity';
import type { Answers } from '../../src/registrations/model';
import { RegistrationService } from '../../src/registrations/service';
import { createStores, type Stores } from '../../src/storage';
import { PreconditionFailedError, StateConflictError, StoreUnavailableError } from '../../src/storage/port';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { bundledEvent } from '../helpers/event';
import { eventually, FAST_COSMOS, FaultProxy, requests } from '../helpers/faultProxy';

const clock = createClock('2024-10-27T12:00:00+01:00');
const answers = (email: string): Answers => ({ fullName: 'Anna Jensen', email, municipality: 'herning', role: 'direktoer' });

let server: CosmosServer;
let proxy: FaultProxy;
let inspect: { client: CosmosClient; database: Database };
const open: Stores[] = [];
let databases = 0;

before(async () => {
  server = await startCosmosServer();
  proxy = await FaultProxy.start(server.endpoint);
});
after(async () => {
  await Promise.all(open.map((stores) => stores.close()));
  inspect?.client.dispose();
  await proxy.close();
  await server.close();
});

/** Stores through the proxy, in a database of their own. */
async function storesBehindProxy(options: { whenUnreachable?: 'stop' | 'degrade' } = {}) {
  const databaseId = `faults-${++databases}`;
  const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: server.key, COSMOS_DATABASE: databaseId, COSMOS_CONNECT_TIMEOUT_MS: '1000' });
  const stores = await createStores(config, { cosmos: FAST_COSMOS, ...options });
  open.push(stores);
  return { stores, databaseId, service: new RegistrationService(stores.registrations, bundledEvent, clock) };
}

/** Counts registration documents straight from the protocol server, past the proxy. */
async function documents(databaseId: string) {
  inspect ??= await cosmosDatabase(server.endpoint, server.key, databaseId);
  const { resources } = await inspect.client.database(databaseId).container('registrations').items.readAll<{ personKey: string; answers: Answers; status: string }>().fetchAll();
  return resources;
}

const person = (id: string): Identity => channelIdentity('emulator', id);

describe('Cosmos DB faults, store by store (through a fault-injecting proxy)', () => {
  it('when Cosmos DB is unreachable at start-up and the bot may start degraded, then the stores say "unavailable" at once and work as soon as Cosmos DB answers, without a restart', async () => {
    await proxy.refuse();
    let setup;
    try {
      setup = await storesBehindProxy({ whenUnreachable: 'degrade' });
      const { stores, service } = setup;
      assert.equal(await stores.registrations.ping(), false);
      await assert.rejects(service.register(person('early'), answers('early@example.dk')), StoreUnavailableError);
      await assert.rejects(stores.storage.read(['emulator/conversations/early']), StoreUnavailableError);
    } finally {
      await proxy.pass();
    }
    const { stores, service, databaseId } = setup;
    await eventually(() => stores.registrations.ping(), 'the store answers after Cosmos DB came back');
    assert.equal((await service.register(person('early'), answers('early@example.dk'))).kind, 'registered');
    await stores.storage.write({ 'emulator/conversations/early': { step: 1 } });
    assert.equal(((await stores.storage.read(['emulator/conversations/early']))['emulator/conversations/early'] as { step: number }).step, 1);
    // Prepared in the background as at a normal start: both containers, the state container with its TTL.
    await documents(databaseId);
    const { resources } = await inspect.client.database(databaseId).containers.readAll().fetchAll();
    assert.deepEqual(resources.map((c) => c.id).sort(), ['botstate', 'registrations']);
    assert.equal(resources.find((c) => c.id === 'botstate')?.defaultTtl, 30 * 86_400);
  });

  it('when a few requests are throttled (429), then the SDK\'s retries ride it out and one registration is stored', async () => {
    const { service, databaseId } = await storesBehindProxy();
    const throttle = proxy.inject({ kind: 'throttle', match: requests.to('registrations'), times: 3 });
    try {
      assert.equal((await service.register(person('short-storm'), answers('a@example.dk'))).kind, 'registered');
    } finally {
      throttle.remove();
    }
    assert.equal(throttle.hits, 3);
    assert.equal((await documents(databaseId)).length, 1);
  });

  it('when throttling outlasts the retry budget, then the stores say "unavailable"; after the storm a retry stores exactly once', async () => {
    const { stores, service, databaseId } = await storesBehindProxy();
    const storm = proxy.inject({ kind: 'throttle' });
    try {
      await assert.rejects(service.register(person('long-storm'), answers('a@example.dk')), StoreUnavailableError);
      await assert.rejects(stores.storage.write({ 'emulator/conversations/storm': { step: 1 } }), StoreUnavailableError);
    } finally {
      storm.remove();
    }
    assert.ok(storm.hits > 3);
    assert.equal((await documents(databaseId)).length, 0);
    assert.equal((await service.register(person('long-storm'), answers('a@example.dk'))).kind, 'registered');
    assert.equal((await documents(databaseId)).length, 1);
  });

  it('when connections drop, then reads and writes of both stores say "unavailable" and work again once they stop', async () => {
    const { stores, service, databaseId } = await storesBehindProxy();
    await stores.storage.write({ 'emulator/conversations/drop': { step: 1 } });
    const drop = proxy.inject({ kind: 'drop' });
    try {
      await assert.rejects(stores.storage.read(['emulator/conversations/drop']), StoreUnavailableError);
      await assert.rejects(stores.storage.write({ 'emulator/conversations/drop': { step: 2 } }), StoreUnavailableError);
      await assert.rejects(service.register(person('dropped'), answers('d@example.dk')), StoreUnavailableError);
    } finally {
      drop.remove();
    }
    assert.equal(((await stores.storage.read(['emulator/conversations/drop']))['emulator/conversations/drop'] as { step: number }).step, 1);
    assert.equal((await service.register(person('dropped'), answers('d@example.dk'))).kind, 'registered');
    assert.equal((await documents(databaseId)).filter((d) => d.personKey === personKeyOf(person('dropped'))).length, 1);
  });

  it('when a change of registration meets a 412, then the service reads again and stores the change once', async () => {
    const { service, databaseId } = await storesBehindProxy();
    await service.register(person('changer'), answers('old@example.dk'));
    const conflict = proxy.inject({ kind: 'conflict', match: requests.replacesIn('registrations'), times: 1 });
    assert.equal((await service.register(person('changer'), answers('new@example.dk'))).kind, 'updated');
    assert.equal(conflict.hits, 1);
    const stored = await documents(databaseId);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.answers.email, 'new@example.dk');
  });

  it('when every change meets a 412, then the service gives up (the user is told to retry) and the stored registration is untouched', async () => {
    const { service, databaseId } = await storesBehindProxy();
    await service.register(person('blocked'), answers('old@example.dk'));
    const conflicts = proxy.inject({ kind: 'conflict', match: requests.replacesIn('registrations') });
    try {
      await assert.rejects(service.register(person('blocked'), answers('new@example.dk')), PreconditionFailedError);
    } finally {
      conflicts.remove();
    }
    assert.deepEqual((await documents(databaseId)).map((d) => d.answers.email), ['old@example.dk']);
  });

  it('when the answer to a new registration is lost after Cosmos DB stored it, then the retry\'s 409 is recognised as this very registration: "registered", once', async () => {
    const { service, databaseId } = await storesBehindProxy();
    const lost = proxy.inject({ kind: 'loseResponse', match: requests.createsIn('registrations'), times: 1 });
    const outcome = await service.register(person('lost-create'), answers('l@example.dk'));
    assert.equal(lost.hits, 1);
    assert.equal(outcome.kind, 'registered');
    assert.equal((await documents(databaseId)).length, 1);
  });

  it('when the answer to a change is lost after it was stored, then the retry\'s 412 is recognised: "updated", not "unchanged"', async () => {
    const { service, databaseId } = await storesBehindProxy();
    await service.register(person('lost-change'), answers('old@example.dk'));
    const lost = proxy.inject({ kind: 'loseResponse', match: requests.replacesIn('registrations'), times: 1 });
    assert.equal((await service.register(person('lost-change'), answers('new@example.dk'))).kind, 'updated');
    assert.equal(lost.hits, 1);
    assert.deepEqual((await documents(databaseId)).map((d) => d.answers.email), ['new@example.dk']);
  });

  it('when the answers to a cancellation\'s writes are lost after they were stored, then it is reported as cancelled, once', async () => {
    const { service, databaseId } = await storesBehindProxy();
    await service.register(person('lost-cancel'), answers('c@example.dk'));
    const lostDelete = proxy.inject({ kind: 'loseResponse', match: requests.deletesIn('registrations'), times: 1 });
    const lostCreate = proxy.inject({ kind: 'loseResponse', match: requests.createsIn('registrations'), times: 1 });
    assert.equal((await service.cancel(person('lost-cancel'))).kind, 'cancelled');
    assert.deepEqual([lostDelete.hits, lostCreate.hits], [1, 1]);
    assert.deepEqual((await documents(databaseId)).map((d) => d.status), ['cancelled']);
  });
});

describe('bot state faults (eTags, 412, lost answers)', () => {
  const key = (name: string) => `emulator/conversations/${name}`;
  const readItem = async (stores: Stores, name: string) => (await stores.storage.read([key(name)]))[key(name)] as (StoreItem & { step?: unknown }) | undefined;

  it('when a state write meets a 412 but the stored version is the one it read, then the write is tried again and lands', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('spurious')]: { step: 1 } });
    const read = (await readItem(stores, 'spurious'))!;
    const conflict = proxy.inject({ kind: 'conflict', match: requests.writesTo('botstate'), times: 1 });
    await stores.storage.write({ [key('spurious')]: { ...read, step: 2 } });
    assert.equal(conflict.hits, 1);
    assert.equal((await readItem(stores, 'spurious'))?.step, 2);
  });

  it('when another turn saved the state first, then StateConflictError and the other turn\'s state stands', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('crossing')]: { step: 1 } });
    const read = (await readItem(stores, 'crossing'))!;
    await stores.storage.write({ [key('crossing')]: { ...read, step: 'other turn' } });
    await assert.rejects(stores.storage.write({ [key('crossing')]: { ...read, step: 'this turn' } }), StateConflictError);
    assert.equal((await readItem(stores, 'crossing'))?.step, 'other turn');
  });

  it('when a state is written back as botbuilder does (eTag "*") after another turn saved it, then it still conflicts: the version it was read at counts', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('star')]: { step: 1 } });
    const read = (await readItem(stores, 'star'))!;
    const other = (await readItem(stores, 'star'))!;
    await stores.storage.write({ [key('star')]: Object.assign(other, { step: 'other turn', eTag: '*' }) });
    await assert.rejects(stores.storage.write({ [key('star')]: Object.assign(read, { step: 'this turn', eTag: '*' }) }), StateConflictError);
    assert.equal((await readItem(stores, 'star'))?.step, 'other turn');
    // A state never read (a new conversation) is simply written.
    await stores.storage.write({ [key('fresh')]: { step: 1, eTag: '*' } });
    assert.equal((await readItem(stores, 'fresh'))?.step, 1);
  });

  it('when another turn saved the very same state first, then the write counts as done', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('twins')]: { step: 1 } });
    const read = (await readItem(stores, 'twins'))!;
    await stores.storage.write({ [key('twins')]: { ...read, step: 2 } });
    await stores.storage.write({ [key('twins')]: { ...read, step: 2 } });
    assert.equal((await readItem(stores, 'twins'))?.step, 2);
  });

  it('when the state was deleted meanwhile ("slet mine data" in a crossing turn), then a stale write does not bring it back', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('erased')]: { step: 1 } });
    const read = (await readItem(stores, 'erased'))!;
    await stores.storage.delete([key('erased')]);
    await assert.rejects(stores.storage.write({ [key('erased')]: { ...read, step: 2 } }), StateConflictError);
    assert.equal(await readItem(stores, 'erased'), undefined);
  });

  it('when the answer to a state write is lost after it was stored, then the retry recognises its own write', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('lost')]: { step: 1 } });
    const read = (await readItem(stores, 'lost'))!;
    const lost = proxy.inject({ kind: 'loseResponse', match: requests.writesTo('botstate'), times: 1 });
    await stores.storage.write({ [key('lost')]: { ...read, step: 2 } });
    assert.equal(lost.hits, 1);
    assert.equal((await readItem(stores, 'lost'))?.step, 2);
  });
});
