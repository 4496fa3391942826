import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { z } from 'zod';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import type { FollowUpContext } from '../../src/understanding/understand';

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
      kind: z.enum(['smallTalk', 'signUp']).optional(),
    }),
  ),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;
export type QuestionEntry = QuestionSet['questions'][number];

export function loadQuestionSet(file: string): QuestionSet {
  return questionSetSchema.parse(parse(readFileSync(file, 'utf8')));
}

export function questionSetFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Lower case, letters and digits only: "19.00" matches "19:00", "14. april" matches "14 April". */
export const normaliseFact = (text: string) => text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');

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

/** Asks one entry (a message, or a conversation whose last message is judged) and checks the reply. */
export function runEntry(entry: QuestionEntry, knowledge: EventKnowledge, now: DateTime): EntryResult {
  const turns = Array.isArray(entry.q) ? entry.q : [entry.q];
  let context: FollowUpContext | undefined;
  let reply = '';
  let kind = '';
  let ms = 0;
  for (const text of turns) {
    const started = performance.now();
    const asked = ask(text, knowledge, { now, context });
    ms = performance.now() - started;
    const { understanding, answer } = asked;
    kind = understanding.kind === 'smallTalk' ? 'smallTalk' : understanding.kind === 'request' ? understanding.request : (answer?.kind ?? understanding.kind);
    reply = answer?.text ?? '';
    context = answer ? { ...answer.memory, lang: understanding.lang } : { ...context, lang: understanding.lang };
  }
  const normalised = normaliseFact(reply);
  const missing = (entry.expect ?? []).filter((fact) => !normalised.includes(normaliseFact(fact)));
  const forbidden = (entry.forbid ?? []).filter((fact) => normalised.includes(normaliseFact(fact)));
  const inScope = entry.kind !== undefined || (entry.expect?.length ?? 0) > 0;
  let correct = false;
  let invented = forbidden.length > 0;
  if (entry.kind === 'smallTalk') correct = kind === 'smallTalk';
  else if (entry.kind === 'signUp') correct = kind === 'signUp';
  else if (entry.unknown && inScope) correct = missing.length === 0 && (kind === 'partly' || kind === 'dontKnow');
  else if (inScope) correct = missing.length === 0 && kind !== 'dontKnow';
  if (entry.unknown && !inScope) invented = invented || kind === 'answer';
  return { entry, last: turns.at(-1)!, reply, kind, correct, invented, inScope, missing: [...missing, ...forbidden.map((f) => `forbidden: ${f}`)], ms };
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
  const knowledge = new EventKnowledge(event);
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
