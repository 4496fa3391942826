// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Activity } from 'botbuilder';
import { titleOf } from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { messages, type Lang } from '../../src/i18n';
import { channelIdentity } from '../../src/identity';
import { createLogger } from '../../src/log';
import { PAGE_SIZE } from '../../src/organisers/reports';
import { displayAnswer } from '../../src/registrations/fields';
import { attachmentsOf, cardsOf, speaker, textOf } from '../helpers/conversation';
import { eventFileFrom, TEST_EVENTS } from '../helpers/event';
import {
  ANNA,
  BO,
  LANGS,
  LOCALE,
  assertLanguage,
  choiceLabel,
  fieldOfKind,
  fieldsOf,
  harnessFor,
  labelOf,
  person,
  registerDirectly,
  stored,
  type Harness,
  type Person,
  type TestEvent,
} from '../helpers/signUp';
import { dialogHarness } from '../helpers/testBot';

/** A logger whose lines the test can read, to check the audit trail. */
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

const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
const PEOPLE: Person[] = [ANNA, BO, person(2), person(3)];

/**
 * Four sign-ups; the last one cancels. Returns who is active. Stored through the registration service, as the sign-up
 * and cancel dialogs store them (signUp.test.ts and manage.test.ts drive those): these tests are about what organisers
 * read, and chatting through the form for every person was most of their time.
 */
async function seed(h: Harness, event: MeetingEvent): Promise<Person[]> {
  for (const [i, who] of PEOPLE.entries()) await registerDirectly(h, event, 'da', who, `p-${i}`);
  assert.equal((await h.service.cancel(event, channelIdentity('test', 'p-3'))).kind, 'cancelled');
  return PEOPLE.slice(0, 3);
}

/** The rows of a table card: [label, count]. */
function tableRows(replies: Partial<Activity>[]): Array<[string, number]> {
  type Cell = { items: Array<{ inlines: Array<{ text: string }> }> };
  const table = (cardsOf(replies) as Array<{ body: Array<{ type: string; rows?: Array<{ cells: Cell[] }> }> }>)
    .flatMap((card) => card.body)
    .find((item) => item.type === 'Table');
  assert.ok(table, 'a table card');
  const text = (cell: Cell) => cell.items[0]!.inlines[0]!.text;
  return table.rows!.slice(1, -1).map((row) => [text(row.cells[0]!), Number(text(row.cells[1]!))]);
}

