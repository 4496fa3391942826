import type { Activity, TurnContext } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { MeetingAssistant } from '../src/answers/assistant';
import type { MemberDirectory } from '../src/bot/memberDirectory';
import { textReply } from '../src/bot/replies';
import { calendarAttachment, registrationCard, reviewCard } from '../src/cards/registrationCards';
import { formatDate, formatTime, formatWhen, meetingState } from '../src/event/format';
import { messages, type Lang } from '../src/i18n';
import type { Logger } from '../src/log';
import { calendarFileName, meetingCalendar } from '../src/registrations/calendar';
import { parseFieldAnswer, setAnswer } from '../src/registrations/fields';
import type { Answers, StoredRegistration } from '../src/registrations/model';
import { personOf } from './turnInput';
import type { RegisterOutcome, RegistrationService, SignUpWindow } from '../src/registrations/service';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { FieldPrompt, ReviewPrompt, WhichFieldPrompt, YesNoPrompt, type FieldAnswer, type PromptSubject, type ReviewChoice } from './prompts';

export const REGISTRATION_DIALOG = 'registrationDialog';
const WF_START = 'registration.start';
const WF_FIELDS = 'registration.fields';
const WF_REVIEW = 'registration.review';
const WF_SAVE = 'registration.save';
const FIELD_PROMPT = 'registration.fieldPrompt';
const YES_NO_PROMPT = 'registration.yesNo';
const REVIEW_PROMPT = 'registration.reviewPrompt';
const WHICH_FIELD_PROMPT = 'registration.whichField';

export interface RegistrationOptions {
  lang: Lang;
  /** "new": sign up (or offer to update); "change": change an existing registration, optionally one field. */
  mode: 'new' | 'change';
  fieldId?: string;
}

/** The answers so far. Lives only in dialog state until the user confirms. */
interface Draft {
  lang: Lang;
  answers: Answers;
  /** Values Teams knows, offered for confirmation instead of typing. */
  prefill: Record<string, string>;
  /** Whether the person had an active registration when this dialog began (absent in drafts from older releases). */
  hadRegistration?: boolean;
}

interface FieldsOptions {
  draft: Draft;
  index: number;
  /** Ask only this one field, then return (changing a field from the review). */
  only?: boolean;
}

export interface RegistrationDeps {
  assistant: MeetingAssistant;
  service: RegistrationService;
  directory: MemberDirectory;
  log: Logger;
  retentionDays: number;
  /** Public URL of the calendar file, for channels that cannot take a file attachment (Teams). */
  calendarUrl?: string;
}

/** The waterfall's scratch values, typed. */
const values = (step: WaterfallStepContext) => step.values as { draft: Draft };

/** The closed-sign-up sentence for the window and the clock. */
export function closedText(deps: Pick<RegistrationDeps, 'assistant'>, window: Extract<SignUpWindow, { open: false }>, lang: Lang): string {
  const event = deps.assistant.event;
  const r = messages(lang).registration;
  if (window.reason === 'deadline') return r.closed('deadline', `${formatDate(window.closedAt, lang)} ${formatTime(window.closedAt, lang)}`);
  return r.closed(meetingState(event, deps.assistant.now()) === 'past' ? 'past' : 'started', formatWhen(event, lang));
}

/** The stored registration as text and card, with its status. */
export async function registrationReply(deps: RegistrationDeps, registration: StoredRegistration, lang: Lang, intro: string): Promise<Partial<Activity>> {
  const event = deps.assistant.event;
  const r = messages(lang).registration;
  const position = registration.status === 'waitlisted' ? await deps.service.waitlistPosition(registration) : undefined;
  const status = r.statusLine(registration.status === 'waitlisted' ? 'waitlisted' : 'registered', position);
  // The details are in the card (and its fallback text), not repeated in the message.
  const reply = textReply(intro, lang);
  reply.attachments = [registrationCard(event, registration.answers, lang, status, formatWhen(event, lang), deps.calendarUrl)];
  return reply;
}

