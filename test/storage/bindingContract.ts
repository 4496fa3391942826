import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BindingStore, ChannelBinding } from '../../src/storage/port';

let counter = 0;

/** A place no other test uses, shaped like the real ones (Teams ids carry ':', '@', ';' and can be long). */
export function place(kind: 'channel' | 'team' | 'chat' = 'channel'): string {
  counter++;
  return `msteams:${kind}:19:${counter.toString(36)}${Math.random().toString(36).slice(2, 10)}@thread.tacv2;messageid=${Date.now()}`;
}

export function binding(eventId: string, overrides: Partial<ChannelBinding> = {}): ChannelBinding {
  return { place: place(), eventId, boundAt: new Date(Date.UTC(2027, 2, 1, 12, 0, ++counter % 60)).toISOString(), ...overrides };
}

/**
 * What every BindingStore adapter must do, run unchanged against each. `makeStores` returns two stores over the
 * same data — as two bot instances would have — or the same store twice where the adapter has one view only.
 */
export function bindingStoreContract(name: string, makeStores: () => Promise<[BindingStore, BindingStore]>) {
  describe(`BindingStore contract: ${name}`, () => {
    it('when a place is bound, then it reads back; an unbound place reads nothing', async () => {
      const [store] = await makeStores();
      const bound = binding('event-a');
      await store.put(bound);
      assert.deepEqual(await store.get(bound.place), bound);
      assert.equal(await store.get(place()), undefined);
    });

    it('when one instance binds, then the other reads it, and sees a rebinding and an unbinding', async () => {
      const [first, second] = await makeStores();
      const bound = binding('event-a');
      await first.put(bound);
      assert.equal((await second.get(bound.place))?.eventId, 'event-a');
      await second.put({ ...bound, eventId: 'event-b' });
      assert.equal((await first.get(bound.place))?.eventId, 'event-b');
      assert.equal(await first.delete(bound.place), true);
      assert.equal(await second.get(bound.place), undefined);
    });

    it('when unbinding a place that is not bound, then it says nothing was removed', async () => {
      const [store] = await makeStores();
      assert.equal(await store.delete(place()), false);
      const bound = binding('event-a');
      await store.put(bound);
      assert.equal(await store.delete(bound.place), true);
      assert.equal(await store.delete(bound.place), false);
    });

    it('when places differ only slightly (channel, team, chat of one id), then each keeps its own binding', async () => {
      const [store] = await makeStores();
      const id = `19:${'x'.repeat(300)}@thread.tacv2`;
      const places = (['channel', 'team', 'chat'] as const).map((kind) => `msteams:${kind}:${id}`);
      await Promise.all(places.map((p, i) => store.put(binding(`event-${i}`, { place: p }))));
      assert.deepEqual(await Promise.all(places.map(async (p) => (await store.get(p))?.eventId)), ['event-0', 'event-1', 'event-2']);
    });

    it('when many places are bound at once, then none is lost', async () => {
      const [first, second] = await makeStores();
      const many = Array.from({ length: 12 }, (_, i) => binding(`event-${i % 3}`));
      await Promise.all(many.map((b, i) => (i % 2 === 0 ? first : second).put(b)));
      for (const b of many) assert.equal((await first.get(b.place))?.eventId, b.eventId);
    });
  });
}
