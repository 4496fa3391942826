import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { z } from 'zod';
import { ask } from '../../src/answers/ask';
import { BUNDLED_EVENTS_DIR } from '../../src/config';
import { importLetter } from '../../src/event/import';
import { loadEventFile, parseEvent } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { REQUESTS } from '../../src/understanding/lexicon/requests';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { sanitizeUserText, stripTags } from '../../src/understanding/normalize';
import type { FollowUpContext } from '../../src/understanding/frame';
import { knowledgeOf } from './knowledge';

/** A question set: what invitees ask about one letter, and what a right answer contains (see events/questions/README.md). */
const questionSetSchema = z.object({
  event: z.string(),
  now: z.string(),
  questions: z.array(
    z.object({
      q: z.union([z.string(), z.array(z.string()).min(1)]),
      expect: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
      unknown: z.boolean().optional(),
      forbid: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
      kind: z.enum(['smallTalk', ...REQUESTS]).optional(),
    }),
  ),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;
export type QuestionEntry = QuestionSet['questions'][number];

export const QUESTIONS_DIR = path.join(BUNDLED_EVENTS_DIR, 'questions');
export const LETTERS_DIR = path.join(BUNDLED_EVENTS_DIR, 'letters');
export const HOLDOUT_DIR = path.join(__dirname, '..', 'fixtures', 'holdout');

export function loadQuestionSet(file: string): QuestionSet {
  return questionSetSchema.parse(parse(readFileSync(file, 'utf8')));
}

export function questionSetFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(folder, name));
}

/**
 * The event a question set asks about: the bundled event file of that id, else the draft the importer makes from
 * the letter of that id (in memory, as written: what an organiser gets without editing it).
 */
export function eventOfQuestionSet(
  set: QuestionSet,
  letterDirs: string[] = [LETTERS_DIR, path.join(LETTERS_DIR, 'dev')],
): { event: MeetingEvent; from: 'event file' | 'imported letter' } {
  const bundled = path.join(BUNDLED_EVENTS_DIR, `${set.event}.yaml`);
  if (existsSync(bundled)) {
    // One object per file, like the drafts below: its knowledge (see knowledgeOf) is then built once per process too.
    const loaded = drafts.get(bundled) ?? loadEventFile(bundled);
    drafts.set(bundled, loaded);
    return { event: loaded, from: 'event file' };
  }
  return { event: importedEvent(set.event, set.now.slice(0, 10), letterDirs), from: 'imported letter' };
}

/** Events made once per process: the question sets, the architecture test and others ask the same letters. */
const drafts = new Map<string, MeetingEvent>();

export function importedEvent(id: string, today: string, letterDirs: string[]): MeetingEvent {
  const key = JSON.stringify([id, today, letterDirs]);
  const made = drafts.get(key);
  if (made) return made;
  for (const dir of letterDirs) {
    for (const extension of ['.txt', '.md']) {
      const letter = path.join(dir, `${id}${extension}`);
      if (!existsSync(letter)) continue;
      const event = parseEvent(importLetter(readFileSync(letter, 'utf8'), { today, id }).event, letter);
      drafts.set(key, event);
      return event;
    }
  }
  throw new Error(`No event file or letter for ${id}`);
}

/** Lower case, letters and digits only: "19.00" matches "19:00", "14. april" matches "14 April". */
export const normaliseFact = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  feb: 2,
  februar: 2,
  february: 2,
  mar: 3,
  marts: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAMED_DATE = new RegExp(`\\b(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?`, 'giu');
