import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';

/**
 * The yardstick of the HTTP benchmarks: botbuilder's plain echo bot (as in BotBuilder-Samples) on the same
 * stack as Mødebot (restify with the same bodyParser options, CloudAdapter without authentication), and no state.
 * Whatever Mødebot costs beyond this is its own. Self-contained on purpose: it must not load the bot's modules.
 * Run alone: `PORT=3979 node --import tsx bench/echoBot.ts` (or `tsx bench/echoBot.ts`).
 */
export function createEchoServer() {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    await next();
  });

  const server = restify.createServer({ name: 'echobot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return {
    listen(port: number, host = '0.0.0.0'): Promise<{ url: string; close(): Promise<void> }> {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          resolve({
            url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
            close: () => new Promise<void>((done) => server.close(() => done())),
          });
        });
      });
    },
  };
}

if (require.main === module) {
  // Started like `npm start` starts the bot: port from the environment, all interfaces, stop on SIGTERM.
  void createEchoServer()
    .listen(Number(process.env.PORT ?? 3978))
    .then((running) => {
      process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
    });
}
