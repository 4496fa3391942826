import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, loadQuestions } from '../../bench/nluEval';
import { CueRecognizer } from '../../src/understanding/recognizer';
import { bundledEvent } from '../helpers/event';

/**
 * Guards the figures in bench/README.md: the dev question set (never used as training phrases)
 * must stay at or above the targets of issue 2. Behaviour only; speed is measured by `npm run bench:nlu`.
 */
describe('dev question set', () => {
  const questions = loadQuestions('dev-questions.json');
  const result = evaluate(new CueRecognizer(bundledEvent), bundledEvent, questions);

  it('holds at least 200 phrasings in both languages, with out-of-scope questions', () => {
    assert.ok(questions.length >= 200);
    assert.ok(questions.some((q) => q.lang === 'en') && questions.some((q) => q.lang === 'da'));
    assert.ok(result.outOfScope >= 40);
  });

  it('answers at least 95% of in-scope questions correctly', () => {
    const accuracy = result.inScopeCorrect / result.inScope;
    assert.ok(accuracy >= 0.95, `in-scope accuracy ${(accuracy * 100).toFixed(1)}%; misses: ${result.misses.map((m) => m.question.text).join(' | ')}`);
  });

  it('states no fact for an out-of-scope question', () => {
    assert.equal(result.falseFacts, 0, result.misses.filter((m) => m.question.intents[0] === 'none').map((m) => m.question.text).join(' | '));
  });
});