const NAMED_DATE_EN = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?`, 'giu');
const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b/g;

/** Every calendar date written in a text, as "month-day" (and "year-month-day" when the year is there). */
function datesIn(text: string, numeric: boolean): Set<string> {
  const found = new Set<string>();
  const add = (day: number, month: number | undefined, year?: string) => {
    if (!month || day < 1 || day > 31) return;
    found.add(`${month}-${day}`);
    if (year) found.add(`${year.length === 2 ? `20${year}` : year}-${month}-${day}`);
  };
  for (const m of text.matchAll(NAMED_DATE)) add(Number(m[1]), MONTHS[m[2]!.toLowerCase()], m[3]);
  for (const m of text.matchAll(NAMED_DATE_EN)) add(Number(m[2]), MONTHS[m[1]!.toLowerCase()], m[3]);
  if (numeric) for (const m of text.matchAll(NUMERIC_DATE)) if (Number(m[2]) <= 12) add(Number(m[1]), Number(m[2]), m[3]);
  return found;
}

/**
 * Whether an expected fact is in the reply. A date matches in any spelling ("12.05.2027" matches "12. maj 2027"),
 * since the bot writes dates in the reader's language; anything else matches letters and digits as written.
 */
export function hasFact(reply: string, fact: string): boolean {
  if (normaliseFact(reply).includes(normaliseFact(fact))) return true;
  const wanted = datesIn(fact, true);
  if (wanted.size === 0 || fact.replace(NAMED_DATE, '').replace(NAMED_DATE_EN, '').replace(NUMERIC_DATE, '').replace(/\W/g, '') !== '')
    return false;
  const written = datesIn(reply, false);
  const mostPrecise = [...wanted].sort((a, b) => b.length - a.length)[0]!;
  return written.has(mostPrecise);
}

export interface EntryResult {
  entry: QuestionEntry;
  last: string;
  reply: string;
  kind: string;
  /** In scope (expects facts or a kind): answered right. */
  correct: boolean;
  /** Out of scope (unknown): stated a fact it should not have, or did not say it does not know. */
  invented: boolean;
  inScope: boolean;
  missing: string[];
  ms: number;
}

/** What the bot does to a message before understanding it: Teams mentions and markup out, length capped. */
const asTyped = (text: string) => sanitizeUserText(stripTags(text), 2000).replace(/\s+/g, ' ').trim();

/** Asks one entry (a message, or a conversation whose last message is judged) and checks the reply. */
export function runEntry(entry: QuestionEntry, knowledge: EventKnowledge, now: DateTime): EntryResult {
  const turns = Array.isArray(entry.q) ? entry.q : [entry.q];
  let context: FollowUpContext | undefined;
  let reply = '';
  let kind = '';
  let ms = 0;
  for (const text of turns) {
    const started = performance.now();
    const asked = ask(asTyped(text), knowledge, { now, context });
    ms = performance.now() - started;
    const { understanding, answer } = asked;
    kind =
      understanding.kind === 'smallTalk'
        ? 'smallTalk'
        : understanding.kind === 'request'
          ? understanding.request
          : (answer?.kind ?? understanding.kind);
    reply = answer?.text ?? '';
    context = answer ? { ...answer.memory, lang: understanding.lang } : { ...context, lang: understanding.lang };
  }
  const missing = (entry.expect ?? []).filter((fact) => !hasFact(reply, fact));
  const forbidden = (entry.forbid ?? []).filter((fact) => normaliseFact(reply).includes(normaliseFact(fact)));
  const inScope = entry.kind !== undefined || (entry.expect?.length ?? 0) > 0;
  let correct = false;
  let invented = forbidden.length > 0;
  if (entry.kind !== undefined) correct = kind === entry.kind;
  else if (entry.unknown && inScope) correct = missing.length === 0 && (kind === 'partly' || kind === 'dontKnow');
  else if (inScope) correct = missing.length === 0 && kind !== 'dontKnow';
  if (entry.unknown && !inScope) invented = invented || kind === 'answer';
  return {
    entry,
    last: turns.at(-1)!,
    reply,
    kind,
    correct,
    invented,
    inScope,
    missing: [...missing, ...forbidden.map((f) => `forbidden: ${f}`)],
    ms,
  };
}

export interface SetResult {
  set: QuestionSet;
  results: EntryResult[];
  inScope: number;
  correct: number;
  outOfScope: number;
  invented: number;
}

export function runQuestionSet(set: QuestionSet, event: MeetingEvent): SetResult {
  const knowledge = knowledgeOf(event);
  const now = DateTime.fromISO(set.now, { setZone: true });
  const results = set.questions.map((entry) => runEntry(entry, knowledge, now));
  return {
    set,
    results,
    inScope: results.filter((r) => r.inScope).length,
    correct: results.filter((r) => r.inScope && r.correct).length,
    outOfScope: results.filter((r) => !r.inScope).length,
    invented: results.filter((r) => r.invented).length,
  };
}
