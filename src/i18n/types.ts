import type { FieldKind } from '../event/model';
import type { AnswerMessages, ClosedReason } from './answers.types';
export type { ContactFacts } from './answers.types';

export type { AnswerMessages, AskedNotSaid, ClosedReason } from './answers.types';

/** The languages the bot speaks. Danish first. */
export const LANGUAGES = ['da', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Why an answer to a sign-up question was not taken. */
export type FieldProblem =
  | 'empty'
  | 'tooLong'
  | 'markup'
  | 'notAName'
  | 'notAnEmail'
  | 'notAPhone'
  | 'noSuchChoice'
  | 'refusal'
  | 'unsure'
  | 'ambiguous'
  | 'question';

/** Every sentence a user can read, per language. Nothing user-facing is written anywhere else. */
export interface Messages {
  /** In a group (a Teams channel or group chat) there are no buttons to pick from, and the bot hears only @mentions. */
  welcome(title: string | undefined, others: number, where?: 'personal' | 'group'): string;
  welcomeMany(count: number): string;
  suggestions: { when: string; where: string; programme: string; signUp: string; otherMeetings: string };
  answers: AnswerMessages;
  smallTalk: SmallTalkMessages;
  feedback: { question: string; yes: string; no: string; thanks: string; recorded: string };
  emptyMessage: string;
  turnError: string;
  /** Storage (Cosmos DB) cannot be reached or is overloaded: this message was not used; nothing confirmed before is lost. */
  storeUnavailable: string;
  /** Another message of the same conversation was handled at the same moment and won; this one was not used. */
  stateConflict: string;
  staleCard: string;
  /** In a channel or group chat: personal data goes to a 1:1 chat instead. */
  sentPrivately: string;
  privateFailed: string;
  events: EventMessages;
  registration: RegistrationMessages;
  organiser: OrganiserMessages;
  unanswered: UnansweredMessages;
  /** The public privacy and terms pages the Teams app links to: a title and paragraphs. */
  privacyPage(retentionDays: number, stateDays: number): { title: string; paragraphs: string[] };
  termsPage: { title: string; paragraphs: string[] };
  calendarOrganisers(organisers: string[]): string;
  /** In a calendar file whose end the letter does not give: the end there is a guess. */
  calendarEndEstimated: string;
}

export interface SmallTalkMessages {
  greeting(title: string | undefined): string;
  thanks: string;
  farewell: string;
  acknowledgement: string;
  abuse: string;
  whatAreYou(title: string | undefined): string;
  speakLanguage: string;
  howAreYou: string;
  help(title: string | undefined, signUpOpen: boolean): string;
  gibberish: string;
  /** A remark with nothing to answer. */
  notUnderstood: string;
}

/** Which meeting a conversation is about, when the bot serves several. */
export interface EventMessages {
  choose(count: number): string;
  chooseFor(question: string): string;
  option(title: string, when: string): string;
  chosen(title: string, when: string): string;
  none: string;
  onlyPast: string;
  list(lines: string[]): string;
  /** Names the meeting an answer is about, when several are upcoming. */
  about(title: string): string;
  notFound: string;
  /** A Teams channel, a whole team or a group chat was bound to the meeting ("brug dette møde her"). */
  bound(title: string, where: 'channel' | 'team' | 'chat'): string;
  /** The binding of this channel, team or chat was removed. */
  unbound(title: string, where: 'channel' | 'team' | 'chat'): string;
  /** Unbinding where nothing is bound. */
  notBound: string;
  bindOnlyOrganisers: string;
  /** Binding asked for in a personal chat, Web Chat or the Emulator: only a Teams channel, team or group chat has a place to bind. */
  bindOnlyShared: string;
  /** An organiser with no upcoming meeting of their own asked to bind one. */
  bindNone: string;
  bindChoose: string;
  /** "afmeld mig" from someone registered for several meetings. */
  chooseCancel(count: number): string;
  /** An organiser's request when they organise several meetings and did not say which. */
  chooseOwn(count: number): string;
  /** The text a Teams deep link puts in the compose box of a chat with the bot; the bot reads the id it ends with. */
  linkMessage(title: string): string;
}

/** The sign-up dialog and managing a registration afterwards. */
export interface RegistrationMessages {
  privacyNotice(title: string, fields: Array<{ label: string; purpose?: string }>, organisers: string[], retentionDays: number): string;
  privacyQuestion: string;
  privacyDeclined: string;
  fieldLabel(kind: FieldKind): string;
  fieldPrompt(kind: FieldKind): string;
  /** The label of the question which of a meeting's alternative dates one comes to. */
  sessionLabel: string;
  /** That question, with the dates to choose from, one a line. */
  sessionPrompt(lines: string[]): string;
  prefillConfirm(label: string, value: string): string;
  fieldProblem(problem: FieldProblem, label: string, maxLength: number): string;
  understood(label: string, value: string): string;
  confirmValue(label: string, value: string): string;
  confirmChoice(label: string, value: string): string;
  confirmTopic(value: string): string;
  /** An answer outside a choice field's list, kept under its "other" option once confirmed. */
  confirmOther(label: string, value: string, otherLabel: string): string;
  /** An answer that fits several choices ("politiker"): which one? */
  whichChoice(options: string[]): string;
  /** "tilmeld mig" while signing up: it is under way; the pending question follows. */
  signUpUnderWay: string;
  choicesList(options: string[], otherLabel?: string): string;
  otherButton: string;
  choose: string;
  chooseLabel(label: string): string;
  chooseError: string;
  skip: string;
  reviewIntro: string;
  reviewQuestion(fields: string[]): string;
  reviewButtons: { confirm: string; change: string; cancel: string };
  reviewNotUnderstood: string;
  whichField(labels: string[]): string;
  registered(title: string, when: string, calendar: 'attached' | 'link' | 'none'): string;
  waitlisted(position: number): string;
  updated: string;
  unchanged: string;
  closed(reason: ClosedReason, when: string): string;
  notInChat(ways: string): string;
  alreadyRegistered: string;
  keptAsIs: string;
  aborted: string;
  help(label: string): string;
  reviewHelp: string;
  saveFailed: string;
  notRegistered: string;
  notRegisteredFor(title: string): string;
  statusLine(status: 'registered' | 'waitlisted', position?: number): string;
  yourRegistration(title: string): string;
  yourRegistrations(count: number): string;
  whichRegistration: string;
  cancelQuestion(title: string): string;
  cancelDone(kept: string[], promotedSomeone: boolean): string;
  cancelKept: string;
  deleteQuestion: string;
  deleteDone(hadRegistration: boolean): string;
  deleteKept: string;
  promoted(title: string, when: string): string;
  yesNo: string;
  yesNoButtons: { yes: string; no: string };
  calendarButton: string;
  cardTitle: string;
  noAnswer: string;
  /** "tilmeld mig og min kollega": everyone signs up themselves, and how; `alsoYou` when the sender's own sign-up follows. */
  others(ways: { url?: string; email?: string; phone?: string }, inChat: boolean, alsoYou: boolean): string;
  changeWhich(labels: string[]): string;
  changedTo(label: string, value: string): string;
  nothingToChange: string;
}

/** What organisers read: counts, breakdowns, lists, topics, exports — and what everyone else is told. */
export interface OrganiserMessages {
  notOrganiser: string;
  onlyInPersonalChat: string;
  summary(title: string, registered: number, waitlisted: number, cancelled: number, capacity?: number): string;
  countFor(label: string, registered: number, waitlisted: number): string;
  countCancelled(cancelled: number): string;
  countCancelledFor(label: string, cancelled: number): string;
  breakdownTitle(fieldLabel: string): string;
  countHeader: string;
  total: string;
  noGroups: string;
  listTitle(count: number, filterLabel?: string): string;
  waitingTitle: string;
  participantLine(name: string, details: string[]): string;
  page(page: number, pages: number, nextCommand: string): string;
  onlyPages(pages: number): string;
  nextPageCommand(page: number): string;
  nobody: string;
  nobodyFrom(label: string): string;
  topicsTitle(count: number): string;
  noTopics: string;
  noTopicField: string;
  exportReady(rows: number): string;
  exportConsent(rows: number): string;
  exportDescription(title: string): string;
  exportUploaded(name: string): string;
  exportDeclined: string;
  exportFailed: string;
  overviewTitle: string;
  overviewLine(title: string, when: string, registered: number, waitlisted: number, cancelled: number): string;
  overviewNone: string;
  overviewHeaders: { event: string; registered: string; waitlisted: string; cancelled: string };
  csv: {
    status: string;
    registeredAt: string;
    waitlistNumber: string;
    statuses: Record<'registered' | 'waitlisted' | 'cancelled', string>;
    fileName(eventId: string): string;
  };
}

/** Questions the invitation did not answer, for organisers; and telling the askers later. */
export interface UnansweredMessages {
  title(count: number): string;
  line(number: number, text: string, count: number, lang: Lang): string;
  /** The list shows the most asked; this many more are not shown. */
  more(count: number): string;
  none: string;
  howToAnswer: string;
  /** "svar på 2" without the answer: asks for it. */
  answerPrompt(question: string): string;
  confirm(question: string, answer: string): string;
  saved(number: number): string;
  notSaved: string;
  noSuchQuestion(number: number): string;
  noSuchAnswer(number: number): string;
  answersTitle(count: number): string;
  answerLine(number: number, questions: string, answer: string): string;
  noAnswers: string;
  editPrompt(number: number, answer: string): string;
  editConfirm(number: number, answer: string): string;
  /** Saved: the text replaced, or — `added` — a version in that language added beside the other. */
  edited(number: number, added: Lang | undefined): string;
  removed(number: number): string;
  removeConfirm(number: number, answer: string): string;
  /** Told to someone who asked: their question and the organisers' answer (`original`: the language it is in, when not theirs). */
  closingTheLoop(question: string, answer: string, original: Lang | undefined): string;
  /** What a masked part of a question held, as organisers read it. */
  masked: { email: string; phone: string; number: string; name: string };
}
