import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEmails, findPhones, findUrls } from '../../src/event/import/contactDetails';
import { findDates, findTimes, resolveYear, writesTwelveHourClock } from '../../src/event/import/dates';
import { htmlToText } from '../../src/event/import/extract';
import { detectLanguage } from '../../src/event/import/language';
import { readLetter, splitSentences } from '../../src/event/import/letter';
import { parsePeople } from '../../src/event/import/names';
import { priceDetails } from '../../src/event/import/practical';
import { splitBy } from '../../src/event/import/programme';
import { eventId } from '../../src/event/import/title';
import { findVenue } from '../../src/event/import/venue';
import { findLetterDate, findMeetingTime } from '../../src/event/import/when';

describe('dates and times as letters write them', () => {
  const dateCases: Array<[string, { year?: number; month: number; day: number }, number?]> = [
    ['onsdag den 30. oktober 2024 kl. 17.00-18.45', { year: 2024, month: 10, day: 30 }, 3],
    ['30.10.2024', { year: 2024, month: 10, day: 30 }],
    ['30.10.24', { year: 2024, month: 10, day: 30 }],
    ['d. 30/10', { month: 10, day: 30 }],
    ['fre 10/9 kl. 9-12.30', { month: 9, day: 10 }, 5],
    ['d. 14/4-2027', { year: 2027, month: 4, day: 14 }],
    ['onsdag den 14.4. kl. 19', { month: 4, day: 14 }, 3],
    ['Thursday 22 April 2027, 09.30–15.30', { year: 2027, month: 4, day: 22 }, 4],
    ['April 22, 2027', { year: 2027, month: 4, day: 22 }],
    ['the 22nd of April', { month: 4, day: 22 }],
    ['9 March at 2pm', { month: 3, day: 9 }],
    ['2027-04-22', { year: 2027, month: 4, day: 22 }],
    ['TIRSDAG DEN 13. APRIL', { month: 4, day: 13 }, 2],
    ['lør. 5. juni 2027', { year: 2027, month: 6, day: 5 }, 6],
  ];
  for (const [text, date, weekday] of dateCases) {
    it(`finds the date in "${text}"`, () => {
      const [found] = findDates(text);
      assert.deepEqual(found?.date, date);
      assert.equal(found?.weekday, weekday);
    });
  }

  it('reads a range of days: "22.–23. april 2027", "April 22–23, 2027"', () => {
    assert.deepEqual(findDates('22.–23. april 2027')[0]?.until, { year: 2027, month: 4, day: 23 });
    assert.deepEqual(findDates('April 22–23, 2027')[0]?.until, { year: 2027, month: 4, day: 23 });
  });

  it('takes no clock time, price, postcode, phone number or link for a date', () => {
    for (const text of [
      'kl. 19.00-21.00',
      'DKK 1,200',
      '8000 Aarhus C',
      'tlf. 99 45 46 82',
      'https://example.dk/2027/04/14/x',
      'den 17.00',
      'Side 1 af 2',
    ]) {
      assert.deepEqual(findDates(text), [], text);
    }
  });

  const timeCases: Array<[string, string, string | undefined]> = [
    ['kl. 17.00-18.45', '17:00', '18:45'],
    ['fra kl. 17 til 18.45', '17:00', '18:45'],
    ['kl. 19-21', '19:00', '21:00'],
    ['09.30–15.30', '09:30', '15:30'],
    ['14:00 – 16:30', '14:00', '16:30'],
    ['from 10:00 to 14:00', '10:00', '14:00'],
    ['at 2pm', '14:00', undefined],
    ['2–4.30pm', '14:00', '16:30'],
    ['10am to 2pm', '10:00', '14:00'],
    ['klokken 14', '14:00', undefined],
  ];
  for (const [text, from, to] of timeCases) {
    it(`finds the time in "${text}"`, () => {
      const [found] = findTimes(text);
      const clock = (t: { hour: number; minute: number } | undefined) =>
        t ? `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}` : undefined;
      assert.deepEqual([clock(found?.from), clock(found?.to)], [from, to]);
    });
  }

  it('reads "fra 13-16" as hours and "5.00 to 7.00 pm" as the evening, but not "fra 3-5 år" or "from 10 to 15 people"', () => {
    assert.deepEqual(
      findTimes('tirsdag d. 9/3 fra 13-16 i kantinen').map((t) => [t.from.hour, t.to?.hour]),
      [[13, 16]],
    );
    assert.deepEqual(
      findTimes('on Friday, 18 June 2027, from 5.00 to 7.00 pm').map((t) => [t.from.hour, t.to?.hour]),
      [[17, 19]],
    );
    assert.deepEqual(findTimes('for børn fra 3-5 år og grupper from 10 to 15 people'), []);
  });

  it('tells a letter on the 12-hour clock ("5.00 to 7.00 pm") from one on the 24-hour clock ("17.00", "9 am to 17.00")', () => {
    assert.equal(writesTwelveHourClock('on Friday, 18 June 2027, from 5.00 to 7.00 pm'), true);
    assert.equal(writesTwelveHourClock('Doors open at 9.30 am; lunch is at 12.15'), true);
    assert.equal(writesTwelveHourClock('Tuesday 14 September 2027 · 09.00–16.30'), false);
    assert.equal(writesTwelveHourClock('Registration from 9 am, the conference runs until 17.00'), false);
  });

  it('takes no date or price for a time', () => {
    for (const text of ['22.04.2027', 'DKK 1.095 per night', '9-15', 'version 3.5']) assert.deepEqual(findTimes(text), [], text);
  });

  it('gives a date without a year the next year it falls on, on the weekday the letter names', () => {
    assert.deepEqual(resolveYear({ month: 4, day: 13 }, '2026-11-30', 'onOrAfter', 2), { year: 2027, month: 4, day: 13 });
    // 14 April is a Wednesday in 2027 but not in 2026: "onsdag den 14. april" written in March 2026 means 2027.
    assert.deepEqual(resolveYear({ month: 4, day: 14 }, '2026-03-01', 'onOrAfter', 3), { year: 2027, month: 4, day: 14 });
    assert.deepEqual(resolveYear({ month: 4, day: 1 }, '2027-04-22', 'onOrBefore'), { year: 2027, month: 4, day: 1 });
  });
});

