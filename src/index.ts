import { createApp } from './app';
import { loadConfig } from './config';

/** Composition root: configuration, app, listening socket, graceful stop. Nothing else. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  let app;
  try {
    app = createApp(config);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const server = await app.listen(config.PORT);
  app.log.info({ url: `${server.url}/api/messages`, event: app.assistant.event.id }, 'Mødebot is listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