/**
 * Sign-up: privacy notice, the event's questions (Teams name and e-mail offered for confirmation),
 * a review where the user confirms, changes a field or cancels, then storing and the calendar file.
 * Nothing is stored before the user confirms.
 */
export class RegistrationDialog extends CancelAndHelpDialog {
  constructor(private readonly deps: RegistrationDeps) {
    super(REGISTRATION_DIALOG, deps.assistant);
    const event = deps.assistant.event;
    this.addDialog(new FieldPrompt(FIELD_PROMPT, event));
    this.addDialog(new YesNoPrompt(YES_NO_PROMPT));
    this.addDialog(new ReviewPrompt(REVIEW_PROMPT, event));
    this.addDialog(new WhichFieldPrompt(WHICH_FIELD_PROMPT, event));
    this.addDialog(
      new WaterfallDialog(WF_START, [this.startStep.bind(this), this.afterExistingStep.bind(this), this.reviewStep.bind(this), this.saveStep.bind(this)]),
    );
    this.addDialog(
      new WaterfallDialog(WF_FIELDS, [this.prefillStep.bind(this), this.askStep.bind(this), this.otherStep.bind(this), this.storeStep.bind(this)]),
    );
    this.addDialog(
      new WaterfallDialog(WF_REVIEW, [this.showReviewStep.bind(this), this.reviewChoiceStep.bind(this), this.changeFieldStep.bind(this), this.loopReviewStep.bind(this)]),
    );
    this.addDialog(new WaterfallDialog(WF_SAVE, [this.trySaveStep.bind(this), this.retryStep.bind(this)]));
    this.initialDialogId = WF_START;
  }

  private get fields() {
    return this.deps.assistant.event.registration.fields;
  }

  protected helpText(lang: Lang, subject: PromptSubject): string {
    const r = messages(lang).registration;
    const field = this.fields.find((f) => f.id === subject.fieldId);
    return field ? r.help(field.label[lang]) : r.reviewHelp;
  }

  protected isFreeText(subject: PromptSubject): boolean {
    return this.fields.find((f) => f.id === subject.fieldId)?.kind === 'text';
  }

  // ── start: is sign-up open, is the person registered already? ──

  private async startStep(step: WaterfallStepContext) {
    const options = step.options as RegistrationOptions;
    const lang = options.lang;
    const r = messages(lang).registration;
    const window = this.deps.service.window();
    if (!window.open) {
      await step.context.sendActivity(textReply(closedText(this.deps, window, lang), lang));
      return step.endDialog();
    }
    const existing = await this.deps.service.findActive(personOf(step.context));
    values(step).draft = { lang, answers: existing?.answers ?? {}, prefill: {}, hadRegistration: existing !== undefined } satisfies Draft;
    if (options.mode === 'change') {
      if (!existing) {
        await step.context.sendActivity(textReply(r.notRegistered, lang));
        return step.endDialog();
      }
      return step.next(true);
    }
    if (existing) {
      await step.context.sendActivity(await registrationReply(this.deps, existing, lang, r.yourRegistration));
      return step.prompt(YES_NO_PROMPT, { validations: { lang, question: r.alreadyRegistered } satisfies PromptSubject });
    }
    const event = this.deps.assistant.event;
    await step.context.sendActivity(
      textReply(r.privacyNotice(this.fields.map((f) => f.label[lang]), event.organisers.map((o) => o[lang]), this.deps.retentionDays), lang),
    );
    values(step).draft.prefill = await this.prefill(step.context, lang);
    return step.beginDialog(WF_FIELDS, { draft: values(step).draft, index: 0 } satisfies FieldsOptions);
  }