describe('which date is the meeting', () => {
  it('is not the letter date, a deadline or a limit', () => {
    const letter = readLetter(
      [
        'Dato: 1. juli 2026',
        '',
        'Tilmeld dig senest den 1. september 2026. Gratis afbud indtil 5. september 2026.',
        '',
        'Vi inviterer til møde torsdag den 10. september 2026 kl. 19.00.',
      ].join('\n'),
    );
    assert.equal(findLetterDate(letter, '2026-11-30')?.date, '2026-07-01');
    const meeting = findMeetingTime(letter, '2026-07-01');
    assert.deepEqual([meeting.date, meeting.start, meeting.end], ['2026-09-10', { hour: 19, minute: 0 }, undefined]);
  });

  it('reads a box of facts ("Dato:" followed by "Tid:") as the meeting, not the letter date', () => {
    const letter = readLetter(
      [
        'Invitation til julefrokost',
        '',
        'Dato: fredag den 3. december 2027',
        'Tid: 12.00-16.00',
        'Sted: Kantinen, Vestergade 2, 8000 Aarhus C',
      ].join('\n'),
    );
    assert.equal(findLetterDate(letter, '2026-11-30'), undefined);
    const meeting = findMeetingTime(letter, '2026-11-30');
    assert.deepEqual([meeting.date, meeting.start, meeting.end], ['2027-12-03', { hour: 12, minute: 0 }, { hour: 16, minute: 0 }]);
  });

  it('reads a meeting over two days, as a range or as two dates on one line', () => {
    const range = findMeetingTime(readLetter('Internat for skoleledere 22.–23. april 2027 kl. 10.00-15.00'), '2026-11-30');
    assert.deepEqual([range.date, range.lastDate], ['2027-04-22', '2027-04-23']);
    const span = findMeetingTime(
      readLetter('Seminar fra torsdag den 22. april 2027 kl. 10 til fredag den 23. april 2027 kl. 14'),
      '2026-11-30',
    );
    assert.deepEqual(
      [span.date, span.lastDate, span.start, span.end],
      ['2027-04-22', '2027-04-23', { hour: 10, minute: 0 }, { hour: 14, minute: 0 }],
    );
  });
});

