import { createApp } from './app';
import { isUnauthenticated, loadConfig } from './config';
import { createLogger } from './log';
import { createStores } from './storage';
import { webChatMode } from './http/webChat';

/**
 * `--allow-unauthenticated` is how `npm start` chooses local mode explicitly (ALLOW_UNAUTHENTICATED=true does the
 * same); an environment value set by hand still wins.
 */
function environment(): NodeJS.ProcessEnv {
  return process.argv.includes('--allow-unauthenticated') ? { ALLOW_UNAUTHENTICATED: 'true', ...process.env } : process.env;
}

/** Composition root: configuration, app, listening socket, graceful stop. Nothing else. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(environment());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  let app;
  let stores;
  try {
    // Cosmos DB down at start-up: start anyway (health 503, questions still answered) and keep preparing it.
    stores = await createStores(config, { log, whenUnreachable: 'degrade' });
    app = createApp(config, { ...stores, log });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const server = await app.listen(config.PORT);
  const local = isUnauthenticated(config);
  if (local) log.warn('local mode: requests are not authenticated; only this machine is answered (set MicrosoftAppId to deploy)');
  log.info(
    { url: `${server.url}/api/messages`, events: app.catalogue.all().length, store: stores.registrations.kind, authenticated: !local },
    'Mødebot is listening',
  );
  if (webChatMode(config) !== 'off') log.info({ url: `${server.url}/` }, 'Web Chat page');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await server.close();
    await stores.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
