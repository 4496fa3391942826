import type { Activity } from 'botbuilder';
import { createApp, type AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import { BotClient, type ChatUser } from '../../src/devtools/botClient';
import { createLogger } from '../../src/log';
import { textOf } from './conversation';
import { KL_EVENT_FILE, KL_NOW } from './event';
import { NO_PROFILES, tempDataDir } from './testBot';

export interface TestBot {
  url: string;
  client(user?: Partial<ChatUser>, options?: { locale?: string; channelId?: string; conversationId?: string }): BotClient;
  close(): Promise<void>;
}

/** Starts the real app on an ephemeral loopback port, configured as `npm start` would be from these variables. */
export async function startBot(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestBot> {
  const config = loadConfig({
    ALLOW_UNAUTHENTICATED: 'true',
    BOT_NOW: KL_NOW,
    DATA_DIR: tempDataDir(),
    ...(env.EVENTS_DIR ? {} : { EVENT_FILE: KL_EVENT_FILE }),
    ...env,
  });
  const app = createApp(config, { log: createLogger('silent'), directory: NO_PROFILES, ...overrides });
  const server = await app.listen(0, '127.0.0.1');
  let users = 0;
  return {
    url: server.url,
    client: (user = {}, options = {}) =>
      new BotClient({ url: server.url, user: { id: user.id ?? `user-${++users}`, ...user }, ...options }),
    close: () => server.close(),
  };
}

/** All reply texts of a turn (a card's fallback where the card carries the text), joined, for fact checks. */
export function texts(replies: Partial<Activity>[]): string {
  return textOf(replies);
}

export async function post(url: string, body: string, contentType = 'application/json'): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, body: await response.text() };
}
