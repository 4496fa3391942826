// test-weight: 3 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { speaker, textOf } from '../helpers/conversation';
import { TEST_EVENTS } from '../helpers/event';
import {
  ANNA,
  BO,
  LOCALE,
  SAY,
  answerAll,
  answerFor,
  askedField,
  calendarOf,
  dialogIn,
  fieldsOf,
  harnessFor,
  startSignUp,
  stored,
  type Harness,
} from '../helpers/signUp';

/** Every state file's content, to look for what a user typed. */
const stateFiles = (h: Harness) => {
  const folder = path.join(h.config.DATA_DIR, 'state');
  return existsSync(folder)
    ? readdirSync(folder)
        .map((name) => readFileSync(path.join(folder, name), 'utf8'))
        .join('\n')
    : '';
};

/**
 * A half-finished sign-up holds personal data in the conversation's state: it belongs to the person who typed it,
 * nobody else can continue or submit it, and "delete my data" erases it wherever it was left.
 */
for (const test of TEST_EVENTS) {
  const { event } = test;
  const [first, second] = fieldsOf(event);

  for (const lang of ['da', 'en'] as const) {
    describe(`whose draft it is, ${test.name} event, ${lang}`, () => {
      it('while a sign-up runs, then its draft is in the conversation state; once "delete my data" is confirmed elsewhere, it is gone everywhere', async () => {
        const h = harnessFor(test);
        const inFirst = speaker(h, { id: 'anna', conversationId: 'first', locale: LOCALE[lang] });
        const inSecond = speaker(h, { id: 'anna', conversationId: 'second', locale: LOCALE[lang] });
        await startSignUp(inFirst, lang);
        await inFirst(answerFor(first!, lang).text);
        await inFirst(answerFor(second!, lang).text);
        assert.ok(stateFiles(h).includes(answerFor(second!, lang).text), 'the draft is in the state while the sign-up runs');
        await inSecond(SAY[lang].deleteData);
        await inSecond(SAY[lang].yes);
        assert.ok(
          !stateFiles(h).includes(answerFor(first!, lang).text) && !stateFiles(h).includes(answerFor(second!, lang).text),
          'no trace of the draft',
        );
        assert.equal(await dialogIn(h, 'first'), undefined);
        // Back in the first conversation nothing continues: the next answer is no answer.
        const third = fieldsOf(event)[2]!;
        assert.equal(askedField(event, lang, await inFirst(answerFor(third, lang).text)), undefined);
        assert.deepEqual(await stored(h, event), []);
      });

      it('when someone else writes in the same conversation, then they start afresh and can neither continue nor submit the draft', async () => {
        const h = harnessFor(test);
        const anna = speaker(h, { id: 'anna', conversationId: 'shared', locale: LOCALE[lang] });
        const mallory = speaker(h, { id: 'mallory', conversationId: 'shared', locale: LOCALE[lang] });
        await answerAll(anna, event, lang);
        const confirmed = await mallory(SAY[lang].yes);
        assert.equal(calendarOf(confirmed), undefined);
        assert.doesNotMatch(textOf(confirmed), new RegExp(ANNA.email));
        assert.deepEqual(await stored(h, event), []);
        // Anna's draft was dropped with the conversation's dialog: her "yes" registers nothing either.
        await anna(SAY[lang].yes);
        assert.deepEqual(await stored(h, event), []);
        assert.ok(!stateFiles(h).includes(ANNA.email), 'the draft is not kept for anyone');
      });

      it('when someone else writes mid-sign-up, then the draft is dropped, never continued with their answers', async () => {
        const h = harnessFor(test);
        const anna = speaker(h, { id: 'anna', conversationId: 'shared', locale: LOCALE[lang] });
        const mallory = speaker(h, { id: 'mallory', conversationId: 'shared', locale: LOCALE[lang] });
        await startSignUp(anna, lang);
        await anna(answerFor(first!, lang).text);
        assert.equal(
          askedField(event, lang, await mallory(answerFor(second!, lang, BO).text)),
          undefined,
          'Mallory is not asked the next field',
        );
        assert.equal(await dialogIn(h, 'shared'), undefined, "Anna's draft is dropped, not continued by Mallory");
        assert.ok(!stateFiles(h).includes(answerFor(first!, lang).text), "nothing of Anna's draft is kept");
        assert.deepEqual(await stored(h, event), []);
      });
    });
  }
}

describe('erasure reaches only what the person owns', () => {
  it('when a person deletes their data, then a draft someone else owns in a conversation they once used is kept', async () => {
    const test = TEST_EVENTS[1];
    const h = harnessFor(test);
    const anna = speaker(h, { id: 'anna', conversationId: 'shared' });
    const bo = speaker(h, { id: 'bo', conversationId: 'shared' });
    await startSignUp(anna, 'da');
    // Bo takes over the shared conversation with a sign-up of his own.
    await startSignUp(bo, 'da');
    await bo('Bo Hansen');
    await speaker(h, { id: 'anna', conversationId: 'own' })('slet mine data');
    await speaker(h, { id: 'anna', conversationId: 'own' })('ja');
    assert.match(stateFiles(h), /Bo Hansen/);
    assert.equal((await dialogIn(h, 'shared'))?.kind, 'signUp');
  });
});
