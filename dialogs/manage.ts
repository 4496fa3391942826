import { titleOf } from '../src/event/format';
import type { MeetingEvent } from '../src/event/model';
import { messages, type Lang } from '../src/i18n';
import { fieldLabel } from '../src/registrations/fields';
import { reply } from '../src/replies';
import { readDialogInput, yesOrNo } from '../src/understanding/dialogInput';
import type { ConfirmState, DialogEnv, DialogInput, DialogResult } from './dialog';
import { registrationReply } from './signUp';

const buttons = (lang: Lang) => {
  const b = messages(lang).registration.yesNoButtons;
  return [
    { title: b.yes, value: { moedebot: 'yesNo', answer: 'yes' } },
    { title: b.no, value: { moedebot: 'yesNo', answer: 'no' } },
  ];
};

/** "min tilmelding": every registration of the person, across the events. */
export async function showRegistrations(events: readonly MeetingEvent[], lang: Lang, env: DialogEnv): Promise<DialogResult> {
  const r = messages(lang).registration;
  const found = await env.registrations.registrationsOf(events, env.identity);
  if (found.length === 0) return { replies: [reply(r.notRegistered, lang)] };
  const replies = await Promise.all(
    found.map(({ event, registration }) => registrationReply(env, event, registration, lang, r.yourRegistration(titleOf(event, lang)))),
  );
  return { replies: found.length > 1 ? [reply(r.yourRegistrations(found.length), lang), ...replies] : replies };
}

/** "afmeld mig": asks first. */
export async function startCancel(event: MeetingEvent, lang: Lang, env: DialogEnv): Promise<DialogResult> {
  const r = messages(lang).registration;
  if (!(await env.registrations.findActive(event, env.identity)))
    return { replies: [reply(r.notRegisteredFor(titleOf(event, lang)), lang)] };
  return {
    state: { kind: 'confirm', action: 'cancelRegistration', eventId: event.id, lang },
    replies: [reply(r.cancelQuestion(titleOf(event, lang)), lang, { suggestions: buttons(lang) })],
  };
}

/** "slet mine data": asks first. */
export function startDelete(lang: Lang): DialogResult {
  return {
    state: { kind: 'confirm', action: 'deleteData', lang },
    replies: [reply(messages(lang).registration.deleteQuestion, lang, { suggestions: buttons(lang) })],
  };
}

/** The answer to a yes/no question of cancelling or deleting. */
export async function continueConfirm(
  state: ConfirmState,
  input: DialogInput,
  env: DialogEnv,
  allEvents: readonly MeetingEvent[],
): Promise<DialogResult> {
  const lang = state.lang;
  const r = messages(lang).registration;
  const event = state.eventId ? env.event(state.eventId) : undefined;
  const answer = input.submit?.action === 'yesNo' ? input.submit.answer : yesOrNo(input.text);
  if (answer === undefined) {
    // Anything but yes or no: a new request (or question) — the yes/no question is dropped, the message handled afresh.
    if (event && readDialogInput(input.text, env.knowledge(event), lang).kind === 'answer') {
      return { state, replies: [reply(r.yesNo, lang, { suggestions: buttons(lang) })] };
    }
    return { replies: [], reroute: true };
  }
  if (state.action === 'cancelRegistration') {
    if (!answer || !event) return { replies: [reply(r.cancelKept, lang)] };
    const outcome = await env.registrations.cancel(event, env.identity);
    if (outcome.kind === 'notRegistered') return { replies: [reply(r.notRegisteredFor(titleOf(event, lang)), lang)] };
    const kept = outcome.kept
      .map((id) => event.registration?.fields.find((f) => f.id === id))
      .filter((f) => f !== undefined)
      .map((f) => fieldLabel(f, lang, event));
    return { replies: [reply(r.cancelDone(kept, outcome.promoted !== undefined), lang)] };
  }
  if (!answer) return { replies: [reply(r.deleteKept, lang)] };
  const had = await env.registrations.deleteUserData(allEvents, env.identity);
  return { replies: [reply(r.deleteDone(had), lang)], erase: true };
}
