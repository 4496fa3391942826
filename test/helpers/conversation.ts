import type { Activity } from 'botbuilder';
import type { dialogHarness } from './testBot';

type Harness = ReturnType<typeof dialogHarness>;

export interface Speaker {
  (input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  id: string;
}

/** One user in their own 1:1 conversation with the bot on the TestAdapter. */
export function speaker(
  harness: Harness,
  options: { id?: string; aad?: string; channelId?: string; locale?: string; conversationId?: string } = {},
): Speaker {
  const id = options.id ?? 'user-1';
  const say = (input: string | Partial<Activity>) => {
    const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
    return harness.turn({
      ...activity,
      from: { id, name: 'Test User', aadObjectId: options.aad },
      recipient: { id: 'bot', name: 'Mødebot' },
      conversation: { id: options.conversationId ?? `conversation-${id}`, isGroup: false, conversationType: 'personal', name: '' },
      channelId: options.channelId ?? 'test',
      locale: options.locale ?? 'da-DK',
    });
  };
  return Object.assign(say, { id });
}

/**
 * Everything a reply says: its text, or — where a card carries it — the card's fallback text (the renderer never
 * sends both). Tests read this, as a text-only client would.
 */
export const textOf = (replies: Partial<Activity>[]) =>
  replies
    .map((reply) =>
      reply.text !== undefined
        ? plainText(reply)
        : (reply.attachments ?? []).map((a) => (a.content as { fallbackText?: string } | undefined)?.fallbackText ?? '').join('\n'),
    )
    .join('\n');

/** A reply's text as the person reads it: Teams gets texts of several lines as XML (escaped, lines joined by <br>). */
export function plainText(reply: Partial<Activity>): string {
  const text = reply.text ?? '';
  if (reply.textFormat !== 'xml') return text;
  return text.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function cardsOf(replies: Partial<Activity>[]): unknown[] {
  return replies
    .flatMap((reply) => reply.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

export function attachmentsOf(replies: Partial<Activity>[], contentType: string) {
  return replies.flatMap((reply) => reply.attachments ?? []).filter((a) => a.contentType === contentType);
}
