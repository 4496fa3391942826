import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Shared by the HTTP benchmarks: options, statistics, the target processes and the activities they are sent. */

/** `--name value` from the command line, else the fallback. */
export function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

export function textArg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The header line every benchmark prints, so a table can be traced to its machine and day. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`;
}

/** The p-th quantile (0..1) of numbers sorted ascending. */
export function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const tempDirs: string[] = [];
// Benchmarks leave nothing behind: each DATA_DIR goes when the benchmark process ends.
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty DATA_DIR, removed when this process exits. */
export function tempDir(prefix = 'moedebot-bench-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A TCP port free right now (for servers that take their port from the environment, as `npm start` does). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment every bot process of the benchmarks gets: the clock pinned before the meeting, no logs. */
export function botEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { BOT_NOW: '2024-10-27T12:00:00+01:00', LOG_LEVEL: 'silent', DATA_DIR: tempDir(), ...extra };
}

export type TargetKind = 'bot' | 'echo' | 'cosmos';

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface Target {
  kind: TargetKind;
  url: string;
  child: ChildProcess;
  /** The child's memory, after a full GC when it was started with --expose-gc. */
  memory(): Promise<MemorySample>;
  /** CPU time the child has used so far, in microseconds (user + system, all its threads). */
  cpuMicros(): Promise<number>;
  /** Starts a V8 CPU profile in the child; profileStop writes it to `file` (a .cpuprofile for Chrome DevTools). */
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<void>;
  /** Closes the server and lets the process exit by itself. */
  stop(): Promise<void>;
}

/**
 * Starts a server in its own process (bench/target.ts), so the load generator never shares its event loop.
 * `execArgv` adds node flags (--cpu-prof, --expose-gc).
 */
export function startTarget(kind: TargetKind, env: Record<string, string> = {}, execArgv: string[] = []): Promise<Target> {
  const child = fork(path.join(__dirname, 'target.ts'), [kind], {
    execArgv: ['--import', 'tsx', ...execArgv],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (message: TargetReply) => void>();
  let nextId = 0;
  const request = (command: TargetCommand) =>
    new Promise<TargetReply>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      child.send({ ...command, id });
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} target exited with ${code} before listening`)));
    child.on('message', (message: TargetReply) => {
      if (message.type === 'listening') {
        child.removeAllListeners('exit');
        resolve({
          kind,
          url: message.url,
          child,
          memory: async () => ((await request({ type: 'memory' })) as { memory: MemorySample }).memory,
          cpuMicros: async () => ((await request({ type: 'cpu' })) as { micros: number }).micros,
          profileStart: async () => void (await request({ type: 'profileStart' })),
          profileStop: async (file) => void (await request({ type: 'profileStop', file })),
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.send({ type: 'stop', id: 0 });
            }),
        });
        return;
      }
      if (message.type === 'failed') reject(new Error(`${kind} target failed: ${message.message}`));
      const answer = 'id' in message ? pending.get(message.id) : undefined;
      if (answer && 'id' in message) {
        pending.delete(message.id);
        answer(message);
      }
    });
  });
}

export type TargetCommand =
  { type: 'memory' } | { type: 'cpu' } | { type: 'stop' } | { type: 'profileStart' } | { type: 'profileStop'; file: string };
export type TargetReply =
  | { type: 'listening'; url: string }
  | { type: 'failed'; message: string }
  | { type: 'memory'; id: number; memory: MemorySample }
  | { type: 'cpu'; id: number; micros: number }
  | { type: 'done'; id: number };

/** Typical questions from the issue and the README, Danish and English, with the locale a client would send. */
export const QUESTIONS: ReadonlyArray<{ text: string; locale: string }> = [
  { text: 'hvor er mødet?', locale: 'da-DK' },
  { text: 'hvornår starter det?', locale: 'da-DK' },
  { text: 'hvad er programmet?', locale: 'da-DK' },
  { text: 'hvornår og hvor er mødet?', locale: 'da-DK' },
  { text: 'hvornaar er moedet', locale: 'da-DK' },
  { text: 'er der parkering?', locale: 'da-DK' },
  { text: 'hvem kan jeg kontakte?', locale: 'da-DK' },
  { text: 'hvad er baggrunden?', locale: 'da-DK' },
  { text: 'kan vi bringe egne emner på banen?', locale: 'da-DK' },
  { text: 'where is the meeting?', locale: 'en-GB' },
  { text: 'who is invited?', locale: 'en-GB' },
  { text: 'when does it end?', locale: 'en-GB' },
];

/** One message activity as the Emulator or `npm run chat` sends it, answered in the HTTP response. */
export function messageActivity(conversation: number, text: string, locale: string, id: string): Record<string, unknown> {
  return {
    type: 'message',
    id,
    text,
    locale,
    from: { id: `user-${conversation}`, name: 'Bench User' },
    recipient: { id: 'bot', name: 'Mødebot' },
    conversation: { id: `conv-${conversation}` },
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1', // never called: expectReplies returns the replies in the response
    deliveryMode: 'expectReplies',
  };
}

/**
 * The autocannon request list for Q&A turns: every request goes to the next of `conversations` conversations
 * (so state is read per conversation, as with many users) and carries the next question of the mix.
 */
export function qaRequests(conversations: number, startAt = 0) {
  let turn = startAt;
  return [
    {
      method: 'POST' as const,
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: Record<string, unknown>) => {
        const n = turn++;
        const question = QUESTIONS[n % QUESTIONS.length]!;
        request.body = JSON.stringify(messageActivity(n % conversations, question.text, question.locale, `a${n}`));
        return request;
      },
    },
  ];
}

/** A reply body from expectReplies that carries at least one text: what a user would see. */
export function hasTextReply(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { activities?: Array<{ text?: string }> };
    return (parsed.activities ?? []).some((activity) => typeof activity.text === 'string' && activity.text.length > 0);
  } catch {
    return false;
  }
}

/** Posts one activity and returns the reply texts (expectReplies). */
export async function say(url: string, activity: Record<string, unknown>): Promise<string[]> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as {
    activities?: Array<{ text?: string; attachments?: Array<{ content?: { fallbackText?: string } }> }>;
  };
  // Where a card carries the reply, its fallback text says it (the renderer never sends both).
  return (body.activities ?? []).map(
    (activity) => activity.text || (activity.attachments ?? []).map((attachment) => attachment.content?.fallbackText ?? '').join('\n'),
  );
}
