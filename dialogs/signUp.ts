import { formatDate, formatSession, formatWhen, localText, titleOf } from '../src/event/format';
import type { MeetingEvent, RegistrationField } from '../src/event/model';
import { messages, type Lang } from '../src/i18n';
import { calendarFileName, chosenSession, meetingCalendar } from '../src/registrations/calendar';
import {
  displayAnswer,
  fieldLabel,
  fieldPrompt,
  findFieldByName,
  matchChoices,
  otherChoiceOf,
  parseFieldAnswer,
  parseOtherAnswer,
  setAnswer,
  type FieldResult,
} from '../src/registrations/fields';
import type { Answers, StoredActiveRegistration } from '../src/registrations/model';
import type { RegisterOutcome, SignUpWindow } from '../src/registrations/service';
import { reply, type Reply, type Suggestion } from '../src/replies';
import { isClearQuestion, readDialogInput, yesOrNo } from '../src/understanding/dialogInput';
import type { DialogEnv, DialogInput, DialogResult, SignUpState } from './dialog';

const fields = (event: MeetingEvent) => event.registration?.fields ?? [];

/** Yes/No buttons; their values come back as card submits. */
function yesNoButtons(lang: Lang): Suggestion[] {
  const b = messages(lang).registration.yesNoButtons;
  return [
    { title: b.yes, value: { moedebot: 'yesNo', answer: 'yes' } },
    { title: b.no, value: { moedebot: 'yesNo', answer: 'no' } },
  ];
}

/** How sign-up works outside the chat, for when the chat cannot take it. */
function otherWays(event: MeetingEvent, lang: Lang): string {
  const registration = event.registration;
  return registration
    ? messages(lang).answers.signUpWays({ url: registration.url, email: registration.email, phone: registration.phone })
    : '';
}

/**
 * "tilmeld mig og min kollega": everyone signs up themselves, and how — the bot in Teams, the event's link, e-mail or
 * phone; when sign-up is closed, that is what they hear. `alsoYou` when the sender's own sign-up follows.
 */
export function othersReply(event: MeetingEvent, lang: Lang, env: DialogEnv, alsoYou: boolean): Reply {
  const window = env.registrations.window(event);
  if (!window.open) return reply(closedText(event, window, lang), lang);
  const registration = event.registration;
  const ways = { url: registration?.url, email: registration?.email, phone: registration?.phone };
  return reply(
    messages(lang).registration.others(ways, registration?.chat === true && (registration.fields?.length ?? 0) > 0, alsoYou),
    lang,
  );
}

/** Why sign-up is closed, in a sentence with the right date. */
export function closedText(event: MeetingEvent, window: Extract<SignUpWindow, { open: false }>, lang: Lang): string {
  const r = messages(lang).registration;
  if (window.reason === 'deadline' && window.closedAt) return r.closed('deadline', formatDate(window.closedAt, lang));
  // "Det er ikke nødvendigt at tilmelde sig, men giv gerne besked til formanden …": the letter's own words, which may
  // ask for a word all the same, rather than only "just come along".
  const said = window.reason === 'notRequired' && event.registration?.text ? localText(event, event.registration.text, lang).text : '';
  if (said) return messages(lang).answers.signUpNotRequired(said);
  return r.closed(window.reason, formatWhen(event, lang));
}

/** The stored registration as text and card, with its status. */
export async function registrationReply(
  env: DialogEnv,
  event: MeetingEvent,
  registration: StoredActiveRegistration,
  lang: Lang,
  intro: string,
): Promise<Reply> {
  const r = messages(lang).registration;
  const position = registration.status === 'waitlisted' ? await env.registrations.waitlistPosition(event, registration) : undefined;
  const status = r.statusLine(registration.status, position);
  return reply(intro, lang, {
    card: { kind: 'registration', eventId: event.id, answers: registration.answers, status, calendarUrl: env.calendarUrl(event) },
  });
}

