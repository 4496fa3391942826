import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDataDir } from './helpers/testBot';
import { startCosmosServer } from './helpers/cosmos';
import { listeningUrl, projectRoot, startProcess, type BotProcess } from './helpers/process';

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
      const health = (await (await fetch(`${url}/healthz`)).json()) as { store: unknown };
      assert.deepEqual(health.store, { kind: 'cosmos', reachable: true });
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

  it('when compiled (npm run build), then the bot starts from dist/ as App Service runs it', async () => {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: projectRoot });
    const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: projectRoot, env: { ...process.env, ALLOW_UNAUTHENTICATED: 'true', PORT: '0', DATA_DIR: tempDataDir() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const url = await listeningUrl({ child, exited, output: () => ({ stdout, stderr: '' }) } as BotProcess);
      const health = (await (await fetch(`${url}/healthz`)).json()) as { event: string };
      assert.equal(health.event, 'kl-region-midtjylland-2024');
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
    assert.match(bot.output().stderr, /package\.json is not valid: id: /);
  });
});
