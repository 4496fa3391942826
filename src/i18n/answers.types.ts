import type { PracticalFact, PracticalTopic } from '../event/model';

/** Someone to ask, already in the language of the reply. */
export interface ContactFacts {
  name: string;
  title?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  website?: string;
}

export type RoleName = 'chair' | 'moderator' | 'host';

/**
 * What a question asks that the reply found does not give, though it speaks of the same thing: an amount in the
 * currency asked, that the thing asked of is free, a total where the letter gives a number per part, that a party the
 * letter names is invited or takes part. Each as the question wrote it.
 */
export type AskedNotSaid =
  | { kind: 'currency'; currency: string }
  | { kind: 'free'; thing: string }
  | { kind: 'total' }
  | { kind: 'party'; party: string }
  /** What a thing the letter names costs, where it ties no amount to it. */
  | { kind: 'price'; thing: string }
  /**
   * A lower price for a group the letter's prices do not name: the discount's own word when it names the group
   * ("studierabat"), and what follows it ("for people from non-member towns").
   */
  | { kind: 'discount'; word: string; rest: string };
export type ClosedReason = 'notOffered' | 'notRequired' | 'deadline' | 'started' | 'past';

/** Answers to questions about the meeting, built from the event's facts. */
export interface AnswerMessages {
  when(dateAndTime: string, relative: string, state: 'future' | 'ongoing' | 'past'): string;
  /** One day of a meeting over several days: "Dag 2 er tirsdag den 27. april 2027 kl. 09.00–14.00." */
  day(number: number, dateAndTime: string): string;
  /**
   * A meeting held on alternative dates, each invitee coming to one: every session with its label and time
   * ("Hold 1: tirsdag den 2. marts 2027 kl. 09.00–12.00"), one a line.
   */
  sessions(lines: string[]): string;
  /** One session: "Hold 2 er tirsdag den 9. marts 2027 kl. 13.00–16.00." */
  session(label: string, dateAndTime: string): string;
  /** One session named by its date alone: "Dato nr. 2 er …". */
  sessionNumber(number: number, dateAndTime: string): string;
  /** One line of a list of sessions, with what is asked of each (its time, deadline or place). */
  sessionLine(label: string | undefined, fact: string): string;
  /** The sign-up deadline of each session, one a line. */
  sessionDeadlines(lines: string[]): string;
  /** The place of each session, one a line. */
  sessionPlaces(lines: string[]): string;
  /** A date asked about is that of one of the sessions: which. */
  sessionMatches(label: string | undefined, dateAndTime: string, others: number): string;
  /** When that day ends. */
  dayEnd(number: number, time: string, date: string): string;
  /** That day's programme, one line an item (or the letter's paragraph about the day). */
  dayProgramme(number: number, lines: string[]): string;
  end(time: string, date: string): string;
  noTimeStated: string;
  duration(duration: string, from: string, to: string): string;
  weekday(weekday: string, dateAndTime: string): string;
  where(venue: string | undefined, address: string | undefined, room: string | undefined): string;
  online(name: string | undefined, url: string | undefined): string;
  postalCode(code: string, city: string): string;
  city(city: string, where: string): string;
  room(room: string): string;
  programmeHeading(title: string, dateAndTime: string): string;
  /** One line of the programme; `number` only when the letter numbers items (or gives no times). */
  programmeItem(number: number | undefined, time: string | undefined, title: string, by: string | undefined): string;
  subItem(title: string): string;
  /** An item with its time of day and, for a meeting of several days, its `day` ("fredag den 16. april"). */
  item(label: string, title: string, by: string | undefined, time: string | undefined, subItems: string[], day?: string): string;
  itemLabel(label: string, title: string, time: string | undefined): string;
  itemBy(label: string, title: string, by: string): string;
  /** Where in the venue an item is held, as the letter names the room. */
  itemRoom(label: string, title: string, room: string): string;
  /** What the letter says under an item that answers the question, quoted. */
  itemSays(label: string, title: string, text: string): string;
  /** `day`: the item's date, when the programme runs over several days. */
  itemAt(label: string, title: string, start: string, end: string | undefined, day?: string): string;
  itemEnds(label: string, title: string, end: string): string;
  itemLasts(label: string, title: string, duration: string, from: string, to: string): string;
  /** The letter gives no time (or no leader) for these items; `meeting` is when the whole meeting is. */
  /** An item led by an organisation when a person of it was asked for. */
  noPersonNamed(items: string[]): string;
  itemNotStated(what: 'time' | 'who', items: Array<{ label: string; title: string }>, meeting: string): string;
  itemsFrom(lines: string[]): string;
  /** When the first item after arriving begins, beside the meeting's start at the doors. */
  programmeBegins(time: string, title: string): string;
  /** What comes before the time one arrives: what coming late misses. */
  itemsBefore(lines: string[]): string;
  /** The programme's first items: what coming late, at no time said, misses first. */
  itemsFirst(lines: string[]): string;
  noSuchItem(count: number): string;
  times(start: string, end: string | undefined): string;
  speakers(lines: string[]): string;
  role(role: RoleName, people: string[]): string;
  /** People the letter gives a title such as chair of something: named with it, nothing more claimed. */
  titledPeople(people: string[]): string;
  /** The letter does not say who chairs (moderates, hosts); `items` are who it names at programme items. */
  roleNotStated(role: RoleName, items: string[]): string;
  person(line: string, items: string[], contact: string | undefined): string;
  organisers(names: string[]): string;
  audience(text: string): string;
  purpose(texts: string[]): string;
  background(text: string): string;
  ownTopics(text: string, item: number | undefined): string;
  /** `owner`: the person whose e-mail or phone it is, as the letter names them. */
  signUpWays(ways: { url?: string; email?: string; phone?: string; owner?: string }): string;
  /** The sign-up's ways, added to a letter's word on cancelling that names a way ("ring", "samme link") without it. */
  cancelWays(ways: { url?: string; email?: string; phone?: string }): string;
  /** The venue's address is not given; `where` is where the meeting is held, as the letter says. */
  addressNotStated(venue: string, where: string): string;
  /** Where one's reply or sign-up goes: the letter's ways, and whose the e-mail address is (`owner`). */
  replyTo(ways: { url?: string; email?: string; phone?: string }, owner: string | undefined): string;
  signUpStillOpen: string;
  signUpInChat: string;
  /** Each part of a series signed up for on its own: the parts' own sign-up sentences follow, one a line. */
  signUpPerPart: (other: 'da' | 'en' | undefined) => string;
  signUpClosed(reason: ClosedReason, when: string): string;
  signUpNotRequired(text: string | undefined): string;
  deadline(date: string, passed: boolean): string;
  noDeadline(meeting: string): string;
  capacity(seats: number): string;
  noWaitingListStated(seats: number): string;
  /** How many are on the waiting list: not said; what the letter says of it. */
  waitingListCountNotStated(said: string, original: 'da' | 'en' | undefined): string;
  contact(contacts: ContactFacts[]): string;
  noContactPerson(contacts: ContactFacts[], signatories?: string[]): string;
  /** No contact person, but the letter's signer gives their e-mail or phone. */
  signerToContact(signers: ContactFacts[]): string;
  /** Who signed the letter, and for which organisation. */
  signatory(names: string[]): string;
  /** Who sent the letter, and who signed it. */
  sentBy(sender: string, signatories: string[]): string;
  /** A question of when naming a month none of the meeting's days is in, or a place it is not in: about another meeting. */
  otherMeeting(date: string, monthOrPlace: string): string;
  /** "What is X" of a letter that names X but never says what it is: said so, with where it names it. */
  notDefined(thing: string, said: string): string;
  /** A place asked of a venue the letter gives without its town. */
  townNotStated(where: string): string;
  /** The letter says nothing about this; what it says nearby is the next best thing (the start for arrival, the address for travel). */
  notStatedThen(what: string, fact: string): string;
  letterDate(date: string, sender: string | undefined): string;
  /** Who forwarded the invitation, with what their signature says of them (title, phone). */
  forwardedBy(name: string, details: string[]): string;
  /** When the one who forwarded the invitation sent it on. */
  forwardedOn(name: string, date: string): string;
  sender(name: string, address: string | undefined, website: string | undefined): string;
  title(title: string): string;
  /** Typed details of a practical fact, when there are any worth a sentence of their own. */
  practical(topic: PracticalTopic, fact: PracticalFact): string | undefined;
  /** The letter's own sentence; `original` names its language when it is not the question's. */
  letterSays(text: string, original: 'da' | 'en' | undefined): string;
  /** "Is X the chair?": yes or no, then who the letter says it is. */
  roleCheck(holds: boolean, fact: string): string;
  /** The letter says nothing of these words, but this about the topic. */
  notStatedButSays(words: string[], said: string, original: 'da' | 'en' | undefined): string;
  /** The reply found speaks of something near what was asked, not of the words asked about. */
  notAnsweredBy(words: string[], said: string, contacts: ContactFacts[]): string;
  /** The reply found does not give what the question asks of it (see AskedNotSaid): said so, with what it does say. */
  askedNotSaid(asked: AskedNotSaid, said: string, contacts: ContactFacts[]): string;
  noContactDetails(person: string, contacts: ContactFacts[]): string;
  faq(answer: string, original: 'da' | 'en' | undefined): string;
  passage(quote: string, otherLanguage: boolean): string;
  /** A quoted sentence that points to the website without writing it, and the website the letter gives elsewhere. */
  passageWithSite(quote: string, site: string, otherLanguage: boolean): string;
  /** A date the quote writes in figures ("12/3"), said in full after it. */
  numericDate(written: string, date: string): string;
  /** The forwarded letter's own sign-up deadline, beside the earlier one of the note that forwards it. */
  letterDeadline(quote: string, otherLanguage: boolean): string;
  /** Lines of an online meeting's join block (meeting id, passcode, dial-in), quoted, for the platform the letter names. */
  joinDetails(platform: string, quote: string, otherLanguage: boolean): string;
  dontKnow(contacts: ContactFacts[]): string;
  partlyUnknown(topics: Array<string | undefined>, contacts: ContactFacts[]): string;
  quotedInOriginal(language: 'da' | 'en'): string;
  /** The dates of a quote in the other language, as this language writes them ("1. marts" → "1 March"). */
  datesInOwnLanguage(dates: string[]): string;
  yes(fact: string): string;
  no(fact: string): string;
  which(fact: string): string;
  /** Short names of topics, for "the invitation says nothing about parking". */
  topicLabels: Record<string, string>;
}