describe('the letter as text', () => {
  it('splits sentences but not at abbreviations, initials or dates', () => {
    assert.deepEqual(
      splitSentences(
        'Mødet er kl. 17.00 den 30. oktober. Dr. Ingrid Solheim taler. Pris: DKK 400 excl. VAT for students. Jens P. Hansen kommer.',
      ),
      [
        'Mødet er kl. 17.00 den 30. oktober.',
        'Dr. Ingrid Solheim taler.',
        'Pris: DKK 400 excl. VAT for students.',
        'Jens P. Hansen kommer.',
      ],
    );
  });

  it('tells Danish from English by its words', () => {
    assert.equal(detectLanguage('Vi glæder os til at se dig til mødet, og der er kaffe.'), 'da');
    assert.equal(detectLanguage('We look forward to seeing you at the meeting, and there will be coffee.'), 'en');
  });

  it('turns Word HTML into Markdown-like text with headings and lists', () => {
    assert.equal(
      htmlToText(
        '<h1>Borgermøde</h1><p>Onsdag <strong>den 14. april</strong></p><ul><li>Punkt A</li><li>Punkt B<ul><li>Under</li></ul></li></ul><ol><li>Velkommen</li></ol>',
      ),
      '# Borgermøde\n\nOnsdag **den 14. april**\n\n- Punkt A\n- Punkt B\n   - Under\n\n1. Velkommen\n',
    );
    assert.equal(
      htmlToText(
        '<p>Program</p><table><tr><td><p>09.30</p></td><td><p>Kaffe</p></td></tr><tr><td><p>10.00</p></td><td><p>Velkomst</p><p>v/ Anna</p></td></tr></table><p>Slut</p>',
      ),
      'Program\n\n09.30 Kaffe\n10.00 Velkomst v/ Anna\n\nSlut\n',
    );
  });
});

describe('contact details', () => {
  it('finds links with and without a scheme, e-mails and Danish phone numbers', () => {
    assert.deepEqual(
      findUrls('tilmeld dig på bronderslev.dk/tilmeld-borgermoede eller <https://x.dk/a>.').map((u) => u.value),
      ['bronderslev.dk/tilmeld-borgermoede', 'https://x.dk/a'],
    );
    assert.deepEqual(
      findUrls('Se www.nef2027.dk/register, tak').map((u) => u.value),
      ['www.nef2027.dk/register'],
    );
    assert.deepEqual(findUrls('skriv til mette.thygesen@bronderslev.dk'), []);
    assert.deepEqual(
      findEmails('skriv til mette.thygesen@bronderslev.dk.').map((e) => e.value),
      ['mette.thygesen@bronderslev.dk'],
    );
    assert.deepEqual(
      findPhones('ring på tlf. 99 45 46 82 eller +45 87 32 10 40, tlf. 12345678, 8000 Aarhus, CVR 12345678').map((p) => p.value),
      ['99 45 46 82', '+45 87 32 10 40', '12345678'],
    );
  });
});

describe('names, titles and who leads an item', () => {
  it('splits "v/", "ved", "by" and "with" off a programme item, but not "ved bordene"', () => {
    assert.deepEqual(splitBy('Velkommen v/ Herning Kommune'), { title: 'Velkommen', by: 'Herning Kommune' });
    assert.deepEqual(splitBy('Drøftelser ved bordene'), { title: 'Drøftelser ved bordene' });
    assert.deepEqual(splitBy('Oplæg ved borgmester Hanne Bech Thorsen'), { title: 'Oplæg', by: 'borgmester Hanne Bech Thorsen' });
    assert.deepEqual(splitBy('Welcome by Jonas Birk Mikkelsen, chair'), { title: 'Welcome', by: 'Jonas Birk Mikkelsen, chair' });
    assert.deepEqual(splitBy('Lunch with colleagues'), { title: 'Lunch with colleagues' });
  });

  it('reads people with titles before and after their names, and a moderator', () => {
    assert.deepEqual(parsePeople('byplanlægger Søren Krogh, Teknik og Miljø'), [
      { name: 'Søren Krogh', title: 'byplanlægger', organisation: 'Teknik og Miljø' },
    ]);
    assert.deepEqual(parsePeople("Thomas Gyldal Petersen, formand for KL's Børne- og Undervisningsudvalg"), [
      { name: 'Thomas Gyldal Petersen', title: "formand for KL's Børne- og Undervisningsudvalg" },
    ]);
    assert.deepEqual(parsePeople('Herning Kommune'), []);
    // A title in lower case between the name and where they work: one person, not two.
    assert.deepEqual(parsePeople('Sanne Holm, teamleder, Akutteam Vestby'), [
      { name: 'Sanne Holm', title: 'teamleder', organisation: 'Akutteam Vestby' },
    ]);
    assert.deepEqual(parsePeople('Ole Berg, senior adviser, Nordby Water Works'), [
      { name: 'Ole Berg', title: 'senior adviser', organisation: 'Nordby Water Works' },
    ]);
    // Two people, each with a title: both stay.
    assert.deepEqual(
      parsePeople('Anna Lund, formand, og Peter Dahl, næstformand').map((p) => p.name),
      ['Anna Lund', 'Peter Dahl'],
    );
    assert.deepEqual(
      parsePeople('Karin Lindqvist (Uppsala University) and Pekka Rantanen (head of education). Moderator: Mads Kjeldsen, journalist').map(
        (p) => [p.name, p.role],
      ),
      [
        ['Karin Lindqvist', undefined],
        ['Pekka Rantanen', undefined],
        ['Mads Kjeldsen', 'moderator'],
      ],
    );
  });
});

