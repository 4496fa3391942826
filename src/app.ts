import { ConfigurationBotFrameworkAuthentication, ConversationState, UserState, type Storage, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { EdgeAdapter } from './bot/adapter';
import { ChannelBindings } from './bot/channelBinding';
import { TeamsMemberDirectory, type MemberDirectory } from './bot/memberDirectory';
import { MoedeBot } from './bot/moedeBot';
import { Router } from './bot/router';
import { createClock } from './clock';
import { isUnauthenticated, listenHost, type Config } from './config';
import { EventCatalogue } from './event/catalogue';
import type { MeetingEvent } from './event/model';
import { startHousekeeping, type PurgeTask } from './housekeeping';
import { htmlPage } from './http/pages';
import { createServer, type RunningServer } from './http/server';
import { webChatRoutes } from './http/webChat';
import { messages, type Lang } from './i18n';
import { createLogger, type Logger } from './log';
import { OrganiserDirectory } from './organisers/authorization';
import { OrganiserReports } from './organisers/reports';
import { FaqKnowledge } from './questions/faqKnowledge';
import { QuestionService } from './questions/service';
import { calendarFileName, meetingCalendar } from './registrations/calendar';
import { RegistrationService } from './registrations/service';
import { FileStateStorage } from './storage/local/fileStateStorage';
import { LocalBindingStore } from './storage/local/localBindingStore';
import { LocalQuestionStore } from './storage/local/localQuestionStore';
import { LocalRegistrationStore } from './storage/local/localRegistrationStore';
import { storeFaultOf, type BindingStore, type QuestionStore, type RegistrationStore } from './storage/port';
import { languageFromLocale } from './understanding/language';

export interface App {
  catalogue: EventCatalogue;
  service: RegistrationService;
  log: Logger;
  listen(port?: number, host?: string): Promise<RunningServer>;
}

/** Errors that mean the conversation's state itself cannot be used, as opposed to a store being briefly unreachable. */
function breaksState(error: Error): boolean {
  return error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
}

export interface AppOverrides {
  /** Bot state storage; default: files under DATA_DIR. */
  storage?: Storage;
  /** Registration store; default: the embedded local store under DATA_DIR. */
  registrations?: RegistrationStore;
  /** Channel bindings; default: the embedded store under DATA_DIR. */
  bindings?: BindingStore;
  /** Unanswered questions and the organisers' answers; default: the embedded local store under DATA_DIR. */
  questions?: QuestionStore;
  /** Where Teams profiles come from; default: TeamsInfo.getMember. */
  directory?: MemberDirectory;
  log?: Logger;
  /** How Bot Framework tokens are checked; default: the MicrosoftApp* settings against the public Azure cloud. */
  authentication?: BotFrameworkAuthentication;
  /** The stores' own scheduled deletions (see createStores), run with the registrations' purge. */
  purges?: PurgeTask[];
}

/** The events to serve: EVENT_FILE alone, or every file in EVENTS_DIR. A start with no valid event stops. */
export function loadCatalogue(config: Config, log: Logger): EventCatalogue {
  const catalogue = new EventCatalogue(config.EVENT_FILE ? { file: config.EVENT_FILE } : { dir: config.EVENTS_DIR }, log);
  const problems = catalogue.load();
  for (const problem of problems) log.error({ file: problem.file, problems: problem.problems }, 'event file not valid; skipped');
  if (catalogue.all().length === 0) throw problems[0] ?? new Error(`No event files in ${config.EVENT_FILE ?? config.EVENTS_DIR}`);
  return catalogue;
}

/** Everything but the HTTP edge: the bot and what it stands on. Tests drive it with botbuilder's TestAdapter. */
export function buildBot(config: Config, overrides: AppOverrides = {}) {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  const catalogue = loadCatalogue(config, log);
  const clock = createClock(config.BOT_NOW);
  const store = overrides.registrations ?? new LocalRegistrationStore(config.DATA_DIR);
  const questionStore = overrides.questions ?? new LocalQuestionStore(config.DATA_DIR);
  // What the bot knows of each event, with the organisers' answers from the store (see FaqKnowledge: every instance
  // checks the store for changed answers before a turn, at most once a second per event).
  const faqs = new FaqKnowledge(questionStore, { log });
  const knowledge = (event: MeetingEvent) => faqs.knowledge(event);
  const service = new RegistrationService(store, clock, config.RETENTION_DAYS);
  const questions = new QuestionService(questionStore, clock, config.RETENTION_DAYS, {
    registrations: store,
    eventWord: (event) => {
      const known = knowledge(event);
      return (word) => known.words.has(word) || known.placeWords.has(word);
    },
    onFaqChange: (eventId, document) => faqs.changed(eventId, document),
  });
  const reports = new OrganiserReports(store);
  const organisers = (event: MeetingEvent | undefined) => new OrganiserDirectory(config.ORGANISER_IDS, event?.organiserIds ?? []);
  const storage = overrides.storage ?? new FileStateStorage(config.DATA_DIR);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '');
  const calendarUrl = (event: MeetingEvent) => (base ? `${base}/calendar/${calendarFileName(event)}` : undefined);
  const bindings = new ChannelBindings(overrides.bindings ?? new LocalBindingStore(config.DATA_DIR), log);
  const router = new Router({
    catalogue,
    knowledge,
    registrations: service,
    reports,
    organisers,
    clock,
    log,
    retentionDays: config.RETENTION_DAYS,
    calendarUrl,
    bindings,
    questions,
    refreshKnowledge: () => faqs.refresh(catalogue.all()),
  });
  const bot = new MoedeBot({
    router,
    catalogue,
    registrations: service,
    reports,
    organisers,
    questions,
    directory: overrides.directory ?? new TeamsMemberDirectory(log),
    clock,
    conversationState,
    userState,
    stateStorage: storage,
    log,
    options: { botAppId: config.MicrosoftAppId, tenantId: config.MicrosoftAppTenantId || undefined, localOnly: isUnauthenticated(config) },
  });
  return { bot, catalogue, service, store, questions, questionStore, stateStorage: storage, log, clock };
}

