import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { answerReply, textReply } from '../src/bot/replies';
import { messages, type Lang } from '../src/i18n';
import { findFieldByName } from '../src/registrations/fields';
import { ORGANISER_INTENTS, type OrganiserIntent } from '../src/understanding/lexicon';
import { handleOrganiserRequest, type OrganiserDeps } from './organiserCommands';
import { CancelRegistrationDialog, CANCEL_REGISTRATION_DIALOG, DeleteDataDialog, DELETE_DATA_DIALOG } from './manageRegistrationDialogs';
import { REGISTRATION_DIALOG, RegistrationDialog, registrationReply, type RegistrationDeps, type RegistrationOptions } from './registrationDialog';
import { personOf, TURN_INPUT, TURN_LANG, TURN_REROUTE, turnInput, type TurnInput } from './turnInput';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';

export { TURN_INPUT, TURN_LANG, type TurnInput };

/**
 * Routes one message: a question is answered from the invitation; "tilmeld mig" starts the sign-up;
 * "min tilmelding", "ret …", "afmeld mig" and "slet mine data" manage the user's registration.
 * The dialog stack is kept in conversation state, so a sign-up continues over several messages.
 */
export class MainDialog extends ComponentDialog {
  constructor(
    private readonly deps: RegistrationDeps & { organiser: OrganiserDeps },
    forgetConversation: (context: TurnContext) => Promise<void>,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new RegistrationDialog(deps));
    this.addDialog(new CancelRegistrationDialog(deps));
    this.addDialog(new DeleteDataDialog(deps, forgetConversation));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /** Runs one turn; returns the language the bot answered in. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, input: TurnInput): Promise<Lang> {
    context.turnState.set(TURN_INPUT, input);
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (context.turnState.get(TURN_REROUTE) && dialogContext.activeDialog === undefined) {
      context.turnState.delete(TURN_REROUTE);
      await dialogContext.beginDialog(this.id);
    } else if (result.status === DialogTurnStatus.empty) {
      if (!input.text && !input.submit) {
        const lang = input.languageHint ?? 'da';
        await context.sendActivity(textReply(messages(lang).emptyMessage, lang));
      } else {
        await dialogContext.beginDialog(this.id);
      }
    }
    return (context.turnState.get(TURN_LANG) as Lang | undefined) ?? input.languageHint ?? 'da';
  }

  private async routeStep(step: WaterfallStepContext) {
    const input = turnInput(step.context);
    const { assistant } = this.deps;
    if (input.submit) {
      const lang = input.languageHint ?? 'da';
      step.context.turnState.set(TURN_LANG, lang);
      if (input.submit.moedebot === 'signUp') return step.beginDialog(REGISTRATION_DIALOG, { lang, mode: 'new' } satisfies RegistrationOptions);
      // A button of a card whose dialog has ended.
      await step.context.sendActivity(textReply(messages(lang).registration.staleCard, lang));
      return step.endDialog();
    }
    const understanding = input.understanding ?? assistant.understand(input.text, input.languageHint);
    const lang = understanding.lang;
    step.context.turnState.set(TURN_LANG, lang);
    const intents = understanding.intents;
    const organiserIntent = intents.find((intent): intent is OrganiserIntent => (ORGANISER_INTENTS as readonly string[]).includes(intent));
    if (organiserIntent) {
      await handleOrganiserRequest(step.context, organiserIntent, input.text, lang, this.deps.organiser);
      return step.endDialog();
    }
    if (intents.includes('myRegistration')) {
      const registration = await this.deps.service.findActive(personOf(step.context));
      const r = messages(lang).registration;
      await step.context.sendActivity(
        registration ? await registrationReply(this.deps, registration, lang, r.yourRegistration) : textReply(r.notRegistered, lang),
      );
      return step.endDialog();
    }
    if (intents.includes('changeRegistration')) {
      const fieldId = findFieldByName(assistant.event.registration.fields, input.text)?.id;
      return step.beginDialog(REGISTRATION_DIALOG, { lang, mode: 'change', fieldId } satisfies RegistrationOptions);
    }
    if (intents.includes('cancelRegistration')) return step.beginDialog(CANCEL_REGISTRATION_DIALOG, { lang });
    if (intents.includes('deleteData')) return step.beginDialog(DELETE_DATA_DIALOG, { lang });
    const questions = intents.filter((intent) => intent !== 'signUp');
    if (questions.length > 0 || !intents.includes('signUp')) {
      const answer = assistant.answer({ ...understanding, intents: questions });
      await step.context.sendActivity(answerReply(answer, assistant.event, lang));
    }
    if (intents.includes('signUp')) return step.beginDialog(REGISTRATION_DIALOG, { lang, mode: 'new' } satisfies RegistrationOptions);
    return step.endDialog();
  }

  private async doneStep(step: WaterfallStepContext) {
    return step.endDialog();
  }
}
