import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type BotFrameworkAuthentication } from 'botframework-connector';
import restify, { type Request, type Response } from 'restify';
import type { EdgeAdapter } from '../bot/adapter';
import { parseInboundActivity } from './inboundActivity';
import { withCorrelationId, withDependencyConsole, type Logger } from '../log';

/** Largest request body accepted on /api/messages; Teams activities are far smaller. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How long a stop waits for turns in flight before it closes their connections. */
export const DRAIN_TIMEOUT_MS = 8_000;

export interface HealthReport {
  status: 'ok' | 'degraded';
  [key: string]: unknown;
}

export interface ServerDeps {
  adapter: EdgeAdapter;
  /** Checks the Bot Framework token; with no MicrosoftAppId configured it lets everything through (local mode). */
  auth: BotFrameworkAuthentication;
  /**
   * True when a token is required: requests without an Authorization header are refused before anything else.
   * False only in the explicitly chosen local mode, where the bot answers activities from this machine alone
   * (the serviceUrl it would reply to must be a loopback address).
   */
  authRequired: boolean;
  handleTurn: (context: TurnContext) => Promise<void>;
  health: () => Promise<HealthReport> | HealthReport;
  /** A meeting's calendar file by event id, public (it holds no personal data), for channels without file attachments. */
  calendar?: (eventId: string) => string | undefined;
  /** Public HTML pages (privacy, terms) by path. */
  pages?: Record<string, () => string>;
  /** More routes, registered after the bot's own (the Web Chat page and its Direct Line: src/http/webChat.ts). */
  routes?: (server: restify.Server) => void;
  log: Logger;
}

export interface RunningServer {
  port: number;
  url: string;
  /** Stops accepting, lets turns in flight finish (up to DRAIN_TIMEOUT_MS), then closes every connection. */
  close(): Promise<void>;
}

/** A whole UTF-8 document (calendar file, HTML page), written as is rather than through restify's formatters. */
function sendDocument(res: Response, type: string, body: string): void {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

/** jsonwebtoken's own errors (bad signature, not yet valid) reach us unwrapped from botbuilder's extractor. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function isRefusedToken(error: unknown): boolean {
  return (
    error instanceof AuthenticationError || (error as { statusCode?: number }).statusCode === 401 || TOKEN_ERRORS.has((error as Error).name)
  );
}

function authorizationHeader(req: Request): string {
  const value = req.headers.authorization;
  return typeof value === 'string' ? value : '';
}

/** Only JSON bodies: forms and multipart uploads are refused unread (and a browser cannot send JSON cross-site unasked). */
function isJson(req: Request): boolean {
  const type = req.headers['content-type'];
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A serviceUrl on this machine: the only place an unauthenticated bot may send replies to. */
export function isLoopbackUrl(value: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(value).hostname);
  } catch {
    return false;
  }
}

type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

/** Reads the request body into memory, at most `limit` bytes, and parses it as JSON. Nothing touches the disk. */
async function readJsonBody(req: Request, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, status: 413, message: 'Request body too large.' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413, message: 'Request body too large.' };
    chunks.push(chunk);
  }
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'The body must be JSON.' };
  }
}

/** Refused before the body is read: answer, and close the connection rather than drain what the client still sends. */
function refuseUnread(res: Response, status: number, code: string, message: string): void {
  res.header('connection', 'close');
  sendError(res, status, code, message);
}

