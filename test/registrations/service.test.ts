import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { MeetingEvent } from '../../src/event/schema';
import { aadIdentity, channelIdentity, personKeyOf, type Identity } from '../../src/identity';
import { registrationIdOf } from '../../src/registrations/model';
import { RegistrationService } from '../../src/registrations/service';
import { LocalRegistrationStore } from '../../src/storage/local/localRegistrationStore';
import { eventCopy } from '../helpers/event';
import { tempDataDir } from '../helpers/testBot';

const answers = (name: string) => ({ fullName: name, email: `${name.toLowerCase().replace(/\s/g, '.')}@example.dk`, municipality: 'herning', role: 'direktoer', topic: 'Inklusion' });
const person = (id: string): Identity => channelIdentity('msteams', id);

function setup(change: (event: MeetingEvent) => void = () => {}, now = '2024-10-27T12:00:00+01:00') {
  const event = eventCopy();
  change(event);
  const clock = { now: DateTime.fromISO(now, { setZone: true }) };
  const store = new LocalRegistrationStore(tempDataDir());
  const service = new RegistrationService(store, event, () => clock.now, 30);
  return { service, store, event, clock };
}

describe('registration rules', () => {
  it('when a person registers, then one registration is stored under their identity', async () => {
    const { service, store, event } = setup();
    const anna = aadIdentity('6f1c0d3e-0000-4000-8000-000000000001');
    const outcome = await service.register(anna, answers('Anna Jensen'));
    assert.equal(outcome.kind, 'registered');
    assert.equal((await service.findActive(aadIdentity('6F1C0D3E-0000-4000-8000-000000000001')))?.answers.fullName, 'Anna Jensen');
    // A channel user whose id spells the Entra id is someone else.
    assert.equal(await service.findActive(channelIdentity('aad', '6f1c0d3e-0000-4000-8000-000000000001')), undefined);
    assert.equal((await store.list(event.id)).length, 1);
  });

  it('when they register again, then it updates (or reports no change) and never duplicates', async () => {
    const { service, store, event } = setup();
    const anna = person('u1');
    await service.register(anna, answers('Anna Jensen'));
    assert.equal((await service.register(anna, answers('Anna Jensen'))).kind, 'unchanged');
    const updated = await service.register(anna, { ...answers('Anna Jensen'), role: 'udvalgsformand' });
    assert.equal(updated.kind, 'updated');
    assert.equal((await store.list(event.id)).length, 1);
  });

  it('when the same person submits twice at once, then exactly one registration exists', async () => {
    const { service, store, event } = setup();
    const outcomes = await Promise.all([service.register(person('u1'), answers('Anna Jensen')), service.register(person('u1'), answers('Anna Jensen'))]);
    assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['registered', 'unchanged']);
    assert.equal((await store.list(event.id)).length, 1);
  });

  it('when two services on one store take the same person at once, the store still keeps one', async () => {
    const { service, store, event } = setup();
    const second = new RegistrationService(store, event, () => DateTime.fromISO('2024-10-27T12:00:00+01:00'), 30);
    await Promise.all([service.register(person('u1'), answers('Anna Jensen')), second.register(person('u1'), answers('Anna Jensen'))]);
    assert.equal((await store.list(event.id)).length, 1);
  });

  it('when two instances race for the last seat, then one gets it and the other waits (no overbooking)', async () => {
    const { service, store, event } = setup((e) => (e.registration.capacity = 1));
    const other = new RegistrationService(store, event, () => DateTime.fromISO('2024-10-27T12:00:00+01:00', { setZone: true }), 30);
    const outcomes = await Promise.all([service.register(person('a'), answers('Anna A')), other.register(person('b'), answers('Bo B'))]);
    assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['registered', 'waitlisted']);
    assert.equal(await store.count(event.id, 'registered'), 1);
  });

  it('when the meeting has started, then sign-up is closed', async () => {
    const { service } = setup(undefined, '2024-10-30T17:00:00+01:00');
    const outcome = await service.register(person('u1'), answers('Anna Jensen'));
    assert.equal(outcome.kind, 'closed');
    assert.equal(outcome.kind === 'closed' && outcome.window.reason, 'started');
  });

  it('when a deadline is set and passed, then sign-up is closed by the deadline', async () => {
    const { service, clock } = setup((e) => (e.registration.deadline = '2024-10-23T12:00'));
    clock.now = DateTime.fromISO('2024-10-23T11:59:00+02:00', { setZone: true });
    assert.deepEqual(service.window(), { open: true });
    clock.now = DateTime.fromISO('2024-10-23T12:00:00+02:00', { setZone: true });
    const window = service.window();
    assert.equal(window.open === false && window.reason, 'deadline');
  });

  it('when the meeting is full, then later sign-ups wait, and the first moves up when a seat frees', async () => {
    const { service } = setup((e) => (e.registration.capacity = 2));
    assert.equal((await service.register(person('a'), answers('Anna A'))).kind, 'registered');
    assert.equal((await service.register(person('b'), answers('Bo B'))).kind, 'registered');
    const c = await service.register(person('c'), answers('Carl C'));
    const d = await service.register(person('d'), answers('Dina D'));
    assert.equal(c.kind === 'waitlisted' && c.position, 1);
    assert.equal(d.kind === 'waitlisted' && d.position, 2);

    const cancelled = await service.cancel(person('a'));
    assert.equal(cancelled.kind === 'cancelled' && cancelled.promoted?.answers.fullName, 'Carl C');
    assert.equal((await service.findActive(person('c')))?.status, 'registered');
    assert.equal((await service.findActive(person('d')))?.status, 'waitlisted');
    assert.equal(await service.waitlistPosition((await service.findActive(person('d')))!), 1);

    // Carl is told once, the next time he writes.
    assert.equal((await service.takePromotionNotice(person('c')))?.answers.fullName, 'Carl C');
    assert.equal(await service.takePromotionNotice(person('c')), undefined);
    assert.equal(await service.takePromotionNotice(person('d')), undefined);
  });

  it('when someone on the waiting list cancels, nobody is promoted', async () => {
    const { service } = setup((e) => (e.registration.capacity = 1));
    await service.register(person('a'), answers('Anna A'));
    await service.register(person('b'), answers('Bo B'));
    await service.register(person('c'), answers('Carl C'));
    const outcome = await service.cancel(person('b'));
    assert.deepEqual(outcome, { kind: 'cancelled' });
    assert.equal((await service.findActive(person('c')))?.status, 'waitlisted');
  });

  it('when a registration is cancelled, then only municipality and role remain, with nothing that leads to the person', async () => {
    const { service, store, event } = setup();
    await service.register(person('a'), answers('Anna Jensen'));
    await service.cancel(person('a'));
    const stored = await store.list(event.id);
    assert.equal(stored.length, 1);
    const [kept] = stored;
    assert.equal(kept?.status, 'cancelled');
    assert.deepEqual(kept?.answers, { municipality: 'herning', role: 'direktoer' });
    // No person key, no timestamps, and not under the id derived from the person.
    assert.deepEqual(Object.keys(kept!).sort(), ['answers', 'etag', 'eventId', 'expiresAt', 'id', 'status']);
    assert.notEqual(kept?.id, registrationIdOf(event.id, person('a')));
    assert.doesNotMatch(JSON.stringify(stored), new RegExp(personKeyOf(person('a')).replace(/[[\]"]/g, '.')));
    assert.equal(await service.findActive(person('a')), undefined);
    assert.deepEqual(await service.cancel(person('a')), { kind: 'notRegistered' });
  });

  it('when someone cancelled and signs up again, then they are registered afresh', async () => {
    const { service, store, event } = setup();
    await service.register(person('a'), answers('Anna Jensen'));
    await service.cancel(person('a'));
    assert.equal((await service.register(person('a'), answers('Anna Jensen'))).kind, 'registered');
    assert.deepEqual((await store.list(event.id)).map((r) => r.status).sort(), ['cancelled', 'registered']);
  });

  it('when a person deletes their data, then nothing of theirs is stored and their seat is passed on', async () => {
    const { service, store, event } = setup((e) => (e.registration.capacity = 1));
    await service.register(person('a'), answers('Anna A'));
    await service.register(person('b'), answers('Bo B'));
    assert.equal(await service.deleteUserData(person('a')), true);
    assert.equal(await store.get(event.id, registrationIdOf(event.id, person('a'))), undefined);
    assert.equal((await service.findActive(person('b')))?.status, 'registered');
    assert.equal((await store.list(event.id)).length, 1);
    assert.equal(await service.deleteUserData(person('a')), false);
  });

  it('when the retention period after the meeting has run out, then registrations are purged', async () => {
    const { service, store, event, clock } = setup();
    await service.register(person('a'), answers('Anna A'));
    clock.now = DateTime.fromISO('2024-11-29T18:44:00+01:00', { setZone: true });
    assert.equal(await service.purgeExpired(), 0);
    clock.now = DateTime.fromISO('2024-11-29T18:46:00+01:00', { setZone: true });
    assert.equal(await service.purgeExpired(), 1);
    assert.equal((await store.list(event.id)).length, 0);
  });
});
