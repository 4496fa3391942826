import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractLetterText, importLetter, renderDraft, type ImportResult } from '../../src/event/import';
import { loadEventFile, parseEventText } from '../../src/event/load';
import type { MeetingEvent, PracticalFact } from '../../src/event/model';

const LETTERS = path.join(__dirname, '..', '..', 'events', 'letters');
/** The importer's "today" in these tests: the letters' meetings lie after it, as when they were sent. */
const TODAY = '2026-11-30';

/** Imports a letter as the CLI does, and reads the draft back as the bot would. */
async function imported(file: string): Promise<{ result: ImportResult; yaml: string; event: MeetingEvent }> {
  const text = await extractLetterText(path.join(LETTERS, file));
  const result = importLetter(text, { today: TODAY });
  const yaml = renderDraft(result.event, result.checks, { letter: file, file: `events/${result.event.id}.yaml`, generatedOn: TODAY });
  return { result, yaml, event: parseEventText(yaml, file) };
}

const da = (value: { da?: string } | undefined): string | undefined => value?.da;
const en = (value: { en?: string } | undefined): string | undefined => value?.en;
const person = (event: MeetingEvent, name: string) => event.people.find((p) => p.name === name);
const details = (fact: PracticalFact | undefined): Omit<PracticalFact, 'text'> | undefined => {
  if (!fact) return undefined;
  const { text: _text, ...rest } = fact;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
};