describe('venue', () => {
  it('reads the venue from "Mødet foregår på …" and not from the letterhead above it', () => {
    const letter = readLetter(
      [
        'Weidekampsgade 10',
        'Postboks 3370',
        '2300 København S',
        'www.kl.dk',
        '',
        'Møde den 30. oktober 2024 kl. 17-19',
        '',
        'Mødet foregår på Rådhuset i Herning, Torvet 5, 7400 Herning',
      ].join('\n'),
    );
    assert.deepEqual(findVenue(letter, 5), {
      online: false,
      name: 'Rådhuset i Herning',
      room: undefined,
      address: 'Torvet 5, 7400 Herning',
      line: 7,
    });
  });

  it('reads the venue named right before the street in a line of facts', () => {
    const letter = readLetter('Tid og sted: Onsdag den 5. maj 2027 kl. 10-12, Rådhuset, Torvet 1, 8000 Aarhus C');
    assert.deepEqual([findVenue(letter, 0).name, findVenue(letter, 0).address], ['Rådhuset', 'Torvet 1, 8000 Aarhus C']);
  });

  it('takes no hotel for the venue', () => {
    const letter = readLetter(
      [
        'Konference 3. maj 2027 kl. 9-16',
        'Sted: Musikhuset, Thomas Jensens Allé 2, 8000 Aarhus C',
        '',
        'Overnatning: Hotel Royal, Store Torv 4, 8000 Aarhus C',
      ].join('\n'),
    );
    assert.equal(findVenue(letter, 0).name, 'Musikhuset');
  });

  it('reads an online-only meeting', () => {
    const letter = readLetter('Webinar tirsdag den 4. maj 2027 kl. 14-15 via Zoom. Mødet foregår udelukkende online.');
    assert.deepEqual([findVenue(letter, 0).online, findVenue(letter, 0).name], [true, 'Zoom']);
  });
});

describe('prices and ids', () => {
  it('reads amounts in Danish and English spellings', () => {
    assert.deepEqual(priceDetails('DKK 1,200 excl. VAT per participant.'), { amount: 1200, currency: 'DKK' });
    assert.deepEqual(priceDetails('Prisen er 1.200 kr. pr. deltager.'), { amount: 1200, currency: 'DKK' });
    assert.deepEqual(priceDetails('Det koster 350,- kr.'), { amount: 350, currency: 'DKK' });
    assert.deepEqual(priceDetails('Fee: €95.50'), { amount: 95.5, currency: 'EUR' });
    assert.deepEqual(priceDetails('Det er gratis at deltage.'), { free: true });
  });

  it('makes an id of the title and year: lower case, æ/ø/å spelt out, at most 60 characters', () => {
    assert.equal(eventId('Regionalt politisk møde i Region Midtjylland', '2024'), 'regionalt-politisk-moede-i-region-midtjylland-2024');
    assert.equal(eventId('Nordic Education Forum 2027', '2027'), 'nordic-education-forum-2027');
    assert.equal(eventId('Årsmøde på Ærø', '2027'), 'aarsmoede-paa-aeroe-2027');
    const long = eventId('En meget lang titel på et borgermøde om den nye helhedsplan for hele bymidten i Brønderslev', '2027');
    assert.ok(long.length <= 60 && long.endsWith('-2027') && !long.includes('--'), long);
  });
});
