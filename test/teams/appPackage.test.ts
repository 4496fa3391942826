import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { loadConfig } from '../../src/config';
import { projectRoot } from '../../src/paths';
import { CueRecognizer } from '../../src/understanding/recognizer';
import { fillManifest, MANIFEST_DIR, packageValues, TeamsPackageError } from '../../scripts/teams/appPackage';
import { validateTeamsFile } from '../../scripts/teams/validateManifest';
import { bundledEvent } from '../helpers/event';

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
    assert.throws(() => packageValues(loadConfig({ ALLOW_UNAUTHENTICATED: 'true' }), '0.1.0'), (e: unknown) => e instanceof TeamsPackageError && /MicrosoftAppId.*PUBLIC_BASE_URL/.test(e.message));
    assert.throws(() => fillManifest(values, '{"x":"{{nope}}"}'), /unknown placeholder \{\{nope\}\}/);
  });

  it('every command in the lists, Danish and English, does what it says', () => {
    const recognizer = new CueRecognizer(bundledEvent);
    const expected = ['when', 'where', 'programme', 'signUp', 'myRegistration', 'deleteData', 'orgCount', 'orgBreakdown', 'orgList', 'orgExport'];
    const personal = manifest.bots[0]!.commandLists[0]!.commands;
    personal.forEach((command, i) => {
      assert.deepEqual(recognizer.recognize(command.title).intents, [expected[i]], command.title);
      const en = english[`bots[0].commandLists[0].commands[${i}].title`]!;
      assert.deepEqual(recognizer.recognize(en).intents, [expected[i]], en);
    });
  });

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

  it('npm run package:teams writes a zip with the manifest, localization and icons', async () => {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/packageTeams.ts'], { cwd: projectRoot, env: { ...process.env, ...env } });
    const zip = await JSZip.loadAsync(readFileSync(path.join(projectRoot, 'build', 'moedebot-teams.zip')));
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string')) as { bots: Array<{ botId: string }> };
    assert.equal(packed.bots[0]!.botId, BOT_ID);
  });
});
