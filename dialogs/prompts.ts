import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { choiceCard } from '../src/cards/registrationCards';
import type { MeetingEvent, RegistrationField } from '../src/event/schema';
import { messages, type Lang } from '../src/i18n';
import { textReply } from '../src/bot/replies';
import {
  findFieldByName,
  parseFieldAnswer,
  parseOtherAnswer,
  type FieldProblem,
  type FieldResult,
} from '../src/registrations/fields';
import { recognizeYesNo } from '../src/registrations/yesNo';
import { foldWord } from '../src/understanding/normalize';
import { turnInput } from './turnInput';

/** Prompts carry their language and subject here (botbuilder keeps `validations` in dialog state). */
export interface PromptSubject {
  lang: Lang;
  fieldId?: string;
  /** Asking for the free text behind an "other" choice. */
  other?: boolean;
  question?: string;
}

const subjectOf = (options: PromptOptions) => options.validations as PromptSubject;

function withButtons(reply: Partial<Activity>, titles: string[]): Partial<Activity> {
  return { ...reply, suggestedActions: MessageFactory.suggestedActions(titles).suggestedActions };
}

export type FieldAnswer = Extract<FieldResult, { ok: true }>;

/** Asks one sign-up question and checks the answer; a wrong answer is explained and asked again. */
export class FieldPrompt extends Prompt<FieldAnswer> {
  constructor(
    dialogId: string,
    private readonly event: MeetingEvent,
  ) {
    super(dialogId);
  }

  field(subject: PromptSubject): RegistrationField {
    const field = this.event.registration.fields.find((f) => f.id === subject.fieldId);
    if (!field) throw new Error(`unknown field ${subject.fieldId}`);
    return field;
  }

  protected async onPrompt(context: TurnContext, state: { problem?: FieldProblem }, options: PromptOptions, isRetry: boolean) {
    const subject = subjectOf(options);
    const field = this.field(subject);
    const r = messages(subject.lang).registration;
    const question = subject.other && field.other ? field.other.prompt[subject.lang] : field.prompt[subject.lang];
    const problem = isRetry && state.problem ? `${r.fieldProblem(state.problem, field.label[subject.lang], field.maxLength)}\n\n` : '';
    if (field.kind === 'choice' && !subject.other) {
      const labels = field.choices.map((choice) => choice.label[subject.lang]);
      const text = `${problem}${question}\n${r.choicesList(labels, field.other?.label[subject.lang])}`;
      const reply = textReply(text, subject.lang);
      // A handful of options fit as buttons; a long list comes as a drop-down card.
      if (labels.length <= 6) await context.sendActivity(withButtons(reply, labels));
      else await context.sendActivity({ ...reply, attachments: [choiceCard(field, subject.lang)] });
      return;
    }
    const reply = textReply(`${problem}${question}`, subject.lang);
    await context.sendActivity(field.optional ? withButtons(reply, [r.skip]) : reply);
  }

  protected async onRecognize(
    context: TurnContext,
    state: { problem?: FieldProblem },
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FieldAnswer>> {
    const subject = subjectOf(options);
    const field = this.field(subject);
    const input = turnInput(context);
    let result: FieldResult;
    if (input.submit?.moedebot === 'field' && input.submit.field === field.id && !subject.other) {
      const choice = input.submit.choice ?? '';
      result =
        choice === 'other' && field.other
          ? { ok: true, value: 'other' }
          : field.choices.some((c) => c.id === choice)
            ? { ok: true, value: choice }
            : { ok: false, problem: 'noSuchChoice' };
    } else if (input.submit) {
      result = { ok: false, problem: field.kind === 'choice' ? 'noSuchChoice' : 'empty' };
    } else {
      result = subject.other ? parseOtherAnswer(field, input.text) : parseFieldAnswer(field, input.text, subject.lang);
    }
    if (result.ok) {
      delete state.problem;
      return { succeeded: true, value: result };
    }
    state.problem = result.problem;
    return { succeeded: false };
  }
}

/** Danish/English yes or no, from text or from the Ja/Nej buttons. */
export class YesNoPrompt extends Prompt<boolean> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean) {
    const subject = subjectOf(options);
    const r = messages(subject.lang).registration;
    const text = isRetry ? `${r.yesNo}\n\n${subject.question ?? ''}` : (subject.question ?? '');
    await context.sendActivity(withButtons(textReply(text.trim(), subject.lang), [r.yesNoButtons.yes, r.yesNoButtons.no]));
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<boolean>> {
    const input = turnInput(context);
    const answer = input.submit?.moedebot === 'yesNo' ? input.submit.answer : input.submit ? undefined : recognizeYesNo(input.text);
    return answer === undefined ? { succeeded: false } : { succeeded: true, value: answer };
  }
}

export type ReviewChoice = { kind: 'confirm' } | { kind: 'cancel' } | { kind: 'change'; fieldId?: string };

const CHANGE_WORDS = new Set(['ret', 'rette', 'ændre', 'ændr', 'skift', 'change', 'edit', 'correct', 'fix', 'update', 'nej', 'no'].map(foldWord));

/** "Is this correct?": yes, change (a field), or cancel — typed or from the review card's buttons. */
export class ReviewPrompt extends Prompt<ReviewChoice> {
  constructor(
    dialogId: string,
    private readonly event: MeetingEvent,
  ) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean) {
    const subject = subjectOf(options);
    const r = messages(subject.lang).registration;
    const text = isRetry ? r.reviewNotUnderstood : r.reviewQuestion;
    await context.sendActivity(
      withButtons(textReply(text, subject.lang), [r.reviewButtons.confirm, r.reviewButtons.change, r.reviewButtons.cancel]),
    );
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<ReviewChoice>> {
    const input = turnInput(context);
    const r = messages(subjectOf(options).lang).registration;
    if (input.submit?.moedebot === 'review') {
      return { succeeded: true, value: input.submit.choice === 'change' ? { kind: 'change' } : { kind: input.submit.choice } };
    }
    if (input.submit) return { succeeded: false };
    const text = input.text.trim();
    const lower = text.toLowerCase();
    if (lower === r.reviewButtons.confirm.toLowerCase() || recognizeYesNo(text) === true) return { succeeded: true, value: { kind: 'confirm' } };
    if (lower === r.reviewButtons.cancel.toLowerCase()) return { succeeded: true, value: { kind: 'cancel' } };
    const firstWord = foldWord(lower.split(/\s+/)[0] ?? '');
    if (CHANGE_WORDS.has(firstWord) || lower === r.reviewButtons.change.toLowerCase()) {
      return { succeeded: true, value: { kind: 'change', fieldId: findFieldByName(this.event.registration.fields, text)?.id } };
    }
    const named = findFieldByName(this.event.registration.fields, text);
    return named ? { succeeded: true, value: { kind: 'change', fieldId: named.id } } : { succeeded: false };
  }
}

/** "Which field?": answered with a field's name or label. */
export class WhichFieldPrompt extends Prompt<string> {
  constructor(
    dialogId: string,
    private readonly event: MeetingEvent,
  ) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions) {
    const { lang } = subjectOf(options);
    const labels = this.event.registration.fields.map((field) => field.label[lang]);
    await context.sendActivity(withButtons(textReply(messages(lang).registration.whichField(labels), lang), labels));
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<string>> {
    const field = findFieldByName(this.event.registration.fields, turnInput(context).text);
    return field ? { succeeded: true, value: field.id } : { succeeded: false };
  }
}
