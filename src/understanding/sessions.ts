/**
 * Which of a meeting's alternative dates a question names: by its label as the letter gives it ("hold 2", "team
 * B", "session 1"), counted ("det andet hold", "the second session", "den sidste dato") or by its date ("d. 9.
 * marts"). Only for an event held on alternative dates; any other event's frames stay as they are.
 */
import type { MeetingEvent } from '../event/model';
import { extractEntities } from './entities';
import type { FollowUpContext, Frame, Topic } from './frame';
import { foldWord } from './normalize';
import { ORDINAL_WORDS } from './lexicon/ordinals';
import { escapeRegExp } from '../util/regExp';

/** Counted sessions: the ordinals, and the earlier and the later of two dates. */
const ORDINALS: Record<string, number> = {
  ...ORDINAL_WORDS,
  seneste: -1,
  later: -1,
  senere: -1,
  earlier: 1,
  tidligste: 1,
  tidligere: 1,
};
/** What a session is called when it is counted: "det andet hold", "the second date", "den første gang". */
const SESSION_NOUNS =
  '(?:hold(?:et)?|sessions?(?:en)?|dato(?:en)?|dates?|gang(?:en)?|team(?:et)?|gruppe(?:n)?|group|runde(?:n)?|round|option|mulighed(?:en)?|one|webinar(?:et)?|kursus(?:et)?|course|workshop(?:pen)?|møde(?:t)?|meeting)';
/** "det andet hold", "the second session"; not "en anden gang" (another time). */
const COUNTED = new RegExp(
  `(?<![\\p{L}])(?<!(?<![\\p{L}])(?:en|et|an|another)\\s+)(${Object.keys(ORDINALS).join('|')})\\s+(?:\\p{L}+\\s+)?${SESSION_NOUNS}(?![\\p{L}])`,
  'iu',
);
/** "2. hold", "hold nr. 2". */
const NUMBERED = new RegExp(`(?<![\\p{L}\\d])(\\d)\\.\\s*${SESSION_NOUNS}(?![\\p{L}])`, 'iu');
/** A label the letter gives as a word and a key: "Hold 1", "Team A", "Hold 1 (Hjemmepleje Nord)". */
const LABEL = /^(\p{L}+)\s*(\d{1,2}|[A-Da-d])(?:\s*\(([^()]+)\))?$/u;
/** Words for a group of invitees, each the others' translation: "team 1" is the letter's "Hold 1". */
const GROUP_WORDS = ['hold', 'team', 'gruppe', 'group', 'grupper', 'groups', 'teams'];
const ROUND_WORDS = ['runde', 'round'];

/** A label of words, no digits ("Nordby", "Nørre Nebel"): the clause names it, as typed or without its letters æøå. */
function namesPlace(label: string, text: string): boolean {
  const words = label.trim().toLowerCase().split(/\s+/);
  if (/\d/.test(label) || words.some((word) => word.length < 3) || words.length > 3) return false;
  const typed = text.split(/[^\p{L}\d]+/u).filter(Boolean);
  const folded = typed.map((word) => foldWord(word));
  const own = words.map((word) => foldWord(word));
  return typed.some((_, i) => own.every((word, j) => folded[i + j] === word || folded[i + j] === `${word}s`));
}