/** Starts a sign-up (or a change of one) for an event. */
export async function startSignUp(
  event: MeetingEvent,
  lang: Lang,
  env: DialogEnv,
  options: { mode?: 'new' | 'change'; fieldText?: string; others?: boolean } = {},
): Promise<DialogResult> {
  const r = messages(lang).registration;
  const replies: Reply[] = [];
  const window = env.registrations.window(event);
  if (options.others && window.open) replies.push(othersReply(event, lang, env, event.registration?.chat === true));
  const existing = await env.registrations.findActive(event, env.identity);
  const mode = options.mode ?? 'new';
  if (mode === 'change') {
    if (!existing) return { replies: [...replies, reply(r.notRegisteredFor(titleOf(event, lang)), lang)] };
    const state: SignUpState = {
      kind: 'signUp',
      eventId: event.id,
      lang,
      step: 'review',
      index: 0,
      answers: existing.answers,
      prefill: {},
      hadRegistration: true,
      mode,
    };
    const field = options.fieldText ? findFieldByName(fields(event), options.fieldText, event) : undefined;
    if (field) {
      // "skift kommune til Vestby": the new value may be in the same sentence.
      const inline = valueAfterField(options.fieldText!, field, lang);
      if (inline?.ok && !inline.confirm)
        return showReview(event, { ...state, answers: setAnswer(state.answers, field, inline) }, [
          ...replies,
          reply(r.changedTo(fieldLabel(field, lang, event), inline.display), lang),
        ]);
      if (inline?.ok)
        return confirmPending(
          event,
          { ...state, step: 'confirmValue', index: fields(event).indexOf(field), only: true, pending: inline },
          replies,
        );
      return askField(event, { ...state, step: 'field', index: fields(event).indexOf(field), only: true }, replies);
    }
    return showReview(event, state, replies);
  }
  if (!window.open) return { replies: [...replies, reply(closedText(event, window, lang), lang)] };
  if (!event.registration?.chat) return { replies: [...replies, reply(r.notInChat(otherWays(event, lang)), lang)] };
  if (existing) {
    const state: SignUpState = {
      kind: 'signUp',
      eventId: event.id,
      lang,
      step: 'existing',
      index: 0,
      answers: existing.answers,
      prefill: {},
      hadRegistration: true,
      mode: 'change',
    };
    replies.push(await registrationReply(env, event, existing, lang, r.yourRegistration(titleOf(event, lang))));
    replies.push(reply(r.alreadyRegistered, lang, { suggestions: yesNoButtons(lang) }));
    return { state, replies };
  }
  replies.push(noticeReply(event, lang, env));
  return {
    state: {
      kind: 'signUp',
      eventId: event.id,
      lang,
      step: 'notice',
      index: 0,
      answers: {},
      prefill: {},
      hadRegistration: false,
      mode: 'new',
    },
    replies,
  };
}

/** The privacy notice: what is stored, by whom, for how long; and whether to go on. */
function noticeReply(event: MeetingEvent, lang: Lang, env: DialogEnv): Reply {
  const r = messages(lang).registration;
  const labels = fields(event).map((field) => ({
    label: fieldLabel(field, lang, event),
    purpose: field.purpose ? localText(event, field.purpose, lang).text : undefined,
  }));
  const organisers = event.organisers.map((organisation) => localText(event, organisation.name, lang).text);
  return reply(
    `${r.privacyNotice(titleOf(event, lang), labels, organisers, event.retentionDays ?? env.retentionDays)}\n\n${r.privacyQuestion}`,
    lang,
    {
      suggestions: yesNoButtons(lang),
    },
  );
}

/** The value a "skift kommune til Vestby" names after the field, parsed as that field's answer. */
function valueAfterField(text: string, field: RegistrationField, lang: Lang): FieldResult | undefined {
  const match = /\b(?:til|to|=|:)\s+(.+)$/i.exec(text);
  if (!match) return undefined;
  const result = parseFieldAnswer(field, match[1]!, lang);
  return result.ok ? result : undefined;
}

/** Someone else named mid-sign-up ("min kollega Hans skal også med"): no answer, but a person to tell about. */
const COLLEAGUE = /\b(?:min|mine|vores|en|et par|my|our|a|some) (?:kollega|kollegaer|kolleger|kolleg|colleague|colleagues|co-?workers?)\b/i;

