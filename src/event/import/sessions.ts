/**
 * The alternative dates of a meeting held more than once, each invitee coming to one of them: "Hold 1: tirsdag den
 * 3. marts … / Hold 2: tirsdag den 10. marts …", "Team A – 4 May", "Kurset afholdes to gange: 3. og 10. marts",
 * "The webinar runs twice: 4 May and 11 May", "Vælg mellem to datoer:" over a list of dates. Each with its own
 * time, venue and sign-up deadline where the letter gives them.
 *
 * Finding only, and only where the wording says the dates are alternatives: a course over several days ("Dag 1 …
 * Dag 2", "both days", "alle gange") is one meeting, and its days are found in `days.ts`. Numbered sessions
 * ("Session 1", "1. gang") are alternatives only when the letter also says one is chosen or the meeting is held
 * twice; groups ("Hold 1", "Team A") always are.
 */
import { findDates, findTimes, isoDate, resolveYear, type CalendarDate, type ClockTime, type DateMention, type TimeMention } from './dates';
import type { Letter, Line } from './letter';
import { escapeRegExp } from '../../util/regExp';

export interface SessionFound {
  /** As the letter names it ("Hold 1"), or the date as the letter writes it. */
  label: string;
  /** "2030-01-15". */
  date: string;
  start?: ClockTime;
  end?: ClockTime;
  /** The session's own place, as the letter writes it after "Sted:", "Venue:". */
  venue?: string;
  /** "2030-01-08": sign-up for this session closes then. */
  deadline?: string;
}

export interface SessionsFound {
  sessions: SessionFound[];
  /** The line the first session was read from. */
  line: number;
  /** Every line a session was read from: its label, date, time and deadline lines are no programme. */
  lines: Set<number>;
  /** What a person should look at. */
  doubts: string[];
}

/** Groups of invitees, each coming on its own date: "Hold 1", "Team A", "Gruppe 2", "1. hold". */
const GROUP_LABEL =
  /^(?:(hold|team|gruppe|group|runde|round)\s+(\d{1,2}|[A-D])(?![\p{L}\d])|(\d{1,2})\.\s*(hold|runde))(?![\p{L}\d])\s*[:.,–—-]?\s*/iu;
/** Numbered occasions, alternatives only with a word of choice: "Session 1", "1. gang", "Mulighed 2", "Option B". */
const OCCASION_LABEL =
  /^(?:(session|mulighed|option|dato|date|kursusgang|workshop)\s+(\d{1,2}|[A-D])(?![\p{L}\d])|(\d{1,2})\.\s*(gang|kursusgang|session|mulighed))(?![\p{L}\d])\s*[:.,–—-]?\s*/iu;
/** Words that the meeting is held more than once, or that each invitee picks one date. */
const CHOICE_CUE =
  /(?<![\p{L}])(?:afholdes|holdes|gennemføres|udbydes|køres|kører|afvikles|foregår)\s+(?:\p{L}+\s+){0,2}(?:to|tre|fire|2|3|4)\s+gange|(?:to|tre|fire|2|3|4)\s+(?:identiske|ens)\s+\p{L}+|(?:vælg|vælge|vælger|valg)\s+(?:\p{L}+\s+){0,3}(?:mellem|imellem|hvilk\p{L}*\s+(?:dato|hold|gang)\p{L}*|dato\p{L}*|hold\p{L}*)|(?:samme|identisk\p{L}*)\s+(?:indhold|program\p{L}*)|(?:tilmeld\p{L}*|deltag\p{L}*)\s+(?:dig\s+|jer\s+)?(?:til\s+|på\s+)?(?:ét|et|én|en|det ene|ét af|et af|en af)\s+(?:af\s+)?(?:hold|dato\p{L}*|gange|datoerne|holdene)|(?:samme|identisk\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:to|tre|fire|fem|flere|2|3|4|5)\s+(?:steder|byer|lokaliteter)|(?:same|identical)\s+(?:\p{L}+\s+){0,2}(?:in|at)\s+(?:two|three|four|five|several|2|3|4|5)\s+(?:places|towns|cities|locations|venues)|runs?\s+(?:twice|two times|three times|2 times|3 times)|(?:is|will be|are)\s+(?:held|run|offered|repeated)\s+(?:twice|two times|three times|on two dates|on three dates)|(?:held|offered|repeated)\s+(?:twice|two times|three times)|twice|(?:choose|pick|select)\s+(?:\p{L}+\s+){0,3}(?:one|between|from|which|date|session)|(?:same|identical)\s+(?:content|programme|program)|(?:sign up|register)\s+for\s+(?:one|either)\s+(?:of\s+)?|one of the (?:dates|sessions|following dates)|either date/iu;
