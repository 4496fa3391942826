import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import type { MeetingAssistant } from '../answers/assistant';
import { messages, type Lang } from '../i18n';
import type { Logger } from '../log';
import { languageFromLocale } from '../understanding/language';
import { stripMarkup } from '../understanding/normalize';
import { textReply, withSuggestions } from './replies';

/** Longest message the bot reads; anything beyond is ignored rather than processed. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * The Bot Framework edge: welcome, mention stripping, handing text to the dialogs, saving state.
 * Everything it decides beyond that lives in plain modules.
 */
export class MoedeBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly assistant: MeetingAssistant,
    private readonly mainDialog: MainDialog,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly log: Logger,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length > 0) await this.sendWelcome(context);
      await next();
    });
  }

  /** Saves state after every turn, also when a handler threw (what the user answered so far is kept). */
  async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } finally {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    }
  }

  private languageHint(context: TurnContext): Lang | undefined {
    return languageFromLocale(context.activity.locale);
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    const lang = this.languageHint(context) ?? 'da';
    await context.sendActivity(withSuggestions(textReply(messages(lang).welcome(this.assistant.event.title[lang]), lang), lang));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = cleanText(context);
    const hint = this.languageHint(context);
    if (!text) {
      await context.sendActivity(textReply(messages(hint ?? 'da').emptyMessage, hint ?? 'da'));
      return;
    }
    const started = process.hrtime.bigint();
    const lang = await this.mainDialog.run(context, this.dialogState, { text, languageHint: hint });
    this.log.debug(
      { channel: context.activity.channelId, lang, ms: Number(process.hrtime.bigint() - started) / 1e6 },
      'message handled',
    );
  }
}

/** The text a user meant: the bot's own @mention removed, markup stripped, length bounded. */
export function cleanText(context: TurnContext): string {
  if (context.activity.type !== ActivityTypes.Message) return '';
  let text = typeof context.activity.text === 'string' ? context.activity.text : '';
  if (context.activity.recipient?.id) text = TurnContext.removeRecipientMention(context.activity) ?? text;
  return stripMarkup(text).replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_LENGTH);
}
