import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { BUNDLED_EVENTS_DIR } from '../../src/config';
import { BotClient } from '../../src/devtools/botClient';
import { endOf, titleOf } from '../../src/event/format';
import { loadEventFile } from '../../src/event/load';
import { texts } from '../helpers/app';
import { listeningUrl, projectRoot, type BotProcess } from '../helpers/process';
import { tempDataDir } from '../helpers/testBot';
import { offeredEventIds } from '../manyEvents/helpers';

/** Started as `npm start` starts it (`--allow-unauthenticated`), with no event configuration at all. */
function startUnconfigured(): BotProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: tempDataDir(), LOG_LEVEL: 'info' };
  for (const key of ['EVENTS_DIR', 'EVENT_FILE', 'BOT_NOW', 'ALLOW_UNAUTHENTICATED', 'COSMOS_ENDPOINT', 'MicrosoftAppId']) delete env[key];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts', '--allow-unauthenticated'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('npm start with no configuration', () => {
  it('when started bare, then it names the try-it page, serves every bundled invitation, welcomes with the ones still to come, and answers about each', async () => {
    const bundled = readdirSync(BUNDLED_EVENTS_DIR)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => loadEventFile(path.join(BUNDLED_EVENTS_DIR, name)));
    const upcoming = bundled.filter((event) => endOf(event) > DateTime.now()).sort((a, b) => a.start.localeCompare(b.start));
    assert.ok(upcoming.length > 0, 'a newcomer meets a bot with a meeting in the future: the bundled examples need one');
    const bot = startUnconfigured();
    try {
      const url = await listeningUrl(bot);
      // The try-it page: its address is in the start-up log (written just after listening), and it is there.
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.match(bot.output().stdout, new RegExp(`"url":"${url}/","msg":"Web Chat page"`));
      assert.equal((await fetch(`${url}/`)).status, 200);
      const health = await fetch(`${url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(((await health.json()) as { events: string[] }).events.sort(), bundled.map((event) => event.id).sort());

      const client = new BotClient({ url, user: { id: 'newcomer' } });
      const welcome = await client.join();
      if (upcoming.length > 1)
        assert.deepEqual(
          offeredEventIds(welcome),
          upcoming.map((event) => event.id),
        );
      else assert.ok(texts(welcome).includes(titleOf(upcoming[0]!, 'da')));

      for (const event of bundled.filter((e) => e.venue.address?.city && e.venue.address.street)) {
        const answer = texts(
          await new BotClient({ url, user: { id: `asks-${event.id}` } }).say(`hvor er mødet i ${event.venue.address!.city!}?`),
        );
        assert.ok(answer.includes(event.venue.address!.street!), `${event.id}: ${answer}`);
      }
      bot.child.kill('SIGTERM');
      assert.equal(await bot.exited, 0);
    } finally {
      bot.child.kill('SIGKILL');
    }
  });
});
