/**
 * The letter as lines, blocks and sentences: the shape every finder works on. Letters come as plain text, Markdown,
 * or text converted from Word and PDF, so markup is read for what it says about structure (a heading, a bold line,
 * a list item) and then removed from the text the finders match against.
 */

import { continuesAfterNumber } from '../months';
import { timetableRows } from './timetable';

export interface Line {
  /** 0-based line number in the letter's text. */
  index: number;
  /** The line as written, without trailing spaces. */
  raw: string;
  /** Markup removed, spaces collapsed, trimmed. */
  text: string;
  /** Leading spaces of `raw` (tabs count to the next multiple of 8). */
  indent: number;
  /** Markdown heading level, 0 when the line is no heading. */
  heading: number;
  /** The whole line is bold (inside `**`), as PDF converters mark headings. */
  bold: boolean;
  /** Letters only in capitals ("PROGRAMME", "NORDIC EDUCATION FORUM 2027"). */
  allCaps: boolean;
  blank: boolean;
  /** Page headers and footers, separators, web-page buttons and example markers: not content. */
  furniture: boolean;
  /** A Markdown table row's cells, empty ones included, so a column keeps its meaning ("| 09:30 | Welcome | |"). */
  cells?: string[];
  /** A row of a box of key facts, read as "Label: value" ("| **Time** | 13.00–15.00 |" → "Time: 13.00–15.00"). */
  fact?: boolean;
  /** A row of a timetable, read as a sentence of its own ("Nordskolen: afgang fra … kl. 8.25."; see timetable.ts). */
  timetable?: boolean;
}

/** Consecutive lines that belong together: a paragraph, a heading, or one list item with its wrapped lines. */
export interface Block {
  index: number;
  lines: Line[];
  /** The lines joined by spaces. */
  text: string;
}

export interface Sentence {
  text: string;
  /** The block it comes from. */
  block: number;
  /** The first line of that block. */
  line: number;
}

export interface Letter {
  /** The whole text, normalised (line ends, tabs, trailing spaces); what the draft keeps as `text`. */
  text: string;
  lines: Line[];
  blocks: Block[];
  sentences: Sentence[];
}

const PAGE_NUMBER = /\b(side|page)\s+\d+\s*(af|of|\/)\s*\d+\b/i;
/** "…   1 / 3" at the far end of a line: a page number in a footer. */
const PAGE_NUMBER_AT_END = /\S\s{3,}\d+\s*\/\s*\d+$/;
const SEPARATOR = /^[-=_*~·.]{3,}$/;
const EXAMPLE_MARKER = /^\((fiktiv|fictional|eksempel|example)\b.*\)$/i;

/** A list item's start: a bullet, a number, a letter label ("A:", "b)") or a clock time. */
export const ITEM_START = /^(?:[-•*–▪◦·]\s+|\d{1,2}[.)]\s+|\(?[a-zA-Z]\)\s+|[A-Z]:\s+|(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b)/;

/** CRLF, form feeds, non-breaking and zero-width spaces, tabs: one spelling for all, so the finders see one text. */
export function normaliseText(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
    .split('\n')
    .map((line) => expandTabs(line).replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** Markdown and converter markup removed: headings, bold, emphasis, links, escapes. */
export function stripMarkup(raw: string): string {
  return raw
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, label: string, target: string) => (label === target ? target : `${label} (${target})`))
    .replace(/(\S?)<((?:https?:\/\/|mailto:)[^>\s]+)>/gi, (_all, before: string, url: string) => (before ? `${before} ${url}` : url))
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=$|[\s.,;:!?)])/g, '$1$2')
    .replace(/\\([.\-*_#()[\]!+])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Header words of a laid-out programme table's columns: its time, what the item is, who gives it. */
const LAID_TIME = /^(?:tid|tidspunkt|kl\.?|klokken|time|times|when)$/i;
const LAID_OTHER =
  /^(?:emne|punkt|programpunkt|indhold|aktivitet|titel|hvad|oplægsholdere?|talere?|ved|hvem|ansvarlig|item|topic|session|title|what|content|activity|speakers?|presenters?|who|by)$/i;
/** A clock time at the start of a line: a new row of a laid-out table. */
const ROW_TIME = /^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?=\s|$)/i;

/** Where each cell of a line starts, cut at runs of three or more spaces ("9.45      Underernæring …   Overlæge …"). */
function cellsAt(line: string): Array<{ at: number; text: string }> {
  return [...line.matchAll(/\S+(?: {1,2}\S+)*/g)].map((match) => ({ at: match.index, text: match[0] }));
}

/** Cell lines as one text; a word broken with a hyphen over two lines ("morgen-" / "mad") is whole again. */
function joinCell(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    if (text === '') text = part;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(part) && !/^(og|eller|and|or|til|to)\b/.test(part)) text = text.slice(0, -1) + part;
    else text += ` ${part}`;
  }
  return text;
}

