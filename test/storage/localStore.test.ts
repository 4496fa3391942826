import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FileStateStorage } from '../../src/storage/local/fileStateStorage';
import { LocalRegistrationStore } from '../../src/storage/local/localRegistrationStore';
import { StoreUnavailableError } from '../../src/storage/port';
import { tempDataDir } from '../helpers/testBot';
import { registration, storeContract } from './storeContract';

let events = 0;
storeContract('embedded local store', async () => ({
  store: new LocalRegistrationStore(tempDataDir()),
  eventId: `local-event-${++events}`,
}));

describe('embedded local store', () => {
  it('when the process restarts, then registrations are read back from DATA_DIR', async () => {
    const dir = tempDataDir();
    const reg = registration('restart-event');
    await new LocalRegistrationStore(dir).create(reg);
    const reopened = new LocalRegistrationStore(dir);
    assert.equal((await reopened.get('restart-event', reg.id))?.answers.fullName, 'Anna Jensen');
    assert.deepEqual(readdirSync(path.join(dir, 'registrations')), ['restart-event.json']);
  });

  it('when the file cannot be written, then the change is refused as unavailable and not kept in memory', async () => {
    const dir = tempDataDir();
    const store = new LocalRegistrationStore(dir);
    await store.create(registration('broken-event'));
    // A directory where the file should be: the atomic rename fails, as on a full or read-only disk (even for root).
    const file = path.join(dir, 'registrations', 'broken-event.json');
    rmSync(file);
    mkdirSync(file);
    await assert.rejects(store.create(registration('broken-event')), StoreUnavailableError);
    assert.equal((await store.list('broken-event')).length, 1);
  });
});

describe('bot state on files', () => {
  it('when written, then another instance on the same folder reads it, with long Teams keys', async () => {
    const dir = tempDataDir();
    const key = `msteams/conversations/a:${'x'.repeat(400)}`;
    await new FileStateStorage(dir).write({ [key]: { dialogState: { step: 3 }, eTag: '*' } });
    const items = await new FileStateStorage(dir).read([key, 'absent']);
    assert.deepEqual((items[key] as { dialogState: unknown }).dialogState, { step: 3 });
    assert.equal(items.absent, undefined);
  });

  it('when an eTag no longer matches, then the write is refused; "*" always writes', async () => {
    const storage = new FileStateStorage(tempDataDir());
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k as { eTag: string };
    await storage.write({ k: { v: 2, eTag: first.eTag } });
    await assert.rejects(storage.write({ k: { v: 3, eTag: first.eTag } }), /eTag conflict/);
    await storage.write({ k: { v: 4, eTag: '*' } });
    assert.equal(((await storage.read(['k'])).k as { v: number }).v, 4);
  });

  it('when state has not been written for the retention period, then start-up purges it', async () => {
    const dir = tempDataDir();
    const storage = new FileStateStorage(dir);
    await storage.write({ old: { draft: 'Anna' }, fresh: { draft: 'Bo' } });
    const file = path.join(
      dir,
      'state',
      readdirSync(path.join(dir, 'state')).find((name) => readFileSync(path.join(dir, 'state', name), 'utf8').includes('"old"'))!,
    );
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(file, longAgo, longAgo);
    assert.equal(await storage.purgeOlderThan(30), 1);
    assert.deepEqual(Object.keys(await storage.read(['old', 'fresh'])), ['fresh']);
  });

  it('when deleted, then it is gone', async () => {
    const storage = new FileStateStorage(tempDataDir());
    await storage.write({ k: { v: 1 } });
    await storage.delete(['k']);
    assert.deepEqual(await storage.read(['k']), {});
  });
});
