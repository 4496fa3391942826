import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { MeetingAssistant } from '../src/answers/assistant';
import { answerReply, textReply } from '../src/bot/replies';
import { messages, type Lang } from '../src/i18n';
import { tokenize } from '../src/understanding/normalize';
import { COMMAND_INTENTS, ORGANISER_INTENTS } from '../src/understanding/lexicon';
import { looksLikeQuestion, QUESTION_INTENTS } from './quickAnswer';
import type { PromptSubject } from './prompts';
import { TURN_REROUTE, turnInput } from './turnInput';

const fold = (text: string) => tokenize(text).map((t) => t.folded).join(' ');
const CANCEL = new Set(['annuller', 'annullér', 'afbryd', 'stop', 'stop tilmeldingen', 'glem det', 'fortryd', 'cancel', 'quit', 'abort', 'stop it', 'never mind', 'nevermind'].map(fold));
const HELP = new Set(['hjælp', 'help', 'hvad nu', 'what now', 'hjælp mig', 'help me'].map(fold));
/** Requests that end a running dialog. Not "ret min e-mail": inside a sign-up that is a change of the draft. */
const COMMANDS: readonly string[] = [...COMMAND_INTENTS, ...ORGANISER_INTENTS].filter((intent) => intent !== 'changeRegistration');

/**
 * Base of the multi-turn dialogs: before an answer is taken as an answer, "annuller"/"cancel" ends the dialog
 * (nothing stored), "hjælp"/"help" says where the user is, and a question about the meeting is answered
 * before the pending question is asked again.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly assistant: MeetingAssistant,
  ) {
    super(id);
  }

  /** What the user is in the middle of, for the help text. */
  protected abstract helpText(lang: Lang, subject: PromptSubject): string;
  /** Which prompts take free text, where a question mark may be part of the answer. */
  protected abstract isFreeText(subject: PromptSubject): boolean;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const input = turnInput(innerDc.context);
    const subject = innerDc.activeDialog?.state?.options?.validations as PromptSubject | undefined;
    if (input.submit || !subject) return undefined;
    const text = input.text.trim();
    const folded = fold(text);
    const lang = subject.lang;
    if (CANCEL.has(folded)) {
      await innerDc.context.sendActivity(textReply(messages(lang).registration.aborted, lang));
      return innerDc.cancelAllDialogs();
    }
    if (text === '?' || (folded !== '' && HELP.has(folded))) {
      await innerDc.context.sendActivity(textReply(this.helpText(lang, subject), lang));
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const understanding = this.assistant.understand(text, lang);
    // "slet mine data", "min tilmelding", an organiser's count: the user has moved on. Stop here (nothing stored)
    // and let the main dialog take the same message as a new request.
    if (understanding.intents.some((intent) => COMMANDS.includes(intent))) {
      await innerDc.context.sendActivity(textReply(messages(lang).registration.aborted, lang));
      innerDc.context.turnState.set(TURN_REROUTE, true);
      return innerDc.cancelAllDialogs();
    }
    if (this.isFreeText(subject) || !looksLikeQuestion(text)) return undefined;
    const asksAboutMeeting =
      understanding.intents.some((intent) => QUESTION_INTENTS.includes(intent)) || understanding.passage || understanding.unknownTopic;
    if (!asksAboutMeeting) return undefined;
    const questionOnly = { ...understanding, intents: understanding.intents.filter((intent) => QUESTION_INTENTS.includes(intent)) };
    await innerDc.context.sendActivity(answerReply(this.assistant.answer(questionOnly), this.assistant.event, understanding.lang));
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}
