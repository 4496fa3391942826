import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { post, startBot, texts, type TestBot } from './helpers/app';
import { tempDataDir } from './helpers/testBot';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';

/** A multipart upload of `size` bytes, as a browser form or curl -F would send it. */
function multipart(size: number): { body: Buffer; type: string } {
  const boundary = '----moedebot-test';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.alloc(size, 0x61),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** Runs `work` with the process temp folder pointed at a fresh empty one; returns what was left in it. */
async function leftInTemp(work: () => Promise<void>): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'moedebot-tmpcheck-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    await work();
    return readdirSync(folder);
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Sends headers and part of a chunked body, never the end: resolves with the status if the server answers anyway. */
function statusWithoutSendingBody(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/messages`, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    req.write('{"type":"message",');
    setTimeout(() => reject(new Error('the server waited for the body')), 5_000).unref();
  });
}

describe('HTTP edge with authentication on', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppType: 'MultiTenant' });
  });
  after(() => bot.close());

  it('when a multipart upload comes without a token, then 401 and nothing is written to the temp folder', async () => {
    const upload = multipart(2 * 1024 * 1024);
    let status = 0;
    const left = await leftInTemp(async () => {
      status = (await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': upload.type }, body: upload.body }))
        .status;
    });
    assert.equal(status, 401);
    assert.deepEqual(left, []);
  });

  it('when a multipart upload or a form comes with a token, then 415 before the token or the body is looked at', async () => {
    const upload = multipart(2 * 1024 * 1024);
    const left = await leftInTemp(async () => {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': upload.type, authorization: 'Bearer x' },
        body: upload.body,
      });
      assert.equal(response.status, 415);
    });
    assert.deepEqual(left, []);
    const form = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer x' },
      body: 'type=message&from[id]=local-user',
    });
    assert.equal(form.status, 415);
  });

  it('when the Authorization header is missing, then 401 comes before any of the body has arrived', async () => {
    assert.equal(await statusWithoutSendingBody(bot.url, { 'content-type': 'application/json' }), 401);
  });
});

describe('HTTP edge in local mode (no authentication, explicitly chosen)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot({ ORGANISER_IDS: 'emulator:local-user' });
  });
  after(() => bot.close());

  it('when nothing says otherwise, then it listens on 127.0.0.1 only', async () => {
    const app = createApp(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', DATA_DIR: tempDataDir(), PORT: '0' }), {
      log: createLogger('silent'),
    });
    const server = await app.listen(0);
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await server.close();
    }
  });

  it('when an activity names a reply address off this machine, then 403 and the turn does not run', async () => {
    const client = bot.client({ id: 'local-user' });
    for (const serviceUrl of ['https://attacker.example/', 'http://10.0.0.5:3978/', 'http://127.0.0.1.nip.io/']) {
      const response = await post(
        bot.url,
        JSON.stringify(client.activity({ text: 'eksportér som CSV', serviceUrl, deliveryMode: undefined })),
      );
      assert.equal(response.status, 403, serviceUrl);
      assert.doesNotMatch(response.body, /Navn|csv/i);
    }
  });

  it('when a web page posts a form with the organiser id, then 415 and nothing is sent', async () => {
    const response = await post(
      bot.url,
      'type=message&channelId=emulator&from[id]=local-user&text=eksport%C3%A9r+som+CSV&serviceUrl=http://127.0.0.1:1',
      'application/x-www-form-urlencoded',
    );
    assert.equal(response.status, 415);
    const plain = await post(
      bot.url,
      JSON.stringify(bot.client({ id: 'local-user' }).activity({ text: 'eksportér som CSV' })),
      'text/plain',
    );
    assert.equal(plain.status, 415);
  });

  it('when the activity is JSON from this machine, then it is answered', async () => {
    assert.match(texts(await bot.client().say('hvornår er mødet?')), /17\.00/);
  });
});
