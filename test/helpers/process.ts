import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { tempDataDir } from './testBot';

export const projectRoot = path.join(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
}

/** Runs `src/index.ts` as `npm start` does, in its own process, with a fresh DATA_DIR unless given. */
export function startProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ALLOW_UNAUTHENTICATED: 'true', LOG_LEVEL: 'info', DATA_DIR: tempDataDir(), ...env },
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
export function listeningUrl(bot: BotProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line: ${JSON.stringify(bot.output())}`)), 30_000);
    const check = () => {
      const match = /"url":"(http:\/\/[^"]+)\/api\/messages"/.exec(bot.output().stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    bot.child.stdout!.on('data', check);
    check();
  });
}
