import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { MeetingAssistant } from '../src/answers/assistant';
import { answerReply } from '../src/bot/replies';
import type { Lang } from '../src/i18n';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';

/** What the bot hands each turn to the dialogs: the cleaned text and the language hint. */
export interface TurnInput {
  text: string;
  languageHint?: Lang;
}

/**
 * Routes one message: a question is answered from the invitation. The dialog stack is kept in
 * conversation state so that multi-turn dialogs (registration) can be pushed on top of it.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly assistant: MeetingAssistant) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, input: TurnInput): Promise<Lang> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    dialogContext.context.turnState.set(TURN_INPUT, input);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
    return (context.turnState.get(TURN_LANG) as Lang | undefined) ?? input.languageHint ?? 'da';
  }

  private async routeStep(step: WaterfallStepContext) {
    const input = step.context.turnState.get(TURN_INPUT) as TurnInput;
    const understanding = this.assistant.understand(input.text, input.languageHint);
    step.context.turnState.set(TURN_LANG, understanding.lang);
    const answer = this.assistant.answer(understanding);
    await step.context.sendActivity(answerReply(answer, this.assistant.event, understanding.lang));
    return step.endDialog();
  }
}

/** turnState keys: the turn's input, and the language the bot answered in (for the error handler). */
export const TURN_INPUT = Symbol('moedebot.turnInput');
export const TURN_LANG = Symbol('moedebot.turnLang');
