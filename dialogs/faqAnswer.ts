import type { MeetingEvent } from '../src/event/model';
import { messages, type Lang } from '../src/i18n';
import { auditIdOf } from '../src/identity';
import {
  LIST_SIZE,
  answerLanguage,
  answerText,
  answersList,
  entryNumbered,
  faqCommandOf,
  groupNumbered,
  shownQuestion,
  unansweredList,
  type QuestionRequest,
} from '../src/questions/requests';
import type { QuestionService } from '../src/questions/service';
import { reply, type Reply } from '../src/replies';
import { readDialogInput, yesOrNo } from '../src/understanding/dialogInput';
import type { DialogEnv, DialogInput, DialogResult, FaqAnswerState } from './dialog';

/** What an organiser last saw numbered, kept in the conversation so that "svar på 2" means the 2 they saw. */
export interface ShownLists {
  questionList?: { eventId: string; groups: string[][] };
  answerList?: { eventId: string; ids: string[] };
}

export interface FaqRequestResult {
  replies: Reply[];
  state?: FaqAnswerState;
  shown: ShownLists;
  /** How many questions or answers were shown (for the audit line). */
  rows: number;
}

const buttons = (lang: Lang) => {
  const b = messages(lang).registration.yesNoButtons;
  return [
    { title: b.yes, value: { moedebot: 'yesNo', answer: 'yes' } },
    { title: b.no, value: { moedebot: 'yesNo', answer: 'no' } },
  ];
};

const numberIn = (text: string) => Number(/\d{1,3}/.exec(text)?.[0] ?? '0');

/**
 * An organiser's request about invitees' questions, after authorisation: the list of unanswered ones, the answers
 * added, or the start of adding, changing or removing an answer — each shown back for confirmation first.
 */
export async function questionRequest(
  request: QuestionRequest,
  ask: { event: MeetingEvent; lang: Lang; text: string; shown: ShownLists },
  service: QuestionService,
): Promise<FaqRequestResult> {
  const { event, lang } = ask;
  const m = messages(lang).unanswered;
  const shown = { ...ask.shown };
  const command = faqCommandOf(ask.text);
  const number = command?.number ?? numberIn(ask.text);
  const base = { eventId: event.id, lang, number };
  switch (request) {
    case 'orgUnanswered': {
      const groups = await service.openGroups(event);
      shown.questionList = { eventId: event.id, groups: groups.slice(0, LIST_SIZE).map((group) => group.ids) };
      return { replies: [unansweredList(groups, lang)], shown, rows: Math.min(groups.length, LIST_SIZE) };
    }
    case 'orgShowAnswers': {
      const entries = (await service.faq(event.id))?.entries ?? [];
      shown.answerList = { eventId: event.id, ids: entries.map((entry) => entry.id) };
      return { replies: [answersList(entries, lang)], shown, rows: entries.length };
    }
    case 'orgAnswer': {
      const group = await groupNumbered(service, event, number, shown.questionList);
      if (!group) return { replies: [reply(m.noSuchQuestion(number), lang)], shown, rows: 0 };
      const question = shownQuestion(group.text, lang);
      const state: FaqAnswerState = { kind: 'faqAnswer', action: 'add', step: 'text', ...base, questionIds: group.ids, question };
      if (!command?.text) return { replies: [reply(m.answerPrompt(question), lang)], state, shown, rows: 1 };
      return confirm({ ...state, step: 'confirm', answer: { text: command.text, lang: answerLanguage(command.text, lang) } }, shown);
    }
    case 'orgEditAnswer':
    case 'orgRemoveAnswer': {
      const found = await entryNumbered(service, event, number, shown.answerList);
      if (!found) return { replies: [reply(m.noSuchAnswer(number), lang)], shown, rows: 0 };
      const current = answerText(found.entry, lang);
      const state: FaqAnswerState = {
        kind: 'faqAnswer',
        action: request === 'orgEditAnswer' ? 'edit' : 'remove',
        step: 'confirm',
        ...base,
        number: found.number,
        entryId: found.entry.id,
        question: found.entry.questions[0],
      };
      if (request === 'orgRemoveAnswer')
        return { replies: [reply(m.removeConfirm(found.number, current), lang, { suggestions: buttons(lang) })], state, shown, rows: 1 };
      if (!command?.text)
        return { replies: [reply(m.editPrompt(found.number, current), lang)], state: { ...state, step: 'text' }, shown, rows: 1 };
      return confirm({ ...state, answer: { text: command.text, lang: answerLanguage(command.text, lang) } }, shown);
    }
  }
}

/** The answer shown back as it will be saved, with yes/no. */
function confirm(state: FaqAnswerState, shown: ShownLists): FaqRequestResult {
  const m = messages(state.lang).unanswered;
  const text = state.answer!.text;
  const question = state.action === 'add' ? m.confirm(state.question ?? '', text) : m.editConfirm(state.number, text);
  return { replies: [reply(question, state.lang, { suggestions: buttons(state.lang) })], state, shown, rows: 1 };
}

/**
 * The organiser's next message: the answer's text (then shown back), or yes/no to saving it. Anything else leaves
 * the dialog and is handled afresh. `answered` names the event whose askers are now owed an answer.
 */
export async function continueFaqAnswer(
  state: FaqAnswerState,
  input: DialogInput,
  env: DialogEnv,
  service: QuestionService,
  stillOrganiser: (event: MeetingEvent) => boolean,
): Promise<DialogResult & { answered?: string }> {
  const lang = state.lang;
  const m = messages(lang).unanswered;
  const event = env.event(state.eventId);
  if (!event || !stillOrganiser(event)) return { replies: [reply(m.notSaved, lang)] };
  if (state.step === 'text') {
    const text = input.text.trim();
    if (input.submit || !text) return { replies: [reply(m.notSaved, lang)] };
    const intent = readDialogInput(text, env.knowledge(event), lang);
    if (intent.kind === 'leave' || intent.kind === 'no') return { replies: [reply(m.notSaved, lang)] };
    const next = confirm({ ...state, step: 'confirm', answer: { text, lang: answerLanguage(text, lang) } }, {});
    return { state: next.state, replies: next.replies };
  }
  const answer = input.submit?.action === 'yesNo' ? input.submit.answer : yesOrNo(input.text);
  if (answer === undefined) return { replies: [], reroute: true };
  if (!answer) return { replies: [reply(m.notSaved, lang)] };
  const audit = (action: string, number: number) =>
    env.log.info(
      { audit: { action, actor: auditIdOf(env.identity), eventId: event.id, channel: env.channelId, answer: number, allowed: true } },
      'organiser answers changed',
    );
  switch (state.action) {
    case 'add': {
      const saved = await service.addAnswer(event, state.questionIds ?? [], state.answer!);
      audit('orgAnswer', saved.number);
      return { replies: [reply(m.saved(saved.number), lang)], answered: event.id };
    }
    case 'edit': {
      const edited = await service.editAnswer(event, state.entryId ?? '', state.answer!);
      if (!edited) return { replies: [reply(m.noSuchAnswer(state.number), lang)] };
      audit('orgEditAnswer', edited.number);
      return { replies: [reply(m.edited(edited.number, edited.added ? state.answer!.lang : undefined), lang)] };
    }
    case 'remove': {
      const removed = await service.removeAnswer(event, state.entryId ?? '');
      if (!removed) return { replies: [reply(m.noSuchAnswer(state.number), lang)] };
      audit('orgRemoveAnswer', state.number);
      return { replies: [reply(m.removed(state.number), lang)] };
    }
  }
}
