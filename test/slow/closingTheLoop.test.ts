import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../src/config';
import type { BotClient } from '../../src/devtools/botClient';
import { messages } from '../../src/i18n';
import { FAQ_CHECK_MS } from '../../src/questions/faqKnowledge';
import { createStores, type Stores } from '../../src/storage';
import { startBot, texts, type TestBot } from '../helpers/app';
import { standInConnector, type StandInConnector } from '../helpers/connector';
import { startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { klEvent } from '../helpers/event';

/** The KL letter says nothing of parking (the bot's default event over HTTP is the KL one). */
const ASK = 'er der parkering?';
const AGAIN = 'hvor kan jeg parkere';
const ANSWER = 'Der er gratis parkering bag rådhuset';
const LOOP_START = messages('da').unanswered.closingTheLoop('\u0000', '', undefined).split('\u0000')[0]!;

/** Waits until `found` returns something, or fails after `ms`. */
async function eventually<T>(found: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await found();
    if (value !== undefined) return value;
    if (Date.now() > until) assert.fail('not within the time');
    await sleep(50);
  }
}

async function answerFirst(organiser: BotClient): Promise<void> {
  assert.match(texts(await organiser.say('ubesvarede spørgsmål')), /1\. /);
  assert.match(texts(await organiser.say(`svar på 1: ${ANSWER}`)), new RegExp(ANSWER));
  assert.match(texts(await organiser.say('ja')), /1/);
}

const posted = (connector: StandInConnector, conversationId: string) =>
  connector.posted.filter((post) => post.conversationId === conversationId).map((post) => post.activity);

describe('telling those who asked, over HTTP with the channel stood in', () => {
  it('when an organiser answers, then the asker gets the answer in their personal chat through the channel (CloudAdapter continueConversation, no app id in local mode)', async () => {
    const connector = await standInConnector();
    const bot = await startBot({ ORGANISER_IDS: 'emulator:org' });
    try {
      const asker = bot.client({ id: 'asker' }, { conversationId: 'asker-chat' });
      assert.doesNotMatch(texts(await asker.say(ASK, { serviceUrl: connector.url })), new RegExp(ANSWER));
      const organiser = bot.client({ id: 'org' }, { conversationId: 'organiser-chat' });
      await answerFirst(organiser);
      const [told] = await eventually(() => (posted(connector, 'asker-chat').length > 0 ? posted(connector, 'asker-chat') : undefined));
      assert.ok(told?.text?.startsWith(LOOP_START), told?.text);
      assert.ok(told?.text?.includes(ANSWER));
      assert.equal(told?.conversation?.id, 'asker-chat');
      assert.equal(posted(connector, 'organiser-chat').length, 0, 'the organiser is never told who asked');
      await sleep(300);
      assert.equal(posted(connector, 'asker-chat').length, 1, 'once');
      assert.doesNotMatch(
        texts(await asker.say('tak', { serviceUrl: connector.url })),
        new RegExp(ANSWER),
        'and not again when they write',
      );
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('when the channel refuses the message, then the asker is not sent an apology, and is told the next time they write', async () => {
    // As Teams does for a bot removed from the chat; `npm run chat` names a serviceUrl nobody listens on, which ends
    // the same way after the connector client's retries.
    const connector = await standInConnector({ refusePostsWith: 403 });
    const bot = await startBot({ ORGANISER_IDS: 'emulator:org' });
    try {
      const asker = bot.client({ id: 'refused' }, { conversationId: 'refused-chat' });
      await asker.say(ASK, { serviceUrl: connector.url });
      await answerFirst(bot.client({ id: 'org' }));
      const next = await eventually(async () => {
        const replies = texts(await asker.say('hej', { serviceUrl: connector.url }));
        return replies.includes(ANSWER) ? replies : undefined;
      });
      assert.ok(next.startsWith(LOOP_START), next);
      assert.doesNotMatch(texts(await asker.say('hej', { serviceUrl: connector.url })), new RegExp(ANSWER), 'once');
      assert.ok(connector.refused.length > 0, 'the bot did try');
      assert.ok(
        connector.refused.every((post) => post.conversationId === 'refused-chat' && post.activity.text?.startsWith(LOOP_START)),
        "no apology there for someone else's turn",
      );
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});

describe('two bot instances on one Cosmos DB', () => {
  let cosmos: CosmosServer;
  let stores: Stores[];
  let bots: TestBot[];
  let connector: StandInConnector;

  before(async () => {
    cosmos = await startCosmosServer();
    connector = await standInConnector();
    const config = loadConfig({
      ALLOW_UNAUTHENTICATED: 'true',
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: 'questions-scale',
    });
    stores = [await createStores(config), await createStores(config)];
    bots = await Promise.all(
      stores.map((s) =>
        startBot({ ORGANISER_IDS: 'emulator:org' }, { registrations: s.registrations, questions: s.questions, storage: s.storage }),
      ),
    );
  });

  after(async () => {
    await Promise.all(bots.map((bot) => bot.close()));
    await Promise.all(stores.map((s) => s.close()));
    await connector.close();
    await cosmos.close();
  });

  it('when an organiser answers on one instance, then the other uses the answer within a second, and the asker there is told', async () => {
    const [a, b] = bots as [TestBot, TestBot];
    const asker = a.client({ id: 'asker-a' }, { conversationId: 'asker-a-chat' });
    assert.doesNotMatch(texts(await asker.say(ASK, { serviceUrl: connector.url })), new RegExp(ANSWER));
    // A knows the answers as they were (it checked the store while answering).
    assert.doesNotMatch(texts(await a.client({ id: 'before' }).say(AGAIN)), new RegExp(ANSWER));
    await answerFirst(b.client({ id: 'org' }, { conversationId: 'org-on-b' }));
    await sleep(FAQ_CHECK_MS + 100);
    assert.match(texts(await a.client({ id: 'after' }).say(AGAIN)), new RegExp(ANSWER));
    const [told] = await eventually(() => (posted(connector, 'asker-a-chat').length > 0 ? posted(connector, 'asker-a-chat') : undefined));
    assert.ok(told?.text?.includes(ANSWER));
    assert.equal(klEvent.faq.length, 0, 'the answer came from the store, not the event file');
  });
});
