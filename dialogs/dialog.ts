import type { DateTime } from 'luxon';
import type { MeetingEvent } from '../src/event/model';
import type { Lang } from '../src/i18n';
import type { Identity } from '../src/identity';
import type { Logger } from '../src/log';
import type { RegistrationService } from '../src/registrations/service';
import type { Reply } from '../src/replies';
import type { EventKnowledge } from '../src/understanding/knowledge';
import type { Answers } from '../src/registrations/model';

/** A card submit the bot understood, passed to the dialog waiting for it. */
export type Submit =
  | { action: 'signUp'; eventId?: string }
  | { action: 'field'; field: string; choice?: string }
  | { action: 'review'; choice: 'confirm' | 'change' | 'cancel' }
  | { action: 'yesNo'; answer: boolean }
  | { action: 'event'; eventId: string }
  | { action: 'feedback'; helpful: boolean };

/** One message as the dialogs see it. */
export interface DialogInput {
  text: string;
  submit?: Submit;
  /** The language the message was written in (or the conversation's). */
  lang: Lang;
}

/** What the bot knows of a person from their channel (Teams), offered instead of typing. */
export interface MemberProfile {
  name?: string;
  email?: string;
}

/** What dialogs may use: the events, the registrations, the clock, who is writing and where. */
export interface DialogEnv {
  event(id: string): MeetingEvent | undefined;
  knowledge(event: MeetingEvent): EventKnowledge;
  registrations: RegistrationService;
  now(): DateTime;
  identity: Identity;
  channelId: string;
  retentionDays: number;
  /** A public link to the event's calendar file, for channels that take no file attachments. */
  calendarUrl(event: MeetingEvent): string | undefined;
  /** Whether the channel takes a file attachment from the bot. */
  filesAllowed: boolean;
  profile(): Promise<MemberProfile | undefined>;
  log: Logger;
  /** Answers a question about the meeting in the middle of a dialog; undefined when the text is no such question. */
  answerQuestion(text: string, event: MeetingEvent, lang: Lang): Reply[] | undefined;
}

/** The state of a sign-up (or a change of one) between messages. Lives in the conversation's state until confirmed. */
export interface SignUpState {
  kind: 'signUp';
  eventId: string;
  lang: Lang;
  step: 'existing' | 'notice' | 'prefill' | 'field' | 'confirmValue' | 'other' | 'review' | 'whichField' | 'retry';
  index: number;
  answers: Answers;
  /** A value taken from an answer but not sure enough to keep without asking. */
  pending?: {
    value: string;
    other?: string;
    display: string;
    /** Read as a question too ("hvornår starter det" at a free-text field): on "no" it is answered. */ question?: boolean;
  };
  /** Values Teams knows, offered for confirmation instead of typing. */
  prefill: Record<string, string>;
  /** Changing one field from the review: back to the review afterwards. */
  only?: boolean;
  /** Whether the person had an active registration when the dialog began. */
  hadRegistration: boolean;
  mode: 'new' | 'change';
}

/** A yes/no question the bot asked, and what it will do on "ja". */
export interface ConfirmState {
  kind: 'confirm';
  action: 'cancelRegistration' | 'deleteData';
  eventId?: string;
  lang: Lang;
}

/** Several meetings and no clue which one is meant: the bot asked, and remembers what to do after the answer. */
export interface ChooseEventState {
  kind: 'chooseEvent';
  lang: Lang;
  /** The message that needed an event, handled again once one is chosen. */
  pendingText?: string;
  /** What the choice is for: a question or request (default), or binding a channel to the event. */
  purpose?: 'turn' | 'bind';
  /** The event ids offered, in the card's order ("2" is the second), when not simply the upcoming ones. */
  options?: string[];
}

/** An organiser adding, changing or removing an answer to invitees' questions: asked for the text, or for "ja". */
export interface FaqAnswerState {
  kind: 'faqAnswer';
  action: 'add' | 'edit' | 'remove';
  step: 'text' | 'confirm';
  eventId: string;
  lang: Lang;
  /** The number the organiser used ("svar på 2", "ret svar 3"). */
  number: number;
  /** add: the recorded questions answered. */
  questionIds?: string[];
  /** edit, remove: the answer's FAQ entry. */
  entryId?: string;
  /** What is answered, as organisers read it. */
  question?: string;
  answer?: { text: string; lang: Lang };
}

export type DialogState = SignUpState | ConfirmState | ChooseEventState | FaqAnswerState;

export interface DialogResult {
  /** The dialog's next state; undefined when it has ended. */
  state?: DialogState;
  replies: Reply[];
  /** The dialog gave way to a request ("slet mine data" mid-sign-up): route the same message afresh. */
  reroute?: boolean;
  /** "slet mine data" was confirmed: the bot erases the person's state everywhere. */
  erase?: boolean;
}
