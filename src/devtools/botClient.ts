import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

export interface ChatUser {
  id: string;
  name?: string;
  aadObjectId?: string;
}

export interface BotClientOptions {
  /** Base URL of a running bot, e.g. http://127.0.0.1:3978 */
  url: string;
  user: ChatUser;
  conversationId?: string;
  channelId?: string;
  locale?: string;
}

/**
 * Talks to the bot over its real HTTP endpoint with deliveryMode "expectReplies", so the replies
 * come back in the HTTP response. Used by `npm run chat`, the component tests and the load benchmark.
 */
export class BotClient {
  readonly conversationId: string;
  private readonly channelId: string;

  constructor(private readonly options: BotClientOptions) {
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
    this.channelId = options.channelId ?? 'emulator';
  }

  activity(overrides: Partial<Activity>): Partial<Activity> {
    return {
      type: 'message',
      id: randomUUID(),
      timestamp: new Date(),
      channelId: this.channelId,
      serviceUrl: 'http://127.0.0.1:1', // never called: replies come back in the response
      from: { id: this.options.user.id, name: this.options.user.name ?? 'User', aadObjectId: this.options.user.aadObjectId },
      recipient: { id: 'moedebot', name: 'Mødebot' },
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      locale: this.options.locale,
      deliveryMode: 'expectReplies',
      ...overrides,
    };
  }

  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const response = await fetch(`${this.options.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) throw new Error(`bot answered HTTP ${response.status}`);
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    return body.activities ?? [];
  }

  say(text: string, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    return this.send(this.activity({ text, ...extra }));
  }

  /** Sends a card's Action.Submit data as Teams and Web Chat do: a message with `value`. */
  submit(value: Record<string, unknown>): Promise<Partial<Activity>[]> {
    return this.send(this.activity({ text: undefined, value }));
  }

  join(): Promise<Partial<Activity>[]> {
    return this.send(
      this.activity({
        type: 'conversationUpdate',
        membersAdded: [{ id: this.options.user.id, name: this.options.user.name ?? 'User' }, { id: 'moedebot', name: 'Mødebot' }],
      }),
    );
  }
}
