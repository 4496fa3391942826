import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { MemberProfile } from '../../dialogs/dialog';
import type { Logger } from '../log';

/** Who the user is according to the channel, to offer instead of typing. Undefined when unknown. */
export interface MemberDirectory {
  lookup(context: TurnContext): Promise<MemberProfile | undefined>;
}

/**
 * Teams knows the user's name and e-mail (TeamsInfo.getMember → the channel's serviceUrl).
 * Outside Teams, or when the call fails (MemberNotFoundInConversation, no permission, timeout), the user types.
 */
export class TeamsMemberDirectory implements MemberDirectory {
  constructor(private readonly log: Logger) {}

  async lookup(context: TurnContext): Promise<MemberProfile | undefined> {
    if (context.activity.channelId !== 'msteams' || !context.activity.from?.id) return undefined;
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      return { name: member.name, email: member.email ?? member.userPrincipalName };
    } catch (error) {
      const code = (error as { code?: string; statusCode?: number }).code ?? (error as { statusCode?: number }).statusCode;
      this.log.info({ code }, 'Teams member lookup failed; asking instead');
      return undefined;
    }
  }
}
