import os from 'node:os';
import { composeAnswer } from '../src/answers/compose';
import { BUNDLED_EVENT_FILE } from '../src/config';
import { loadEventFile } from '../src/event/load';
import { CueRecognizer, type Recognizer } from '../src/understanding/recognizer';
import { NgramNearestRecognizer } from './baselines/ngramNearest';
import { EVAL_NOW, evaluate, loadQuestions, type DevQuestion } from './nluEval';

/**
 * `npm run bench:nlu`: accuracy on the dev and held-out question sets, false facts out of scope,
 * and per-message latency (understanding + answer), for the bot's recogniser and the n-gram baseline.
 * Pass --misses to list every miss.
 */
const event = loadEventFile(BUNDLED_EVENT_FILE);
const sets: Array<[string, DevQuestion[]]> = [
  ['dev', loadQuestions('dev-questions.json')],
  ['held-out', loadQuestions('holdout-questions.json')],
];
const recognizers: Array<[string, () => Recognizer]> = [
  ['CueRecognizer (shipped)', () => new CueRecognizer(event)],
  ['char-trigram TF-IDF nearest neighbour (baseline)', () => new NgramNearestRecognizer()],
];

/** One pass on a fresh recogniser: every typo-correction cache empty, as after a restart. */
function coldMean(create: () => Recognizer, questions: DevQuestion[]): number {
  const recognizer = create();
  const start = process.hrtime.bigint();
  for (const q of questions) composeAnswer(recognizer.recognize(q.text), event, EVAL_NOW);
  return Number(process.hrtime.bigint() - start) / 1e6 / questions.length;
}

function latency(recognizer: Recognizer, questions: DevQuestion[], rounds: number): { mean: number; p50: number; p99: number } {
  const samples: number[] = [];
  for (const q of questions) composeAnswer(recognizer.recognize(q.text), event, EVAL_NOW); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      composeAnswer(recognizer.recognize(q.text), event, EVAL_NOW);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, p50: at(0.5), p99: at(0.99) };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| recogniser | set | in scope correct | exact intents | false facts (out of scope) | wrong language | cold mean ms | warm mean ms | warm p99 ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, create] of recognizers) {
  for (const [setName, questions] of sets) {
    const cold = coldMean(create, questions);
    const recognizer = create();
    const result = evaluate(recognizer, event, questions);
    const timing = latency(recognizer, questions, 20);
    console.log(
      `| ${name} | ${setName} (${questions.length}) | ${pct(result.inScopeCorrect, result.inScope)} | ${pct(result.exactIntents, result.inScope)} | ${result.falseFacts}/${result.outOfScope} | ${result.wrongLanguage} | ${cold.toFixed(3)} | ${timing.mean.toFixed(3)} | ${timing.p99.toFixed(3)} |`,
    );
    if (process.argv.includes('--misses') && recognizer instanceof CueRecognizer) {
      for (const miss of result.misses) {
        console.error(`  [${setName}] ${JSON.stringify(miss.question.text)} want ${miss.question.intents.join(',')} got ${miss.got.join(',')}${miss.missingFacts.length ? ` missing ${miss.missingFacts.join(' | ')}` : ''}${miss.wrongLanguage ? ' (language)' : ''}`);
      }
    }
  }
}
