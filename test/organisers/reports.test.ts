import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient } from '@azure/cosmos';
import { parse } from 'csv-parse/sync';
import { type DateTime } from 'luxon';
import type { MeetingEvent, RegistrationField } from '../../src/event/model';
import { channelIdentity } from '../../src/identity';
import { messages, type Lang } from '../../src/i18n';
import { OrganiserReports } from '../../src/organisers/reports';
import { fieldLabel, otherChoiceOf } from '../../src/registrations/fields';
import type { Answers } from '../../src/registrations/model';
import { RegistrationService } from '../../src/registrations/service';
import { CosmosRegistrationStore } from '../../src/storage/cosmos/cosmosRegistrationStore';
import { LocalRegistrationStore } from '../../src/storage/local/localRegistrationStore';
import type { RegistrationStore } from '../../src/storage/port';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { TEST_EVENTS } from '../helpers/event';
import {
  answersFor,
  choiceAt,
  fieldOfKind,
  fieldsOf,
  fieldsOfKind,
  otherAnswer,
  testClock,
  withRegistration,
} from '../helpers/registrations';
import { tempDataDir } from '../helpers/testBot';

/**
 * Seven people sign up for a five-seat copy of each event, a minute apart; the second cancels, so the sixth moves
 * up and the seventh still waits. Every choice field gets the same pattern of answers (the fifth says "something
 * else"), every free-text field the same texts — formulas, control characters and æ/ø/å among them.
 */
const NAMES = ['Anna Jensen', 'Bo Hansen', 'Carl Ærø', 'Dina Østergård', 'Eva Ågesen', 'Finn Ladefoged', 'Gitte Ørum'];
const CHOICES: Array<number | 'other'> = [0, 0, 1, 2, 'other', 1, 2];
const OTHER_TEXT = 'Et andet sted';
const TEXTS = [
  'Inklusion i udskolingen',
  'inklusion  i UDSKOLINGEN',
  '=HYPERLINK("http://evil","klik")',
  '\u202Egnol\u200B',
  '+45 Specialområdet',
  '',
  'INKLUSION i udskolingen',
];
const CANCELLED = 1;
const SEATS = 5;

function seedAnswers(event: MeetingEvent, n: number): Answers {
  let answers: Answers = answersFor(event, n, { name: NAMES[n], text: TEXTS[n] });
  for (const field of fieldsOfKind(event, 'choice')) {
    const pick = CHOICES[n]!;
    answers = { ...answers, ...(pick === 'other' ? otherAnswer(field, OTHER_TEXT) : { [field.id]: choiceAt(field, pick).id }) };
  }
  return answers;
}

/** How an answer reads in a report, worked out from the seed rather than by the code under test. */
function shown(field: RegistrationField, answers: Answers, lang: Lang): string {
  const other = answers[`${field.id}Other`];
  if (other) return other;
  const choice = field.choices.find((c) => c.id === answers[field.id]);
  return choice ? (choice.label[lang] ?? Object.values(choice.label)[0]!) : (answers[field.id] ?? '');
}

interface Seeded {
  event: MeetingEvent;
  reports: OrganiserReports;
  answers: Answers[];
  /** Who is registered, who waits, after the cancellation. */
  registered: number[];
  waiting: number[];
  start: DateTime;
}

async function seed(store: RegistrationStore, base: MeetingEvent, now: string): Promise<Seeded> {
  const event = withRegistration(base, (registration) => (registration.capacity = SEATS));
  const { clock, read } = testClock(now);
  const start = clock.now;
  const service = new RegistrationService(store, read);
  const answers = NAMES.map((_, n) => seedAnswers(event, n));
  for (const [n, a] of answers.entries()) {
    clock.now = start.plus({ minutes: n });
    const outcome = await service.register(event, channelIdentity('test', `p${n}`), a);
    assert.equal(outcome.kind, n < SEATS ? 'registered' : 'waitlisted');
  }
  const cancelled = await service.cancel(event, channelIdentity('test', `p${CANCELLED}`));
  assert.equal(cancelled.kind === 'cancelled' && cancelled.promoted?.answers[fieldOfKind(event, 'name').id], NAMES[SEATS]);
  return { event, reports: new OrganiserReports(store), answers, registered: [0, 2, 3, 4, 5], waiting: [6], start };
}

