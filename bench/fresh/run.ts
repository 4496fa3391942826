import path from 'node:path';
import { importedEvent, loadQuestionSet, questionSetFiles, runQuestionSet } from '../../test/helpers/questionSets';

/**
 * A fresh set of letters and questions written from the letters alone, never tuned for: measures how the bot
 * generalises to invitations the developers have not seen. Each letter is imported as a draft (what an organiser
 * gets without editing it) and asked its question set.
 *
 *   npx tsx bench/fresh/run.ts [--dir <folder>] [--misses]
 *
 * `--dir` measures another set of the same shape (`<folder>/letters`, `<folder>/questions`), e.g. `bench/blind`;
 * without it, this folder's set.
 */
const dirFlag = process.argv.indexOf('--dir');
const dirArg = dirFlag >= 0 ? process.argv[dirFlag + 1] : undefined;
if (dirFlag >= 0 && (dirArg === undefined || dirArg.startsWith('--'))) {
  console.error('--dir needs a folder, e.g. --dir bench/blind');
  process.exit(2);
}
const here = dirArg === undefined ? __dirname : path.resolve(dirArg);
const lettersDir = path.join(here, 'letters');
const questionsDir = path.join(here, 'questions');
const showMisses = process.argv.includes('--misses');

const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((100 * a) / b)} %`);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 160);

let inScope = 0;
let correct = 0;
let outOfScope = 0;
let invented = 0;
for (const file of questionSetFiles(questionsDir)) {
  const set = loadQuestionSet(file);
  const event = importedEvent(set.event, set.now.slice(0, 10), [lettersDir]);
  const result = runQuestionSet(set, event);
  inScope += result.inScope;
  correct += result.correct;
  outOfScope += result.outOfScope;
  invented += result.invented;
  console.log(
    `${set.event}: in scope ${result.correct}/${result.inScope} (${pct(result.correct, result.inScope)}), ` +
      `invented ${result.invented}/${result.outOfScope}`,
  );
  if (showMisses) {
    for (const r of result.results) {
      if ((r.inScope && !r.correct) || r.invented) {
        const label = r.invented ? 'INVENTED' : 'MISS';
        const asked = Array.isArray(r.entry.q) ? r.entry.q.join(' → ') : r.entry.q;
        console.log(`  ${label} [${r.kind}] ${asked}`);
        if (r.missing.length > 0) console.log(`    missing: ${r.missing.join(', ')}`);
        if (r.entry.kind) console.log(`    expected kind: ${r.entry.kind}`);
        console.log(`    reply: ${oneLine(r.reply)}`);
      }
    }
  }
}
console.log(`TOTAL: in scope ${correct}/${inScope} (${pct(correct, inScope)}), invented ${invented}/${outOfScope}`);
