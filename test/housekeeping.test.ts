import assert from 'node:assert/strict';
import { existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, mock } from 'node:test';
import { loadConfig } from '../src/config';
import { DAY_MS, startHousekeeping } from '../src/housekeeping';
import { channelIdentity } from '../src/identity';
import { createLogger } from '../src/log';
import { RegistrationService } from '../src/registrations/service';
import { createStores, downloadsFolder } from '../src/storage';
import { LocalRegistrationStore } from '../src/storage/local/localRegistrationStore';
import { saveDownload } from '../src/devtools/downloads';
import { endOf } from '../src/event/format';
import { TEST_EVENTS } from './helpers/event';
import { answersFor, testClock } from './helpers/registrations';
import { tempDataDir } from './helpers/testBot';

const silent = createLogger('silent');
const ageFile = (file: string, ms: number) => utimesSync(file, new Date(Date.now() - ms), new Date(Date.now() - ms));

describe('housekeeping: personal data goes on schedule', () => {
  for (const { name, event, now } of TEST_EVENTS) {
    it(`when an instance keeps running past an event's retention, then the daily run deletes its registrations (${name} event)`, async () => {
      mock.timers.enable({ apis: ['setInterval'] });
      try {
        const { clock, read } = testClock(now);
        const store = new LocalRegistrationStore(tempDataDir());
        const service = new RegistrationService(store, read, 30);
        await service.register(event, channelIdentity('test', 'a'), answersFor(event, 1));
        await service.register(event, channelIdentity('test', 'b'), answersFor(event, 2));
        await service.cancel(event, channelIdentity('test', 'b'));
        let runs = 0;
        const housekeeping = startHousekeeping([{ name: 'registrations', run: () => (runs++, service.purgeExpired([event])) }], silent);
        await housekeeping.runNow();
        assert.equal((await store.list(event.id)).length, 2, 'kept while within retention');
        clock.now = endOf(event).plus({ days: 30, minutes: 1 });
        // The daily timer starts a run by itself; runNow then joins the one in flight.
        mock.timers.tick(DAY_MS);
        assert.equal(runs, 2, 'the timer started a run');
        await housekeeping.runNow();
        assert.equal(runs, 2);
        assert.equal((await store.list(event.id)).length, 0, 'registrations and cancellations both gone');
        housekeeping.stop();
      } finally {
        mock.timers.reset();
      }
    });
  }

  it('when a task fails, then the others still run and it is tried at the next run', async () => {
    let calls = 0;
    const housekeeping = startHousekeeping(
      [
        { name: 'broken', run: async () => Promise.reject(new Error('store down')) },
        { name: 'counted', run: async () => ++calls },
      ],
      silent,
    );
    await housekeeping.runNow();
    await housekeeping.runNow();
    housekeeping.stop();
    assert.equal(calls, 2);
  });

  it('when the embedded store starts after a crash, then temporary files (which may hold e-mails) are gone', async () => {
    const dataDir = tempDataDir();
    const orphan = path.join(dataDir, 'registrations', 'event.json.123.abcd.tmp');
    mkdirSync(path.dirname(orphan), { recursive: true });
    writeFileSync(orphan, '{"answers":{"email":"anna@example.dk"}}');
    await createStores(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', DATA_DIR: dataDir }));
    assert.equal(existsSync(orphan), false);
  });

  it("the embedded store's scheduled purges: old temporaries, old downloads, old conversation state", async () => {
    const dataDir = tempDataDir();
    const stores = await createStores(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', DATA_DIR: dataDir, STATE_RETENTION_DAYS: '30' }));
    const stale = path.join(dataDir, 'state', 'x.json.1.a.tmp');
    const fresh = path.join(dataDir, 'state', 'y.json.1.b.tmp');
    const oldState = path.join(dataDir, 'state', 'old.json');
    mkdirSync(path.join(dataDir, 'state'), { recursive: true });
    for (const file of [stale, fresh, oldState]) writeFileSync(file, '{}');
    ageFile(stale, 60 * 60_000);
    ageFile(oldState, 31 * DAY_MS);
    const oldExport = saveDownload(downloadsFolder(dataDir), 'tilmeldinger.csv', 'data:text/csv;base64,YQ==');
    ageFile(oldExport, 2 * DAY_MS);
    const newExport = saveDownload(downloadsFolder(dataDir), 'moede.ics', 'data:text/calendar;base64,YQ==');
    for (const task of stores.purges) await task.run();
    assert.deepEqual([stale, fresh, oldState, oldExport, newExport].map(existsSync), [false, true, false, false, true]);
  });

  it('files `npm run chat` saves are readable by their owner alone', () => {
    const file = saveDownload(downloadsFolder(tempDataDir()), '../escape.csv', 'data:text/csv;base64,YQ==');
    assert.equal(path.basename(file), 'escape.csv');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(statSync(path.dirname(file)).mode & 0o777, 0o700);
  });
});
