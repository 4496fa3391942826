import { DateTime } from 'luxon';
import { loadConfig } from '../src/config';
import { channelIdentity } from '../src/identity';
import { RegistrationService } from '../src/registrations/service';
import { createStores } from '../src/storage';
import type { RegistrationStore } from '../src/storage/port';
import { startCosmosServer } from '../test/helpers/cosmos';
import { answersFor } from '../test/helpers/registrations';
import { benchEvent } from './events';
import { arg, machineLine, quantile, tempDir } from './lib';

/**
 * `npm run bench:store`: registrations per second and latency of RegistrationService.register for each adapter.
 * Cosmos DB is the in-process protocol server (it shares this process's CPU, so its figures say more about the
 * adapter's overhead than about a real account). The answers are made from the event's field kinds; on an event
 * with a capacity, the later sign-ups go on its waiting list (a dearer path: the list is read for each).
 * Usage: npm run bench:store [-- --n 1000 --concurrency 32 --event kl|synthetic]
 */
const N = arg('n', 1000);
const CONCURRENCY = arg('concurrency', 32);
const chosen = benchEvent();
const { event } = chosen;
const now = DateTime.fromISO(chosen.now, { setZone: true });

async function run(store: RegistrationStore, label: string, concurrency: number, offset: number) {
  const service = new RegistrationService(store, () => now, 30);
  const samples: number[] = [];
  const queue = Array.from({ length: N }, (_, i) => i + offset);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const t = process.hrtime.bigint();
        const outcome = await service.register(event, channelIdentity('bench', `u${n}`), answersFor(event, n));
        if (outcome.kind !== 'registered' && outcome.kind !== 'waitlisted') throw new Error(`unexpected ${outcome.kind}`);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort((a, b) => a - b);
  console.log(
    `| ${label} | ${concurrency} | ${N} | ${(N / seconds).toFixed(0)} | ${quantile(samples, 0.5).toFixed(2)} | ${quantile(samples, 0.99).toFixed(2)} |`,
  );
}

async function main() {
  console.log(`${machineLine()}\nEvent: ${event.id}${event.registration?.capacity ? ` (${event.registration.capacity} seats)` : ''}\n`);
  console.log('| adapter | concurrency | registrations | per second | p50 ms | p99 ms |');
  console.log('|---|---|---|---|---|---|');
  for (const concurrency of [1, CONCURRENCY]) {
    const local = await createStores(loadConfig({ ALLOW_UNAUTHENTICATED: 'true', DATA_DIR: tempDir() }));
    await run(local.registrations, 'embedded local (JSON file)', concurrency, 0);
    const cosmos = await startCosmosServer();
    const stores = await createStores(
      loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key }),
    );
    await run(stores.registrations, 'Cosmos DB (protocol server)', concurrency, 0);
    await stores.close();
    await cosmos.close();
  }
}

void main();
