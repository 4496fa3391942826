import autocannon from 'autocannon';
import { arg, botEnv, flag, hasTextReply, machineLine, qaRequests, startTarget, type MemorySample } from './lib';

/**
 * `npm run bench:memory`: 100,000 Q&A turns over HTTP to one Mødebot process (embedded store), as fast as it
 * answers; every --every turns the process runs a full GC (--expose-gc) and reports RSS and heap. The question is
 * whether memory grows once warmed up: the slope over the second half should be about zero.
 *
 * Options: --turns 100000 --every 5000 --connections 20
 *          --conversations 1000 (rotating; each conversation's first turn creates its state file under
 *            DATA_DIR/state; use --conversations 100000 for a new conversation on every turn)
 */
const TURNS = arg('turns', 100_000);
const EVERY = arg('every', 5_000);
const CONNECTIONS = arg('connections', 20);
const CONVERSATIONS = arg('conversations', 1_000);
const MB = (bytes: number) => bytes / 2 ** 20;

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

async function main() {
  console.log(machineLine());
  console.log(`${TURNS} turns, ${CONNECTIONS} connections, ${CONVERSATIONS} conversations, sampled every ${EVERY} turns after a full GC\n`);
  const bot = await startTarget('bot', botEnv(), ['--expose-gc']);
  const samples: Array<{ turns: number; memory: MemorySample; perSecond: number }> = [];
  let failed = 0;
  try {
    samples.push({ turns: 0, memory: await bot.memory(), perSecond: 0 });
    const started = Date.now();
    for (let done = 0; done < TURNS;) {
      const amount = Math.min(EVERY, TURNS - done);
      const intervalStart = process.hrtime.bigint();
      const result = await autocannon({
        url: bot.url,
        connections: CONNECTIONS,
        amount,
        requests: qaRequests(CONVERSATIONS, done),
        verifyBody: hasTextReply,
      });
      failed += result.errors + result.non2xx + result.timeouts + result.mismatches;
      done += amount;
      const seconds = Number(process.hrtime.bigint() - intervalStart) / 1e9;
      samples.push({ turns: done, memory: await bot.memory(), perSecond: amount / seconds });
      if (flag('progress')) console.error(`${done} turns, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await bot.stop();
  }
  console.log('| turns | RSS MB | heap used MB | heap total MB | external MB | turns/s in the interval |');
  console.log('|---|---|---|---|---|---|');
  for (const { turns, memory, perSecond } of samples) {
    if (turns % Math.max(EVERY, 10_000) !== 0 && turns !== TURNS) continue;
    console.log(
      `| ${turns} | ${MB(memory.rss).toFixed(1)} | ${MB(memory.heapUsed).toFixed(1)} | ${MB(memory.heapTotal).toFixed(1)} | ${MB(memory.external).toFixed(1)} | ${perSecond ? perSecond.toFixed(0) : ''} |`,
    );
  }
  // Warm-up: the first half (JIT, caches, every conversation's state). Growth is judged on the second half.
  const secondHalf = samples.filter((s) => s.turns >= TURNS / 2);
  const heapSlope = slope(secondHalf.map((s) => [s.turns / 10_000, MB(s.memory.heapUsed)]));
  const rssSlope = slope(secondHalf.map((s) => [s.turns / 10_000, MB(s.memory.rss)]));
  console.log(
    `\nsecond half: heap used ${heapSlope >= 0 ? '+' : ''}${heapSlope.toFixed(2)} MB, RSS ${rssSlope >= 0 ? '+' : ''}${rssSlope.toFixed(2)} MB per 10,000 turns`,
  );
  console.log(`failed or empty turns: ${failed}`);
  const last = samples.at(-1)!.memory;
  console.log(
    `» memory: after ${TURNS} turns RSS ${MB(last.rss).toFixed(0)} MB, heap ${MB(last.heapUsed).toFixed(0)} MB; second half ${heapSlope >= 0 ? '+' : ''}${heapSlope.toFixed(2)} MB heap per 10,000 turns (${Math.abs(heapSlope) < 0.5 ? 'no growth' : 'GROWS'})`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
