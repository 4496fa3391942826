import {
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import type * as MainDialogModule from '../dialogs/mainDialog';
import { answerWithoutDialog } from '../dialogs/quickAnswer';
import { TURN_INPUT, TURN_LANG, type TurnRunner } from '../dialogs/turnInput';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { BotAdapter } from './bot/adapter';
import { TeamsMemberDirectory, type MemberDirectory } from './bot/memberDirectory';
import { calendarFileName, meetingCalendar } from './registrations/calendar';
import { RegistrationService } from './registrations/service';
import { OrganiserDirectory } from './organisers/authorization';
import { OrganiserReports } from './organisers/reports';
import { FileStateStorage } from './storage/local/fileStateStorage';
import { LocalRegistrationStore } from './storage/local/localRegistrationStore';
import { storeFaultOf, type RegistrationStore } from './storage/port';
import { MeetingAssistant } from './answers/assistant';
import { MoedeBot } from './bot/moedeBot';
import { createClock } from './clock';
import { isUnauthenticated, listenHost, type Config } from './config';
import { startHousekeeping, type PurgeTask } from './housekeeping';
import { loadEventFile } from './event/load';
import { messages, type Lang } from './i18n';
import { createLogger, type Logger } from './log';
import { createServer, type RunningServer } from './server';
import { htmlPage } from './pages';
import { webChatRoutes } from './http/webChat';
import { languageFromLocale } from './understanding/language';
import { CueRecognizer } from './understanding/recognizer';

export interface App {
  assistant: MeetingAssistant;
  service: RegistrationService;
  log: Logger;
  listen(port?: number, host?: string): Promise<RunningServer>;
}

/** Errors that mean the dialog state itself cannot be run, as opposed to a store being briefly unreachable. */
function breaksDialogState(error: Error): boolean {
  return error.name === 'DialogContextError' || error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
}

export interface AppOverrides {
  /** Bot state storage; default: files under DATA_DIR. */
  storage?: Storage;
  /** Registration store; default: the embedded local store under DATA_DIR. */
  registrations?: RegistrationStore;
  /** Where Teams profiles come from; default: TeamsInfo.getMember. */
  directory?: MemberDirectory;
  log?: Logger;
  /** How Bot Framework tokens are checked; default: the MicrosoftApp* settings against the public Azure cloud. */
  authentication?: BotFrameworkAuthentication;
  /** The stores' own scheduled deletions (see createStores), run with the registrations' purge. */
  purges?: PurgeTask[];
}

/**
 * The main dialog, loaded on the first message that needs it: botbuilder-dialogs (with the text recognisers of its
 * built-in prompts) is a third of a second of start-up, and a plain question is answered without it.
 */
function lazyMainDialog(make: (module: typeof MainDialogModule) => MainDialogModule.MainDialog, assistant: MeetingAssistant): TurnRunner {
  let dialog: Promise<MainDialogModule.MainDialog> | undefined;
  return {
    async run(context, accessor, input) {
      context.turnState.set(TURN_INPUT, input);
      const answered = await answerWithoutDialog(context, accessor, input, assistant);
      if (answered) return answered;
      dialog ??= import('../dialogs/mainDialog').then(make);
      return (await dialog).run(context, accessor, input);
    },
  };
}

/** Everything but the HTTP edge: the bot and what it stands on. Tests drive it with botbuilder's TestAdapter. */
export function buildBot(config: Config, overrides: AppOverrides = {}) {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  const event = loadEventFile(config.EVENT_FILE);
  const clock = createClock(config.BOT_NOW);
  const assistant = new MeetingAssistant(event, new CueRecognizer(event), clock);
  const store = overrides.registrations ?? new LocalRegistrationStore(config.DATA_DIR);
  const service = new RegistrationService(store, event, clock, config.RETENTION_DAYS);

  const storage = overrides.storage ?? new FileStateStorage(config.DATA_DIR);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const calendarPath = `/calendar/${calendarFileName(event)}`;
  const organiser = {
    event,
    reports: new OrganiserReports(store, event),
    organisers: new OrganiserDirectory(config.ORGANISER_IDS, event.organiserIds),
    log,
  };
  const deps = {
    organiser,
    assistant,
    service,
    directory: overrides.directory ?? new TeamsMemberDirectory(log),
    log,
    retentionDays: config.RETENTION_DAYS,
    calendarUrl: config.PUBLIC_BASE_URL ? `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}${calendarPath}` : undefined,
  };
  // The bot is made after the dialogs, which need its state deletion for "slet mine data".
  let bot: MoedeBot | undefined;
  const mainDialog = lazyMainDialog(({ MainDialog }) => new MainDialog(deps, (context) => bot!.forgetConversation(context)), assistant);
  bot = new MoedeBot(assistant, service, mainDialog, conversationState, userState, storage, log, organiser, {
    botAppId: config.MicrosoftAppId,
    tenantId: config.MicrosoftAppTenantId || undefined,
    localOnly: isUnauthenticated(config),
  });
  return { bot, assistant, service, store, stateStorage: storage, event, calendarPath, log };
}

/** Wires configuration → event → understanding → dialogs → bot → adapter → HTTP server. */
export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const { bot, assistant, service, store, event, calendarPath, log } = buildBot(config, overrides);

  const auth =
    overrides.authentication ??
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType || (config.MicrosoftAppId ? 'MultiTenant' : ''),
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Log what failed, never what the user wrote; tell the user without internals. Storage trouble (Cosmos DB
    // unreachable or throttled, a crossing message) is expected: a warning, and a message that says so.
    const fault = storeFaultOf(error);
    if (fault) log.warn({ err: error, fault, activityType: context.activity.type }, 'turn failed: storage');
    else log.error({ err: error, activityType: context.activity.type }, 'turn failed');
    // A dialog stack this version cannot run (a bug, or state from an older release) would fail every
    // message from now on: start the conversation afresh. Storage trouble keeps the state from before the turn
    // (nothing lost) — even when botbuilder wrapped it in a DialogContextError.
    if (!fault && breaksDialogState(error)) {
      try {
        await bot.resetConversation(context);
        log.warn('conversation state reset after an unrecoverable dialog error');
      } catch (resetError) {
        log.error({ err: resetError }, 'could not reset the conversation state');
      }
    }
    const lang: Lang = (context.turnState.get(TURN_LANG) as Lang | undefined) ?? languageFromLocale(context.activity.locale) ?? 'da';
    try {
      await context.sendActivity(bot.failureReply(error, lang));
    } catch (sendError) {
      log.error({ err: sendError }, 'could not send the apology');
    }
  };

  const http = createServer({
    adapter,
    auth,
    authRequired: !isUnauthenticated(config),
    handleTurn: (context) => bot.run(context),
    health: async () => {
      const reachable = await store.ping();
      return { status: reachable ? 'ok' : 'degraded', event: event.id, store: { kind: store.kind, reachable } };
    },
    calendar: { path: calendarPath, content: () => meetingCalendar(event, event.sourceLanguage) },
    pages: {
      '/privacy': () => htmlPage((lang) => messages(lang).privacyPage(config.RETENTION_DAYS, config.STATE_RETENTION_DAYS, event.organisers.map((o) => o[lang]))),
      '/terms': () => htmlPage((lang) => messages(lang).termsPage),
    },
    routes: webChatRoutes(config, log),
    log,
  });

  return {
    assistant,
    service,
    log,
    listen: async (port = config.PORT, host = listenHost(config)) => {
      // Personal data past its retention goes at start and then daily, for as long as the instance runs.
      const housekeeping = startHousekeeping(
        [{ name: 'registrations', run: () => service.purgeExpired() }, ...(overrides.purges ?? [])],
        log,
      );
      await housekeeping.runNow();
      const running = await http.listen(port, host);
      return {
        ...running,
        close: async () => {
          housekeeping.stop();
          await running.close();
        },
      };
    },
  };
}
