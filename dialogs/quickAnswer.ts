import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MeetingAssistant } from '../src/answers/assistant';
import { answerReply } from '../src/bot/replies';
import type { Lang } from '../src/i18n';
import { CONTENT_INTENTS, ORGANISER_INTENTS, SMALL_TALK_INTENTS } from '../src/understanding/lexicon';
import { foldWord, tokenize } from '../src/understanding/normalize';
import type { Understanding } from '../src/understanding/recognizer';
import { TURN_LANG, type TurnInput } from './turnInput';

/**
 * Questions answered straight from the invitation, without the dialog machinery. Nothing here loads
 * botbuilder-dialogs (only its types), so a bot that has only answered questions has not paid for loading it.
 */

const QUESTION_START = new Set(['hvornår', 'hvor', 'hvad', 'hvem', 'hvordan', 'hvorfor', 'hvilken', 'hvilket', 'when', 'where', 'what', 'who', 'how', 'why', 'which'].map(foldWord));
export const QUESTION_INTENTS: readonly string[] = CONTENT_INTENTS.filter((intent) => intent !== 'signUp');
/** Answered from the invitation alone: no store is read or written. */
const STORELESS_INTENTS: readonly string[] = [...QUESTION_INTENTS, ...SMALL_TALK_INTENTS];
/** Intents the main dialog hands to a dialog, a command or an authorisation check rather than answering. */
const ROUTED_INTENTS: readonly string[] = [...ORGANISER_INTENTS, 'myRegistration', 'changeRegistration', 'cancelRegistration', 'deleteData', 'signUp'];

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

/**
 * A question asked outside any dialog, answered as the main dialog's routing would answer it: the dialog machinery
 * costs more than the answer, and a conversation that only asks questions then never writes state. Returns the
 * language answered in, or undefined when the message needs the dialogs (a dialog is running, a card was
 * submitted, or it asks for sign-up, a registration command or organiser data).
 */
export async function answerWithoutDialog(
  context: TurnContext,
  accessor: StatePropertyAccessor<DialogState>,
  input: TurnInput,
  assistant: MeetingAssistant,
): Promise<Lang | undefined> {
  if (!input.text || input.submit || (await accessor.get(context))?.dialogStack?.length) return undefined;
  const understanding = input.understanding ?? assistant.understand(input.text, input.languageHint);
  input.understanding = understanding;
  if (understanding.intents.some((intent) => ROUTED_INTENTS.includes(intent))) return undefined;
  context.turnState.set(TURN_LANG, understanding.lang);
  await context.sendActivity(answerReply(assistant.answer(understanding), assistant.event, understanding.lang));
  return understanding.lang;
}
