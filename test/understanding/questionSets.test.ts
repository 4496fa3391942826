import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eventOfQuestionSet, loadQuestionSet, questionSetFiles, QUESTIONS_DIR } from '../helpers/questionSets';
import { describeFloors } from '../helpers/questionSetFloors';

// The example letters' sets, asked of the bundled event files. The development letters' sets (44 letters imported
// afresh, a quarter of a minute) are held to their floor in the slow suite: test/slow/devQuestionSets.test.ts.
describeFloors({ name: 'example letters (bundled event files)', folder: QUESTIONS_DIR, floor: 0.955, inventedAtMost: 3 });

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

  // A development letter that cannot be imported fails its floor in the slow suite, which imports every one.
  it('every example set is asked of a bundled event file', () => {
    for (const set of questionSetFiles(QUESTIONS_DIR).map(loadQuestionSet)) assert.doesNotThrow(() => eventOfQuestionSet(set), set.event);
  });
});
