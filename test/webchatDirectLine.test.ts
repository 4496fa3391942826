import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import { CONNECTOR_PATH } from '../src/http/directLine/localDirectLine';
import { MAX_BODY_BYTES } from '../src/http/server';
import { messages } from '../src/i18n';
import { titleOf } from '../src/event/format';
import { startBot, texts, type TestBot } from './helpers/app';
import { eventsFolder, KL_EVENT_FILE, klEvent, SYNTHETIC_EVENT_FILE, syntheticEvent } from './helpers/event';
import { DirectLineTestClient, fromBot } from './helpers/directLine';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';

/** How the bot itself sends outside a turn in local mode: botbuilder's CloudAdapter with no app id, no token. */
const botSide = () => new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

function reference(bot: TestBot, client: DirectLineTestClient): Partial<ConversationReference> {
  return {
    channelId: 'webchat',
    serviceUrl: `${bot.url}${CONNECTOR_PATH}`,
    conversation: { id: client.conversation.conversationId } as ConversationReference['conversation'],
    bot: { id: 'moedebot', name: 'Mødebot' },
    user: { id: client.userId, name: '' },
  };
}

/** A raw request, for headers fetch will not send as given (Host) and bodies it would not stream. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (error) =>
      (error as NodeJS.ErrnoException).code === 'ECONNRESET' || (error as NodeJS.ErrnoException).code === 'EPIPE'
        ? undefined
        : reject(error),
    );
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('local Direct Line (local mode): the page speaks Direct Line 3.0, the bot answers through its connector', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot();
  });
  after(() => bot.close());

  it('when a conversation starts, then the token and id come back (201) and the welcome arrives at the first poll, with a watermark', async () => {
    const client = new DirectLineTestClient(bot.url);
    const started = await client.start();
    assert.equal(started.status, 201);
    assert.equal(started.body.conversationId, client.conversation.conversationId);
    assert.equal(typeof started.body.token, 'string');
    assert.ok(started.body.expires_in > 0);
    const seen = await client.until(fromBot);
    const welcome = seen.find(fromBot)!;
    assert.match(welcome.text ?? '', /Mødebot/);
    assert.deepEqual(
      welcome.suggestedActions?.actions.map((action) => action.title),
      ['Hvornår?', 'Hvor?', 'Program', 'Tilmeld mig'],
    );
    assert.equal(welcome.channelId, 'webchat');
    assert.equal(welcome.recipient?.id, client.userId);
    assert.match(welcome.id, new RegExp(`^${client.conversation.conversationId}\\|\\d+$`));
    assert.match(client.watermark, /^\d+$/);
    // Starting the same conversation again is no new conversation (200, as Direct Line) and no second welcome.
    const again = await fetch(`${bot.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.conversation.token}` },
    });
    assert.equal(again.status, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await client.poll(), []);
  });

  it('when the page sends a question, then its own message comes back first (clientActivityID kept) and the answer after it, each poll only what is new', async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    await client.until(fromBot);
    const sent = await client.send('hvor er mødet?', {
      channelData: { clientActivityID: 'page-1' },
      from: { id: 'somebody-else', name: 'Alice' },
    });
    assert.equal(sent.status, 200);
    const before = Number(client.watermark);
    const seen = await client.until((activity) => fromBot(activity) && /Herning/.test(activity.text ?? ''));
    const echo = seen.find((activity) => activity.id === sent.id)!;
    assert.equal(echo.channelData?.clientActivityID, 'page-1');
    assert.equal(echo.from?.id, client.userId, 'the page cannot speak as another user');
    assert.equal(echo.from?.name, 'Alice');
    const answer = seen.find((activity) => fromBot(activity) && /Herning/.test(activity.text ?? ''))!;
    assert.match(answer.text ?? '', /Rådhuset i Herning, Torvet 5, 7400 Herning/);
    assert.equal(answer.replyToId, sent.id);
    assert.ok(seen.indexOf(echo) < seen.indexOf(answer));
    assert.ok(Number(client.watermark) > before);
    assert.deepEqual(await client.poll(), [], 'nothing new after the watermark');
  });

  it('when the bot sends a message later, outside any turn (proactive), then it reaches the page at its next poll', async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    await client.until(fromBot);
    await botSide().continueConversationAsync('', reference(bot, client), async (context) => {
      await context.sendActivity('Du er rykket op fra ventelisten.');
    });
    const next = await client.poll();
    assert.deepEqual(
      next.map((activity) => activity.text),
      ['Du er rykket op fra ventelisten.'],
    );
    assert.equal(next[0]?.from?.role, 'bot');
  });

  it("when the bot opens a 1:1 conversation with the page's user (createConversation), then that is the page's conversation", async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    await client.until(fromBot);
    let opened = '';
    await botSide().createConversationAsync(
      '',
      'webchat',
      `${bot.url}${CONNECTOR_PATH}`,
      '',
      { isGroup: false, bot: { id: 'moedebot', name: 'Mødebot' }, members: [{ id: client.userId, name: '' }] } as never,
      async (context) => {
        opened = context.activity.conversation.id;
        await context.sendActivity('Svar fra arrangøren: ja, der er parkering.');
      },
    );
    assert.equal(opened, client.conversation.conversationId);
    assert.deepEqual(
      (await client.poll()).map((activity) => activity.text),
      ['Svar fra arrangøren: ja, der er parkering.'],
    );
    // A user with no open page cannot be reached.
    await assert.rejects(
      botSide().createConversationAsync(
        '',
        'webchat',
        `${bot.url}${CONNECTOR_PATH}`,
        '',
        { isGroup: false, members: [{ id: 'nobody', name: '' }] } as never,
        () => Promise.resolve(),
      ),
    );
  });

  it('when the bot updates or deletes an activity, then the connector takes it; members are known', async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    await client.until(fromBot);
    const adapter = botSide();
    let sentId = '';
    await adapter.continueConversationAsync('', reference(bot, client), async (context) => {
      sentId = (await context.sendActivity('første udgave'))!.id;
      await context.updateActivity({ id: sentId, type: 'message', text: 'anden udgave' });
      const member = await fetch(
        `${bot.url}${CONNECTOR_PATH}/v3/conversations/${client.conversation.conversationId}/members/${client.userId}`,
      );
      assert.equal(member.status, 200);
      assert.equal(((await member.json()) as { id: string }).id, client.userId);
    });
    const texts = (await client.poll()).map((activity) => `${activity.id}=${activity.text}`);
    assert.deepEqual(texts, [`${sentId}=anden udgave`]);
    await adapter.continueConversationAsync('', reference(bot, client), async (context) => {
      await context.deleteActivity(sentId);
    });
    const fresh = new DirectLineTestClient(bot.url);
    fresh.conversation = client.conversation;
    assert.ok(!(await fresh.poll()).some((activity) => activity.id === sentId));
  });

  it("when a conversation is unknown, then 404; with another conversation's token, 403; without one, 403", async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    const other = new DirectLineTestClient(bot.url);
    await other.start();
    const unknown = await fetch(`${bot.url}/v3/directline/conversations/nope/activities?watermark=`, {
      headers: { authorization: `Bearer ${client.conversation.token}` },
    });
    assert.equal(unknown.status, 404);
    const foreign = await fetch(`${bot.url}/v3/directline/conversations/${other.conversation.conversationId}/activities?watermark=`, {
      headers: { authorization: `Bearer ${client.conversation.token}` },
    });
    assert.equal(foreign.status, 403);
    const none = await fetch(`${bot.url}/v3/directline/conversations/${other.conversation.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":"message","text":"hi"}',
    });
    assert.equal(none.status, 403);
    const stale = await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer made-up' } });
    assert.equal(stale.status, 403);
  });

  it('when the bot posts to a conversation this endpoint did not create, then 404: the connector serves only its own', async () => {
    const response = await fetch(`${bot.url}${CONNECTOR_PATH}/v3/conversations/not-ours/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    assert.equal(response.status, 404);
    const members = await fetch(`${bot.url}${CONNECTOR_PATH}/v3/conversations/not-ours/members/x`);
    assert.equal(members.status, 404);
  });

  it("when a body is not JSON, too large or malformed, then 415, 413 or 400 — on the page's side and on the bot's", async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    const conversation = client.conversation.conversationId;
    const auth = { authorization: `Bearer ${client.conversation.token}` };
    const activities = `${bot.url}/v3/directline/conversations/${conversation}/activities`;
    const connector = `${bot.url}${CONNECTOR_PATH}/v3/conversations/${conversation}/activities`;
    for (const url of [activities, connector]) {
      assert.equal(
        (await raw(url, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{"type":"message"}' })).status,
        415,
        url,
      );
      assert.equal(
        (
          await raw(url, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
            body: 'type=message',
          })
        ).status,
        415,
        url,
      );
      assert.equal(
        (await raw(url, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"type":' })).status,
        400,
        url,
      );
      const big = JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_BODY_BYTES) });
      assert.equal(
        (
          await raw(url, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
            body: big,
          })
        ).status,
        413,
        url,
      );
      assert.equal(
        (
          await raw(url, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
            body: big,
          })
        ).status,
        413,
        url,
      );
    }
    assert.equal(
      (
        await raw(activities, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: '{"type":"invoke","name":"x"}',
        })
      ).status,
      400,
    );
    assert.equal(
      (await raw(activities, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '[1,2]' })).status,
      400,
    );
    assert.equal(
      (
        await raw(`${bot.url}/v3/directline/tokens/generate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"user":{"id":"dl_forged"}}',
        })
      ).status,
      400,
    );
  });

  it('when a request names another host than this machine (DNS rebinding), then 403', async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    const url = `${bot.url}/v3/directline/conversations/${client.conversation.conversationId}/activities?watermark=`;
    assert.equal(
      (await raw(url, { headers: { authorization: `Bearer ${client.conversation.token}`, host: 'attacker.example' } })).status,
      403,
    );
    assert.equal(
      (await raw(url, { headers: { authorization: `Bearer ${client.conversation.token}`, host: `localhost:${new URL(bot.url).port}` } }))
        .status,
      200,
    );
    assert.equal((await raw(`${bot.url}/`, { headers: { host: 'attacker.example:3978' } })).status, 403);
  });

  it('when a token is refreshed or the conversation reconnected, then the same conversation answers', async () => {
    const client = new DirectLineTestClient(bot.url);
    await client.start();
    // The welcome first: a stop with a turn in flight waits for it, and the bot's reply to the page needs the server.
    await client.until(fromBot);
    const refreshed = await fetch(`${bot.url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.conversation.token}` },
    });
    assert.equal(refreshed.status, 200);
    assert.equal(((await refreshed.json()) as { conversationId: string }).conversationId, client.conversation.conversationId);
    const reconnect = await fetch(`${bot.url}/v3/directline/conversations/${client.conversation.conversationId}?watermark=`, {
      headers: { authorization: `Bearer ${client.conversation.token}` },
    });
    assert.equal(reconnect.status, 200);
    assert.equal(
      (await fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: 'Bearer nope' } })).status,
      403,
    );
  });
});

describe('local Direct Line: a page opened on one meeting (?event=<id>)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot({ EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]) });
  });
  after(() => bot.close());

  for (const event of [klEvent, syntheticEvent]) {
    it(`when the page names ${event.id}, then the welcome is for that meeting, not the list of meetings`, async () => {
      const client = new DirectLineTestClient(bot.url);
      await client.start('da-DK', event.id);
      const welcome = (await client.until(fromBot)).filter(fromBot);
      assert.equal(welcome.length, 1);
      assert.ok(texts(welcome).includes(titleOf(event, 'da')), texts(welcome));
      assert.ok(!texts(welcome).includes(messages('da').welcomeMany(2)));
    });
  }

  it('when the page names no meeting, or one the bot does not serve, then the welcome offers the meetings', async () => {
    for (const eventId of [undefined, 'no-such-meeting', '../../etc']) {
      const client = new DirectLineTestClient(bot.url);
      await client.start('da-DK', eventId);
      const welcome = (await client.until(fromBot)).filter(fromBot);
      assert.ok(texts(welcome).includes(messages('da').welcomeMany(2)), `${eventId}: ${texts(welcome)}`);
    }
  });
});

describe('local Direct Line when authenticated (MicrosoftAppId set)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppType: 'MultiTenant' });
  });
  after(() => bot.close());

  it('then neither the Direct Line, the connector nor the page exist: 404', async () => {
    const json = { 'content-type': 'application/json' };
    for (const [method, path] of [
      ['POST', '/v3/directline/tokens/generate'],
      ['POST', '/v3/directline/conversations'],
      ['GET', '/v3/directline/conversations/x/activities?watermark='],
      ['POST', '/v3/directline/conversations/x/activities'],
      ['POST', `${CONNECTOR_PATH}/v3/conversations`],
      ['POST', `${CONNECTOR_PATH}/v3/conversations/x/activities`],
      ['GET', '/'],
      ['GET', '/webchat/webchat.js'],
      ['GET', '/webchat/config.json'],
      ['POST', '/api/directline/token'],
    ] as const) {
      const response = await fetch(`${bot.url}${path}`, { method, headers: json, ...(method === 'POST' ? { body: '{}' } : {}) });
      assert.equal(response.status, 404, `${method} ${path}`);
    }
  });
});