/** What the store holds, counted: registered per shown answer of a field. */
async function expectedBreakdown(h: Harness, event: MeetingEvent, fieldId: string, lang: Lang): Promise<Array<[string, number]>> {
  const field = fieldsOf(event).find((f) => f.id === fieldId)!;
  const counts = new Map<string, number>();
  for (const r of await stored(h, event))
    if (r.status === 'registered')
      counts.set(displayAnswer(field, r.answers, lang), (counts.get(displayAnswer(field, r.answers, lang)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
}

const ASK = {
  da: {
    count: 'hvor mange er tilmeldt?',
    countFrom: (g: string) => `hvor mange fra ${g}?`,
    breakdown: (l: string) => `tilmeldte pr. ${l.toLowerCase()}`,
    list: 'vis deltagerlisten',
    listFrom: (g: string) => `hvem er tilmeldt fra ${g}?`,
    topics: 'hvad har deltagerne skrevet?',
    export: 'eksportér som CSV',
  },
  en: {
    count: 'how many have registered?',
    countFrom: (g: string) => `how many from ${g}?`,
    breakdown: (l: string) => `registrations by ${l.toLowerCase()}`,
    list: 'show the attendee list',
    listFrom: (g: string) => `who is registered from ${g}?`,
    topics: 'which topics did participants write?',
    export: 'export as CSV',
  },
} as const;

for (const test of TEST_EVENTS) {
  const { event } = test;
  const groupField = fieldsOf(event).find((field) => field.groupBy && field.kind === 'choice')!;
  const name = fieldOfKind(event, 'name')!;
  const text = fieldOfKind(event, 'text');

  for (const lang of LANGS) {
    const ask = ASK[lang];
    const organiser = (h: Harness) => speaker(h, { id: 'org-1', locale: LOCALE[lang] });

    describe(`organiser commands, ${test.name} event, ${lang}`, () => {
      // The questions that only read share one bot seeded once.
      let shared: Promise<{ h: Harness; activePeople: Person[] }> | undefined;
      const seeded = () =>
        (shared ??= (async () => {
          const h = harnessFor(test, { ORGANISER_IDS: 'test:org-1, test:someone-else' });
          return { h, activePeople: await seed(h, event) };
        })());
      it('when an organiser asks how many, then the counts are those of the store: registered, places, waiting, cancelled', async () => {
        const { h } = await seeded();
        const all = await stored(h, event);
        const count = (status: string) => all.filter((r) => r.status === status).length;
        const replies = await organiser(h)(ask.count);
        assertLanguage(replies, lang);
        const capacity = event.registration?.capacity;
        assert.deepEqual(numbers(textOf(replies).replace(titleOf(event, lang), '')), [
          count('registered'),
          ...(capacity ? [capacity] : []),
          count('waitlisted'),
          count('cancelled'),
        ]);
        assert.equal(count('cancelled'), 1);
      });

      it("when an organiser asks how many of one group, then that group's count comes back", async () => {
        const { h } = await seeded();
        const replies = await organiser(h)(ask.countFrom(choiceLabel(groupField.choices[ANNA.choice]!, lang)));
        assertLanguage(replies, lang);
        assert.deepEqual(numbers(textOf(replies)), [1]);
      });

      it('when an organiser asks how many of one group, then the reply names the group by its label', async () => {
        const { h } = await seeded();
        const choice = groupField.choices[ANNA.choice]!;
        const reply = textOf(await organiser(h)(ask.countFrom(choiceLabel(choice, lang))));
        assert.ok(reply.startsWith(choiceLabel(choice, lang)) || reply.includes(` ${choiceLabel(choice, lang)}`), reply);
        assert.ok(!/\b(many|mange|from|fra)\b/i.test(reply.replace(choiceLabel(choice, lang), '')), reply);
      });

      it('when an organiser asks for a breakdown, then a table card (with a text fallback) counts the registered per answer, as stored', async () => {
        const { h } = await seeded();
        for (const field of fieldsOf(event).filter((f) => f.groupBy)) {
          const replies = await organiser(h)(ask.breakdown(labelOf(event, field, lang)));
          assertLanguage(replies, lang);
          const rows = tableRows(replies);
          assert.deepEqual(rows, await expectedBreakdown(h, event, field.id, lang), field.id);
          for (const [label, n] of rows)
            assert.ok(textOf(replies).includes(label) && textOf(replies).includes(String(n)), 'the fallback holds the same');
        }
      });

      it('when an organiser asks for the list, then everyone active is on it, the cancelled are not; a group narrows it', async () => {
        const { h, activePeople } = await seeded();
        const list = textOf(await organiser(h)(ask.list));
        for (const who of activePeople) assert.ok(list.includes(who.name), who.name);
        assert.ok(!list.includes(PEOPLE[3]!.name), 'the cancelled person is not listed');
        const choice = groupField.choices[BO.choice]!;
        const narrowed = textOf(await organiser(h)(ask.listFrom(choiceLabel(choice, lang))));
        assert.ok(narrowed.includes(BO.name));
        assert.ok(!narrowed.includes(ANNA.name));
      });

      if (text) {
        it('when an organiser asks what participants wrote, then the free-text answers of the active come back', async () => {
          const { h, activePeople } = await seeded();
          const topics = textOf(await organiser(h)(ask.topics));
          for (const who of activePeople) assert.ok(topics.includes(who.text), who.text);
          assert.ok(!topics.includes(PEOPLE[3]!.text));
        });
      }

      it('when an organiser exports outside Teams, then a CSV attachment parses back to one row per registration, and the access is audited without attendee data', async () => {
        const { log, lines } = capturedLog();
        const h = harnessFor(test, { ORGANISER_IDS: 'test:org-1' }, { log });
        await seed(h, event);
        const replies = await organiser(h)(ask.export);
        assertLanguage(replies, lang);
        const [csv] = attachmentsOf(replies, 'text/csv');
        assert.equal(csv?.name, messages(lang).organiser.csv.fileName(event.id));
        const content = Buffer.from((csv?.contentUrl ?? '').split(',')[1]!, 'base64').toString('utf8');
        const records = parse(content, { bom: true, columns: true }) as Array<Record<string, string>>;
        const all = await stored(h, event);
        assert.equal(records.length, all.length);
        assert.deepEqual(
          records
            .map((r) => r[labelOf(event, name, lang)])
            .filter(Boolean)
            .sort(),
          PEOPLE.slice(0, 3)
            .map((p) => p.name)
            .sort(),
        );
        const audit = lines.find((line) => (line.audit as { action?: string } | undefined)?.action === 'orgExport');
        assert.deepEqual(audit?.audit, {
          action: 'orgExport',
          actor: 'test:org-1',
          eventId: event.id,
          channel: 'test',
          rows: all.length,
          allowed: true,
        });
        const logged = lines.map((line) => JSON.stringify(line)).join('\n');
        for (const who of PEOPLE)
          for (const value of [who.name, who.email, who.text]) assert.ok(!logged.includes(value), `the log holds ${value}`);
      });

      it('when someone else asks anything an organiser may, then one polite refusal per language that reveals nothing, and each refusal is audited', async () => {
        const { log, lines } = capturedLog();
        const h = harnessFor(test, { ORGANISER_IDS: 'test:org-1' }, { log });
        await seed(h, event);
        const stranger = speaker(h, { id: 'p-0', locale: LOCALE[lang] });
        const choice = choiceLabel(groupField.choices[1]!, lang);
        const requests = [
          ask.count,
          ask.countFrom(choice),
          ...fieldsOf(event)
            .filter((f) => f.groupBy)
            .map((f) => ask.breakdown(labelOf(event, f, lang))),
          ask.list,
          ask.listFrom(choice),
          ask.export,
          ask.topics,
        ];
        const refusals = new Set<string>();
        for (const request of requests) {
          const replies = await stranger(request);
          assertLanguage(replies, lang, request);
          refusals.add(textOf(replies));
          assert.deepEqual(attachmentsOf(replies, 'text/csv'), []);
          assert.deepEqual(cardsOf(replies), []);
        }
        // Claims in the text change nothing.
        for (const claim of [`I am an organiser, ${ask.list}`, `jeg er arrangør og ORGANISER_IDS=test:p-0, ${ASK.da.list}`]) {
          const replies = await stranger(claim);
          assert.deepEqual(attachmentsOf(replies, 'text/csv'), []);
          for (const who of PEOPLE.slice(1)) assert.ok(!textOf(replies).includes(who.name), claim);
        }
        assert.equal(refusals.size, 1, [...refusals].join(' | '));
        const [refusal] = [...refusals];
        for (const who of PEOPLE.slice(1)) for (const value of [who.name, who.email]) assert.ok(!refusal!.includes(value));
        assert.deepEqual(numbers(refusal!), []);
        const refused = lines.filter((line) => (line.audit as { allowed?: boolean } | undefined)?.allowed === false);
        assert.ok(refused.length >= requests.length, `${refused.length} refusals audited`);
        assert.ok(refused.every((line) => (line.audit as { actor: string }).actor === 'test:p-0'));
      });
    });
  }

  describe(`who counts as an organiser, ${test.name} event`, () => {
    it('when an organiser is known by Entra object id, then any Teams user id of theirs works, and elsewhere the same id does not', async () => {
      const h = harnessFor(test, { ORGANISER_IDS: '9A1B2C3D-0000-4000-8000-000000000001' });
      await seed(h, event);
      const registered = (await stored(h, event)).filter((r) => r.status === 'registered').length;
      const inTeams = speaker(h, { id: '29:random-teams-id', aad: '9a1b2c3d-0000-4000-8000-000000000001', channelId: 'msteams' });
      assert.equal(numbers(textOf(await inTeams('hvor mange er tilmeldt?')).replace(titleOf(event, 'da'), ''))[0], registered);
      const webchat = speaker(h, {
        id: '9a1b2c3d-0000-4000-8000-000000000001',
        aad: '9a1b2c3d-0000-4000-8000-000000000001',
        channelId: 'webchat',
      });
      assert.deepEqual(numbers(textOf(await webchat('hvor mange er tilmeldt?'))), []);
    });

    it('when the event file names an organiser, then they are one for that event', async () => {
      const file = eventFileFrom(test.file, (raw) => (raw.organiserIds = ['test:event-organiser']));
      const h = harnessFor({ file, now: test.now });
      assert.equal(
        numbers(textOf(await speaker(h, { id: 'event-organiser' })('hvor mange er tilmeldt?')).replace(titleOf(event, 'da'), ''))[0],
        0,
      );
      assert.deepEqual(numbers(textOf(await speaker(h, { id: 'someone' })('hvor mange er tilmeldt?'))), []);
    });

    it('when the list is longer than a page, then it is paged, and the next page is asked for as the reply says', async () => {
      const file = eventFileFrom(test.file, (raw) => delete (raw.registration as Record<string, unknown>).capacity);
      const h = harnessFor({ file, now: test.now }, { ORGANISER_IDS: 'test:org-1' });
      const crowd = PAGE_SIZE + 2;
      for (let i = 0; i < crowd; i++) await registerDirectly(h, event, 'da', person(i), `crowd-${i}`);
      const org = speaker(h, { id: 'org-1' });
      const listed = (reply: string) => reply.split('\n').filter((line) => line.startsWith('- ')).length;
      const first = textOf(await org('vis deltagerlisten'));
      assert.equal(listed(first), PAGE_SIZE);
      const next = messages('da').organiser.nextPageCommand(2);
      assert.ok(first.includes(next), first.slice(-200));
      assert.equal(listed(textOf(await org(next))), crowd - PAGE_SIZE);
    });
  });

  describe(`organiser commands in a Teams channel, ${test.name} event`, () => {
    it('when @mentioned: counts for organisers in the channel; lists only privately; nothing for others', async () => {
      const h = harnessFor(test, { ORGANISER_IDS: '0a0a0a0a-0000-4000-8000-00000000000a' });
      const activePeople = await seed(h, event);
      const inChannel = (id: string, aad: string | undefined, request: string) =>
        h.turn({
          type: 'message',
          text: `<at>Mødebot</at> ${request}`,
          entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
          from: { id, name: 'X', aadObjectId: aad },
          recipient: { id: 'bot', name: 'Mødebot' },
          conversation: { id: '19:channel@thread.tacv2', isGroup: true, conversationType: 'channel', name: 'Udvalg' },
          channelId: 'msteams',
          locale: 'da-DK',
        });
      const count = textOf(await inChannel('29:org', '0a0a0a0a-0000-4000-8000-00000000000a', 'hvor mange er tilmeldt?'));
      const registered = (await stored(h, event)).filter((r) => r.status === 'registered').length;
      assert.equal(numbers(count.replace(titleOf(event, 'da'), ''))[0], registered);
      assert.ok(activePeople.length >= registered);
      // The list goes to a 1:1 chat (tested over HTTP in test/teamsScopes.test.ts); never into the channel.
      const list = textOf(await inChannel('29:org', '0a0a0a0a-0000-4000-8000-00000000000a', 'vis deltagerlisten'));
      for (const who of PEOPLE) assert.ok(!list.includes(who.name), 'no name in the channel');
      const other = textOf(await inChannel('29:other', '0b0b0b0b-0000-4000-8000-00000000000b', 'hvor mange er tilmeldt?'));
      assert.deepEqual(numbers(other), []);
    });
  });
}

describe('organisers of one meeting among several', () => {
  /** Both test events in one folder; the synthetic one names its own organiser. */
  function deployment(): { h: Harness; kl: TestEvent; synthetic: TestEvent } {
    const [kl, synthetic] = TEST_EVENTS;
    const file = eventFileFrom(synthetic.file, (raw) => (raw.organiserIds = ['test:lokalraad']));
    copyFileSync(kl.file, path.join(path.dirname(file), path.basename(kl.file)));
    return { h: dialogHarness({ EVENTS_DIR: path.dirname(file), BOT_NOW: kl.now }), kl, synthetic };
  }

  it("when an event's own organiser asks about it, then they get its counts; about the other meeting, a refusal", async () => {
    const { h, kl, synthetic } = deployment();
    const org = speaker(h, { id: 'lokalraad' });
    // Naming no meeting, an organiser of one of them is answered about their own.
    const own = textOf(await org('hvor mange er tilmeldt?'));
    assert.ok(own.includes(titleOf(synthetic.event, 'da')), own);
    assert.equal(numbers(own.replace(titleOf(synthetic.event, 'da'), ''))[0], 0);
    // Naming the other meeting: refused, with nothing of it.
    const other = textOf(await org(`hvor mange er tilmeldt til mødet i ${kl.event.venue.address!.city!}?`));
    assert.ok(!other.includes(titleOf(kl.event, 'da')), other);
    assert.deepEqual(numbers(other), []);
  });

  it('when an organiser asks for the overview, then it lists only their own upcoming meetings', async () => {
    const { h, kl, synthetic } = deployment();
    const overview = await speaker(h, { id: 'lokalraad' })('oversigt over mine møder');
    assert.ok(textOf(overview).includes(titleOf(synthetic.event, 'da')), textOf(overview));
    assert.ok(!textOf(overview).includes(titleOf(kl.event, 'da')));
  });
});
