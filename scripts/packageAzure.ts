import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { projectRoot } from '../src/paths';

/**
 * `npm run package:azure`: compiles to dist/, installs production dependencies into a staging folder
 * (npm ci --omit=dev, from the lockfile), and zips package.json, dist/, events/ and node_modules/ into
 * build/moedebot-azure.zip for App Service zip deploy (az webapp deploy --type zip). The web app starts
 * it with `node dist/src/index.js` (set by the templates).
 */
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = path.join(projectRoot, 'build');
const stage = path.join(build, 'azure');

function addFolder(zip: JSZip, folder: string, prefix: string): number {
  let count = 0;
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry);
    const name = `${prefix}${entry}`;
    if (statSync(full).isDirectory()) count += addFolder(zip, full, `${name}/`);
    else {
      zip.file(name, readFileSync(full), { unixPermissions: statSync(full).mode });
      count++;
    }
  }
  return count;
}

async function main() {
  rmSync(path.join(projectRoot, 'dist'), { recursive: true, force: true });
  execFileSync(npm, ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) cpSync(path.join(projectRoot, file), path.join(stage, file));
  execFileSync(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: stage, stdio: 'inherit' });
  cpSync(path.join(projectRoot, 'dist'), path.join(stage, 'dist'), { recursive: true });
  cpSync(path.join(projectRoot, 'events'), path.join(stage, 'events'), { recursive: true });
  const zip = new JSZip();
  const files = addFolder(zip, stage, '');
  const out = path.join(build, 'moedebot-azure.zip');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }));
  console.log(`Wrote ${path.relative(projectRoot, out)} (${files} files, ${(statSync(out).size / 1e6).toFixed(1)} MB)`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