export function createServer({ adapter, auth, authRequired, handleTurn, health, calendar, pages = {}, routes, log }: ServerDeps) {
  // No body parser: /api/messages reads its own body, and only after the Authorization header is checked.
  const server = restify.createServer({ name: 'moedebot', handleUncaughtExceptions: false });

  let inFlight = 0;
  let drained: (() => void) | undefined;
  let stopping = false;

  /**
   * Order matters: no token → 401 and not a byte of the body read; not JSON → 415, unread; then the body, read into
   * memory up to MAX_BODY_BYTES (413 beyond); a malformed activity → 400 before botbuilder sees it (CloudAdapter
   * answers some with 500 and echoes error messages); in local mode a reply address off this machine → 403; the
   * token is checked → 401; only then the turn. The turn runs through EdgeAdapter.runTurn so that errors are logged
   * here, structured, and never echoed.
   */
  async function messages(req: Request, res: Response): Promise<void> {
    const started = process.hrtime.bigint();
    const finish = (status: number, fields: Record<string, unknown> = {}) =>
      log.info({ status, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100, ...fields }, 'request handled');
    if (stopping) res.header('connection', 'close');
    const authHeader = authorizationHeader(req);
    if (authRequired && !authHeader) {
      refuseUnread(res, 401, 'Unauthorized', 'A Bot Framework token is required.');
      return finish(401);
    }
    if (!isJson(req)) {
      refuseUnread(res, 415, 'UnsupportedMediaType', 'The body must be application/json.');
      return finish(415);
    }
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.status === 413) refuseUnread(res, 413, 'PayloadTooLarge', body.message);
      else sendError(res, 400, 'BadRequest', body.message);
      return finish(body.status);
    }
    const parsed = parseInboundActivity(body.body);
    if (!parsed.ok) {
      sendError(res, 400, 'BadRequest', `The body must be a JSON Bot Framework activity (${parsed.problem}).`);
      return finish(400, { problem: parsed.problem });
    }
    const { activity } = parsed;
    if (!authRequired && !isLoopbackUrl(activity.serviceUrl)) {
      sendError(res, 403, 'Forbidden', 'Without authentication the bot answers only channels on this machine (a loopback serviceUrl).');
      return finish(403, { activityType: activity.type });
    }
    let identity: AuthenticateRequestResult;
    try {
      identity = await withDependencyConsole(log, 'token check', () => auth.authenticateRequest(activity, authHeader));
    } catch (error) {
      if (isRefusedToken(error)) {
        sendError(res, 401, 'Unauthorized', 'The Bot Framework token is not valid.');
        return finish(401, { activityType: activity.type });
      }
      // The token could not be checked at all (e.g. the signing keys could not be fetched): the channel retries.
      log.warn({ err: error }, 'token validation unavailable');
      sendError(res, 503, 'Unavailable', 'The token could not be validated right now.');
      return finish(503, { activityType: activity.type });
    }
    try {
      const invokeResponse = await adapter.runTurn(identity, activity, handleTurn);
      // botbuilder answers an invoke no handler knows with 501; for this bot that is a request it does not take: 400.
      const status = invokeResponse?.status === 501 ? 400 : (invokeResponse?.status ?? 200);
      res.status(status);
      if (invokeResponse?.body !== undefined) res.json(invokeResponse.body);
      else res.end();
      finish(status, { activityType: activity.type, channel: activity.channelId });
    } catch (error) {
      // Only reached when the turn failed and even the apology could not be sent; internals stay in the log.
      log.error({ err: error }, 'turn failed without a reply');
      if (!res.headersSent) sendError(res, 500, 'InternalError', 'The bot could not process the activity.');
      finish(500, { activityType: activity.type });
    }
  }

  server.post('/api/messages', async (req: Request, res: Response) => {
    inFlight++;
    const id = randomUUID();
    res.header('x-correlation-id', id);
    try {
      await withCorrelationId(id, () => messages(req, res));
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  });

  if (calendar) {
    server.get('/calendar/:file', async (req: Request, res: Response) => {
      const match = /^([a-z0-9-]{3,81})\.ics$/.exec((req.params as Record<string, string | undefined>).file ?? '');
      const content = match ? calendar(match[1]!) : undefined;
      if (!content) return sendError(res, 404, 'NotFound', 'No such calendar file.');
      sendDocument(res, 'text/calendar', content);
    });
  }

  for (const [pagePath, render] of Object.entries(pages)) {
    server.get(pagePath, async (_req: Request, res: Response) => sendDocument(res, 'text/html', render()));
  }

  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await health();
    res.status(report.status === 'ok' ? 200 : 503);
    res.json(report);
  });

  routes?.(server);

  // restify answers malformed JSON (400) and oversized bodies (413) itself; keep its body terse and internals out.
  server.on('restifyError', (_req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) log.error({ err: error }, 'request failed');
    (error as unknown as { toJSON: () => unknown }).toJSON = () => ({
      error: {
        code: error.name.replace(/Error$/, ''),
        message: status === 413 ? 'Request body too large.' : status >= 500 ? 'Internal error.' : 'Malformed request.',
      },
    });
    void res;
    callback();
  });

  /** Resolves when no turn is in flight, or after the drain timeout. */
  function drain(): Promise<void> {
    if (inFlight === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        log.warn({ inFlight }, 'stopping with turns still in flight');
        resolve();
      }, DRAIN_TIMEOUT_MS);
      timer.unref();
      drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  return {
    server,
    listen(port: number, host: string): Promise<RunningServer> {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          const http = server.server;
          resolve({
            port: address.port,
            url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
            close: async () => {
              stopping = true;
              // Stop accepting connections; idle keep-alive sockets go now, busy ones once their turn is answered.
              const closed = new Promise<void>((done) => http.close(() => done()));
              http.closeIdleConnections();
              await drain();
              http.closeAllConnections();
              await closed;
            },
          });
        });
      });
    },
  };
}
