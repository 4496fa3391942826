// Runs a test suite with node's test runner (TypeScript through tsx), listing the files itself: Node 20's runner
// finds no .ts files from a glob, and a shell's globbing differs between systems.
//   node scripts/runTests.mjs            the fast suite: everything under test/ but test/slow and test/browser
//   node scripts/runTests.mjs slow       the slow suite: processes, scale, fuzzing, store faults, the dev sets
//                                        (test/slow), and the bot-level cases of test/manyEvents again on Cosmos DB
//   node scripts/runTests.mjs <files…>   just these files
//
// The fast suite's files share a few processes ("shards") instead of one process each: loading the bot and its
// libraries through tsx costs about two seconds of CPU per process, more than most files' tests take. Every file
// uses its own temp folders, ports and stores, and restores what it changes, so files can share a process. Four to
// eight shards run side by side (two per CPU): a file waiting on a server or a timer leaves its CPU to another, and
// files that declare themselves slow for their size are spread out (see costOf), so fewer shards even out; each
// shard saved is one load less. The slow suite keeps a process per file, one at a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const SEPARATE = new Set(['slow', 'browser', 'helpers', 'fixtures']);

function testFiles(dir, skip = new Set()) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return skip.has(name) ? [] : testFiles(full);
      return name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
    });
}

// A larger young generation: the tests make many short-lived events and drafts, and with V8's default the
// collector ran often enough to cost a tenth of the suite's CPU time.
const NODE_FLAGS = ['--max-semi-space-size=32'];

function run(args, env = {}) {
  const result = spawnSync(process.execPath, [...NODE_FLAGS, '--import', 'tsx', '--test', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** Bot-level cases that run on each store (see storeSetups): the fast suite takes the embedded one, the slow Cosmos DB. */
const PER_STORE = 'test/manyEvents';

/**
 * A file's size stands for its running time, times the weight a file declares in a comment near its top
 * (`// test-weight: 6`) when its tests are slow for their size: dialogs driven turn by turn, question sets over
 * every letter. Without it a shard drew two such files and ran a quarter longer than the others.
 */
function costOf(file) {
  const full = path.join(root, file);
  const declared = /test-weight:\s*(\d+(?:\.\d+)?)/.exec(readFileSync(full, 'utf8').slice(0, 2000));
  return statSync(full).size * (declared ? Number(declared[1]) : 1);
}

/** Files dealt to `count` shards, costliest first to the lightest shard. */
function shardsOf(files, count) {
  const shards = Array.from({ length: count }, () => ({ weight: 0, files: [] }));
  const sized = files.map((file) => ({ file, size: costOf(file) })).sort((a, b) => b.size - a.size);
  for (const { file, size } of sized) {
    const lightest = shards.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.files.push(file);
    lightest.weight += size;
  }
  return shards.filter((shard) => shard.files.length > 0).map((shard) => shard.files.sort());
}

const args = process.argv.slice(2);
if (args[0] === 'slow') {
  const slow = run(['--test-concurrency=1', ...testFiles(path.join(root, 'test', 'slow'))]);
  const onCosmos = run(['--test-concurrency=2', ...testFiles(path.join(root, PER_STORE))], { MOEDEBOT_TEST_STORE: 'cosmos' });
  process.exit(slow || onCosmos);
}
if (args.length > 0) process.exit(run([`--test-concurrency=${Math.min(4, availableParallelism())}`, ...args]));

const concurrency = Math.max(4, Math.min(8, 2 * availableParallelism()));
const folder = mkdtempSync(path.join(tmpdir(), 'moedebot-shards-'));
let status;
try {
  const entries = shardsOf(testFiles(path.join(root, 'test'), SEPARATE), concurrency).map((files, i) => {
    const entry = path.join(folder, `shard-${i + 1}.mjs`);
    // Each file in a suite of its own: its top-level hooks (a Cosmos server started in `before`) belong to it, as
    // they would in a process of its own, and cannot fail or slow another file's tests.
    const suites = files.map(
      (file) =>
        `describe(${JSON.stringify(file)}, async () => { await import(${JSON.stringify(pathToFileURL(path.join(root, file)).href)}); });\n`,
    );
    writeFileSync(entry, `import { describe } from 'node:test';\n${suites.join('')}`);
    return entry;
  });
  status = run([`--test-concurrency=${concurrency}`, ...entries], { MOEDEBOT_TEST_STORE: 'embedded' });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(status);
