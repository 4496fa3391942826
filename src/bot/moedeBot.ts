import {
  ActivityTypes,
  TeamsActivityHandler,
  type BotAdapter,
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationState,
  type FileConsentCardResponse,
  type StatePropertyAccessor,
  type Storage,
  type UserState,
} from 'botbuilder';
import type { MemberProfile } from '../../dialogs/dialog';
import type { EventCatalogue } from '../event/catalogue';
import { formatWhen, titleOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import { auditIdOf, type Identity } from '../identity';
import type { Logger } from '../log';
import type { OrganiserDirectory } from '../organisers/authorization';
import type { OrganiserReports } from '../organisers/reports';
import { CSV_EXPORT_CONTEXT } from '../organisers/requests';
import type { QuestionService } from '../questions/service';
import type { RegistrationService } from '../registrations/service';
import { chatSignUpOpen } from '../event/window';
import { reply, type Reply } from '../replies';
import { storeFaultOf } from '../storage/port';
import { languageFromLocale } from '../understanding/language';
import { sanitizeUserText, stripTags } from '../understanding/normalize';
import type { Clock } from '../clock';
import { parseSubmit } from './cards';
import { placesOf } from './channelBinding';
import { LoopCloser, addressOf } from './closeTheLoop';
import { eventHintOf, WEB_CHAT_JOIN } from './deepLinks';
import { identityOf } from './identityOf';
import type { MemberDirectory } from './memberDirectory';
import { renderReply } from './render';
import type { Memory, Router, TurnInput } from './router';
import { StateOwnership } from './stateOwnership';
import { welcomeReplies } from './welcome';

/** Longest message the bot reads; anything beyond is ignored rather than processed. */
export const MAX_TEXT_LENGTH = 2000;
/** How much of the raw text (HTML and mentions included) is looked at to find those 2,000 characters. */
const MAX_RAW_TEXT_LENGTH = 4 * MAX_TEXT_LENGTH;
/** Where a turn keeps the language its message was read in. */
const TURN_LANG = Symbol('turnLanguage');

export interface BotDeps {
  router: Router;
  catalogue: EventCatalogue;
  registrations: RegistrationService;
  reports: OrganiserReports;
  organisers(event: MeetingEvent | undefined): OrganiserDirectory;
  /** Unanswered questions, the organisers' answers, and who is owed one. */
  questions: QuestionService;
  directory: MemberDirectory;
  clock: Clock;
  conversationState: ConversationState;
  userState: UserState;
  stateStorage: Storage;
  log: Logger;
  options: BotOptions;
}

export interface BotOptions {
  botAppId: string;
  /** Entra tenant whose object ids are trusted (MicrosoftAppTenantId); any tenant when unset. */
  tenantId?: string;
  /** Unauthenticated local mode: file uploads only to this machine. */
  localOnly?: boolean;
}

/**
 * The Bot Framework edge: welcome, mention stripping, who wrote and where, the conversation's memory, rendering.
 * Where a message goes is the router's decision alone.
 */
export class MoedeBot extends TeamsActivityHandler {
  private readonly memory: StatePropertyAccessor<Memory>;
  private readonly ownership: StateOwnership;
  private readonly loop: LoopCloser;
  /** Answers being sent to those who asked, after an organiser's turn (awaited by idle()). */
  private readonly deliveries = new Set<Promise<unknown>>();

  constructor(private readonly deps: BotDeps) {
    super();
    this.memory = deps.conversationState.createProperty<Memory>('memory');
    this.ownership = new StateOwnership(deps.stateStorage, deps.conversationState, deps.userState);
    this.loop = new LoopCloser({
      questions: deps.questions,
      catalogue: deps.catalogue,
      botAppId: deps.options.botAppId,
      log: deps.log,
      render: (answer, audience) => this.render(answer, audience),
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // Teams has no 👎 reaction of its own: a sad or angry one (or a thumbs down where offered) under an answer.
    this.onReactionsAdded(async (context, next) => {
      if ((context.activity.reactionsAdded ?? []).some((reaction) => /sad|angry|thumbs ?down|1f44e|👎|dislike/i.test(reaction.type ?? '')))
        await this.handleWrongAnswer(context);
      await next();
    });
    // Teams announces an install with installationUpdate (personal, team or group chat): greet once, there.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.sendWelcome(context);
      await next();
    });
    // Elsewhere (Emulator, Web Chat) a user joining is the moment to greet. In Teams, people joining a team are not
    // greeted one by one in the channel.
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length > 0 && context.activity.channelId !== 'msteams') await this.welcomeOnce(context, eventHintOf(context.activity));
      await next();
    });
    // A Web Chat page opened by a `?event=<id>` link sends `webchat/join` naming the event (see deepLinks.ts).
    this.onEvent(async (context, next) => {
      const hint = context.activity.name === WEB_CHAT_JOIN ? eventHintOf(context.activity) : undefined;
      if (hint && this.deps.catalogue.byId(hint)) await this.welcomeOnce(context, hint);
      await next();
    });
  }

  /**
   * One turn, all or nothing: the replies are held until the conversation's state is saved. If the turn fails — a
   * store unreachable, the state changed by a crossing message, a bug — the held replies are dropped and the state
   * stays as it was before the message; the error handler then says what happened.
   */
  async run(context: TurnContext): Promise<void> {
    const replies = holdReplies(context);
    try {
      await super.run(context);
      await this.deps.conversationState.saveChanges(context, false);
      await this.deps.userState.saveChanges(context, false);
    } catch (error) {
      replies.drop();
      throw error;
    }
    await replies.release();
  }

  /** The language of the turn's message, once the router has read it (undefined before). */
  turnLanguage(context: TurnContext): Lang | undefined {
    return context.turnState.get<Lang | undefined>(TURN_LANG);
  }

  /** What the user reads when a turn failed: storage trouble says so, anything else is a plain apology. Never internals. */
  failureReply(error: unknown, lang: Lang): Partial<Activity> {
    const m = messages(lang);
    const fault = storeFaultOf(error);
    return this.render(reply(fault === 'unavailable' ? m.storeUnavailable : fault === 'conflict' ? m.stateConflict : m.turnError, lang), {
      channelId: 'any',
      group: false,
    });
  }

  /** Forgets this conversation's memory (after an error the dialog could not recover from). */
  async resetConversation(context: TurnContext): Promise<void> {
    await this.deps.conversationState.delete(context);
  }

  private identity(context: TurnContext): Identity {
    return identityOf(context.activity, this.deps.options.tenantId);
  }

  private render(answer: Reply, audience: { channelId: string; group: boolean }): Partial<Activity> {
    const now = this.deps.clock();
    return renderReply(answer, audience, { byId: (id) => this.deps.catalogue.byId(id), signUpOpen: (event) => chatSignUpOpen(event, now) });
  }

  private async send(context: TurnContext, replies: Reply[]): Promise<void> {
    const audience = { channelId: context.activity.channelId, group: isTeamsGroup(context) };
    if (replies.length > 0) await context.sendActivities(replies.map((answer) => this.render(answer, audience)));
  }

  private async sendWelcome(context: TurnContext, event?: MeetingEvent): Promise<void> {
    const lang = languageFromLocale(context.activity.locale) ?? 'da';
    await this.send(
      context,
      welcomeReplies(this.deps.catalogue, this.deps.clock(), lang, event, isTeamsGroup(context) ? 'group' : 'personal'),
    );
  }

  /**
   * Web Chat's two greetings — the member-added update and the page's join event, in either order — welcome once. A
   * join naming an event (a `?event=<id>` link) opens the conversation on it: welcomed to that meeting, or, when the
   * other greeting came first, told which meeting it is now.
   */
  private async welcomeOnce(context: TurnContext, hint?: string): Promise<void> {
    const event = this.deps.catalogue.byId(hint);
    let memory: Memory;
    try {
      memory = (await this.memory.get(context)) ?? {};
    } catch (error) {
      if (storeFaultOf(error) !== 'unavailable') throw error;
      // Without state: greet (perhaps twice) rather than not at all.
      await this.sendWelcome(context, event);
      return;
    }
    if (!memory.welcomed) await this.sendWelcome(context, event);
    else if (event && event.id !== memory.eventId) {
      const lang = memory.lang ?? languageFromLocale(context.activity.locale) ?? 'da';
      await this.send(context, [reply(messages(lang).events.chosen(titleOf(event, lang), formatWhen(event, lang)), lang)]);
    }
    await this.memory.set(context, { ...memory, welcomed: true, ...(event ? { eventId: event.id, linkedEventId: event.id } : {}) });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = cleanText(context);
    const hint = languageFromLocale(context.activity.locale);
    const rawValue = (context.activity as { value?: unknown }).value;
    const submit = rawValue === undefined ? undefined : parseSubmit(rawValue);
    if (rawValue !== undefined && !submit && !text) {
      this.deps.log.info({ channel: context.activity.channelId }, 'ignored a card submit of unknown shape');
      const lang = hint ?? 'da';
      await this.send(context, [reply(messages(lang).staleCard, lang)]);
      return;
    }
    const group = isTeamsGroup(context);
    // In channels and group chats the bot speaks only when spoken to — or when its own card's button is used there.
    if (group && !mentionsBot(context) && !submit) return;
    const input: TurnInput = {
      text,
      submit,
      identity: this.identity(context),
      hint,
      channelId: context.activity.channelId,
      scope: group ? 'group' : 'personal',
      eventHint: eventHintOf(context.activity),
      places: placesOf(context.activity),
      filesAllowed: context.activity.channelId !== 'msteams',
      profile: () => this.profile(context),
      address: group ? undefined : addressOf(context.activity),
    };
    let memory: Memory;
    try {
      memory = (await this.memory.get(context)) ?? {};
    } catch (error) {
      if (storeFaultOf(error) !== 'unavailable') throw error;
      await this.replyWithoutState(context, input, error);
      return;
    }
    if (await this.ownership.belongsToSomeoneElse(context, input.identity)) delete memory.dialog;
    await this.tellAboutPromotions(context, input.identity, memory.lang ?? hint ?? 'da');
    if (!group && (memory.awaitingAnswerUntil ?? '') > this.deps.clock().toUTC().toISO()!)
      await this.send(context, await this.loop.owedReplies(input.identity, memory.lang ?? hint ?? 'da'));
    const result = await this.deps.router.route(input, memory);
    // Should the turn fail after this (saving the state), the apology is in the language of the message.
    if (result.memory.lang) context.turnState.set(TURN_LANG, result.memory.lang);
    await this.send(context, result.replies);
    if (result.answered) this.deliverAnswersSoon(context.adapter);
    if (result.divert) {
      await this.divertToPrivateChat(context, input, result.memory);
      return;
    }
    if (result.erase) {
      await this.ownership.erase(context, input.identity);
      return;
    }
    await this.memory.set(context, result.memory);
    await this.ownership.record(context, input.identity, result.memory.dialog !== undefined);
  }

  /**
   * Tells everyone owed an answer (see LoopCloser), in the background: the organiser's reply does not wait for it.
   * A failure is logged; the notices stay owed.
   */
  private deliverAnswersSoon(adapter: BotAdapter): void {
    const delivery = this.deliverAnswers(adapter).finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Sends the answers owed to those who asked, each in their personal chat. Returns how many messages went. */
  async deliverAnswers(adapter: BotAdapter): Promise<number> {
    try {
      return await this.loop.deliver(adapter);
    } catch (error) {
      this.deps.log.warn({ err: error }, 'could not send answers to those who asked');
      return 0;
    }
  }

  /** Resolves when the answers being sent in the background have gone (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
  }

  /** A "wrong answer" reaction under the last answer: the question goes to the organisers (thanks only in a personal chat). */
  private async handleWrongAnswer(context: TurnContext): Promise<void> {
    const memory = (await this.memory.get(context)) ?? {};
    if (!memory.answered) return;
    const group = isTeamsGroup(context);
    const input: TurnInput = {
      text: '',
      identity: this.identity(context),
      hint: languageFromLocale(context.activity.locale),
      channelId: context.activity.channelId,
      scope: group ? 'group' : 'personal',
      filesAllowed: false,
      profile: () => Promise.resolve(undefined),
      address: group ? undefined : addressOf(context.activity),
    };
    const result = await this.deps.router.feedback(input, memory, false);
    await this.memory.set(context, result.memory);
    if (!group) await this.send(context, result.replies);
  }

  /** The person's Teams name and e-mail, offered at sign-up instead of typing (only in Teams). */
  private profile(context: TurnContext): Promise<MemberProfile | undefined> {
    return this.deps.directory.lookup(context);
  }

  /** Someone who moved up from a waiting list hears about it the next time they write. */
  private async tellAboutPromotions(context: TurnContext, identity: Identity, lang: Lang): Promise<void> {
    try {
      const promoted = await this.deps.registrations.takePromotionNotices(this.deps.catalogue.all(), identity);
      await this.send(
        context,
        promoted.map(({ event }) => reply(messages(lang).registration.promoted(titleOf(event, lang), formatWhen(event, lang)), lang)),
      );
    } catch (error) {
      this.deps.log.warn({ err: error }, 'could not check for waiting-list promotions');
    }
  }

  /**
   * Sign-up, one's registrations and organiser lists involve personal data: in a channel or group chat the bot has
   * said it will answer privately; it opens a 1:1 chat and runs the request there.
   */
  private async divertToPrivateChat(context: TurnContext, input: TurnInput, memory: Memory): Promise<void> {
    const { activity } = context;
    const tenantId = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    const parameters = {
      isGroup: false,
      bot: activity.recipient,
      members: [activity.from],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    try {
      await (context.adapter as CloudAdapter).createConversationAsync(
        this.deps.options.botAppId,
        activity.channelId,
        activity.serviceUrl,
        'https://api.botframework.com',
        parameters,
        async (privateContext) => {
          // The new 1:1 turn knows the conversation but not the person: it is the one who asked.
          privateContext.activity.from = activity.from;
          privateContext.activity.locale = activity.locale;
          const privateMemory = (await this.memory.get(privateContext)) ?? {};
          // It goes on in the language and about the meeting of the group's conversation (a card's button carries no words).
          const result = await this.deps.router.route(
            { ...input, scope: 'personal' },
            { ...privateMemory, eventId: privateMemory.eventId ?? memory.eventId, lang: memory.lang ?? privateMemory.lang },
          );
          await this.send(privateContext, result.replies);
          await this.memory.set(privateContext, result.memory);
          await this.ownership.record(privateContext, input.identity, result.memory.dialog !== undefined);
          await this.deps.conversationState.saveChanges(privateContext, false);
          await this.deps.userState.saveChanges(privateContext, false);
        },
      );
    } catch (error) {
      this.deps.log.warn({ err: error }, 'could not open a 1:1 chat');
      const lang = memory.lang ?? input.hint ?? 'da';
      await this.send(context, [reply(messages(lang).privateFailed, lang)]);
    }
  }

  /**
   * The conversation's state cannot be read (Cosmos DB unreachable or overloaded): nothing is changed. A question
   * about a meeting is still answered from the invitation; anything that needs storage gets "try again in a moment" —
   * so does a message the invitation does not answer, which may be the answer a sign-up was waiting for.
   */
  private async replyWithoutState(context: TurnContext, input: TurnInput, error: unknown): Promise<void> {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    this.deps.log.warn(
      { err: error, storeCode: typeof code === 'string' || typeof code === 'number' ? code : undefined },
      'bot state unavailable; replied without it',
    );
    const result = await this.deps.router.route({ ...input, submit: undefined, withoutState: true }, {}).catch(() => undefined);
    const lang = result?.memory.lang ?? input.hint ?? 'da';
    const answered = result && !result.memory.dialog && !result.divert && !result.erase && !result.dontKnow ? result.replies : [];
    await this.send(context, [...answered, ...(answered.length > 0 ? [] : [reply(messages(lang).storeUnavailable, lang)])]);
  }

  /**
   * Teams: the organiser allowed the CSV export into their OneDrive. Authorisation is checked again (the card could
   * be forwarded), the CSV is made fresh (any instance may get this), uploaded, and shown as a file card.
   */
  protected override async handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const consent = response.context as { kind?: string; lang?: string; eventId?: string } | undefined;
    const lang: Lang = consent?.lang === 'en' ? 'en' : 'da';
    const m = messages(lang).organiser;
    const event = this.deps.catalogue.byId(consent?.eventId);
    const identity = this.identity(context);
    // Only Teams has file consent; an invoke claiming it elsewhere is not one.
    if (
      context.activity.channelId !== 'msteams' ||
      consent?.kind !== CSV_EXPORT_CONTEXT ||
      !event ||
      !this.deps.organisers(event).isOrganiser(identity)
    ) {
      await this.send(context, [reply(m.notOrganiser, lang)]);
      return;
    }
    const upload = response.uploadInfo;
    const url = safeUploadUrl(upload?.uploadUrl, this.deps.options.localOnly ?? false);
    if (!upload || !url) {
      await this.send(context, [reply(m.exportFailed, lang)]);
      return;
    }
    const { content, rows } = await this.deps.reports.csv(event, lang);
    const bytes = Buffer.from(content, 'utf8');
    const result = await fetch(url, {
      method: 'PUT',
      headers: { 'content-length': String(bytes.length), 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: bytes,
      signal: AbortSignal.timeout(30_000),
    }).catch(() => undefined);
    if (!result?.ok) {
      this.deps.log.warn({ status: result?.status }, 'file consent upload failed');
      await this.send(context, [reply(m.exportFailed, lang)]);
      return;
    }
    this.deps.log.info(
      { audit: { action: 'orgExportUpload', actor: auditIdOf(identity), eventId: event.id, rows, allowed: true } },
      'organiser data accessed',
    );
    await this.send(context, [
      reply(m.exportUploaded(upload.name ?? ''), lang),
      reply('', lang, {
        card: {
          kind: 'fileInfo',
          name: upload.name ?? '',
          contentUrl: upload.contentUrl ?? '',
          uniqueId: upload.uniqueId ?? '',
          fileType: upload.fileType ?? 'csv',
        },
      }),
    ]);
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const lang: Lang = (response.context as { lang?: string } | undefined)?.lang === 'en' ? 'en' : 'da';
    await this.send(context, [reply(messages(lang).organiser.exportDeclined, lang)]);
  }
}

/**
 * Holds a turn's message replies until release() (typing, invoke responses and the like pass straight through);
 * drop() forgets them, and anything sent afterwards — the error handler's message — goes out directly.
 */
function holdReplies(context: TurnContext) {
  let held: Partial<Activity>[] | undefined = [];
  context.onSendActivities(async (_context, activities, next) => {
    if (!held || activities.some((activity) => activity.type !== ActivityTypes.Message)) return next();
    held.push(...activities);
    return activities.map(() => ({ id: '' }));
  });
  return {
    drop: () => {
      held = undefined;
    },
    release: async () => {
      const replies = held ?? [];
      held = undefined;
      if (replies.length > 0) await context.sendActivities(replies);
    },
  };
}

/** A Teams channel or group chat, where others read along. */
export function isTeamsGroup(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return context.activity.channelId === 'msteams' && (type === 'channel' || type === 'groupChat');
}

function mentionsBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.entities ?? []).some(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/** Where Teams' file consent lets a bot upload: the user's OneDrive for Business (SharePoint) or OneDrive. */
const UPLOAD_HOSTS = [
  /\.sharepoint\.com$/i,
  /\.sharepoint\.us$/i,
  /\.sharepoint\.de$/i,
  /\.sharepoint\.cn$/i,
  /(^|\.)onedrive\.com$/i,
  /(^|\.)1drv\.com$/i,
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An upload URL from a file-consent answer, if it points where Teams uploads go: https to SharePoint or OneDrive.
 * In unauthenticated local mode (tests, the Emulator), only a server on this machine.
 */
export function safeUploadUrl(value: string | undefined, localOnly: boolean): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (localOnly) return LOCAL_HOSTS.has(url.hostname) ? url.toString() : undefined;
  return url.protocol === 'https:' && UPLOAD_HOSTS.some((host) => host.test(url.hostname)) ? url.toString() : undefined;
}

/**
 * The text a user meant: cut to a bound before anything else looks at it, the bot's own @mention removed, other
 * mentions and HTML tags (Teams sends formatted messages as HTML) dropped, control and format characters gone,
 * length bounded. Markdown characters stay: "anna_jensen@…" is an address.
 */
export function cleanText(context: TurnContext): string {
  if (context.activity.type !== (ActivityTypes.Message as string)) return '';
  let text = typeof context.activity.text === 'string' ? context.activity.text.slice(0, MAX_RAW_TEXT_LENGTH) : '';
  // botbuilder's mention removal assumes text is present: an attachment-only message may still mention the bot.
  if (context.activity.recipient?.id && text) {
    context.activity.text = text;
    text = TurnContext.removeRecipientMention(context.activity) ?? text;
  }
  return sanitizeUserText(stripTags(text), MAX_TEXT_LENGTH).replace(/\s+/g, ' ').trim();
}
