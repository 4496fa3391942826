import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config';
import { trustedOrigins, webChatMode } from '../src/http/webChat';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const SECRET = 'direct-line-secret';
const AUTHENTICATED = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppType: 'MultiTenant' };

describe('Web Chat configuration', () => {
  const LOCAL = { ALLOW_UNAUTHENTICATED: 'true' };

  it('local mode: on unless WEBCHAT_ENABLED=false; authenticated: off unless WEBCHAT_ENABLED=true', () => {
    assert.equal(webChatMode(loadConfig(LOCAL)), 'local');
    assert.equal(webChatMode(loadConfig({ ...LOCAL, WEBCHAT_ENABLED: 'false' })), 'off');
    assert.equal(webChatMode(loadConfig(AUTHENTICATED)), 'off');
    assert.equal(webChatMode(loadConfig({ ...AUTHENTICATED, DIRECT_LINE_SECRET: SECRET })), 'off');
    assert.equal(
      webChatMode(
        loadConfig({ ...AUTHENTICATED, WEBCHAT_ENABLED: 'true', DIRECT_LINE_SECRET: SECRET, PUBLIC_BASE_URL: 'https://a.example' }),
      ),
      'azure',
    );
  });

  it('when WEBCHAT_ENABLED=true with an app id but no secret or no trusted origin, then start-up stops naming the key', () => {
    assert.throws(
      () => loadConfig({ ...AUTHENTICATED, WEBCHAT_ENABLED: 'true' }),
      (error: unknown) => error instanceof ConfigError && /DIRECT_LINE_SECRET/.test(error.message),
    );
    assert.throws(
      () => loadConfig({ ...AUTHENTICATED, WEBCHAT_ENABLED: 'true', DIRECT_LINE_SECRET: SECRET }),
      /DIRECT_LINE_TRUSTED_ORIGINS/,
    );
    assert.throws(() => loadConfig({ ...LOCAL, WEBCHAT_ENABLED: 'yes' }), /WEBCHAT_ENABLED/);
    assert.throws(() => loadConfig({ ...LOCAL, DIRECT_LINE_TRUSTED_ORIGINS: 'https://a.example/path' }), /DIRECT_LINE_TRUSTED_ORIGINS/);
    assert.throws(() => loadConfig({ ...LOCAL, DIRECT_LINE_ENDPOINT: 'not a url' }), /DIRECT_LINE_ENDPOINT/);
  });

  it("trusted origins: the list given, else PUBLIC_BASE_URL's origin", () => {
    assert.deepEqual(trustedOrigins(loadConfig({ ...LOCAL, DIRECT_LINE_TRUSTED_ORIGINS: 'https://a.example, https://b.example/' })), [
      'https://a.example',
      'https://b.example',
    ]);
    assert.deepEqual(trustedOrigins(loadConfig({ ...LOCAL, PUBLIC_BASE_URL: 'https://bot.example/base/' })), ['https://bot.example']);
    assert.equal(loadConfig(LOCAL).DIRECT_LINE_ENDPOINT, 'https://directline.botframework.com/v3/directline');
  });

  it("the README's Configuration table documents each Web Chat key", () => {
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    for (const key of ['WEBCHAT_ENABLED', 'DIRECT_LINE_SECRET', 'DIRECT_LINE_ENDPOINT', 'DIRECT_LINE_TRUSTED_ORIGINS']) {
      assert.match(readme, new RegExp(`^\\| \`${key}\` \\|`, 'm'), key);
    }
  });
});
