import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import type { StoreItem } from 'botbuilder';
import { loadConfig } from '../../src/config';
import type { MeetingEvent } from '../../src/event/model';
import { channelIdentity, personKeyOf, type Identity } from '../../src/identity';
import type { Answers } from '../../src/registrations/model';
import { RegistrationService } from '../../src/registrations/service';
import { createStores, type Stores } from '../../src/storage';
import { PreconditionFailedError, StateConflictError, StoreUnavailableError } from '../../src/storage/port';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { TEST_EVENTS } from '../helpers/event';
import { answersFor, fieldOfKind, testClock, withRegistration } from '../helpers/registrations';
import { eventually, FAST_COSMOS, FaultProxy, requests } from '../helpers/faultProxy';

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
  const config = loadConfig({
    ALLOW_UNAUTHENTICATED: 'true',
    COSMOS_ENDPOINT: proxy.url,
    COSMOS_KEY: server.key,
    COSMOS_DATABASE: databaseId,
    COSMOS_CONNECT_TIMEOUT_MS: '1000',
  });
  const stores = await createStores(config, { cosmos: FAST_COSMOS, ...options });
  open.push(stores);
  return { stores, databaseId, events: meetingsOn(stores) };
}

/**
 * Both test events over one set of stores, each with a registration service at its own test time (their sign-ups
 * are open years apart) and Anna's answers to its form.
 */
function meetingsOn(stores: Stores, change: (event: MeetingEvent) => MeetingEvent = (event) => event) {
  return TEST_EVENTS.map(({ name, event: base, now }) => {
    const event = change(base);
    const email = fieldOfKind(event, 'email').id;
    return {
      name,
      event,
      service: new RegistrationService(stores.registrations, testClock(now).read),
      answers: (address: string): Answers => ({ ...answersFor(event, 1, { name: 'Anna Jensen' }), [email]: address }),
      emailOf: (document: { answers: Answers }) => document.answers[email],
    };
  });
}

/** The registration documents of one event (not its seat ledger), straight from the protocol server, past the proxy. */
async function documents(databaseId: string, eventId: string) {
  inspect ??= await cosmosDatabase(server.endpoint, server.key, databaseId);
  const { resources } = await inspect.client
    .database(databaseId)
    .container('registrations')
    .items.readAll<{ eventId: string; personKey: string; answers: Answers; status: string }>()
    .fetchAll();
  return resources.filter((document) => document.eventId === eventId && document.status !== 'seats');
}

const person = (id: string): Identity => channelIdentity('emulator', id);

