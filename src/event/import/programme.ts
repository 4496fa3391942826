/**
 * The programme: numbered lines ("1. Velkommen v/ Vestby Kommune"), timed lines ("19.00 Velkomst v/ borgmester …",
 * "09.30   Registration and coffee"), bulleted or lettered sub-items under an item ("- Aktuelle politiske
 * dagsordener", "A: Reading …"), indented continuation lines, and day headings in a programme over several days.
 * Who leads an item follows "v/", "ved", "by", "with" or "Moderator:" and is kept as written.
 */
import { DateTime } from 'luxon';
import { findDates, findTimes, formatClock, isoDate, minutesOf, resolveYear, type ClockTime } from './dates';
import type { Letter, Line } from './letter';
import { capitalise, nextContentLine, stripMarkup } from './letter';
import { findNames, looksLikeOrganisation, parsePeople } from './names';
import { SECTION_WORDS } from './title';
import { proseProgramme } from './prose';
import type { ProgrammeFound, ProgrammeItemInput } from './types';

export type { ProgrammeFound, ProgrammeItemInput };
import { GREETING } from './venue';
import type { MeetingTime } from './when';

/** A programme item as the importer writes it: plain texts in the letter's language (see the schema's programme). */

/** The heading, with a note after it in brackets ("DAGSORDEN (jf. vedtægternes § 9)", "Program (times are approximate)"). */
const PROGRAMME_HEADING =
  /^(program(me)?|dagsorden|agenda|dagens program|aftenens program|programme for the day|program for (dagen|mødet|aftenen|dagene)|schedule|tidsplan|the programme|programmet)(?:\s*(?:&|\+|and|og)\s*(?:speakers?|presenters?|oplægsholdere?|talere|medvirkende))?\s*(?:\([^()]*\))?\s*:?$/i;
/** "Ca. kl. 19.10", "approx. 10:30", "around 14.00": a time the letter gives as approximate is still the item's time. */
const APPROX = String.raw`(?:(?:ca\.?|cirka|approx\.?|approximately|around|about|omkring)\s*)?`;
const TIMED = new RegExp(
  String.raw`^${APPROX}(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?![.:]?\d)(?:\s*(?:-|–|—|til)\s*${APPROX}(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?![.:]?\d))?\s*(?:[:|–—-]\s+)?(.*)$`,
  'i',
);
const NUMBERED = /^(\d{1,2})[.)]\s+(.+)$/;
const BULLET = /^(?:[-•*–▪◦·]|[A-Za-z][:.)]|\([a-zA-Z0-9]\))\s+(.+)$/;
/** "- kl. 19.00 Velkomst", "• 09:30 Registration": a bulleted line that starts with its time is a timed item. */
const BULLET_MARK = /^[-•*–▪◦·]\s+/;

/** A line's time and title, when it is a timed item, with or without a bullet before its time. */
function timedLine(text: string): RegExpExecArray | undefined {
  const timed = TIMED.exec(text.replace(BULLET_MARK, ''));
  return timed && timed[5] !== '' && clockOf(timed[1], timed[2]) ? timed : undefined;
}

/**
 * "Velkomst og indledning (kl. 10.00-10.10)", "Pause (11.40–11.55)": an item's time written in brackets after its
 * title. A single time only with "kl." or "at", so "(20 min)" and "(3.5)" stay in the title.
 */
const BRACKETED_TIME = new RegExp(
  String.raw`\s*\((?:${APPROX}(?:kl\.?|at)\s*(\d{1,2})[.:](\d{2})|${APPROX}(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*(?:-|–|—|til|to)\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2}))\)\s*$`,
  'i',
);

/** The time in brackets at the end of a title, and the title without it. */
function bracketedTime(title: string): { start: ClockTime; end?: ClockTime; title: string } | undefined {
  const match = BRACKETED_TIME.exec(title);
  if (!match) return undefined;
  const start = clockOf(match[1] ?? match[3], match[2] ?? match[4]);
  if (!start) return undefined;
  const end = clockOf(match[5], match[6]);
  return { start, ...(end && minutesOf(end) > minutesOf(start) ? { end } : {}), title: title.slice(0, match.index).trim() };
}
/** A continuation that says who leads the item. */
const BY_START =
  /^(?:v\/|v\.\s|ved\s|by\s|with\s|med\s|(?:hosted|presented|chaired|moderated|facilitated|led)\s+by\s|moderator\s*:|ordstyrer\s*:|facilitator\s*:|chair\s*:|oplægsholder\s*:|speakers?\s*:|panel\s*:)/i;
/** The words that introduce who leads, dropped from `by` ("Hosted by Lea Dam" → "Lea Dam"). */
const BY_WORDS = /^(?:v\/|v\.|ved|by|with|med|(?:hosted|presented|chaired|moderated|facilitated|led)\s+by)\s*/i;
/** A sentence in an item's text that says who leads it: "Facilitator: Tina Kjær Olsen, NMPA." */
const ROLE_SENTENCE = /(?:^|(?<=[.!?]\s))(?:facilitator|moderator|ordstyrer|chair|vært|host|oplægsholder|speakers?)\s*:\s*[^.!?]+[.!?]?/giu;
/** A line that says where in the venue an item is held: "Lokale: Ege (stueetagen)", "Room: C2.14". */
const ROOM_LINE = /^(?:lokale|lokaler|rum|sal|room|rooms|location|sted)\s*:\s*(\S.*)$/iu;
/** Where in the venue an item is held, in brackets after its title: "(room Limfjorden, 3rd floor)", "(lokale 2.14)". */
const ROOM_IN_TITLE = /\s*\((?:room|rooms|lokale|lok\.|sal|rum)\s+([^()]+)\)\s*$/iu;
/** A line in a session's block that says who leads it: "Vært: Ida Storm, …", "Host: …". */
const LEADER_LINE =
  /^(?:værter|vært|hosts?|facilitators?|facilitatorer|moderators?|ordstyrer|oplægsholdere?|workshopledere?|speakers?|chair|led by)\s*:\s*\S/iu;
/** An item whose sessions are described further down: "Parallelle workshops (se nedenfor)", "Breakouts (see below)". */
const SEE_BELOW = /\s*\(?\b(?:se (?:nedenfor|herunder|nedenstående|beskrivelse nedenfor)|see below|described below|details below)\b\)?/iu;
/** An indented sub-item numbered without a full stop: "1  Nature-based solutions on the coast". */
const SUB_NUMBERED = /^(\d{1,2})[.)]?\s+(\p{Lu}.*)$/u;
/** "(until 18.00)", "(serveres til kl. 9.00)": when an item ends, written in its title. */
const UNTIL = /\((?:[^()]*\s)?(?:until|till|to|til|indtil)\s+(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\)/i;
/** "– networking on site until 10.00", "… indtil kl. 22": the same at the end of the title, with no brackets. */
const UNTIL_AT_END = /(?:^|\s)(?:until|till|indtil|til kl\.?)\s+(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*$/i;
const DAY_HEADING = /^(?:dag|day)\s+(\d+|en|én|to|tre|one|two|three)\b/i;
const CHOOSE_NOTE = /\(([^)]*\b(?:vælg|vælge|choose|select|pick)\b[^)]*\b(?:tilmeld\w*|register\w*|registration|sign[- ]?up)\b[^)]*)\)/i;