/**
 * A programme table laid out with spaces, as a PDF converter writes it: a header ("Tid   Emne   Oplægsholder"), rows
 * that start with a time, and each cell's text wrapped over the lines under it in its own column. Read as Markdown
 * rows, so each item keeps its title and who gives it apart; page furniture between rows is skipped.
 */
function unfoldLaidOutTables(lines: string[], furniture: (line: string) => boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = cellsAt(lines[i]!);
    const columns = header.map((cell) => cell.at);
    const isHeader =
      header.length >= 2 &&
      header.length <= 4 &&
      LAID_TIME.test(header[0]!.text) &&
      header.slice(1).every((cell) => LAID_OTHER.test(cell.text)) &&
      columns.every((at, k) => k === 0 || at - columns[k - 1]! >= 4);
    if (!isHeader) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const column = (at: number): number => {
      let best = 0;
      columns.forEach((start, k) => {
        if (at >= start - 2) best = k;
      });
      return best;
    };
    const rows: string[][][] = [];
    let j = i + 1;
    let blanks = 0;
    let end = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() === '') {
        if (++blanks > 4) break;
        continue;
      }
      // A page break between rows: the footer and header, and the blank lines around them, are no end of the table.
      if (furniture(line)) {
        blanks = 0;
        continue;
      }
      const cells = cellsAt(line);
      const startsRow = ROW_TIME.test(line.trim()) && cells[0]!.at < columns[1]! - 2;
      if (!startsRow && (rows.length === 0 || cells[0]!.at < columns[1]! - 2)) break;
      if (startsRow) {
        rows.push(columns.map(() => []));
        const time = ROW_TIME.exec(line.trim())![0];
        // "9.00      Registrering": the time alone is the first cell, whatever follows it in the same run.
        const first = cells[0]!;
        cells[0] = { at: first.at, text: time };
        const rest = first.text.slice(time.length).trim();
        if (rest !== '') cells.splice(1, 0, { at: columns[1]!, text: rest });
      }
      const row = rows[rows.length - 1]!;
      for (const cell of cells) row[column(cell.at)]!.push(cell.text);
      blanks = 0;
      end = j + 1;
    }
    if (rows.length < 3) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(`| ${header.map((cell) => cell.text).join(' | ')} |`);
    for (const row of rows) out.push(`| ${row.map((parts) => joinCell(parts).replace(/\|/g, '/')).join(' | ')} |`);
    i = end;
  }
  return out;
}

/**
 * Lines a PDF repeats on every page: page numbers ("Side 1 af 2"), and a letterhead or footer line that comes back
 * word for word next to a page number. Skipped where they break a table; elsewhere the letterhead stays content.
 */
function pageLines(lines: string[]): Set<string> {
  const trimmed = lines.map((line) => line.trim());
  const pages = trimmed.flatMap((line, index) => (PAGE_NUMBER.test(line) ? [index] : []));
  const counts = new Map<string, number>();
  for (const line of trimmed) if (line.length >= 15) counts.set(line, (counts.get(line) ?? 0) + 1);
  const found = new Set(pages.map((index) => trimmed[index]!));
  trimmed.forEach((line, index) => {
    if ((counts.get(line) ?? 0) >= 2 && pages.some((page) => Math.abs(page - index) <= 4)) found.add(line);
  });
  return found;
}

/**
 * Words a converter broke over two lines made whole in the text the bot quotes: "morgen-" / "mad" → "morgenmad",
 * and a web address broken after a slash ("www.x.dk/" / "temadag-ernaering senest …"). The next line keeps the rest.
 */
