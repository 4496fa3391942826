import assert from 'node:assert/strict';
import { channelIdentity } from '../../src/identity';
import { after, before, describe, it } from 'node:test';
import type { CosmosClient } from '@azure/cosmos';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { OrganiserReports } from '../../src/organisers/reports';
import { RegistrationService } from '../../src/registrations/service';
import { CosmosRegistrationStore } from '../../src/storage/cosmos/cosmosRegistrationStore';
import { LocalRegistrationStore } from '../../src/storage/local/localRegistrationStore';
import type { RegistrationStore } from '../../src/storage/port';
import { cosmosDatabase, startCosmosServer, type CosmosServer } from '../helpers/cosmos';
import { eventCopy } from '../helpers/event';
import { tempDataDir } from '../helpers/testBot';

const SEED = [
  { name: 'Anna Jensen', municipality: 'herning', role: 'udvalgsformand', topic: 'Inklusion i udskolingen' },
  { name: 'Bo Hansen', municipality: 'herning', role: 'udvalgsmedlem', topic: 'inklusion  i UDSKOLINGEN' },
  { name: 'Carl Ærø', municipality: 'aarhus', role: 'direktoer', topic: '=HYPERLINK("http://evil","klik")' },
  { name: 'Dina Østergård', municipality: 'ringkoebing-skjern', role: 'direktoer', topic: '' },
  { name: 'Eva Ågesen', municipality: 'other', other: 'KL', role: 'andet', topic: '+45 Specialområdet' },
  { name: 'Finn Ladefoged', municipality: 'aarhus', role: 'udvalgsmedlem', topic: '' },
];

/** Seeds 6 sign-ups on a 5-seat meeting (so one waits) and cancels one: the same data on every adapter. */
async function seeded(store: RegistrationStore, eventId: string) {
  const event = eventCopy();
  event.id = eventId;
  event.registration.capacity = 5;
  const now = DateTime.fromISO('2024-10-27T12:00:00+01:00', { setZone: true });
  let minute = 0;
  const service = new RegistrationService(store, event, () => now.plus({ minutes: minute++ }), 30);
  for (const [i, p] of SEED.entries()) {
    const answers: Record<string, string> = { fullName: p.name, email: `p${i}@example.dk`, municipality: p.municipality, role: p.role, topic: p.topic };
    if (p.other) answers.municipalityOther = p.other;
    await service.register(channelIdentity('test', `p${i}`), answers);
  }
  // Bo cancels; the first waiting (Finn) moves up.
  await service.cancel(channelIdentity('test', 'p1'));
  return new OrganiserReports(store, event);
}

function reportSuite(name: string, makeStore: () => Promise<RegistrationStore>) {
  describe(`organiser reports on ${name}`, () => {
    let reports: OrganiserReports;
    let counter = 0;
    before(async () => {
      reports = await seeded(await makeStore(), `report-event-${name.length}-${++counter}`);
    });

    it('counts exactly: registered, waiting and cancelled apart', async () => {
      assert.deepEqual(await reports.summary(), { registered: 5, waitlisted: 0, cancelled: 1 });
    });

    it('breaks down by municipality and by role, matching the store', async () => {
      assert.deepEqual(await reports.breakdown('municipality', 'da'), [
        { label: 'Aarhus', count: 2 },
        { label: 'Herning', count: 1 },
        { label: 'KL', count: 1 },
        { label: 'Ringkøbing-Skjern', count: 1 },
      ]);
      assert.deepEqual(await reports.breakdown('role', 'en'), [
        { label: 'Director', count: 2 },
        { label: 'Committee chair', count: 1 },
        { label: 'Committee member', count: 1 },
        { label: 'Other', count: 1 },
      ]);
    });

    it('lists participants, filtered by municipality', async () => {
      const aarhus = await reports.participants('da', { fieldId: 'municipality', choiceId: 'aarhus' });
      assert.deepEqual(aarhus.map((p) => p.name), ['Carl Ærø', 'Finn Ladefoged']);
      assert.deepEqual((await reports.participants('da')).map((p) => p.name).includes('Bo Hansen'), false);
    });

    it('groups the topics participants gave', async () => {
      assert.deepEqual(await reports.topics(), [
        { topic: '+45 Specialområdet', count: 1 },
        { topic: '=HYPERLINK("http://evil","klik")', count: 1 },
        { topic: 'Inklusion i udskolingen', count: 1 },
      ]);
    });

    it('exports every registration as CSV with BOM, æøå intact and formulas neutralised', async () => {
      const { content, rows } = await reports.csv('da');
      assert.equal(rows, 6);
      assert.ok(content.startsWith('\uFEFF'), 'BOM');
      const records = parse(content, { bom: true, columns: true }) as Array<Record<string, string>>;
      assert.equal(records.length, 6);
      assert.deepEqual(Object.keys(records[0]!), ['Navn', 'E-mail', 'Kommune/organisation', 'Rolle', 'Emne du vil tage op', 'Status', 'Tilmeldt', 'Venteliste nr.']);
      const carl = records.find((r) => r.Navn === 'Carl Ærø')!;
      assert.equal(carl['Emne du vil tage op'], `'=HYPERLINK("http://evil","klik")`);
      assert.equal(records.find((r) => r.Navn === 'Eva Ågesen')!['Emne du vil tage op'], "'+45 Specialområdet");
      assert.equal(records.find((r) => r.Navn === 'Eva Ågesen')!['Kommune/organisation'], 'KL');
      const cancelled = records.find((r) => r.Status === 'Afmeldt')!;
      assert.equal(cancelled.Navn, '', 'a cancelled registration keeps no name');
      // Copenhagen time (the clock said 12:00+01:00), not UTC.
      assert.match(records.find((r) => r.Navn === 'Anna Jensen')!.Tilmeldt!, /^2024-10-27 12:0\d$/);
    });
  });
}

reportSuite('the embedded store', async () => new LocalRegistrationStore(tempDataDir()));

let cosmos: CosmosServer;
let client: CosmosClient;
before(async () => {
  cosmos = await startCosmosServer();
});
after(async () => {
  client?.dispose();
  await cosmos.close();
});
reportSuite('Cosmos DB', async () => {
  const prepared = await cosmosDatabase(cosmos.endpoint, cosmos.key, 'reports');
  client = prepared.client;
  return new CosmosRegistrationStore(prepared.database);
});
