import { rmSync } from 'node:fs';
import { after } from 'node:test';

const folders: string[] = [];

// Registered when this module loads — at the top level of a test file, so the hook belongs to the file's run and
// runs once all of its tests are done. (Registered from inside a test or hook, `after` would belong to that test or
// suite and remove folders that later tests and still-running servers use.) The exit hook covers anything else.
process.once('exit', removeAll);
try {
  after(removeAll);
} catch {
  // Loaded outside a test run: the exit hook removes them.
}

/** Remembers a temporary folder and removes it when the test file's run ends: no test leaves folders behind. */
export function trackTemporary(folder: string): string {
  folders.push(folder);
  return folder;
}

// The folders stay listed after the file's run: a write still under way when it ended (a bot's state saved after
// its last reply) may make one again, and the exit hook removes it then.
function removeAll(): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