/** How often answers owed to those who asked are sent, besides right after an organiser answers. */
const ANSWER_DELIVERY_MS = 60 * 60_000;

/** Wires configuration → events → understanding → dialogs → bot → adapter → HTTP server. */
export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const { bot, catalogue, service, store, questions, log } = buildBot(config, overrides);
  const auth =
    overrides.authentication ??
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType || (config.MicrosoftAppId ? 'MultiTenant' : ''),
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    });
  const adapter = new EdgeAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Log what failed, never what the user wrote; tell the user without internals. Storage trouble (Cosmos DB
    // unreachable or throttled, a crossing message) is expected: a warning, and a message that says so.
    const fault = storeFaultOf(error);
    if (fault) log.warn({ err: error, fault, activityType: context.activity.type }, 'turn failed: storage');
    else log.error({ err: error, activityType: context.activity.type }, 'turn failed');
    // A state this version cannot use (a bug, or state from an older release) would fail every message from now on:
    // start the conversation afresh. Storage trouble keeps the state from before the turn (nothing lost).
    if (!fault && breaksState(error)) {
      try {
        await bot.resetConversation(context);
        log.warn('conversation state reset after an unrecoverable error');
      } catch (resetError) {
        log.error({ err: resetError }, 'could not reset the conversation state');
      }
    }
    const lang: Lang = bot.turnLanguage(context) ?? languageFromLocale(context.activity.locale) ?? 'da';
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
      return {
        status: reachable ? 'ok' : 'degraded',
        events: catalogue.all().map((event) => event.id),
        store: { kind: store.kind, reachable },
      };
    },
    calendar: (eventId) => {
      const event = catalogue.byId(eventId);
      return event ? meetingCalendar(event, event.language) : undefined;
    },
    pages: {
      '/privacy': () => htmlPage((lang) => messages(lang).privacyPage(config.RETENTION_DAYS, config.STATE_RETENTION_DAYS)),
      '/terms': () => htmlPage((lang) => messages(lang).termsPage),
    },
    routes: webChatRoutes(config, log),
    log,
  });

  return {
    catalogue,
    service,
    log,
    listen: async (port = config.PORT, host = listenHost(config)) => {
      // Personal data past its retention goes at start and then daily, for as long as the instance runs.
      const housekeeping = startHousekeeping(
        [
          { name: 'registrations', run: () => service.purgeExpired(catalogue.all()) },
          { name: 'questions', run: () => questions.purgeExpired(catalogue.all()) },
          ...(overrides.purges ?? []),
        ],
        log,
      );
      await housekeeping.runNow();
      catalogue.watch();
      const running = await http.listen(port, host);
      // Answers owed to someone who was told another one within the day go out later (or when they next write).
      const deliveries = setInterval(() => void bot.deliverAnswers(adapter), ANSWER_DELIVERY_MS);
      deliveries.unref();
      return {
        ...running,
        close: async () => {
          clearInterval(deliveries);
          housekeeping.stop();
          await bot.idle();
          catalogue.close();
          await running.close();
        },
      };
    },
  };
}
