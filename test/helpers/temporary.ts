import { rmSync } from 'node:fs';
import { after } from 'node:test';

const folders: string[] = [];
let registered = false;

/** Remembers a temporary folder and removes it when the test file's run ends: no test leaves folders behind. */
export function trackTemporary(folder: string): string {
  folders.push(folder);
  if (!registered) {
    registered = true;
    // A process-level hook as well: node:test's `after` runs per file only when called inside the run.
    process.once('exit', removeAll);
    try {
      after(removeAll);
    } catch {
      // Called outside a test file's run (a benchmark): the exit hook removes them.
    }
  }
  return folder;
}

function removeAll(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