/** Words that the dates are days of one meeting: every invitee comes on each of them. */
const ALL_DAYS_CUE =
  /(?<![\p{L}])(?:begge dage|alle dage|begge gange|alle gange|both days|all days|each day|every day|both sessions|all sessions|every session|each session|all (?:three|four|\d) (?:sessions|dates|days)|alle (?:tre|fire|\d) (?:gange|datoer|dage))(?![\p{L}])/iu;
/** Before a date that closes sign-up. */
const DEADLINE_CUE =
  /(?<![\p{L}])(?:tilmelding\p{L}*|tilmeld\p{L}*|frist\p{L}*|senest|deadline|register\p{L}*|sign[- ]?up|closes?|by)(?![\p{L}])[^.\n]{0,30}$/iu;
/** "Sted: …", "Venue: …": a session's own place. */
const VENUE_LABEL = /(?:^|[\s,;(])(?:sted|mødested|placering|adresse|lokation|venue|location|place|where|address)\s*:\s*(.+)$/iu;

const dateOf = (date: CalendarDate, reference: string, weekday?: number, direction: 'onOrAfter' | 'onOrBefore' = 'onOrAfter'): string =>
  isoDate(resolveYear(date, reference, direction, weekday));

/** The dates of a text that are not deadlines: each a mention and whether a deadline word is before it. */
function meetingDates(text: string): { dates: DateMention[]; deadlines: DateMention[] } {
  const dates: DateMention[] = [];
  const deadlines: DateMention[] = [];
  for (const mention of findDates(text)) {
    const before = text.slice(Math.max(0, mention.index - 40), mention.index);
    (DEADLINE_CUE.test(before) ? deadlines : dates).push(mention);
  }
  return { dates, deadlines };
}

/** The time right after a date (within a few words), before the next date. */
function timeAfter(times: TimeMention[], from: number, to: number): TimeMention | undefined {
  return times.find((time) => time.index >= from && time.index < to && time.index - from <= 25);
}

interface Labelled {
  label: string;
  kind: string;
  key: string;
  line: Line;
  rest: string;
}

/** "(Hjemmepleje Nord)" right after a group's label: who the group is, part of its name. */
const GROUP_NAME = /^\(([^()\d]{2,60})\)\s*[:.,–—-]?\s*/u;

function labelOf(line: Line): Labelled | undefined {
  const text = line.text.replace(/^[-•*–▪◦·]\s+/, '');
  const group = GROUP_LABEL.exec(text);
  if (group) {
    const kind = (group[1] ?? group[4])!.toLowerCase();
    const key = (group[2] ?? group[3])!.toUpperCase();
    const label = group[0].replace(/\s*[:.,–—-]?\s*$/, '').trim();
    let rest = text.slice(group[0].length);
    // "HOLD 1 (Hjemmepleje Nord)": the group's name is part of its label, so a question can name it.
    const name = GROUP_NAME.exec(rest);
    if (name && findDates(name[1]!).length === 0) {
      rest = rest.slice(name[0].length);
      return { label: `${label} (${name[1]!.trim()})`, kind, key, line, rest };
    }
    return { label, kind, key, line, rest };
  }
  const occasion = OCCASION_LABEL.exec(text);
  if (!occasion) return undefined;
  const kind = `occasion:${(occasion[1] ?? occasion[4])!.toLowerCase()}`;
  const key = (occasion[2] ?? occasion[3])!.toUpperCase();
  return { label: occasion[0].replace(/\s*[:.,–—-]?\s*$/, '').trim(), kind, key, line, rest: text.slice(occasion[0].length) };
}

/** "1", "2", … or "A", "B", …: keys that count up from the first. */
function countsUp(keys: string[]): boolean {
  const numbers = keys.map((key) => (/^\d+$/.test(key) ? Number(key) : key.charCodeAt(0) - 64));
  return numbers.every((n, i) => n === i + 1);
}

/**
 * The text of a labelled session: its line after the label, and the lines under it up to the next label or gap;
 * with the indexes of those lines.
 */
function blockAfter(letter: Letter, entry: Labelled, next: Labelled | undefined): { texts: string[]; lines: number[] } {
  const texts = [entry.rest];
  const lines = [entry.line.index];
  for (const line of letter.lines.slice(entry.line.index + 1, next ? next.line.index : undefined)) {
    if (line.furniture) continue;
    // A gap ends the session's lines, unless the label stands alone on its line and its lines follow the gap.
    if (line.blank) {
      if (texts.length > 1 || entry.rest.trim() !== '') break;
      continue;
    }
    if (line.heading > 0 || texts.length > 6) break;
    texts.push(line.text.replace(/^[-•*–▪◦·]\s+/, ''));
    lines.push(line.index);
  }
  return { texts, lines };
}

function sessionOf(texts: string[], label: string, reference: string, year?: number): SessionFound | undefined {
  let found: SessionFound | undefined;
  let deadline: string | undefined;
  let venue: string | undefined;
  for (const text of texts) {
    const { dates, deadlines } = meetingDates(text);
    const first = dates[0];
    if (!found && first) {
      const times = findTimes(text);
      const time = timeAfter(times, first.end, dates[1]?.index ?? Infinity) ?? (dates.length === 1 ? times[0] : undefined);
      const date = dateOf({ ...first.date, year: first.date.year ?? year }, reference, first.weekday);
      found = { label, date, start: time?.from, end: time?.to };
    }
    const closing = deadlines[0];
    if (closing && !deadline)
      deadline = dateOf({ ...closing.date, year: closing.date.year ?? year }, found?.date ?? reference, closing.weekday, 'onOrBefore');
    const place = VENUE_LABEL.exec(text)?.[1]?.trim();
    if (place && !venue) venue = place.replace(/[.;]$/, '');
  }
  if (!found) return undefined;
  return { ...found, ...(venue ? { venue } : {}), ...(deadline ? { deadline } : {}) };
}

/** "Hold 1: … / Hold 2: …": labelled sessions on lines of their own, a date each. */
function labelledSessions(letter: Letter, reference: string, choice: boolean): SessionsFound | undefined {
  const labelled = letter.lines.filter((line) => !line.blank && !line.furniture).flatMap((line) => labelOf(line) ?? []);
  const kinds = [...new Set(labelled.map((entry) => entry.kind))];
  for (const kind of kinds) {
    if (kind.startsWith('occasion:') && !choice) continue;
    const run = labelled.filter((entry) => entry.kind === kind);
    // The same label twice ("Hold 1" in the programme and again under the dates): the first of each.
    const unique = run.filter((entry, i) => run.findIndex((other) => other.key === entry.key) === i);
    if (unique.length < 2 || !countsUp(unique.map((entry) => entry.key))) continue;
    const year = letter.lines
      .slice(unique[0]!.line.index)
      .flatMap((line) => findDates(line.text))
      .find((mention) => mention.date.year !== undefined)?.date.year;
    const blocks = unique.map((entry, i) => blockAfter(letter, entry, unique[i + 1]));
    const sessions = unique.map((entry, i) => sessionOf(blocks[i]!.texts, entry.label, reference, year));
    if (sessions.some((session) => !session)) continue;
    const found = sessions as SessionFound[];
    if (new Set(found.map((s) => `${s.date}${s.start ? `T${s.start.hour}:${s.start.minute}` : ''}`)).size < found.length) continue;
    return { sessions: found, line: unique[0]!.line.index, lines: new Set(blocks.flatMap((block) => block.lines)), doubts: [] };
  }
  return undefined;
}

/**
 * "Kurset afholdes to gange: 3. marts og 10. marts", "Vælg mellem to datoer:" with the dates on its line or as a
 * list below it; a label for each is its date as the letter writes it.
 */
function listedSessions(letter: Letter, reference: string): SessionsFound | undefined {
  const lines = letter.lines;
  for (const line of lines) {
    if (line.blank || line.furniture) continue;
    const cue = CHOICE_CUE.exec(line.text);
    // "afholdes to gange: … og …, begge dage kl. 19–21": the line says the dates are alternatives; "both" is of the time.
    if (!cue) continue;
    const entries: Array<{ text: string; line: number }> = [];
    const after = line.text.slice(cue.index);
    const own = meetingDates(after).dates;
    if (own.length >= 2 || (own.length === 1 && own[0]!.days && own[0]!.days.length >= 2) || (own.length === 1 && own[0]!.until)) {
      entries.push(...splitByDates(after, own).map((text) => ({ text, line: line.index })));
    } else {
      // The dates as a list under the line ("- tirsdag den 3. marts kl. 9–12").
      for (const below of lines.slice(line.index + 1, line.index + 12)) {
        if (below.furniture) continue;
        if (below.blank) {
          if (entries.length > 0) break;
          continue;
        }
        if (meetingDates(below.text).dates.length !== 1) break;
        entries.push({ text: below.text.replace(/^[-•*–▪◦·]\s+|^\d{1,2}[.)]\s+/, ''), line: below.index });
      }
    }
    if (entries.length < 2) continue;
    const year = entries
      .flatMap((entry) => findDates(entry.text))
      .concat(findDates(line.text))
      .find((mention) => mention.date.year !== undefined)?.date.year;
    const shared = findTimes(line.text.slice(0, cue.index + cue[0].length));
    const sessions: SessionFound[] = [];
    for (const entry of entries) {
      const mention = meetingDates(entry.text).dates[0];
      const session = sessionOf([entry.text], (mention?.text ?? entry.text).trim(), reference, year);
      if (!session) return undefined;
      if (!session.start && shared[0]) Object.assign(session, { start: shared[0].from, end: shared[0].to });
      sessions.push(session);
    }
    // One time on the line for every date ("… 4 May and 11 May, both from 10:00 to 11:30"): each date takes it.
    const times = findTimes(line.text);
    if (times.length === 1)
      for (const session of sessions) if (!session.start) Object.assign(session, { start: times[0]!.from, end: times[0]!.to });
    if (new Set(sessions.map((s) => s.date)).size < sessions.length) continue;
    return {
      sessions,
      line: entries[0]!.line,
      // The dates may share their paragraph with the programme's steps: no line is kept from it.
      lines: new Set(),
      doubts: ['the sessions were read from a list of dates; check each date, time and label'],
    };
  }
  return undefined;
}

