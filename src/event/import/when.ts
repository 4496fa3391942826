/**
 * Which date and time in the letter is the meeting's. Letters name several: the letter's own date ("Dato: 1. juli
 * 2024"), deadlines ("senest den 7. april"), page headers, an e-mail's subject. The meeting's date is the one
 * written with a time, near the title or in a sentence about the meeting, and often more than once.
 */
import { DateTime } from 'luxon';
import { ImportError } from './errors';
import {
  findDates,
  findTimes,
  formatClock,
  isoDate,
  minutesOf,
  resolveYear,
  SESSION_WORDS,
  weekdayOfDate,
  type CalendarDate,
  type ClockTime,
  type DateMention,
  type TimeMention,
} from './dates';
import type { Letter, Line } from './letter';
import { nextContentLine, previousContentLine } from './letter';

export interface LetterDate {
  date: string;
  line: number;
}

export interface MeetingTime {
  /** First day, "2030-01-15". */
  date: string;
  /** Last day; the same as `date` for a meeting of one day. */
  lastDate: string;
  /** The line the meeting's date was taken from. */
  line: number;
  start?: ClockTime;
  /** On `lastDate`. */
  end?: ClockTime;
  /** Doubts to write as `# CHECK:` comments, by key. */
  checks: Array<{ key: 'start' | 'end'; message: string }>;
  /** The separate days the date names ("tirsdag den 5., 12. og 19. oktober"), each at the same time. */
  listed?: string[];
}

/** A line that dates the letter itself, or the page it was copied from. */
const LETTER_DATE_LABEL = /^(dato|date|dateret|dated|sendt|sent|udsendt)\s*:/i;
const PAGE_DATE_LABEL = /^(sidst opdateret|opdateret|last updated|updated|published|offentliggjort|udgivet)\s*:?/i;
/** Words right before a date that make it a deadline or a limit, not the meeting. */
const DEADLINE_BEFORE =
  /(?:\b(?:senest|inden|før|frist|deadline|by|before|until|till|indtil|latest|closes|lukker|slutter|svarfrist|tilmeldingsfrist|no later than|held until|not later than)\s*:?|\b(?:tilmelding|registration|afbud|cancellation)\s*:)\s*(?:(?:on|den|d\.|the)\s+)?$/i;
// "medlemsmøde", "informationsmøder": a meeting named by a compound is a meeting word too.
const MEETING_WORDS =
  /inviter|invite|indbyd|afholde|holdes|foregår|finder sted|takes place|will be held|is held|\bmøde|\p{L}møder?(?![\p{L}])|meeting|conference|konference|temadag|seminar|workshop|arrangement|event|borgermøde|forum/iu;
const SUBJECT_LINE = /^(emne|subject|re|fw|fwd)\s*:/i;
/** "When:", "Hvornår:" heading a line: the meeting's own date follows. */
const WHEN_LABEL = /^(?:hvornår|when)\s*:/i;
/** "Day 1 – Wednesday 26 May", "Aften 2: …": a heading over one day's part of the letter. */
const DAY_HEADING = new RegExp(
  `^(?:(?:kursus|møde)?(?:dag|day)|${SESSION_WORDS})\\.?\\s*\\d{1,2}(?!\\d)|^\\d{1,2}\\.\\s*(?:dag|day)(?![\\p{L}])`,
  'iu',
);

function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return cut >= 0 ? before.slice(cut + 2) : before;
}

const isDeadline = (text: string, mention: DateMention): boolean => DEADLINE_BEFORE.test(clauseBefore(text, mention.index));

/** A line that gives a time: "Tid: 10.00-15.00", "Time: 10:00–16:00", "Hvornår: kl. 19". */
const TIME_LABEL = /^(tid|tidspunkt|klokkeslæt|time|times|kl|klokken|hvornår|when|program|start)\s*:/i;

