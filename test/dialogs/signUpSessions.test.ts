import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter, renderDraft } from '../../src/event/import';
import { loadEventFile } from '../../src/event/load';
import { TEAMS_DA } from '../helpers/alternativeDateLetters';
import { speaker, textOf } from '../helpers/conversation';
import { ANNA, BO, LOCALE, askedField, calendarOf, fieldsOf, harnessFor, signUp, stored } from '../helpers/signUp';

/** The two-group course letter as the importer drafts it, served by the real bot with its real sign-up dialog. */
function courseFile(): string {
  const result = importLetter(TEAMS_DA.join('\n'), { today: '2027-01-12', id: 'kursus-hold-test' });
  const yaml = renderDraft(result.event, result.checks, { letter: 'letter.txt', file: 'kursus-hold-test.yaml', generatedOn: '2027-01-12' });
  // Its own folder, removed when this file's tests are done (the shared helper's may go when another file ends).
  const folder = mkdtempSync(path.join(tmpdir(), 'moedebot-sessions-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'kursus-hold-test.yaml');
  writeFileSync(file, yaml);
  return file;
}

const file = courseFile();
const event = loadEventFile(file);
const test = { file, now: '2027-02-01T10:00:00+01:00' };
const utc = (local: string) => DateTime.fromISO(local, { zone: event.timeZone }).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
const sessionField = () => fieldsOf(event).find((field) => field.choices.length === event.sessions.length && field.session)!;

describe('sign-up for a meeting held on alternative dates', () => {
  it('asks which session, with the dates to choose from, as one question', async () => {
    const say = speaker(harnessFor(test), { locale: LOCALE.da });
    await say('tilmeld mig');
    const replies = await say('ja');
    assert.equal(askedField(event, 'da', replies)?.id, sessionField().id);
    assert.match(textOf(replies), /2\. marts/);
    assert.match(textOf(replies), /9\. marts/);
    assert.equal(fieldsOf(event).filter((field) => field.session).length, 1);
  });

  for (const [who, index] of [
    [{ ...BO, choice: 1 }, 1],
    [{ ...ANNA, choice: 0 }, 0],
  ] as const) {
    it(`stores the session chosen (session ${index + 1}) and gives its date in the calendar file`, async () => {
      const h = harnessFor(test);
      const say = speaker(h, { locale: LOCALE.da });
      const replies = await signUp(say, event, 'da', who);
      const [registration] = await stored(h, event);
      assert.equal(registration?.answers[sessionField().id], sessionField().choices[index]!.id);
      const ics = calendarOf(replies);
      assert.ok(ics, 'a calendar file comes with the confirmation');
      assert.match(ics, new RegExp(`DTSTART:${utc(event.sessions[index]!.start)}`));
      assert.doesNotMatch(ics, new RegExp(`DTSTART:${utc(event.sessions[1 - index]!.start)}`));
    });
  }

  it('takes a session named by its date ("den 9. marts")', async () => {
    const h = harnessFor(test);
    const say = speaker(h, { locale: LOCALE.da });
    await say('tilmeld mig');
    await say('ja');
    const replies = await say('den 9. marts');
    assert.notEqual(askedField(event, 'da', replies)?.id, sessionField().id, textOf(replies));
  });
});
