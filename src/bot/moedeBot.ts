import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type FileConsentCardResponse,
  type ConversationState,
  type StatePropertyAccessor,
  type Storage,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { storelessPart } from '../../dialogs/quickAnswer';
import { TURN_LANG, type TurnInput, type TurnRunner } from '../../dialogs/turnInput';
import type { Identity } from '../identity';
import { auditActor, CSV_EXPORT_CONTEXT, type OrganiserDeps } from '../../dialogs/organiserCommands';
import { fileInfoCard } from '../cards/organiserCards';
import { contactFacts } from '../answers/compose';
import type { MeetingAssistant } from '../answers/assistant';
import { parseCardSubmit } from '../cards/cardSubmit';
import { formatWhen } from '../event/format';
import { messages, type Lang } from '../i18n';
import type { RegistrationService } from '../registrations/service';
import type { Logger } from '../log';
import { storeFaultOf } from '../storage/port';
import { languageFromLocale } from '../understanding/language';
import { sanitizeUserText, stripTags } from '../understanding/normalize';
import { identityOf } from './identityOf';
import { StateOwnership } from './stateOwnership';
import { answerReply, textReply, withSuggestions } from './replies';

export interface BotOptions {
  botAppId: string;
  /** Entra tenant whose object ids are trusted (MicrosoftAppTenantId); any tenant when unset. */
  tenantId?: string;
  /** Unauthenticated local mode: file uploads only to this machine. */
  localOnly?: boolean;
}

/** Longest message the bot reads; anything beyond is ignored rather than processed. */
export const MAX_TEXT_LENGTH = 2000;
/** How much of the raw text (HTML and mentions included) is looked at to find those 2,000 characters. */
const MAX_RAW_TEXT_LENGTH = 4 * MAX_TEXT_LENGTH;

/**
 * The Bot Framework edge: welcome, mention stripping, handing text to the dialogs, saving state.
 * Everything it decides beyond that lives in plain modules.
 */
