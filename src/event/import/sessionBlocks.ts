/**
 * A series of sessions, each a block of its own: "SESSION 2 – Housing and participation" over its date and time,
 * who speaks, what it is about, where to sign up and by when, and whether it is recorded; "Webinar 1:", "Modul 3 –",
 * "Del 2". Every invitee may come to any of them, so they are the meeting's days and its programme, one item each.
 *
 * Finding only, and only where the letter is clear: at least two blocks of one kind, numbered 1, 2, … on ascending
 * dates, each with its date on its label's line or the line under it.
 */
import { findDates, findTimes, formatClock, isoDate, resolveYear, SESSION_WORDS, type ClockTime } from './dates';
import { withSharedTime, type DaysFound } from './days';
import type { Letter, Line } from './letter';
import { withPeople } from './programme';
import type { ProgrammeFound, ProgrammeItemInput } from './types';

/** "SESSION 3 – …", "Webinar 2:", "Modul 1.", "2. del –": a block's label at the start of its first line. */
const BLOCK_LABEL = new RegExp(
  `^(?:(${SESSION_WORDS}|webinar|seminar|foredrag|talk|event|arrangement|møde|meeting)\\s*(\\d{1,2})|(\\d{1,2})\\.\\s*(session|modul|del|gang|webinar|møde))(?![\\p{L}\\d])\\s*[:.,–—-]?\\s*`,
  'iu',
);
/** "Speaker: …", "Speakers: …", "Oplægsholder: …": who gives the session, after its label. */
const SPEAKER_LINE =
  /^(?:(?:speakers?|presenters?|panel(?:lists)?|oplægsholdere?|talere?|foredragsholdere?|undervisere?|ved|v\/|facilitators?|moderators?|ordstyrer|vært|host)\s*:|(?:by|led by|taught by|ledet af|undervises af|v\.)\s)\s*(\S.*)$/iu;
/** Time-zone names after a block's time: part of the time, not of what the session is about. */
const ZONE = /^\s*(?:\(?(?:CET|CEST|UTC|GMT|dansk tid|danish time|local time)\)?\s*)+/i;

interface Block {
  kind: string;
  number: number;
  label: Line;
  lines: Line[];
}

function labelOf(line: Line): { kind: string; number: number; rest: string } | undefined {
  if (line.blank || line.furniture || line.text.length > 160) return undefined;
  const match = BLOCK_LABEL.exec(line.text);
  if (!match) return undefined;
  return {
    kind: (match[1] ?? match[4])!.toLowerCase(),
    number: Number(match[2] ?? match[3]),
    rest: line.text.slice(match[0].length).trim(),
  };
}

/** The lines of each labelled block: from its label to the first blank line, the next label or heading. */
function blocks(letter: Letter): Block[] {
  const found: Block[] = [];
  for (let index = 0; index < letter.lines.length; index++) {
    const line = letter.lines[index]!;
    const label = labelOf(line);
    if (!label) continue;
    const lines: Line[] = [];
    for (let next = index + 1; next < letter.lines.length; next++) {
      const below = letter.lines[next]!;
      if (below.blank || below.heading > 0 || labelOf(below)) break;
      if (!below.furniture) lines.push(below);
    }
    found.push({ kind: label.kind, number: label.number, label: line, lines });
  }
  return found;
}

interface Dated {
  date: string;
  start?: ClockTime;
  end?: ClockTime;
  /** What the date's line says besides the date and time ("please note the earlier time"). */
  note?: string;
  /** The line the date was read from, when it is not the label's. */
  line?: Line;
  /** The label's text before its date, when the date is on the label's line. */
  title?: string;
}

