import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startBot, type TestBot } from './helpers/app';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const SECRET = 'direct-line-secret-never-in-the-page';
const AUTHENTICATED = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppType: 'MultiTenant' };

interface StandIn {
  url: string;
  requests: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: unknown }>;
  status: number;
  close(): Promise<void>;
}

/** Stands in for directline.botframework.com/v3/directline, which cannot be reached here. */
async function standInDirectLine(): Promise<StandIn> {
  const standIn: StandIn = { url: '', requests: [], status: 200, close: () => Promise.resolve() };
  let issued = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      standIn.requests.push({ method: req.method, url: req.url, headers: req.headers, body: text ? JSON.parse(text) : undefined });
      res.setHeader('content-type', 'application/json');
      if (standIn.status !== 200) {
        res.statusCode = standIn.status;
        res.end(JSON.stringify({ error: { code: 'BadArgument', message: `secret ${req.headers.authorization} is not valid` } }));
        return;
      }
      issued++;
      res.end(
        JSON.stringify({
          conversationId: `conv-${issued}`,
          token: `token-${issued}`,
          expires_in: 3600,
          streamUrl: 'wss://example/stream',
          referenceGrammarId: 'x',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return standIn;
}

const postJson = (url: string, body = '{}', type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('Web Chat with Azure Direct Line (authenticated, WEBCHAT_ENABLED=true): POST /api/directline/token', () => {
  let directLine: StandIn;
  let bot: TestBot;
  before(async () => {
    directLine = await standInDirectLine();
    bot = await startBot({
      ...AUTHENTICATED,
      WEBCHAT_ENABLED: 'true',
      DIRECT_LINE_SECRET: SECRET,
      DIRECT_LINE_ENDPOINT: directLine.url,
      PUBLIC_BASE_URL: 'https://moedebot.example',
    });
  });
  after(async () => {
    await bot.close();
    await directLine.close();
  });

  it('when the page asks, then the secret goes to Direct Line from the server, with a server-chosen dl_ user and the trusted origins', async () => {
    const response = await postJson(`${bot.url}/api/directline/token`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const text = await response.text();
    assert.deepEqual(JSON.parse(text), { token: 'token-1', conversationId: 'conv-1' }, 'only the token and the conversation id');
    assert.ok(!text.includes(SECRET));
    const sent = directLine.requests.at(-1)!;
    assert.equal(sent.method, 'POST');
    assert.equal(sent.url, '/v3/directline/tokens/generate');
    assert.equal(sent.headers.authorization, `Bearer ${SECRET}`);
    const body = sent.body as { user: { id: string }; trustedOrigins: string[] };
    assert.match(body.user.id, /^dl_[0-9a-f]{32}$/);
    assert.deepEqual(body.trustedOrigins, ['https://moedebot.example']);
    await postJson(`${bot.url}/api/directline/token`);
    assert.notEqual((directLine.requests.at(-1)!.body as { user: { id: string } }).user.id, body.user.id, 'a new user per token');
  });

  it('when the page sends a form or no JSON, then 415 and Direct Line is not asked', async () => {
    const before = directLine.requests.length;
    assert.equal((await postJson(`${bot.url}/api/directline/token`, 'a=b', 'application/x-www-form-urlencoded')).status, 415);
    assert.equal((await postJson(`${bot.url}/api/directline/token`, '{}', 'text/plain')).status, 415);
    assert.equal((await postJson(`${bot.url}/api/directline/token`, 'x'.repeat(5000))).status, 413);
    assert.equal(directLine.requests.length, before);
  });

  it('when Direct Line refuses, then 502 without a word of its answer', async () => {
    directLine.status = 403;
    try {
      const response = await postJson(`${bot.url}/api/directline/token`);
      assert.equal(response.status, 502);
      const text = await response.text();
      assert.ok(!text.includes(SECRET) && !text.includes('not valid'));
    } finally {
      directLine.status = 200;
    }
  });

  it('serves the page for Azure Direct Line: connect-src allows Direct Line, the page and its script hold no secret', async () => {
    const page = await fetch(`${bot.url}/`);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    const origin = new URL(directLine.url);
    assert.match(csp, new RegExp(`connect-src 'self' ${origin.origin} ws://${origin.host}`));
    const config = (await (await fetch(`${bot.url}/webchat/config.json`)).json()) as Record<string, string>;
    assert.deepEqual(config, { directLine: 'azure', domain: directLine.url });
    for (const path of ['/', '/webchat/app.js', '/webchat/config.json']) {
      assert.ok(!(await (await fetch(`${bot.url}${path}`)).text()).includes(SECRET), path);
    }
    // The local Direct Line does not exist in authenticated mode.
    assert.equal((await postJson(`${bot.url}/v3/directline/conversations`)).status, 404);
  });
});

describe('POST /api/directline/token is 404 unless configured', () => {
  it('when authenticated without WEBCHAT_ENABLED, and in local mode, then 404', async () => {
    for (const env of [{ ...AUTHENTICATED, DIRECT_LINE_SECRET: SECRET }, {}]) {
      const bot = await startBot(env);
      try {
        assert.equal((await postJson(`${bot.url}/api/directline/token`)).status, 404, JSON.stringify(env));
      } finally {
        await bot.close();
      }
    }
  });
});
