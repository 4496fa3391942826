import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const SECRET = 'direct-line-secret';
const AUTHENTICATED = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppType: 'MultiTenant' };

describe('Web Chat configuration', () => {
  const LOCAL = { ALLOW_UNAUTHENTICATED: 'true' };

  it('the endpoint defaults to the public Direct Line', () => {
    assert.equal(loadConfig(LOCAL).DIRECT_LINE_ENDPOINT, 'https://directline.botframework.com/v3/directline');
  });

  it('when WEBCHAT_ENABLED=true with an app id but no secret or no trusted origin, then start-up stops naming the key', () => {
    assert.throws(() => loadConfig({ ...AUTHENTICATED, WEBCHAT_ENABLED: 'true' }), (error: unknown) => error instanceof ConfigError && /DIRECT_LINE_SECRET/.test(error.message));
    assert.throws(() => loadConfig({ ...AUTHENTICATED, WEBCHAT_ENABLED: 'true', DIRECT_LINE_SECRET: SECRET }), /DIRECT_LINE_TRUSTED_ORIGINS/);
    assert.throws(() => loadConfig({ ...LOCAL, WEBCHAT_ENABLED: 'yes' }), /WEBCHAT_ENABLED/);
    assert.throws(() => loadConfig({ ...LOCAL, DIRECT_LINE_TRUSTED_ORIGINS: 'https://a.example/path' }), /DIRECT_LINE_TRUSTED_ORIGINS/);
    assert.throws(() => loadConfig({ ...LOCAL, DIRECT_LINE_ENDPOINT: 'not a url' }), /DIRECT_LINE_ENDPOINT/);
  });
});
