import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { titleOf } from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { channelIdentity } from '../../src/identity';
import { createLogger } from '../../src/log';
import { startBot, texts } from '../helpers/app';
import { speaker, textOf } from '../helpers/conversation';
import { KL_NOW, TEST_EVENTS } from '../helpers/event';
import { answersFor } from '../helpers/registrations';
import { dialogHarness } from '../helpers/testBot';
import { BUNDLED_OTHERS, manyEventsFolder, offeredEventIds, placeOf, storeSetups } from './helpers';

const setups = storeSetups();
const closers: Array<() => Promise<void>> = [];
after(async () => {
  for (const close of closers.splice(0)) await close();
});

const NEW_ADDRESS = { street: 'Nygade 12', line: 'Nygade 12, 8888 Nyby' };

/** The file of `event` in `folder`, rewritten by `change` (the raw YAML), as an organiser saving an edit would. */
function edit(folder: string, event: MeetingEvent, change: (raw: Record<string, unknown>) => void): string {
  const file = path.join(folder, path.basename(TEST_EVENTS.find((t) => t.event.id === event.id)!.file));
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(raw);
  writeFileSync(file, stringify(raw));
  return file;
}
const moveVenue = (raw: Record<string, unknown>) => (raw.venue = { ...(raw.venue as object), address: NEW_ADDRESS.line });

/** A logger whose error lines the test reads (which file was broken). */
function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

let harnesses = 0;
for (const setup of setups) {
  describe(`event files changing under a running bot (${setup.name})`, () => {
    async function botOn(folder: string, log = createLogger('silent')) {
      const overrides = await setup.overrides(`reload-${++harnesses}`);
      closers.push(overrides.close);
      return dialogHarness({ EVENTS_DIR: folder, BOT_NOW: KL_NOW }, { ...overrides, log });
    }

    for (const { name, event } of TEST_EVENTS) {
      it(`when the ${name} meeting's file changes, then the running bot answers from the new version (its understanding too), and its registrations stay`, async () => {
        const folder = manyEventsFolder();
        const bot = await botOn(folder);
        const me = channelIdentity('test', `reload-${name}`);
        assert.equal((await bot.service.register(event, me, answersFor(event, 1))).kind, 'registered');
        const say = speaker(bot, { id: `reload-${name}` });
        assert.ok(!textOf(await say(`hvor er mødet i ${placeOf(event)}?`)).includes(NEW_ADDRESS.street));
        const before = bot.catalogue.byId(event.id);
        edit(folder, event, moveVenue);
        bot.catalogue.reload();
        assert.notEqual(bot.catalogue.byId(event.id), before, 'a new version is loaded');
        const after = textOf(await say('hvor er mødet?'));
        assert.ok(after.includes(NEW_ADDRESS.street), after);
        assert.ok(!after.includes(event.venue.address!.street!), `the old address is gone: ${after}`);
        // Understood from the new version: the new town names the meeting now.
        assert.ok(textOf(await speaker(bot, { id: `reload-new-${name}` })('hvor er mødet i Nyby?')).includes(NEW_ADDRESS.street));
        assert.equal((await bot.service.findActive(bot.catalogue.byId(event.id)!, me))?.status, 'registered');
      });

      it(`when the ${name} meeting's file is saved broken, then it is reported, the last good version keeps answering, and the other meetings run on`, async () => {
        const folder = manyEventsFolder();
        const { log, lines } = capturedLog();
        const bot = await botOn(folder, log);
        const file = edit(folder, event, (raw) => delete raw.start);
        bot.catalogue.reload();
        const problem = lines.find((line) => line.msg === 'event file not valid; skipped');
        assert.equal(problem?.file, file);
        assert.ok(JSON.stringify(problem?.problems).includes('start'), 'names the broken field');
        assert.ok(textOf(await speaker(bot, { id: `broken-${name}` })(`hvor er mødet i ${placeOf(event)}?`)).includes(placeOf(event)));
        const other = TEST_EVENTS.find((t) => t.event.id !== event.id)!.event;
        assert.ok(
          textOf(await speaker(bot, { id: `broken-other-${name}` })(`hvor er mødet i ${placeOf(other)}?`)).includes(placeOf(other)),
        );
        // Fixed again: the fix is served.
        writeFileSync(
          file,
          stringify({
            ...(parse(readFileSync(TEST_EVENTS.find((t) => t.event.id === event.id)!.file, 'utf8')) as object),
            venue: { name: 'Nyt sted', address: NEW_ADDRESS.line },
          }),
        );
        bot.catalogue.reload();
        assert.equal(bot.catalogue.byId(event.id)?.venue.address?.street, NEW_ADDRESS.street);
        assert.ok(textOf(await speaker(bot, { id: `fixed-${name}` })('hvor er mødet i Nyby?')).includes(NEW_ADDRESS.street));
      });
    }

    it('when a broken new file appears beside the others, then it is skipped and every meeting keeps running; a removed file takes its meeting off, mid-conversation too', async () => {
      const folder = manyEventsFolder();
      const bot = await botOn(folder);
      const ids = bot.catalogue.all().map((e) => e.id);
      writeFileSync(path.join(folder, 'half-written.yaml'), 'id: half-written\ntitle: [');
      bot.catalogue.reload();
      assert.deepEqual(
        bot.catalogue.all().map((e) => e.id),
        ids,
      );
      const say = speaker(bot, { id: 'removed' });
      const [gone] = TEST_EVENTS;
      assert.ok(textOf(await say(`hvor er mødet i ${placeOf(gone.event)}?`)).includes(placeOf(gone.event)));
      rmSync(path.join(folder, path.basename(gone.file)));
      bot.catalogue.reload();
      assert.equal(bot.catalogue.byId(gone.event.id), undefined);
      const next = await say('hvor er mødet?');
      assert.ok(!textOf(next).includes(gone.event.venue.address!.street!), `the removed meeting is not answered from: ${textOf(next)}`);
      assert.ok(
        !offeredEventIds(next).includes(gone.event.id) && offeredEventIds(next).length > 1,
        'asked which of the meetings still served',
      );
    });
  });
}