/** Continues a sign-up with the next message. */
export async function continueSignUp(state: SignUpState, input: DialogInput, env: DialogEnv): Promise<DialogResult> {
  const event = env.event(state.eventId);
  const lang = state.lang;
  const r = messages(lang).registration;
  if (!event) return { replies: [reply(r.aborted, lang)] };
  const submit = input.submit;
  if (submit) return continueWithSubmit(event, state, submit, env);

  const knowledge = env.knowledge(event);
  const intent = readDialogInput(input.text, knowledge, lang);
  // Free text (a topic, the text of an "other" answer) may say almost anything: commands and questions in it are
  // taken as such only when they are plain.
  const freeText = (state.step === 'field' && fields(event)[state.index]?.kind === 'text') || state.step === 'other';
  const expectsYesNo =
    state.step === 'notice' ||
    state.step === 'prefill' ||
    state.step === 'confirmValue' ||
    state.step === 'existing' ||
    state.step === 'retry';
  const wordCount = input.text.trim().split(/\s+/).length;

  if (intent.kind === 'leave') return { replies: [reply(r.aborted, lang)] };
  if (intent.kind === 'help')
    return reprompt(event, state, [reply(state.step === 'review' ? r.reviewHelp : r.help(currentLabel(event, state)), lang)]);
  // "hvad bruger I mine oplysninger til" at the privacy notice asks about the notice, not for the person's data: the
  // notice again, and the sign-up goes on.
  if (intent.kind === 'request' && state.step === 'notice' && looksLikeQuestion(input.text))
    return { state, replies: [noticeReply(event, lang, env)] };
  if (intent.kind === 'request') return { replies: [reply(r.aborted, lang)], reroute: true };
  const colleague = intent.kind === 'answer' && !freeText && state.step !== 'review' && COLLEAGUE.test(input.text);
  if (colleague || (intent.kind === 'signUp' && !(freeText && wordCount > 5))) {
    // "tilmeld mig" answers the privacy question with a yes; elsewhere it is no name, and a colleague named is told
    // how they sign up themselves.
    const others = colleague || (intent.kind === 'signUp' && intent.others);
    if (state.step === 'notice' && !others) return startFields(event, state, env);
    return reprompt(event, state, [others ? othersReply(event, lang, env, true) : reply(r.signUpUnderWay, lang)]);
  }
  if (intent.kind === 'change' && state.step !== 'review') {
    const field = findFieldByName(fields(event), input.text, event);
    if (field) return changeField(event, state, field, input.text, env);
    // In free text "ret" may be a word of the answer ("Ret til specialundervisning"): only a named field is a change.
    if (!freeText)
      return {
        state: { ...state, step: 'whichField' },
        replies: [
          reply(r.whichField(fields(event).map((f) => fieldLabel(f, lang, event))), lang, {
            suggestions: fields(event).map((f) => ({ title: fieldLabel(f, lang, event) })),
          }),
        ],
      };
  }
  // A question about the meeting is answered, then the pending question asked again. In a free-text answer, or where
  // a yes or no is expected, only a clear question counts as one (a question-like free-text answer is confirmed
  // first). Nor is a message that reads plainly as the pending field's answer ("my name is Anna Jensen") a question,
  // unless it clearly asks one.
  const pendingField = state.step === 'field' ? fields(event)[state.index] : undefined;
  const parsed = pendingField && !freeText ? parseFieldAnswer(pendingField, input.text, lang) : undefined;
  const plainAnswer = parsed?.ok === true && !parsed.confirm;
  if (intent.kind === 'question' && (isClearQuestion(input.text, intent) || (!freeText && !plainAnswer && !expectsYesNo))) {
    const answered = env.answerQuestion(input.text, event, lang);
    if (answered) return reprompt(event, state, answered);
  }

  switch (state.step) {
    case 'notice':
      if (intent.kind === 'yes') return startFields(event, state, env);
      if (intent.kind === 'no') return { replies: [reply(r.privacyDeclined, lang)] };
      return { state, replies: [reply(`${r.yesNo}\n\n${r.privacyQuestion}`, lang, { suggestions: yesNoButtons(lang) })] };
    case 'existing':
      if (intent.kind === 'yes') return showReview(event, { ...state, step: 'review' }, []);
      if (intent.kind === 'no') return { replies: [reply(r.keptAsIs, lang)] };
      return { state, replies: [reply(`${r.yesNo}\n\n${r.alreadyRegistered}`, lang, { suggestions: yesNoButtons(lang) })] };
    case 'prefill': {
      const field = fields(event)[state.index]!;
      if (intent.kind === 'yes')
        return storeAndNext(event, state, field, { value: state.prefill[field.id]!, display: state.prefill[field.id]! }, env, []);
      if (intent.kind === 'no') return askField(event, { ...state, step: 'field', prefill: { ...state.prefill, [field.id]: '' } }, []);
      return answerField(event, { ...state, step: 'field' }, input.text, env);
    }
    case 'confirmValue': {
      const field = fields(event)[state.index]!;
      if (intent.kind === 'yes' && state.pending) return storeAndNext(event, state, field, state.pending, env, []);
      if (intent.kind === 'no') {
        // "Was 'hvornår starter det' your answer?" "No": then it was a question, and it is answered.
        const answered = state.pending?.question ? (env.answerQuestion(state.pending.value, event, lang) ?? []) : [];
        return askField(event, { ...state, step: 'field', pending: undefined }, answered);
      }
      return answerField(event, { ...state, step: 'field', pending: undefined }, input.text, env);
    }
    case 'field':
      if (freeText && intent.kind === 'question' && !isClearQuestion(input.text, intent)) {
        // "hvornår starter det" without a question mark at the topic question: maybe a question, maybe the topic.
        const text = input.text.trim();
        return confirmPending(
          event,
          { ...state, step: 'confirmValue', pending: { value: text, display: text, question: true } },
          [],
          r.confirmTopic(text),
        );
      }
      return answerField(event, state, input.text, env);
    case 'other': {
      const field = fields(event)[state.index]!;
      if (intent.kind === 'no' || looksLikeQuestion(input.text))
        return askOther(event, state, [
          reply(r.fieldProblem(intent.kind === 'no' ? 'refusal' : 'question', fieldLabel(field, lang, event), field.maxLength), lang),
        ]);
      const result = parseOtherAnswer(field, input.text);
      if (!result.ok)
        return askOther(event, state, [reply(r.fieldProblem(result.problem, fieldLabel(field, lang, event), field.maxLength), lang)]);
      return storeAndNext(event, state, field, result, env, []);
    }
    case 'review':
      return reviewAnswer(event, state, input.text, intent.kind, env);
    case 'whichField': {
      const field = findFieldByName(fields(event), input.text, event);
      if (field) return askField(event, { ...state, step: 'field', index: fields(event).indexOf(field), only: true }, []);
      const valued = valueNamingField(event, input.text, lang);
      if (valued)
        return confirmPending(
          event,
          { ...state, step: 'confirmValue', index: fields(event).indexOf(valued.field), pending: valued.result, only: true },
          [],
        );
      return {
        state,
        replies: [
          reply(r.whichField(fields(event).map((f) => fieldLabel(f, lang, event))), lang, {
            suggestions: fields(event).map((f) => ({ title: fieldLabel(f, lang, event) })),
          }),
        ],
      };
    }
    case 'retry':
      if (intent.kind === 'yes' || /prøv igen|try again|retry/i.test(input.text)) return save(event, state, env);
      return { replies: [reply(r.aborted, lang)] };
  }
}

