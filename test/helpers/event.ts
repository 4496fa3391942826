import { mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml, stringify } from 'yaml';
import { BUNDLED_EVENTS_DIR } from '../../src/config';
import { loadEventFile } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { trackTemporary } from './temporary';

export const KL_EVENT_FILE = path.join(BUNDLED_EVENTS_DIR, 'kl-region-midtjylland-2024.yaml');
export const SYNTHETIC_EVENT_FILE = path.join(__dirname, '..', 'fixtures', 'events', 'sommermoede-testby-2027.yaml');

export const klEvent: MeetingEvent = loadEventFile(KL_EVENT_FILE);
export const syntheticEvent: MeetingEvent = loadEventFile(SYNTHETIC_EVENT_FILE);

/** The clock the tests use for each of them: a few days before the meeting, sign-up open. */
export const KL_NOW = '2024-10-27T12:00:00+01:00';
export const SYNTHETIC_NOW = '2027-05-20T12:00:00+02:00';

/** Both events the whole suite runs against, so nothing passes only because of one meeting. */
export const TEST_EVENTS = [
  { name: 'KL', file: KL_EVENT_FILE, event: klEvent, now: KL_NOW },
  { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, event: syntheticEvent, now: SYNTHETIC_NOW },
] as const;

const parsedTexts = new Map<string, string>();

/** An event file in a temporary folder, written from the raw YAML of `file` changed by `change` (removed after the run). */
export function eventFileFrom(file: string, change: (raw: Record<string, unknown>) => void): string {
  const text = readFileSync(file, 'utf8');
  // Parsed once per text in a process (the KL file's YAML takes longer to parse than many tests take to run).
  const json = parsedTexts.get(text) ?? JSON.stringify(parseYaml(text));
  parsedTexts.set(text, json);
  const raw = JSON.parse(json) as Record<string, unknown>;
  change(raw);
  const folder = trackTemporary(mkdtempSync(path.join(tmpdir(), 'moedebot-event-')));
  const target = path.join(folder, path.basename(file));
  writeFileSync(target, stringify(raw));
  return target;
}

/** A folder with copies of these event files (removed after the run). */
export function eventsFolder(files: string[]): string {
  const folder = trackTemporary(mkdtempSync(path.join(tmpdir(), 'moedebot-events-')));
  for (const file of files) copyFileSync(file, path.join(folder, path.basename(file)));
  return folder;
}
