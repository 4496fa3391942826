// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { loadConfig } from '../../src/config';
import { projectRoot } from '../../src/paths';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { understand } from '../../src/understanding/understand';
import { fillManifest, MANIFEST_DIR, packageFiles, packageValues, TeamsPackageError } from '../../scripts/teams/appPackage';
import { validateTeamsFile } from '../../scripts/teams/validateManifest';
import { TEST_EVENTS } from '../helpers/event';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const env = { MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL: 'https://moedebot-demo.azurewebsites.net' };
const values = packageValues(loadConfig(env), '0.1.0');
const manifest = fillManifest(values) as {
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
  validDomains: string[];
  developer: Record<string, string>;
  manifestVersion: string;
};
const english = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'en.json'), 'utf8')) as Record<string, string>;

describe('Teams app package', () => {
  it('the filled manifest is valid against the Teams schema (1.17 or newer) shipped in @microsoft/app-manifest', async () => {
    assert.deepEqual(await validateTeamsFile(manifest), []);
    assert.ok(Number(manifest.manifestVersion.split('.')[1]) >= 17);
  });

  it('the English localization file is valid and covers every command', async () => {
    assert.deepEqual(await validateTeamsFile(english), []);
    manifest.bots[0]!.commandLists.forEach((list, l) =>
      list.commands.forEach((_, c) => assert.ok(english[`bots[0].commandLists[${l}].commands[${c}].title`], `command ${l}/${c}`)),
    );
  });

  it('fills the bot id, domains and policy URLs from configuration, in all three scopes', () => {
    assert.equal(manifest.bots[0]!.botId, BOT_ID);
    assert.deepEqual(manifest.bots[0]!.scopes, ['personal', 'team', 'groupChat']);
    assert.deepEqual(manifest.validDomains, ['moedebot-demo.azurewebsites.net']);
    assert.equal(manifest.developer.privacyUrl, 'https://moedebot-demo.azurewebsites.net/privacy');
    assert.equal(manifest.developer.termsOfUseUrl, 'https://moedebot-demo.azurewebsites.net/terms');
  });

  it('refuses to package without a bot id or a public https URL, naming both', () => {
    assert.throws(
      () => packageValues(loadConfig({ ALLOW_UNAUTHENTICATED: 'true' }), '0.1.0'),
      (e: unknown) => e instanceof TeamsPackageError && /MicrosoftAppId.*PUBLIC_BASE_URL/.test(e.message),
    );
    assert.throws(() => fillManifest(values, '{"x":"{{nope}}"}'), /unknown placeholder \{\{nope\}\}/);
  });

  /** What each command must be understood as: a question's topic or a request. */
  const expected: Record<string, string> = {
    'Hvornår er mødet?': 'when',
    'Hvor er mødet?': 'where',
    Program: 'programme',
    'Tilmeld mig': 'signUp',
    'Min tilmelding': 'myRegistration',
    'Slet mine data': 'deleteData',
    'Hvor mange er tilmeldt?': 'orgCount',
    'Tilmeldte pr. kommune': 'orgBreakdown',
    'Vis deltagerlisten': 'orgList',
    'Eksportér som CSV': 'orgExport',
  };
  const meaning = (text: string, knowledge: EventKnowledge) => {
    const understood = understand(text, knowledge, {});
    return understood.kind === 'request'
      ? understood.request
      : understood.kind === 'question'
        ? understood.frames.map((frame) => frame.topic).join(',')
        : understood.kind;
  };

  for (const test of TEST_EVENTS) {
    it(`every command in every list, Danish and English, does what it says (${test.name} event)`, () => {
      const knowledge = new EventKnowledge(test.event);
      manifest.bots[0]!.commandLists.forEach((list, l) =>
        list.commands.forEach((command, c) => {
          const want = expected[command.title];
          assert.ok(want, `no expectation for "${command.title}"`);
          assert.equal(meaning(command.title, knowledge), want, command.title);
          const en = english[`bots[0].commandLists[${l}].commands[${c}].title`]!;
          assert.equal(meaning(en, knowledge), want, en);
          assert.equal(understand(en, knowledge, { hint: 'da' }).lang, 'en', `"${en}" is read as English`);
        }),
      );
    });
  }

  it('icons: color 192×192; outline 32×32 with only white or transparent pixels', () => {
    const color = PNG.sync.read(readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = PNG.sync.read(readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) continue;
      assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4}`);
      white++;
    }
    assert.ok(white > 50 && white < 32 * 32 - 50, 'a glyph, not a blank or a full square');
  });

  it('the package holds the filled manifest, the localization and both icons', () => {
    const files = packageFiles(values);
    assert.deepEqual(Object.keys(files).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(files['manifest.json']!.toString('utf8')) as { bots: Array<{ botId: string }> };
    assert.equal(packed.bots[0]!.botId, BOT_ID);
    assert.ok(files['color.png']!.equals(readFileSync(path.join(MANIFEST_DIR, 'color.png'))));
  });

  it('npm run package:teams without a bot id or public URL stops, names both, and writes nothing', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/packageTeams.ts'], {
      cwd: projectRoot,
      env: { ...process.env, ALLOW_UNAUTHENTICATED: 'true', MicrosoftAppId: '', PUBLIC_BASE_URL: '' },
    });
    await assert.rejects(
      run,
      (error: { code?: number; stderr?: string }) => error.code === 1 && /MicrosoftAppId[\s\S]*PUBLIC_BASE_URL/.test(error.stderr ?? ''),
    );
  });
});