async function continueWithSubmit(
  event: MeetingEvent,
  state: SignUpState,
  submit: NonNullable<DialogInput['submit']>,
  env: DialogEnv,
): Promise<DialogResult> {
  const lang = state.lang;
  const r = messages(lang).registration;
  if (submit.action === 'yesNo') return continueSignUp(state, { text: submit.answer ? r.yesNoButtons.yes : r.yesNoButtons.no, lang }, env);
  if (submit.action === 'review' && state.step === 'review') {
    if (submit.choice === 'confirm') return save(event, state, env);
    if (submit.choice === 'cancel') return { replies: [reply(r.aborted, lang)] };
    return {
      state: { ...state, step: 'whichField' },
      replies: [
        reply(r.whichField(fields(event).map((f) => fieldLabel(f, lang, event))), lang, {
          suggestions: fields(event).map((f) => ({ title: fieldLabel(f, lang, event) })),
        }),
      ],
    };
  }
  const field = fields(event)[state.index];
  if (submit.action === 'field' && field && submit.field === field.id && (state.step === 'field' || state.step === 'confirmValue')) {
    const choice = field.choices.find((c) => c.id === submit.choice);
    if (submit.choice === 'other' || (choice && choice === otherChoiceOf(field) && field.other))
      return askOther(event, { ...state, step: 'other' }, []);
    if (choice)
      return storeAndNext(
        event,
        state,
        field,
        { value: choice.id, display: choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id },
        env,
        [],
      );
    return askField(event, state, [reply(r.chooseError, lang)]);
  }
  return reprompt(event, state, [reply(messages(lang).staleCard, lang)]);
}

