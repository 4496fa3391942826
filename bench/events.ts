import path from 'node:path';
import { BUNDLED_EVENTS_DIR } from '../src/config';
import { loadEventFile } from '../src/event/load';
import type { MeetingEvent } from '../src/event/model';
import { textArg } from './lib';

/**
 * The events the registration benchmarks sign up for, each with the clock pinned a few days before it (sign-up
 * open): the bundled KL meeting and the small synthetic one of the tests (two seats, so most go on its waiting
 * list). The same files and times as test/helpers/event.ts, which is not imported here: it loads node:test.
 */
const EVENTS = {
  kl: { file: path.join(BUNDLED_EVENTS_DIR, 'kl-region-midtjylland-2024.yaml'), now: '2024-10-27T12:00:00+01:00' },
  synthetic: {
    file: path.join(__dirname, '..', 'test', 'fixtures', 'events', 'sommermoede-testby-2027.yaml'),
    now: '2027-05-20T12:00:00+02:00',
  },
};

export interface BenchEvent {
  file: string;
  now: string;
  event: MeetingEvent;
}

/** The event named by `--event kl|synthetic` (default kl). */
export function benchEvent(): BenchEvent {
  const name = (textArg('event') ?? 'kl').toLowerCase();
  const chosen = EVENTS[name as keyof typeof EVENTS];
  if (!chosen) throw new Error(`--event is one of ${Object.keys(EVENTS).join(', ')}`);
  return { ...chosen, event: loadEventFile(chosen.file) };
}