/** The indices of the event's sessions the clause names. */
export function sessionsNamed(clause: string, event: MeetingEvent): number[] {
  const sessions = event.sessions;
  const found = new Set<number>();
  const text = clause.toLowerCase();
  sessions.forEach((session, index) => {
    for (const label of Object.values(session.label)) {
      const parts = label ? LABEL.exec(label.trim()) : undefined;
      if (!parts) {
        // "Nordby", "Online": a session named by a word of its own (the town it is held in) is named by that word.
        if (label && namesPlace(label, text)) found.add(index);
        continue;
      }
      const own = parts[1]!.toLowerCase();
      const synonyms = [GROUP_WORDS, ROUND_WORDS].find((words) => words.includes(own)) ?? [own];
      const word = `(?:${synonyms.map(escapeRegExp).join('|')})`;
      const key = escapeRegExp(parts[2]!.toLowerCase());
      // "jeg er i hjemmepleje syd": the group's name in brackets after its label names it too.
      const name = parts[3]?.trim().toLowerCase();
      if (name && name.length >= 4) {
        const named = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'iu');
        if (named.test(text) || named.test(foldWord(text))) found.add(index);
      }
      const pattern = new RegExp(
        `(?<![\\p{L}\\d])(?:${word}(?:et|en|n)?\\s*(?:nr\\.?\\s*)?${key}|${key}\\.?\\s*${word}(?:et|en|n)?)(?![\\p{L}\\d])`,
        'iu',
      );
      if (pattern.test(text) || pattern.test(foldWord(text))) found.add(index);
    }
  });
  if (found.size === 0) {
    const counted = COUNTED.exec(text);
    const numbered = NUMBERED.exec(text);
    const number = counted ? ORDINALS[counted[1]!.toLowerCase()] : numbered ? Number(numbered[1]) : undefined;
    if (number !== undefined) {
      const index = number === -1 ? sessions.length - 1 : number - 1;
      if (index >= 0 && index < sessions.length) found.add(index);
    }
  }
  const entities = extractEntities(clause);
  sessions.forEach((session, index) => {
    const [, month, day] = session.start.slice(0, 10).split('-').map(Number);
    if (entities.dates.some((d) => d.day === day && (d.month === undefined || d.month === month))) found.add(index);
  });
  return [...found];
}

/** The words a frame's subject was recognised by are all words of the meeting's title ("webinar", "kurset"). */
function namesTheMeeting(frame: Frame, event: MeetingEvent): boolean {
  const cues = frame.cueWords ?? [];
  if (cues.length === 0) return false;
  const title = new Set(
    Object.values(event.title)
      .flatMap((text) => (text ?? '').toLowerCase().split(/[^\p{L}\d]+/u))
      .map((word) => foldWord(word)),
  );
  return cues.every((cue) => title.has(cue) || [...title].some((word) => word.length > 3 && cue.startsWith(word)));
}

/** "hvilke hold er der", "hvor mange datoer", "which sessions", "what dates": asks for the sessions themselves. */
const WHICH_SESSIONS =
  /(?<![\p{L}])(?:hvilke|hvilken|which|what|hvor mange|how many)\s+(?:\p{L}+\s+)?(?:hold|holdene|datoer|datoerne|dates|sessions|teams|grupper|groups|gange|muligheder|options|byer|byerne|towns|cities|steder|places|locations)(?![\p{L}])/iu;

/** A follow-up that points back at the session just answered: "that one", "det hold", "den dag". */
const THAT_ONE =
  /(?<![\p{L}])(?:that one|that team|that group|that session|that date|that day|it|det hold|det|den|dette hold|den dag|den gang|holdet|teamet)(?![\p{L}])/iu;

/** Words that ask for the last day to sign up. */
const DEADLINE_WORDS =
  /(?<![\p{L}])(?:deadline|frist\p{L}*|tilmeldingsfrist\p{L}*|senest|sidste frist|last day to (?:sign up|register))(?![\p{L}])/iu;

/** "which team is …", "hvilket hold er …": asks which session a group is. */
const WHICH_ONE = /(?<![\p{L}])(?:which|what|hvilket|hvilken)\s+(?:hold|team|gruppe|group|runde|round)(?![\p{L}])/iu;

/** Topics a session has its own answer for. */
const SESSION_TOPICS = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday', 'where', 'deadline', 'city', 'room']);
const TIME_TOPICS = new Set<Topic | undefined>(['when', 'end', 'duration', 'weekday']);
const WHEN_WORDS =
  /(?<![\p{L}])(hvornår|hvornaar|hvornar|when|what time|hvad tid|hvilken dato|which date|what date|dato|date)(?![\p{L}])/iu;

/**
 * The frame with the session it names, for an event held on alternative dates: a question of when, where or the
 * deadline of that session, or a follow-up ("og hold 2?") asking the last such question of another.
 */
