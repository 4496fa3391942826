import { createHttpServer } from '@vercel/cosmosdb-server';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createStores } from '../src/storage';
import { createEchoServer } from './echoBot';
import type { TargetCommand, TargetKind, TargetReply } from './lib';

/**
 * A benchmark target in its own process (forked by bench/lib.ts startTarget): `bot` is wired as src/index.ts
 * wires it (createStores from the environment, then createApp), `echo` is bench/echoBot.ts, `cosmos` is the
 * Cosmos-protocol server. Each listens on an ephemeral loopback port, reports its URL over IPC, answers memory
 * requests and stops on request.
 */
const send = (message: TargetReply) => process.send?.(message);

async function start(kind: TargetKind): Promise<{ url: string; close(): Promise<void> }> {
  if (kind === 'echo') return createEchoServer().listen(0, '127.0.0.1');
  if (kind === 'cosmos') {
    const server = createHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections?.();
          server.close(() => resolve());
        }),
    };
  }
  const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', ...process.env });
  const stores = await createStores(config);
  const app = createApp(config, { ...stores, log: createLogger('silent') });
  const server = await app.listen(0, '127.0.0.1');
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await stores.close();
    },
  };
}

function memory() {
  // Heap figures are comparable only after a full collection; --expose-gc makes one possible.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external, arrayBuffers };
}

/** CPU time this process has used, all threads (main thread, libuv's pool for file I/O, GC helpers). */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

async function main() {
  const kind = process.argv[2] as TargetKind;
  let running: { url: string; close(): Promise<void> };
  try {
    running = await start(kind);
  } catch (error) {
    send({ type: 'failed', message: (error as Error).message });
    process.exit(1);
  }
  let profiler: Session | undefined;
  process.on('message', (message: TargetCommand & { id: number }) => {
    if (message.type === 'memory') send({ type: 'memory', id: message.id, memory: memory() });
    if (message.type === 'cpu') send({ type: 'cpu', id: message.id, micros: cpuMicros() });
    // A CPU profile of a chosen window only (the measured load, not start-up and warm-up), via the inspector.
    if (message.type === 'profileStart') {
      profiler = new Session();
      profiler.connect();
      profiler.post('Profiler.enable', () => profiler!.post('Profiler.start', () => send({ type: 'done', id: message.id })));
    }
    if (message.type === 'profileStop') {
      profiler?.post('Profiler.stop', (error, result) => {
        if (!error) writeFileSync(message.file, JSON.stringify(result.profile));
        profiler?.disconnect();
        send({ type: 'done', id: message.id });
      });
    }
    if (message.type === 'stop') {
      // Close, then exit by ourselves (not by a signal, so node flags such as --cpu-prof still write their files);
      // keep-alive sockets of the load generator must not hold the process.
      void running.close();
      setTimeout(() => process.exit(0), 200).unref();
      process.disconnect();
    }
  });
  // If the parent dies, do not linger.
  process.on('disconnect', () => setTimeout(() => process.exit(0), 300));
  send({ type: 'listening', url: running.url });
}

void main();