/** A table's header cells, by what their column holds ("| Time | Item | Speaker |", "| Tid | Punkt | Ved |"). */
const TIME_COLUMN = /^(?:time|times|when|tid|tidspunkt|klokken|kl\.?|hvornår)$/i;
/** A column of when each row starts and one of when it ends ("| Rute | Start | Forventet slut |", "| Race | Start | Finish |"). */
const START_COLUMN = /^(?:start|starts|start time|starttid|starttidspunkt|begins|begynder)$/i;
const END_COLUMN =
  /^(?:(?:forventet |expected |estimated |ca\.? )?(?:slut|sluttid|sluttidspunkt|end|ends|end time|finish|finish time|færdig|til|until))$/i;
/** A column that says where or on what a row is, never what it is called: "Sted", "Underlag", "Room". */
const NOT_TITLE_COLUMN = /^(?:sted|lokale|rum|adresse|underlag|place|location|venue|room|address|pris|price|note|noter|bemærk\p{L}*)$/iu;
const TITLE_COLUMN =
  /^(?:item|items|programme item|program item|session|topic|subject|activity|title|what|content|programme|program|agenda|punkt|programpunkt|emne|aktivitet|indhold|titel|hvad|dagsorden)$/i;
/** A column of item numbers ("#", "Nr.") and one of dates ("Date", "Dato"), in a series over several dates. */
const NUMBER_COLUMN = /^(?:#|nr|no|number|nummer|mødenr)$/i;
const DATE_COLUMN = /^(?:date|dato|dag|day|datoer|dates)$/i;
const BY_COLUMN =
  /^(?:speakers?|presenters?|facilitators?|moderators?|hosts?|who|by|led by|responsible|oplægsholdere?|talere?|ved|v\/|hvem|ansvarlig|vært|ordstyrer)$/i;

interface Columns {
  time?: number;
  /** A column of when each row ends, apart from its start's. */
  end?: number;
  number?: number;
  date?: number;
  dateHeader?: string;
  title: number;
  by?: number;
  /** Other columns ("Room", "Lokale"), kept with their header as the item's description. */
  others: Array<{ index: number; header: string }>;
}

/** The columns of the table a row belongs to, from the header row it starts with; undefined when it has none. */
function tableColumns(letter: Letter, line: Line): { columns: Columns; header: number } | undefined {
  let first = line;
  for (let i = line.index - 1; i >= 0 && letter.lines[i]!.cells; i--) first = letter.lines[i]!;
  const cells = first.cells;
  if (!cells || cells.some((cell) => TIMED.test(cell) && clockOf(TIMED.exec(cell)![1], TIMED.exec(cell)![2]))) return undefined;
  // "Time (CET)", "Tid (ca.)": a note in brackets after the header says nothing about what the column holds.
  // "Speaker / facilitator", "Oplægsholder og ordstyrer": a header of two words for what the column holds.
  const find = (pattern: RegExp): number | undefined => {
    const index = cells.findIndex((cell) => {
      const header = cell.replace(/\s*\([^()]*\)$/, '').replace(/[:.]$/, '');
      const words = header.split(/\s*\/\s*|\s+(?:&|og|and)\s+/).filter(Boolean);
      return pattern.test(header) || (words.length > 1 && words.every((word) => pattern.test(word)));
    });
    return index < 0 ? undefined : index;
  };
  const time = find(TIME_COLUMN) ?? find(START_COLUMN);
  const end = time !== undefined ? find(END_COLUMN) : undefined;
  const by = find(BY_COLUMN);
  const number = find(NUMBER_COLUMN);
  const date = find(DATE_COLUMN);
  // "| Rute | Start | Forventet slut |": a table of what starts when names its rows in its first column, whatever its
  // header calls them, when the table says when each row both starts and ends.
  const named = find(TITLE_COLUMN);
  const firstHeader = (cells[0] ?? '').replace(/[:.]$/, '');
  const title =
    named ??
    (time !== undefined &&
    end !== undefined &&
    ![time, end, by, number, date].includes(0) &&
    firstHeader !== '' &&
    !NOT_TITLE_COLUMN.test(firstHeader)
      ? 0
      : undefined);
  if (title === undefined) return undefined;
  if (time === undefined && by === undefined) return undefined;
  const others = cells
    .map((header, index) => ({ index, header }))
    .filter(({ index, header }) => header !== '' && ![title, time, end, by, number, date].includes(index));
  const dateHeader = date !== undefined ? cells[date] : undefined;
  return { columns: { time, end, title, by, number, date, dateHeader, others }, header: first.index };
}

interface Part {
  text: string;
  /** Raw length of the line, for telling a wrapped line from a new one. */
  width: number;
}

interface Draft {
  /** A sub-section of the programme ("### Track A – …"): an item without a time that takes sub-items. */
  section?: boolean;
  number?: number;
  start?: ClockTime;
  end?: ClockTime;
  date?: string;
  parts: Part[];
  subs: Part[][];
  /** Numbers of sub-items written "1  …" under an item, by position in `subs`. */
  subNumbers?: Array<number | undefined>;
  /** Who leads each sub-item, from a table's column, by position in `subs`. */
  subBy?: Array<string | undefined>;
  /** Who leads, from a table's column. */
  by?: string;
  /** A table's other columns, "Room: Lillebælt". */
  notes?: string[];
  /** Read from a table's row. */
  cells?: boolean;
  /** Written as a bullet with its time ("- kl. 19.00 Velkomst"): a bullet at its indent is the next item. */
  bulleted?: boolean;
  indent?: number;
}

/**
 * "**Ældreplejen i 2040** Professor Ole Bak, …": a bold title with who gives it after it, in one line or cell.
 * The bold ends the title; the rest is a line of its own, so it is read as who leads.
 */
function boldLead(raw: string, text: string, width: number): { parts: Part[]; by?: string } {
  const whole = { parts: [{ text, width }] };
  const bold = /\*\*([^*]+)\*\*\s+([^*\s][^*]*)$/.exec(raw);
  if (!bold) return whole;
  const title = stripMarkup(bold[1]!);
  const rest = stripMarkup(bold[2]!);
  if (!text.endsWith(`${title} ${rest}`)) return whole;
  const head = { text: text.slice(0, text.length - rest.length).trim(), width: 0 };
  if (isByLine(rest)) return { parts: [head, { text: rest, width: 0 }] };
  // "Udviklingschef Ole Bak, Vestby Kommune": a title of one or two words before the name.
  const name = findNames(rest)[0];
  const before = name ? rest.slice(0, name.index).trim().split(/\s+/).filter(Boolean) : [];
  if (name && before.length <= 2 && /^(?:\s*,|\s*$)/.test(rest.slice(name.end))) return { parts: [head], by: rest };
  return whole;
}

/** A table row as an item: each cell in its column's place. */
function tableDraft(line: Line, columns: Columns, day: string | undefined, meeting: MeetingTime): Draft | undefined {
  const cells = line.cells!;
  const title = cells[columns.title] ?? '';
  if (title === '') return undefined;
  const lead = boldLead(line.raw, title, title.length);
  // A row's own date ("Wednesday 20 January 2027") in a series of sessions on several dates; a cell that is not
  // one date is left as a note.
  const dateCell = columns.date !== undefined ? (cells[columns.date] ?? '') : '';
  const dates = findDates(dateCell);
  const ownDate = dates.length === 1 ? isoDate(resolveYear(dates[0]!.date, meeting.date, 'onOrAfter', dates[0]!.weekday)) : undefined;
  const draft: Draft = { date: ownDate ?? day, parts: lead.parts, subs: [] };
  const numberCell = columns.number !== undefined ? (cells[columns.number] ?? '').replace(/[.)]$/, '') : '';
  if (/^\d{1,2}$/.test(numberCell)) draft.number = Number(numberCell);
  const notes: string[] = [];
  if (dateCell !== '' && !ownDate) notes.push(`${columns.dateHeader ?? 'Date'}: ${dateCell}`);
  if (lead.by) draft.by = lead.by;
  const timed = columns.time !== undefined ? TIMED.exec(cells[columns.time] ?? '') : null;
  // The time cell holds only the time: what follows it is no title.
  if (timed && timed[5] === '') {
    draft.start = clockOf(timed[1], timed[2]);
    draft.end = clockOf(timed[3], timed[4]);
  } else if (columns.time !== undefined && (cells[columns.time] ?? '') !== '') return undefined;
  // "ca. 17.30" in a column of its own: when the row ends, if after its start.
  const until = columns.end !== undefined ? TIMED.exec(cells[columns.end] ?? '') : null;
  const end = until && until[5] === '' && !until[3] ? clockOf(until[1], until[2]) : undefined;
  if (draft.start && end && minutesOf(end) > minutesOf(draft.start)) draft.end ??= end;
  const by = columns.by !== undefined ? (cells[columns.by] ?? '') : '';
  if (by !== '') draft.by = by;
  for (const { index, header } of columns.others) if ((cells[index] ?? '') !== '') notes.push(`${header}: ${cells[index]}`);
  if (notes.length > 0) draft.notes = notes;
  return draft;
}

