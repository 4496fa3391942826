import type { Request } from '../understanding/lexicon/requests';

/** What handling an intent needs, checked by the router before it runs. */
export interface IntentNeeds {
  /** Which meeting it is about must be known (asked once when several are upcoming). */
  event: boolean;
  /** It reads or writes registrations or answers (not possible while the store is down). */
  storage: boolean;
  /** It shows or asks for personal data: in a Teams channel or group chat it moves to a 1:1 chat. */
  privateChat: boolean;
  /** Only the event's organisers may have it; everyone else gets one polite refusal. */
  organiser: boolean;
}

type Intent = Request | 'question' | 'smallTalk';

const need = (event: boolean, storage: boolean, privateChat: boolean, organiser: boolean): IntentNeeds => ({
  event,
  storage,
  privateChat,
  organiser,
});

/** The one intent table: every kind of message the bot handles and what it needs. */
export const INTENTS: Record<Intent, IntentNeeds> = {
  question: need(true, false, false, false),
  smallTalk: need(false, false, false, false),
  answerInLanguage: need(false, false, false, false),
  listEvents: need(false, false, false, false),
  signUp: need(true, true, true, false),
  signUpOthers: need(true, false, false, false),
  myRegistration: need(false, true, true, false),
  changeRegistration: need(true, true, true, false),
  cancelRegistration: need(true, true, true, false),
  deleteData: need(false, true, true, false),
  orgCount: need(true, true, false, true),
  orgBreakdown: need(true, true, false, true),
  orgList: need(true, true, true, true),
  orgExport: need(true, true, true, true),
  orgTopics: need(true, true, true, true),
  orgUnanswered: need(true, true, true, true),
  orgAnswer: need(true, true, true, true),
  orgShowAnswers: need(true, true, true, true),
  orgEditAnswer: need(true, true, true, true),
  orgRemoveAnswer: need(true, true, true, true),
  orgOverview: need(false, true, false, true),
  orgBind: need(true, true, false, true),
};
