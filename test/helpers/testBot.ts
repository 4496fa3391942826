import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { buildBot, type AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'moedebot-data-'));
}

/**
 * The real bot, dialogs, service and embedded stores (in a fresh temp DATA_DIR) on botbuilder's in-memory
 * TestAdapter: dialog-level tests without HTTP.
 */
export function dialogHarness(env: Record<string, string> = {}, overrides: AppOverrides = {}) {
  const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', BOT_NOW: '2024-10-27T12:00:00+01:00', DATA_DIR: tempDataDir(), ...env });
  const built = buildBot(config, { log: createLogger('silent'), ...overrides });
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
