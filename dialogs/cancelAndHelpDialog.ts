import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { MeetingAssistant } from '../src/answers/assistant';
import { answerReply, textReply } from '../src/bot/replies';
import { messages, type Lang } from '../src/i18n';
import { foldWord, tokenize } from '../src/understanding/normalize';
import { COMMAND_INTENTS, CONTENT_INTENTS, ORGANISER_INTENTS, SMALL_TALK_INTENTS } from '../src/understanding/lexicon';
import type { Understanding } from '../src/understanding/recognizer';
import type { PromptSubject } from './prompts';
import { TURN_REROUTE, turnInput } from './turnInput';

const fold = (text: string) => tokenize(text).map((t) => t.folded).join(' ');
const CANCEL = new Set(['annuller', 'annullér', 'afbryd', 'stop', 'stop tilmeldingen', 'glem det', 'fortryd', 'cancel', 'quit', 'abort', 'stop it', 'never mind', 'nevermind'].map(fold));
const HELP = new Set(['hjælp', 'help', 'hvad nu', 'what now', 'hjælp mig', 'help me'].map(fold));
const QUESTION_START = new Set(['hvornår', 'hvor', 'hvad', 'hvem', 'hvordan', 'hvorfor', 'hvilken', 'hvilket', 'when', 'where', 'what', 'who', 'how', 'why', 'which'].map(foldWord));
const QUESTION_INTENTS: readonly string[] = CONTENT_INTENTS.filter((intent) => intent !== 'signUp');
/** Answered from the invitation alone: no store is read or written. */
const STORELESS_INTENTS: readonly string[] = [...QUESTION_INTENTS, ...SMALL_TALK_INTENTS];

/** Starts with a question word or ends with a question mark. */
export function looksLikeQuestion(text: string): boolean {
  if (text.trim().endsWith('?')) return true;
  const first = tokenize(text)[0]?.folded;
  return first !== undefined && QUESTION_START.has(first);
}

/**
 * What of a message can be answered from the invitation without any storage (questions about the meeting, a
 * greeting, "help"), and whether the rest needs storage (sign-up, "min tilmelding", organiser requests, or
 * something not understood — perhaps an answer to a sign-up question). For when the bot's state cannot be read.
 */
export function storelessPart(understanding: Understanding, text: string): { answerable?: Understanding; needsStorage: boolean } {
  const intents = understanding.intents.filter((intent) => STORELESS_INTENTS.includes(intent));
  const needsStorage = understanding.intents.some((intent) => !STORELESS_INTENTS.includes(intent));
  if (intents.length > 0) return { answerable: { ...understanding, intents }, needsStorage };
  if (!needsStorage && (understanding.passage || understanding.unknownTopic) && looksLikeQuestion(text)) return { answerable: understanding, needsStorage };
  return { needsStorage: true };
}

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