/** A day heading just above where a programme without a heading starts ("## Day 1 – Tuesday 14 September"). */
function dayAbove(letter: Letter, from: number, meeting: MeetingTime): string | undefined {
  for (let i = from - 1; i >= 0; i--) {
    const line = letter.lines[i]!;
    if (line.blank || line.furniture || (line.cells && tableColumns(letter, line)?.header === line.index)) continue;
    return isDayHeading(line) ? dayOf(line, meeting) : undefined;
  }
  return undefined;
}

const clockOf = (hour: string | undefined, minute: string | undefined): ClockTime | undefined => {
  if (hour === undefined || minute === undefined) return undefined;
  const time = { hour: Number(hour), minute: Number(minute) };
  return time.hour <= 23 && time.minute <= 59 ? time : undefined;
};

/** "Torsdag den 22. april", "Dag 2", "Day 1 – Thursday 22 April": a heading for one day's items, nothing more. */
function isDayHeading(line: Line): boolean {
  if (DAY_HEADING.test(line.text)) return true;
  const date = findDates(line.text)[0];
  if (!date || TIMED.test(line.text)) return false;
  const rest = (line.text.slice(0, date.index) + line.text.slice(date.end)).replace(/[\s:–—,()-]+/g, ' ').trim();
  return rest.split(' ').every((word) => word === '' || /^(dag|day|\d+\.?|den|d\.|the|program(me)?)$/i.test(word));
}

function dayOf(line: Line, meeting: MeetingTime): string | undefined {
  const numbered = DAY_HEADING.exec(line.text);
  const date = findDates(line.text)[0];
  if (date) return isoDate(resolveYear(date.date, meeting.date, 'onOrAfter', date.weekday));
  if (!numbered) return undefined;
  const words: Record<string, number> = { en: 1, én: 1, one: 1, to: 2, two: 2, tre: 3, three: 3 };
  const n = Number(numbered[1]) || words[numbered[1]!.toLowerCase()] || 1;
  return (
    DateTime.fromISO(meeting.date)
      .plus({ days: n - 1 })
      .toISODate() ?? undefined
  );
}

/** A line that ends the programme: another section, the signature, a heading. */
function endsProgramme(line: Line): boolean {
  if (line.heading > 0 && !isDayHeading(line)) return true;
  if (GREETING.test(line.text) || (SECTION_WORDS.test(line.text) && !PROGRAMME_HEADING.test(line.text))) return true;
  return line.allCaps && !TIMED.test(line.text) && !isDayHeading(line);
}

/** Where the programme starts: after its heading, or at the first run of three timed or numbered lines. */
function programmeStart(letter: Letter): { line: number; headed: boolean; level: number } | undefined {
  const heading = letter.lines.find((line) => PROGRAMME_HEADING.test(line.text) && !line.furniture);
  const headed = heading ? { line: heading.index + 1, headed: true, level: heading.heading } : undefined;
  // "DAGENS PROGRAM" over paragraphs of prose, with a list of times above it (the bus's pick-ups): the list is the
  // programme's start, and the paragraphs' timed sentences its later steps.
  const underHeading = heading ? letter.lines.slice(heading.index + 1).find((line) => !line.blank && !line.furniture) : undefined;
  if (headed && (isItemLine(underHeading) || (underHeading?.text.length ?? 0) < 100)) return headed;
  const content = letter.lines.filter((line) => !line.blank && !line.furniture && (!heading || line.index < heading.index));
  // Timed items with who leads them on indented lines under each ("12.30  Welcome" / "       Ida Storm, Director, …") run on.
  const timedLines: Line[] = [];
  let timedIndent: number | undefined;
  for (const line of content) {
    if (timedLine(line.text)) timedIndent = line.indent;
    else if (timedIndent !== undefined && line.indent > timedIndent) continue;
    else timedIndent = undefined;
    timedLines.push(line);
  }
  let timedRun: number | undefined;
  for (let i = 0; i + 2 < timedLines.length && timedRun === undefined; i++) {
    const run = timedLines.slice(i, i + 3);
    if (run.every((line) => timedLine(line.text))) timedRun = run[0]!.index;
  }
  // An agenda's items with indented lines under them ("1. Valg af dirigent" / "   Bestyrelsen foreslår …") still run on.
  const unindented: Line[] = [];
  let itemIndent: number | undefined;
  for (const line of content) {
    if (NUMBERED.test(line.text)) itemIndent = line.indent;
    else if (itemIndent !== undefined && line.indent > itemIndent) continue;
    else itemIndent = undefined;
    unindented.push(line);
  }
  let numberedRun: number | undefined;
  for (let i = 0; i + 2 < unindented.length && numberedRun === undefined; i++) {
    const run = unindented.slice(i, i + 3);
    const numbers = run.map((line) => NUMBERED.exec(line.text)?.[1]);
    if (
      numbers.every((n, k) => n !== undefined && Number(n) === Number(numbers[0]) + k) &&
      numbers[0] === '1' &&
      run.every((line) => findDates(line.text)[0]?.index !== 0)
    )
      numberedRun = run[0]!.index;
  }
  // A table with a column of times and two rows or more that give one ("| Rute | Start | Forventet slut |").
  const tableRun = content.find((line) => {
    if (!line.cells || tableColumns(letter, line)?.header !== line.index) return false;
    const { columns } = tableColumns(letter, line)!;
    if (columns.time === undefined) return false;
    let timedRows = 0;
    for (let i = line.index + 1; i < letter.lines.length && letter.lines[i]!.cells; i++)
      if (TIMED.exec(letter.lines[i]!.cells![columns.time] ?? '')?.[5] === '') timedRows++;
    return timedRows >= 2;
  })?.index;
  const first = Math.min(timedRun ?? Infinity, numberedRun ?? Infinity, tableRun ?? Infinity);
  return first === Infinity ? headed : { line: first, headed: false, level: 0 };
}