/** Each date of a line with what follows it up to the next date; "3. og 10. marts" is two dates. */
function splitByDates(text: string, mentions: DateMention[]): string[] {
  const out: string[] = [];
  mentions.forEach((mention, i) => {
    const tail = text.slice(mention.end, mentions[i + 1]?.index ?? text.length).replace(/^\s*(?:og|and|&|,|or|eller)\s*/i, '');
    const days = mention.days ?? (mention.until ? [mention.date, mention.until] : [mention.date]);
    const month = (d: CalendarDate) => monthName(mention.text, d);
    if (days.length > 1) {
      for (const day of days) out.push(`${day.day}. ${month(day)}${day.year ? ` ${day.year}` : ''} ${tail}`.trim());
    } else out.push(`${mention.text} ${tail}`.trim());
  });
  return out;
}

/** The month word of a mention that lists several days of one month ("3. og 10. marts" → "marts"). */
function monthName(text: string, _day: CalendarDate): string {
  const words = text.match(/\p{L}{3,}\.?/gu) ?? [];
  return words.filter((word) => !/^(?:og|and|den|the|of)$/i.test(word)).pop() ?? '';
}

/** A column of a table that says where: its cells are each row's venue. */
const PLACE_HEADER = /^(?:sted|mødested|adresse|lokale|lokation|venue|location|place|where|address|hvor)$/iu;

