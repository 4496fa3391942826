import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUNDLED_EVENT_FILE, ConfigError, configSchema, loadConfig } from '../src/config';

describe('config', () => {
  it('when nothing is set, then it runs locally on 3978 with the bundled invitation', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 3978);
    assert.equal(config.MicrosoftAppId, '');
    assert.equal(config.EVENT_FILE, BUNDLED_EVENT_FILE);
    assert.equal(config.DATA_DIR, './data');
    assert.equal(config.BOT_NOW, undefined);
    assert.equal(config.LOG_LEVEL, 'info');
  });

  it('when a value is bad, then the error names the key', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), (error: unknown) => error instanceof ConfigError && /PORT/.test(error.message));
    assert.throws(() => loadConfig({ BOT_NOW: 'yesterday' }), /BOT_NOW/);
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
    assert.throws(() => loadConfig({ MicrosoftAppType: 'Personal' }), /MicrosoftAppType/);
  });

  it('when a single-tenant app has no tenant id, then start-up stops naming MicrosoftAppTenantId', () => {
    assert.throws(() => loadConfig({ MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant' }), /MicrosoftAppTenantId/);
  });

  it('when BOT_NOW has an offset, then it is accepted', () => {
    assert.equal(loadConfig({ BOT_NOW: '2024-10-30T16:00:00+01:00' }).BOT_NOW, '2024-10-30T16:00:00+01:00');
  });

  it('.env.example lists exactly the keys of the schema', () => {
    const example = readFileSync(path.join(__dirname, '..', '.env.example'), 'utf8');
    const keys = example
      .split('\n')
      .map((line) => line.replace(/^#\s*/, ''))
      .map((line) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1])
      .filter((key): key is string => Boolean(key));
    assert.deepEqual([...new Set(keys)].sort(), Object.keys(configSchema.shape).sort());
  });
});
