import assert from 'node:assert/strict';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { createLogger } from '../src/log';
import { startBot, texts, type TestBot } from './helpers/app';
import { klEvent } from './helpers/event';
import { tempDataDir } from './helpers/testBot';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * Stands in for login.botframework.com (it cannot be reached here): publishes an OpenID configuration and the
 * public half of a signing key, endorsed for the channels, as the Bot Connector service does.
 */
async function standInIssuer(signingKey: KeyObject) {
  const jwk = signingKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/.well-known/openidconfiguration') res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    else if (req.url === '/keys')
      res.end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid: 'key-1', n: jwk.n, e: jwk.e, endorsements: ['msteams', 'emulator', 'webchat'] }],
        }),
      );
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    metadataUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Token checks as in the public Azure cloud, except that the channel's signing keys come from `metadataUrl`. */
function channelAuthentication(metadataUrl: string) {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used',
    MicrosoftAppType: 'MultiTenant',
    // Setting one of these makes botbuilder take all of them from here: the public cloud's, but the stand-in keys.
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
  });
}

function jwt(privateKey: KeyObject, claims: Record<string, unknown>, kid = 'key-1'): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

describe('HTTP server with authentication on (MicrosoftAppId set)', () => {
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dataDir = tempDataDir();
  const logLines: string[] = [];
  let issuer: Awaited<ReturnType<typeof standInIssuer>>;
  let bot: TestBot;
  const serviceUrl = 'https://smba.trafficmanager.net/emea/';

  before(async () => {
    issuer = await standInIssuer(signing.publicKey);
    const env = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used',
      MicrosoftAppType: 'MultiTenant',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    };
    const authentication = channelAuthentication(issuer.metadataUrl);
    const log = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
    bot = await startBot(env, { authentication, log });
  });
  after(async () => {
    await bot.close();
    await issuer.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const validClaims = () => ({ iss: CHANNEL_ISSUER, aud: APP_ID, nbf: now() - 60, exp: now() + 600, serviceurl: serviceUrl });
  const stateFiles = () => readdirSync(path.join(dataDir, 'state'), { withFileTypes: true }).filter((f) => f.isFile()).length;
  const stateFilesOrZero = () => {
    try {
      return stateFiles();
    } catch {
      return 0;
    }
  };

  async function send(authorization: string | undefined, body: unknown) {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.text() };
  }

  const activity = (text: string) => ({
    ...bot.client({ id: 'auth-user' }, { channelId: 'msteams', locale: 'da-DK' }).activity({ text }),
    serviceUrl,
  });

  const refused: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['a Basic credential', () => 'Basic dXNlcjpwYXNz'],
    ['a token signed by another key', () => `Bearer ${jwt(forger.privateKey, validClaims())}`],
    ['a token for another bot', () => `Bearer ${jwt(signing.privateKey, { ...validClaims(), aud: 'another-app' })}`],
    ['an expired token', () => `Bearer ${jwt(signing.privateKey, { ...validClaims(), nbf: now() - 7200, exp: now() - 3600 })}`],
    ['a token from an unknown issuer', () => `Bearer ${jwt(signing.privateKey, { ...validClaims(), iss: 'https://evil.example' })}`],
    [
      'a token for another service URL',
      () => `Bearer ${jwt(signing.privateKey, { ...validClaims(), serviceurl: 'https://evil.example/' })}`,
    ],
    ['a token with an unknown key id', () => `Bearer ${jwt(signing.privateKey, validClaims(), 'key-2')}`],
  ];
  for (const [what, authorization] of refused) {
    it(`when a request carries ${what}, then 401 and no turn runs`, async () => {
      const before = stateFilesOrZero();
      const response = await send(authorization(), activity('tilmeld mig'));
      assert.equal(response.status, 401);
      assert.doesNotMatch(response.body, /tilmeld|Jwt|at .*\.js/i);
      // A turn would have written this conversation's state (the sign-up dialog started).
      assert.equal(stateFilesOrZero(), before);
    });
  }

  it('when an unauthenticated body is malformed, then still 401: nothing of it is looked at first', async () => {
    const response = await send(undefined, { not: 'an activity' });
    assert.equal(response.status, 401);
  });

  it('when the token is valid, then the turn runs and the answer comes back', async () => {
    const response = await send(`Bearer ${jwt(signing.privateKey, validClaims())}`, activity('hvor er mødet?'));
    assert.equal(response.status, 200);
    assert.ok(texts((JSON.parse(response.body) as { activities: [] }).activities).includes(klEvent.venue.address!.line));
  });

  it('when tokens are refused, then the token checker writes nothing to stderr: one debug line of the logger instead', async () => {
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    try {
      for (const token of [jwt(forger.privateKey, validClaims()), jwt(signing.privateKey, validClaims(), 'key-2')]) {
        assert.equal((await send(`Bearer ${token}`, activity('hej'))).status, 401);
      }
    } finally {
      process.stderr.write = original;
    }
    assert.deepEqual(written, []);
  });

  it('then refused requests are logged by status only, without their text', () => {
    const refusals = logLines.map((line) => JSON.parse(line) as { status?: number }).filter((line) => line.status === 401);
    assert.ok(refusals.length >= refused.length);
    assert.doesNotMatch(logLines.join('\n'), /tilmeld mig|hvor er mødet|auth-user/);
  });
});

describe('HTTP server when the token issuer cannot be reached', () => {
  it('when a token arrives, then 503 (the channel retries) and no turn runs', async () => {
    const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const unreachable = 'http://127.0.0.1:9/.well-known/openidconfiguration';
    const authentication = channelAuthentication(unreachable);
    const dataDir = tempDataDir();
    const bot = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', DATA_DIR: dataDir }, { authentication });
    try {
      const now = Math.floor(Date.now() / 1000);
      const serviceUrl = 'https://smba.trafficmanager.net/emea/';
      const token = jwt(signing.privateKey, { iss: CHANNEL_ISSUER, aud: APP_ID, nbf: now - 60, exp: now + 600, serviceurl: serviceUrl });
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ ...bot.client({}, { channelId: 'msteams' }).activity({ text: 'tilmeld mig' }), serviceUrl }),
      });
      assert.equal(response.status, 503);
      assert.throws(() => readdirSync(path.join(dataDir, 'state')));
    } finally {
      await bot.close();
    }
  });
});