function currentLabel(event: MeetingEvent, state: SignUpState): string {
  const field = fields(event)[state.index];
  return field ? fieldLabel(field, state.lang, event) : '';
}

async function startFields(event: MeetingEvent, state: SignUpState, env: DialogEnv): Promise<DialogResult> {
  const profile = await env.profile();
  const prefill: Record<string, string> = {};
  for (const field of fields(event)) {
    const value = field.kind === 'name' ? profile?.name : field.kind === 'email' ? profile?.email : undefined;
    if (!value) continue;
    const parsed = parseFieldAnswer(field, value, state.lang);
    if (parsed.ok) prefill[field.id] = parsed.value;
  }
  return askField(event, { ...state, step: 'field', index: 0, prefill }, []);
}

/** Asks the field at `state.index` (or offers what Teams knows of it). */
function askField(event: MeetingEvent, state: SignUpState, before: Reply[]): DialogResult {
  const lang = state.lang;
  const r = messages(lang).registration;
  const field = fields(event)[state.index];
  if (!field) return showReview(event, state, before);
  const offered = state.prefill[field.id];
  if (offered && state.step !== 'field') {
    return {
      state: { ...state, step: 'prefill' },
      replies: [...before, reply(r.prefillConfirm(fieldLabel(field, lang, event), offered), lang, { suggestions: yesNoButtons(lang) })],
    };
  }
  if (offered && state.step === 'field' && state.answers[field.id] === undefined && state.prefill[field.id] !== '') {
    return {
      state: { ...state, step: 'prefill' },
      replies: [...before, reply(r.prefillConfirm(fieldLabel(field, lang, event), offered), lang, { suggestions: yesNoButtons(lang) })],
    };
  }
  const prompt = fieldPrompt(field, lang, event);
  if (field.kind === 'choice') {
    const labels = field.choices.map((choice) => choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id);
    const otherLabel = field.other ? localText(event, field.other.label, lang).text : undefined;
    const text = `${prompt}\n${r.choicesList(labels, otherLabel)}`;
    const suggestions = [
      ...field.choices.map((choice, i) => ({ title: labels[i]!, value: { moedebot: 'field', field: field.id, choice: choice.id } })),
      ...(field.other ? [{ title: r.otherButton, value: { moedebot: 'field', field: field.id, choice: 'other' } }] : []),
    ];
    // A handful of options fit as buttons; a long list comes as a drop-down card.
    const many = suggestions.length > 6;
    return {
      state: { ...state, step: 'field' },
      replies: [...before, reply(text, lang, many ? { card: { kind: 'choice', eventId: event.id, fieldId: field.id } } : { suggestions })],
    };
  }
  return {
    state: { ...state, step: 'field' },
    replies: [...before, reply(prompt, lang, field.optional ? { suggestions: [{ title: r.skip }] } : {})],
  };
}

function askOther(event: MeetingEvent, state: SignUpState, before: Reply[]): DialogResult {
  const field = fields(event)[state.index]!;
  const prompt = field.other?.prompt ? localText(event, field.other.prompt, state.lang).text : fieldPrompt(field, state.lang, event);
  return { state: { ...state, step: 'other' }, replies: [...before, reply(prompt, state.lang)] };
}