/** "1.  14.00  Velkommen": a numbered line with a time after its number. */
function timedNumbered(text: string): { start: ClockTime; end?: ClockTime; title: string } | undefined {
  const timed = TIMED.exec(text);
  const start = timed ? clockOf(timed[1], timed[2]) : undefined;
  if (!timed || !start || timed[5] === '') return undefined;
  return { start, end: clockOf(timed[3], timed[4]), title: timed[5]! };
}

function readDrafts(letter: Letter, from: number, meeting: MeetingTime, headingLevel: number): { drafts: Draft[]; lines: Set<number> } {
  const drafts: Draft[] = [];
  const lines = new Set<number>();
  let current: Draft | undefined;
  let currentSub: Part[] | undefined;
  let blankBefore = false;
  let day = headingLevel === 0 ? dayAbove(letter, from, meeting) : undefined;
  let previousStart: number | undefined;
  let dayOffset = 0;
  for (const line of letter.lines.slice(from)) {
    if (line.furniture) continue;
    if (line.blank) {
      blankBefore = true;
      continue;
    }
    const part: Part = { text: line.text, width: line.raw.length };
    if (headingLevel > 0 && line.heading > headingLevel && drafts.length > 0 && !isDayHeading(line)) {
      // "### Track A – Getting started (room Lillebælt)" under "## Programme": a part of the programme.
      current = { section: true, date: day, parts: [part], subs: [] };
      drafts.push(current);
      currentSub = undefined;
      lines.add(line.index);
      blankBefore = false;
      continue;
    }
    if (endsProgramme(line)) break;
    const table = line.cells ? tableColumns(letter, line) : undefined;
    if (table && table.header === line.index) {
      lines.add(line.index);
      blankBefore = false;
      continue;
    }
    const row = table ? tableDraft(line, table.columns, day, meeting) : undefined;
    if (row && !row.start && row.number === undefined && current?.start && current.cells) {
      // A row with no time of its own under a timed one: "A: Finansiering …" under "Parallelle sessioner:" is one
      // of its sessions; "Track B: …" beside "Track A: …" runs at the same time.
      const title = row.parts.map((entry) => entry.text).join(' ');
      if (/:$/.test(current.parts.map((entry) => entry.text).join(' ')) || current.subs.length > 0 || /^[A-Za-z0-9][:.)]\s/.test(title)) {
        current.subs.push([{ text: title, width: 0 }]);
        if (row.by) (current.subBy ??= [])[current.subs.length - 1] = row.by;
      } else {
        current = { ...row, start: current.start, end: current.end, date: current.date, cells: true };
        drafts.push(current);
      }
      currentSub = undefined;
      lines.add(line.index);
      blankBefore = false;
      continue;
    }
    if (row) {
      row.cells = true;
      if (row.start) {
        if (!day && meeting.lastDate > meeting.date && previousStart !== undefined && minutesOf(row.start) < previousStart) dayOffset++;
        previousStart = minutesOf(row.start);
        row.date ??=
          meeting.lastDate > meeting.date ? (DateTime.fromISO(meeting.date).plus({ days: dayOffset }).toISODate() ?? undefined) : undefined;
      }
      current = row;
      drafts.push(current);
      currentSub = undefined;
      lines.add(line.index);
      blankBefore = false;
      continue;
    }
    const plain = TIMED.exec(line.text);
    const plainTimed = plain && plain[5] !== '' && clockOf(plain[1], plain[2]) ? plain : undefined;
    const bulletTimed = !plainTimed && BULLET_MARK.test(line.text) ? timedLine(line.text) : undefined;
    // A bulleted time indented under an item that has a time or number of its own is one of its sub-items.
    const underItem =
      current !== undefined &&
      !current.bulleted &&
      (current.start !== undefined || current.number !== undefined) &&
      line.indent > (current.indent ?? 0);
    const timed = plainTimed ?? (underItem ? undefined : bulletTimed);
    const numbered = NUMBERED.exec(line.text);
    const bullet = BULLET.exec(line.text);
    if (isDayHeading(line) && !numbered) {
      day = dayOf(line, meeting);
      lines.add(line.index);
      blankBefore = false;
      continue;
    }
    if (timed) {
      const start = clockOf(timed[1], timed[2])!;
      // A programme over several days without day headings starts again in the morning.
      if (!day && meeting.lastDate > meeting.date && previousStart !== undefined && minutesOf(start) < previousStart) dayOffset++;
      previousStart = minutesOf(start);
      const date =
        day ??
        (meeting.lastDate > meeting.date ? (DateTime.fromISO(meeting.date).plus({ days: dayOffset }).toISODate() ?? undefined) : undefined);
      const lead = boldLead(line.raw, timed[5]!, part.width);
      current = { start, end: clockOf(timed[3], timed[4]), date, parts: lead.parts, subs: [], indent: line.indent };
      if (timed === bulletTimed) current.bulleted = true;
      if (lead.by) current.by = lead.by;
      drafts.push(current);
      currentSub = undefined;
    } else if (numbered && findDates(line.text)[0]?.index !== 0) {
      const withTime = timedNumbered(numbered[2]!);
      current = {
        number: Number(numbered[1]),
        date: day,
        parts: [{ text: withTime?.title ?? numbered[2]!, width: part.width }],
        subs: [],
        indent: line.indent,
      };
      if (withTime) {
        current.start = withTime.start;
        current.end = withTime.end;
      }
      drafts.push(current);
      currentSub = undefined;
    } else if (current && (current.start || current.number !== undefined) && line.indent > 0 && SUB_NUMBERED.test(line.text)) {
      const sub = SUB_NUMBERED.exec(line.text)!;
      currentSub = [{ text: sub[2]!, width: part.width }];
      current.subs.push(currentSub);
      (current.subNumbers ??= [])[current.subs.length - 1] = Number(sub[1]);
    } else if (bullet && current?.bulleted && line.indent <= (current.indent ?? 0)) {
      // "- kaffepause" among "- kl. 19.45 …" items: an item of its own, without a time.
      current = { date: day, parts: [{ text: bullet[1]!, width: part.width }], subs: [], bulleted: true, indent: line.indent };
      drafts.push(current);
      currentSub = undefined;
    } else if (
      current &&
      !drafts.some((draft) => draft.number !== undefined) &&
      blankBefore &&
      !bullet &&
      line.text.length <= 80 &&
      (bracketedTime(line.text)?.title ?? '') !== '' &&
      !isByLine(line.text)
    ) {
      // "Pause (11.40-11.55)" on a line of its own between items: an item. Not in a numbered agenda, whose numbers
      // people ask by: an item without one would take the next item's number.
      current = { date: day, parts: [part], subs: [], indent: line.indent };
      drafts.push(current);
      currentSub = undefined;
    } else if (bullet && current && (current.start || current.number !== undefined || current.section)) {
      currentSub = [{ text: keepLabel(line.text, bullet[1]!), width: part.width }];
      current.subs.push(currentSub);
    } else if (bullet && (!current || (current.start === undefined && current.number === undefined))) {
      // A programme that is only a bulleted list.
      current = { date: day, parts: [{ text: bullet[1]!, width: part.width }], subs: [] };
      drafts.push(current);
      currentSub = undefined;
    } else if (
      current &&
      (line.indent > 0 || BY_START.test(line.text) || /^[\p{Ll}(]/u.test(line.text)) &&
      (!blankBefore || line.indent > 0)
    ) {
      (currentSub ?? current.parts).push(part);
    } else if (current && !blankBefore && isItemLine(nextContentLine(letter, line.index))) {
      current.parts.push(part);
    } else if (drafts.length > 0) {
      break;
    } else {
      // Text between the heading and the first item ("Vi begynder med kaffe.") is no part of the list.
      blankBefore = false;
      continue;
    }
    lines.add(line.index);
    blankBefore = false;
  }
  return { drafts, lines };
}

