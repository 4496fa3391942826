// Runs a test suite with node's test runner (TypeScript through tsx), listing the files itself: Node 20's runner
// finds no .ts files from a glob, and a shell's globbing differs between systems.
//   node scripts/runTests.mjs            the fast suite: everything under test/ but test/slow and test/browser
//   node scripts/runTests.mjs slow       the slow suite: processes, scale, fuzzing and store faults (test/slow)
//   node scripts/runTests.mjs <files…>   just these files
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

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

const args = process.argv.slice(2);
const files = args[0] === 'slow' ? testFiles(path.join(root, 'test', 'slow')) : args.length > 0 ? args : testFiles(path.join(root, 'test'), SEPARATE);
// Test files use their own temp folders and ephemeral ports, so several run at once.
const concurrency = Math.max(2, Math.min(4, availableParallelism()));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${args[0] === 'slow' ? 1 : concurrency}`, ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
