import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SYNTHETIC_EVENT_FILE } from '../helpers/event';
import { trackTemporary } from '../helpers/temporary';
import { tempDataDir } from '../helpers/testBot';
import { startCosmosServer } from '../helpers/cosmos';
import { listeningUrl, projectRoot, startProcess, type BotProcess } from '../helpers/process';

describe('process start and stop', () => {
  it('when started and sent SIGTERM, then it serves, then exits 0', async () => {
    const bot = startProcess({ PORT: '0' });
    const url = await listeningUrl(bot);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    bot.child.kill('SIGTERM');
    assert.equal(await bot.exited, 0);
    assert.match(bot.output().stdout, /"signal":"SIGTERM"/);
  });

  it('when COSMOS_ENDPOINT is set, then the same bot runs on Cosmos DB', async () => {
    const cosmos = await startCosmosServer();
    const bot = startProcess({ PORT: '0', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key });
    try {
      const url = await listeningUrl(bot);
      const health = (await (await fetch(`${url}/healthz`)).json()) as { store: unknown; events: string[] };
      assert.deepEqual(health.store, { kind: 'cosmos', reachable: true });
      assert.ok(health.events.length > 0);
      bot.child.kill('SIGTERM');
      assert.equal(await bot.exited, 0);
    } finally {
      bot.child.kill('SIGKILL');
      await cosmos.close();
    }
  });

  it('when Cosmos DB cannot be reached at start-up, then it starts degraded (/healthz 503) and logs a warning naming the endpoint', async () => {
    const bot = startProcess({ PORT: '0', COSMOS_ENDPOINT: 'http://127.0.0.1:9', COSMOS_KEY: 'a2V5', COSMOS_CONNECT_TIMEOUT_MS: '2000' });
    try {
      const url = await listeningUrl(bot);
      const health = await fetch(`${url}/healthz`);
      assert.equal(health.status, 503);
      assert.equal(((await health.json()) as { status: string }).status, 'degraded');
      assert.match(bot.output().stdout, /"endpoint":"http:\/\/127\.0\.0\.1:9"[^\n]*Cosmos DB not reachable/);
      assert.doesNotMatch(bot.output().stdout, /a2V5/);
      bot.child.kill('SIGTERM');
      assert.equal(await bot.exited, 0);
    } finally {
      bot.child.kill('SIGKILL');
    }
  });

  it('when compiled as npm run build does, then the bot starts from the compiled files as App Service runs it', async () => {
    // Compiled into a temporary copy of the project's shape (package.json, events, node_modules), not into the repository.
    const root = trackTemporary(mkdtempSync(path.join(tmpdir(), 'moedebot-dist-')));
    copyFileSync(path.join(projectRoot, 'package.json'), path.join(root, 'package.json'));
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    symlinkSync(path.join(projectRoot, 'events'), path.join(root, 'events'), 'dir');
    await promisify(execFile)(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        path.join(projectRoot, 'tsconfig.build.json'),
        '--outDir',
        path.join(root, 'dist'),
      ],
      { cwd: projectRoot },
    );
    const child = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: root,
      env: { ...process.env, ALLOW_UNAUTHENTICATED: 'true', PORT: '0', DATA_DIR: tempDataDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const url = await listeningUrl({ child, exited, output: () => ({ stdout, stderr: '' }) });
      const health = (await (await fetch(`${url}/healthz`)).json()) as { events: string[] };
      assert.ok(health.events.includes('kl-region-midtjylland-2024'), JSON.stringify(health));
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('when a setting is invalid, then start-up stops with a message naming the key', async () => {
    const bot = startProcess({ PORT: 'not-a-port' });
    assert.equal(await bot.exited, 1);
    assert.match(bot.output().stderr, /PORT/);
  });

  it('when the event file is broken, then start-up stops naming the file', async () => {
    const bot = startProcess({ EVENT_FILE: path.join(projectRoot, 'package.json') });
    assert.equal(await bot.exited, 1);
    assert.match(bot.output().stderr, /package\.json is not valid/);
  });

  it('when no event is set, then every bundled event is served; EVENT_FILE narrows it to one', async () => {
    const all = startProcess({ PORT: '0' });
    const one = startProcess({ PORT: '0', EVENT_FILE: SYNTHETIC_EVENT_FILE });
    try {
      const served = async (bot: BotProcess) =>
        ((await (await fetch(`${await listeningUrl(bot)}/healthz`)).json()) as { events: string[] }).events;
      const bundled = readdirSync(path.join(projectRoot, 'events')).filter((name) => /\.ya?ml$/.test(name)).length;
      assert.equal((await served(all)).length, bundled);
      assert.deepEqual(await served(one), ['sommermoede-testby-2027']);
      assert.match(all.output().stdout, new RegExp(`"events":${bundled}[,}][^\n]*Mødebot is listening`));
    } finally {
      all.child.kill('SIGTERM');
      one.child.kill('SIGTERM');
      await Promise.all([all.exited, one.exited]);
    }
  });
});