/** The label of a choice field's "something else": its free-text option's, or its "Andet" choice's. */
function otherLabelOf(event: MeetingEvent, field: RegistrationField, lang: Lang): string {
  if (field.other) return localText(event, field.other.label, lang).text;
  const choice = otherChoiceOf(field);
  return choice ? (choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id) : '';
}

function confirmPending(event: MeetingEvent, state: SignUpState, before: Reply[], question?: string): DialogResult {
  const lang = state.lang;
  const r = messages(lang).registration;
  const field = fields(event)[state.index]!;
  const label = fieldLabel(field, lang, event);
  const pending = state.pending!;
  const text =
    question ??
    (field.kind === 'choice' && pending.other !== undefined
      ? r.confirmOther(label, pending.display, otherLabelOf(event, field, lang))
      : (field.kind === 'choice' ? r.confirmChoice : r.confirmValue)(label, pending.display));
  return { state: { ...state, step: 'confirmValue' }, replies: [...before, reply(text, lang, { suggestions: yesNoButtons(lang) })] };
}

/** A question mark, or a question word first: never a name, an e-mail address or a choice. */
const looksLikeQuestion = (text: string) =>
  /\?\s*$/.test(text) ||
  /^\s*(hvad|hvem|hvor|hvorfor|hvordan|hvornår|hvilken|hvilket|hvilke|what|who|where|why|how|when|which)\b/i.test(text);

async function answerField(event: MeetingEvent, state: SignUpState, text: string, env: DialogEnv): Promise<DialogResult> {
  const lang = state.lang;
  const r = messages(lang).registration;
  const field = fields(event)[state.index]!;
  const label = fieldLabel(field, lang, event);
  // A yes/no is no name, e-mail or municipality: "ja" to the privacy notice must never become a name.
  const yesNo = yesOrNo(text);
  if (field.kind !== 'text' && yesNo !== undefined)
    return askField(event, state, [reply(r.fieldProblem('refusal', label, field.maxLength), lang)]);
  // "ja" to "is there a topic you would like to raise?" means one is coming: the question again, nothing stored.
  if (field.kind === 'text' && (yesNo === true || (yesNo === false && !field.optional)))
    return askField(event, state, yesNo ? [] : [reply(r.fieldProblem('refusal', label, field.maxLength), lang)]);
  // Nor is a question the bot could not answer ("hvad skal I bruge min mail til?").
  if (field.kind !== 'text' && looksLikeQuestion(text))
    return askField(event, state, [reply(r.fieldProblem('question', label, field.maxLength), lang)]);
  const result = parseFieldAnswer(field, text, lang);
  if (!result.ok && result.options) return askField(event, state, [reply(r.whichChoice(result.options), lang)]);
  if (!result.ok) return askField(event, state, [reply(r.fieldProblem(result.problem, label, field.maxLength), lang)]);
  if (result.value === 'other' && result.other === undefined && field.other) return askOther(event, state, []);
  if (result.confirm) return confirmPending(event, { ...state, pending: result }, []);
  return storeAndNext(event, state, field, result, env, []);
}

/**
 * "ret navn", "vent, jeg skrev mit navn forkert", "skift kommune til Vestby" at any step: a value in the same sentence
 * is taken (or confirmed first, when only guessed); else the field is asked. Afterwards the dialog goes on where it
 * was: the first field still unanswered, or the review.
 */
function changeField(event: MeetingEvent, state: SignUpState, field: RegistrationField, text: string, env: DialogEnv): DialogResult {
  const lang = state.lang;
  const r = messages(lang).registration;
  const index = fields(event).indexOf(field);
  const inline = valueAfterField(text, field, lang);
  const base: SignUpState = { ...state, pending: undefined };
  if (inline?.ok && inline.confirm) return confirmPending(event, { ...base, step: 'confirmValue', index, pending: inline }, []);
  if (inline?.ok && !(inline.value === 'other' && inline.other === undefined && field.other)) {
    if (state.step === 'field' && state.index === index) return storeAndNext(event, base, field, inline, env, []);
    // Said in passing: the pending question (a value awaiting confirmation included) is asked again.
    return reprompt(event, { ...state, answers: setAnswer(state.answers, field, inline) }, [
      reply(r.changedTo(fieldLabel(field, lang, event), inline.display), lang),
    ]);
  }
  return askField(event, { ...base, step: 'field', index }, []);
}

