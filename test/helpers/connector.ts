import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface StandInConnector {
  url: string;
  /** Activities the bot posted, in order. */
  posted: Array<Partial<Activity>>;
  close(): Promise<void>;
}

/**
 * Stands in for a channel's connector service (Teams, Web Chat): accepts whatever the bot posts, creates
 * conversations, knows no members (404, as for a guest). `onPost` may delay the answer to a posted activity;
 * `refuseWith` answers every post with that status instead (e.g. 403: the bot was removed from the conversation).
 */
export async function standInConnector(onPost?: (activity: Partial<Activity>) => Promise<void>, refuseWith?: number): Promise<StandInConnector> {
  const posted: Array<Partial<Activity>> = [];
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
        res.end(JSON.stringify({ id: `a:created-${posted.length}` }));
        return;
      }
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        if (refuseWith) {
          res.statusCode = refuseWith;
          res.end(JSON.stringify({ error: { code: 'Forbidden', message: 'refused' } }));
          return;
        }
        posted.push(body as Partial<Activity>);
        await onPost?.(body as Partial<Activity>);
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
    posted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
