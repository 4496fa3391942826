// Part of `npm run build`: copies the Web Chat page (web/) and Web Chat's bundle from its npm package into
// dist/web/, so that the compiled bot (and the Azure package, which ships dist/) serves the page without
// botframework-webchat installed: it is a dev dependency, and production installs only what runs on the server.
// Plain Node, no TypeScript: it runs right after tsc, from any install that can build.
'use strict';
const { copyFileSync, existsSync, mkdirSync, readdirSync } = require('node:fs');
const path = require('node:path');

/** Copies the page and the bundle from `root` into `root/dist/web` (or `out`); returns the names copied. */
function copyWebAssets(root, out = path.join(root, 'dist', 'web')) {
  mkdirSync(out, { recursive: true });
  const copied = [];
  for (const name of readdirSync(path.join(root, 'web'))) {
    copyFileSync(path.join(root, 'web', name), path.join(out, name));
    copied.push(name);
  }
  const main = require.resolve('botframework-webchat', { paths: [root] });
  const dist = path.join(path.dirname(main), '..', 'dist');
  for (const name of ['webchat.js', 'webchat.js.LICENSE.txt']) {
    if (!existsSync(path.join(dist, name))) throw new Error(`botframework-webchat has no dist/${name}`);
    copyFileSync(path.join(dist, name), path.join(out, name));
    copied.push(name);
  }
  return copied;
}

module.exports = { copyWebAssets };

if (require.main === module) {
  const copied = copyWebAssets(path.join(__dirname, '..'));
  console.log(`dist/web: ${copied.join(', ')}`);
}