/** The block's date: on its label's line after the title, or first on the line under it. */
function datedOf(block: Block, rest: string, reference: string): Dated | undefined {
  const read = (text: string): (Omit<Dated, 'line' | 'title'> & { index: number }) | undefined => {
    const mention = findDates(text)[0];
    if (!mention || mention.until) return undefined;
    const date = isoDate(resolveYear(mention.date, reference, 'onOrAfter', mention.weekday));
    const time = findTimes(text).find((found) => found.index >= mention.end && found.index - mention.end <= 12);
    const after = text
      .slice(time?.end ?? mention.end)
      .replace(ZONE, '')
      .replace(/^[\s,;:–—-]+/, '')
      .trim();
    return {
      index: mention.index,
      date,
      ...(time ? { start: time.from, ...(time.to ? { end: time.to } : {}) } : {}),
      ...(after ? { note: after } : {}),
    };
  };
  const own = read(rest);
  if (own) {
    const title = rest.slice(0, own.index).replace(/[\s,;:–—-]+$/, '');
    const { index: _, ...dated } = own;
    if (title) return { ...dated, title };
    // "Morning 1 – Tuesday 2/3, 09:00–12:00" over its title's line: the title is the first line under the label.
    const under = block.lines[0];
    if (!under || findDates(under.text).length > 0) return undefined;
    const quoted = /^["“„«]([^"“”„«»]{3,120})["”“»]/.exec(under.text);
    if (!quoted && under.text.length > 120) return undefined;
    return { ...dated, title: (quoted?.[1] ?? under.text).trim(), line: under };
  }
  const first = block.lines[0];
  if (!first) return undefined;
  const under = read(first.text);
  if (!under || under.index > 12) return undefined;
  const { index: _, ...dated } = under;
  return { ...dated, line: first };
}

/** A line as a sentence of its own: capitalised, with a full stop. */
const sentence = (text: string): string => {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

export interface SessionBlocksFound {
  days: DaysFound;
  programme: ProgrammeFound;
}

export function findSessionBlocks(letter: Letter, reference: string): SessionBlocksFound | undefined {
  const byKind = new Map<string, Block[]>();
  for (const block of blocks(letter)) byKind.set(block.kind, [...(byKind.get(block.kind) ?? []), block]);
  for (const group of byKind.values()) {
    if (group.length < 2 || group.some((block, index) => block.number !== index + 1)) continue;
    const read = group.map((block) => {
      const rest = labelOf(block.label)!.rest;
      return { block, rest, dated: datedOf(block, rest, reference) };
    });
    if (read.some((entry) => !entry.dated)) continue;
    const dates = read.map((entry) => entry.dated!.date);
    if (dates.some((date, index) => index > 0 && date <= dates[index - 1]!)) continue;
    const programme: ProgrammeFound = { items: [], lines: new Set(), people: [], choices: [] };
    const days: DaysFound = { days: [], line: group[0]!.label.index };
    for (const { block, rest, dated } of read) {
      const when = dated!;
      const title = (when.title ?? rest).replace(/[\s:–—-]+$/, '');
      const item: ProgrammeItemInput = { number: block.number, date: when.date, title: title || block.label.text };
      if (when.start) item.start = formatClock(when.start);
      if (when.end) item.end = formatClock(when.end);
      const about: string[] = when.note ? [sentence(when.note)] : [];
      const speakers: string[] = [];
      for (const line of block.lines) {
        if (line === when.line) continue;
        const speaker = SPEAKER_LINE.exec(line.text);
        if (speaker) speakers.push(speaker[1]!.replace(/[.;]$/, ''));
        else about.push(sentence(line.text));
      }
      withPeople(item, speakers.join('; '), programme.people);
      if (about.length > 0) item.description = about.join(' ');
      programme.items.push(item);
      for (const line of [block.label, ...block.lines]) programme.lines.add(line.index);
      days.days.push({
        date: when.date,
        ...(when.start ? { start: when.start } : {}),
        ...(when.end ? { end: when.end } : {}),
        title: item.title,
      });
    }
    // "Kurset består af tre aftener, alle tirsdage kl. 18.30–21.00" over blocks without times of their own.
    days.days = withSharedTime(letter, days.days, days.line);
    programme.items.forEach((item, index) => {
      const { start, end } = days.days[index]!;
      if (!item.start && start) item.start = formatClock(start);
      if (!item.end && end) item.end = formatClock(end);
    });
    return { days, programme };
  }
  return undefined;
}