describe('importing the example letters', () => {
  it('the KL letter for Region Midtjylland (PDF converted to text)', async () => {
    const { event, result } = await imported('kl-region-midtjylland-2024.txt');
    assert.equal(event.language, 'da');
    assert.equal(event.id, 'regionalt-politisk-moede-i-region-midtjylland-2024');
    assert.equal(da(event.title), 'Regionalt politisk møde i Region Midtjylland');
    assert.equal(event.start, '2024-10-30T17:00');
    assert.equal(event.end, '2024-10-30T18:45');
    assert.equal(event.endIsEstimate, false);
    assert.equal(event.letterDate, '2024-07-01');
    assert.equal(da(event.venue.name), 'Rådhuset i Herning');
    assert.deepEqual(event.venue.address, { line: 'Torvet 5, 7400 Herning', street: 'Torvet 5', postalCode: '7400', city: 'Herning' });
    // The letterhead is the sender's, not the venue.
    assert.equal(event.sender?.address?.line, 'Weidekampsgade 10, Postboks 3370, 2300 København S');
    assert.equal(da(event.sender?.name), 'KL');
    assert.equal(event.sender?.website, 'www.kl.dk');
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['KL', 'Herning Kommune'],
    );
    assert.match(da(event.audience) ?? '', /^Til: Udvalg med ansvar for børne- og ungeområdet i Region Midtjylland; Direktører/);
    assert.match(da(event.purpose) ?? '', /^Formålet med besøgene og møderne/);
    assert.match(da(event.focus) ?? '', /særligt fokus på, hvordan vi kan fortsætte/);
    assert.equal(event.ownTopics?.item, 5);
    assert.match(da(event.ownTopics?.text) ?? '', /andre emner, I som deltagere selv bringer på banen/);
    assert.equal(event.programme.length, 6);
    assert.deepEqual(
      event.programme.map((item) => item.number),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(da(event.programme[2]!.title), 'Drøftelser ved bordene');
    assert.equal(da(event.programme[2]!.by), "KL's Børne- og Undervisningsudvalg");
    assert.deepEqual(event.programme[2]!.people, []);
    assert.deepEqual(
      event.programme[4]!.items.map((sub) => da(sub.title)),
      ['Aktuelle politiske dagsordener', 'Drøftelse af temaer, som deltagerne bringer på banen'],
    );
    assert.deepEqual(person(event, 'Thomas Gyldal Petersen')?.roles, ['speaker', 'signatory']);
    assert.equal(da(person(event, 'Thomas Gyldal Petersen')?.title), "formand for KL's Børne- og Undervisningsudvalg");
    assert.equal(event.registration?.url, 'https://tilmeld.kl.dk/politiskmoede-regionmidtjylland2024');
    assert.equal(event.registration?.deadline, undefined);
    assert.deepEqual(event.practical, {});
    assert.deepEqual(result.checks, []);
    assert.ok(result.missing.includes('sign-up deadline'));
    assert.ok(result.missing.includes('contact person'));
  });

  it('imported afresh, the KL letter gives what the hand-written event file says', async () => {
    const { event } = await imported('kl-region-midtjylland-2024.txt');
    const written = loadEventFile(path.join(__dirname, '..', '..', 'events', 'kl-region-midtjylland-2024.yaml'));
    assert.equal(event.start, written.start);
    assert.equal(event.end, written.end);
    assert.equal(da(event.venue.name), da(written.venue.name));
    assert.deepEqual(event.venue.address, written.venue.address);
    assert.equal(event.programme.length, written.programme.length);
    assert.deepEqual(
      event.programme.map((item) => [item.number, da(item.title), da(item.by)]),
      written.programme.map((item) => [item.number, da(item.title), da(item.by)]),
    );
    assert.equal(event.registration?.url, written.registration?.url);
    assert.equal(event.letterDate, written.letterDate);
    assert.equal(event.ownTopics?.item, written.ownTopics?.item);
  });

  it('the KL letter for Region Nordjylland: a room in the venue, a deadline, sub-items under two items', async () => {
    const { event } = await imported('kl-region-nordjylland-2027.txt');
    assert.equal(da(event.title), 'Regionalt politisk møde i Region Nordjylland');
    assert.equal(event.start, '2027-11-03T16:30');
    assert.equal(event.end, '2027-11-03T18:30');
    assert.equal(event.letterDate, '2027-06-15');
    assert.equal(da(event.venue.name), 'Hjørring Rådhus');
    assert.equal(da(event.venue.room), 'Byrådssalen');
    assert.equal(event.venue.address?.line, 'Springvandspladsen 5, 9800 Hjørring');
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['KL', 'Hjørring Kommune'],
    );
    assert.equal(event.programme.length, 7);
    assert.equal(da(event.programme[5]!.title), 'Hvad skal KL tage med videre?');
    assert.equal(da(event.programme[5]!.by), "Jens Peter Kragh, næstformand for KL's Børne- og Undervisningsudvalg");
    assert.deepEqual(event.programme[5]!.people, ['Jens Peter Kragh']);
    assert.equal(event.programme[3]!.items.length, 2);
    assert.equal(event.ownTopics?.item, 6);
    assert.equal(event.registration?.url, 'https://tilmeld.kl.dk/politiskmoede-regionnordjylland2027');
    assert.equal(event.registration?.deadline, '2027-10-20T23:59');
    assert.deepEqual(person(event, 'Birgitte Munk Lauridsen')?.roles, ['speaker', 'signatory']);
    assert.match(da(event.focus) ?? '', /^Denne gang sætter vi særligt fokus på børn og unges trivsel/);
  });

  it('the Brønderslev web page: timed programme, practical facts, sign-up by link or phone with seats and deadline', async () => {
    const { event, result } = await imported('borgermoede-broenderslev-2027.md');
    assert.equal(event.language, 'da');
    assert.equal(da(event.title), 'Borgermøde: Hvad skal vores bymidte kunne i 2040?');
    assert.equal(event.start, '2027-04-14T19:00');
    assert.equal(event.end, '2027-04-14T21:00');
    assert.equal(da(event.venue.name), 'Kulturhuset Lindegården');
    assert.deepEqual(event.venue.address, {
      line: 'Nørregade 25, 9700 Brønderslev',
      street: 'Nørregade 25',
      postalCode: '9700',
      city: 'Brønderslev',
    });
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Brønderslev Kommune'],
    );
    assert.equal(event.programme.length, 8);
    assert.deepEqual(
      event.programme.map((item) => item.start),
      ['18:30', '19:00', '19:15', '19:45', '20:15', '20:25', '20:50', '21:00'],
    );
    assert.equal(event.programme[5]!.end, '20:50');
    assert.equal(event.programme[7]!.end, undefined);
    assert.equal(da(event.programme[1]!.by), 'borgmester Hanne Bech Thorsen');
    assert.deepEqual(event.programme[1]!.people, ['Hanne Bech Thorsen']);
    assert.equal(da(event.programme[2]!.by), 'byplanlægger Søren Krogh, Teknik og Miljø');
    assert.equal(da(person(event, 'Søren Krogh')?.title), 'byplanlægger');
    assert.deepEqual(person(event, 'Lene Frost')?.roles, ['moderator']);
    const contact = person(event, 'Mette Thygesen');
    assert.deepEqual(contact?.roles, ['contact']);
    assert.equal(contact?.email, 'mette.thygesen@bronderslev.dk');
    // When to call is kept with the number, as the letter writes it.
    assert.equal(contact?.phone, '99 45 46 82 (hverdage kl. 9-15)');
    assert.equal(da(contact?.title), 'projektleder');
    assert.equal(event.registration?.url, 'bronderslev.dk/tilmeld-borgermoede');
    assert.equal(event.registration?.phone, '99 45 46 82');
    assert.equal(event.registration?.deadline, '2027-04-07T23:59');
    assert.equal(event.registration?.capacity, 150);
    assert.equal(event.registration?.required, true);
    assert.deepEqual(
      event.registration?.fields.map((f) => f.kind),
      ['name', 'email'],
    );
    assert.deepEqual(details(event.practical.arrival), { time: '18:30' });
    assert.match(da(event.practical.food?.text) ?? '', /kaffe og kage/);
    assert.deepEqual(details(event.practical.parking), { free: true });
    assert.deepEqual(details(event.practical.accessibility), { wheelchair: true, hearingLoop: true });
    assert.deepEqual(details(event.practical.online), { url: 'bronderslev.dk/live', stream: true, recording: true });
    assert.deepEqual(details(event.practical.price), { free: true });
    assert.equal(da(event.practical.price?.text), 'Det er gratis at deltage.');
    assert.deepEqual(Object.keys(event.practical).sort(), ['accessibility', 'arrival', 'food', 'online', 'parking', 'price']);
    assert.deepEqual(result.checks, []);
  });

  it('the Nordic Education Forum (English): continuation lines, a panel with a moderator, fee, hotel, and a workshop choice', async () => {
    const { event, result, yaml } = await imported('nordic-education-forum-aarhus-2027.txt');
    assert.equal(event.language, 'en');
    assert.equal(en(event.title), 'Nordic Education Forum 2027');
    assert.equal(event.id, 'nordic-education-forum-2027');
    assert.equal(event.start, '2027-04-22T09:30');
    assert.equal(event.end, '2027-04-22T15:30');
    assert.equal(en(event.venue.name), 'Harbourside Conference Centre');
    assert.deepEqual(event.venue.address, {
      line: 'Bernhardt Jensens Boulevard 7, 8000 Aarhus C, Denmark',
      street: 'Bernhardt Jensens Boulevard 7',
      postalCode: '8000',
      city: 'Aarhus C',
      country: 'Denmark',
    });
    assert.deepEqual(
      event.organisers.map((o) => en(o.name)),
      ['Nordic Network for School Development', 'Aarhus Municipality'],
    );
    assert.equal(event.sender?.website, 'nef2027.dk');
    assert.match(en(event.audience) ?? '', /for school leaders, teachers, municipal education officers and researchers/);
    assert.match(en(event.focus) ?? '', /^This year's forum asks how schools can use data/);
    assert.equal(event.programme.length, 10);
    const welcome = event.programme[1]!;
    assert.deepEqual([welcome.start, welcome.end, en(welcome.title)], ['10:00', '10:15', 'Welcome']);
    assert.equal(en(welcome.by), 'Jonas Birk Mikkelsen, chair of the Nordic Network for School Development');
    const keynote = event.programme[2]!;
    assert.equal(en(keynote.title), 'Keynote: "The human teacher in a data-rich classroom"');
    assert.equal(en(keynote.by), 'Dr. Ingrid Solheim, University of Bergen');
    assert.deepEqual(keynote.people, ['Ingrid Solheim']);
    const panel = event.programme[3]!;
    assert.equal(en(panel.title), 'Panel debate: What should schools measure – and what not?');
    assert.deepEqual(panel.people, ['Karin Lindqvist', 'Pekka Rantanen', 'Sigrid Dahl Olesen', 'Mads Kjeldsen']);
    assert.deepEqual(person(event, 'Mads Kjeldsen')?.roles, ['moderator']);
    assert.deepEqual(
      event.programme[5]!.items.map((sub) => en(sub.title)),
      [
        'A: Reading and writing with AI tools',
        'B: Pupil well-being data – from survey to action',
        'C: Inclusion in practice (in Danish/Norwegian/Swedish)',
      ],
    );
    const contact = person(event, 'Anne-Sofie Lund');
    assert.deepEqual([contact?.email, contact?.phone, contact?.roles], ['info@nef2027.dk', '+45 87 32 10 40 (weekdays 9–14)', ['contact']]);
    assert.deepEqual(person(event, 'Jonas Birk Mikkelsen')?.roles, ['speaker', 'signatory']);
    assert.equal(event.registration?.url, 'www.nef2027.dk/register');
    assert.equal(event.registration?.deadline, '2027-04-01T23:59');
    assert.equal(event.registration?.capacity, 300);
    // The letter asks people to choose a workshop when they register: a question beside name and e-mail, to check.
    assert.deepEqual(
      event.registration?.fields.map((f) => [f.id, f.kind]),
      [
        ['name', 'name'],
        ['email', 'email'],
        ['parallelWorkshops', 'text'],
      ],
    );
    assert.match(yaml, /# CHECK: the letter asks for this when signing up[^\n]*\n\s+- id: parallelWorkshops/);
    assert.deepEqual(details(event.practical.arrival), { time: '09:30' });
    assert.deepEqual(details(event.practical.price), { amount: 1200, currency: 'DKK' });
    assert.deepEqual(details(event.practical.parking), { free: false });
    assert.deepEqual(details(event.practical.accommodation), { hotel: 'Hotel Åkanten', bookingCode: 'NEF27' });
    assert.deepEqual(details(event.practical.language)?.languages?.slice(0, 1), ['English']);
    assert.equal(en(event.practical.dressCode?.text), 'Smart casual.');
    assert.match(en(event.practical.transport?.text) ?? '', /15-minute walk from Aarhus Central Station/);
    assert.match(en(event.practical.cancellation?.text) ?? '', /^Free cancellation until 1 April 2027/);
    assert.equal(event.practical.online, undefined);
    assert.ok(result.missing.includes('letter date'));
  });

  it('the Klimanetværk e-mail: an online-only meeting on Teams with a breakout-room choice', async () => {
    const { event } = await imported('temadag-klima-2027.md');
    assert.equal(da(event.title), 'Online temadag: Skybrud, stormflod og tørke – klimatilpasning i praksis');
    assert.equal(event.start, '2027-09-10T09:00');
    assert.equal(event.end, '2027-09-10T12:30');
    assert.equal(event.letterDate, '2027-06-10');
    assert.deepEqual([event.venue.online, da(event.venue.name), event.venue.address], [true, 'Microsoft Teams', undefined]);
    assert.equal(da(event.sender?.name), 'Klimanetværk Syd');
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Klimanetværk Syd'],
    );
    assert.equal(event.programme.length, 8);
    assert.equal(da(event.programme[2]!.by), 'projektleder Louise Brandt, Vejle Kommune');
    assert.deepEqual(
      event.programme[4]!.items.map((sub) => da(sub.title)),
      ['Rum 1: Skybrud og regnvand', 'Rum 2: Stormflod og kystsikring', 'Rum 3: Tørke og grundvand'],
    );
    assert.deepEqual([event.programme[4]!.start, event.programme[4]!.end], ['10:45', '11:40']);
    const camilla = person(event, 'Camilla Winther');
    assert.deepEqual(camilla?.roles, ['speaker', 'contact', 'signatory']);
    assert.deepEqual([camilla?.email, camilla?.phone], ['cawi@klimanetvaerksyd.dk', '72 15 80 44']);
    assert.equal(da(person(event, 'Rasmus Holt Nielsen')?.organisation), 'Syddansk Klimacenter');
    assert.equal(event.registration?.url, 'klimanetvaerksyd.dk/temadag');
    assert.equal(event.registration?.deadline, '2027-09-02T23:59');
    assert.deepEqual(
      event.registration?.fields.map((f) => f.id),
      ['name', 'email', 'breakoutRum'],
    );
    assert.match(da(event.registration?.fields[2]!.prompt) ?? '', /Rum 1: Skybrud og regnvand/);
    assert.deepEqual(details(event.practical.online), {
      url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_KlimaSyd2027temadag%40thread.v2/0',
      recording: true,
    });
    assert.deepEqual(details(event.practical.arrival), { time: '08:45' });
    assert.deepEqual(details(event.practical.price), { free: true });
    assert.deepEqual(details(event.practical.language), { languages: ['dansk'] });
    assert.match(da(event.practical.accessibility?.text) ?? '', /livetekster/);
    assert.deepEqual(Object.keys(event.practical).sort(), ['accessibility', 'arrival', 'language', 'online', 'price']);
  });

  it('the Seniorråd one-paragraph letter: no title line, no year, no sign-up', async () => {
    const { event, result, yaml } = await imported('kaffemoede-seniorraad-2027.txt');
    assert.equal(da(event.title), 'Kaffemøde');
    assert.equal(event.id, 'kaffemoede-2027');
    // No year in the letter: the next 13 April after "today" that is a Tuesday, as the letter says.
    assert.equal(event.start, '2027-04-13T14:00');
    assert.equal(event.end, '2027-04-13T16:00');
    assert.equal(da(event.venue.name), 'Aktivitetscentret Fjordblink');
    assert.equal(event.venue.address?.line, 'Østergade 12, 9440 Aabybro');
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Seniorrådet i Jammerbugt Kommune'],
    );
    const contact = person(event, 'Inger Marie Kold');
    assert.deepEqual([da(contact?.title), contact?.phone, contact?.roles], ['formand', '21 43 65 87', ['contact']]);
    assert.equal(event.programme.length, 0);
    assert.equal(event.registration, undefined);
    assert.match(yaml, /# CHECK: the letter gives no year[^\n]*\nstart:/);
    assert.match(yaml, /# CHECK: the letter has no title line[^\n]*\ntitle:/);
    assert.ok(result.missing.includes('programme'));
    assert.ok(result.missing.includes('how to sign up (link, e-mail or phone)'));
  });

  it('every draft keeps the whole letter as its text, and starts with a header that says how to check it', async () => {
    for (const file of ['kl-region-midtjylland-2024.txt', 'borgermoede-broenderslev-2027.md', 'nordic-education-forum-aarhus-2027.txt']) {
      const { event, yaml } = await imported(file);
      const original = (await extractLetterText(path.join(LETTERS, file))).replace(/\r\n/g, '\n').trim();
      assert.equal(event.text, original, file);
      assert.match(yaml, new RegExp(`^# Draft made by \`npm run event:import\` from ${file.replace(/\./g, '\\.')} on ${TODAY}\\.`));
      assert.match(yaml, /npm run event:check -- events\//);
      assert.match(yaml, /README\.md, "The event file"/);
    }
  });
});
