import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The local Direct Line's memory: the conversations it started, each with its token, its user and its transcript
 * (what the page sent and what the bot sent, in order, numbered for watermarks). Nothing here is written to disk and
 * everything is bounded: at most `maxConversations` conversations (the least recently used goes first), at most
 * `maxActivities` activities and `maxBytes` of JSON per conversation (the oldest go first), and a conversation nobody
 * touched for `idleMs` is forgotten.
 */
export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
  maxBytes: number;
  idleMs: number;
}

export const DEFAULT_LIMITS: StoreLimits = {
  maxConversations: 100,
  maxActivities: 500,
  maxBytes: 1024 * 1024,
  idleMs: 60 * 60 * 1000,
};

/** A wire activity as JSON; the store only reads and sets `id`. */
export type WireActivity = Record<string, unknown> & { id?: string };

interface Entry {
  seq: number;
  activity: WireActivity;
  bytes: number;
}

export interface Conversation {
  readonly id: string;
  /** Bearer token of this conversation; every Direct Line call on it must carry it. */
  readonly token: string;
  /** The page's user: every activity from the page is sent to the bot as from this id, whatever the page says. */
  userId: string;
  /** True once the conversation was started (POST /conversations): the bot has been told the user joined. */
  started: boolean;
  locale?: string;
  /** The meeting the page was opened on (`?event=<id>`), told to the bot with the user's joining. */
  eventId?: string;
  lastUsed: number;
  entries: Entry[];
  nextSeq: number;
  bytes: number;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares tokens in constant time (hashes first, so the lengths match). */
function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

export class ConversationStore {
  /** In insertion order of last use: the first key is the least recently used conversation. */
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    readonly limits: StoreLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  /** Seconds a token stays valid without use, as Direct Line's `expires_in`. */
  get expiresIn(): number {
    return Math.floor(this.limits.idleMs / 1000);
  }

  /** A new conversation for `userId`, not yet started. Forgets idle ones first, then the least recently used if full. */
  create(userId: string, locale?: string): Conversation {
    this.purgeIdle();
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.keys().next().value as string;
      this.conversations.delete(oldest);
    }
    const conversation: Conversation = {
      id: randomId(18),
      token: randomId(32),
      userId,
      started: false,
      locale,
      lastUsed: this.now(),
      entries: [],
      nextSeq: 1,
      bytes: 0,
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The live conversation with this id (and marks it used), or undefined when unknown or idle too long. */
  get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.isIdle(conversation)) {
      this.conversations.delete(id);
      return undefined;
    }
    this.touch(conversation);
    return conversation;
  }

  /** The live conversation a bearer token belongs to. */
  byToken(token: string): Conversation | undefined {
    if (!token) return undefined;
    for (const conversation of this.conversations.values()) {
      if (sameToken(conversation.token, token)) return this.get(conversation.id);
    }
    return undefined;
  }

  /** The conversation, if `token` is its token: 'unknown' (404) or 'forbidden' (403) otherwise. */
  authorize(id: string, token: string): Conversation | 'unknown' | 'forbidden' {
    const conversation = this.get(id);
    if (!conversation) return 'unknown';
    return token && sameToken(conversation.token, token) ? conversation : 'forbidden';
  }

  /** The most recently used live conversation of a user: where a bot's "new 1:1 conversation" with them is shown. */
  latestOf(userId: string): Conversation | undefined {
    let latest: Conversation | undefined;
    for (const conversation of this.conversations.values()) {
      if (conversation.userId === userId && conversation.started && !this.isIdle(conversation)) latest = conversation;
    }
    return latest ? this.get(latest.id) : undefined;
  }

  /** Adds an activity to the transcript, gives it its Direct Line id (`<conversation id>|<number>`), returns that id. */
  append(conversation: Conversation, activity: WireActivity): string {
    const seq = conversation.nextSeq++;
    const id = `${conversation.id}|${String(seq).padStart(7, '0')}`;
    const stored = { ...activity, id };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.entries.push({ seq, activity: stored, bytes });
    conversation.bytes += bytes;
    this.trim(conversation);
    return id;
  }

  /**
   * Replaces an activity the bot sent (update): the new version is appended under the same id, so a client that
   * polls from its watermark sees it (Web Chat replaces an activity by id). False when the id is not in the transcript.
   */
  replace(conversation: Conversation, activityId: string, activity: WireActivity): boolean {
    const index = conversation.entries.findIndex((entry) => entry.activity.id === activityId);
    if (index < 0) return false;
    const [old] = conversation.entries.splice(index, 1);
    conversation.bytes -= old!.bytes;
    const seq = conversation.nextSeq++;
    const stored = { ...activity, id: activityId };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.entries.push({ seq, activity: stored, bytes });
    conversation.bytes += bytes;
    this.trim(conversation);
    return true;
  }

  /** Removes an activity from the transcript (delete); clients that already fetched it keep their copy. */
  remove(conversation: Conversation, activityId: string): boolean {
    const index = conversation.entries.findIndex((entry) => entry.activity.id === activityId);
    if (index < 0) return false;
    const [old] = conversation.entries.splice(index, 1);
    conversation.bytes -= old!.bytes;
    return true;
  }

  /** The activities after `watermark` (all that are kept when it is empty or not a number), and the new watermark. */
  since(conversation: Conversation, watermark: string | undefined): { activities: WireActivity[]; watermark: string } {
    const after = watermark && /^\d{1,15}$/.test(watermark) ? Number(watermark) : 0;
    const entries = conversation.entries.filter((entry) => entry.seq > after);
    const last = Math.max(after, conversation.nextSeq - 1);
    return { activities: entries.map((entry) => entry.activity), watermark: String(last) };
  }

  /** Forgets every conversation idle for longer than `idleMs`. */
  purgeIdle(): void {
    for (const [id, conversation] of this.conversations) {
      if (this.isIdle(conversation)) this.conversations.delete(id);
    }
  }

  private isIdle(conversation: Conversation): boolean {
    return this.now() - conversation.lastUsed > this.limits.idleMs;
  }

  private touch(conversation: Conversation): void {
    conversation.lastUsed = this.now();
    // Re-insert so that the map's order stays least-recently-used first.
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private trim(conversation: Conversation): void {
    while (
      conversation.entries.length > 1 &&
      (conversation.entries.length > this.limits.maxActivities || conversation.bytes > this.limits.maxBytes)
    ) {
      conversation.bytes -= conversation.entries.shift()!.bytes;
    }
  }
}
