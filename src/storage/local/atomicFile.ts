import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of either:
 * write a temporary file beside it, flush it to disk, then rename over the target.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await openForWriting(temporary);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Opens a new file; its folder is made only when missing (a mkdir on every write costs a system call per turn). */
async function openForWriting(file: string) {
  try {
    return await open(file, 'w', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    return open(file, 'w', 0o600);
  }
}

/** The file's JSON, or undefined when it does not exist. */
export async function readJsonFile<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Temporary files are named `<target>.<pid>.<random>.tmp`; see writeFileAtomic. */
const TEMPORARY = /\.tmp$/;

/**
 * Deletes temporary files a crash left between write and rename in `folder`: they may hold a whole registration
 * file. Only files older than `minAgeMs`, so a write in flight keeps its own. Returns how many went.
 */
export async function removeOrphanedTemporaries(folder: string, minAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!TEMPORARY.test(name)) continue;
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (!info || now - info.mtimeMs < minAgeMs) continue;
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}

/** Deletes regular files in `folder` not changed for `maxAgeMs`. Returns how many went. */
export async function removeFilesOlderThan(folder: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile() || now - info.mtimeMs < maxAgeMs) continue;
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}
