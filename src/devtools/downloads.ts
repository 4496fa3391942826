import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Saves a file the bot sent as a data: URL (a calendar file, an organiser's CSV) into `folder`, readable by this user
 * alone: an export holds attendee data. Only the name's last part is used. Returns the file's path.
 */
export function saveDownload(folder: string, name: string, dataUrl: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, path.basename(name));
  writeFileSync(file, Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'), { mode: 0o600 });
  // An existing file keeps its mode on overwrite: set it again.
  chmodSync(file, 0o600);
  return file;
}