describe('watching the events folder (the real server)', () => {
  async function eventually(check: () => Promise<boolean>, what: string) {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`not within 10 s: ${what}`);
  }

  it('when files are changed, added, broken and removed while the bot runs, then it follows without a restart', async () => {
    const folder = manyEventsFolder({ only: true });
    const bot = await startBot({ EVENTS_DIR: folder, BOT_NOW: KL_NOW });
    closers.push(() => bot.close());
    const health = async () => ((await (await fetch(`${bot.url}/healthz`)).json()) as { events: string[] }).events;
    const [first, second] = TEST_EVENTS;
    const client = bot.client({ id: 'watcher' });

    edit(folder, first.event, moveVenue);
    await eventually(
      async () => texts(await client.say(`hvor er mødet i ${placeOf(first.event)}?`)).includes(NEW_ADDRESS.street),
      'the changed file is served',
    );

    const added = BUNDLED_OTHERS[0]!;
    writeFileSync(path.join(folder, path.basename(added)), readFileSync(added));
    const addedId = (parse(readFileSync(added, 'utf8')) as { id: string }).id;
    await eventually(async () => (await health()).includes(addedId), 'the added file is served');

    edit(folder, second.event, (raw) => delete raw.title);
    rmSync(path.join(folder, path.basename(added)));
    await eventually(async () => !(await health()).includes(addedId), 'the removed file is gone');
    assert.ok((await health()).includes(second.event.id), 'the broken file keeps its last good version');
    assert.ok(
      texts(await bot.client({ id: 'after-broken' }).say(`hvor er ${titleOf(second.event, 'da')}?`)).includes(placeOf(second.event)),
    );
  });
});
