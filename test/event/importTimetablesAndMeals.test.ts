import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { parseEvent } from '../../src/event/load';
import { draftOf } from '../helpers/drafts';

/** Letters written for these tests: a bus timetable as a table, a meal with its own price, a hotel's code in quotes. */
const text = (value: { da?: string; en?: string } | undefined): string => value?.da ?? value?.en ?? '';

const BUS_LETTER = [
  'Vestby Kommune · Ungeteamet',
  '',
  'INVITATION: UDDANNELSESDAG 2027',
  '',
  'Hej alle',
  '',
  'Vestby Kommune inviterer elever fra 8. klasse til uddannelsesdagen, hvor I kan møde skoler og virksomheder.',
  '',
  '| Hvornår | Onsdag den 14. april 2027, kl. 9.00–14.00 |',
  '|---------|--------------------------------------------|',
  '| Hvor    | Vestby Arena, Hal 3, Arenavej 5, 9990 Vestby |',
  '| Pris    | Gratis                                     |',
  '',
  'TRANSPORT',
  'Vi har bestilt busser fra begge skoler. Bussen kører helt frem til Hal 3.',
  '',
  '| Skole          | Afgang fra                      | Afgang kl. | Retur fra hallen kl. |',
  '|----------------|---------------------------------|------------|----------------------|',
  '| Nordskolen     | Stoppestedet ved Nordgade       | 8.10       | 13.40                |',
  '| Engskolen      | Parkeringspladsen, Engvej 12    | 8.20       | 13.55                |',
  '',
  'Venlig hilsen',
  'Sara Holm',
  'Ungekonsulent',
  'sara.holm@vestby.example.dk',
];

describe('a timetable of named rows in a letter', () => {
  const { event } = draftOf(BUS_LETTER, '2027-03-01');
  const knowledge = new EventKnowledge(event);
  const now = DateTime.fromISO('2027-03-02T10:00:00+01:00', { setZone: true });
  const answer = (question: string) => ask(question, knowledge, { now }).answer?.text ?? '';

  it('reads each row as a sentence of its own, with its column headers', () => {
    assert.match(event.text, /Engskolen: afgang fra Parkeringspladsen, Engvej 12 kl\. 8\.20, retur fra hallen kl\. 13\.55\./);
    assert.doesNotMatch(event.text, /Skole\s+Afgang fra/);
  });

  it('keeps the whole table with the sentence about the buses', () => {
    const transport = text(event.practical.transport?.text);
    assert.match(transport, /busser/);
    assert.match(transport, /8\.10/);
    assert.match(transport, /13\.55/);
  });

  it('takes no place named with a parking word for a word about parking', () => {
    assert.equal(event.practical.parking, undefined);
    assert.doesNotMatch(answer('er der parkering hvis man kører selv'), /Engvej 12/);
  });

  it('checks a bus time against its own row', () => {
    const reply = answer('does the engskolen bus leave at 8.10');
    assert.match(reply, /^No/);
    assert.match(reply, /8\.20/);
  });

  it('finds the hall as the venue room', () => {
    assert.equal(text(event.venue.room), 'Hal 3');
    assert.match(answer('hvilken hal'), /Hal 3/);
  });
});

describe('a meal with a price of its own', () => {
  const { event } = draftOf(
    [
      'VESTBY TENNISKLUB',
      '',
      'Vestby, 1. februar 2027',
      '',
      'INDKALDELSE TIL GENERALFORSAMLING',
      '',
      'Hermed indkaldes til generalforsamling torsdag den 4. marts 2027 kl. 19.00 i klubhuset, Banevej 2, 9990 Vestby.',
      '',
      'DAGSORDEN',
      '1. Valg af dirigent',
      '2. Beretning',
      '3. Eventuelt',
      '',
      'SPISNING BAGEFTER',
      'Efter generalforsamlingen er der fællesspisning i klubhuset. Menuen er lasagne og salat. Pris 95 kr. pr. person,',
      'drikkevarer købes i baren.',
      '',
      'Tilmelding til spisning senest den 25. februar via hjemmesiden. Betaling via MobilePay 12345 ved tilmelding.',
      '',
      'PARKERING',
      'Der er gratis parkering ved klubhuset.',
      '',
      'Med venlig hilsen',
      'Bestyrelsen',
    ],
    '2027-02-02',
  );
  const knowledge = new EventKnowledge(event);
  const now = DateTime.fromISO('2027-02-03T10:00:00+01:00', { setZone: true });
  const answer = (question: string) => ask(question, knowledge, { now }).answer?.text ?? '';

  it('files the price under the meal, not as the price of coming', () => {
    assert.equal(event.practical.price?.amount, undefined);
    assert.match(text(event.practical.food?.text), /95 kr/);
    assert.match(text(event.practical.food?.text), /MobilePay 12345/);
  });

  it('answers what the meal costs and how to pay for it', () => {
    assert.match(answer('hvad koster spisningen'), /95 kr/);
    assert.match(answer('how do i pay for the dinner'), /12345/);
  });
});