function rejoinBrokenWords(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!;
    const next = out[i + 1]!;
    const indent = next.length - next.trimStart().length;
    const rest = next.trimStart();
    const hyphen =
      /\p{L}\p{Ll}-$/u.test(line) && !/\s-$/.test(line) && /^\p{Ll}/u.test(rest) && !/^(?:og|eller|and|or|til|to)(?![\p{L}])/u.test(rest);
    const link = /(?:https?:\/\/|www\.)\S*\/$/i.test(line) && /^[a-z0-9][\w\-./?=&%#]*(?=\s|$)/i.test(rest) && !/^\p{Lu}/u.test(rest);
    if (!hyphen && !link) continue;
    const word = /^\S+/.exec(rest)![0];
    // A word that runs on into punctuation ("mad." / "hensyn,") keeps it; a line that was only the word goes.
    out[i] = hyphen ? line.slice(0, -1) + word : line + word;
    const left = rest.slice(word.length).trimStart();
    out[i + 1] = left === '' ? '' : ' '.repeat(indent) + left;
    if (left === '') {
      out.splice(i + 1, 1);
    }
  }
  return out;
}

/** The row of dashes under a table's header, with or without pipes at its ends ("-----|------|----"). */
const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/**
 * Rows of a table written without pipes at its ends ("Tid   | Punkt   | Ved" / "------|-------|----" / "09.30 | Velkomst
 * | …"), as Markdown allows when a row of dashes follows the header: the header, that row, and each row after it
 * with as many pipes, up to a line without. A line with a pipe and no such row under it ("Tel. … | mail@…") is text.
 */
function bareTableRows(lines: string[]): Set<number> {
  const found = new Set<number>();
  const pipes = (line: string): number => (line.match(/\|/g) ?? []).length;
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    if (/^\s*\|.*\|\s*$/.test(header) || pipes(header) === 0 || !DELIMITER_ROW.test(lines[i + 1]!)) continue;
    const width = pipes(header);
    let j = i;
    for (; j < lines.length && pipes(lines[j]!) === width && !/^\s*\|.*\|\s*$/.test(lines[j]!); j++) found.add(j);
    i = j - 1;
  }
  return found;
}

/**
 * Markdown table rows as lines with their cells apart ("| 08.30 | Registration |" → "08.30   Registration"), as Word
 * tables are read; the row of dashes under the header goes.
 */
function unfoldTables(lines: string[], rows: Map<string, string[]>, factRows: Set<string>, timetableLines: Set<string>): string[] {
  const out: string[] = [];
  const bare = bareTableRows(lines);
  const cellsOf = (line: string, index: number): string[] | undefined =>
    (/^\s*\|(.*)\|\s*$/.exec(line)?.[1] ?? (bare.has(index) ? line : undefined))?.split('|').map((cell) => cell.trim());
  const isEmptyRow = (cells: string[]): boolean => cells.every((cell) => /^:?-{2,}:?$|^$/.test(cell));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!cellsOf(line, i)) {
      out.push(line);
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && cellsOf(lines[last + 1]!, last + 1)) last++;
    const table = lines.slice(i, last + 1).map((row, k) => cellsOf(row, i + k)!);
    const facts = isFactTable(table.filter((cells) => !isEmptyRow(cells)));
    // A timetable of named rows: each row a sentence of its own, no longer cells (see timetable.ts).
    const timetable =
      !facts && table.length > 2 && isEmptyRow(table[1]!)
        ? timetableRows([table[0]!, ...table.slice(2).filter((cells) => !isEmptyRow(cells))])
        : undefined;
    if (timetable) {
      out.push(...timetable);
      for (const row of timetable) timetableLines.add(row);
      i = last;
      continue;
    }
    for (const cells of table) {
      if (isEmptyRow(cells)) continue;
      // A box of facts reads as the letter would write it in prose: "| **Time** | 13.00–15.00 |" → "Time: 13.00–15.00".
      const unfolded = facts ? `${cells[0]!.replace(/[\s:]+(\**)$/, '$1')}: ${cells[1]!}` : cells.filter((cell) => cell !== '').join('   ');
      rows.set(unfolded, cells);
      if (facts) factRows.add(unfolded);
      out.push(unfolded);
    }
    i = last;
  }
  return out;
}

