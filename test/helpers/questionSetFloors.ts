import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eventOfQuestionSet, loadQuestionSet, questionSetFiles, runQuestionSet, type SetResult } from './questionSets';

/** A group of question sets and the figures it must not fall below. */
export interface FloorGroup {
  name: string;
  folder: string;
  /** Share of the in-scope questions answered with the right facts. */
  floor: number;
  /** Questions the letters do not answer that may be given a fact at most. */
  inventedAtMost: number;
}

/**
 * Every question set of the group, asked of its event (an event file, or the draft the importer makes of a letter, as
 * an organiser would run it, unedited). The floors guard the figures in bench/README.md against regressions; the
 * figures themselves are measured by `npm run bench:nlu`.
 */
export function describeFloors(group: FloorGroup): void {
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
