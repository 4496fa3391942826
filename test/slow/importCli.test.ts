import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../scripts/eventImport';
import { extractLetterText, importLetter, renderDraft } from '../../src/event/import';
import { loadEventFile, parseEventText } from '../../src/event/load';

const ROOT = path.join(__dirname, '..', '..');
const TODAY = '2026-11-30';

/** Runs the CLI's main() in this process, as `npm run event:import` would, capturing what it prints. */
async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(
    [...args, '--today', TODAY],
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { status, stdout, stderr };
}

/** The real command, in a child process, once: it starts and prints its usage. */
function runProcess(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eventImport.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run event:import', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'moedebot-import-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a draft that validates, and prints what it found, what is missing and what to check', async () => {
    const out = path.join(dir, 'events');
    const letter = path.join(dir, 'sommerfest.txt');
    writeFileSync(
      letter,
      'Sommerfest\n\nVi inviterer til sommerfest lørdag den 19. juni 2027 kl. 15.00 i Fælleshuset, Skovbrynet 12, 8600 Silkeborg.\n',
    );
    const first = await run([letter, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    const file = path.join(out, 'sommerfest-2027.yaml');
    assert.ok(existsSync(file));
    const event = loadEventFile(file);
    assert.deepEqual([event.start, event.end, event.endIsEstimate], ['2027-06-19T15:00', '2027-06-19T17:00', true]);
    assert.match(first.stdout, new RegExp(`Draft written: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(first.stdout, /Found:\n\s+title\s+Sommerfest\n/);
    assert.match(first.stdout, /Missing \(the letter does not say\):\n(\s+- .*\n)*\s+- end time/);
    assert.match(first.stdout, /To check \(marked "# CHECK:" in the file\):\n\s+- end: the letter gives no end time/);
    assert.match(readFileSync(file, 'utf8'), /^# Draft made by `npm run event:import` from /);

    // Never over an existing file without --force.
    writeFileSync(file, 'edited by hand\n');
    const second = await run([letter, '--out', out]);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /exists already; use --force to overwrite it/);
    assert.equal(readFileSync(file, 'utf8'), 'edited by hand\n');
    const forced = await run([letter, '--out', out, '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(file, 'utf8'), /^# Draft made by/);
  });

  it('takes the id from --id, and checks it', async () => {
    const out = path.join(dir, 'by-id');
    const letter = path.join(ROOT, 'events', 'letters', 'borgermoede-broenderslev-2027.md');
    const result = await run([letter, '--out', out, '--id', 'borgermoede-broenderslev-2027']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(loadEventFile(path.join(out, 'borgermoede-broenderslev-2027.yaml')).id, 'borgermoede-broenderslev-2027');
    const bad = await run([letter, '--out', out, '--id', 'Not An Id']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /cannot be an event id/);
  });

  it('refuses what is not a letter with exit code 1 and writes nothing', async () => {
    const out = path.join(dir, 'nothing');
    mkdirSync(out);
    const empty = path.join(dir, 'empty.md');
    writeFileSync(empty, '');
    const binary = path.join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    const undated = path.join(dir, 'undated.txt');
    writeFileSync(undated, 'Kære alle\n\nVi holder møde snart. Mere information følger.\n\nHilsen Bestyrelsen\n');
    const cases: Array<[string, RegExp]> = [
      [empty, /is empty/],
      [binary, /not a text letter \(it looks binary\)/],
      [undated, /names no date for the meeting/],
      [path.join(dir, 'absent.txt'), /cannot be read \(ENOENT\)/],
    ];
    for (const [letter, message] of cases) {
      const result = await run([letter, '--out', out]);
      assert.equal(result.status, 1, letter);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    }
    assert.deepEqual(readdirSync(out), []);
  });

  it('prints its usage without a letter', async () => {
    const result = await run([]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Usage: npm run event:import -- <letter/);
  });
});

describe('the held-out letters (smoke test only)', () => {
  const folder = path.join(ROOT, 'test', 'fixtures', 'holdout', 'letters');
  const letters = existsSync(folder) ? readdirSync(folder).filter((name) => /\.(txt|md|docx|pdf)$/.test(name)) : [];

  it('has letters to import', () => assert.ok(letters.length > 0));
  for (const name of letters) {
    it(`${name} gives a draft that validates`, async () => {
      const result = importLetter(await extractLetterText(path.join(folder, name)), { today: TODAY });
      const yaml = renderDraft(result.event, result.checks, { letter: name, file: `events/${result.event.id}.yaml`, generatedOn: TODAY });
      assert.doesNotThrow(() => parseEventText(yaml, name));
    });
  }
  it('runs as a command: with no letter it prints how to use it and exits 1', () => {
    const result = runProcess([]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Usage: npm run event:import/);
  });
});
