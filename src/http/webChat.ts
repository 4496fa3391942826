import type { Server } from 'restify';
import { isUnauthenticated, type Config } from '../config';
import type { Logger } from '../log';
import { registerLocalDirectLine } from './directLine/localDirectLine';
import { registerTokenExchange } from './directLine/tokenExchange';
import { registerWebChatPage } from './webChatPage';

/**
 * Which Web Chat this bot serves:
 * - 'local': local mode (no MicrosoftAppId), unless WEBCHAT_ENABLED=false. The page at / talks to the bot's own
 *   Direct Line (src/http/directLine/localDirectLine.ts); nothing in Azure is needed.
 * - 'azure': authenticated, and only with WEBCHAT_ENABLED=true (config demands DIRECT_LINE_SECRET and trusted origins).
 *   The page talks to the Azure Bot's Direct Line channel with a token from POST /api/directline/token.
 * - 'off': no page, no token endpoint, no local Direct Line (404).
 */
export type WebChatMode = 'local' | 'azure' | 'off';

export function webChatMode(config: Config): WebChatMode {
  if (isUnauthenticated(config)) return config.WEBCHAT_ENABLED === false ? 'off' : 'local';
  return config.WEBCHAT_ENABLED === true && config.DIRECT_LINE_SECRET ? 'azure' : 'off';
}

/** The trusted origins of Direct Line tokens: DIRECT_LINE_TRUSTED_ORIGINS, else PUBLIC_BASE_URL's origin. */
export function trustedOrigins(config: Config): string[] {
  if (config.DIRECT_LINE_TRUSTED_ORIGINS.length > 0) return config.DIRECT_LINE_TRUSTED_ORIGINS;
  return config.PUBLIC_BASE_URL ? [new URL(config.PUBLIC_BASE_URL).origin] : [];
}

/** The routes of the Web Chat page and its Direct Line, for ServerDeps.routes. */
export function webChatRoutes(config: Config, log: Logger): ((server: Server) => void) | undefined {
  const mode = webChatMode(config);
  if (mode === 'off') return undefined;
  return (server) => {
    if (mode === 'local') {
      registerLocalDirectLine(server, { log });
      registerWebChatPage(server, { directLine: 'local', localOnly: true });
    } else {
      registerTokenExchange(server, {
        secret: config.DIRECT_LINE_SECRET!,
        endpoint: config.DIRECT_LINE_ENDPOINT,
        trustedOrigins: trustedOrigins(config),
        log,
      });
      registerWebChatPage(server, { directLine: 'azure', domain: config.DIRECT_LINE_ENDPOINT, localOnly: false });
    }
  };
}