/**
 * "| By | Dato | Tid | Sted |" over a row per town: the same meeting held in several places, a row each. The label
 * is the row's first cell that is neither date, time nor venue (the town), else its date; the venue is the cell
 * under a header of place. Only for a letter that says the dates are alternatives.
 */
function tabledSessions(letter: Letter, reference: string): SessionsFound | undefined {
  const lines = letter.lines;
  for (const header of lines) {
    if (!header.cells || header.cells.length < 2 || findDates(header.text).length > 0) continue;
    const rows: Line[] = [];
    for (const line of lines.slice(header.index + 1)) {
      if (line.furniture) continue;
      if (!line.cells || line.cells.length !== header.cells.length) break;
      if (meetingDates(line.text).dates.length !== 1) break;
      rows.push(line);
    }
    if (rows.length < 2) continue;
    const dated = (cell: string) => findDates(cell).length > 0 || findTimes(cell).length > 0;
    const place = header.cells.findIndex((cell) => PLACE_HEADER.test(cell.trim()));
    const labelColumn = header.cells.findIndex(
      (_, i) => i !== place && rows.every((row) => row.cells![i]!.trim() !== '' && !dated(row.cells![i]!)),
    );
    const year = rows.flatMap((row) => findDates(row.text)).find((mention) => mention.date.year !== undefined)?.date.year;
    const sessions: SessionFound[] = [];
    for (const row of rows) {
      const cells = row.cells!;
      const when = cells.filter((_, i) => i !== place && i !== labelColumn).join(' ');
      const date = meetingDates(when).dates[0];
      if (!date) return undefined;
      const label = labelColumn >= 0 ? cells[labelColumn]!.trim() : date.text.trim();
      const session = sessionOf([when], label, reference, year);
      if (!session) return undefined;
      const venue = place >= 0 ? cells[place]!.trim() : '';
      sessions.push(venue ? { ...session, venue } : session);
    }
    if (new Set(sessions.map((s) => `${s.date}${s.start ? `T${s.start.hour}:${s.start.minute}` : ''}`)).size < sessions.length) continue;
    return { sessions, line: rows[0]!.index, lines: new Set(rows.map((row) => row.index)), doubts: [] };
  }
  return undefined;
}

