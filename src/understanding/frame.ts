import type { Organisation } from '../event/model';
import type { Lang } from '../i18n';
import type { Entities } from './entities';
import type { IndexedFaq, IndexedItem, IndexedPerson } from './knowledge';
import type { Request, SmallTalk } from './lexicon/requests';
import type { Aspect, Subject } from './lexicon/topics';
import type { PassageHit } from './passageSearch';
import type { PartName } from './partNames';

/**
 * What understanding a message yields: its frames (one a clause: topic, aspect, what it names, a fact to check) and
 * what the conversation remembers for follow-ups.
 */

/**
 * What a question is about. Subjects of the lexicon, plus `items` (programme items named by number, time, title or
 * who leads them), `person` (someone the event names), `times` (a remark about coming late or leaving early) and the
 * meeting's own `when`, `end`, `duration`, `weekday` and `where`.
 */
export type Topic = Exclude<Subject, 'meeting'> | 'when' | 'end' | 'duration' | 'weekday' | 'where' | 'items' | 'person' | 'times';

/** A yes/no question that names a fact to confirm or correct ("er det i Vestby?", "er det kl 16?"). */
export type Check =
  /** `rooms`: numbers the question gives a room ("room 3.14", "lokale 2.14"), held against the venue's room. */
  | { kind: 'place'; words: string[]; numbers: string[]; numbered?: Array<{ word: string; number: string }>; rooms?: string[] }
  /** `day`: which of a meeting's several days (an index of its `days`), when the question names one. */
  | { kind: 'time'; minutes: number[]; of: 'start' | 'end'; day?: number }
  /** "er det 2 dage i træk?": how many days, and whether in a row, of a meeting over several days. */
  | { kind: 'days'; count?: number; consecutive: boolean }
  /** "er det onsdag d. 23. sep?": the weekday said beside the date must hold too. */
  | { kind: 'date'; dates: Entities['dates']; weekdays?: number[] }
  /** "is the deadline sept 20?": a date held against the sign-up deadline. */
  | { kind: 'deadline'; dates: Entities['dates'] }
  | { kind: 'weekday'; weekdays: number[] }
  | { kind: 'relative'; days: Entities['relative'] }
  | { kind: 'amount'; amounts: number[] }
  /**
   * "skal jeg svare inden 1. januar?", "er lokalet på 2. sal?": a fact of something else than the meeting, checked
   * against the sentence of the letter that gives that thing's fact of the same kind (`asked` and `said` as compared).
   */
  | { kind: 'stated'; sentence: string; asked: string[]; said: string[] }
  /** "is lunch at the inn?": the sentence placing a part of the meeting, and whether it places it where asked. */
  | { kind: 'placed'; sentence: string; holds: boolean }
  /** "is X the chair?": whether the person named has the role. */
  | { kind: 'role'; role: 'chair' | 'moderator' | 'host'; person: string };

/** One part of a question: a clause, what it is about and what of that it asks. */
export interface Frame {
  clause: string;
  topic?: Topic;
  aspect?: Aspect;
  check?: Check;
  /** Programme items it names. */
  items?: IndexedItem[];
  /** The one of a meeting's several days it names ("dag 2", "onsdag", "d. 15. april"): an index of the event's `days`. */
  day?: number;
  /** The one of a meeting's alternative dates it names ("hold 2", "the second session"): an index of its `sessions`. */
  session?: number;
  /** The numbered part of a meeting in several parts it names ("dag 2", "modul 3", "session 1"), as the letter counts it. */
  part?: PartName;
  /** The part is a day of the meeting named by its date or weekday only ("on 2/3", "onsdag"), not counted. */
  partByDate?: boolean;
  /** A time of day it names (for items at that time, or for coming late). */
  times?: number[];
  /** Items after ("efter frokost") rather than at a time. */
  after?: boolean;
  /**
   * A remark about coming late or leaving early that asks what of the programme is missed ("jeg kan først komme kl 8,
   * hvad misser jeg"): by coming late (what comes before) or by leaving early (what comes after).
   */
  misses?: 'arriving' | 'leaving';
  person?: IndexedPerson;
  /** An organisation the letter names (organiser or sender), asked about. */
  organisation?: Organisation;
  /** FAQ entries about the same thing, for when the event's typed facts say nothing. */
  faq?: IndexedFaq;
  /** A paragraph of the letter that answers it, for when nothing typed does. */
  passage?: PassageHit;
  /** The passage says the names asked of are still to come ("names to be announced"): not stated yet. */
  namedLater?: boolean;
  /** Words naming something the bot knows nothing of: the clause is probably about that. */
  foreign: string[];
  /** The words the subject was recognised by, folded. */
  cueWords?: string[];
  /** A yes/no question about an item's time: the times named. */
  itemCheck?: number[];
  /** The topic was taken from the last answer (a follow-up with nothing of its own). */
  inherited?: boolean;
  /** Asks how to reach the person named. */
  personContact?: boolean;
  /** "her number?" after an answer naming someone the letter gives no details of their own to as a person: the name as written. */
  contactOf?: string;
  /** "who do I contact about the invoice?": the words naming what the contact is wanted for. */
  contactAbout?: string[];
  /** Starts with a question word, ends with "?" or asks yes/no. */
  question: boolean;
  /** About another meeting than this one ("next year's"): nothing in this letter answers it. */
  elsewhere?: boolean;
  /**
   * Asks when of something else than the meeting ("hvornår kan man ringe?"): the words naming it. Only a sentence of
   * the letter with a time or date answers it; the meeting's own time never does.
   */
  whenOf?: string[];
  /** Asks where (a place) or how long (a length of time) of that thing rather than when. */
  whenOfAsks?: 'place' | 'length';
}

/** What the conversation remembers between turns, so follow-ups ("og punkt 5?", "og hvornår slutter det?") work. */
export interface FollowUpContext {
  lang?: Lang;
  topics?: Topic[];
  items?: string[];
  person?: string;
  aspect?: Aspect;
  /** The last question when a paragraph of the letter answered it, so "og fra hvilken alder?" searches on from it. */
  passageQuestion?: string;
  /** The one of the meeting's alternative dates the last answer was about, so "and when is that one?" asks of it. */
  session?: number;
  /** The numbered part the last question named, so "and after lunch that day?" asks of it. */
  part?: PartName;
  /** The last question when no typed fact answered it (a thing of the letter), so "by when?" asks when of that. */
  thingQuestion?: string;
  /** The letter's one paragraph the last answer quoted, so "hvem skal jeg sige det til?" asks whom it names. */
  quoted?: string;
  /** The last question when it counted one thing by one number ("hvad er punkt 5"), so "og 6?" asks it of 6. */
  counted?: string;
}

export type Understanding =
  | { kind: 'empty'; lang: Lang }
  | { kind: 'smallTalk'; lang: Lang; smallTalk: SmallTalk }
  | {
      kind: 'request';
      lang: Lang;
      request: Request;
      frames: Frame[];
      /** "tilmeld mig og min kollega": others are named too. */ others?: boolean;
    }
  | { kind: 'question'; lang: Lang; frames: Frame[] };

export interface UnderstandOptions {
  /** The client's locale, as a hint for a tie. */
  hint?: Lang;
  context?: FollowUpContext;
  /** The year it is now, for "næste år", "this year" (the bot's clock). */
  year?: number;
}