/** A fact's label in a table's left column: a word or three, no digits ("**Date**", "Hvor", "Contact person"). */
const FACT_LABEL = /^[*_]*\p{L}[\p{L} /&'’-]{0,30}?[*_:]*$/u;
/** Labels of a box of key facts; a table of names and roles or of words in a grid has none of them. */
const KEY_FACT =
  /^(?:date|dates|time|times|when|where|venue|place|location|address|price|cost|fee|language|format|platform|deadline|dato|tid|tidspunkt|hvornår|hvor|sted|mødested|adresse|pris|sprog|frist|tilmeldingsfrist)$/i;

/**
 * A two-column table of labels and values ("| **Date** | Wednesday 9 June 2027 |", "| Sted | Rådhuset |") — a box of
 * key facts, not a programme (whose left column holds times) nor a grid of names.
 */
function isFactTable(rows: string[][]): boolean {
  if (rows.length < 2 || !rows.every((cells) => cells.length === 2)) return false;
  const label = (cell: string): string => cell.replace(/[*_:]/g, '').trim();
  return (
    rows.every(([left, value]) => FACT_LABEL.test(left!) && label(left!).split(/\s+/).length <= 3 && value !== '') &&
    rows.filter(([left]) => KEY_FACT.test(label(left!))).length >= 2
  );
}

/** Where a run of three or more spaces inside a line ends: the start of a second column, if the line has one. */
function gapsOf(line: string): number[] {
  return [...line.matchAll(/\S( {3,})(?=\S)/g)].map((match) => match.index + 1 + match[1]!.length).filter((column) => column >= 20);
}

/** Lines before `index` up to a content line that is a closing greeting ("Med venlig hilsen", "Kind regards"). */
function followsGreeting(lines: string[], index: number): boolean {
  for (let i = index - 1, content = 0; i >= 0 && content < 2; i--) {
    if (lines[i]!.trim() === '') continue;
    if (
      /^(med venlig hilsen|venlig hilsen|mvh\.?|de bedste hilsner|bedste hilsner|kind regards|best regards|regards|yours sincerely|sincerely|best wishes)[,.!]?$/i.test(
        lines[i]!.trim(),
      )
    )
      return true;
    content++;
  }
  return false;
}

/**
 * A page laid out in two columns (a PDF converted with its layout, two signatures side by side) read column by
 * column: the left column's lines, then the right's. A stretch counts as two columns when at least two lines have a
 * wide gap that ends at the same place and no line runs across it; a table of labels and values ("Sted:    …") does
 * not, since its left cells are short — unless it signs the letter, where two people sign side by side.
 */
function unfoldColumns(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const column = gapsOf(lines[i]!)[0];
    const region = column === undefined ? undefined : columnRegion(lines, i, column);
    if (!region) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const left: string[] = [];
    const right: string[] = [];
    for (const line of lines.slice(i, region.end + 1)) {
      const gap = gapsOf(line).find((c) => Math.abs(c - column!) <= 2);
      const indent = line.length - line.trimStart().length;
      if (line.trim() === '') {
        left.push('');
        right.push('');
      } else if (gap !== undefined) {
        left.push(line.slice(0, gap).trimEnd());
        right.push(line.slice(gap).trimEnd());
      } else if (Math.abs(indent - column!) <= 2) {
        // A line with text in one column only ends a paragraph in the other.
        left.push('');
        right.push(line.trim());
      } else {
        left.push(line.trimEnd());
        right.push('');
      }
    }
    const unfolded = [...left, '', ...right].filter((line, k, all) => line !== '' || k < 2 || all[k - 1] !== '' || all[k - 2] !== '');
    out.push(...unfolded);
    i = region.end + 1;
  }
  return out;
}

/** A label before its value: a few words ending in a colon ("Registration:", "Meeting point:"). */
const LAID_LABEL = /^\p{L}[\p{L}\d .,/&'’()-]{0,30}:$/u;

function columnRegion(lines: string[], start: number, column: number): { end: number } | undefined {
  let gapLines = 0;
  /** Gap lines whose left cell is a label ("Meeting point:"): a layout of labels and values, read line by line. */
  let labelled = 0;
  let filled = 0;
  /** Lines of a column that go on in lower case: columns of running text, not a table of dates and times. */
  let running = 0;
  let end = start;
  let blanks = 0;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.trim() === '') {
      if (++blanks > 3) break;
      continue;
    }
    blanks = 0;
    const gap = gapsOf(line).find((c) => Math.abs(c - column) <= 2);
    const indent = line.length - line.trimStart().length;
    const parts = gap !== undefined ? [line.slice(0, gap), line.slice(gap)] : [line];
    running += parts.filter((part) => /^\p{Ll}{3,}/u.test(part.trim())).length;
    if (gap !== undefined) {
      gapLines++;
      if (LAID_LABEL.test(line.slice(0, gap).trim())) labelled++;
      if (line.slice(0, gap).trimEnd().length >= column - 12) filled++;
    } else if (Math.abs(indent - column) <= 2) {
      // Only the right column has text on this line.
    } else if (line.trimEnd().length <= column - 2) {
      if (line.trimEnd().length >= column - 12) filled++;
    } else break;
    end = j;
  }
  if (gapLines < 2 || labelled === gapLines) return undefined;
  return (filled >= 2 && running >= 2) || followsGreeting(lines, start) ? { end } : undefined;
}

