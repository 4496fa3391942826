import type { AddressInfo } from 'node:net';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';
import { z } from 'zod';
import type { Logger } from './log';

/** Largest request body accepted on /api/messages; Teams activities are far smaller. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The smallest shape CloudAdapter can handle without a 500: an object with a non-empty `type`.
 * Everything else about the activity is the adapter's to check.
 */
const activityShape = z.object({ type: z.string().min(1) }).passthrough();

export interface HealthReport {
  status: 'ok' | 'degraded';
  [key: string]: unknown;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  handleTurn: (context: TurnContext) => Promise<void>;
  health: () => Promise<HealthReport> | HealthReport;
  /** The meeting's calendar file, public (it holds no personal data), for channels without file attachments. */
  calendar?: { path: string; content: () => string };
  /** Public HTML pages (privacy, terms) by path. */
  pages?: Record<string, () => string>;
  log: Logger;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

export function createServer({ adapter, handleTurn, health, calendar, pages = {}, log }: ServerDeps) {
  const server = restify.createServer({ name: 'moedebot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = activityShape.safeParse(req.body);
    if (!parsed.success) {
      log.info({ status: 400 }, 'rejected request that is not an activity');
      sendError(res, 400, 'BadRequest', 'The body must be a JSON Bot Framework activity with a "type".');
      return;
    }
    try {
      await adapter.process(req, res, handleTurn);
    } catch (error) {
      log.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'adapter failed');
      if (!res.headersSent) sendError(res, 500, 'InternalError', 'The bot could not process the activity.');
    }
  });

  if (calendar) {
    server.get(calendar.path, async (_req: Request, res: Response) => {
      const body = calendar.content();
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  }

  for (const [pagePath, render] of Object.entries(pages)) {
    server.get(pagePath, async (_req: Request, res: Response) => {
      const body = render();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  }

  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await health();
    res.status(report.status === 'ok' ? 200 : 503);
    res.json(report);
  });

  // restify answers malformed JSON (400) and oversized bodies (413) itself; keep its body terse and internals out.
  server.on('restifyError', (_req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) log.error({ err: { name: error.name, message: error.message } }, 'request failed');
    (error as unknown as { toJSON: () => unknown }).toJSON = () => ({
      error: { code: error.name.replace(/Error$/, ''), message: status === 413 ? 'Request body too large.' : status >= 500 ? 'Internal error.' : 'Malformed request.' },
    });
    void res;
    callback();
  });

  return {
    server,
    listen(port: number, host = '0.0.0.0'): Promise<RunningServer> {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve({
            port: address.port,
            url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
            close: () => new Promise<void>((done) => server.close(() => done())),
          });
        });
      });
    },
  };
}
