import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { textReply } from '../src/bot/replies';
import { messages, type Lang } from '../src/i18n';
import { YesNoPrompt, type PromptSubject } from './prompts';
import type { RegistrationDeps } from './registrationDialog';
import { personOf } from './turnInput';

export const CANCEL_REGISTRATION_DIALOG = 'cancelRegistrationDialog';
export const DELETE_DATA_DIALOG = 'deleteDataDialog';
const YES_NO = 'manage.yesNo';

/** "afmeld mig": asks first, then cancels; the first on the waiting list moves up. */
export class CancelRegistrationDialog extends ComponentDialog {
  constructor(private readonly deps: RegistrationDeps) {
    super(CANCEL_REGISTRATION_DIALOG);
    this.addDialog(new YesNoPrompt(YES_NO));
    this.addDialog(new WaterfallDialog('manage.cancel', [this.ask.bind(this), this.act.bind(this)]));
    this.initialDialogId = 'manage.cancel';
  }

  private async ask(step: WaterfallStepContext) {
    const { lang } = step.options as { lang: Lang };
    const r = messages(lang).registration;
    if (!(await this.deps.service.findActive(personOf(step.context)))) {
      await step.context.sendActivity(textReply(r.notRegistered, lang));
      return step.endDialog();
    }
    return step.prompt(YES_NO, { validations: { lang, question: r.cancelQuestion } satisfies PromptSubject });
  }

  private async act(step: WaterfallStepContext) {
    const { lang } = step.options as { lang: Lang };
    const r = messages(lang).registration;
    if (step.result !== true) {
      await step.context.sendActivity(textReply(r.cancelKept, lang));
      return step.endDialog();
    }
    const outcome = await this.deps.service.cancel(personOf(step.context));
    await step.context.sendActivity(
      textReply(outcome.kind === 'cancelled' ? r.cancelDone(outcome.promoted !== undefined) : r.notRegistered, lang),
    );
    return step.endDialog();
  }
}

/**
 * "slet mine data": asks first, then erases the registration and everything the bot keeps about the
 * user (their user state and this conversation's state), and says so.
 */
export class DeleteDataDialog extends ComponentDialog {
  constructor(
    private readonly deps: RegistrationDeps,
    private readonly forgetConversation: (context: TurnContext) => Promise<void>,
  ) {
    super(DELETE_DATA_DIALOG);
    this.addDialog(new YesNoPrompt(YES_NO));
    this.addDialog(new WaterfallDialog('manage.delete', [this.ask.bind(this), this.act.bind(this)]));
    this.initialDialogId = 'manage.delete';
  }

  private async ask(step: WaterfallStepContext) {
    const { lang } = step.options as { lang: Lang };
    return step.prompt(YES_NO, { validations: { lang, question: messages(lang).registration.deleteQuestion } satisfies PromptSubject });
  }

  private async act(step: WaterfallStepContext) {
    const { lang } = step.options as { lang: Lang };
    const r = messages(lang).registration;
    if (step.result !== true) {
      await step.context.sendActivity(textReply(r.deleteKept, lang));
      return step.endDialog();
    }
    const had = await this.deps.service.deleteUserData(personOf(step.context));
    await this.forgetConversation(step.context);
    await step.context.sendActivity(textReply(r.deleteDone(had), lang));
    return step.endDialog();
  }
}