export function isFurniture(text: string): boolean {
  if (text === '') return false;
  if (PAGE_NUMBER.test(text) || SEPARATOR.test(text) || EXAMPLE_MARKER.test(text)) return true;
  // Web-page buttons ("Del | Print | Tilføj til kalender"): short words between bars, no numbers (a line like
  // "Onsdag 12. maj | kl. 10-15 | Vestby" is content).
  const parts = text.split('|').map((part) => part.trim());
  return parts.length >= 3 && !/\d/.test(text) && parts.every((part) => part.length > 0 && part.length <= 25);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line laid out with wide gaps that comes back on every page: a running header or footer. */
function runningLines(raws: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const raw of raws) if (/\S\s{3,}\S/.test(raw.trim())) counts.set(raw.trim(), (counts.get(raw.trim()) ?? 0) + 1);
  return new Set([...counts.entries()].filter(([, count]) => count >= 2).map(([line]) => line));
}

function readLines(text: string, rows: Map<string, string[]>, factRows: Set<string>, timetableLines: Set<string>): Line[] {
  let boldOpen = false;
  const raws = text.split('\n');
  const running = runningLines(raws);
  return raws.map((raw, index) => {
    const trimmed = raw.trim();
    const markers = (trimmed.match(/\*\*/g) ?? []).length;
    const openAtStart = boldOpen;
    boldOpen = markers % 2 === 1 ? !boldOpen : boldOpen;
    const cells = rows.get(raw);
    // A table row whose first cell is "#" (the number column's header) is no Markdown heading.
    const cleaned = cells ? stripMarkup(raw.replace(/^\s*#{1,6}(?=\s)/, '')) : stripMarkup(raw);
    const bold = cleaned !== '' && (openAtStart || trimmed.startsWith('**')) && (boldOpen || trimmed.endsWith('**'));
    const heading = cells ? 0 : (/^\s*(#{1,6})\s+/.exec(raw)?.[1]?.length ?? 0);
    return {
      index,
      raw,
      text: cleaned,
      indent: raw.length - raw.trimStart().length,
      heading,
      bold,
      allCaps: isAllCaps(cleaned),
      blank: cleaned === '',
      furniture:
        isFurniture(cleaned) || running.has(raw.trim()) || PAGE_NUMBER_AT_END.test(raw.trim()) || /^\s*[-=_*~·.]{3,}\s*$/.test(raw),
      ...(cells ? { cells: cells.map(stripMarkup) } : {}),
      ...(cells && factRows.has(raw) ? { fact: true } : {}),
      ...(timetableLines.has(raw) ? { timetable: true } : {}),
    };
  });
}

/** Blank lines end a block; a heading is a block of its own; a list item starts one, and indented lines continue it. */
function readBlocks(lines: Line[]): Block[] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  const close = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.blank || line.furniture) {
      close();
      continue;
    }
    const startsItem = ITEM_START.test(line.text) && !(current.length > 0 && line.indent > current[0]!.indent);
    // Each fact of a box of key facts stands alone, as a labelled line does ("Price: Free of charge").
    if (line.heading > 0 || startsItem || line.fact) close();
    current.push(line);
    if (line.heading > 0) close();
  }
  close();
  return groups.map((group, index) => ({ index, lines: group, text: joinLines(group.map((line) => line.text)) }));
}

/** Lines of a block as one text; a word broken over two lines with a hyphen ("har-" / "bours") is whole again. */
function joinLines(texts: string[]): string {
  let text = '';
  for (const line of texts) {
    if (text === '') text = line;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line) && !/^(og|eller|and|or|til|to)\b/.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'kl',
    'ca',
    'bl.a',
    'f.eks',
    'fx',
    'max',
    'maks',
    'min',
    'tlf',
    'tel',
    'nr',
    'no',
    'dr',
    'prof',
    'mr',
    'mrs',
    'ms',
    'st',
    'jf',
    'evt',
    'inkl',
    'ekskl',
    'incl',
    'excl',
    'etc',
    'vs',
    'e.g',
    'i.e',
    'pt',
    'att',
    'vedr',
    'mht',
    'ifm',
    'dvs',
    'osv',
    'mv',
    'bla',
    'd',
    'hr',
    'fr',
    'mrk',
    'www',
    'approx',
    'vol',
    'dept',
    'ph.d',
    'cand',
    'mag',
    'sept',
    'okt',
    'nov',
    'dec',
    'jan',
    'feb',
    'aug',
    'ons',
    'tors',
    'fre',
    'tirs',
    'lør',
    'søn',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
  ].map((word) => word.toLowerCase()),
);

