import type { Activity } from 'botbuilder';

export interface DirectLineConversation {
  conversationId: string;
  token: string;
  expires_in: number;
}

type WireActivity = Partial<Activity> & { id: string; channelData?: { clientActivityID?: string } };

/**
 * Speaks Direct Line 3.0 to the bot's local endpoint as botframework-directlinejs does with polling: generate a
 * token for a user, start the conversation, post activities, poll from a watermark.
 */
export class DirectLineTestClient {
  watermark = '';
  conversation!: DirectLineConversation;

  constructor(
    readonly url: string,
    readonly userId = `u-test-${Math.random().toString(36).slice(2)}`,
  ) {}

  private headers(json = true): Record<string, string> {
    return { authorization: `Bearer ${this.conversation.token}`, ...(json ? { 'content-type': 'application/json' } : {}) };
  }

  /** Starts a conversation as the page does; `eventId` as a `?event=<id>` link gives it. */
  async start(locale = 'da-DK', eventId?: string): Promise<{ status: number; body: DirectLineConversation }> {
    const generated = await fetch(`${this.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: this.userId }, ...(eventId === undefined ? {} : { eventId }) }),
    });
    if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
    this.conversation = (await generated.json()) as DirectLineConversation;
    const started = await fetch(`${this.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ user: { id: this.userId }, locale }),
    });
    return { status: started.status, body: (await started.json()) as DirectLineConversation };
  }

  async send(text: string, extra: Record<string, unknown> = {}): Promise<{ status: number; id?: string }> {
    const response = await fetch(`${this.url}/v3/directline/conversations/${this.conversation.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ type: 'message', text, from: { id: this.userId }, locale: 'da-DK', ...extra }),
    });
    const body = (await response.json()) as { id?: string };
    return { status: response.status, id: body.id };
  }

  /** One poll from the current watermark; moves the watermark on. */
  async poll(): Promise<WireActivity[]> {
    const response = await fetch(
      `${this.url}/v3/directline/conversations/${this.conversation.conversationId}/activities?watermark=${this.watermark}`,
      {
        headers: this.headers(false),
      },
    );
    if (response.status !== 200) throw new Error(`poll answered ${response.status}`);
    const body = (await response.json()) as { activities: WireActivity[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities;
  }

  /** Polls until an activity from the bot matches, as a page would; returns every activity seen on the way. */
  async until(match: (activity: WireActivity) => boolean, timeoutMs = 10_000): Promise<WireActivity[]> {
    const seen: WireActivity[] = [];
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const activities = await this.poll();
      seen.push(...activities);
      if (activities.some(match)) return seen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nothing matched in ${timeoutMs} ms; saw ${JSON.stringify(seen.map((a) => a.text ?? a.type))}`);
  }
}

export const fromBot = (activity: Partial<Activity>) => activity.from?.role === 'bot' && activity.type === 'message';
