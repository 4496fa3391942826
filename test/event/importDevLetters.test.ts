import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractLetterText, importLetter, renderDraft, type ImportResult } from '../../src/event/import';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent, PracticalFact } from '../../src/event/model';

/**
 * The second batch of letters (events/letters/dev/): shapes the first batch lacks. Each is imported on the day its
 * question set asks (events/questions/dev/<id>.yaml), as the bot would get it, and read back as the bot reads it;
 * the facts asserted are the ones invitees ask about, copied from the letter.
 */
const LETTERS = path.join(__dirname, '..', '..', 'events', 'letters', 'dev');

async function imported(file: string, today: string): Promise<{ result: ImportResult; yaml: string; event: MeetingEvent }> {
  const text = await extractLetterText(path.join(LETTERS, file));
  const result = importLetter(text, { today });
  const yaml = renderDraft(result.event, result.checks, { letter: file, file: `events/${result.event.id}.yaml`, generatedOn: today });
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
const item = (event: MeetingEvent, start: string) => event.programme.find((entry) => entry.start === start);

describe('importing the second batch of letters', () => {
  it('when an Outlook e-mail gives the meeting in prose, then the date, time and venue come from the sentence, not from "Sendt:"', async () => {
    const { event, yaml } = await imported('faellesmoede-boern-og-familie-2027.txt', '2027-02-15');
    assert.equal(da(event.title), 'Fællesmøde i Børn og Familie');
    // "Sendt: 1. februar 2027 08:47" dates the e-mail; "tirsdag d. 9/3 fra 13-16" is the meeting.
    assert.equal(event.letterDate, '2027-02-01');
    assert.equal(event.start, '2027-03-09T13:00');
    assert.equal(event.end, '2027-03-09T16:00');
    assert.equal(event.endIsEstimate, false);
    // "i kantinen på Rådhuset i Ringkøbing": a room and a building, no street address (so the draft says so).
    assert.deepEqual([da(event.venue.name), da(event.venue.room), event.venue.address], ['Rådhuset i Ringkøbing', 'kantinen', undefined]);
    assert.match(yaml, /# CHECK: the letter names the venue without an address\nvenue:/);
    // The e-mail is from a person: the sender is the organisation she signs for, and she is the one to ask.
    assert.equal(da(event.sender?.name), 'Ringkøbing-Skjern Kommune');
    const pernille = person(event, 'Pernille Dalgaard Skov');
    assert.equal(pernille?.email, 'pds@rksk.dk');
    assert.match(pernille?.phone ?? '', /99 74 15 62/);
    assert.match(pernille?.phone ?? '', /21 63 08 47 \(mobil\)/);
    assert.equal(da(pernille?.title), 'Centerchef');
    assert.deepEqual(pernille?.roles, ['signatory', 'contact']);
    // The programme is written as running text: its steps in order, with the times the letter gives.
    assert.match(yaml, /# CHECK: the letter writes its programme as running text/);
    assert.match(da(event.programme[0]?.title) ?? '', /budget 2027/);
    const karsten = event.programme.find((entry) => entry.people.includes('Karsten Højbjerg'));
    assert.equal(karsten?.start, '13:20');
    assert.match(da(karsten?.description) ?? '', /Barnet i centrum/);
    assert.equal(da(item(event, '14:30')?.title), 'Kaffepausen');
    const groups = event.programme.find((entry) => /grupper/.test(da(entry.title) ?? ''));
    assert.equal(groups?.start, undefined, 'the groups start after the break, at no time the letter gives');
    assert.match(da(groups?.description) ?? '', /ugen før/);
    assert.deepEqual(event.programme[event.programme.length - 1]?.people, ['Jens Ole']);
    // Sign-up: answer the e-mail, by Friday 26 February of the meeting's year.
    assert.equal(event.registration?.email, 'pds@rksk.dk');
    assert.equal(event.registration?.deadline, '2027-02-26T23:59');
    assert.match(da(event.registration?.text) ?? '', /ja eller nej/);
    assert.equal(event.registration?.capacity, undefined);
    assert.deepEqual(details(event.practical.arrival), { time: '12:45' });
    assert.match(da(event.practical.parking?.text) ?? '', /Smedegade/);
    assert.match(da(event.practical.food?.text) ?? '', /kage i pausen/);
    // "på tværs af teams" is no Teams meeting; "Mødet bliver ikke optaget" is said, and kept.
    assert.deepEqual(details(event.practical.online), { recording: false });
    assert.match(da(event.practical.online?.text) ?? '', /intranettet/);
    assert.equal(event.venue.online, false);
    assert.match(da(event.practical.transport?.text) ?? '', /almindelige regler/);
  });

  it('when a school letter names a room under the address and two people sign side by side, then both are read', async () => {
    const { event } = await imported('dialogmoede-lyngbakkeskolen-2027.txt', '2027-01-25');
    assert.equal(da(event.title), 'Dialogmøde om den nye indskoling på Lyngbakkeskolen');
    assert.equal(event.letterDate, '2027-01-11');
    assert.deepEqual([event.start, event.end], ['2027-02-01T19:00', '2027-02-01T21:00']);
    assert.equal(da(event.venue.name), 'Lyngbakkeskolen');
    assert.equal(da(event.venue.room), 'fællesrummet "Smedjen" (bygning C)');
    assert.equal(event.venue.address?.line, 'Skolevej 14, 8800 Viborg');
    assert.equal(da(event.sender?.name), 'Viborg Kommune');
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Viborg Kommune'],
    );
    assert.match(da(event.audience) ?? '', /forældre til elever på Lyngbakkeskolen/);
    assert.match(da(event.audience) ?? '', /Solsikken/);
    assert.equal(event.programme.length, 7);
    assert.deepEqual(
      event.programme.map((entry) => entry.start),
      ['19:00', '19:10', '19:40', '20:00', '20:15', '20:50', '21:00'],
    );
    assert.deepEqual(event.programme[5]?.people, ['Susanne Brix Dahl']);
    // "Bonde & Friis Arkitekter" is where Maria Bonde works, not a person.
    assert.deepEqual(event.programme[1]?.people, ['Maria Bonde']);
    assert.equal(da(person(event, 'Maria Bonde')?.organisation), 'Bonde & Friis Arkitekter');
    assert.equal(person(event, 'Friis Arkitekter'), undefined);
    assert.deepEqual(person(event, 'Henrik Vestergaard Lund')?.roles, ['speaker', 'signatory']);
    assert.deepEqual(person(event, 'Kasper Thorup')?.roles, ['speaker', 'signatory']);
    const bente = person(event, 'Bente Kirk');
    assert.deepEqual([bente?.phone, bente?.roles], ['87 87 45 20 (mandag-torsdag kl. 8-14)', ['contact']]);
    assert.equal(event.registration?.required, false);
    assert.deepEqual(details(event.practical.accessibility), { wheelchair: true });
    assert.match(da(event.practical.parking?.text) ?? '', /Idrætsvej/);
    // "gratis børnepasning" is free childcare, not a free meeting: the letter says nothing about a price.
    assert.equal(event.practical.price, undefined);
  });

  it('when a letter gives the date as "d. 3/11 kl. 16-18" and a limit for each club, then the limit is no capacity', async () => {
    const { event, yaml } = await imported('fordelingsmoede-haltider-varde-2027.txt', '2027-10-20');
    assert.equal(da(event.title), 'Fordeling af haltider for sæsonen 2028');
    assert.deepEqual([event.start, event.end], ['2027-11-03T16:00', '2027-11-03T18:00']);
    assert.match(yaml, /# CHECK: the letter gives no year/);
    assert.deepEqual([da(event.venue.name), event.venue.address?.line], ['Biblioteket', 'Vestergade 2, 6800 Varde']);
    assert.equal(da(event.sender?.name), 'Varde Kommune');
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Varde Kommune'],
    );
    assert.match(da(event.audience) ?? '', /formænd og kasserere/);
    assert.match(da(event.focus) ?? '', /retningslinjer.*hal for hal/);
    assert.equal(event.registration?.phone, '76 94 18 37');
    assert.equal(event.registration?.deadline, '2027-10-27T23:59');
    // "Hver forening kan deltage med op til 2 personer": two for each club, kept as the letter's words.
    assert.equal(event.registration?.capacity, undefined);
    assert.match(da(event.registration?.text) ?? '', /op til 2 personer/);
    const kirsten = person(event, 'Kirsten Dam');
    assert.deepEqual([kirsten?.phone, da(kirsten?.title)], ['76 94 18 37 (hverdage kl. 9-12)', 'Fritidskonsulent']);
    assert.ok(kirsten?.roles.includes('contact') && kirsten.roles.includes('signatory'));
    assert.match(da(event.practical.food?.text) ?? '', /sandwich/);
  });

  it('when a Markdown letter has its programme in a table and its tracks under sub-headings, then both are the programme', async () => {
    const { event } = await imported('green-procurement-workshop-odense-2027.md', '2027-09-01');
    assert.equal(event.language, 'en');
    assert.equal(en(event.title), 'Green procurement in practice');
    assert.deepEqual([event.start, event.end], ['2027-10-05T09:00', '2027-10-05T16:00']);
    assert.deepEqual([en(event.venue.name), event.venue.address?.line], ['Fyn Conference Centre', 'Rugårdsvej 210, 5210 Odense NV']);
    assert.deepEqual(
      event.organisers.map((o) => en(o.name)),
      ['Nordic Municipal Procurement Academy'],
    );
    assert.match(en(event.audience) ?? '', /procurement officers, buyers and budget holders/);
    const timed = event.programme.filter((entry) => entry.start);
    assert.deepEqual(
      timed.map((entry) => entry.start),
      ['08:30', '09:00', '09:20', '10:15', '10:30', '12:00', '13:00', '14:30', '14:45', '15:45', '16:00'],
    );
    assert.deepEqual(
      [en(item(event, '09:00')?.title), en(item(event, '09:00')?.by)],
      ['Welcome', 'Kirsten Aagaard Nyholm, Director, NMPA'],
    );
    assert.deepEqual(item(event, '09:20')?.people, ['Tomas Berglund']);
    assert.equal(en(item(event, '09:20')?.title), 'Keynote: "Why green procurement pays off"');
    assert.deepEqual(item(event, '14:45')?.people, ['Rikke Juul Svendsen']);
    const tracks = event.programme.filter((entry) => /^Track/.test(en(entry.title) ?? ''));
    assert.deepEqual(
      tracks.map((entry) => en(entry.title)),
      ['Track A – Getting started', 'Track B – Advanced'],
    );
    // The room in brackets after a track's title is where it is held.
    assert.deepEqual(
      tracks.map((entry) => en(entry.room)),
      ['Lillebælt', 'Storebælt'],
    );
    assert.deepEqual(
      tracks.map((entry) => entry.people),
      [['Rikke Juul Svendsen'], ['Jens Kristoffer Haahr']],
    );
    assert.deepEqual(
      tracks[0]?.items.map((sub) => en(sub.title)),
      ['Session 1: Where do green criteria make the biggest difference?', 'Session 2: Writing simple, legally sound criteria'],
    );
    assert.equal(event.registration?.url, 'nmpa.dk/workshop27');
    assert.equal(event.registration?.deadline, '2027-09-10T23:59');
    // "Each track is limited to 40 participants": not the whole workshop's seats.
    assert.equal(event.registration?.capacity, undefined);
    const track = event.registration?.fields.find((field) => /track/i.test(en(field.label) ?? ''));
    assert.match(en(track?.prompt) ?? '', /Track A – Getting started.*Track B – Advanced/);
    assert.deepEqual(details(event.practical.price), { amount: 2400, currency: 'DKK' });
    assert.match(en(event.practical.price?.text) ?? '', /DKK 1,800/);
    assert.deepEqual(details(event.practical.accommodation), { hotel: 'Hotel Kildeparken' });
    assert.match(en(event.practical.cancellation?.text) ?? '', /After 27 September the full fee/);
    assert.deepEqual(details(event.practical.parking), { free: true });
    assert.match(en(event.practical.transport?.text) ?? '', /Bus 31/);
    assert.deepEqual(details(event.practical.language), { languages: ['English'] });
    const mette = person(event, 'Mette Lysgaard');
    assert.deepEqual([mette?.email, mette?.phone, mette?.roles], ['events@nmpa.dk', '+45 63 14 27 90', ['contact']]);
  });

  it('when a regional letter names a hall in the venue and seats for each municipality, then the room and the limit are kept apart', async () => {
    const { event } = await imported('hoeringsmoede-region-syddanmark-2027.txt', '2027-05-20');
    assert.equal(da(event.title), 'Høringsmøde om forslag til Regional Udviklingsstrategi 2028-2031');
    assert.equal(event.letterDate, '2027-04-26');
    assert.deepEqual([event.start, event.end], ['2027-06-15T15:00', '2027-06-15T18:00']);
    assert.deepEqual(
      [da(event.venue.name), da(event.venue.room), event.venue.address?.line],
      ['Mødecenter Syd', 'sal 2', 'Fynsvej 40, 6000 Kolding'],
    );
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Region Syddanmark'],
    );
    assert.match(da(event.audience) ?? '', /kommunalbestyrelserne/);
    assert.deepEqual(
      event.programme.map((entry) => entry.number),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
    assert.deepEqual(event.programme[3]?.people, ['Mikkel Storm Iversen']);
    assert.equal(person(event, 'Regional Udvikling'), undefined);
    assert.equal(da(person(event, 'Anne-Mette Friis Krogh')?.title), 'formand for Udvalget for Regional Udvikling');
    assert.deepEqual(person(event, 'Karen Lykke Damsgaard')?.roles, ['speaker', 'signatory']);
    assert.deepEqual(person(event, 'Niels Ove Bruun')?.roles, ['speaker', 'signatory']);
    const ditte = person(event, 'Ditte Marie Holm');
    assert.deepEqual([ditte?.email, ditte?.phone], ['ditte.holm@rsyd.dk', '76 63 14 58']);
    assert.equal(event.registration?.url, 'regionsyddanmark.dk/rus-hoering');
    assert.equal(event.registration?.deadline, '2027-06-01T23:59');
    assert.equal(event.registration?.capacity, undefined);
    assert.match(da(event.registration?.text) ?? '', /4 deltagere fra hver kommune/);
    assert.deepEqual(details(event.practical.arrival), { time: '14:30' });
    assert.deepEqual(details(event.practical.parking), { free: true });
    // "gratis parkering" is no price for the meeting.
    assert.equal(event.practical.price, undefined);
  });

  it('when a two-day internat has its programme under day headings, then it ends with the last day’s departure', async () => {
    const { event, yaml } = await imported('internat-sundhedsledere-midt-2027.txt', '2027-08-10');
    assert.deepEqual([event.start, event.end], ['2027-09-23T09:30', '2027-09-24T12:30']);
    assert.equal(event.endIsEstimate, false);
    assert.match(yaml, /# CHECK: the letter gives no end time beside the date; the end is the programme’s closing item/);
    assert.deepEqual([da(event.venue.name), event.venue.address?.line], ['Kursuscenter Klitrosen', 'Klitvej 12, 6960 Hvide Sande']);
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Sundhedsledernetværket Midt'],
    );
    assert.equal(da(event.sender?.name), 'Sundhedsledernetværket Midt');
    assert.match(da(event.audience) ?? '', /nøglemedarbejder/);
    assert.deepEqual(new Set(event.programme.map((entry) => entry.date)), new Set(['2027-09-23', '2027-09-24']));
    const dinner = event.programme.find((entry) => /Middag/.test(da(entry.title) ?? ''));
    assert.deepEqual([dinner?.date, dinner?.start], ['2027-09-23', '19:00']);
    const breakfast = event.programme.find((entry) => /Morgenmad/.test(da(entry.title) ?? ''));
    assert.deepEqual([breakfast?.date, breakfast?.start, breakfast?.end], ['2027-09-24', '07:00', '09:00']);
    const panel = event.programme.find((entry) => /Paneldebat/.test(da(entry.title) ?? ''));
    assert.deepEqual(panel?.people, ['Hanne Vig Thomsen', 'Marianne Ravn', 'Lise Kjærgaard Bundgaard', 'Tobias Krag Mølgaard']);
    assert.ok(person(event, 'Tobias Krag Mølgaard')?.roles.includes('moderator'));
    assert.equal(da(person(event, 'Marianne Ravn')?.title), 'ældrechef');
    assert.equal(person(event, 'Kommunal Sundhed'), undefined);
    assert.deepEqual(details(event.practical.arrival), { time: '09:30' });
    assert.deepEqual(details(event.practical.price), { amount: 4250, currency: 'DKK' });
    assert.match(da(event.practical.accommodation?.text) ?? '', /2\.900 kr/);
    assert.match(da(event.practical.accommodation?.text) ?? '', /klar fra kl\. 17\.00/);
    assert.match(da(event.practical.transport?.text) ?? '', /Ringkøbing Station/);
    assert.match(da(event.practical.dressCode?.text) ?? '', /Badetøj og gode sko/);
    assert.equal(event.registration?.url, 'sundhedsledernetvaerket.dk/internat2027');
    assert.equal(event.registration?.deadline, '2027-08-20T23:59');
    assert.equal(event.registration?.capacity, 60);
    assert.match(da(event.registration?.text) ?? '', /bindende/);
    const sofie = person(event, 'Sofie Hvass Andersen');
    assert.deepEqual([sofie?.email, sofie?.phone, sofie?.roles], ['sha@sundhedsledernetvaerket.dk', '29 47 61 30', ['contact']]);
    assert.deepEqual(person(event, 'Lise Kjærgaard Bundgaard')?.roles, ['speaker', 'signatory']);
  });

  it('when a Teams-only e-mail ends with the join block, then the link, meeting id, passcode and dial-in are kept', async () => {
    const { event } = await imported('netvaerksmoede-diginet-online-2027.txt', '2027-05-03');
    assert.equal(da(event.title), 'Netværksmøde i DigiNet Sjælland');
    assert.deepEqual([event.start, event.end], ['2027-05-12T14:00', '2027-05-12T15:30']);
    assert.deepEqual([event.venue.online, da(event.venue.name), event.venue.address], [true, 'Teams', undefined]);
    const online = event.practical.online;
    assert.match(online?.url ?? '', /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    assert.equal(online?.recording, true);
    assert.match(da(online?.text) ?? '', /Møde-id: 384 129 657 203/);
    assert.match(da(online?.text) ?? '', /Adgangskode: qT7mZ2/);
    assert.match(da(online?.text) ?? '', /\+45 35 15 80 27/);
    assert.match(da(online?.text) ?? '', /mobilappen/);
    assert.doesNotMatch(da(online?.text) ?? '', /download-app|dialin\.teams/);
    // Numbered lines with a time after the number.
    assert.deepEqual(
      event.programme.map((entry) => [entry.number, entry.start]),
      [
        [1, '14:00'],
        [2, '14:15'],
        [3, '14:45'],
        [4, '15:05'],
        [5, '15:25'],
      ],
    );
    assert.equal(da(event.programme[1]?.title), 'Erfaringer med en AI-assistent i borgerservice – et halvt år efter');
    assert.deepEqual(event.programme[1]?.people, ['Nanna Friis Holmgaard']);
    assert.deepEqual(event.programme[2]?.people, ['Martin Ravnsbæk']);
    // "Fra: Louise Rask Bertelsen": the network she coordinates sends it; her phone and "til mig på …" address.
    assert.equal(da(event.sender?.name), 'DigiNet Sjælland');
    assert.match(da(event.audience) ?? '', /digitaliseringskonsulenter og teamledere/);
    const louise = person(event, 'Louise Rask Bertelsen');
    assert.deepEqual([louise?.phone, louise?.email], ['46 31 72 05', 'lrb@diginet-sjaelland.dk']);
    assert.ok(louise?.roles.includes('contact'));
    assert.equal(event.registration?.deadline, '2027-05-07T23:59');
    assert.match(da(event.registration?.text) ?? '', /kalenderinvitationen/);
  });

  it('when a reception is one paragraph with the time in pm, then the evening’s hours, host and speaker are read', async () => {
    const { event } = await imported('summer-reception-nsca-esbjerg-2027.txt', '2027-05-25');
    assert.equal(event.language, 'en');
    assert.deepEqual([event.start, event.end], ['2027-06-18T17:00', '2027-06-18T19:00']);
    assert.equal(event.clock, '12h', 'the letter writes "from 5.00 to 7.00 pm"');
    assert.deepEqual([en(event.venue.name), event.venue.address?.line], ['Old Customs House', 'Havnegade 14, 6700 Esbjerg']);
    assert.deepEqual(
      event.organisers.map((o) => en(o.name)),
      ['Board of the Nordic Sister Cities Association'],
    );
    assert.match(en(event.purpose) ?? '', /40th anniversary/);
    const helle = person(event, 'Helle Marstrand Bak');
    assert.deepEqual([en(helle?.title), helle?.roles], ['chair', ['speaker']]);
    assert.equal(event.registration?.email, 'reception@nsca-dk.org');
    assert.equal(event.registration?.deadline, '2027-06-04T23:59');
    assert.match(en(event.practical.food?.text) ?? '', /canapés/);
  });

  it('when a bulleted practical list names the venue, its hall, the seats and the waiting list, then each is found', async () => {
    const { event } = await imported('temadag-ensomhed-favrskov-2027.txt', '2027-04-01');
    assert.equal(da(event.title), 'Temadag: "Fællesskab mod ensomhed"');
    assert.deepEqual([event.start, event.end], ['2027-04-22T09:30', '2027-04-22T15:00']);
    assert.deepEqual(
      [da(event.venue.name), da(event.venue.room), event.venue.address?.line],
      ['Kulturhuset Fabrikken', 'Store Sal', 'Søndergade 31, 8370 Hadsten'],
    );
    assert.deepEqual(
      event.organisers.map((o) => da(o.name)),
      ['Favrskov Kommune'],
    );
    assert.equal(da(event.audience), 'For frivillige, foreninger og medarbejdere, der møder ensomme ældre.');
    assert.equal(event.programme.length, 9);
    assert.deepEqual(
      event.programme[6]?.items.map((sub) => da(sub.title)),
      ['A: Den svære samtale – når du møder ensomhed', 'B: Hvordan får vi nye med i fællesskabet?'],
    );
    assert.deepEqual(event.programme[2]?.people, ['Sanne Krogsgaard']);
    assert.equal(event.registration?.url, 'favrskov.dk/tilmeld-temadag');
    assert.equal(event.registration?.deadline, '2027-04-09T23:59');
    assert.equal(event.registration?.capacity, 120);
    assert.match(da(event.registration?.text) ?? '', /venteliste.*14\. april/);
    assert.ok(event.registration?.fields.some((field) => field.kind === 'text'));
    const lone = person(event, 'Lone Bech Sørensen');
    assert.deepEqual(
      [da(lone?.title), lone?.email, lone?.phone, lone?.roles],
      ['Frivilligkoordinator', 'lobs@favrskov.dk', '89 64 52 17', ['contact']],
    );
    assert.deepEqual(details(event.practical.price), { free: true });
    assert.deepEqual(details(event.practical.accessibility), { wheelchair: true, hearingLoop: true });
    assert.deepEqual(details(event.practical.parking), { free: true });
    assert.match(da(event.practical.transport?.text) ?? '', /Busterminal/);
    assert.match(da(event.practical.cancellation?.text) ?? '', /ventelisten/);
  });

  it('when a two-column PDF conference letter is read, then each column’s facts are found as if written one after the other', async () => {
    const { event, result } = await imported('coastal-municipalities-conference-2027.txt', '2027-08-10');
    assert.equal(en(event.title), 'Coastal Municipalities Conference 2027');
    assert.deepEqual([event.start, event.end], ['2027-09-14T09:00', '2027-09-14T16:30']);
    // The venue is in Sønderborg, with a stream beside it: not an online-only meeting.
    assert.equal(en(event.venue.name), 'Sønderborg Waterfront Centre');
    assert.deepEqual(event.venue.address, {
      line: 'Havnepromenaden 5, 6400 Sønderborg, Denmark',
      street: 'Havnepromenaden 5',
      postalCode: '6400',
      city: 'Sønderborg',
      country: 'Denmark',
    });
    assert.equal(event.venue.online, false);
    assert.deepEqual(
      event.organisers.map((o) => en(o.name)),
      ['North Sea & Baltic Coastal Cities Network', 'Sønderborg Municipality'],
    );
    assert.deepEqual([en(event.sender?.name), event.sender?.website], ['North Sea & Baltic Coastal Cities Network', 'www.cmc2027.eu']);
    assert.match(en(event.audience) ?? '', /planners/);
    assert.equal(event.programme.length, 13);
    assert.deepEqual(item(event, '09:20')?.people, ['Lars Egede Winther']);
    assert.equal(en(item(event, '09:20')?.title), 'Keynote: Sea level rise in the 2050s – what the new data tell us');
    assert.deepEqual(item(event, '10:05')?.people, ['Joris van Dam', 'Mette Skaarup']);
    assert.deepEqual(item(event, '11:15')?.people, ['Pia Kallio', 'Henrik Aabo', 'Greta Sommer', 'Anja Verhoeven']);
    assert.ok(person(event, 'Anja Verhoeven')?.roles.includes('chair'));
    const sessions = item(event, '13:15')?.items ?? [];
    assert.deepEqual(
      sessions.map((sub) => [sub.number, en(sub.title), sub.people]),
      [
        [1, 'Nature-based solutions on the coast', ['Sofie Rahbek']],
        [2, 'Harbours and critical infrastructure', ['Thomas Brink Lauesen']],
        [3, 'Involving citizens in hard choices', ['Ewa Nowicka']],
      ],
    );
    assert.deepEqual(item(event, '15:00')?.people, ['Katrin Møller-Hansen']);
    assert.deepEqual([item(event, '17:00')?.end, en(item(event, '17:00')?.description)], ['18:00', 'Meeting point: the main entrance']);
    assert.equal(person(event, 'Nordic Adaptation Finance Facility'), undefined);
    assert.equal(person(event, 'Coastal Climate Research'), undefined);
    assert.equal(event.registration?.url, 'www.cmc2027.eu/register');
    assert.equal(event.registration?.deadline, '2027-08-20T23:59');
    assert.equal(event.registration?.capacity, 250);
    assert.deepEqual(details(event.practical.price), { amount: 195, currency: 'EUR' });
    assert.match(en(event.practical.price?.text) ?? '', /EUR 295 for others/);
    assert.deepEqual(details(event.practical.online), { url: 'www.cmc2027.eu/stream', stream: true });
    assert.match(en(event.practical.online?.text) ?? '', /parallel sessions are not streamed/);
    assert.match(en(event.practical.online?.text) ?? '', /free of charge/);
    assert.match(en(event.practical.cancellation?.text) ?? '', /not refunded/);
    assert.match(en(event.practical.transport?.text) ?? '', /10-minute walk from Sønderborg Station/);
    assert.match(en(event.practical.parking?.text) ?? '', /harbour car park/);
    assert.deepEqual(details(event.practical.language), { languages: ['English'] });
    const laerke = person(event, 'Lærke Bendtsen');
    assert.deepEqual(
      [en(laerke?.title), laerke?.email, laerke?.phone, laerke?.roles],
      ['Conference secretariat', 'secretariat@cmc2027.eu', '+45 74 12 58 30', ['contact']],
    );
    assert.ok(!result.missing.includes('contact person'));
  });
});