/** "A: Reading …" keeps its letter, by which people refer to it ("workshop C"); "- Aktuelle …" drops the dash. */
function keepLabel(text: string, rest: string): string {
  return /^(?:[A-Za-z][:.)]|\([a-zA-Z0-9]\))\s/.test(text) ? text : rest;
}

function isItemLine(line: Line | undefined): boolean {
  if (!line) return false;
  return (TIMED.test(line.text) && (TIMED.exec(line.text)?.[5] ?? '') !== '') || NUMBERED.test(line.text) || BULLET.test(line.text);
}

/**
 * How wide the programme's full lines are: a line near that width may have been wrapped, a shorter one was ended
 * where it is ("4. Fremlæggelse af budget og fastsættelse af kontingent for 2028" / "   Bestyrelsen foreslår …" under
 * an item whose sub-item runs to 120 characters).
 */
function wrapWidth(letter: Letter, lines: Set<number>): number {
  const widest = Math.max(0, ...[...lines].map((index) => letter.lines[index]!.raw.trimEnd().length));
  return Math.max(55, widest - 12);
}

/** Joins a continuation to the line before it when that line was wrapped, else keeps it apart. */
function segments(parts: Part[], wrap: number): string[] {
  const joined: string[] = [];
  parts.forEach((part, position) => {
    const previous = parts[position - 1];
    const wrapped =
      previous !== undefined &&
      ((previous.width >= wrap &&
        !/[.!?:"”]$/.test(previous.text) &&
        !isByLine(part.text) &&
        !/^\p{Lu}[\p{L} ]{0,25}(?:\s\d{1,2}(?:\.\d{1,2})*)?:\s/u.test(part.text)) ||
        /^[\p{Ll}(]/u.test(part.text)) &&
      !BY_START.test(part.text);
    if (position > 0 && wrapped) joined[joined.length - 1] += ` ${part.text}`;
    else joined.push(part.text);
  });
  return joined;
}

/**
 * "SFO v/ leder Ida Storm – åbningstider og indskrivning": who leads ends where a dash brings what the item is
 * about, in lower case.
 */
function byAndAbout(by: string): { by: string; description?: string } {
  const dash = /\s+[–—-]\s+(?=\p{Ll})/u.exec(by);
  if (!dash) return { by };
  const who = by.slice(0, dash.index);
  if (findNames(who).length === 0) return { by };
  return { by: who, description: by.slice(dash.index + dash[0].length).trim() };
}

/** Words in lower case before a name that make no role: "… – from Ida's team", "… – efter Ole Baks oplæg". */
const NOT_A_ROLE = new Set([
  'with',
  'from',
  'over',
  'after',
  'about',
  'before',
  'without',
  'efter',
  'under',
  'mellem',
  'uden',
  'eller',
  'inden',
  'hvor',
  'hvad',
  'hvem',
  'hvordan',
]);

/** "Velkommen v/ Vestby Kommune" → title and who leads it; "Drøftelser ved bordene" keeps its "ved". */
export function splitBy(text: string): { title: string; by?: string; description?: string } {
  // "Welcome and introduction by me": the writer, in lower case, which the patterns below take for no name.
  const self = /\s+(?:v\/|ved|by|with|med)\s*(mig|mig selv|undertegnede|me|myself)$/iu.exec(text);
  if (self && self.index > 0) return { title: tidy(text.slice(0, self.index)), by: self[1]! };
  // "Welcome – Birthe Lund Møller, Director, the agency", "Case clinic – moderated by Tina Kjær Olsen".
  // "… – advokat Ida Storm, partner", "… – faciliteret af Ole Bak": a role of a word or two in lower case may come first.
  const dash =
    /\s+[–—-]\s+(?:(?:moderated|hosted|presented|chaired|facilitated|led)\s+by\s+|(?:faciliteret|modereret|ledet|styret|præsenteret)\s+af\s+)?(?=\S)/giu;
  for (const match of text.matchAll(dash)) {
    const by = text.slice(match.index + match[0].length).trim();
    const bare = by.replace(/^(?:(?:Prof|Dr|Mr|Mrs|Ms)\.?\s+)+/, '');
    const name = findNames(bare)[0];
    const role = name ? bare.slice(0, name.index).trim().split(/\s+/).filter(Boolean) : [];
    const roleOnly = role.length <= 2 && role.every((word) => /^\p{Ll}{4,}$/u.test(word) && !NOT_A_ROLE.has(word));
    const title = tidy(text.slice(0, match.index));
    // "– moderated by journalist Ida Storm": read further on, where the words before the name make her the moderator.
    const led = /\S\s+(?:by|af)\s+$/.test(match[0]);
    if (name && (name.index === 0 || (roleOnly && !led)) && title !== '') return { title, by: by.replace(/[.,;]$/, '') };
  }
  const patterns = [
    /\s*\(?\bv\/\s*/i,
    /\s+(?:ved|by)\s+(?=(?:Dr|Prof|Mr|Mrs|Ms)\.|\p{Lu}|\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u,
    /\s+(?:with|med)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u,
    // "Velkomst ved skolelederen, Ida Storm", "Velkomst ved formand for Plan- og Miljøudvalget Ole Bak",
    // "Welcome by the mayor of Vestby, Anna Berg": a role in lower case, then the name a few words on.
    /\s+(?:ved|by)\s+(?=\p{Ll})/u,
    // "Velkomst v. dagens ordstyrer, journalist Ida Storm": "v." as "v/", with a name a few words on.
    /\s+v\.\s+(?=\p{L})/u,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match || match.index === 0) continue;
    const by = text
      .slice(match.index + match[0].length)
      .replace(/\)$/, '')
      .trim();
    if (pattern !== patterns[0] && findNames(by).length === 0 && !/^\p{Lu}/u.test(by)) continue;
    if (pattern === patterns[3] || pattern === patterns[4]) {
      const name = findNames(by)[0];
      if (!name || by.slice(0, name.index).split(/\s+/).filter(Boolean).length > 6) continue;
    }
    const title = tidy(text.slice(0, match.index));
    // "Besigtigelse (mødested: P-pladsen ved Vestby Stadion)": "ved" inside a labelled bracket says where, not who.
    if (/\([^()]*:[^()]*$/.test(title)) continue;
    if (title !== '' && by !== '') return { title, ...byAndAbout(by.replace(/[.,;]$/, '')) };
  }
  return { title: tidy(text) };
}

const tidy = (text: string): string => text.replace(/[\s,:;–—-]+$/, '').trim();

/**
 * "Oplæg v/ Ida Storm, direktør …", "Keynote by Prof. Eva Lund, …": a line under an item that names who gives its
 * talk, after a short label. What follows the label is who leads, with their title and organisation.
 */
const LABELLED_BY = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+)?\s+(?:v\/|v\.\s|ved\s|by\s|with\s|med\s)\s*/u;

function labelledBy(segment: string): string | undefined {
  const label = LABELLED_BY.exec(segment);
  if (!label) return undefined;
  const rest = segment.slice(label[0].length);
  const name = findNames(rest.replace(/^(?:(?:Prof|Dr|Mr|Mrs|Ms|Professor)\.?\s+)+/, ''))[0];
  // "Oplæg v/ formand for Social- og Sundhedsudvalget i regionen, borgmester …": a committee's name makes a long role.
  if (!name || rest.slice(0, name.index).split(/\s+/).filter(Boolean).length > 8) return undefined;
  return rest.replace(/[.;]$/, '');
}

/** "All speakers, moderated by journalist Ole Bak": a line that says who moderates, hosts or chairs. */
const LED_BY =
  /(?:^|[,;–—-]\s*)(?:moderated|chaired|hosted|facilitated|led|guided|presented)\s+by\s+|(?:^|[,;–—-]\s*)(?:modereret|ledet|styret|præsenteret)\s+af\s+/iu;

function ledByLine(segment: string): boolean {
  const led = LED_BY.exec(segment);
  if (!led) return false;
  const rest = segment.slice(led.index + led[0].length);
  const name = findNames(rest)[0];
  return name !== undefined && rest.slice(0, name.index).split(/\s+/).filter(Boolean).length <= 3 && segment.length <= 140;
}

/** ", efterfulgt af drøftelse", "followed by discussion": what comes after the talk, not who gives it. */
// Without the i flag: under it \p{Lu} would match lower case too, and a name after "followed by" is a person.
const FOLLOWED = /,?\s+(?:[Ee]fterfulgt af|[Ff]ollowed by|og derefter|and then)\s+(?!\p{Lu})[^,]*$/u;

function withoutFollowed(by: string): { by: string; after?: string } {
  const match = FOLLOWED.exec(by);
  if (!match || match.index === 0) return { by };
  return { by: by.slice(0, match.index).trim(), after: capitalise(match[0].replace(/^,?\s+/, '').trim()) };
}

/** A continuation line that names who leads: "Prof. Niels Bro Hansen, Centre for …", "Aino Virtanen (City of Nordby), …". */
function isByLine(segment: string): boolean {
  if (BY_START.test(segment) || labelledBy(segment) !== undefined || ledByLine(segment)) return true;
  const rest = segment.replace(/^(?:(?:Prof|Dr|Mr|Mrs|Ms|Professor)\.?\s+)+/, '');
  const name = findNames(rest)[0];
  if (name === undefined || !/^(?:\s*[,(]|\s+(?:og|and|&)\s+\p{Lu}|\s*$)/u.test(rest.slice(name.end))) return false;
  // "Mayor Ida Storm, City of Vestby", "Skolechef Ole Bak": one or two words of title first.
  const before = rest.slice(0, name.index).trim().split(/\s+/).filter(Boolean);
  return name.index === 0 || (before.length <= 2 && /^\p{Lu}/u.test(before[0] ?? '') && before.every((word) => /^[\p{L}-]+$/u.test(word)));
}

/** Who leads, and what is said about the item besides, from the lines after its title. */
function leadersAndText(all: string[]): { by: string[]; description: string; room?: string } {
  const room = all.map((segment) => ROOM_LINE.exec(segment)?.[1]).find((found) => found !== undefined);
  const rest = all.filter((segment) => !ROOM_LINE.test(segment));
  const after: string[] = [];
  const by = rest
    .filter(isByLine)
    .map((segment) => labelledBy(segment) ?? segment.replace(BY_WORDS, ''))
    .map((segment) => {
      const split = withoutFollowed(segment);
      if (split.after) after.push(split.after);
      return split.by;
    });
  let description = [...after, ...rest.filter((segment) => !isByLine(segment))].join(' ');
  for (const sentence of description.match(ROLE_SENTENCE) ?? []) by.push(sentence.trim().replace(/[.!?]$/, ''));
  description = description.replace(ROLE_SENTENCE, '').replace(/\s+/g, ' ').trim();
  return { by, description, ...(room !== undefined ? { room: room.trim() } : {}) };
}

/** "dagens ordstyrer, journalist Ida Storm": a role named before the first name, in another clause. */
const ROLE_BEFORE: Array<[RegExp, 'moderator' | 'host' | 'chair']> = [
  [/\b(?:moderator|ordstyrer|facilitator|mødeleder)\b/i, 'moderator'],
  [/\b(?:vært|værter|hosts?)\b/i, 'host'],
  [/\b(?:dirigent|chair)\b/i, 'chair'],
];

/** Who leads the item, as the letter writes it; `labelled` is the same with its label ("Vært: …"), which gives the role. */
export function withPeople(item: ProgrammeItemInput, by: string, people: ProgrammeFound['people'], labelled = by): void {
  if (!by) return;
  item.by = by;
  const named = parsePeople(labelled);
  if (named.length > 0) item.people = named.map((person) => person.name);
  const first = findNames(labelled)[0];
  const before = first ? labelled.slice(0, first.index) : '';
  const role = ROLE_BEFORE.find(([pattern]) => pattern.test(before))?.[1];
  for (const person of named) people.push({ ...person, role: person.role ?? (person === named[0] ? role : undefined) ?? 'speaker' });
}

/** A person's name alone in brackets at the end of an item's title: "Budget status (Ida Storm)". */
const OWNER_IN_BRACKETS = /\s*\(([^()]{3,60})\)\s*$/u;

function bracketedOwner(title: string): { owner: string; at: number } | undefined {
  const match = OWNER_IN_BRACKETS.exec(title);
  const inner = match?.[1]?.trim();
  if (!match || !inner || match.index === 0) return undefined;
  const name = findNames(inner)[0];
  if (!name || name.index !== 0 || name.end !== inner.length || looksLikeOrganisation(inner)) return undefined;
  return { owner: inner, at: match.index };
}

/**
 * An agenda that names each item's owner in brackets: "1. 09:00 Welcome (Ida Storm)" / "2. 09:10 Status (Ole Bak)".
 * Read so only when two or more items without a leader are written that way: a single capitalised bracket may be a
 * product or a project.
 */
function ownersInBrackets(items: ProgrammeItemInput[], people: ProgrammeFound['people']): void {
  const owned = items.flatMap((item) => {
    const found = item.by ? undefined : bracketedOwner(item.title);
    return found ? [{ item, ...found }] : [];
  });
  if (owned.length < 2) return;
  for (const { item, owner, at } of owned) {
    item.title = tidy(item.title.slice(0, at));
    withPeople(item, owner, people);
  }
}

function toItem(draft: Draft, people: ProgrammeFound['people'], wrap: number): ProgrammeItemInput {
  const [main = '', ...rest] = segments(draft.parts, wrap);
  const split = splitBy(main);
  const leaders = leadersAndText(rest);
  const item: ProgrammeItemInput = { title: split.title };
  const about = [split.description, leaders.description].filter(Boolean).join(' ');
  if (draft.number !== undefined) item.number = draft.number;
  const bracketed = draft.start ? undefined : bracketedTime(split.title);
  if (bracketed && bracketed.title !== '') {
    item.title = bracketed.title;
    draft.start = bracketed.start;
    draft.end = bracketed.end;
  }
  if (draft.start) item.start = formatClock(draft.start);
  if (draft.end) item.end = formatClock(draft.end);
  const until = UNTIL.exec(split.title) ?? UNTIL_AT_END.exec(split.title);
  if (!item.end && item.start && until) {
    const end = clockOf(until[1], until[2]);
    if (end && draft.start && minutesOf(end) > minutesOf(draft.start)) item.end = formatClock(end);
  }
  if (draft.date) item.date = draft.date;
  withPeople(item, [split.by, draft.by, ...leaders.by].filter(Boolean).join(' '), people);
  const description = [about, ...(draft.notes ?? [])].filter(Boolean).join('. ');
  if (description) item.description = description;
  const placed = ROOM_IN_TITLE.exec(item.title);
  if (placed && placed.index > 0) {
    // "Track A: Data … (room Limfjorden, 3rd floor)": where it is held, not what it is called.
    item.title = tidy(item.title.slice(0, placed.index));
    item.room = placed[1]!.trim();
  }
  if (leaders.room) item.room = leaders.room;
  const subs = draft.subs.map((sub, position) => {
    const [text = '', ...more] = segments(sub, wrap);
    const subSplit = splitBy(text);
    const subLeaders = leadersAndText(more);
    const subItem: ProgrammeItemInput = { title: subSplit.title };
    const number = draft.subNumbers?.[position];
    if (number !== undefined) subItem.number = number;
    withPeople(subItem, [subSplit.by, draft.subBy?.[position], ...subLeaders.by].filter(Boolean).join(' '), people);
    const subAbout = [subSplit.description, subLeaders.description].filter(Boolean).join(' ');
    if (subAbout) subItem.description = subAbout;
    if (subLeaders.room) subItem.room = subLeaders.room;
    const { number: n, title, ...others } = subItem;
    return { number: n, title, ...others };
  });
  if (subs.length > 0) item.items = subs;
  // Keys in the order the event file documents them.
  const { number, start, end, date, title, ...others } = item;
  return { number, start, end, date, title, ...others };
}

interface SessionBlock {
  title: string;
  rest: string[];
  lines: number[];
}

/**
 * Blocks after the programme that each describe one session with who leads it or where it is: a title line, then
 * "Vært: …" / "Lokale: …" lines, perhaps a few words about it ("**Workshop A: Demens …**" / "Vært: …" / "Lokale: …").
 * Returned by the heading they stand under.
 */
function sessionGroups(letter: Letter, after: number): Array<{ heading?: Line; blocks: SessionBlock[] }> {
  const groups: Array<{ heading?: Line; blocks: SessionBlock[] }> = [];
  let heading: Line | undefined;
  let group: { heading?: Line; blocks: SessionBlock[] } | undefined;
  const lines = letter.lines.slice(after + 1).filter((line) => !line.furniture);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const keyed = (candidate: Line | undefined): boolean =>
      candidate !== undefined && !candidate.blank && (LEADER_LINE.test(candidate.text) || ROOM_LINE.test(candidate.text));
    if (!keyed(line) && keyed(lines[i + 1]) && line.text.length <= 120) {
      const block: SessionBlock = { title: line.text, rest: [], lines: [line.index] };
      let j = i + 1;
      for (; j < lines.length && !lines[j]!.blank && lines[j]!.heading === 0; j++) {
        block.rest.push(lines[j]!.text);
        block.lines.push(lines[j]!.index);
      }
      if (!group || group.heading !== heading) {
        group = { heading, blocks: [] };
        groups.push(group);
      }
      group.blocks.push(block);
      i = j - 1;
      continue;
    }
    if (line.heading > 0 || line.bold || line.allCaps) heading = line;
  }
  return groups;
}

/** Words of four letters or more, cut to their first five, to see whether a heading and an item speak of the same. */
const stems = (text: string): Set<string> => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5)));

