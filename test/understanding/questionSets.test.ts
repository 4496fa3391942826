import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  eventOfQuestionSet,
  loadQuestionSet,
  questionSetFiles,
  QUESTIONS_DIR,
  runQuestionSet,
  type SetResult,
} from '../helpers/questionSets';

/**
 * Every question set, asked of its event: the bundled event files for the example letters, and the drafts the
 * importer makes for the development letters (as an organiser would run them, unedited). The floors guard the
 * figures in bench/README.md against regressions; the targets themselves are measured by `npm run bench:nlu`.
 */
const GROUPS = [
  { name: 'example letters (bundled event files)', folder: QUESTIONS_DIR, floor: 0.955, inventedAtMost: 3 },
  { name: 'development letters (imported drafts)', folder: path.join(QUESTIONS_DIR, 'dev'), floor: 0.867, inventedAtMost: 13 },
];

for (const group of GROUPS) {
  describe(`question sets: ${group.name}`, () => {
    const results: Array<{ file: string; result: SetResult }> = questionSetFiles(group.folder).map((file) => {
      const set = loadQuestionSet(file);
      return { file: path.basename(file), result: runQuestionSet(set, eventOfQuestionSet(set).event) };
    });
    const total = (key: 'inScope' | 'correct' | 'outOfScope' | 'invented') => results.reduce((sum, { result }) => sum + result[key], 0);

    it(`answers at least ${group.floor * 100}% of the in-scope questions with the right facts`, () => {
      const misses = results.flatMap(({ file, result }) =>
        result.results.filter((r) => r.inScope && !r.correct).map((r) => `${file}: ${JSON.stringify(r.entry.q)}`),
      );
      assert.ok(
        total('correct') / total('inScope') >= group.floor,
        `${total('correct')}/${total('inScope')}; misses:\n${misses.join('\n')}`,
      );
    });

    it(`states a fact for at most ${group.inventedAtMost} questions the letters do not answer`, () => {
      const invented = results.flatMap(({ file, result }) =>
        result.results.filter((r) => r.invented).map((r) => `${file}: ${JSON.stringify(r.entry.q)} → ${r.reply.slice(0, 120)}`),
      );
      assert.ok(invented.length <= group.inventedAtMost, invented.join('\n'));
    });
  });
}

describe('the question sets themselves', () => {
  const sets = [...questionSetFiles(QUESTIONS_DIR), ...questionSetFiles(path.join(QUESTIONS_DIR, 'dev'))].map(loadQuestionSet);
  const entries = sets.flatMap((set) => set.questions);

  it('hold at least 400 phrasings over at least four events', () => {
    assert.ok(entries.length >= 400, String(entries.length));
    assert.ok(new Set(sets.map((set) => set.event)).size >= 4);
  });

  it('hold follow-ups, yes/no checks with wrong facts, combined questions, small talk and out-of-scope questions', () => {
    assert.ok(entries.filter((entry) => Array.isArray(entry.q)).length >= 30, 'follow-up conversations');
    assert.ok(
      entries.filter(
        (entry) =>
          !Array.isArray(entry.q) && /^(er|is|does|starter|slutter|koster|bliver) /i.test(entry.q) && (entry.expect?.length ?? 0) > 0,
      ).length >= 40,
      'yes/no checks',
    );
    assert.ok(
      entries.filter((entry) => !Array.isArray(entry.q) && / (og|and) (hvad|hvor|hvornår|hvem|what|where|when|who|is|er)\b/i.test(entry.q))
        .length >= 20,
      'combined questions',
    );
    assert.ok(entries.filter((entry) => entry.kind === 'smallTalk').length >= 40, 'small talk');
    assert.ok(entries.filter((entry) => entry.unknown && !entry.expect).length >= 150, 'out of scope');
  });

  it('every event of a set is the bundled file or an importable letter', () => {
    for (const set of sets) assert.doesNotThrow(() => eventOfQuestionSet(set), set.event);
  });
});
