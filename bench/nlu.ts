import path from 'node:path';
import { DateTime } from 'luxon';
import { ask } from '../src/answers/ask';
import { EventKnowledge } from '../src/understanding/knowledge';
import {
  eventOfQuestionSet,
  HOLDOUT_DIR,
  importedEvent,
  loadQuestionSet,
  questionSetFiles,
  QUESTIONS_DIR,
  runQuestionSet,
  type QuestionSet,
} from '../test/helpers/questionSets';
import type { MeetingEvent } from '../src/event/model';
import { flag, machineLine, quantile, textArg } from './lib';

/**
 * `npm run bench:nlu`: for every question set, the share of in-scope questions answered with the right facts, the
 * out-of-scope questions that got a fact instead of "I don't know", and the time per message (understanding +
 * answer, no HTTP) — per event. Events without a bundled file are asked of the draft the importer makes from
 * their letter, as an organiser would run them.
 *
 *   --misses    list every miss and every invented fact
 *   --holdout   also the held-out letters (aggregate only: their questions stay unread)
 *   --blind     also the blind set in bench/blind (aggregate only, likewise)
 *   --dir <d>   also the letters in <d>/letters asked <d>/questions (a fresh set being worked on; misses listed
 *               with --misses)
 */
const BLIND_DIR = path.join(__dirname, 'blind');
interface Row {
  name: string;
  from: string;
  inScope: number;
  correct: number;
  outOfScope: number;
  invented: number;
  p50: number;
  p99: number;
  /** The sum over the messages of each one's fastest time of the ten passes (ms). */
  minSum: number;
  /** The slowest message's fastest time (ms): what a message costs at the least, robust to a loaded machine. */
  minWorst: number;
}

type Timings = Pick<Row, 'p50' | 'p99' | 'minSum' | 'minWorst'>;

function timings(set: QuestionSet, event: MeetingEvent): Timings {
  const knowledge = new EventKnowledge(event);
  const now = DateTime.fromISO(set.now, { setZone: true });
  const messages = set.questions.flatMap((entry) => (Array.isArray(entry.q) ? entry.q : [entry.q]));
  for (const text of messages) ask(text, knowledge, { now }); // warm-up
  const samples: number[] = [];
  const fastest = messages.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < 10; round++) {
    messages.forEach((text, index) => {
      const started = process.hrtime.bigint();
      ask(text, knowledge, { now });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      samples.push(ms);
      fastest[index] = Math.min(fastest[index]!, ms);
    });
  }
  samples.sort((a, b) => a - b);
  return {
    p50: quantile(samples, 0.5),
    p99: quantile(samples, 0.99),
    minSum: fastest.reduce((total, ms) => total + ms, 0),
    minWorst: Math.max(0, ...fastest),
  };
}

function measure(name: string, set: QuestionSet, event: MeetingEvent, from: string, misses: boolean): Row {
  const result = runQuestionSet(set, event);
  if (misses) {
    for (const r of result.results) {
      if ((r.inScope && !r.correct) || r.invented)
        console.log(
          `  ${r.invented ? 'INVENTED' : 'MISS'} ${name}: ${JSON.stringify(r.entry.q)} [${r.kind}] ${r.missing.join(', ')} → ${r.reply.replace(/\n/g, ' ⏎ ').slice(0, 200)}`,
        );
    }
  }
  return {
    name,
    from,
    inScope: result.inScope,
    correct: result.correct,
    outOfScope: result.outOfScope,
    invented: result.invented,
    ...timings(set, event),
  };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;

function table(title: string, rows: Row[]): void {
  console.log(`\n### ${title}\n`);
  console.log(
    '| event | asked of | in scope correct | invented (out of scope) | p50 ms | p99 ms | sum of minimums ms | worst minimum ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.from} | ${pct(row.correct, row.inScope)} | ${row.invented}/${row.outOfScope} | ${row.p50.toFixed(3)} | ${row.p99.toFixed(3)} | ${row.minSum.toFixed(1)} | ${row.minWorst.toFixed(3)} |`,
    );
  const sum = (key: keyof Row) => rows.reduce((total, row) => total + (row[key] as number), 0);
  const p99 = Math.max(...rows.map((row) => row.p99));
  const minWorst = Math.max(...rows.map((row) => row.minWorst));
  console.log(
    `| **all** | | **${pct(sum('correct'), sum('inScope'))}** | **${sum('invented')}/${sum('outOfScope')}** | | **${p99.toFixed(3)}** (max) | **${sum('minSum').toFixed(1)}** | **${minWorst.toFixed(3)}** (max) |`,
  );
  console.log(
    `» nlu ${title}: ${pct(sum('correct'), sum('inScope'))} in scope, ${sum('invented')}/${sum('outOfScope')} invented, p99 ≤ ${p99.toFixed(3)} ms, sum of per-message minimums ${sum('minSum').toFixed(1)} ms, worst per-message minimum ${minWorst.toFixed(3)} ms`,
  );
}

console.log(machineLine());
const misses = flag('misses');
for (const [title, folder] of [
  ['example letters (bundled event files)', QUESTIONS_DIR],
  ['development letters (imported drafts)', path.join(QUESTIONS_DIR, 'dev')],
] as const) {
  table(
    title,
    questionSetFiles(folder).map((file) => {
      const set = loadQuestionSet(file);
      const { event, from } = eventOfQuestionSet(set);
      return measure(path.basename(file, '.yaml'), set, event, from, misses);
    }),
  );
}
if (flag('holdout')) {
  // Held out: only the totals are printed, so nobody tunes to these questions.
  const rows = questionSetFiles(path.join(HOLDOUT_DIR, 'questions')).map((file, index) => {
    const set = loadQuestionSet(file);
    const event = importedEvent(set.event, set.now.slice(0, 10), [path.join(HOLDOUT_DIR, 'letters')]);
    return measure(`held-out letter ${index + 1}`, set, event, 'imported letter', false);
  });
  table('held-out letters (imported drafts, never tuned on)', rows);
}
if (flag('blind')) {
  // The blind set (bench/blind): likewise totals only.
  const rows = questionSetFiles(path.join(BLIND_DIR, 'questions')).map((file, index) => {
    const set = loadQuestionSet(file);
    const event = importedEvent(set.event, set.now.slice(0, 10), [path.join(BLIND_DIR, 'letters')]);
    return measure(`blind letter ${index + 1}`, set, event, 'imported letter', false);
  });
  table('blind letters (imported drafts, never read by the developers)', rows);
}
const folder = textArg('dir');
if (folder) {
  const rows = questionSetFiles(path.join(folder, 'questions')).map((file) => {
    const set = loadQuestionSet(file);
    const event = importedEvent(set.event, set.now.slice(0, 10), [path.join(folder, 'letters')]);
    return measure(path.basename(file, '.yaml'), set, event, 'imported letter', misses);
  });
  table(`letters in ${folder} (imported drafts)`, rows);
}