/**
 * "- Nordby: www… – senest fredag den 3. september": a line led by a session's label with a deadline date on it is
 * that session's own sign-up deadline.
 */
function labelledDeadlines(letter: Letter, found: SessionsFound): SessionFound[] {
  return found.sessions.map((session) => {
    if (session.deadline || findDates(session.label).length > 0) return session;
    const led = new RegExp(`^${escapeRegExp(session.label)}\\s*[:–—-]`, 'iu');
    for (const line of letter.lines) {
      if (line.blank || found.lines.has(line.index)) continue;
      const text = line.text.replace(/^[-•*–▪◦·]\s+/, '');
      if (!led.test(text)) continue;
      const closing = meetingDates(text).deadlines[0];
      if (!closing) continue;
      const year = closing.date.year ?? Number(session.date.slice(0, 4));
      return { ...session, deadline: dateOf({ ...closing.date, year }, session.date, closing.weekday, 'onOrBefore') };
    }
    return session;
  });
}

/**
 * The letter's alternative dates, when it clearly has them; `reference` counts the years of dates without one. None
 * for a meeting held over several days ("begge dage", "both days" beside the dates).
 */
export function findSessions(letter: Letter, reference: string): SessionsFound | undefined {
  const choice = letter.lines.some((line) => !line.blank && CHOICE_CUE.test(line.text));
  const allDays = letter.lines.some((line) => !line.blank && ALL_DAYS_CUE.test(line.text) && !CHOICE_CUE.test(line.text));
  const found =
    labelledSessions(letter, reference, choice && !allDays) ??
    (allDays ? undefined : ((choice ? tabledSessions(letter, reference) : undefined) ?? listedSessions(letter, reference)));
  if (!found) return undefined;
  const sessions = labelledDeadlines(letter, found);
  const doubts = [...found.doubts];
  if (sessions.some((s) => !s.start)) doubts.push('a session without its own time takes the meeting’s time; check the times');
  return { ...found, sessions, doubts };
}