/**
 * Sessions described below the programme become the sub-items of the item they fill: the one that says "(se
 * nedenfor)", else the one whose title shares a word with their heading and starts at the heading's time, if any.
 */
function attachSessions(letter: Letter, found: ProgrammeFound, wrap: number): void {
  if (found.lines.size === 0) return;
  const last = Math.max(...found.lines);
  for (const group of sessionGroups(letter, last)) {
    if (group.blocks.length < 2) continue;
    const headingText = group.heading?.text ?? '';
    const headingTime = TIMED.exec(headingText.replace(/^\D*?(?=\d{1,2}[.:]\d{2})/, ''));
    const headingStart = headingTime ? clockOf(headingTime[1], headingTime[2]) : undefined;
    const words = stems(`${headingText} ${group.blocks.map((block) => block.title.split(/[:–—-]/)[0]).join(' ')}`);
    const open = found.items.filter((item) => !item.items || item.items.length === 0);
    const below = open.filter((item) => SEE_BELOW.test(item.title));
    const sharing = open.filter(
      (item) =>
        [...stems(item.title)].some((stem) => words.has(stem)) &&
        (!headingStart || !item.start || item.start === formatClock(headingStart)),
    );
    const parents = below.length > 0 ? below : sharing;
    if (parents.length !== 1) continue;
    const parent = parents[0]!;
    if (SEE_BELOW.test(parent.title)) parent.title = tidy(parent.title.replace(SEE_BELOW, ''));
    parent.items = group.blocks.map((block) => {
      const [text = '', ...more] = segments(
        [block.title, ...block.rest].map((line) => ({ text: line, width: line.length })),
        wrap,
      );
      const split = splitBy(text);
      const leaders = leadersAndText(more);
      const sub: ProgrammeItemInput = { title: split.title };
      const labelled = [split.by, ...leaders.by].filter(Boolean).join(' ');
      withPeople(sub, labelled.replace(/^[\p{L} ]+:\s*/u, ''), found.people, labelled);
      const about = [split.description, leaders.description].filter(Boolean).join(' ');
      if (about) sub.description = about;
      if (leaders.room) sub.room = leaders.room;
      return sub;
    });
    for (const block of group.blocks) for (const index of block.lines) found.lines.add(index);
  }
}

