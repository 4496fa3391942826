// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient, Database } from '@azure/cosmos';
import { DateTime } from 'luxon';
import { endOf } from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { channelIdentity, personKeyOf } from '../../src/identity';
import { FaqKnowledge } from '../../src/questions/faqKnowledge';
import { NOTICE_DAYS, QuestionService } from '../../src/questions/service';
import { CosmosQuestionStore } from '../../src/storage/cosmos/cosmosQuestionStore';
import { LocalQuestionStore } from '../../src/storage/local/localQuestionStore';
import type { QuestionStore } from '../../src/storage/port';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { TEST_EVENTS } from '../helpers/event';
import { tempDataDir } from '../helpers/testBot';

let server: CosmosServer;
const clients: CosmosClient[] = [];
let database: Database;

before(async () => {
  server = await startCosmosServer();
  const prepared = await cosmosDatabase(server.endpoint, server.key, 'questions-service');
  clients.push(prepared.client);
  database = prepared.database;
});
after(async () => {
  for (const client of clients) client.dispose();
  await server.close();
});

/** Another instance's store: over the same database, through its own client. */
async function secondCosmosStore(): Promise<QuestionStore> {
  const other = await cosmosDatabase(server.endpoint, server.key, 'questions-service');
  clients.push(other.client);
  return new CosmosQuestionStore(other.database);
}

const STORES: Array<{ name: string; make(): QuestionStore; another(store: QuestionStore): Promise<QuestionStore> }> = [
  { name: 'embedded store', make: () => new LocalQuestionStore(tempDataDir()), another: async (store) => store },
  { name: 'Cosmos DB', make: () => new CosmosQuestionStore(database), another: () => secondCosmosStore() },
];

const address = (id: string) => ({
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:1',
  conversation: { id: `conversation-${id}`, conversationType: 'personal', isGroup: false },
});
const person = (id: string) => channelIdentity('test', id);

let copies = 0;
/** The event under an id no other test uses, so tests on the shared Cosmos database never meet. */
const fresh = (event: MeetingEvent): MeetingEvent => ({ ...event, id: `${event.id}-${++copies}` });

