import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { buildBot, type AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { KL_EVENT_FILE, KL_NOW } from './event';
import { trackTemporary } from './temporary';

/** A fresh DATA_DIR, removed when the test file's run ends. */
export function tempDataDir(): string {
  return trackTemporary(mkdtempSync(path.join(tmpdir(), 'moedebot-data-')));
}

/** The Teams member lookup stood in: nobody known (Teams cannot be reached here; its own test stands in a connector). */
export const NO_PROFILES = { lookup: async () => undefined };

/**
 * The real bot, router, dialogs, service and embedded stores (in a fresh temp DATA_DIR) on botbuilder's in-memory
 * TestAdapter: dialog-level tests without HTTP. One event (the KL one unless EVENT_FILE/EVENTS_DIR says otherwise).
 */
export function dialogHarness(env: Record<string, string> = {}, overrides: AppOverrides = {}) {
  const config = loadConfig({
    ALLOW_UNAUTHENTICATED: 'true',
    BOT_NOW: KL_NOW,
    DATA_DIR: tempDataDir(),
    ...(env.EVENTS_DIR ? {} : { EVENT_FILE: KL_EVENT_FILE }),
    ...env,
  });
  const built = buildBot(config, { log: createLogger('silent'), directory: NO_PROFILES, ...overrides });
  const adapter = new TestAdapter(async (context) => built.bot.run(context));
  adapter.locale = 'da-DK';
  return {
    ...built,
    config,
    adapter,
    /** Sends one activity and returns every reply of that turn. */
    async turn(activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
      const before = adapter.activeQueue.length;
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(before);
    },
  };
}
