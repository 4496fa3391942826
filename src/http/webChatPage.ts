import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../paths';
import { isLocalRequest, sendError } from './body';

/**
 * The try-it page: Bot Framework Web Chat, full page, from files of this repository (web/) and Web Chat's own
 * bundle from its npm package — never a CDN. `npm run build` copies both to dist/web/, which is what the Azure
 * package ships (botframework-webchat is a dev dependency: its package tree brings esbuild and half a gigabyte
 * that production does not need; the one file it does need travels in dist/).
 */
export const WEB_CHAT_BUNDLE = 'webchat.js';
/** The files of the page, by the path they are served at. */
const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html' },
  '/webchat/app.js': { file: 'app.js', type: 'text/javascript' },
  '/webchat/app.css': { file: 'app.css', type: 'text/css' },
};

export type DirectLineKind = 'local' | 'azure';

export interface WebChatPageOptions {
  /** Which Direct Line the page talks to: this bot's local one, or the Azure Bot's channel at `domain`. */
  directLine: DirectLineKind;
  /** Azure: the Direct Line base URL (its origin, and the WebSocket origin beside it, are allowed to connect). */
  domain?: string;
  /** Local mode: answer only requests from this machine that name this machine. */
  localOnly: boolean;
  /** Where the files are; default: web/ and Web Chat's package, else dist/web/ (the Azure package). */
  locate?: (name: string) => string | undefined;
}

/** The bundle's path in botframework-webchat (its exports map hides dist/, so resolve the package and go from there). */
function bundleInPackage(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', WEB_CHAT_BUNDLE);
  } catch {
    return undefined;
  }
}

/** A page file: the source in web/ first (edits show without a build), then the copy in dist/web/. */
export function locateAsset(name: string): string | undefined {
  const candidates = name === WEB_CHAT_BUNDLE ? [bundleInPackage()] : [path.join(projectRoot, 'web', name)];
  candidates.push(path.join(projectRoot, 'dist', 'web', name));
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

/**
 * Same-origin scripts only (no inline script: the page's code is /webchat/app.js), connections to this server (and
 * in authenticated mode to Direct Line), nothing framed, no plugins. Web Chat styles itself with <style> elements
 * it writes at run time (emotion), hence 'unsafe-inline' for styles; images and files the bot sends come as data: URLs.
 */
export function contentSecurityPolicy(options: Pick<WebChatPageOptions, 'directLine' | 'domain'>): string {
  const connect = ["'self'"];
  if (options.directLine === 'azure' && options.domain) {
    const origin = new URL(options.domain);
    connect.push(origin.origin, `${origin.protocol === 'http:' ? 'ws:' : 'wss:'}//${origin.host}`);
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function registerWebChatPage(server: Server, options: WebChatPageOptions): void {
  const locate = options.locate ?? locateAsset;
  const csp = contentSecurityPolicy(options);
  const config = JSON.stringify({ directLine: options.directLine, ...(options.directLine === 'azure' ? { domain: options.domain } : {}) });

  function headers(res: Response, type: string, length: number, cache: string): void {
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'content-length': length,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': csp,
    });
  }

  const guard = (handler: (req: Request, res: Response) => void) => async (req: Request, res: Response) => {
    if (options.localOnly && !isLocalRequest(req))
      return sendError(res, 403, 'Forbidden', 'The local Web Chat page answers this machine only.');
    handler(req, res);
  };

  for (const [route, { file, type }] of Object.entries(PAGE_FILES)) {
    server.get(
      route,
      guard((_req, res) => {
        const where = locate(file);
        if (!where) return sendError(res, 404, 'NotFound', 'The Web Chat page is not built (npm run build).');
        const content = readFileSync(where);
        headers(res, type, content.length, 'no-cache');
        res.end(content);
      }),
    );
  }

  server.get(
    '/webchat/config.json',
    guard((_req, res) => {
      headers(res, 'application/json', Buffer.byteLength(config), 'no-store');
      res.end(config);
    }),
  );

  // Web Chat's bundle: 4 MB, read once, gzipped once for browsers that take it (about a quarter of the size).
  let bundle: { plain: Buffer; gzip: Buffer; etag: string } | undefined;
  server.get(
    `/webchat/${WEB_CHAT_BUNDLE}`,
    guard((req, res) => {
      if (!bundle) {
        const where = locate(WEB_CHAT_BUNDLE);
        if (!where) return sendError(res, 404, 'NotFound', 'Web Chat is not installed (npm install).');
        const plain = readFileSync(where);
        bundle = { plain, gzip: gzipSync(plain), etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"` };
      }
      if (req.headers['if-none-match'] === bundle.etag) {
        res.writeHead(304, { etag: bundle.etag });
        return res.end();
      }
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? bundle.gzip : bundle.plain;
      res.header('etag', bundle.etag);
      res.header('vary', 'accept-encoding');
      if (gzip) res.header('content-encoding', 'gzip');
      headers(res, 'text/javascript', body.length, 'no-cache');
      res.end(body);
    }),
  );
}