describe('Cosmos DB faults, store by store (through a fault-injecting proxy; the KL and the synthetic event on one database)', () => {
  it('when Cosmos DB is unreachable at start-up and the bot may start degraded, then the stores say "unavailable" at once and work as soon as Cosmos DB answers, without a restart', async () => {
    await proxy.refuse();
    let setup;
    try {
      setup = await storesBehindProxy({ whenUnreachable: 'degrade' });
      const { stores, events } = setup;
      assert.equal(await stores.registrations.ping(), false);
      for (const { event, service, answers } of events)
        await assert.rejects(service.register(event, person('early'), answers('early@example.dk')), StoreUnavailableError);
      await assert.rejects(stores.storage.read(['emulator/conversations/early']), StoreUnavailableError);
    } finally {
      await proxy.pass();
    }
    const { stores, events, databaseId } = setup;
    await eventually(() => stores.registrations.ping(), 'the store answers after Cosmos DB came back');
    for (const { name, event, service, answers } of events) {
      assert.equal((await service.register(event, person('early'), answers('early@example.dk'))).kind, 'registered', name);
      assert.equal((await documents(databaseId, event.id)).length, 1, name);
    }
    await stores.storage.write({ 'emulator/conversations/early': { step: 1 } });
    assert.equal(
      ((await stores.storage.read(['emulator/conversations/early']))['emulator/conversations/early'] as { step: number }).step,
      1,
    );
    // Prepared in the background as at a normal start: every container, the state container with its TTL.
    const { resources } = await inspect.client.database(databaseId).containers.readAll().fetchAll();
    assert.deepEqual(resources.map((c) => c.id).sort(), ['bindings', 'botstate', 'questions', 'registrations']);
    assert.equal(resources.find((c) => c.id === 'botstate')?.defaultTtl, 30 * 86_400);
  });

  it("when a few requests are throttled (429), then the SDK's retries ride it out and one registration is stored", async () => {
    const { events, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers } of events) {
      const throttle = proxy.inject({ kind: 'throttle', match: requests.to('registrations'), times: 3 });
      try {
        assert.equal((await service.register(event, person('short-storm'), answers('a@example.dk'))).kind, 'registered', name);
      } finally {
        throttle.remove();
      }
      assert.equal(throttle.hits, 3, name);
      assert.equal((await documents(databaseId, event.id)).length, 1, name);
    }
  });

  it('when throttling outlasts the retry budget, then the stores say "unavailable"; after the storm a retry stores exactly once', async () => {
    const { stores, events, databaseId } = await storesBehindProxy();
    const storm = proxy.inject({ kind: 'throttle' });
    try {
      await Promise.all([
        ...events.map(({ event, service, answers }) =>
          assert.rejects(service.register(event, person('long-storm'), answers('a@example.dk')), StoreUnavailableError),
        ),
        assert.rejects(stores.storage.write({ 'emulator/conversations/storm': { step: 1 } }), StoreUnavailableError),
      ]);
    } finally {
      storm.remove();
    }
    assert.ok(storm.hits > 3);
    for (const { name, event, service, answers } of events) {
      assert.equal((await documents(databaseId, event.id)).length, 0, name);
      assert.equal((await service.register(event, person('long-storm'), answers('a@example.dk'))).kind, 'registered', name);
      assert.equal((await documents(databaseId, event.id)).length, 1, name);
    }
  });

  it('when connections drop, then reads and writes of both stores say "unavailable" and work again once they stop', async () => {
    const { stores, events, databaseId } = await storesBehindProxy();
    await stores.storage.write({ 'emulator/conversations/drop': { step: 1 } });
    const drop = proxy.inject({ kind: 'drop' });
    try {
      // At once: each waits out its deadline.
      await Promise.all([
        assert.rejects(stores.storage.read(['emulator/conversations/drop']), StoreUnavailableError),
        assert.rejects(stores.storage.write({ 'emulator/conversations/drop': { step: 2 } }), StoreUnavailableError),
        ...events.map(({ event, service, answers }) =>
          assert.rejects(service.register(event, person('dropped'), answers('d@example.dk')), StoreUnavailableError),
        ),
      ]);
    } finally {
      drop.remove();
    }
    assert.equal(((await stores.storage.read(['emulator/conversations/drop']))['emulator/conversations/drop'] as { step: number }).step, 1);
    for (const { name, event, service, answers } of events) {
      assert.equal((await service.register(event, person('dropped'), answers('d@example.dk'))).kind, 'registered', name);
      assert.equal((await documents(databaseId, event.id)).filter((d) => d.personKey === personKeyOf(person('dropped'))).length, 1, name);
    }
  });

  it('when a change of registration meets a 412, then the service reads again and stores the change once', async () => {
    const { events, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers, emailOf } of events) {
      await service.register(event, person('changer'), answers('old@example.dk'));
      const conflict = proxy.inject({ kind: 'conflict', match: requests.replacesIn('registrations'), times: 1 });
      assert.equal((await service.register(event, person('changer'), answers('new@example.dk'))).kind, 'updated', name);
      assert.equal(conflict.hits, 1, name);
      assert.deepEqual((await documents(databaseId, event.id)).map(emailOf), ['new@example.dk'], name);
    }
  });

  it('when every change meets a 412, then the service gives up (the user is told to retry) and the stored registration is untouched', async () => {
    const { events, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers, emailOf } of events) {
      await service.register(event, person('blocked'), answers('old@example.dk'));
      const conflicts = proxy.inject({ kind: 'conflict', match: requests.replacesIn('registrations') });
      try {
        await assert.rejects(service.register(event, person('blocked'), answers('new@example.dk')), PreconditionFailedError);
      } finally {
        conflicts.remove();
      }
      assert.deepEqual((await documents(databaseId, event.id)).map(emailOf), ['old@example.dk'], name);
    }
  });

  it('when the answer to a new registration is lost after Cosmos DB stored it, then the retry\'s 409 is recognised as this very registration: "registered", once', async () => {
    const { events, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers } of events) {
      const lost = proxy.inject({ kind: 'loseResponse', match: requests.createsIn('registrations'), times: 1 });
      const outcome = await service.register(event, person('lost-create'), answers('l@example.dk'));
      assert.equal(lost.hits, 1, name);
      assert.equal(outcome.kind, 'registered', name);
      assert.equal((await documents(databaseId, event.id)).length, 1, name);
    }
  });

  it('when the answer to a new registration on a full meeting is lost, then it is reported as waiting, with its place', async () => {
    const { stores, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers } of meetingsOn(stores, (event) =>
      withRegistration(event, (registration) => (registration.capacity = 1)),
    )) {
      assert.equal((await service.register(event, person('first'), answers('f@example.dk'))).kind, 'registered', name);
      const lost = proxy.inject({ kind: 'loseResponse', match: requests.createsIn('registrations'), times: 1 });
      const outcome = await service.register(event, person('second'), answers('s@example.dk'));
      assert.equal(lost.hits, 1, name);
      assert.deepEqual(outcome.kind === 'waitlisted' && [outcome.kind, outcome.position], ['waitlisted', 1], name);
      assert.deepEqual((await documents(databaseId, event.id)).map((d) => d.status).sort(), ['registered', 'waitlisted'], name);
    }
  });

  it('when the answer to a change is lost after it was stored, then the retry\'s 412 is recognised: "updated", not "unchanged"', async () => {
    const { events, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers, emailOf } of events) {
      await service.register(event, person('lost-change'), answers('old@example.dk'));
      const lost = proxy.inject({ kind: 'loseResponse', match: requests.replacesIn('registrations'), times: 1 });
      assert.equal((await service.register(event, person('lost-change'), answers('new@example.dk'))).kind, 'updated', name);
      assert.equal(lost.hits, 1, name);
      assert.deepEqual((await documents(databaseId, event.id)).map(emailOf), ['new@example.dk'], name);
    }
  });

  it("when the answers to a cancellation's writes are lost after they were stored, then it is reported as cancelled, once", async () => {
    const { events, databaseId } = await storesBehindProxy();
    for (const { name, event, service, answers } of events) {
      await service.register(event, person('lost-cancel'), answers('c@example.dk'));
      const lostDelete = proxy.inject({ kind: 'loseResponse', match: requests.deletesIn('registrations'), times: 1 });
      const lostCreate = proxy.inject({ kind: 'loseResponse', match: requests.createsIn('registrations'), times: 1 });
      assert.equal((await service.cancel(event, person('lost-cancel'))).kind, 'cancelled', name);
      assert.deepEqual([lostDelete.hits, lostCreate.hits], [1, 1], name);
      assert.deepEqual(
        (await documents(databaseId, event.id)).map((d) => d.status),
        ['cancelled'],
        name,
      );
    }
  });
});

describe('bot state faults (eTags, 412, lost answers)', () => {
  const key = (name: string) => `emulator/conversations/${name}`;
  const readItem = async (stores: Stores, name: string) =>
    (await stores.storage.read([key(name)]))[key(name)] as (StoreItem & { step?: unknown }) | undefined;

  it('when a state write meets a 412 but the stored version is the one it read, then the write is tried again and lands', async () => {
    const { stores } = await storesBehindProxy();
    await stores.storage.write({ [key('spurious')]: { step: 1 } });
    const read = (await readItem(stores, 'spurious'))!;
    const conflict = proxy.inject({ kind: 'conflict', match: requests.writesTo('botstate'), times: 1 });
    await stores.storage.write({ [key('spurious')]: { ...read, step: 2 } });
    assert.equal(conflict.hits, 1);
    assert.equal((await readItem(stores, 'spurious'))?.step, 2);
  });

  it("when another turn saved the state first, then StateConflictError and the other turn's state stands", async () => {
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
    await assert.rejects(
      stores.storage.write({ [key('star')]: Object.assign(read, { step: 'this turn', eTag: '*' }) }),
      StateConflictError,
    );
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
