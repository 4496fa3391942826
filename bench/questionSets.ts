import path from 'node:path';
import { eventOfQuestionSet, loadQuestionSet, questionSetFiles, QUESTIONS_DIR, runQuestionSet } from '../test/helpers/questionSets';
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const files = args.filter((a) => !a.startsWith('-'));
const list = files.length ? files : [...questionSetFiles(QUESTIONS_DIR), ...questionSetFiles(path.join(QUESTIONS_DIR, 'dev'))];
let tin = 0, tc = 0, to = 0, ti = 0;
for (const file of list) {
  const set = loadQuestionSet(file);
  const { event, from } = eventOfQuestionSet(set);
  const r = runQuestionSet(set, event);
  tin += r.inScope; tc += r.correct; to += r.outOfScope; ti += r.invented;
  console.log(`${path.basename(file)} [${from}]: ${r.correct}/${r.inScope} in scope, ${r.invented}/${r.outOfScope} invented`);
  if (verbose) for (const x of r.results) if ((x.inScope && !x.correct) || x.invented) console.log(`   ${x.invented ? 'INV' : 'MISS'} ${JSON.stringify(x.entry.q)} [${x.kind}] ${x.missing.join(',')} => ${x.reply.replace(/\n/g, ' ⏎ ').slice(0, 300)}`);
}
console.log(`TOTAL ${tc}/${tin} = ${(100 * tc / tin).toFixed(1)}%, invented ${ti}/${to}`);