const END_MARKER = /^(?:end of (?:the )?(?:day|seminar|conference|meeting)|tak for i dag|dagen (?:slutter|afsluttes)|slut\b|close of)/i;

/** A timed item ends when the next one starts; the last one when the meeting ends, if the letter says when. */
function fillEnds(items: ProgrammeItemInput[], meeting: MeetingTime, endIsEstimate: boolean): void {
  const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  items.forEach((item, position) => {
    // "16.30 End of day 1", "16.00 Tak for i dag": a moment, not a session lasting until the evening's dinner.
    if (!item.start || item.end || END_MARKER.test(item.title)) return;
    const next = items[position + 1];
    if (
      next?.start &&
      next.date === item.date &&
      toMinutes(next.start) > toMinutes(item.start) &&
      toMinutes(next.start) - toMinutes(item.start) <= 6 * 60
    ) {
      item.end = next.start;
      return;
    }
    const lastOfDay = !next || next.date !== item.date;
    const lastDay = (item.date ?? meeting.date) === meeting.lastDate;
    if (lastOfDay && lastDay && meeting.end && !endIsEstimate && minutesOf(meeting.end) > toMinutes(item.start))
      item.end = formatClock(meeting.end);
  });
}

/** "v/ mig", "by me", "ved undertegnede": the item is led by the one who writes the letter. */
const SELF = /^(?:mig|mig selv|undertegnede|me|myself|yours truly)$/i;