export function withSession(frame: Frame, event: MeetingEvent, context: FollowUpContext | undefined): Frame {
  if (event.sessions.length === 0) return frame;
  const named = sessionsNamed(frame.clause, event);
  // "er Nordby-mødet onsdag?": a yes/no question of the session named, not of any of them.
  if (frame.check) return named.length === 1 && frame.check.kind !== 'date' ? { ...frame, session: named[0] } : frame;
  // "deadline for team 1?": a topic the session has its own answer for, of that session.
  if (named.length === 1 && (frame.topic === 'deadline' || frame.topic === 'where' || frame.topic === 'signUp'))
    return { ...frame, session: named[0] };
  // "when is the webinar", "when is the second session": a when of the meeting itself, or of one of its dates.
  if (frame.aspect === 'when' && frame.topic !== 'when' && (named.length === 1 || namesTheMeeting(frame, event)))
    return { ...frame, topic: 'when', ...(named.length === 1 ? { session: named[0] } : {}), items: undefined, foreign: [] };
  // "hvilke hold er der?", "which dates can I choose from?": every session.
  if (named.length === 0 && (!frame.topic || frame.topic === 'items' || frame.topic === 'letterDate') && WHICH_SESSIONS.test(frame.clause))
    return { ...frame, topic: 'when', items: undefined, foreign: [] };
  // "which team is hjemmepleje nord?": the group named, and when it meets.
  if (named.length === 1 && !frame.topic && (WHICH_SESSIONS.test(frame.clause) || WHICH_ONE.test(frame.clause)))
    return { ...frame, topic: 'when', session: named[0], whenOf: undefined, whenOfAsks: undefined, items: undefined, foreign: [] };
  // "and when is that one?" after an answer about one session: the same session.
  if (named.length === 0 && context?.session !== undefined && context.session < event.sessions.length && THAT_ONE.test(frame.clause)) {
    if (frame.topic && SESSION_TOPICS.has(frame.topic)) return { ...frame, session: context.session };
    if (!frame.topic && (DEADLINE_WORDS.test(frame.clause) || WHEN_WORDS.test(frame.clause)))
      return {
        ...frame,
        topic: DEADLINE_WORDS.test(frame.clause) ? 'deadline' : 'when',
        session: context.session,
        whenOf: undefined,
        whenOfAsks: undefined,
        foreign: [],
      };
  }
  // "og hvor?" after "hvornår er mødet i Nordby": the place of the session just answered.
  if (
    named.length === 0 &&
    context?.session !== undefined &&
    context.session < event.sessions.length &&
    frame.topic &&
    SESSION_TOPICS.has(frame.topic) &&
    frame.clause.split(/\s+/).length <= 3
  )
    return { ...frame, session: context.session };
  if (named.length !== 1) return frame;
  const session = named[0]!;
  if (SESSION_TOPICS.has(frame.topic)) return { ...frame, session };
  if (frame.topic) return frame;
  // "hvor er hold 2", "hvornår er hold 2": a when or where of the session named, not of a thing the letter names;
  // "deadline for team 1?": the last day to sign up for it.
  if (frame.whenOf)
    return {
      ...frame,
      topic: frame.whenOfAsks === 'place' ? 'where' : DEADLINE_WORDS.test(frame.clause) ? 'deadline' : 'when',
      session,
      whenOf: undefined,
      whenOfAsks: undefined,
      foreign: [],
    };
  const previous = context?.topics?.[0];
  if (WHEN_WORDS.test(frame.clause)) return { ...frame, topic: 'when', session, foreign: [] };
  // "og hold 2?" after a question of when or where: the same question of that session.
  if (SESSION_TOPICS.has(previous) && frame.clause.split(/\s+/).length <= 5)
    return { ...frame, topic: previous, session, inherited: true, foreign: [] };
  if (frame.clause.split(/\s+/).length <= 3 && !TIME_TOPICS.has(previous)) return { ...frame, topic: 'when', session, foreign: [] };
  return frame;
}

/**
 * "hvornår og hvor er mødet i Vestby": clauses of one message that ask when or where of no session take the one
 * session a sibling names.
 */
export function withSiblingSession(frames: Frame[]): Frame[] {
  const named = [...new Set(frames.flatMap((frame) => (frame.session === undefined ? [] : [frame.session])))];
  if (named.length !== 1) return frames;
  return frames.map((frame) =>
    frame.session === undefined && frame.topic && SESSION_TOPICS.has(frame.topic) && !frame.check ? { ...frame, session: named[0] } : frame,
  );
}