/** Stores an answer, shows it back, and moves on: the next unanswered field, or the review. */
function storeAndNext(
  event: MeetingEvent,
  state: SignUpState,
  field: RegistrationField,
  result: { value: string; other?: string; display: string },
  env: DialogEnv,
  before: Reply[],
): DialogResult {
  void env;
  const lang = state.lang;
  const answers = setAnswer(state.answers, field, result);
  const shown = result.display
    ? [...before, reply(messages(lang).registration.understood(fieldLabel(field, lang, event), result.display), lang)]
    : before;
  const next: SignUpState = { ...state, answers, pending: undefined };
  if (state.only) return showReview(event, { ...next, only: false }, shown);
  // The first field still unanswered: after a change mid-way ("ret navn" at the e-mail), back where the person was.
  const index = fields(event).findIndex((f) => next.answers[f.id] === undefined);
  if (index < 0) return showReview(event, next, shown);
  return askField(event, { ...next, step: 'field', index }, shown);
}

function showReview(event: MeetingEvent, state: SignUpState, before: Reply[]): DialogResult {
  const lang = state.lang;
  const r = messages(lang).registration;
  const labels = fields(event).map((field) => fieldLabel(field, lang, event));
  const b = r.reviewButtons;
  return {
    state: { ...state, step: 'review', pending: undefined },
    replies: [
      ...before,
      reply(`${r.reviewIntro}\n${summaryLines(event, state, lang)}\n\n${r.reviewQuestion(labels)}`, lang, {
        card: { kind: 'review', eventId: event.id, answers: state.answers },
        suggestions: [
          { title: b.confirm, value: { moedebot: 'review', choice: 'confirm' } },
          { title: b.change, value: { moedebot: 'review', choice: 'change' } },
          { title: b.cancel, value: { moedebot: 'review', choice: 'cancel' } },
        ],
      }),
    ],
  };
}

function summaryLines(event: MeetingEvent, state: SignUpState, lang: Lang): string {
  const r = messages(lang).registration;
  return fields(event)
    .map((field) => `${fieldLabel(field, lang, event)}: ${displayAnswer(field, state.answers, lang) || r.noAnswer}`)
    .join('\n');
}

async function reviewAnswer(event: MeetingEvent, state: SignUpState, text: string, intent: string, env: DialogEnv): Promise<DialogResult> {
  const lang = state.lang;
  const r = messages(lang).registration;
  if (intent === 'yes' || text.trim().toLowerCase() === r.reviewButtons.confirm.toLowerCase()) return save(event, state, env);
  const named = findFieldByName(fields(event), text, event);
  if (named) {
    const inline = valueAfterField(text, named, lang);
    if (inline?.ok && !inline.confirm)
      return showReview(event, { ...state, answers: setAnswer(state.answers, named, inline) }, [
        reply(r.changedTo(fieldLabel(named, lang, event), inline.display), lang),
      ]);
    return askField(event, { ...state, step: 'field', index: fields(event).indexOf(named), only: true }, []);
  }
  if (intent === 'change' || intent === 'no') {
    return {
      state: { ...state, step: 'whichField' },
      replies: [
        reply(r.whichField(fields(event).map((f) => fieldLabel(f, lang, event))), lang, {
          suggestions: fields(event).map((f) => ({ title: fieldLabel(f, lang, event) })),
        }),
      ],
    };
  }
  const valued = valueNamingField(event, text, lang);
  if (valued)
    return confirmPending(
      event,
      { ...state, step: 'confirmValue', index: fields(event).indexOf(valued.field), pending: valued.result, only: true },
      [],
    );
  return reprompt(event, state, [reply(r.reviewNotUnderstood, lang)]);
}

/**
 * A new value typed at the review without naming its field ("Udvalgsmedlem", "jonas@vestby.dk"): the one field it
 * can only belong to — an e-mail address, or a choice by name or role — to be confirmed before it replaces the old.
 */