/** Items led by "mig" are led by the one who signs, when one person signs; otherwise they name no one. */
export function leadBySigner(items: ProgrammeItemInput[], signer: { name: string } | undefined): boolean {
  let used = false;
  for (const item of items) {
    if (item.items) used = leadBySigner(item.items, signer) || used;
    if (!item.by || !SELF.test(item.by.trim())) continue;
    if (signer) {
      item.by = signer.name;
      item.people = [signer.name];
      used = true;
    } else delete item.by;
  }
  return used;
}

/** Words that make a sentence about signing up, paying or a deadline, which is no step of the day. */
const NOT_A_MOMENT =
  /(?<![\p{L}])(?:tilmeld\p{L}*|register\p{L}*|registration|sign[- ]?up|senest|deadline|frist\p{L}*|betal\p{L}*|pay\p{L}*|pris|price|ring\p{L}*|call)(?![\p{L}])/iu;

/**
 * A day told as a list of times and then in sentences, as an excursion's letter does ("kl. 7.30 Rådhuspladsen" … /
 * "Ca. kl. 10.15 er vi ved klinten." / "Vi forventer at være hjemme ca. kl. 18.30."): each later sentence with a time
 * of its own, after the list and before the closing greeting, is a step, its sentence the title. Only times later
 * than the step before, and no dates, so a deadline or another day is not read as the day's next step.
 */
function laterTimedSentences(letter: Letter, after: number, lastStart: number): ProgrammeItemInput[] {
  const closing = letter.lines.find((line) => line.index > after && GREETING.test(line.text))?.index ?? letter.lines.length;
  const items: ProgrammeItemInput[] = [];
  let previous = lastStart;
  for (const sentence of letter.sentences) {
    if (sentence.line <= after || sentence.line >= closing) continue;
    // "(… – sig det ved tilmelding)": an aside in brackets does not make the step a matter of signing up.
    if (NOT_A_MOMENT.test(sentence.text.replace(/\([^()]*\)/g, '')) || findDates(sentence.text).length > 0) continue;
    const times = findTimes(sentence.text);
    if (times.length !== 1 || times[0]!.to) continue;
    const start = minutesOf(times[0]!.from);
    if (start <= previous) continue;
    previous = start;
    // "Kl. 12.30 spiser vi frokost på …: stegt flæsk …": what comes after the colon describes the step.
    const whole = sentence.text.replace(/[.!]$/, '').trim();
    const colon = whole.indexOf(': ');
    const title = colon > times[0]!.end ? whole.slice(0, colon) : whole;
    const step: ProgrammeItemInput = { start: formatClock(times[0]!.from), title };
    if (title !== whole) step.description = capitalise(whole.slice(colon + 2));
    items.push(step);
  }
  return items;
}

/**
 * A day heading after the programme's lines and before the closing greeting, with an item on the line after it: where
 * the programme of a later day of a meeting over several days starts.
 */
function nextDaySection(letter: Letter, lines: Set<number>, meeting: MeetingTime): number | undefined {
  if (lines.size === 0 || meeting.lastDate === meeting.date) return undefined;
  for (const line of letter.lines.slice(Math.max(...lines) + 1)) {
    if (GREETING.test(line.text)) return undefined;
    if (line.blank || line.furniture || !isDayHeading(line)) continue;
    return isItemLine(nextContentLine(letter, line.index)) ? line.index : undefined;
  }
  return undefined;
}

/** `sessionLines`: the lines the meeting's alternative dates were read from ("HOLD 1 …" / "Tid: kl. 8.30–15.00"). */
export function findProgramme(letter: Letter, meeting: MeetingTime, endIsEstimate: boolean, sessionLines?: Set<number>): ProgrammeFound {
  const start = programmeStart(letter);
  const found: ProgrammeFound = { items: [], lines: new Set(), people: [], choices: [] };
  if (!start) return { ...found, ...proseProgramme(letter, meeting, sessionLines) };
  const { drafts, lines } = readDrafts(letter, start.line, meeting, start.level);
  // "PROGRAM – DAG 2, TORSDAG …" further down, after a paragraph or a table that ended the first day's list: the
  // next day's items, under their own day heading.
  for (let next = nextDaySection(letter, lines, meeting); next !== undefined; next = nextDaySection(letter, lines, meeting)) {
    const more = readDrafts(letter, next + 1, meeting, 0);
    if (more.drafts.length === 0) break;
    lines.add(next);
    drafts.push(...more.drafts);
    for (const index of more.lines) lines.add(index);
  }
  found.lines = lines;
  const wrap = wrapWidth(letter, lines);
  found.items = drafts.map((draft) => toItem(draft, found.people, wrap));
  ownersInBrackets(found.items, found.people);
  // A list of times without a heading, on one day: the day's later moments may follow in sentences.
  const lastStart = found.items[found.items.length - 1]?.start;
  const later =
    !start.headed && lastStart !== undefined && found.items.every((entry) => entry.start && !entry.date) && lines.size > 0
      ? laterTimedSentences(
          letter,
          Math.max(...lines),
          minutesOf({ hour: Number(lastStart.slice(0, 2)), minute: Number(lastStart.slice(3)) }),
        )
      : [];
  // The list's last time ends with no later step; a sentence's time is a moment, not a session until the next one.
  fillEnds(found.items, later.length > 0 ? { ...meeting, end: undefined } : meeting, endIsEstimate);
  found.items.push(...later);
  attachSessions(letter, found, wrap);
  for (const item of found.items) {
    const title = item.title;
    const note = CHOOSE_NOTE.exec(title);
    if (note && item.items && item.items.length > 1) {
      const label = tidy(title.replace(CHOOSE_NOTE, '').split(':')[0]!);
      found.choices.push({ label, options: item.items.map((sub) => sub.title) });
    }
  }
  if (!start.headed && found.items.length > 0) found.doubt = 'the letter has no "Program" heading; these lines were read as the programme';
  return found;
}
