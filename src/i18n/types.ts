import type { FieldProblem } from '../registrations/fields';

/** The languages the bot speaks. Danish first. */
export const LANGUAGES = ['da', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Facts handed to a message, already formatted for the language. */
export interface ContactFacts {
  name: string;
  title?: string;
  organisation: string;
  website: string;
  email?: string;
  phone?: string;
}

/** Every sentence a user can read, per language. Nothing user-facing is written anywhere else. */
export interface Messages {
  welcome(title: string): string;
  suggestions: { when: string; where: string; programme: string; signUp: string };
  when(dateAndTime: string, relative: string, state: 'future' | 'ongoing' | 'past'): string;
  endTime(time: string, date: string): string;
  weekday(weekday: string, date: string): string;
  duration(duration: string, from: string, to: string): string;
  where(venue: string, address: string): string;
  programmeHeading(title: string, dateAndTime: string): string;
  programmeItem(number: number, title: string, leader?: string): string;
  programmeLeaderLabel: string;
  audience(audience: string[], summary: string): string;
  organisers(organisers: string[]): string;
  chair(name: string, title: string | undefined, itemNumbers: number[]): string;
  purpose(purpose: string, focus: string): string;
  background(points: string[]): string;
  ownTopics(allowed: boolean, programmeItem?: number): string;
  registrationLink(url: string): string;
  signUp(url: string): string;
  letterDate(date: string, sender: string): string;
  senderAddress(organisation: string, addressLines: string[], website: string): string;
  contact(contact: ContactFacts): string;
  dontKnow(contact: ContactFacts): string;
  partlyUnknown: string;
  passage(quote: string, quotedInOtherLanguage: boolean): string;
  greeting(title: string): string;
  help(title: string): string;
  thanks: string;
  emptyMessage: string;
  turnError: string;
  /** Storage (Cosmos DB) cannot be reached or is overloaded: this message was not used; nothing confirmed before is lost. */
  storeUnavailable: string;
  /** Another message of the same conversation was handled at the same moment and won; this one was not used. */
  stateConflict: string;
  registration: RegistrationMessages;
  organiser: OrganiserMessages;
  /** The public privacy and terms pages the Teams app links to: a title and paragraphs. */
  privacyPage(retentionDays: number, stateDays: number, organisers: string[]): { title: string; paragraphs: string[] };
  termsPage: { title: string; paragraphs: string[] };
  calendarOrganisers(organisers: string[]): string;
}

export type ClosedReason = 'started' | 'past' | 'deadline';

/** The sign-up dialog and managing a registration afterwards. */
export interface RegistrationMessages {
  privacyNotice(fieldLabels: string[], organisers: string[], retentionDays: number): string;
  prefillConfirm(label: string, value: string): string;
  fieldProblem(problem: FieldProblem, label: string, maxLength: number): string;
  choicesList(options: string[], otherLabel?: string): string;
  choose: string;
  skip: string;
  reviewIntro: string;
  reviewQuestion: string;
  reviewButtons: { confirm: string; change: string; cancel: string };
  reviewNotUnderstood: string;
  whichField(labels: string[]): string;
  registered(title: string, when: string): string;
  waitlisted(position: number): string;
  updated: string;
  unchanged: string;
  closed(reason: ClosedReason, when: string): string;
  alreadyRegistered: string;
  keptAsIs: string;
  aborted: string;
  help(missing: string): string;
  reviewHelp: string;
  saveFailed: string;
  notRegistered: string;
  statusLine(status: 'registered' | 'waitlisted', position?: number): string;
  yourRegistration: string;
  cancelQuestion: string;
  cancelDone(promotedSomeone: boolean): string;
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
  staleCard: string;
}

/** What organisers read: counts, breakdowns, lists, topics, exports — and what everyone else is told. */
export interface OrganiserMessages {
  notOrganiser(contact: ContactFacts): string;
  /** In a channel or group chat: personal data goes to a 1:1 chat instead. */
  sentPrivately: string;
  privateFailed: string;
  onlyInPersonalChat: string;
  summary(registered: number, waitlisted: number, cancelled: number): string;
  countFor(label: string, registered: number, waitlisted: number): string;
  breakdownTitle(fieldLabel: string): string;
  countHeader: string;
  total: string;
  listTitle(count: number, filterLabel?: string): string;
  waitingTitle: string;
  participantLine(name: string, role: string, municipality: string): string;
  page(page: number, pages: number, nextCommand: string): string;
  nextPageCommand(page: number): string;
  nobody: string;
  topicsTitle(count: number): string;
  noTopics: string;
  exportReady(rows: number): string;
  exportConsent(rows: number): string;
  exportDescription(title: string): string;
  exportUploaded(name: string): string;
  exportDeclined: string;
  exportFailed: string;
  csv: {
    status: string;
    registeredAt: string;
    waitlistNumber: string;
    statuses: Record<'registered' | 'waitlisted' | 'cancelled', string>;
    fileName(eventId: string): string;
  };
}
