import type { ConversationState, StatePropertyAccessor, Storage, TurnContext, UserState } from 'botbuilder';
import { personKeyOf, type Identity } from '../identity';

/** Where a person has left a dialog (and so answers) behind: enough to find and erase it later. */
interface Footprint {
  channelId: string;
  conversationId: string;
}

/** A person rarely has more than a few chats with the bot; the list is bounded all the same. */
const MAX_FOOTPRINTS = 50;

/**
 * Who a conversation's unfinished dialog belongs to, and where each person has one.
 *
 * - A draft belongs to the person who started it: another user writing in the same conversation starts afresh and
 *   never continues (or submits) someone else's answers.
 * - Each person's user state lists the conversations where they left a dialog, so "slet mine data" erases the
 *   drafts in all of them, not only in the conversation where it was asked.
 */
export class StateOwnership {
  private readonly owner: StatePropertyAccessor<string>;
  private readonly footprints: StatePropertyAccessor<Footprint[]>;

  constructor(
    private readonly storage: Storage,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    this.owner = conversationState.createProperty<string>('dialogOwner');
    this.footprints = userState.createProperty<Footprint[]>('conversations');
  }

  /** Before a turn: true when the conversation's dialog belongs to someone else (the caller then starts afresh). */
  async belongsToSomeoneElse(context: TurnContext, identity: Identity): Promise<boolean> {
    const owner = await this.owner.get(context);
    return owner !== undefined && owner !== personKeyOf(identity);
  }

  /** After a turn: a dialog still running is this person's, and is remembered in their footprints. */
  async record(context: TurnContext, identity: Identity, dialogRunning: boolean): Promise<void> {
    if (!dialogRunning) {
      if ((await this.owner.get(context)) !== undefined) await this.owner.delete(context);
      return;
    }
    await this.owner.set(context, personKeyOf(identity));
    const here: Footprint = { channelId: context.activity.channelId, conversationId: context.activity.conversation.id };
    const known = (await this.footprints.get(context)) ?? [];
    if (known.some((f) => f.channelId === here.channelId && f.conversationId === here.conversationId)) return;
    await this.footprints.set(context, [...known, here].slice(-MAX_FOOTPRINTS));
  }

  /**
   * Erases the person's state everywhere the bot keeps it: the dialogs they left in other conversations (only where
   * they own the dialog), this conversation's state and their user state.
   */
  async erase(context: TurnContext, identity: Identity): Promise<void> {
    const person = personKeyOf(identity);
    const here = this.keyOf(context.activity.channelId, context.activity.conversation.id);
    for (const footprint of (await this.footprints.get(context)) ?? []) {
      const key = this.keyOf(footprint.channelId, footprint.conversationId);
      if (key === here) continue;
      const stored = (await this.storage.read([key]))[key] as { dialogOwner?: string } | undefined;
      if (stored?.dialogOwner === person) await this.storage.delete([key]);
    }
    await this.conversationState.delete(context);
    await this.userState.delete(context);
  }

  /** The storage key ConversationState uses for a conversation, computed by ConversationState itself. */
  private keyOf(channelId: string, conversationId: string): string {
    return this.conversationState.getStorageKey({ activity: { channelId, conversation: { id: conversationId } } } as TurnContext)!;
  }
}
