import { BUNDLED_EVENT_FILE } from '../../src/config';
import { loadEventFile } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/schema';

export const bundledEvent: MeetingEvent = loadEventFile(BUNDLED_EVENT_FILE);

/** A deep copy to break or vary in one test without touching the others. */
export function eventCopy(): MeetingEvent & Record<string, unknown> {
  return structuredClone(bundledEvent) as MeetingEvent & Record<string, unknown>;
}
