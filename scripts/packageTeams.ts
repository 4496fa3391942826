import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { teamsChatLink } from '../src/bot/deepLinks';
import { loadConfig } from '../src/config';
import { EventCatalogue } from '../src/event/catalogue';
import { projectRoot } from '../src/paths';
import { packageFiles, packageValues } from './teams/appPackage';
import { validateTeamsFile } from './teams/validateManifest';

/**
 * `npm run package:teams`: fills the manifest from configuration (MicrosoftAppId, PUBLIC_BASE_URL, TEAMS_*),
 * validates it against the Teams manifest schema shipped in @microsoft/app-manifest (offline), and writes
 * build/moedebot-teams.zip for upload in Teams (Apps → Manage your apps → Upload an app).
 */
async function main() {
  const version = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const config = loadConfig();
  const files = packageFiles(packageValues(config, version));
  for (const name of ['manifest.json', 'en.json']) {
    const errors = await validateTeamsFile(JSON.parse(files[name]!.toString('utf8')));
    if (errors.length > 0) throw new Error(`${name} does not match the Teams schema:\n  ${errors.join('\n  ')}`);
  }
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  const out = path.join(projectRoot, 'build', 'moedebot-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  console.log(`Wrote ${path.relative(projectRoot, out)}`);
  // Links that open the bot's chat on one meeting (its message names the meeting; the user presses send).
  const catalogue = new EventCatalogue(config.EVENT_FILE ? { file: config.EVENT_FILE } : { dir: config.EVENTS_DIR });
  catalogue.load();
  if (catalogue.all().length > 1) {
    console.log('Teams links to a meeting:');
    for (const event of catalogue.all()) console.log(`  ${event.id}: ${teamsChatLink(config.MicrosoftAppId, event, event.language)}`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