/** A time written right after a date ("… 2024 kl. 17.00-18.45", "…2027, 09.30–15.30", "9 March at 2pm", "… | 10:00"). */
function timeAfter(text: string, end: number, times: TimeMention[]): TimeMention | undefined {
  return times.find(
    (time) =>
      time.index >= end &&
      time.index - end <= 14 &&
      /^[\s,.:;·|–(-]*(?:kl\.?|klokken|at|from|fra|fra kl\.?|,)?\s*$/i.test(text.slice(end, time.index)),
  );
}

/** A time written right before a date: "kl. 19.00, onsdag den 14. april". */
function timeBefore(text: string, start: number, times: TimeMention[]): TimeMention | undefined {
  return times.find(
    (time) => time.end <= start && start - time.end <= 6 && /^[\s,·|–-]*(?:on|the|den|d\.)?\s*$/i.test(text.slice(time.end, start)),
  );
}

/** The other lines of an e-mail's header: "Fra:", "Til:", "Cc:", "Emne:". */
const EMAIL_HEADER = /^(fra|from|til|to|cc|bcc|emne|subject)\s*:/i;

/** "Sendt: 1. februar 2027 08:47" among "Fra:" and "Emne:" lines is when the e-mail was sent, time and all. */
function isEmailSentLine(letter: Letter, line: Line): boolean {
  if (!LETTER_DATE_LABEL.test(line.text)) return false;
  const around = [previousContentLine(letter, line.index), nextContentLine(letter, line.index)];
  return around.some((other) => other !== undefined && EMAIL_HEADER.test(other.text));
}

/** "Dato: 1. juli 2024" dates the letter, unless it heads a box of facts about the meeting ("Dato: …" / "Tid: …"). */
function isLetterDateLine(letter: Letter, line: Line): boolean {
  if (isEmailSentLine(letter, line)) return true;
  if (!LETTER_DATE_LABEL.test(line.text) || findTimes(line.text).length > 0) return false;
  const next = nextContentLine(letter, line.index);
  return !(
    next &&
    (TIME_LABEL.test(next.text) ||
      findTimes(next.text)[0]?.index === 0 ||
      /^(sted|venue|place|location|adresse|where|hvor)\s*:/i.test(next.text))
  );
}

/**
 * "10. maj 2027" alone on a line in the letter's head, with no weekday or time, and a later date elsewhere: the day
 * the letter was written. A meeting's date line names the weekday or the time, or is the only date there is.
 */
function isBareDateLine(letter: Letter, line: Line, mention: DateMention): boolean {
  const head = letter.lines.filter((l) => !l.blank && !l.furniture).slice(0, 12);
  if (!head.includes(line) || line.bold || line.heading > 0) return false;
  if (mention.index !== 0 || mention.text.length < line.text.replace(/[.\s]+$/, '').length) return false;
  if (mention.weekday !== undefined || mention.until || mention.date.year === undefined || findTimes(line.text).length > 0) return false;
  const own = isoDate(resolveYear(mention.date, '2000-01-01', 'onOrAfter'));
  // The later date must look like a meeting's (a weekday or a time beside it), not "næste møde 10. april 2027".
  return letter.lines.some(
    (other) =>
      other.index > line.index &&
      findDates(other.text).some(
        (later) =>
          (later.weekday !== undefined || findTimes(other.text).length > 0) &&
          (later.date.year === undefined || isoDate(resolveYear(later.date, own, 'onOrAfter')) > own),
      ),
  );
}

export function findLetterDate(letter: Letter, today: string): LetterDate | undefined {
  const candidates: Array<{ rank: number; line: Line; mention: DateMention }> = [];
  letter.lines.forEach((line, position) => {
    if (line.blank) return;
    const mention = findDates(line.text)[0];
    if (!mention) return;
    const hasTime = findTimes(line.text).length > 0;
    if (isLetterDateLine(letter, line)) candidates.push({ rank: 0, line, mention });
    else if (isBareDateLine(letter, line, mention)) candidates.push({ rank: 1, line, mention });
    // "Vestby, 15. juni 2027" at the top of a letter.
    else if (
      position < 40 &&
      !hasTime &&
      /^\p{Lu}[\p{L} .-]*,\s*$/u.test(line.text.slice(0, mention.index)) &&
      mention.end === line.text.length
    ) {
      candidates.push({ rank: 1, line, mention });
    } else if (PAGE_DATE_LABEL.test(line.text)) candidates.push({ rank: 2, line, mention });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.line.index - b.line.index);
  const best = candidates[0];
  if (!best) return undefined;
  return { date: isoDate(resolveYear(best.mention.date, today, 'onOrBefore', best.mention.weekday)), line: best.line.index };
}

interface Candidate {
  line: Line;
  mention: DateMention;
  date: string;
  time?: TimeMention;
  score: number;
}

/** Years the letter writes for a day and month elsewhere: "d. 14/4" means the 14 April written in full above. */
function yearsInContext(letter: Letter): Map<string, number> {
  const years = new Map<string, number>();
  for (const line of letter.lines) {
    if (line.blank || LETTER_DATE_LABEL.test(line.text) || PAGE_DATE_LABEL.test(line.text)) continue;
    for (const mention of findDates(line.text)) {
      const key = `${mention.date.month}-${mention.date.day}`;
      if (mention.date.year !== undefined && !years.has(key)) years.set(key, mention.date.year);
    }
  }
  return years;
}

function candidatesIn(letter: Letter, reference: string, withLetterDates: boolean, letterDate?: LetterDate): Candidate[] {
  const candidates: Candidate[] = [];
  const years = yearsInContext(letter);
  const firstContent = letter.lines
    .filter((line) => !line.blank && !line.furniture)
    .slice(0, 8)
    .map((line) => line.index);
  for (const line of letter.lines) {
    if (
      line.blank ||
      line.furniture ||
      PAGE_DATE_LABEL.test(line.text) ||
      (!withLetterDates && (isLetterDateLine(letter, line) || line.index === letterDate?.line))
    )
      continue;
    const times = findTimes(line.text);
    const previous = previousContentLine(letter, line.index);
    const sentence = sentenceAround(letter, line);
    for (const mention of findDates(line.text)) {
      if (isDeadline(line.text, mention)) continue;
      const time = timeAfter(line.text, mention.end, times) ?? timeBefore(line.text, mention.index, times);
      // "arrive no later than 10.15 on 26 May", "senest kl. 12 den 5. maj": a deadline written time first.
      if (time && time.end <= mention.index && DEADLINE_BEFORE.test(clauseBefore(line.text, time.index))) continue;
      let score = 1;
      if (mention.date.year !== undefined) score += 1;
      if (time) score += time.to ? 4 : 3;
      // "15. marts 2027" / "kl. 19.00-21.00 i Hallen": a date line with its time on the line below.
      const below = time || line.text.slice(mention.end).trim() !== '' ? undefined : timeOnNextLines(letter, line.index);
      if (below) score += below.to ? 4 : 3;
      // "2. MEDLEMSMØDE TORSDAG DEN 8. APRIL 2027": a plain-text letter's section heading is written in capitals.
      if (
        line.bold ||
        line.heading > 0 ||
        line.allCaps ||
        previous?.heading ||
        previous?.bold ||
        previous?.allCaps ||
        firstContent.includes(line.index)
      )
        score += 2;
      if (MEETING_WORDS.test(sentence) || LETTER_DATE_LABEL.test(line.text)) score += 2;
      // "When: Thursday, 10 June 2027 09:30-11:30", "Hvornår: …": a calendar invitation's or a fact box's own header
      // names the meeting, however often the text below names another date (the minutes of the last meeting).
      if (WHEN_LABEL.test(line.text)) score += 20;
      if (SUBJECT_LINE.test(line.text)) score -= 2;
      const year = mention.date.year ?? years.get(`${mention.date.month}-${mention.date.day}`);
      const resolved = resolveYear({ ...mention.date, year }, reference, 'onOrAfter', mention.weekday);
      // A meeting before the letter was written is a date the letter looks back on, not the meeting.
      if (letterDate && isoDate(resolved) < letterDate.date) score -= 4;
      candidates.push({ line, mention, date: isoDate(resolved), time, score });
    }
  }
  return candidates;
}

/** The sentence (or short line) a line belongs to, for the words around a date. */
function sentenceAround(letter: Letter, line: Line): string {
  return (
    letter.sentences.filter((sentence) => sentence.line <= line.index && sentence.text.includes(line.text.slice(0, 20))).pop()?.text ??
    line.text
  );
}

/** A second date on the same line after a range word: "torsdag den 22. april kl. 10 til fredag den 23. april kl. 15". */
function spanOnLine(line: Line, first: Candidate, reference: string): { last: string; end?: ClockTime } | undefined {
  const after = first.time ? first.time.end : first.mention.end;
  const next = findDates(line.text).find((m) => m.index >= after);
  if (!next || !/^\s*(?:-|–|—|til|to|until|till)\s*$/i.test(line.text.slice(after, next.index))) return undefined;
  const last = isoDate(resolveYear(next.date, reference, 'onOrAfter', next.weekday));
  if (last <= first.date) return undefined;
  const time = timeAfter(line.text, next.end, findTimes(line.text));
  return { last, end: time?.from };
}

function timeOnNextLines(letter: Letter, lineIndex: number): TimeMention | undefined {
  let line = nextContentLine(letter, lineIndex);
  for (let n = 0; line && n < 2; n++, line = nextContentLine(letter, line.index)) {
    const label = TIME_LABEL.exec(line.text);
    const offset = label ? label[0].length + 1 : 0;
    const time = findTimes(line.text).find((t) => t.index <= offset + 4);
    if (time) return time;
    if (findDates(line.text).length > 0) return undefined;
  }
  return undefined;
}

function labelledTime(letter: Letter): TimeMention | undefined {
  for (const line of letter.lines) {
    if (!TIME_LABEL.test(line.text)) continue;
    const time = findTimes(line.text)[0];
    if (time) return time;
  }
  return undefined;
}

const START_HEADER = /^(?:start|starter|starttid|starttidspunkt|start ?time|starts|begins|afgang|departure)$/i;
/** An end column, not an expected one ("Forventet slut", "ca. 17.45"): a guess at when runners finish is no end. */
const END_HEADER = /^(?:slut|sluttid|end|ends|finish|finishes|end ?time)$/i;

/**
 * "| Rute | Start | Forventet slut |" over rows of times, one per route, heat or group: the meeting starts with the
 * earliest start and ends with the latest end. Only a column headed as a start, never a programme's "Tid".
 */
function startColumn(letter: Letter): { start: ClockTime; end?: ClockTime } | undefined {
  for (const header of letter.lines) {
    const startAt = header.cells?.findIndex((cell) => START_HEADER.test(cell.replace(/[*:]/g, '').trim())) ?? -1;
    if (startAt < 0) continue;
    const endAt = header.cells!.findIndex((cell) => END_HEADER.test(cell.replace(/[*:]/g, '').trim()));
    const starts: ClockTime[] = [];
    const ends: ClockTime[] = [];
    for (const row of letter.lines.slice(header.index + 1)) {
      if (!row.cells) {
        if (row.blank && starts.length === 0) continue;
        break;
      }
      const start = findTimes(row.cells[startAt] ?? '')[0];
      if (start) starts.push(start.from);
      const end = endAt >= 0 && !/ca\.|cirka|approx|about/i.test(row.cells[endAt] ?? '') ? findTimes(row.cells[endAt] ?? '')[0] : undefined;
      if (end) ends.push(end.from);
    }
    if (starts.length === 0) continue;
    const byTime = (a: ClockTime, b: ClockTime) => minutesOf(a) - minutesOf(b);
    const start = [...starts].sort(byTime)[0]!;
    const end = [...ends].sort(byTime).pop();
    return { start, end: end && minutesOf(end) > minutesOf(start) ? end : undefined };
  }
  return undefined;
}

/** "Mødet starter kl. 19", "ends at 16:00": times stated in a sentence of their own. */
function statedTime(letter: Letter, kind: 'start' | 'end'): ClockTime | undefined {
  const cue =
    kind === 'start'
      ? // "starts at 9", not "a walk, starting at Elmegade 4": "at" a place is where, not when.
        /(?<![\p{L}])(starter|begynder|(?:start(s|ing)?|begins?) at(?=\s*(?:kl\.?\s*)?\d)|går i gang)(?![\p{L}])/iu
      : /\b(slutter|slutte|afsluttes|sluttes|ender|ends?|finishes|finish|closes?|wrap up|er færdige|være færdige)\b/i;
  for (const sentence of letter.sentences) {
    const found = cue.exec(sentence.text);
    if (!found || /dør|doors|registrering|registration|tilmeld/i.test(sentence.text)) continue;
    // "Vi mødes kl. 14.15 …, og vi regner med at slutte ca. 16.45": the time the cue speaks of comes after it.
    const times = findTimes(sentence.text);
    const time = times.find((t) => t.index > found.index) ?? times[0];
    if (time) return time.from;
  }
  return undefined;
}

/** "til kl. ca. 14.30", "until about 4 pm": how long something lasts. */
const UNTIL =
  /(?<![\p{L}])(?:til|indtil|until|till)\s+(?:kl\.?\s*|klokken\s+)?(?:ca\.?\s*|cirka\s+|omkring\s+|about\s+|around\s+|approx\.?\s*)?$/iu;
/** What else lasts until a time: a deadline, opening hours, a meal, a bar, a phone line, doors. */
const NOT_THE_MEETING_UNTIL =
  /tilmeld|afbud|aflys|cancel|besked|svar|frist|senest|betal|deadline|regist|sign|rsvp|ring|call|phone|telefon|tlf|åben|open|bar(?![\p{L}])|bod(?:en)?(?![\p{L}])|café|cafe|kaffe|coffee|frokost|lunch|morgenmad|breakfast|middag|dinner|døre|doors|parker|parking|bus|tog|train|hverdag|weekday/iu;

/**
 * "Der er bestilt bord til os til kl. ca. 14.30", "We have the room until 16.00": a sentence of its own whose only time
 * says how long the gathering lasts, with no date and nothing else that could last until then.
 */
function untilTime(letter: Letter, start: ClockTime): ClockTime | undefined {
  for (const sentence of letter.sentences) {
    const times = findTimes(sentence.text);
    if (times.length !== 1 || times[0]!.to || findDates(sentence.text).length > 0 || NOT_THE_MEETING_UNTIL.test(sentence.text)) continue;
    if (!UNTIL.test(sentence.text.slice(0, times[0]!.index))) continue;
    if (minutesOf(times[0]!.from) > minutesOf(start)) return times[0]!.from;
  }
  return undefined;
}

/** "Forventet hjemkomst til rådhuset er ca. kl. 18.45", "back home at about 18.45": when a trip is back. */
const RETURN_CUE = /(?<![\p{L}])(?:hjemkomst\p{L}*|hjemme igen|er hjemme|back home|home again|returns? home|expected return)(?![\p{L}])/iu;

/** The time a trip is expected back, stated in a sentence of its own: the end of a day out whose programme ends earlier. */
export function returnTime(letter: Letter): ClockTime | undefined {
  for (const sentence of letter.sentences) {
    const found = RETURN_CUE.exec(sentence.text);
    if (!found) continue;
    const time = findTimes(sentence.text).find((t) => t.index > found.index);
    if (time) return time.from;
  }
  return undefined;
}

function describeDate(date: Required<CalendarDate>, lang: 'da' | 'en'): string {
  const value = DateTime.fromObject(date).setLocale(lang);
  return lang === 'da' ? value.toFormat("cccc 'den' d. MMMM yyyy") : value.toFormat('cccc d MMMM yyyy');
}

/**
 * The meeting's date and time; `reference` counts the years of dates written without one (the letter's date when
 * known), and the letter's own date line is no candidate unless the letter names no other date.
 */
export function findMeetingTime(letter: Letter, reference: string, letterDate?: LetterDate): MeetingTime {
  let candidates = candidatesIn(letter, reference, false, letterDate);
  const checks: MeetingTime['checks'] = [];
  if (candidates.length === 0) {
    // The only date is labelled like the letter's own ("Dato: …"): it may still be the meeting's.
    candidates = candidatesIn(letter, reference, true);
    if (candidates.length > 0)
      checks.push({
        key: 'start',
        message: 'the only date in the letter is written like the letter’s own date ("Dato:"); check that it is the meeting’s',
      });
  }
  if (candidates.length === 0) {
    throw new ImportError(
      'The letter names no date for the meeting (looked for e.g. "onsdag den 30. oktober 2024", "22 April 2027", "30.10.2024", "d. 14/4").',
    );
  }
  const totals = new Map<string, number>();
  for (const candidate of candidates) totals.set(candidate.date, (totals.get(candidate.date) ?? 0) + candidate.score);
  const ranked = [...totals.entries()].sort(
    (a, b) => b[1] - a[1] || candidates.findIndex((c) => c.date === a[0]) - candidates.findIndex((c) => c.date === b[0]),
  );
  const date = ranked[0]![0];
  const mine = candidates.filter((candidate) => candidate.date === date);
  // The mention written with a time range wins, then one with a time, then one with its year, then the best placed.
  // An e-mail's subject, or a programme's "Day 1 – …" heading, repeats the date the letter gives the whole meeting
  // elsewhere; that line says more ("26 May – 27 May", the title above it).
  const weight = (c: Candidate): number =>
    (c.time?.to ? 100 : c.time ? 50 : 0) +
    (c.mention.date.year !== undefined ? 20 : 0) +
    c.score +
    (c.mention.until || spanOnLine(c.line, c, reference) ? 4 : 0) -
    (SUBJECT_LINE.test(c.line.text) || DAY_HEADING.test(c.line.text) ? 10 : 0);
  const primary = [...mine].sort((a, b) => weight(b) - weight(a) || a.line.index - b.line.index)[0]!;

  const rivals = ranked.slice(1).filter(([other]) => candidates.some((c) => c.date === other && c.time));
  if (rivals.length > 0 && primary.time) {
    checks.push({
      key: 'start',
      message: `the letter also names ${rivals.map(([other]) => other).join(', ')} with a time; ${date} was taken as the meeting's date`,
    });
  }
  const written = mine.find((c) => c.mention.date.year !== undefined);
  if (!written && !yearsInContext(letter).has(`${primary.mention.date.month}-${primary.mention.date.day}`)) {
    const resolved = resolveYear(primary.mention.date, reference, 'onOrAfter', primary.mention.weekday);
    const weekdayNote =
      primary.mention.weekday === undefined
        ? ''
        : weekdayOfDate(resolved) === primary.mention.weekday
          ? ', on the weekday the letter names'
          : ', but not on the weekday the letter names';
    checks.push({
      key: 'start',
      message: `the letter gives no year; ${resolved.year} is the first year after ${reference} with this date${weekdayNote} (${describeDate(resolved, 'en')})`,
    });
  }

  let lastDate = date;
  let start = primary.time?.from;
  let end = primary.time?.to;
  if (primary.mention.until) {
    const until = resolveYear({ ...primary.mention.until, year: Number(date.slice(0, 4)) }, date, 'onOrAfter');
    if (isoDate(until) > date) lastDate = isoDate(until);
  }
  const span = spanOnLine(primary.line, primary, reference);
  if (span) {
    lastDate = span.last;
    end = span.end ?? end;
  }
  if (!start) {
    // The time on one of the next lines ("den 30. oktober 2024" / "kl. 17.00-18.45", "Tid: 10-15"), with another
    // mention of the date, or on a line of its own anywhere ("Tid: …").
    const time = timeOnNextLines(letter, primary.line.index) ?? mine.find((c) => c.time)?.time ?? labelledTime(letter);
    start = time?.from ?? statedTime(letter, 'start');
    end = time?.to;
    const column = start ? undefined : startColumn(letter);
    if (column) {
      ({ start, end } = column);
      checks.push({
        key: 'start',
        message:
          'the letter gives no time beside the date; the start is the earliest in a table’s start column (each row starts at its own time)',
      });
    }
  }
  if (start && !end) {
    const stated = statedTime(letter, 'end');
    if (stated && (lastDate > date || minutesOf(stated) > minutesOf(start))) end = stated;
  }
  if (start && !end && lastDate === date) {
    end = untilTime(letter, start);
    if (end)
      checks.push({ key: 'end', message: 'the end is the time a sentence of the letter says it lasts until ("til kl. …"); check it' });
  }
  if (start && end && lastDate === date && minutesOf(end) <= minutesOf(start)) {
    // "kl. 22-02": over midnight.
    lastDate = DateTime.fromISO(date).plus({ days: 1 }).toISODate() ?? date;
  }
  const year = Number(date.slice(0, 4));
  const listed = primary.mention.days?.map((day) => isoDate(resolveYear({ ...day, year: day.year ?? year }, date, 'onOrAfter')));
  return { date, lastDate, line: primary.line.index, start, end, checks, ...(listed ? { listed } : {}) };
}

/** "2030-01-15T19:00". */
export const localDateTime = (date: string, time: ClockTime): string => `${date}T${formatClock(time)}`;
