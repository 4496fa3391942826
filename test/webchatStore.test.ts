import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Request } from 'restify';
import { isLocalRequest } from '../src/http/body';
import { ConversationStore, DEFAULT_LIMITS } from '../src/http/directLine/conversationStore';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('local Direct Line memory: bounded, per conversation, forgetting idle ones', () => {
  it('has finite defaults: 100 conversations of at most 500 activities and 1 MB each, forgotten after an hour idle', () => {
    assert.deepEqual(DEFAULT_LIMITS, { maxConversations: 100, maxActivities: 500, maxBytes: 1024 * 1024, idleMs: 3_600_000 });
  });

  it('when more conversations start than the cap, then the least recently used is forgotten', () => {
    const time = clock();
    const store = new ConversationStore({ ...DEFAULT_LIMITS, maxConversations: 3 }, time.now);
    const [a, b, c] = [store.create('a'), store.create('b'), store.create('c')];
    time.advance(1);
    assert.ok(store.get(a.id), 'a is used again, so b is now the oldest');
    const d = store.create('d');
    assert.equal(store.size, 3);
    assert.equal(store.get(b.id), undefined);
    for (const kept of [a, c, d]) assert.ok(store.get(kept.id));
  });

  it('when a conversation is idle longer than idleMs, then it is gone (404 for its page, 404 for the bot)', () => {
    const time = clock();
    const store = new ConversationStore({ ...DEFAULT_LIMITS, idleMs: 60_000 }, time.now);
    const idle = store.create('idle');
    const busy = store.create('busy');
    time.advance(50_000);
    store.get(busy.id);
    time.advance(20_000);
    assert.equal(store.get(idle.id), undefined);
    assert.equal(store.authorize(idle.id, idle.token), 'unknown');
    assert.ok(store.get(busy.id));
    store.create('new');
    time.advance(61_000);
    store.purgeIdle();
    assert.equal(store.size, 0);
  });

  it('when a transcript passes its activity or byte cap, then the oldest activities go and the watermark still only grows', () => {
    const store = new ConversationStore({ ...DEFAULT_LIMITS, maxActivities: 3, maxBytes: 10_000 });
    const conversation = store.create('u');
    for (let i = 1; i <= 5; i++) store.append(conversation, { type: 'message', text: `m${i}` });
    const all = store.since(conversation, '');
    assert.deepEqual(
      all.activities.map((activity) => activity.text),
      ['m3', 'm4', 'm5'],
    );
    assert.equal(all.watermark, '5');
    store.append(conversation, { type: 'message', text: 'x'.repeat(9_000) });
    const afterBig = store.since(conversation, '5');
    assert.equal(afterBig.activities.length, 1);
    assert.ok(conversation.bytes <= 10_000);
    assert.deepEqual(store.since(conversation, '6').activities, []);
    assert.equal(store.since(conversation, 'not-a-number').activities.length, conversation.entries.length);
  });

  it('keeps every conversation within its byte cap, so all of them together stay within maxConversations × maxBytes', () => {
    const limits = { ...DEFAULT_LIMITS, maxConversations: 5, maxBytes: 50_000 };
    const store = new ConversationStore(limits);
    for (let c = 0; c < 20; c++) {
      const conversation = store.create(`u${c}`);
      for (let i = 0; i < 50; i++) store.append(conversation, { type: 'message', text: 'y'.repeat(4_000) });
    }
    assert.equal(store.size, 5);
  });

  it("checks tokens per conversation, and finds a user's latest started conversation for the bot's 1:1", () => {
    const store = new ConversationStore();
    const first = store.create('alice');
    const second = store.create('alice');
    assert.equal(store.authorize(first.id, second.token), 'forbidden');
    assert.equal(store.authorize(first.id, ''), 'forbidden');
    assert.equal(store.authorize(first.id, first.token), first);
    assert.equal(store.byToken(second.token), second);
    assert.equal(store.latestOf('alice'), undefined, 'not started yet');
    first.started = true;
    second.started = true;
    store.get(first.id);
    assert.equal(store.latestOf('alice'), first);
    assert.equal(store.latestOf('bob'), undefined);
  });
});

describe('isLocalRequest', () => {
  const request = (remoteAddress: string, host?: string) =>
    ({ socket: { remoteAddress }, headers: host === undefined ? {} : { host } }) as unknown as Request;

  it('takes loopback peers that name this machine, and nothing else', () => {
    for (const [remote, host] of [
      ['127.0.0.1', 'localhost:3978'],
      ['127.0.0.1', '127.0.0.1:3978'],
      ['::1', '[::1]:3978'],
      ['::ffff:127.0.0.1', 'LOCALHOST'],
    ]) {
      assert.equal(isLocalRequest(request(remote!, host)), true, `${remote} ${host}`);
    }
    for (const [remote, host] of [
      ['192.0.2.7', 'localhost:3978'],
      ['10.0.0.2', '127.0.0.1'],
      ['127.0.0.1', 'attacker.example'],
      ['127.0.0.1', 'localhost.attacker.example'],
      ['127.0.0.1', undefined],
    ]) {
      assert.equal(isLocalRequest(request(remote!, host)), false, `${remote} ${host}`);
    }
  });
});
