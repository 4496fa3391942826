import { loadEventFile } from './src/event/load';
import { loadQuestionSet, runQuestionSet } from './test/helpers/questionSets';
const set = loadQuestionSet(process.argv[2] ?? 'events/questions/kl-region-midtjylland-2024.yaml');
const event = loadEventFile(process.argv[3] ?? `events/${set.event}.yaml`);
const r = runQuestionSet(set, event);
console.log(`in scope ${r.correct}/${r.inScope}  invented ${r.invented}/${r.outOfScope}`);
for (const x of r.results) if ((x.inScope && !x.correct) || x.invented) console.log(`✗ [${x.kind}] ${JSON.stringify(x.entry.q)} missing=${x.missing.join('|')} → ${x.reply.replace(/\n/g, ' ⏎ ').slice(0, 220)}`);
