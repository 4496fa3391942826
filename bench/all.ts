import { spawn } from 'node:child_process';
import path from 'node:path';
import { machineLine, textArg } from './lib';

/**
 * `npm run bench`: every benchmark in turn, each in its own process (as `npm run bench:<name>` runs it), its output
 * shown as it comes; then a summary of the lines each benchmark marks with "»" (the goals) and of bench:nlu's
 * shipped-recogniser rows. Options: --only turns,memory  --skip store,memory
 * (names: nlu, store, turns, registrations, coldstart, memory).
 */
const BENCHES: Array<[name: string, file: string]> = [
  ['nlu', 'nlu.ts'],
  ['store', 'store.ts'],
  ['turns', 'turns.ts'],
  ['registrations', 'registrations.ts'],
  ['coldstart', 'coldStart.ts'],
  ['memory', 'memory.ts'],
];
const only = textArg('only')?.split(',');
const skip = textArg('skip')?.split(',') ?? [];

function run(file: string): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, file)], {
      cwd: path.join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('exit', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

async function main() {
  const summary: string[] = [];
  for (const [name, file] of BENCHES) {
    if ((only && !only.includes(name)) || skip.includes(name)) continue;
    console.log(`\n=== bench:${name} ===\n`);
    const { code, output, seconds } = await run(file);
    const marked = output.split('\n').filter((line) => line.startsWith('»') || (name === 'nlu' && line.startsWith('| CueRecognizer')));
    summary.push(...marked.map((line) => (line.startsWith('»') ? line : `» nlu: ${line}`)));
    if (code !== 0) summary.push(`» ${name}: exited with ${code}`);
    summary.push(`  (${name}: ${seconds.toFixed(0)} s)`);
  }
  console.log(`\n=== summary ===\n${machineLine()}\n${summary.join('\n')}`);
}

void main();