/**
 * Sentences of a text: a period, question or exclamation mark ends one when a capital follows, unless the period
 * belongs to an abbreviation ("kl.", "Dr.", "excl.") or an initial ("Jens P. Hansen").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([.!?])["”’)]?\s+(?=["“„(]?\p{Lu})/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match[1] === '.') {
      const before = text.slice(start, match.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      // "TORSDAG DEN 8. APRIL 2027", "1. MEDLEMSMØDE": a date's day or a heading's number ends no sentence.
      if (continuesAfterNumber(`${text.slice(start, match.index)}.`, text.slice(match.index + match[0].length))) continue;
    }
    const end = match.index + match[0].trimEnd().length;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences.filter((sentence) => sentence !== '');
}

/**
 * A block of short lines (an address, a "Til" list) is read line by line; a paragraph as running text, also when a
 * narrow column wraps it into short lines (most lines then go on in lower case).
 */
function unitsOf(block: Block): string[] {
  const lines = block.lines.map((line) => line.text);
  const shortLines = lines.length > 1 && lines.every((line) => line.length < 60);
  // A line goes on in the next when that starts in lower case, or it stops mid-sentence ("Register at … by").
  const wraps = lines
    .slice(1)
    .filter(
      (line, k) => /^\p{Ll}/u.test(line) || /[-,]$/.test(lines[k]!) || (lines[k]!.length >= 30 && /\s\p{Ll}+$/u.test(lines[k]!)),
    ).length;
  // A sentence run over several lines: it ends with a full stop, and no line before the last ends one.
  const sentence =
    /[.!?]$/.test(block.text) && lines.slice(0, -1).every((line) => !/[.:;!?]$/.test(line)) && lines[0]!.split(/\s+/).length >= 4;
  return shortLines && wraps * 2 < lines.length - 1 && !sentence ? lines : [block.text];
}

export function readLetter(text: string): Letter {
  // A row's cells are found again by its unfolded text: a row split into columns after it is read as plain lines.
  const rows = new Map<string, string[]>();
  const factRows = new Set<string>();
  const timetableLines = new Set<string>();
  const raw = normaliseText(text).split('\n');
  const pages = pageLines(raw);
  const isPageLine = (line: string): boolean => pages.has(line.trim()) || isFurniture(line.trim());
  const laidOut = unfoldLaidOutTables(raw, isPageLine);
  // Words are rejoined last: a two-column page is read column by column first.
  const normalised = rejoinBrokenWords(unfoldColumns(unfoldTables(laidOut, rows, factRows, timetableLines))).join('\n');
  const lines = readLines(normalised, rows, factRows, timetableLines);
  const blocks = readBlocks(lines);
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const unit of unitsOf(block)) {
      for (const sentence of splitSentences(unit)) sentences.push({ text: sentence, block: block.index, line: block.lines[0]!.index });
    }
  }
  return { text: normalised, lines, blocks, sentences };
}

/** The block a line belongs to, if it is content. */
export function blockOfLine(letter: Letter, lineIndex: number): Block | undefined {
  return letter.blocks.find((block) => block.lines.some((line) => line.index === lineIndex));
}

/** The next content line after `lineIndex` (skipping blanks and furniture), if any. */
export function nextContentLine(letter: Letter, lineIndex: number): Line | undefined {
  return letter.lines.slice(lineIndex + 1).find((line) => !line.blank && !line.furniture);
}

/** The previous content line before `lineIndex`, if any. */
export function previousContentLine(letter: Letter, lineIndex: number): Line | undefined {
  return letter.lines
    .slice(0, lineIndex)
    .reverse()
    .find((line) => !line.blank && !line.furniture);
}

/** Text with its first letter in upper case ("regionalt politisk møde" → "Regionalt politisk møde"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
