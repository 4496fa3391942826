import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.join(__dirname, '..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean; optional?: boolean }>;
};

/** Every package `npm ci --omit=dev` installs (what the Azure zip ships), by name, with its versions. */
function productionPackages(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [where, info] of Object.entries(lock.packages)) {
    if (!where || info.dev || info.devOptional) continue;
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    found.set(name, [...(found.get(name) ?? []), info.version ?? '']);
  }
  return found;
}

const major = (version: string) => Number(version.split('.')[0]);

describe('production dependencies', () => {
  const shipped = productionPackages();

  it('ship no development tooling', () => {
    for (const name of [
      'tsx',
      'esbuild',
      'typescript',
      '@vercel/cosmosdb-server',
      'fast-check',
      'eslint',
      'prettier',
      'typescript-eslint',
      'mammoth',
      'unpdf',
    ])
      assert.equal(shipped.has(name), false, name);
    assert.deepEqual(
      [...shipped.keys()].filter((name) => name.startsWith('@esbuild/')),
      [],
    );
  });

  it('ship none of the deprecated or vulnerable versions restify used to bring', () => {
    assert.equal(shipped.has('spdy'), false);
    for (const [name, minimum] of [
      ['formidable', 3],
      ['send', 1],
      ['find-my-way', 9],
    ] as const) {
      for (const version of shipped.get(name) ?? []) assert.ok(major(version) >= minimum, `${name}@${version}`);
    }
  });

  it('run no install script: every package that has one is denied, so nothing is downloaded at install', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    assert.deepEqual(
      Object.values(pkg.allowScripts ?? {}).filter((allowed) => allowed !== false),
      [],
    );
    const withScripts = Object.entries(lock.packages).filter(
      ([where, info]) => where && (info as { hasInstallScript?: boolean }).hasInstallScript,
    );
    for (const [where] of withScripts) {
      const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
      assert.ok(name in (pkg.allowScripts ?? {}), `${name} has an install script that is neither allowed nor denied`);
    }
  });

  it('say which Node versions are supported', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
    assert.match(pkg.engines?.node ?? '', /20/);
  });
});
