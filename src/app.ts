import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  UserState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { MainDialog, TURN_LANG } from '../dialogs/mainDialog';
import { MeetingAssistant } from './answers/assistant';
import { textReply } from './bot/replies';
import { MoedeBot } from './bot/moedeBot';
import { createClock } from './clock';
import type { Config } from './config';
import { loadEventFile } from './event/load';
import { messages, type Lang } from './i18n';
import { createLogger, type Logger } from './log';
import { createServer, type RunningServer } from './server';
import { languageFromLocale } from './understanding/language';
import { CueRecognizer } from './understanding/recognizer';

export interface App {
  assistant: MeetingAssistant;
  log: Logger;
  listen(port?: number, host?: string): Promise<RunningServer>;
}

/** Wires configuration → event → understanding → dialogs → bot → adapter → HTTP server. */
export function createApp(config: Config, overrides: { storage?: Storage; log?: Logger } = {}): App {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  const event = loadEventFile(config.EVENT_FILE);
  const assistant = new MeetingAssistant(event, new CueRecognizer(event), createClock(config.BOT_NOW));

  const storage = overrides.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bot = new MoedeBot(assistant, new MainDialog(assistant), conversationState, userState, log);

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType || (config.MicrosoftAppId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Log what failed, never what the user wrote; apologise without internals.
    log.error({ err: { name: error.name, message: error.message }, activityType: context.activity.type }, 'turn failed');
    const lang: Lang = (context.turnState.get(TURN_LANG) as Lang | undefined) ?? languageFromLocale(context.activity.locale) ?? 'da';
    try {
      await context.sendActivity(textReply(messages(lang).turnError, lang));
    } catch (sendError) {
      log.error({ err: { name: (sendError as Error).name } }, 'could not send the apology');
    }
  };

  const http = createServer({
    adapter,
    handleTurn: (context) => bot.run(context),
    health: () => ({ status: 'ok', event: event.id }),
    log,
  });

  return { assistant, log, listen: (port = config.PORT, host) => http.listen(port, host) };
}
