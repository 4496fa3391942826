import { mkdirSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { arg, botEnv, hasTextReply, median, machineLine, qaRequests, startTarget, textArg, type TargetKind } from './lib';

/**
 * `npm run bench:turns`: Q&A turns over HTTP (deliveryMode expectReplies) from many conversations, for Mødebot
 * on its embedded store and for a plain botbuilder echo bot on the same restify + CloudAdapter stack, measured in
 * the same run. Each server runs in its own process; autocannon drives it from this one.
 *
 * Options: --duration 10 (seconds per target and round) --warmup 3 --connections 20 --conversations 1000
 *          --rounds 1 (echo and bot alternate; the ratio is the median of the rounds' ratios)
 *          --profile DIR (write a V8 CPU profile of each measured window into DIR, for Chrome DevTools)
 */
const DURATION = arg('duration', 10);
const WARMUP = arg('warmup', 3);
const CONNECTIONS = arg('connections', 20);
const CONVERSATIONS = arg('conversations', 1000);
const ROUNDS = arg('rounds', 1);
const PROFILE_DIR = textArg('profile');

interface Measured {
  target: TargetKind;
  requests: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** The server process's CPU time per turn: unlike throughput, barely moved by other load on the machine. */
  cpuPerTurn: number;
  errors: number;
  wrong: number;
}

async function load(url: string, length: { duration: number } | { amount: number }, startAt: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    ...length,
    requests: qaRequests(CONVERSATIONS, startAt),
    // Each response must carry an answer: a fast 500 or an empty reply would flatter the figures.
    verifyBody: hasTextReply,
  });
}

async function measure(kind: TargetKind, round: number): Promise<Measured> {
  const target = await startTarget(kind, kind === 'bot' ? botEnv() : {});
  try {
    // Warm-up: every conversation's first turn (which may create its state), then JIT and connections.
    await load(target.url, { amount: CONVERSATIONS }, round * 1_000_000);
    await load(target.url, { duration: WARMUP }, round * 1_000_000);
    if (PROFILE_DIR) await target.profileStart();
    const cpuBefore = await target.cpuMicros();
    const result = await load(target.url, { duration: DURATION }, round * 1_000_000 + 500_000);
    const cpuAfter = await target.cpuMicros();
    if (PROFILE_DIR) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      await target.profileStop(path.join(PROFILE_DIR, `turns-${kind}-${round + 1}.cpuprofile`));
    }
    return {
      target: kind,
      requests: result.requests.total,
      perSecond: result.requests.total / result.duration,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      cpuPerTurn: (cpuAfter - cpuBefore) / 1000 / result.requests.total,
      errors: result.errors + result.non2xx + result.timeouts,
      wrong: result.mismatches,
    };
  } finally {
    await target.stop();
  }
}

async function main() {
  console.log(machineLine());
  console.log(
    `${CONNECTIONS} connections, ${CONVERSATIONS} conversations, ${WARMUP} s warm-up + ${DURATION} s per target and round, ${ROUNDS} round(s)\n`,
  );
  const results: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ['echo', 'bot'] as const) results.push(await measure(kind, round));
  }
  console.log('| target | round | turns | turns/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/turn | errors | no answer |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  results.forEach((r, i) =>
    console.log(
      `| ${r.target === 'bot' ? 'Mødebot (embedded store)' : 'echo bot'} | ${Math.floor(i / 2) + 1} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.cpuPerTurn.toFixed(3)} | ${r.errors} | ${r.wrong} |`,
    ),
  );
  // Each round pairs an echo run with a bot run minutes apart at most; the median pair resists a noisy neighbour.
  const ratios = Array.from({ length: ROUNDS }, (_, round) => results[2 * round + 1]!.perSecond / results[2 * round]!.perSecond);
  const ratio = median(ratios);
  const cpuRatio =
    median(results.filter((r) => r.target === 'echo').map((r) => r.cpuPerTurn)) /
    median(results.filter((r) => r.target === 'bot').map((r) => r.cpuPerTurn));
  const botP99 = median(results.filter((r) => r.target === 'bot').map((r) => r.p99));
  const echoP99 = median(results.filter((r) => r.target === 'echo').map((r) => r.p99));
  console.log(`\nthroughput ratio bot/echo per round: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  console.log(`server CPU per turn, echo/bot (the throughput ratio a CPU-bound server reaches on a quiet machine): ${cpuRatio.toFixed(2)}`);
  console.log(
    `» turns: throughput bot/echo ${ratio.toFixed(2)} (goal ≥ 0.6: ${ratio >= 0.6 ? 'met' : 'NOT met'}); p99 at ${CONNECTIONS} connections: bot ${botP99} ms (goal < 50 ms: ${botP99 < 50 ? 'met' : 'NOT met'}), echo ${echoP99} ms`,
  );
  const failed = results.some((r) => r.errors > 0 || r.wrong > 0);
  if (failed) console.log('some turns failed or came back without an answer: the figures above are not valid');
  if (PROFILE_DIR) console.log(`CPU profiles in ${PROFILE_DIR}`);
  process.exitCode = failed ? 1 : 0;
}

void main();