  /** Teams' name and e-mail, kept only if they would pass the same checks as typed answers. */
  private async prefill(context: TurnContext, lang: Lang): Promise<Record<string, string>> {
    const profile = await this.deps.directory.lookup(context);
    const prefill: Record<string, string> = {};
    for (const field of this.fields) {
      const value = field.kind === 'name' ? profile?.name : field.kind === 'email' ? profile?.email : undefined;
      if (!value) continue;
      const parsed = parseFieldAnswer(field, value, lang);
      if (parsed.ok) prefill[field.id] = parsed.value;
    }
    return prefill;
  }

  private async afterExistingStep(step: WaterfallStepContext) {
    const options = step.options as RegistrationOptions;
    const draft = values(step).draft;
    // Coming back from the questions: the draft is complete.
    if (step.result && typeof step.result === 'object') return step.next(step.result);
    if (step.result === false) {
      await step.context.sendActivity(textReply(messages(draft.lang).registration.keptAsIs, draft.lang));
      return step.endDialog();
    }
    // Changing an existing registration: straight to the one field asked for, or to the review.
    const index = this.fields.findIndex((f) => f.id === options.fieldId);
    if (options.mode === 'change' && index >= 0) return step.beginDialog(WF_FIELDS, { draft, index, only: true } satisfies FieldsOptions);
    return step.next(draft);
  }

  private async reviewStep(step: WaterfallStepContext) {
    return step.beginDialog(WF_REVIEW, { draft: step.result as Draft });
  }

  private async saveStep(step: WaterfallStepContext) {
    const review = step.result as { confirmed: boolean; draft: Draft } | undefined;
    if (!review?.confirmed) return step.endDialog();
    return step.replaceDialog(WF_SAVE, { draft: review.draft });
  }

  // ── the questions, one field per round ──

  private async prefillStep(step: WaterfallStepContext) {
    const { draft, index } = step.options as FieldsOptions;
    const field = this.fields[index];
    if (!field) return step.endDialog(draft);
    const offered = draft.prefill[field.id];
    if (offered) {
      const question = messages(draft.lang).registration.prefillConfirm(field.label[draft.lang], offered);
      return step.prompt(YES_NO_PROMPT, { validations: { lang: draft.lang, fieldId: field.id, question } satisfies PromptSubject });
    }
    return step.next(undefined);
  }

  private async askStep(step: WaterfallStepContext) {
    const { draft, index } = step.options as FieldsOptions;
    const field = this.fields[index]!;
    if (step.result === true) return step.next({ ok: true, value: draft.prefill[field.id]! } satisfies FieldAnswer);
    if (step.result === false) delete draft.prefill[field.id];
    return step.prompt(FIELD_PROMPT, { validations: { lang: draft.lang, fieldId: field.id } satisfies PromptSubject });
  }

  private async otherStep(step: WaterfallStepContext) {
    const { draft, index } = step.options as FieldsOptions;
    const field = this.fields[index]!;
    const answer = step.result as FieldAnswer;
    if (answer.value === 'other' && answer.other === undefined && field.other) {
      return step.prompt(FIELD_PROMPT, { validations: { lang: draft.lang, fieldId: field.id, other: true } satisfies PromptSubject });
    }
    return step.next(answer);
  }

  private async storeStep(step: WaterfallStepContext) {
    const { draft, index, only } = step.options as FieldsOptions;
    const field = this.fields[index]!;
    const next: Draft = { ...draft, answers: setAnswer(draft.answers, field, step.result as FieldAnswer) };
    if (only) return step.endDialog(next);
    return step.replaceDialog(WF_FIELDS, { draft: next, index: index + 1 } satisfies FieldsOptions);
  }

  // ── review: confirm, change a field, or cancel ──

  private async showReviewStep(step: WaterfallStepContext) {
    const { draft } = step.options as { draft: Draft };
    const event = this.deps.assistant.event;
    const r = messages(draft.lang).registration;
    await step.context.sendActivity({ ...textReply(r.reviewIntro, draft.lang), attachments: [reviewCard(event, draft.answers, draft.lang)] });
    return step.prompt(REVIEW_PROMPT, { validations: { lang: draft.lang } satisfies PromptSubject });
  }

