import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { loadCatalogue } from '../src/app';
import { BUNDLED_EVENTS_DIR, ConfigError, configSchema, isUnauthenticated, listenHost, loadConfig } from '../src/config';
import { aadIdentity, channelIdentity } from '../src/identity';
import { createLogger } from '../src/log';
import { eventsFolder, KL_EVENT_FILE, SYNTHETIC_EVENT_FILE } from './helpers/event';

const LOCAL = { ALLOW_UNAUTHENTICATED: 'true' };

describe('config', () => {
  it('when local mode is chosen and nothing else is set, then it runs on 127.0.0.1:3978 with every bundled invitation', () => {
    const config = loadConfig(LOCAL);
    assert.equal(config.PORT, 3978);
    assert.equal(config.MicrosoftAppId, '');
    assert.equal(isUnauthenticated(config), true);
    assert.equal(listenHost(config), '127.0.0.1');
    assert.equal(config.EVENTS_DIR, BUNDLED_EVENTS_DIR);
    assert.ok(existsSync(path.join(BUNDLED_EVENTS_DIR, 'kl-region-midtjylland-2024.yaml')), 'the default folder is the bundled one');
    assert.equal(config.EVENT_FILE, undefined);
    assert.equal(config.DATA_DIR, './data');
    assert.equal(config.BOT_NOW, undefined);
    assert.equal(config.LOG_LEVEL, 'info');
  });

  it('when no app id is set and local mode is not chosen, then start-up stops: unauthenticated is never a fallback', () => {
    assert.throws(
      () => loadConfig({}),
      (error: unknown) => error instanceof ConfigError && /MicrosoftAppId.*ALLOW_UNAUTHENTICATED/s.test(error.message),
    );
    assert.throws(() => loadConfig({ MicrosoftAppType: 'MultiTenant' }), /MicrosoftAppId/);
    assert.throws(() => loadConfig({ ...LOCAL, MicrosoftAppType: 'MultiTenant' }), /MicrosoftAppType/);
    assert.throws(() => loadConfig({ ALLOW_UNAUTHENTICATED: 'yes' }), /ALLOW_UNAUTHENTICATED/);
  });

  it('when running inside Azure App Service, then unauthenticated mode is refused whatever the settings say', () => {
    assert.throws(() => loadConfig({ ...LOCAL, WEBSITE_SITE_NAME: 'moedebot-bot' }), /App Service/);
    const deployed = loadConfig({ MicrosoftAppId: '00000000-0000-0000-0000-0000000000a1', WEBSITE_SITE_NAME: 'moedebot-bot' });
    assert.equal(isUnauthenticated(deployed), false);
    assert.equal(listenHost(deployed), '0.0.0.0');
  });

  it('when HOST is set, then it wins over the mode default', () => {
    assert.equal(listenHost(loadConfig({ ...LOCAL, HOST: '0.0.0.0' })), '0.0.0.0');
  });

  it('organiser ids carry their kind; a bare GUID is an Entra id; anything else is refused by name', () => {
    const config = loadConfig({
      ...LOCAL,
      ORGANISER_IDS: 'aad:9A1B2C3D-0000-4000-8000-000000000001, 0a0a0a0a-0000-4000-8000-00000000000a, emulator:alice, msteams:29:1abc',
    });
    assert.deepEqual(config.ORGANISER_IDS, [
      aadIdentity('9a1b2c3d-0000-4000-8000-000000000001'),
      aadIdentity('0a0a0a0a-0000-4000-8000-00000000000a'),
      channelIdentity('emulator', 'alice'),
      channelIdentity('msteams', '29:1abc'),
    ]);
    assert.throws(() => loadConfig({ ...LOCAL, ORGANISER_IDS: 'local-user' }), /ORGANISER_IDS.*"local-user"/s);
    assert.throws(() => loadConfig({ ...LOCAL, ORGANISER_IDS: 'aad:not-a-guid' }), /ORGANISER_IDS/);
  });

  it('when a value is bad, then the error names the key', () => {
    assert.throws(
      () => loadConfig({ ...LOCAL, PORT: 'eighty' }),
      (error: unknown) => error instanceof ConfigError && /PORT/.test(error.message),
    );
    assert.throws(() => loadConfig({ ...LOCAL, BOT_NOW: 'yesterday' }), /BOT_NOW/);
    assert.throws(() => loadConfig({ ...LOCAL, LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
    assert.throws(() => loadConfig({ ...LOCAL, MicrosoftAppType: 'Personal' }), /MicrosoftAppType/);
  });

  it('when a single-tenant app has no tenant id, then start-up stops naming MicrosoftAppTenantId', () => {
    assert.throws(() => loadConfig({ MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant' }), /MicrosoftAppTenantId/);
  });

  it('when EVENT_FILE or EVENTS_DIR is set, then it is used; an empty EVENT_FILE means none', () => {
    assert.equal(loadConfig({ ...LOCAL, EVENT_FILE: ' /srv/events/one.yaml ' }).EVENT_FILE, '/srv/events/one.yaml');
    assert.equal(loadConfig({ ...LOCAL, EVENT_FILE: '  ' }).EVENT_FILE, undefined);
    assert.equal(loadConfig({ ...LOCAL, EVENTS_DIR: '/srv/events' }).EVENTS_DIR, '/srv/events');
    assert.throws(() => loadConfig({ ...LOCAL, EVENTS_DIR: '' }), /EVENTS_DIR/);
  });

  it('when BOT_NOW has an offset, then it is accepted', () => {
    assert.equal(loadConfig({ ...LOCAL, BOT_NOW: '2024-10-30T16:00:00+01:00' }).BOT_NOW, '2024-10-30T16:00:00+01:00');
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

describe('which events a start serves (loadCatalogue)', () => {
  const lines: string[] = [];
  const log = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));

  it('when EVENTS_DIR holds a broken file beside good ones, then the good ones are served and the broken one is logged by name', () => {
    const folder = eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]);
    writeFileSync(path.join(folder, 'broken.yaml'), 'id: Not An Id\ntitle: x\n');
    writeFileSync(path.join(folder, 'notes.txt'), 'not an event file');
    const catalogue = loadCatalogue(loadConfig({ ...LOCAL, EVENTS_DIR: folder }), log);
    assert.deepEqual(
      catalogue.all().map((event) => event.id),
      ['kl-region-midtjylland-2024', 'sommermoede-testby-2027'],
    );
    assert.match(lines.join(''), /broken\.yaml[^\n]*event file not valid; skipped/);
  });

  it('when EVENT_FILE is set, then only that file is served, whatever EVENTS_DIR holds', () => {
    const catalogue = loadCatalogue(
      loadConfig({ ...LOCAL, EVENTS_DIR: eventsFolder([KL_EVENT_FILE]), EVENT_FILE: SYNTHETIC_EVENT_FILE }),
      log,
    );
    assert.deepEqual(
      catalogue.all().map((event) => event.id),
      ['sommermoede-testby-2027'],
    );
  });

  it('when no valid event is there, then the start stops, naming the problem', () => {
    assert.throws(() => loadCatalogue(loadConfig({ ...LOCAL, EVENTS_DIR: eventsFolder([]) }), log), /No event files/);
    const folder = eventsFolder([]);
    writeFileSync(path.join(folder, 'broken.yaml'), 'title: x\n');
    assert.throws(() => loadCatalogue(loadConfig({ ...LOCAL, EVENTS_DIR: folder }), log), /broken\.yaml/);
  });

  it('when two files give the same id, then the second is refused and the first served', () => {
    const folder = eventsFolder([KL_EVENT_FILE]);
    copyFileSync(KL_EVENT_FILE, path.join(folder, 'zz-copy.yaml'));
    const catalogue = loadCatalogue(loadConfig({ ...LOCAL, EVENTS_DIR: folder }), log);
    assert.deepEqual(
      catalogue.all().map((event) => event.id),
      ['kl-region-midtjylland-2024'],
    );
    assert.match(lines.join(''), /zz-copy\.yaml/);
  });
});