function reportSuite(storeName: string, makeStore: (suite: string) => Promise<RegistrationStore>) {
  for (const { name, event: base, now } of TEST_EVENTS) {
    describe(`organiser reports on ${storeName} (${name} event)`, () => {
      let seeded: Seeded;
      before(async () => {
        seeded = await seed(await makeStore(`${name}`), base, now);
      });

      it('when counted, then registered, waiting and cancelled are exact and apart', async () => {
        assert.deepEqual(await seeded.reports.summary(seeded.event), { registered: 5, waitlisted: 1, cancelled: 1 });
      });

      it('when broken down by each field the event groups by, then the registered are counted per answer, "other" by its text, largest first', async () => {
        const { event, reports, answers, registered } = seeded;
        const groups = reports.groupFields(event);
        assert.deepEqual(
          groups.map((f) => f.id),
          fieldsOf(event)
            .filter((f) => f.groupBy)
            .map((f) => f.id),
        );
        assert.ok(groups.length > 0);
        for (const field of groups) {
          for (const lang of ['da', 'en'] as Lang[]) {
            const counts = new Map<string, number>();
            for (const n of registered) counts.set(shown(field, answers[n]!, lang), (counts.get(shown(field, answers[n]!, lang)) ?? 0) + 1);
            const rows = await reports.breakdown(event, field, lang);
            assert.deepEqual(new Map(rows.map((r) => [r.label, r.count])), counts, `${field.id} (${lang})`);
            assert.deepEqual(
              rows.map((r) => r.count),
              [...rows.map((r) => r.count)].sort((a, b) => b - a),
            );
            assert.equal(
              rows.reduce((sum, r) => sum + r.count, 0),
              registered.length,
            );
          }
        }
      });

      it('when counted for one answer, then its registered, waiting and cancelled are counted — cancellations by what they kept', async () => {
        const { event, reports } = seeded;
        for (const field of reports.groupFields(event).filter((f) => f.kind === 'choice')) {
          const keeps = field.keepAfterCancel && !field.personal ? 1 : 0;
          assert.deepEqual(
            await reports.countWhere(event, { fieldId: field.id, choiceId: choiceAt(field, 0).id }),
            { registered: 1, waitlisted: 0, cancelled: keeps },
            field.id,
          );
          assert.deepEqual(
            await reports.countWhere(event, { fieldId: field.id, choiceId: choiceAt(field, 2).id }),
            { registered: 1, waitlisted: 1, cancelled: 0 },
            field.id,
          );
          if (field.other)
            assert.deepEqual(
              await reports.countWhere(event, { fieldId: field.id, text: 'ANDET sted' }),
              { registered: 1, waitlisted: 0, cancelled: 0 },
              field.id,
            );
          else if (otherChoiceOf(field))
            assert.equal((await reports.countWhere(event, { fieldId: field.id, choiceId: otherChoiceOf(field)!.id })).registered, 1);
        }
      });

      it('when participants are listed, then the registered come first, the waiting after, the cancelled not at all', async () => {
        const { event, reports, registered, waiting } = seeded;
        const all = await reports.participants(event, 'da');
        assert.deepEqual(all.map((p) => p.name).sort(), [...registered, ...waiting].map((n) => NAMES[n]).sort());
        assert.deepEqual(
          all.map((p) => p.status),
          [...registered.map(() => 'registered'), ...waiting.map(() => 'waitlisted')],
        );
        assert.ok(!all.some((p) => p.name === NAMES[CANCELLED]));
        const groups = reports.groupFields(event);
        const anna = all.find((p) => p.name === NAMES[0])!;
        assert.deepEqual(anna.details, groups.map((f) => shown(f, seeded.answers[0]!, 'da')).filter(Boolean));
      });

      it('when participants are listed for one answer, then only those who gave it, in order', async () => {
        const { event, reports } = seeded;
        for (const field of reports.groupFields(event).filter((f) => f.kind === 'choice')) {
          const chosen = await reports.participants(event, 'da', { fieldId: field.id, choiceId: choiceAt(field, 1).id });
          assert.deepEqual(
            chosen.map((p) => p.name),
            [NAMES[2], NAMES[5]],
            field.id,
          );
          const waiting = await reports.participants(event, 'en', { fieldId: field.id, choiceId: choiceAt(field, 2).id });
          assert.deepEqual(
            waiting.map((p) => [p.name, p.status]),
            [
              [NAMES[3], 'registered'],
              [NAMES[6], 'waitlisted'],
            ],
          );
        }
      });

      it('when the free-text answers are grouped, then the same wording counts once per person, the cancelled not at all', async () => {
        const { event, reports } = seeded;
        const topics = await reports.topics(event);
        const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
        assert.equal(fold(topics[0]!.topic), 'inklusion i udskolingen');
        assert.equal(topics[0]!.count, 2 * fieldsOfKind(event, 'text').length);
        assert.deepEqual(
          topics
            .slice(1)
            .map((t) => t.topic)
            .sort(),
          [TEXTS[2], TEXTS[3], TEXTS[4]].sort(),
        );
      });

      it('when exported, then every registration is a CSV row with BOM, columns from the field labels, æøå intact and formulas neutralised', async () => {
        const { event, reports, answers, start } = seeded;
        const c = messages('da').organiser.csv;
        const { content, rows } = await reports.csv(event, 'da');
        assert.equal(rows, 7);
        assert.ok(content.startsWith('\uFEFF'), 'BOM');
        assert.ok(content.includes('\r\n'), 'Windows line ends');
        const records = parse(content, { bom: true, columns: true }) as Array<Record<string, string>>;
        assert.equal(records.length, 7);
        const label = (field: RegistrationField) => fieldLabel(field, 'da', event);
        assert.deepEqual(Object.keys(records[0]!), [...fieldsOf(event).map(label), c.status, c.registeredAt, c.waitlistNumber]);

        const nameColumn = label(fieldOfKind(event, 'name'));
        const emailColumn = label(fieldOfKind(event, 'email'));
        const row = (n: number) => records.find((r) => r[nameColumn] === NAMES[n])!;
        // Sign-up order, then the cancellation.
        assert.deepEqual(
          records.map((r) => r[nameColumn]),
          [NAMES[0], NAMES[2], NAMES[3], NAMES[4], NAMES[5], NAMES[6], ''],
        );
        assert.equal(row(0)[emailColumn], answers[0]![fieldOfKind(event, 'email').id]);
        for (const text of fieldsOfKind(event, 'text').map(label)) {
          assert.equal(row(2)[text], `'${TEXTS[2]}`);
          assert.equal(row(4)[text], `'${TEXTS[4]}`);
          assert.equal(row(3)[text], 'gnol', 'control and format characters are gone');
        }
        for (const field of fieldsOfKind(event, 'choice')) {
          assert.equal(row(4)[label(field)], shown(field, answers[4]!, 'da'));
          assert.equal(row(0)[label(field)], shown(field, answers[0]!, 'da'));
        }
        assert.equal(row(0)[c.status], c.statuses.registered);
        assert.equal(row(6)[c.status], c.statuses.waitlisted);
        // The registration time in the meeting's own zone, not UTC.
        assert.equal(row(0)[c.registeredAt], start.setZone(event.timeZone).toFormat('yyyy-MM-dd HH:mm'));
        assert.equal(row(6)[c.registeredAt], start.plus({ minutes: 6 }).setZone(event.timeZone).toFormat('yyyy-MM-dd HH:mm'));
      });

      it('when exported, then the waiting list number is the place in the queue the person was told, and only for those waiting', async () => {
        const { event, reports } = seeded;
        const c = messages('da').organiser.csv;
        const records = parse((await reports.csv(event, 'da')).content, { bom: true, columns: true }) as Array<Record<string, string>>;
        const nameColumn = fieldLabel(fieldOfKind(event, 'name'), 'da', event);
        assert.deepEqual(
          records.map((r) => [r[nameColumn], r[c.waitlistNumber]]),
          [NAMES[0], NAMES[2], NAMES[3], NAMES[4], NAMES[5], NAMES[6], ''].map((n) => [n, n === NAMES[6] ? '1' : '']),
        );
      });

      it('when exported, then a cancellation keeps only its non-personal answers: no name, no e-mail, no time', async () => {
        const { event, reports, answers } = seeded;
        const c = messages('da').organiser.csv;
        const records = parse((await reports.csv(event, 'da')).content, { bom: true, columns: true }) as Array<Record<string, string>>;
        const cancelled = records.filter((r) => r[c.status] === c.statuses.cancelled);
        assert.equal(cancelled.length, 1);
        for (const field of fieldsOf(event)) {
          const expected = field.keepAfterCancel && !field.personal ? shown(field, answers[CANCELLED]!, 'da') : '';
          assert.equal(cancelled[0]![fieldLabel(field, 'da', event)], expected, field.id);
        }
        assert.equal(cancelled[0]![c.registeredAt], '');
      });

      it('when exported in English, then the columns and statuses are English', async () => {
        const { event, reports } = seeded;
        const c = messages('en').organiser.csv;
        const records = parse((await reports.csv(event, 'en')).content, { bom: true, columns: true }) as Array<Record<string, string>>;
        assert.deepEqual(Object.keys(records[0]!), [
          ...fieldsOf(event).map((f) => fieldLabel(f, 'en', event)),
          c.status,
          c.registeredAt,
          c.waitlistNumber,
        ]);
        assert.deepEqual(new Set(records.map((r) => r[c.status])), new Set(Object.values(c.statuses)));
      });

      it('when the event groups by other fields, then the reports follow the roles, not the field ids', async () => {
        const { event, reports, answers, registered, waiting } = seeded;
        const text = fieldOfKind(event, 'text');
        const regrouped = withRegistration(event, (registration) => {
          for (const field of registration.fields) field.groupBy = field.id === text.id;
        });
        assert.deepEqual(
          reports.groupFields(regrouped).map((f) => f.id),
          [text.id],
        );
        const rows = await reports.breakdown(regrouped, reports.groupFields(regrouped)[0]!, 'da');
        const noAnswer = messages('da').registration.noAnswer;
        assert.equal(rows.find((r) => r.label === noAnswer)?.count, registered.filter((n) => !answers[n]![text.id]).length);
        const people = await reports.participants(regrouped, 'da');
        assert.equal(people.length, registered.length + waiting.length);
        assert.deepEqual(people.find((p) => p.name === NAMES[0])!.details, [TEXTS[0]]);
      });
    });
  }
}

reportSuite('the embedded store', async () => new LocalRegistrationStore(tempDataDir()));

let cosmos: CosmosServer;
const clients: CosmosClient[] = [];
before(async () => {
  cosmos = await startCosmosServer();
});
after(async () => {
  for (const client of clients) client.dispose();
  await cosmos.close();
});
reportSuite('Cosmos DB (protocol server)', async (suite) => {
  const prepared = await cosmosDatabase(cosmos.endpoint, cosmos.key, `reports-${suite}`);
  clients.push(prepared.client);
  return new CosmosRegistrationStore(prepared.database);
});