function valueNamingField(
  event: MeetingEvent,
  text: string,
  lang: Lang,
): { field: RegistrationField; result: FieldResult & { ok: true } } | undefined {
  const found = fields(event).flatMap((field) => {
    if (field.kind !== 'email' && field.kind !== 'choice') return [];
    if (field.kind === 'choice' && !matchChoices(field, text, lang)?.choices.length) return [];
    const result = parseFieldAnswer(field, text, lang);
    return result.ok && result.other === undefined && result.value !== 'other' ? [{ field, result }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Says the pending question again after an interruption or a problem. */
function reprompt(event: MeetingEvent, state: SignUpState, before: Reply[]): DialogResult {
  const lang = state.lang;
  const r = messages(lang).registration;
  switch (state.step) {
    case 'notice':
      return { state, replies: [...before, reply(r.privacyQuestion, lang, { suggestions: yesNoButtons(lang) })] };
    case 'existing':
      return { state, replies: [...before, reply(r.alreadyRegistered, lang, { suggestions: yesNoButtons(lang) })] };
    case 'review':
      return showReview(event, state, before);
    case 'confirmValue':
      return confirmPending(event, state, before);
    case 'other':
      return askOther(event, state, before);
    case 'whichField':
      return { state, replies: [...before, reply(r.whichField(fields(event).map((f) => fieldLabel(f, lang, event))), lang)] };
    case 'retry':
      return { state, replies: [...before, reply(r.saveFailed, lang, { suggestions: yesNoButtons(lang) })] };
    default:
      return askField(event, { ...state, step: 'field' }, before);
  }
}

/** Stores the registration; a failure keeps the answers and offers "prøv igen". */
async function save(event: MeetingEvent, state: SignUpState, env: DialogEnv): Promise<DialogResult> {
  const lang = state.lang;
  const r = messages(lang).registration;
  let outcome: RegisterOutcome;
  try {
    outcome = await env.registrations.register(event, env.identity, state.answers);
  } catch (error) {
    env.log.warn({ err: error }, 'saving a registration failed; offering retry');
    return { state: { ...state, step: 'retry' }, replies: [reply(r.saveFailed, lang, { suggestions: yesNoButtons(lang) })] };
  }
  // No registration when this sign-up began and now one with exactly these answers: an earlier try of this very
  // confirmation stored it (its answer was lost, or the turn failed afterwards and "ja" came again).
  if (outcome.kind === 'unchanged' && !state.hadRegistration) {
    const registration = outcome.registration;
    outcome =
      registration.status === 'waitlisted'
        ? { kind: 'waitlisted', registration, position: await env.registrations.waitlistPosition(event, registration) }
        : { kind: 'registered', registration };
  }
  return { replies: await announce(event, outcome, lang, env) };
}

/** When the meeting is for this registration: the session chosen, for an event held on alternative dates. */
function whenOfRegistration(event: MeetingEvent, answers: Answers, lang: Lang): string {
  const session = event.sessions.length > 0 ? chosenSession(event, answers) : undefined;
  return session ? formatSession(event, session, lang) : formatWhen(event, lang);
}

async function announce(event: MeetingEvent, outcome: RegisterOutcome, lang: Lang, env: DialogEnv): Promise<Reply[]> {
  const r = messages(lang).registration;
  if (outcome.kind === 'closed') return [reply(closedText(event, outcome.window, lang), lang)];
  if (outcome.kind === 'unchanged') return [reply(r.unchanged, lang)];
  // Say only what is true: a file where the channel takes one, a link where the bot has a public address.
  const calendar =
    outcome.registration.status !== 'registered' ? 'none' : env.filesAllowed ? 'attached' : env.calendarUrl(event) ? 'link' : 'none';
  const intro =
    outcome.kind === 'registered'
      ? r.registered(titleOf(event, lang), whenOfRegistration(event, outcome.registration.answers, lang), calendar)
      : outcome.kind === 'waitlisted'
        ? r.waitlisted(outcome.position)
        : r.updated;
  const answer = await registrationReply(env, event, outcome.registration, lang, intro);
  if (calendar === 'attached')
    answer.files = [
      { name: calendarFileName(event), contentType: 'text/calendar', content: meetingCalendar(event, lang, outcome.registration.answers) },
    ];
  return [answer];
}