for (const store of STORES) {
  for (const entry of TEST_EVENTS) {
    describe(`question service on the ${store.name} (${entry.name} event)`, () => {
      function setUp() {
        const event = fresh(entry.event);
        let now: DateTime = DateTime.fromISO(entry.now, { setZone: true });
        const questionStore = store.make();
        const clock = () => now;
        const service = new QuestionService(questionStore, clock, 30);
        return {
          event,
          service,
          questionStore,
          clock,
          advance: (duration: Record<string, number>) => (now = now.plus(duration)),
          at: (time: DateTime) => (now = time),
        };
      }

      async function askAndAnswer(service: QuestionService, event: MeetingEvent, who: string, text: string, answer: string) {
        const [record] = await service.record(event, [{ text }], 'da', 'unanswered', { identity: person(who), address: address(who) });
        return service.addAnswer(event, [record!.id], { text: answer, lang: 'da' });
      }

      it('when a question is answered within 14 days, then its asker is owed the answer once', async () => {
        const { event, service } = setUp();
        await askAndAnswer(service, event, 'ida', 'er der wifi', 'Ja, Gæst');
        const [delivery] = await service.takeDeliveries([event]);
        assert.equal(delivery?.personKey, personKeyOf(person('ida')));
        assert.deepEqual(delivery?.address, address('ida'));
        assert.equal(delivery?.answers[0]?.entry.answer.da, 'Ja, Gæst');
        assert.equal(delivery?.answers[0]?.question, 'er der wifi');
        assert.deepEqual(await service.takeDeliveries([event]), []);
        assert.deepEqual(await service.takeOwedAnswers([event], person('ida')), []);
      });

      it(`when a question is answered more than ${NOTICE_DAYS} days after it was asked, then nobody is told`, async () => {
        const { event, service, advance } = setUp();
        const [record] = await service.record(event, [{ text: 'er der wifi' }], 'da', 'unanswered', {
          identity: person('late'),
          address: address('late'),
        });
        advance({ days: NOTICE_DAYS, minutes: 1 });
        await service.addAnswer(event, [record!.id], { text: 'Ja', lang: 'da' });
        assert.deepEqual(await service.takeDeliveries([event]), []);
        assert.deepEqual(await service.takeOwedAnswers([event], person('late')), []);
      });

      it("when two of one person's questions are answered in one day, then one message that day, the other the next day", async () => {
        const { event, service, advance } = setUp();
        await askAndAnswer(service, event, 'bo', 'er der wifi', 'Ja');
        assert.equal((await service.takeDeliveries([event])).length, 1);
        advance({ hours: 2 });
        await askAndAnswer(service, event, 'bo', 'må hunden med', 'Nej');
        assert.deepEqual(await service.takeDeliveries([event]), []);
        assert.deepEqual(await service.takeOwedAnswers([event], person('bo')), []);
        advance({ hours: 23 });
        const [later] = await service.takeDeliveries([event]);
        assert.deepEqual(
          later?.answers.map((answer) => answer.entry.answer.da),
          ['Nej'],
        );
      });

      it('when a message cannot be sent, then the answer stays owed and is told when they next write', async () => {
        const { event, service } = setUp();
        await askAndAnswer(service, event, 'offline', 'er der wifi', 'Ja');
        const [delivery] = await service.takeDeliveries([event]);
        await service.release(delivery!);
        const owed = await service.takeOwedAnswers([event], person('offline'));
        assert.deepEqual(
          owed.map((answer) => answer.entry.answer.da),
          ['Ja'],
        );
        assert.deepEqual(await service.takeOwedAnswers([event], person('offline')), []);
      });

      it('when someone erases their data, then their notices go on every event and their questions stay without them', async () => {
        const { event, service, questionStore } = setUp();
        const other = fresh(entry.event);
        for (const target of [event, other])
          await service.record(target, [{ text: 'er der wifi' }], 'da', 'unanswered', {
            identity: person('gone'),
            address: address('gone'),
          });
        await service.record(event, [{ text: 'er der kaffe' }], 'da', 'unanswered', {
          identity: person('stays'),
          address: address('stays'),
        });
        assert.equal(await service.deleteUserData([event, other], person('gone')), 2);
        const notices = [...(await questionStore.list(event.id, 'notice')), ...(await questionStore.list(other.id, 'notice'))];
        assert.deepEqual(
          notices.map((notice) => notice.personKey),
          [personKeyOf(person('stays'))],
        );
        const questions = await questionStore.list(event.id, 'question');
        assert.equal(questions.length, 2);
        assert.ok(!JSON.stringify(questions).includes('gone'));
      });

      it("when the event's retention has run out, then its questions, answers and notices are purged; before that, only notices past 14 days", async () => {
        const { event, questionStore, clock, advance, at } = setUp();
        const faqs = new FaqKnowledge(questionStore, { checkEveryMs: 0 });
        const watched = new QuestionService(questionStore, clock, 30, { onFaqChange: (id, document) => faqs.changed(id, document) });
        await askAndAnswer(watched, event, 'ole', 'er der wifi', 'Ja');
        await watched.record(event, [{ text: 'må hunden med' }], 'da', 'unanswered', { identity: person('ole'), address: address('ole') });
        assert.equal(faqs.knowledge(event).faq.length, event.faq.length + 1);
        advance({ days: NOTICE_DAYS, hours: 1 });
        assert.equal(await watched.purgeExpired([event]), 2, 'the two notices');
        assert.equal((await questionStore.list(event.id, 'question')).length, 2);
        const expiry = endOf(event).plus({ days: 30 });
        assert.ok(((await questionStore.list(event.id, 'question'))[0]!.expiresAt ?? '') <= expiry.toUTC().toISO()!);
        at(expiry.plus({ minutes: 1 }));
        assert.equal(await watched.purgeExpired([event]), 3, 'two questions and the answers');
        for (const type of ['question', 'notice', 'faq'] as const) assert.deepEqual(await questionStore.list(event.id, type), []);
        assert.equal(faqs.knowledge(event).faq.length, event.faq.length, 'the answer is no longer used');
        assert.deepEqual(
          await watched.record(event, [{ text: 'er der wifi' }], 'da', 'unanswered'),
          [],
          'nothing is recorded past the retention',
        );
      });

      it('two bots of the same event share its knowledge until their organiser answers differ', async () => {
        const { event, questionStore } = setUp();
        const one = new FaqKnowledge(questionStore);
        const other = new FaqKnowledge(await store.another(questionStore));
        assert.equal(one.knowledge(event), other.knowledge(event), 'built once for the same event and answers');
        const service = new QuestionService(questionStore, () => DateTime.fromISO(entry.now, { setZone: true }), 30, {
          onFaqChange: (id, document) => one.changed(id, document),
        });
        const [record] = await service.record(event, [{ text: 'er der wifi' }], 'da', 'unanswered');
        await service.addAnswer(event, [record!.id], { text: 'Ja, Gæst', lang: 'da' });
        assert.equal(one.knowledge(event).faq.at(-1)?.entry.answer.da, 'Ja, Gæst');
        assert.notEqual(other.knowledge(event).faq.at(-1)?.entry.answer.da, 'Ja, Gæst', 'the other bot has not read it yet');
      });

      it('when an organiser answers on one instance, then another instance on the same store uses the answer from its next check', async () => {
        const { event, questionStore } = setUp();
        const clock = () => DateTime.fromISO(entry.now, { setZone: true });
        const faqsA = new FaqKnowledge(questionStore);
        const a = new QuestionService(questionStore, clock, 30, { onFaqChange: (id, document) => faqsA.changed(id, document) });
        const otherStore = await store.another(questionStore);
        let time = 10_000;
        const faqsB = new FaqKnowledge(otherStore, { now: () => time });
        await faqsB.refresh([event]);
        const before = faqsB.knowledge(event);
        const [record] = await a.record(event, [{ text: 'er der wifi' }], 'da', 'unanswered');
        await a.addAnswer(event, [record!.id], { text: 'Ja, Gæst', lang: 'da' });
        assert.equal(faqsA.knowledge(event).faq.at(-1)?.entry.answer.da, 'Ja, Gæst', 'at once where it was made');
        time += 500;
        await faqsB.refresh([event]);
        assert.equal(faqsB.knowledge(event), before, 'within a second of its last check, B asks nothing');
        time += 600;
        await faqsB.refresh([event]);
        assert.equal(faqsB.knowledge(event).faq.at(-1)?.entry.answer.da, 'Ja, Gæst');
        const again = faqsB.knowledge(event);
        time += 2000;
        await faqsB.refresh([event]);
        assert.equal(faqsB.knowledge(event), again, 'knowledge is built again only when the answers changed');
      });
    });
  }
}
