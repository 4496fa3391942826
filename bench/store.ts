import { channelIdentity } from '../src/identity';
import { DateTime } from 'luxon';
import { BUNDLED_EVENT_FILE, loadConfig } from '../src/config';
import { loadEventFile } from '../src/event/load';
import { RegistrationService } from '../src/registrations/service';
import { createStores } from '../src/storage';
import type { RegistrationStore } from '../src/storage/port';
import { startCosmosServer } from '../test/helpers/cosmos';
import { arg, machineLine, quantile, tempDir } from './lib';

/**
 * `npm run bench:store`: registrations per second and latency of RegistrationService.register for each adapter.
 * Cosmos DB is the in-process protocol server (it shares this process's CPU, so its figures say more about the
 * adapter's overhead than about a real account). Usage: npm run bench:store [-- --n 1000 --concurrency 32]
 */
const N = arg('n', 1000);
const CONCURRENCY = arg('concurrency', 32);
const event = loadEventFile(BUNDLED_EVENT_FILE);
const now = DateTime.fromISO('2024-10-27T12:00:00+01:00', { setZone: true });
const answers = (n: number) => ({ fullName: `Deltager ${n}`, email: `d${n}@example.dk`, municipality: 'viborg', role: 'udvalgsmedlem', topic: '' });

async function run(store: RegistrationStore, label: string, concurrency: number, offset: number) {
  const service = new RegistrationService(store, event, () => now, 30);
  const samples: number[] = [];
  const queue = Array.from({ length: N }, (_, i) => i + offset);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const t = process.hrtime.bigint();
        const outcome = await service.register(channelIdentity('bench', `u${n}`), answers(n));
        if (outcome.kind !== 'registered') throw new Error(`unexpected ${outcome.kind}`);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort((a, b) => a - b);
  console.log(`| ${label} | ${concurrency} | ${N} | ${(N / seconds).toFixed(0)} | ${quantile(samples, 0.5).toFixed(2)} | ${quantile(samples, 0.99).toFixed(2)} |`);
}

async function main() {
  console.log(`${machineLine()}\n`);
  console.log('| adapter | concurrency | registrations | per second | p50 ms | p99 ms |');
  console.log('|---|---|---|---|---|---|');
  for (const concurrency of [1, CONCURRENCY]) {
    const local = await createStores(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', DATA_DIR: tempDir() }));
    await run(local.registrations, 'embedded local (JSON file)', concurrency, 0);
    const cosmos = await startCosmosServer();
    const stores = await createStores(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key }));
    await run(stores.registrations, 'Cosmos DB (protocol server)', concurrency, 0);
    await stores.close();
    await cosmos.close();
  }
}

void main();