describe("a hotel's booking code in quotes", () => {
  const result = draftOf(
    [
      'Dear colleagues,',
      '',
      'We invite you to the Vestby water seminar on Tuesday 11 May 2027, 9.00–16.00, at Vestby Town Hall, Torvet 1, 9990 Vestby.',
      '',
      'Hotel: We have reserved rooms at Hotel Fjordgaarden, Havnevej 3, 9990 Vestby. Book directly with the hotel by',
      '1 April 2027, quoting "VWS2027".',
      '',
      'Programme',
      '08.30  Departure by coach from the hotel',
      '09.00  Welcome and coffee',
      '12.00  Lunch',
      '16.00  Return to the hotel',
      '19.00  Dinner at Restaurant Kajen, Kajgade 2 (a short walk from the hotel)',
      '',
      'Kind regards,',
      'Anna Berg',
    ],
    '2027-03-01',
  );
  const knowledge = new EventKnowledge(parseEvent(result.result.event, 'hotel.txt'));
  const now = DateTime.fromISO('2027-03-02T10:00:00+01:00', { setZone: true });

  it('finds the code and answers it', () => {
    assert.equal(result.event.practical.accommodation?.bookingCode, 'VWS2027');
    assert.match(ask('whats the booking code for the hotel', knowledge, { now }).answer?.text ?? '', /VWS2027/);
  });

  it('says where the hotel is, not the items that go to it', () => {
    assert.match(ask('hvor ligger hotellet', knowledge, { now }).answer?.text ?? '', /Havnevej 3/);
  });
});

describe("a forwarded invitation with the forwarder's own, earlier deadline", () => {
  const { event } = draftOf(
    [
      'Fra: Lone Berg <lone.berg@vestby.example.dk>',
      'Sendt: 2. marts 2027 10:12',
      'Til: Teamet',
      'Emne: VS: Invitation til kursus i konflikthåndtering',
      '',
      'Hej alle',
      '',
      'Se invitationen herunder.',
      '* Giv mig besked senest fredag den 19. marts, om I vil med, så jeg kan lægge vagtplanen.',
      '',
      'Mvh Lone',
      '',
      '-------- Videresendt meddelelse --------',
      'Fra: Vestby Fagforening <kursus@vestbyfag.example.dk>',
      'Dato: 1. marts 2027',
      '',
      'Kære medlem',
      '',
      'Vi inviterer til kursus i konflikthåndtering tirsdag den 27. april 2027 kl. 9.00–15.00 i Fagforeningens Hus,',
      'Torvet 4, 9990 Vestby.',
      '',
      'Tilmelding senest fredag den 2. april 2027 på www.vestbyfag.example.dk/kursus.',
      '',
      'Med venlig hilsen',
      'Vestby Fagforening',
    ],
    '2027-03-03',
  );
  const knowledge = new EventKnowledge(event);
  const now = DateTime.fromISO('2027-03-04T10:00:00+01:00', { setZone: true });

  it("holds a date asked of the forwarder against her note's date", () => {
    const reply = ask('so i have until 2 april to tell lone?', knowledge, { now }).answer?.text ?? '';
    assert.match(reply, /^No/);
    assert.match(reply, /19\. marts/);
  });
});
