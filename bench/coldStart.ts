import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import ts from 'typescript';
import { arg, botEnv, flag, freePort, machineLine, median, messageActivity, say } from './lib';

/**
 * `npm run bench:coldstart`: from process start to (1) the port accepting connections and (2) the first answered
 * message (expectReplies), for Mødebot (src/index.ts, embedded store) and the echo bot (bench/echoBot.ts), each
 * started the same way:
 *   - `node <compiled entry>`: what `npm start` and the App Service deployment run (tsc output of dist/);
 *   - `tsx <entry>`: what `npm run dev` runs (the tsx CLI, which starts a second node process with its loader);
 *   - with --source, also `node --import tsx <entry>`: one process, transpiling on the fly.
 * Then how long each heavy dependency takes to load on its own, to see where start-up time goes.
 *
 * Options: --runs 5 (median of these) --source --no-modules
 */
const RUNS = arg('runs', 5);
const root = path.join(__dirname, '..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Launch {
  label: string;
  command: string[];
}

function launches(compiledDir: string): Array<{ way: string; bot: Launch; echo: Launch }> {
  const way = (label: string, prefix: string[], bot: string, echo: string) => ({
    way: label,
    // Local mode is an explicit choice, made as npm start makes it.
    bot: { label, command: [...prefix, bot, '--allow-unauthenticated'] },
    echo: { label, command: [...prefix, echo] },
  });
  const list = [
    way(
      'node <compiled .js> (npm start)',
      [process.execPath],
      path.join(compiledDir, 'src', 'index.js'),
      path.join(compiledDir, 'bench', 'echoBot.js'),
    ),
    way('tsx <entry> (npm run dev)', [process.execPath, tsxCli], 'src/index.ts', 'bench/echoBot.ts'),
  ];
  if (flag('source'))
    list.push(way('node --import tsx <entry>', [process.execPath, '--import', 'tsx'], 'src/index.ts', 'bench/echoBot.ts'));
  return list;
}

/** Milliseconds since `start` at which a TCP connection to the port succeeds (polled every 2 ms). */
async function untilListening(port: number, start: bigint, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before listening`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return Number(process.hrtime.bigint() - start) / 1e6;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function once(launch: Launch): Promise<{ listening: number; answered: number }> {
  const port = await freePort();
  // LOG_LEVEL as npm start has it (info): the start-up log lines are part of what start-up costs.
  const env = { ...process.env, ...botEnv({ LOG_LEVEL: 'info' }), PORT: String(port) };
  const start = process.hrtime.bigint();
  const child = spawn(launch.command[0]!, launch.command.slice(1), { cwd: root, env, stdio: 'ignore' });
  try {
    const listening = await untilListening(port, start, child);
    const replies = await say(`http://127.0.0.1:${port}`, messageActivity(1, 'hvor er mødet?', 'da-DK', 'cold-1'));
    const answered = Number(process.hrtime.bigint() - start) / 1e6;
    if (!replies.some((text) => text.length > 0)) throw new Error('no answer');
    return { listening, answered };
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/** tsc's output of src/ and dialogs/ plus the echo bot, under node_modules/.cache (so packages resolve as from dist/). */
function compile(): string {
  const out = path.join(root, 'node_modules', '.cache', 'moedebot-bench', 'dist');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) console.log(`tsc reported errors (output written anyway):\n${result.stdout.slice(0, 2000)}`);
  const echo = ts.transpileModule(readFileSync(path.join(__dirname, 'echoBot.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  mkdirSync(path.join(out, 'bench'), { recursive: true });
  writeFileSync(path.join(out, 'bench', 'echoBot.js'), echo.outputText);
  return out;
}

/**
 * How long `require(name)` takes in a fresh node process that has already loaded what the echo bot loads
 * (botbuilder, restify): what the module adds to start-up. Median of `runs`, compiled JavaScript (no tsx).
 */
function loadTime(name: string, runs: number): number {
  const script = `require('botbuilder');require('restify');const t=process.hrtime.bigint();require(${JSON.stringify(name)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    times.push(Number(result.stdout));
  }
  return median(times);
}

async function main() {
  console.log(machineLine());
  console.log(`median of ${RUNS} starts each, from spawn; Mødebot on the embedded store in a fresh DATA_DIR, LOG_LEVEL=info\n`);
  const compiledDir = compile();
  console.log(
    '| started as | bot: listening ms | echo: listening ms | ratio | bot: first answer ms | echo: first answer ms | ratio (goal ≤ 1.5) |',
  );
  console.log('|---|---|---|---|---|---|---|');
  const verdicts: string[] = [];
  for (const { way, bot, echo } of launches(compiledDir)) {
    const results = {
      bot: [] as Array<{ listening: number; answered: number }>,
      echo: [] as Array<{ listening: number; answered: number }>,
    };
    // Alternate, so a busy moment on the shared machine hits both.
    for (let run = 0; run < RUNS; run++) {
      results.echo.push(await once(echo));
      results.bot.push(await once(bot));
    }
    const m = (kind: 'bot' | 'echo', key: 'listening' | 'answered') => median(results[kind].map((r) => r[key]));
    const listenRatio = m('bot', 'listening') / m('echo', 'listening');
    const answerRatio = m('bot', 'answered') / m('echo', 'answered');
    console.log(
      `| ${way} | ${m('bot', 'listening').toFixed(0)} | ${m('echo', 'listening').toFixed(0)} | ${listenRatio.toFixed(2)} | ${m('bot', 'answered').toFixed(0)} | ${m('echo', 'answered').toFixed(0)} | ${answerRatio.toFixed(2)} ${answerRatio <= 1.5 ? '(met)' : '(NOT met)'} |`,
    );
    verdicts.push(`${way}: ${answerRatio.toFixed(2)}× (${answerRatio <= 1.5 ? 'met' : 'NOT met'})`);
  }
  console.log(`\n» cold start to first answer, bot/echo (goal ≤ 1.5): ${verdicts.join('; ')}`);
  if (!flag('no-modules')) {
    // What the bot's start-up loads beyond the echo bot's botbuilder + restify (@azure/identity comes with botbuilder;
    // @azure/cosmos and botbuilder-azure with src/storage/index.ts, also when the embedded store is used).
    const modules = [
      'zod',
      'pino',
      'luxon',
      'minisearch',
      'csv-stringify/sync',
      'ics',
      '@azure/cosmos',
      '@azure/identity',
      'botbuilder-azure',
    ];
    console.log('\n| module | ms it adds to start-up after botbuilder + restify (fresh process, no tsx) |');
    console.log('|---|---|');
    for (const name of modules) console.log(`| ${name} | ${loadTime(name, 3).toFixed(0)} |`);
  }
}

void main();
