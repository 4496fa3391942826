/**
 * The letter's sentences with the parts of the meeting each is about: the lines under a part's label ("Dag 2: …" and
 * the indented lines after it, "Morning 1 – …" down to the blank line), a sentence naming a part ("Modul 2 er i
 * maj", "Meeting point: Day 1 at 9.00"), and, for a meeting over several days, a sentence naming a day's date.
 * Made once per event.
 */
import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { extractEntities } from './entities';
import { sentencesOfLine } from './normalize';
import { partMentions, type PartName } from './partNames';
import { DAY_LIKE_KINDS } from './lexicon/parts';

export interface PartSentence {
  readonly text: string;
  readonly parts: readonly PartName[];
  /** The sentence is the part's label line ("Dag 2: Titel …"), which says what the part is. */
  readonly label: boolean;
}

const memo = perEvent<readonly PartSentence[]>();
const kindsMemo = perEvent<ReadonlySet<string>>();

/** Markup before a line's words: a heading's hashes, a list's bullet, a table's bars, bold. */
const LEAD = /^[\s#*>|•▪◦·-]+/u;

/** The days of the event a sentence names by their date, or by a weekday only one of them falls on. */
export function daysByDate(text: string, event: MeetingEvent): PartName[] {
  // Only a figure or a weekday's name ("…dag", "…day") can name a date: most sentences are passed by.
  if (event.days.length < 2 || !/\d|dag|day/i.test(text)) return [];
  const entities = extractEntities(text);
  if (entities.dates.length === 0 && entities.weekdays.length === 0) return [];
  const weekdays = event.days.map((day) => {
    const [year, month, date] = day.date.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, date)).getUTCDay() || 7;
  });
  return event.days.flatMap((day, index) => {
    const [, month, date] = day.date.split('-').map(Number);
    const byDate = entities.dates.some((d) => d.day === date && (d.month === undefined || d.month === month));
    const byWeekday =
      entities.weekdays.includes(weekdays[index]!) && weekdays.filter((weekday) => weekday === weekdays[index]).length === 1;
    return byDate || byWeekday ? [{ kind: 'day', number: index + 1 }] : [];
  });
}

/** What follows a part's label at the start of a line: a colon, a dash, a bracket, a table's bar, or nothing. */
const LABEL_END = /^\s*(?:[:–—\-(|,.]|$)/u;

/** The letter's lines, a line wrapped in the middle of a sentence joined to the line it goes on from. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const previous = lines[lines.length - 1];
    if (previous && /\p{L}/u.test(previous) && !/[.!?:;]\s*$/.test(previous) && /^\s*[\p{Ll}(]/u.test(raw))
      lines[lines.length - 1] = `${previous.trimEnd()} ${raw.trim()}`;
    else lines.push(raw);
  }
  return lines;
}

const union = (a: readonly PartName[], b: readonly PartName[]): PartName[] => [
  ...a,
  ...b.filter((part) => !a.some((own) => own.kind === part.kind && own.number === part.number)),
];

export function partSentences(event: MeetingEvent): readonly PartSentence[] {
  return memo(event, 'partSentences', () => {
    const found: PartSentence[] = [];
    let block: PartName[] | undefined;
    let labelOnly = false;
    for (const raw of logicalLines(event.text)) {
      const line = raw
        .replace(LEAD, '')
        .replace(/\*+/g, '')
        .replace(/\s*\|\s*/g, ' | ')
        .trim();
      if (!/\p{L}/u.test(line)) {
        // A blank line ends a part's lines, unless only its heading came before it.
        if (!labelOnly) block = undefined;
        continue;
      }
      const own = partMentions(line);
      const labelled = own.filter((part) => part.index === 0 && LABEL_END.test(line.slice(part.end)));
      if (labelled.length > 0) {
        block = labelled.map(({ kind, number }) => ({ kind, number }));
        labelOnly = true;
      } else {
        // A heading of the letter's own ("## Registration", "PRACTICAL INFORMATION") starts another part of it.
        if (labelOnly && (/^\s*#/.test(raw) || (line === line.toUpperCase() && line.length > 3))) block = undefined;
        labelOnly = false;
      }
      sentencesOfLine(line).forEach((sentence, i) => {
        const parts = union(union(block ?? [], partMentions(sentence)), daysByDate(sentence, event));
        found.push({ text: sentence.replace(/\s+/g, ' '), parts, label: labelled.length > 0 && i === 0 });
      });
    }
    return found;
  });
}

/** The kinds of part the letter numbers ("module" of "Modul 2 er i maj"). */
export function letterKinds(event: MeetingEvent): ReadonlySet<string> {
  return kindsMemo(
    event,
    'partKinds',
    () => new Set(event.text.split('\n').flatMap((line) => partMentions(line).map((part) => part.kind))),
  );
}

/**
 * A part asked of as the letter counts it: "session 2" or "the first morning" of a meeting over several days whose
 * letter numbers no sessions is its second day; the last is the last day, or the highest number the letter gives.
 */
export function asLetterCounts(part: PartName, event: MeetingEvent): PartName | undefined {
  const kinds = letterKinds(event);
  const kind = DAY_LIKE_KINDS.has(part.kind) && event.days.length > 0 && !kinds.has(part.kind) ? 'day' : part.kind;
  if (part.number !== -1) return { kind, number: part.number };
  if (kind === 'day' && event.days.length > 0) return { kind, number: event.days.length };
  const numbers = partSentences(event).flatMap((sentence) => sentence.parts.filter((p) => p.kind === kind).map((p) => p.number));
  return numbers.length > 0 ? { kind, number: Math.max(...numbers) } : undefined;
}

/** Whether a sentence's part is the part asked of: the same, or, of a meeting over several days, its day by another word. */
export function samePart(asked: PartName, said: PartName, event: MeetingEvent): boolean {
  return asked.number === said.number && sameKind(asked, said, event);
}

/** Whether two parts are counted alike: of one kind, or both days of a meeting over several days ("session 2", "dag 2"). */
export function sameKind(a: PartName, b: PartName, event: MeetingEvent): boolean {
  return a.kind === b.kind || (event.days.length > 0 && DAY_LIKE_KINDS.has(a.kind) && DAY_LIKE_KINDS.has(b.kind));
}

/** The index in the event's days of a part that is one of them. */
export function dayOfPart(part: PartName, event: MeetingEvent): number | undefined {
  return DAY_LIKE_KINDS.has(part.kind) && part.number >= 1 && part.number <= event.days.length ? part.number - 1 : undefined;
}
