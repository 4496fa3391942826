import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.join(__dirname, '..');

/** Runs `src/index.ts` as `npm start` does, in its own process. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('process start and stop', () => {
  it('when started and sent SIGTERM, then it serves, then exits 0', async () => {
    const bot = start({ PORT: '0' });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line: ${JSON.stringify(bot.output())}`)), 30_000);
      bot.child.stdout.on('data', () => {
        const match = /"url":"(http:\/\/[^"]+)\/api\/messages"/.exec(bot.output().stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    bot.child.kill('SIGTERM');
    assert.equal(await bot.exited, 0);
    assert.match(bot.output().stdout, /"signal":"SIGTERM"/);
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
