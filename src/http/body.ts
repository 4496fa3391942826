import type { Request, Response } from 'restify';
import { MAX_BODY_BYTES } from './server';

/**
 * The request rules of POST /api/messages, for the routes of the Web Chat page and the local Direct Line: JSON
 * only (a form or upload is refused unread, and a browser cannot send JSON cross-site without a CORS preflight,
 * which this server never grants), bodies read into memory up to MAX_BODY_BYTES, no body parser, nothing on disk.
 */
export function isJson(req: Request): boolean {
  const type = req.headers['content-type'];
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type);
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

/** Answers before reading the body, and closes the connection rather than drain what the client still sends. */
export function refuseUnread(res: Response, status: number, code: string, message: string): void {
  res.header('connection', 'close');
  sendError(res, status, code, message);
}

/**
 * Reads a JSON body (at most `limit` bytes, into memory). An empty body counts as `{}` with `allowEmpty` (Direct
 * Line clients start conversations with no body). On failure the answer (415, 413 or 400) is already sent.
 */
export async function readJson(
  req: Request,
  res: Response,
  options: { limit?: number; allowEmpty?: boolean } = {},
): Promise<{ ok: true; body: unknown } | { ok: false }> {
  const limit = options.limit ?? MAX_BODY_BYTES;
  const declared = Number(req.headers['content-length']);
  const empty = declared === 0 || (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined);
  if (empty && options.allowEmpty) return { ok: true, body: {} };
  if (!isJson(req)) {
    refuseUnread(res, 415, 'UnsupportedMediaType', 'The body must be application/json.');
    return { ok: false };
  }
  if (Number.isFinite(declared) && declared > limit) {
    refuseUnread(res, 413, 'PayloadTooLarge', 'Request body too large.');
    return { ok: false };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      refuseUnread(res, 413, 'PayloadTooLarge', 'Request body too large.');
      return { ok: false };
    }
    chunks.push(chunk);
  }
  if (size === 0 && options.allowEmpty) return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    sendError(res, 400, 'BadArgument', 'The body must be JSON.');
    return { ok: false };
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The bearer token of a request, or ''. */
export function bearerToken(req: Request): string {
  const value = req.headers.authorization;
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1] ?? '';
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when the request comes from this machine and names this machine in its Host header. The second check stops
 * DNS rebinding: a web page whose own host name was made to point at 127.0.0.1 still sends its own name as Host.
 */
export function isLocalRequest(req: Request): boolean {
  const remote = req.socket?.remoteAddress ?? '';
  const fromLoopback = remote === '::1' || remote.startsWith('127.') || remote.startsWith('::ffff:127.');
  const host = typeof req.headers.host === 'string' ? req.headers.host.toLowerCase() : '';
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return fromLoopback && LOOPBACK_NAMES.has(name);
}