  private async reviewChoiceStep(step: WaterfallStepContext) {
    const { draft } = step.options as { draft: Draft };
    const choice = step.result as ReviewChoice;
    if (choice.kind === 'confirm') return step.endDialog({ confirmed: true, draft });
    if (choice.kind === 'cancel') {
      await step.context.sendActivity(textReply(messages(draft.lang).registration.aborted, draft.lang));
      return step.endDialog({ confirmed: false, draft });
    }
    if (choice.fieldId) return step.next(choice.fieldId);
    return step.prompt(WHICH_FIELD_PROMPT, { validations: { lang: draft.lang } satisfies PromptSubject });
  }

  private async changeFieldStep(step: WaterfallStepContext) {
    const { draft } = step.options as { draft: Draft };
    const index = this.fields.findIndex((f) => f.id === step.result);
    return step.beginDialog(WF_FIELDS, { draft: { ...draft, prefill: {} }, index, only: true } satisfies FieldsOptions);
  }

  private async loopReviewStep(step: WaterfallStepContext) {
    return step.replaceDialog(WF_REVIEW, { draft: step.result as Draft });
  }

  // ── storing; a failure keeps the answers and offers "prøv igen" ──

  private async trySaveStep(step: WaterfallStepContext) {
    const { draft } = step.options as { draft: Draft };
    let outcome: RegisterOutcome;
    try {
      outcome = await this.deps.service.register(personOf(step.context), draft.answers);
    } catch (error) {
      this.deps.log.warn({ err: error }, 'saving a registration failed; offering retry');
      const r = messages(draft.lang).registration;
      return step.prompt(YES_NO_PROMPT, { validations: { lang: draft.lang, question: r.saveFailed } satisfies PromptSubject });
    }
    await this.announce(step.context, await this.asConfirmed(outcome, draft), draft.lang);
    return step.endDialog();
  }

  /**
   * No registration when this sign-up began, and now one with exactly these answers: an earlier try of this very
   * confirmation stored it (its answer was lost, or the turn failed afterwards and the user sent "ja" again).
   * That is a registration, not "already registered, nothing changed".
   */
  private async asConfirmed(outcome: RegisterOutcome, draft: Draft): Promise<RegisterOutcome> {
    if (outcome.kind !== 'unchanged' || draft.hadRegistration !== false) return outcome;
    const { registration } = outcome;
    if (registration.status === 'waitlisted') return { kind: 'waitlisted', registration, position: await this.deps.service.waitlistPosition(registration) };
    return { kind: 'registered', registration };
  }

  private async retryStep(step: WaterfallStepContext) {
    const { draft } = step.options as { draft: Draft };
    if (step.result === true) return step.replaceDialog(WF_SAVE, { draft });
    await step.context.sendActivity(textReply(messages(draft.lang).registration.aborted, draft.lang));
    return step.endDialog();
  }

  private async announce(context: TurnContext, outcome: RegisterOutcome, lang: Lang): Promise<void> {
    const event = this.deps.assistant.event;
    const r = messages(lang).registration;
    if (outcome.kind === 'closed') {
      await context.sendActivity(textReply(closedText(this.deps, outcome.window, lang), lang));
      return;
    }
    if (outcome.kind === 'unchanged') {
      await context.sendActivity(textReply(r.unchanged, lang));
      return;
    }
    const intro =
      outcome.kind === 'registered'
        ? r.registered(event.title[lang], formatWhen(event, lang))
        : outcome.kind === 'waitlisted'
          ? r.waitlisted(outcome.position)
          : r.updated;
    const reply = await registrationReply(this.deps, outcome.registration, lang, intro);
    // Teams takes no file attachment from a bot in every scope: it gets the card's calendar link instead.
    if (outcome.registration.status === 'registered' && context.activity.channelId !== 'msteams') {
      reply.attachments = [...(reply.attachments ?? []), calendarAttachment(meetingCalendar(event, lang), calendarFileName(event))];
    }
    await context.sendActivity(reply);
  }
}
