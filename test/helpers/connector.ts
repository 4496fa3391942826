import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface StandInConnector {
  url: string;
  /** Bodies of the conversations the bot asked to create (Teams 1:1 chats), in order. */
  created: unknown[];
  /** Activities the bot posted, with the conversation they went to, in order. */
  posted: Array<{ conversationId: string; activity: Partial<Activity> }>;
  /** Activities refused with `refusePostsWith`, in order. */
  refused: Array<{ conversationId: string; activity: Partial<Activity> }>;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** Runs before a posted activity is answered; may hold the answer back. */
  onPost?: (activity: Partial<Activity>) => Promise<void>;
  /** Answer every posted activity with this status instead (e.g. 403: the bot was removed from the conversation). */
  refusePostsWith?: number;
  /** Refuse to create conversations, as Teams does when the bot is not in the user's roster. */
  refuseCreate?: boolean;
}

/** The id every conversation the stand-in creates gets. */
export const CREATED_CONVERSATION_ID = 'a:private-1on1';

/**
 * Stands in for a channel's connector service (Teams, Web Chat), which cannot run here: creates conversations,
 * records what the bot posts, knows no members (404, as for a guest).
 */
export async function standInConnector(options: StandInOptions = {}): Promise<StandInConnector> {
  const created: unknown[] = [];
  const posted: StandInConnector['posted'] = [];
  const refused: StandInConnector['refused'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      let body: unknown;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      } catch {
        body = undefined;
      }
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v3/conversations') {
        if (options.refuseCreate) {
          res.statusCode = 403;
          res.end(
            JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }),
          );
          return;
        }
        created.push(body);
        res.end(JSON.stringify({ id: CREATED_CONVERSATION_ID }));
        return;
      }
      const post = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && post) {
        if (options.refusePostsWith) {
          refused.push({ conversationId: decodeURIComponent(post[1]!), activity: body as Partial<Activity> });
          res.statusCode = options.refusePostsWith;
          res.end(JSON.stringify({ error: { code: 'Forbidden', message: 'refused' } }));
          return;
        }
        posted.push({ conversationId: decodeURIComponent(post[1]!), activity: body as Partial<Activity> });
        await options.onPost?.(body as Partial<Activity>);
        res.end(JSON.stringify({ id: `activity-${posted.length}` }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'NotFound', message: 'not here' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    created,
    posted,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
