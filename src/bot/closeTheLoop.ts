import { ActivityTypes, CloudAdapterBase, TurnContext, type Activity, type BotAdapter, type ConversationReference } from 'botbuilder';
import type { EventCatalogue } from '../event/catalogue';
import { titleOf } from '../event/format';
import { messages, type Lang } from '../i18n';
import type { Identity } from '../identity';
import type { Logger } from '../log';
import { shownQuestion } from '../questions/requests';
import type { OwedAnswer, QuestionService } from '../questions/service';
import { reply, type Reply } from '../replies';
import type { Audience } from './render';

/** Longest a person's turn waits to learn whether answers are owed to them. */
const OWED_LOOKUP_MS = 1_000;

export interface LoopCloserDeps {
  questions: QuestionService;
  catalogue: EventCatalogue;
  /** The bot's Entra app id, for proactive messages ('' in unauthenticated local mode). */
  botAppId: string;
  log: Logger;
  render(reply: Reply, audience: Audience): Partial<Activity>;
}

/** What to keep of a turn's conversation reference to write to the person later: no names, only a personal chat. */
export function addressOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const conversation = activity.conversation;
  if (!conversation?.id || conversation.isGroup || (conversation.conversationType && conversation.conversationType !== 'personal'))
    return undefined;
  const reference = TurnContext.getConversationReference(activity);
  return JSON.parse(
    JSON.stringify({
      channelId: reference.channelId,
      serviceUrl: reference.serviceUrl,
      locale: reference.locale,
      bot: reference.bot ? { id: reference.bot.id, name: reference.bot.name } : undefined,
      user: reference.user ? { id: reference.user.id } : undefined,
      conversation: {
        id: conversation.id,
        conversationType: conversation.conversationType,
        tenantId: conversation.tenantId,
        isGroup: false,
      },
    }),
  ) as Record<string, unknown>;
}

/**
 * Closing the loop: people whose question the organisers have now answered are told — once, in the personal chat
 * they asked in, at most one such message a day. Proactively (CloudAdapter.continueConversationAsync with the bot's
 * app id) when an organiser answers and every hour after; what cannot be sent that way (the chat's service cannot be
 * reached, as with `npm run chat`) is told the next time they write.
 */
export class LoopCloser {
  constructor(private readonly deps: LoopCloserDeps) {}

  /** One message with every answer owed: "Du spurgte om „…“. Arrangørerne har nu svaret: …". */
  message(answers: readonly OwedAnswer[], lang: Lang): Reply {
    const m = messages(lang);
    const several = this.deps.catalogue.all().length > 1;
    const parts = answers.map(({ event, question, entry }) => {
      const own = entry.answer[lang];
      const other: Lang = lang === 'da' ? 'en' : 'da';
      const text = m.unanswered.closingTheLoop(
        shownQuestion(question, lang),
        own ?? entry.answer[other] ?? '',
        own === undefined ? other : undefined,
      );
      return several ? `${m.events.about(titleOf(event, lang))}\n${text}` : text;
    });
    return reply(parts.join('\n\n'), lang);
  }

  /**
   * Someone writing in a personal chat: the answers owed to them, told before their message is answered. Looking
   * them up delays the turn by a second at most (a slow store: they are told another time); only what was found in
   * time is taken.
   */
  async owedReplies(identity: Identity, lang: Lang): Promise<Reply[]> {
    const events = this.deps.catalogue.all();
    try {
      let timer: NodeJS.Timeout | undefined;
      const lookup = this.deps.questions.owedTo(events, identity);
      lookup.catch(() => undefined);
      const notices = await Promise.race([
        lookup,
        new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), OWED_LOOKUP_MS))),
      ]);
      clearTimeout(timer);
      if (!notices?.length) return [];
      const owed = await this.deps.questions.takeNotices(events, notices);
      return owed.length > 0 ? [this.message(owed, lang)] : [];
    } catch (error) {
      this.deps.log.warn({ err: error }, 'could not check for answered questions');
      return [];
    }
  }

  /** Sends every answer owed to whoever may have one today, each in their personal chat. Returns how many went. */
  async deliver(adapter: BotAdapter): Promise<number> {
    let sent = 0;
    for (const delivery of await this.deps.questions.takeDeliveries(this.deps.catalogue.all())) {
      const reference = delivery.address as Partial<ConversationReference>;
      try {
        const activity = this.deps.render(this.message(delivery.answers, delivery.lang), {
          channelId: reference.channelId ?? '',
          group: false,
        });
        await this.send(adapter, reference, activity);
        sent++;
      } catch (error) {
        // Never the address or the person in the log: the channel and why.
        this.deps.log.warn(
          { err: error, channel: reference.channelId },
          'could not tell someone their question was answered; they are told when they next write',
        );
        await this.deps.questions
          .release(delivery)
          .catch((releaseError: unknown) => this.deps.log.warn({ err: releaseError }, 'could not keep an answer notice for later'));
      }
    }
    if (sent > 0) this.deps.log.info({ sent }, 'told askers their questions were answered');
    return sent;
  }

  private async send(adapter: BotAdapter, reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void> {
    // Only ever a personal chat: an address of a channel or group is never written to, whatever is stored.
    const conversation = reference.conversation;
    if (!conversation?.id || conversation.isGroup || (conversation.conversationType && conversation.conversationType !== 'personal'))
      throw new Error('not a personal chat');
    if (adapter instanceof CloudAdapterBase) {
      // A failure inside the turn would go to the adapter's onTurnError, which would apologise to the asker for an
      // error of the organiser's turn: it is caught here and thrown after, so the notice stays owed.
      let failure: unknown;
      await adapter.continueConversationAsync(this.deps.botAppId, reference, async (context) => {
        try {
          await context.sendActivity(activity);
        } catch (error) {
          failure = error ?? new Error('send failed');
        }
      });
      if (failure) throw failure instanceof Error ? failure : new Error('send failed', { cause: failure });
      return;
    }
    // Any other adapter (botbuilder's TestAdapter in dialog tests): a turn context on the reference, as
    // BotAdapter.continueConversation makes one.
    const context = new TurnContext(
      adapter,
      TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true),
    );
    await context.sendActivity(activity);
  }
}