export class MoedeBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly ownership: StateOwnership;

  constructor(
    private readonly assistant: MeetingAssistant,
    private readonly service: RegistrationService,
    private readonly mainDialog: TurnRunner,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    stateStorage: Storage,
    private readonly log: Logger,
    private readonly organiser: OrganiserDeps,
    private readonly options: BotOptions = { botAppId: '' },
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.ownership = new StateOwnership(stateStorage, conversationState, userState);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    // Teams announces an install with installationUpdate (personal, team or group chat): greet once, there.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.sendWelcome(context);
      await next();
    });

    // Elsewhere (Emulator, Web Chat) a user joining is the moment to greet. In Teams, people joining a team
    // are not greeted one by one in the channel.
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length > 0 && context.activity.channelId !== 'msteams') await this.sendWelcome(context);
      await next();
    });
  }

  /**
   * One turn, all or nothing: the replies are held until the conversation's state is saved. If the turn fails — a
   * store unreachable, the state changed by a crossing message, a bug — the held replies are dropped and the state
   * stays as it was before the message, so what the user answered and confirmed before is kept and nothing they
   * read claims progress that was not saved. The error handler then says what happened (failureReply), and sending
   * the message again repeats the turn; registration writes are safe to repeat (one per person, lost answers
   * recognised).
   */
  async run(context: TurnContext): Promise<void> {
    const replies = holdReplies(context);
    try {
      await super.run(context);
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    } catch (error) {
      replies.drop();
      throw error;
    }
    await replies.release();
  }

  /**
   * What the user reads when a turn failed: storage trouble says so — nothing lost, send it again in a moment — and a
   * crossing message says which one was used; anything else is a plain apology. Never internals.
   */
  failureReply(error: unknown, lang: Lang): Partial<Activity> {
    const m = messages(lang);
    const fault = storeFaultOf(error);
    return textReply(fault === 'unavailable' ? m.storeUnavailable : fault === 'conflict' ? m.stateConflict : m.turnError, lang);
  }

  /**
   * Sign-up, one's registration, and organiser lists or exports involve personal data: in a channel or group chat
   * the bot says it will answer privately, opens a 1:1 chat and runs the request there. Returns true when diverted.
   */
  private async divertToPrivateChat(context: TurnContext, input: TurnInput): Promise<boolean> {
    const understanding = input.submit ? undefined : this.assistant.understand(input.text, input.languageHint);
    // Kept for the main dialog if the message stays here.
    input.understanding = understanding;
    const intents = understanding?.intents ?? [];
    const wantsPrivate = input.submit?.moedebot === 'signUp' || intents.some((intent) => PRIVATE_INTENTS.includes(intent));
    if (!wantsPrivate) return false;
    const lang: Lang = understanding?.lang ?? input.languageHint ?? 'da';
    const m = messages(lang).organiser;
    const organiserOnly = intents.some((intent) => PRIVATE_ORGANISER_INTENTS.includes(intent));
    if (organiserOnly && !this.organiser.organisers.isOrganiser(input.identity)) {
      await context.sendActivity(textReply(m.notOrganiser(contactFacts(this.assistant.event, lang)), lang));
      return true;
    }
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
        this.options.botAppId,
        activity.channelId,
        activity.serviceUrl,
        'https://api.botframework.com',
        parameters,
        async (privateContext) => {
          // The new 1:1 turn knows the conversation but not the person: it is the one who asked.
          privateContext.activity.from = activity.from;
          privateContext.activity.locale = activity.locale;
          await this.runDialogs(privateContext, { ...input, languageHint: lang });
          await this.conversationState.saveChanges(privateContext, false);
          await this.userState.saveChanges(privateContext, false);
        },
      );
    } catch (error) {
      this.log.warn({ err: error }, 'could not open a 1:1 chat');
      await context.sendActivity(textReply(m.privateFailed, lang));
      return true;
    }
    await context.sendActivity(textReply(m.sentPrivately, lang));
    return true;
  }

  /** Someone who moved up from the waiting list hears about it the next time they write. */
  private async tellAboutPromotion(context: TurnContext, identity: Identity, lang: Lang): Promise<void> {
    try {
      const promoted = await this.service.takePromotionNotice(identity);
      if (!promoted) return;
      const event = this.assistant.event;
      await context.sendActivity(textReply(messages(lang).registration.promoted(event.title[lang], formatWhen(event, lang)), lang));
    } catch (error) {
      this.log.warn({ err: error }, 'could not check for a waiting-list promotion');
    }
  }

  /**
   * The conversation's state cannot be read (Cosmos DB unreachable or overloaded): nothing is changed. What can be
   * answered from the invitation alone — a question about the meeting — still is; anything that needs storage (a
   * sign-up answer, "min tilmelding", organiser requests) gets "try again in a moment, nothing is lost".
   */
  private async replyWithoutState(context: TurnContext, input: TurnInput, error: unknown): Promise<void> {
    const understanding = input.submit ? undefined : (input.understanding ?? this.assistant.understand(input.text, input.languageHint));
    const lang: Lang = understanding?.lang ?? input.languageHint ?? 'da';
    context.turnState.set(TURN_LANG, lang);
    // The store's status or network code (429, ECONNRESET, …) only: Cosmos DB's messages quote document ids.
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    this.log.warn(
      { err: error, storeCode: typeof code === 'string' || typeof code === 'number' ? code : undefined, activityType: context.activity.type },
      'bot state unavailable; replied without it',
    );
    const { answerable, needsStorage } = understanding ? storelessPart(understanding, input.text) : { answerable: undefined, needsStorage: true };
    if (answerable) await context.sendActivity(answerReply(this.assistant.answer(answerable), this.assistant.event, lang));
    if (needsStorage) await context.sendActivity(textReply(messages(lang).storeUnavailable, lang));
  }

  private identity(context: TurnContext) {
    return identityOf(context.activity, this.options.tenantId);
  }

  private languageHint(context: TurnContext): Lang | undefined {
    return languageFromLocale(context.activity.locale);
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    const lang = this.languageHint(context) ?? 'da';
    await context.sendActivity(withSuggestions(textReply(messages(lang).welcome(this.assistant.event.title[lang]), lang), lang));
  }

  /**
   * Teams: the organiser allowed the CSV export into their OneDrive. Authorisation is checked again (the card
   * could be forwarded), the CSV is made fresh (any instance may get this), uploaded, and shown as a file card.
   */
  protected override async handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const consent = response.context as { kind?: string; lang?: string } | undefined;
    const lang: Lang = consent?.lang === 'en' ? 'en' : 'da';
    const m = messages(lang).organiser;
    const event = this.assistant.event;
    // Only Teams has file consent; an invoke claiming it elsewhere is not one.
    if (context.activity.channelId !== 'msteams' || consent?.kind !== CSV_EXPORT_CONTEXT || !this.organiser.organisers.isOrganiser(this.identity(context))) {
      await context.sendActivity(textReply(m.notOrganiser(contactFacts(event, lang)), lang));
      return;
    }
    const upload = response.uploadInfo;
    const url = safeUploadUrl(upload?.uploadUrl, this.options.localOnly ?? false);
    if (!upload || !url) {
      await context.sendActivity(textReply(m.exportFailed, lang));
      return;
    }
    const { content, rows } = await this.organiser.reports.csv(lang);
    const bytes = Buffer.from(content, 'utf8');
    const result = await fetch(url, {
      method: 'PUT',
      headers: { 'content-length': String(bytes.length), 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: bytes,
      signal: AbortSignal.timeout(30_000),
    }).catch(() => undefined);
    if (!result?.ok) {
      this.log.warn({ status: result?.status }, 'file consent upload failed');
      await context.sendActivity(textReply(m.exportFailed, lang));
      return;
    }
    this.log.info({ audit: { action: 'orgExportUpload', actor: auditActor(this.identity(context)), eventId: event.id, rows, allowed: true } }, 'organiser data accessed');
    const reply = textReply(m.exportUploaded(upload.name ?? ''), lang);
    reply.attachments = [fileInfoCard(upload.name ?? '', upload.contentUrl ?? '', upload.uniqueId ?? '', upload.fileType ?? 'csv')];
    await context.sendActivity(reply);
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const lang: Lang = (response.context as { lang?: string } | undefined)?.lang === 'en' ? 'en' : 'da';
    await context.sendActivity(textReply(messages(lang).organiser.exportDeclined, lang));
  }

  /** Forgets this conversation's dialog stack (after an error the stack cannot recover from). */
  async resetConversation(context: TurnContext): Promise<void> {
    await this.conversationState.delete(context);
  }

  /** Deletes everything the bot's state holds of this user: their dialogs in any conversation, their user state. */
  async forgetConversation(context: TurnContext): Promise<void> {
    await this.ownership.erase(context, this.identity(context));
  }

  /** Runs the dialogs for one message, in a conversation whose state is loaded: someone else's draft is never continued. */
  private async runDialogs(context: TurnContext, input: TurnInput): Promise<Lang> {
    if (await this.ownership.belongsToSomeoneElse(context, input.identity)) await this.dialogState.delete(context);
    const lang = await this.mainDialog.run(context, this.dialogState, input);
    const running = Boolean((await this.dialogState.get(context))?.dialogStack?.length);
    await this.ownership.record(context, input.identity, running);
    return lang;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = cleanText(context);
    const hint = this.languageHint(context);
    const rawValue = context.activity.value;
    const submit = rawValue === undefined ? undefined : parseCardSubmit(rawValue);
    if (rawValue !== undefined && !submit && !text) {
      this.log.info({ channel: context.activity.channelId }, 'ignored a card submit of unknown shape');
      const lang = hint ?? 'da';
      await context.sendActivity(textReply(messages(lang).registration.staleCard, lang));
      return;
    }
    const input: TurnInput = { text, identity: this.identity(context), submit, languageHint: hint };
    if (isTeamsGroup(context)) {
      // In channels and group chats the bot speaks only when spoken to.
      if (!mentionsBot(context)) return;
      if (await this.divertToPrivateChat(context, input)) return;
    }
    // Without the conversation's state no dialog can run; read it first so that an unreachable store is met here.
    try {
      await this.conversationState.load(context);
    } catch (error) {
      if (storeFaultOf(error) !== 'unavailable') throw error;
      await this.replyWithoutState(context, input, error);
      return;
    }
    await this.tellAboutPromotion(context, input.identity, hint ?? 'da');
    const started = process.hrtime.bigint();
    const lang = await this.runDialogs(context, input);
    this.log.debug(
      { channel: context.activity.channelId, lang, ms: Number(process.hrtime.bigint() - started) / 1e6 },
      'message handled',
    );
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

const PRIVATE_ORGANISER_INTENTS: readonly string[] = ['orgList', 'orgExport', 'orgTopics'];
const PRIVATE_INTENTS: readonly string[] = ['signUp', 'myRegistration', 'changeRegistration', 'cancelRegistration', 'deleteData', ...PRIVATE_ORGANISER_INTENTS];

/** A Teams channel or group chat, where others read along. */
function isTeamsGroup(context: TurnContext): boolean {
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
const UPLOAD_HOSTS = [/\.sharepoint\.com$/i, /\.sharepoint\.us$/i, /\.sharepoint\.de$/i, /\.sharepoint\.cn$/i, /(^|\.)onedrive\.com$/i, /(^|\.)1drv\.com$/i];
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
  if (context.activity.type !== ActivityTypes.Message) return '';
  let text = typeof context.activity.text === 'string' ? context.activity.text.slice(0, MAX_RAW_TEXT_LENGTH) : '';
  // botbuilder's mention removal assumes text is present: an attachment-only message may still mention the bot.
  if (context.activity.recipient?.id && text) {
    context.activity.text = text;
    text = TurnContext.removeRecipientMention(context.activity) ?? text;
  }
  return sanitizeUserText(stripTags(text), MAX_TEXT_LENGTH).replace(/\s+/g, ' ').trim();
}
