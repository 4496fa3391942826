import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConflictError, PreconditionFailedError, type QuestionStore } from '../../src/storage/port';
import { FAQ_DOCUMENT_ID, type AnswerNotice, type FaqDocument, type QuestionRecord } from '../../src/storage/questions';

let counter = 0;

export function questionRecord(eventId: string, overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  counter++;
  return {
    id: `question-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    eventId,
    type: 'question',
    text: 'er der parkering?',
    lang: 'da',
    reason: 'unanswered',
    askedAt: new Date(Date.UTC(2024, 9, 20, 12, 0, counter % 60)).toISOString(),
    ...overrides,
  };
}

export function notice(eventId: string, personKey: string, overrides: Partial<AnswerNotice> = {}): AnswerNotice {
  counter++;
  return {
    id: `notice-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    eventId,
    type: 'notice',
    questionId: `question-${counter}`,
    personKey,
    address: { channelId: 'test', conversation: { id: `conversation-${counter}` }, serviceUrl: 'http://127.0.0.1:1' },
    lang: 'da',
    askedAt: new Date(Date.UTC(2024, 9, 20, 12, 0, counter % 60)).toISOString(),
    ...overrides,
  };
}

/**
 * What every QuestionStore adapter must do, run unchanged against each.
 * `makeStore` returns a store and an event id no other test uses.
 */
export function questionStoreContract(name: string, makeStore: () => Promise<{ store: QuestionStore; eventId: string }>) {
  describe(`QuestionStore contract: ${name}`, () => {
    it('when a question is created, then it reads back as written, and a second create with its id is refused', async () => {
      const { store, eventId } = await makeStore();
      const record = questionRecord(eventId, { topic: 'parking' });
      const created = await store.create(record);
      assert.ok(created.etag);
      assert.deepEqual({ ...(await store.get(eventId, record.id)), etag: undefined }, { ...record, etag: undefined });
      await assert.rejects(store.create(record), ConflictError);
    });

    it('when asked for an unknown id, or for an id under another event, then there is nothing', async () => {
      const { store, eventId } = await makeStore();
      const record = questionRecord(eventId);
      await store.create(record);
      assert.equal(await store.get(eventId, 'no-such-id'), undefined);
      assert.equal(await store.get(`${eventId}-other`, record.id), undefined);
    });

    it('when the FAQ document changes, then only the current etag may replace it, and a deleted one cannot be', async () => {
      const { store, eventId } = await makeStore();
      const faq: FaqDocument = { id: FAQ_DOCUMENT_ID, eventId, type: 'faq', entries: [] };
      const created = await store.create(faq);
      const entry = {
        id: 'a1',
        questions: ['er der parkering?'],
        answer: { da: 'Ja, bag rådhuset.' },
        createdAt: '2024-10-27T11:00:00.000Z',
        updatedAt: '2024-10-27T11:00:00.000Z',
      };
      const updated = await store.replace({ ...created, entries: [entry] });
      assert.notEqual(updated.etag, created.etag);
      assert.deepEqual(((await store.get(eventId, FAQ_DOCUMENT_ID)) as FaqDocument).entries, [entry]);
      await assert.rejects(store.replace({ ...created, entries: [] }), PreconditionFailedError);
      assert.equal(await store.delete(eventId, FAQ_DOCUMENT_ID), true);
      await assert.rejects(store.replace(updated), PreconditionFailedError);
      assert.equal(await store.delete(eventId, FAQ_DOCUMENT_ID), false);
    });

    it('when listing, then only the type asked for comes, within one event, and notices can be narrowed to one person', async () => {
      const { store, eventId } = await makeStore();
      await store.create(questionRecord(eventId));
      await store.create(questionRecord(eventId, { text: 'is there parking?', lang: 'en' }));
      await store.create(questionRecord(`${eventId}-other`));
      await store.create(notice(eventId, 'person-a'));
      await store.create(notice(eventId, 'person-a'));
      await store.create(notice(eventId, 'person-b'));
      await store.create({ id: FAQ_DOCUMENT_ID, eventId, type: 'faq', entries: [] });
      assert.equal((await store.list(eventId, 'question')).length, 2);
      assert.ok((await store.list(eventId, 'question')).every((document) => document.type === 'question' && document.eventId === eventId));
      assert.equal((await store.list(eventId, 'notice')).length, 3);
      assert.deepEqual(
        (await store.list(eventId, 'notice', { personKey: 'person-a' })).map((n) => n.personKey),
        ['person-a', 'person-a'],
      );
      assert.equal((await store.list(eventId, 'faq')).length, 1);
    });

    it('when a notice carries a conversation reference, then it comes back intact, with æ, ø and å', async () => {
      const { store, eventId } = await makeStore();
      const address = {
        channelId: 'msteams',
        conversation: { id: 'a:1ø2å', conversationType: 'personal', tenantId: 't' },
        bot: { id: '28:bot' },
        serviceUrl: 'https://smba.example/',
      };
      const written = notice(eventId, '["aad","x"]', { address });
      await store.create(written);
      assert.deepEqual(((await store.get(eventId, written.id)) as AnswerNotice).address, address);
    });

    it('under concurrent replaces of one FAQ document, exactly one wins', async () => {
      const { store, eventId } = await makeStore();
      const created = await store.create({ id: FAQ_DOCUMENT_ID, eventId, type: 'faq', entries: [] });
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          store.replace({ ...created, entries: [{ id: `e${i}`, questions: [], answer: { da: String(i) }, createdAt: '', updatedAt: '' }] }),
        ),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      assert.ok(results.filter((r) => r.status === 'rejected').every((r) => r.reason instanceof PreconditionFailedError));
    });
  });
}
