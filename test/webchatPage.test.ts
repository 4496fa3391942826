import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { locateAsset } from '../src/http/webChatPage';
import { startBot, type TestBot } from './helpers/app';

const root = path.join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain-JavaScript build script, not typed
const { copyWebAssets } = require('../scripts/copyWebAssets.js') as { copyWebAssets: (root: string, out?: string) => string[] };

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the try-it page in local mode (npm start → http://localhost:3978/)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot();
  });
  after(() => bot.close());

  it('serves Web Chat full page with a policy that allows same-origin scripts only, no eval, connections to itself only', async () => {
    const page = await get(`${bot.url}/`);
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html; charset=utf-8/);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const html = page.body.toString('utf8');
    assert.match(html, /<script src="\/webchat\/webchat\.js" defer><\/script>/);
    assert.match(html, /<script src="\/webchat\/app\.js" defer><\/script>/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
    assert.doesNotMatch(html, /https?:\/\/(?!localhost)/, 'nothing from another site (no CDN)');
  });

  it('serves its script, its style and its configuration: the local Direct Line', async () => {
    const script = await get(`${bot.url}/webchat/app.js`);
    assert.equal(script.status, 200);
    assert.match(String(script.headers['content-type']), /^text\/javascript/);
    assert.match(script.body.toString('utf8'), /createDirectLine/);
    assert.equal((await get(`${bot.url}/webchat/app.css`)).status, 200);
    const config = await get(`${bot.url}/webchat/config.json`);
    assert.deepEqual(JSON.parse(config.body.toString('utf8')), { directLine: 'local' });
    assert.equal(config.headers['cache-control'], 'no-store');
  });

  it("serves Web Chat's bundle from its npm package, gzipped when the browser takes it, and 304 when unchanged", async () => {
    const bundle = readFileSync(locateAsset('webchat.js')!);
    const zipped = await get(`${bot.url}/webchat/webchat.js`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < bundle.length / 2);
    assert.ok(gunzipSync(zipped.body).equals(bundle));
    const plain = await get(`${bot.url}/webchat/webchat.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(bundle));
    const etag = String(plain.headers.etag);
    assert.equal((await get(`${bot.url}/webchat/webchat.js`, { 'if-none-match': etag })).status, 304);
  });
});

describe('the try-it page when switched off', () => {
  it('when WEBCHAT_ENABLED=false in local mode, then the page and the local Direct Line are 404', async () => {
    const bot = await startBot({ WEBCHAT_ENABLED: 'false' });
    try {
      assert.equal((await get(`${bot.url}/`)).status, 404);
      assert.equal((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status, 404);
    } finally {
      await bot.close();
    }
  });
});

describe('npm run build copies the page and the bundle to dist/web (what the Azure package ships)', () => {
  it('copies web/ and botframework-webchat/dist/webchat.js with its licence notice', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'moedebot-web-'));
    try {
      const copied = copyWebAssets(root, out);
      assert.deepEqual(copied.sort(), ['app.css', 'app.js', 'index.html', 'webchat.js', 'webchat.js.LICENSE.txt']);
      assert.equal(statSync(path.join(out, 'webchat.js')).size, statSync(locateAsset('webchat.js')!).size);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('botframework-webchat, playwright-core and the Agents Playground are dev dependencies: production installs none of them', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    assert.equal(pkg.dependencies['botframework-webchat'], undefined);
    assert.match(pkg.devDependencies['botframework-webchat'] ?? '', /^~4\.18\./);
    assert.match(pkg.scripts.build ?? '', /copyWebAssets/);
    // What `npm ci --omit=dev` installs (the Azure package): none of the page's or the browser tests' tooling.
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    };
    for (const name of ['botframework-webchat', 'botframework-directlinejs', 'playwright-core', '@microsoft/m365agentsplayground']) {
      const entries = Object.entries(lock.packages).filter(([where]) => where.endsWith(`node_modules/${name}`));
      assert.ok(entries.length > 0, name);
      for (const [where, info] of entries) assert.ok(info.dev || info.devOptional, `${where} would ship to production`);
    }
  });
});
