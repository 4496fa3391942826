import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../log';
import { isObject, readJson, sendError } from '../body';

/** Where the page gets its Direct Line token in authenticated mode. */
export const TOKEN_PATH = '/api/directline/token';
/** How long the exchange waits for Direct Line. */
const EXCHANGE_TIMEOUT_MS = 10_000;

export interface TokenExchangeOptions {
  /** The Direct Line channel's secret: sent to Direct Line only, from this server. */
  secret: string;
  /** Direct Line 3.0 base URL, e.g. https://directline.botframework.com/v3/directline */
  endpoint: string;
  /** Origins the token may be used from (enhanced authentication). */
  trustedOrigins: string[];
  log: Logger;
}

/**
 * POST /api/directline/token — the page's way into Azure's Direct Line channel without ever seeing the secret. The
 * server exchanges the secret for a token of one new conversation (POST <endpoint>/tokens/generate) with enhanced
 * authentication: the user id is chosen here (`dl_<random>`, which Direct Line vouches for and Web Chat reads from
 * the token, so a page cannot claim someone else's id) and the token works only from the trusted origins. The page
 * gets the token and the conversation id, nothing else. JSON only, so another site's page cannot ask (a cross-site
 * JSON POST needs a CORS preflight, which this server never grants).
 */
export function registerTokenExchange(server: Server, options: TokenExchangeOptions): void {
  const { log } = options;
  server.post(TOKEN_PATH, async (req: Request, res: Response) => {
    res.header('cache-control', 'no-store');
    const body = await readJson(req, res, { limit: 1024 });
    if (!body.ok) return;
    const userId = `dl_${randomBytes(16).toString('hex')}`;
    let answer: unknown;
    try {
      const response = await fetch(`${options.endpoint}/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId }, trustedOrigins: options.trustedOrigins }),
        signal: AbortSignal.timeout(EXCHANGE_TIMEOUT_MS),
        redirect: 'error',
      });
      if (!response.ok) {
        await response.arrayBuffer();
        log.warn({ status: response.status }, 'Direct Line refused to generate a token');
        return sendError(res, 502, 'BadGateway', 'Direct Line did not give a token.');
      }
      answer = await response.json();
    } catch (error) {
      log.warn({ err: error }, 'Direct Line could not be reached for a token');
      return sendError(res, 502, 'BadGateway', 'Direct Line could not be reached.');
    }
    if (!isObject(answer) || typeof answer.token !== 'string' || typeof answer.conversationId !== 'string') {
      log.warn('Direct Line answered a token request without token or conversationId');
      return sendError(res, 502, 'BadGateway', 'Direct Line did not give a token.');
    }
    res.status(200);
    res.json({ token: answer.token, conversationId: answer.conversationId });
  });
}
