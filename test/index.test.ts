import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDataDir } from './helpers/testBot';
import { startCosmosServer } from './helpers/cosmos';

const root = path.join(__dirname, '..');

/** Runs `src/index.ts` as `npm start` does, in its own process. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', DATA_DIR: tempDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Waits for the "listening" log line and returns the bot's base URL. */
function listeningUrl(bot: ReturnType<typeof start>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line: ${JSON.stringify(bot.output())}`)), 30_000);
    const check = () => {
      const match = /"url":"(http:\/\/[^"]+)\/api\/messages"/.exec(bot.output().stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    bot.child.stdout.on('data', check);
    check();
  });
}

describe('process start and stop', () => {
  it('when started and sent SIGTERM, then it serves, then exits 0', async () => {
    const bot = start({ PORT: '0' });
    const url = await listeningUrl(bot);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    bot.child.kill('SIGTERM');
    assert.equal(await bot.exited, 0);
    assert.match(bot.output().stdout, /"signal":"SIGTERM"/);
  });

  it('when COSMOS_ENDPOINT is set, then the same bot runs on Cosmos DB', async () => {
    const cosmos = await startCosmosServer();
    const bot = start({ PORT: '0', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key });
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

  it('when Cosmos DB cannot be reached at start-up, then it stops with a message naming the endpoint', async () => {
    const bot = start({ COSMOS_ENDPOINT: 'http://127.0.0.1:9', COSMOS_KEY: 'a2V5', COSMOS_CONNECT_TIMEOUT_MS: '2000' });
    assert.equal(await bot.exited, 1);
    assert.match(bot.output().stderr, /Cannot use Cosmos DB at http:\/\/127\.0\.0\.1:9/);
  });

  it('when compiled (npm run build), then the bot starts from dist/ as App Service runs it', async () => {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: root });
    const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: root, env: { ...process.env, PORT: '0', DATA_DIR: tempDataDir() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const url = await listeningUrl({ child, exited, output: () => ({ stdout, stderr: '' }) } as ReturnType<typeof start>);
      const health = (await (await fetch(`${url}/healthz`)).json()) as { event: string };
      assert.equal(health.event, 'kl-region-midtjylland-2024');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('when a setting is invalid, then start-up stops with a message naming the key', async () => {
    const bot = start({ PORT: 'not-a-port' });
    assert.equal(await bot.exited, 1);
    assert.match(bot.output().stderr, /PORT/);
  });

  it('when the event file is broken, then start-up stops naming the file', async () => {
    const bot = start({ EVENT_FILE: path.join(root, 'package.json') });
    assert.equal(await bot.exited, 1);
    assert.match(bot.output().stderr, /package\.json is not valid: id: /);
  });
});
