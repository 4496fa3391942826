import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActiveRegistration, CancellationRecord } from '../../src/registrations/model';
import { ConflictError, PreconditionFailedError, type RegistrationStore } from '../../src/storage/port';
import { SEAT_LEDGER_ID, type SeatLedger } from '../../src/storage/registrations';

let counter = 0;
export function registration(eventId: string, overrides: Partial<ActiveRegistration> = {}): ActiveRegistration {
  counter++;
  const now = new Date(Date.UTC(2024, 9, 1, 12, 0, counter % 60)).toISOString();
  return {
    id: `reg-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    eventId,
    personKey: `test:user-${counter}`,
    status: 'registered',
    answers: { fullName: 'Anna Jensen', email: 'anna@example.dk', municipality: 'herning', role: 'udvalgsmedlem' },
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function cancellation(eventId: string, answers: Record<string, string>): CancellationRecord {
  counter++;
  return { id: `cancelled-${counter}-${Math.random().toString(36).slice(2, 8)}`, eventId, status: 'cancelled', answers };
}

/**
 * What every RegistrationStore adapter must do, run unchanged against each.
 * `makeStore` returns a store and an event id no other test uses.
 */
export function storeContract(name: string, makeStore: () => Promise<{ store: RegistrationStore; eventId: string }>) {
  describe(`RegistrationStore contract: ${name}`, () => {
    it('creates, reads back, and refuses a second create with the same id', async () => {
      const { store, eventId } = await makeStore();
      const reg = registration(eventId);
      const created = await store.create(reg);
      assert.ok(created.etag);
      const read = await store.get(eventId, reg.id);
      assert.deepEqual({ ...read, etag: undefined }, { ...reg, etag: undefined });
      await assert.rejects(store.create(reg), ConflictError);
    });

    it('returns nothing for an unknown id, or for the id under another event', async () => {
      const { store, eventId } = await makeStore();
      const reg = registration(eventId);
      await store.create(reg);
      assert.equal(await store.get(eventId, 'no-such-id'), undefined);
      assert.equal(await store.get(`${eventId}-other`, reg.id), undefined);
    });

    it('replaces only with the current etag', async () => {
      const { store, eventId } = await makeStore();
      const created = await store.create(registration(eventId));
      const updated = await store.replace({ ...created, status: 'waitlisted' });
      assert.notEqual(updated.etag, created.etag);
      assert.equal((await store.get(eventId, created.id))?.status, 'waitlisted');
      await assert.rejects(store.replace({ ...created, status: 'registered' }), PreconditionFailedError);
    });

    it('deletes, and says whether there was something to delete', async () => {
      const { store, eventId } = await makeStore();
      const created = await store.create(registration(eventId));
      assert.equal(await store.delete(eventId, created.id), true);
      assert.equal(await store.get(eventId, created.id), undefined);
      assert.equal(await store.delete(eventId, created.id), false);
    });

    it('lists and counts within one event only', async () => {
      const { store, eventId } = await makeStore();
      await store.create(registration(eventId, { answers: { municipality: 'herning', role: 'direktoer' } }));
      await store.create(registration(eventId, { answers: { municipality: 'herning', role: 'udvalgsformand' } }));
      await store.create(registration(eventId, { answers: { municipality: 'aarhus', role: 'direktoer' } }));
      await store.create(registration(eventId, { status: 'waitlisted', answers: { municipality: 'aarhus' } }));
      await store.create(cancellation(eventId, { municipality: 'skive' }));
      await store.create(registration(`${eventId}-other`, { answers: { municipality: 'herning' } }));
      assert.equal((await store.list(eventId)).length, 5);
      assert.equal(await store.count(eventId, 'registered'), 3);
      assert.equal(await store.count(eventId, 'waitlisted'), 1);
      assert.equal(await store.count(eventId, 'cancelled'), 1);
    });

    it('keeps æ, ø, å and long values intact', async () => {
      const { store, eventId } = await makeStore();
      const reg = registration(eventId, { answers: { fullName: 'Søren Ærø Ågård', topic: 'ø'.repeat(500) } });
      await store.create(reg);
      assert.deepEqual((await store.get(eventId, reg.id))?.answers, reg.answers);
    });

    it('under concurrent creates of one id, exactly one wins', async () => {
      const { store, eventId } = await makeStore();
      const reg = registration(eventId);
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => store.create(reg)));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      assert.ok(results.filter((r) => r.status === 'rejected').every((r) => r.reason instanceof ConflictError));
      assert.equal((await store.list(eventId)).length, 1);
    });

    it("keeps the event's seat ledger apart: read by seats(), changed with its etag, never listed, counted or got as a registration", async () => {
      const { store, eventId } = await makeStore();
      assert.equal(await store.seats(eventId), undefined);
      const reg = await store.create(registration(eventId));
      const ledger = await store.create<SeatLedger>({
        id: SEAT_LEDGER_ID,
        eventId,
        status: 'seats',
        holders: [{ id: reg.id, since: reg.createdAt }],
      });
      await assert.rejects(store.create<SeatLedger>({ ...ledger, holders: [] }), ConflictError);
      assert.deepEqual((await store.seats(eventId))?.holders, [{ id: reg.id, since: reg.createdAt }]);
      assert.equal(await store.seats(`${eventId}-other`), undefined);
      assert.deepEqual(
        (await store.list(eventId)).map((r) => r.id),
        [reg.id],
      );
      assert.equal(await store.get(eventId, SEAT_LEDGER_ID), undefined);
      assert.equal(await store.count(eventId, 'registered'), 1);
      const emptied = await store.replace({ ...ledger, holders: [] });
      await assert.rejects(store.replace({ ...ledger, holders: [{ id: 'x', since: reg.createdAt }] }), PreconditionFailedError);
      assert.deepEqual((await store.seats(eventId))?.holders, []);
      assert.equal(await store.delete(eventId, emptied.id), true);
      assert.equal(await store.seats(eventId), undefined);
    });

    it('answers ping', async () => {
      const { store } = await makeStore();
      assert.equal(await store.ping(), true);
    });
  });
}
