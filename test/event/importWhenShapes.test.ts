import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../src/event/import/dates';
import { splitPassages } from '../../src/event/normalize';
import type { MeetingEvent } from '../../src/event/model';
import { draftOf } from '../helpers/drafts';

/** Courses held on several evenings, written for these tests; each draft must load as it is written. */
const imported = (lines: string[]) => draftOf(lines, '2027-08-01');
const daysOf = (event: MeetingEvent) => event.days.map((day) => [day.date, day.start, day.end]);
const THREE_EVENINGS = [
  ['2027-10-05', '18:30', '21:00'],
  ['2027-10-12', '18:30', '21:00'],
  ['2027-10-19', '18:30', '21:00'],
];

describe('reading the dates of a course held on several evenings', () => {
  it('a numbered heading before a date is no first day of a range ("Aften 1 – tirsdag d. 5. oktober")', () => {
    for (const text of [
      'Aften 1 – tirsdag d. 5. oktober 2027',
      'Foredrag 1 – tirsdag d. 5. oktober 2027',
      'Evening 1 – Tuesday 5 October 2027',
    ]) {
      const found = findDates(text);
      assert.equal(found.length, 1, text);
      assert.deepEqual(found[0]!.date, { year: 2027, month: 10, day: 5 }, text);
      assert.equal(found[0]!.until, undefined, text);
    }
    // A range written in full stays a range.
    assert.deepEqual(findDates('torsdag den 22. – fredag den 23. april 2027')[0]!.until, { year: 2027, month: 4, day: 23 });
    assert.deepEqual(findDates('22 – 23 April 2027')[0]!.until, { year: 2027, month: 4, day: 23 });
  });

  it('"5., 12. og 19. oktober" and "5, 12 and 19 October" are three days, the first of them first', () => {
    for (const text of ['tirsdag den 5., 12. og 19. oktober 2027', 'on 5, 12 and 19 October 2027', 'den 5. og 12. oktober 2027']) {
      const found = findDates(text)[0]!;
      assert.equal(found.date.day, 5, text);
      assert.ok(found.days && found.days.length >= 2 && found.days.every((day) => day.year === 2027 && day.month === 10), text);
    }
    assert.equal(findDates('22.–23. april 2027')[0]!.days, undefined, 'a range is no list of days');
  });

  it('numbered evenings with one time for all give each evening that time (Danish)', () => {
    const { event } = imported([
      'INVITATION: AFTENKURSUS FOR FRIVILLIGE – 3 AFTENER I OKTOBER',
      '',
      'Kurset består af tre aftener, alle tirsdage kl. 18.30-21.00:',
      '',
      'Aften 1 – tirsdag d. 5. oktober 2027',
      '"Den svære samtale"',
      'Underviser: Psykolog Lene Holm',
      '',
      'Aften 2 – tirsdag d. 12. oktober 2027',
      '"Tavshedspligt"',
      '',
      'Aften 3 – tirsdag d. 19. oktober 2027',
      '"Psykisk førstehjælp"',
      '',
      'Sted: Hovedbiblioteket, Bibliotekspladsen 2, 7480 Vesterå',
      '',
      'Tilmelding: Senest mandag d. 20. september 2027 til hj@frivillig.example.dk.',
    ]);
    assert.deepEqual(daysOf(event), THREE_EVENINGS);
    assert.equal(event.start, '2027-10-05T18:30');
    assert.equal(event.end, '2027-10-19T21:00');
    assert.ok(!event.timeNotStated);
  });

  it('numbered sessions with "each session runs …" give each session that time (English)', () => {
    const { event } = imported([
      'Course: Leading volunteers',
      '',
      'The course has three sessions. Each session runs 18:30–21:00.',
      '',
      'Session 1 – Tuesday 5 October 2027',
      'Listening and boundaries',
      '',
      'Session 2 – Tuesday 12 October 2027',
      'Privacy and duty of confidentiality',
      '',
      'Session 3 – Tuesday 19 October 2027',
      'Mental health first aid',
      '',
      'Venue: Main Library, Library Square 2, Vestby',
    ]);
    assert.deepEqual(daysOf(event), THREE_EVENINGS);
  });

  it('days listed in one sentence ("tirsdag den 5., 12. og 19. oktober kl. 18.30–21.00") are the days, in both languages', () => {
    for (const sentence of [
      'Kurset holdes tirsdag den 5., 12. og 19. oktober 2027 kl. 18.30–21.00 på biblioteket, Storegade 2, 7480 Vesterå.',
      'The course is held on 5, 12 and 19 October 2027 from 6.30 to 9 pm at the library, Main Street 2, Vestby.',
    ]) {
      const { event } = imported(['Kursus i førstehjælp', '', sentence, '', 'Tilmelding til hj@example.dk.']);
      assert.deepEqual(daysOf(event), THREE_EVENINGS, sentence);
      assert.equal(event.start, '2027-10-05T18:30', sentence);
    }
  });

  it('a table or a list of dates under the course is its days, with the rows’ times or one time for all', () => {
    const table = imported([
      '# Kursus i førstehjælp',
      '',
      'Kurset består af tre aftener:',
      '',
      '| Aften | Dato | Tid |',
      '|---|---|---|',
      '| 1 | tirsdag 5. oktober 2027 | 18.30–21.00 |',
      '| 2 | tirsdag 12. oktober 2027 | 18.30–21.00 |',
      '| 3 | tirsdag 19. oktober 2027 | 18.30–21.00 |',
      '',
      'Sted: Biblioteket, Storegade 2, 7480 Vesterå',
    ]);
    assert.deepEqual(daysOf(table.event), THREE_EVENINGS);
    assert.ok(!table.result.checks.some((check) => /also names/.test(check.message)), 'the other evenings are no rival dates');
    const list = imported([
      'First aid course',
      '',
      'Course dates (all evenings 18:30–21:00):',
      '- Tuesday 5 October 2027',
      '- Tuesday 12 October 2027',
      '- Tuesday 19 October 2027',
      '',
      'Venue: Main Library, Library Square 2, Vestby',
    ]);
    assert.deepEqual(daysOf(list.event), THREE_EVENINGS);
  });

  it('a list of the next meetings’ dates is no list of this meeting’s days', () => {
    const { event } = imported([
      'Bestyrelsesmøde',
      '',
      'Mødet holdes tirsdag den 5. oktober 2027 kl. 18.30–21.00 i Foreningshuset, Storegade 2, 7480 Vesterå.',
      '',
      'Næste møder:',
      '- tirsdag 9. november 2027',
      '- tirsdag 7. december 2027',
    ]);
    assert.deepEqual(daysOf(event), []);
    assert.equal(event.start, '2027-10-05T18:30');
    assert.equal(event.end, '2027-10-05T21:00');
  });

  it('dates to choose among are no days of one meeting, in both languages', () => {
    for (const intro of ['Vælg én af aftenerne:', 'The same programme runs on each date – choose one:']) {
      const { event } = imported([
        'Informationsmøde om den nye skole',
        '',
        intro,
        '- tirsdag 5. oktober 2027 kl. 19–21',
        '- torsdag 7. oktober 2027 kl. 19–21',
        '',
        'Sted: Skolen, Skolevej 1, 9990 Vestby',
      ]);
      assert.deepEqual(daysOf(event), [], intro);
    }
  });
});

describe('reading a meeting’s time from a table of start times', () => {
  it('start times per route or heat in a table: the earliest start, and the latest end unless only expected, with a check', () => {
    const danish = draftOf(
      [
        '# Personaleløbet 2027',
        '',
        '**Onsdag d. 12/5-2027 ved Idrætscentret, Stadionallé 12, 7480 Vesterå**',
        '',
        '## Ruter og starttider',
        '',
        '| Rute  | Start     | Forventet slut |',
        '|-------|-----------|----------------|',
        '| 5 km  | kl. 16.45 | ca. 17.30      |',
        '| 10 km | kl. 16.30 | ca. 17.45      |',
        '',
        'Tilmelding senest fredag d. 30/4-2027 på intranettet.',
      ],
      '2027-04-01',
    );
    assert.equal(danish.event.start, '2027-05-12T16:30');
    assert.ok(danish.event.endIsEstimate, 'an expected finish ("ca. 17.45") is no end');
    assert.ok(danish.result.checks.some((check) => check.path[0] === 'start' && /start column/.test(check.message)));
    const english = draftOf(
      [
        'Staff Fun Run 2027',
        '',
        'Wednesday 12 May 2027 at the Sports Centre, Stadium Road 12, Vestby',
        '',
        '| Heat | Start time | Finish |',
        '|---|---|---|',
        '| Walkers | 5:15 pm | 6:15 pm |',
        '| Runners | 5:00 pm | 5:45 pm |',
      ],
      '2027-04-01',
    );
    assert.equal(english.event.start, '2027-05-12T17:00');
    assert.equal(english.event.end, '2027-05-12T18:15');
  });

  it('a programme’s time column is no start column, and a time beside the date wins', () => {
    const { event } = draftOf(
      [
        'Staff Fun Run 2027',
        '',
        'Wednesday 12 May 2027 from 16:00 to 19:00 at the Sports Centre, Stadium Road 12, Vestby',
        '',
        '| Heat | Start | Finish |',
        '|---|---|---|',
        '| Walkers | 16:45 | 17:30 |',
        '| Runners | 16:30 | 17:15 |',
      ],
      '2027-04-01',
    );
    assert.equal(event.start, '2027-05-12T16:00');
    assert.equal(event.end, '2027-05-12T19:00');
  });
});

describe('e-mail headers and deadlines written time first', () => {
  it('an e-mail header is no passage to quote, but its subject and the letter below it are', () => {
    const english = splitPassages(
      [
        'From: Innovation Team <innovation@example.org>',
        'Sent: Wednesday, 17 March 2027 10:04',
        'To: All staff',
        'Subject: You are invited: Innovation Day 2027',
        '',
        'Hi all, join our first regional hackathon on Thursday 22 April 2027, 08:30–21:00.',
      ].join('\n'),
    ).map((passage) => passage.text);
    assert.ok(!english.some((text) => /innovation@|10:04|All staff/.test(text)), english.join(' | '));
    assert.ok(english.some((text) => /Innovation Day 2027/.test(text)));
    assert.ok(english.some((text) => /hackathon on Thursday 22 April/.test(text)));
    const danish = splitPassages(
      [
        'Hej alle – videresender lige denne.',
        '',
        '---------- Forwarded message ---------',
        'Fra: Kommunen <post@example.dk>',
        'Dato: tir. 9. mar. 2027 kl. 10.42',
        'Emne: Invitation til temadag',
        'Til: <kh@example.dk>',
      ].join('\n'),
    ).map((passage) => passage.text);
    assert.ok(!danish.some((text) => /post@|10\.42|Forwarded/.test(text)), danish.join(' | '));
    // A box of facts labelled "Dato:" and "Til:" is no e-mail header.
    const facts = splitPassages('Dato: tirsdag den 5. oktober 2027\nTil: alle frivillige\nSted: Biblioteket').map((p) => p.text);
    assert.ok(facts.some((text) => /Dato: tirsdag den 5\. oktober 2027/.test(text)));
  });

  it('"arrive no later than 10.15 on 26 May", "senest kl. 12 den 9. april" and "Deadline: …" are no meeting times', () => {
    const english = draftOf(
      [
        'Study tour "Living with Water"',
        '',
        'Wednesday 26 May 2027, 12:45–17:00',
        'City Hall, Town Square 1, 8900 Vestby',
        '',
        'Please plan your flight to arrive no later than 10.15 on 26 May.',
        'Deadline: Friday 9 April 2027 at 12:00.',
      ],
      '2027-03-01',
    );
    assert.equal(english.event.start, '2027-05-26T12:45');
    assert.ok(!english.result.checks.some((check) => /also names/.test(check.message)), 'the deadline is no rival date');
    const danish = draftOf(
      [
        'Temadag om klimatilpasning',
        '',
        'Svar venligst senest kl. 12 den 9. april 2027.',
        '',
        'Temadagen holdes den 26. maj 2027 på Rådhuset, Torvet 1, 8900 Vestby.',
      ],
      '2027-03-01',
    );
    assert.equal(danish.event.start.slice(0, 10), '2027-05-26');
    assert.ok(danish.event.timeNotStated, 'the deadline’s time is not the meeting’s');
  });

  it('a last day’s programme ends with its summing-up and farewell', () => {
    for (const [closing, end] of [
      ['14.15   Summing up and farewell', '14:15'],
      ['14.15   Opsummering og afsked', '14:15'],
    ] as const) {
      const { event } = draftOf(
        [
          'Study tour 2027',
          '',
          'Day 1 – Wednesday 26 May 2027',
          '',
          '10.30   Bus departs from the airport',
          '13.30   Welcome',
          '',
          'Day 2 – Thursday 27 May 2027',
          '',
          '08.30   Bus departs from the hotel',
          '09.00   Site visit',
          closing,
          '14.30   Bus departs for the airport',
          '',
          'Venue: City Hall, Town Square 1, 8900 Vestby',
        ],
        '2027-03-01',
      );
      assert.equal(event.days[1]?.end, end, closing);
      assert.equal(event.end, `2027-05-27T${end}`, closing);
    }
  });
});

describe('meeting invitations pasted from e-mail', () => {
  it('an Outlook invitation’s "When:"/"Hvornår:" line is the meeting’s time, whatever the time zone note after it', () => {
    const english = draftOf([
      'Subject: Board meeting – March 2027',
      'When: Thursday, March 11, 2027 1:00 PM-3:30 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.',
      'Where: City Hall, room 2.14',
      '',
      'Dear members, the agenda will be available by Friday 5 March.',
    ]);
    assert.equal(english.event.start, '2027-03-11T13:00');
    assert.equal(english.event.end, '2027-03-11T15:30');
    const danish = draftOf([
      'Emne: Møde i styregruppen',
      'Hvornår: torsdag 11. marts 2027 13:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.',
      'Hvor: Rådhuset, mødelokale 2.14',
      '',
      'Kære alle. Dagsorden følger senest fredag d. 5/3.',
    ]);
    assert.equal(danish.event.start, '2027-03-11T13:00');
    assert.equal(danish.event.end, '2027-03-11T15:30');
  });

  it('a forwarded mail: the header’s date is the letter’s, the meeting’s is in the body, and the subject names it', () => {
    const danish = draftOf(
      [
        'Hej alle',
        '',
        'Videresender – ping mig senest fredag den 26. marts, så tilmelder jeg os samlet.',
        '',
        '-----Oprindelig meddelelse-----',
        'Fra: Forum for Innovation <events@example.org>',
        'Sendt: 9. marts 2027 10:42',
        'Til: Katrine',
        'Emne: Invitation: Seminar om AI (22. april)',
        '',
        'Vi inviterer til seminar om AI i den offentlige forvaltning.',
        '',
        'Hvornår: torsdag den 22. april kl. 12.30-17.00',
        'Hvor: Konferencecentret, Stadionvej 48, 5200 Odense V',
      ],
      '2027-03-01',
    );
    assert.equal(danish.event.start, '2027-04-22T12:30');
    assert.equal(danish.event.letterDate, '2027-03-09');
    assert.equal(danish.event.title.da, 'Seminar om AI');
    const english = draftOf(
      [
        'Hi all, forwarding this one. Ping me by Friday 26 March 2027 and I will register everyone.',
        '',
        '---------- Forwarded message ---------',
        'From: Forum <events@example.org>',
        'Date: Tue, 9 Mar 2027 at 10:42',
        'Subject: Invitation: AI seminar (22 April 2027)',
        'To: <k@example.dk>',
        '',
        'We invite you to a half-day seminar on AI.',
        '',
        'WHEN: Thursday 22 April, 12.30–17.00',
        'WHERE: Conference Centre, Stadionvej 48, 5200 Odense V',
      ],
      '2027-03-01',
    );
    assert.equal(english.event.start, '2027-04-22T12:30');
    assert.equal(english.event.letterDate, '2027-03-09');
    assert.equal(english.event.title.en, 'AI seminar');
  });
});

describe('one time for all days', () => {
  it('a meal or a break each day is no time of the days', () => {
    for (const sentence of ['Frokost serveres hver dag kl. 12-13.', 'Lunch is served each day 12:00–13:00.']) {
      const { event } = draftOf(
        [
          'Kursus i ledelse',
          '',
          sentence,
          '',
          'Modul 1 – tirsdag d. 5. oktober 2027',
          '',
          'Modul 2 – tirsdag d. 12. oktober 2027',
          '',
          'Sted: Rådhuset, Torvet 1, 9990 Vestby',
        ],
        '2027-08-01',
      );
      assert.deepEqual(
        event.days.map((day) => [day.date, day.start]),
        [
          ['2027-10-05', undefined],
          ['2027-10-12', undefined],
        ],
        sentence,
      );
    }
  });
});

describe('the line that dates the whole meeting', () => {
  it('is the range under the title, not the subject that repeats it nor the first day’s heading', () => {
    const english = draftOf(
      [
        'Subject: Invitation: International study tour – Randers, Denmark, 26–27 May 2027',
        '',
        'Dear colleagues, it is a pleasure to invite you to our study tour',
        '',
        '   LIVING WITH WATER – climate adaptation in a river city',
        '   Wednesday 26 May – Thursday 27 May 2027',
        '   Randers, Denmark',
        '',
        'PROGRAMME',
        '',
        'Day 1 – Wednesday 26 May 2027',
        '',
        '10.30        Bus departs from the airport',
        '13.30        Welcome',
        '',
        'Day 2 – Thursday 27 May 2027',
        '',
        '08.30        Bus departs from the hotel',
        '14.15        Summing up and farewell',
      ],
      '2027-03-01',
    );
    assert.equal(english.event.title.en, 'LIVING WITH WATER – climate adaptation in a river city');
    assert.equal(english.event.start, '2027-05-26T10:30');
    assert.equal(english.event.end, '2027-05-27T14:15');
    const danish = draftOf(
      [
        'Emne: Invitation til studietur, 26.-27. maj 2027',
        '',
        'Kære kolleger, vi inviterer hermed til studietur',
        '',
        'KLIMATILPASNING I PRAKSIS',
        'onsdag den 26. maj – torsdag den 27. maj 2027',
        '',
        'PROGRAM',
        '',
        'Dag 1 – onsdag den 26. maj 2027',
        '',
        '10.30   Bussen kører fra Rådhuset',
        '',
        'Dag 2 – torsdag den 27. maj 2027',
        '',
        '08.30   Bussen kører fra hotellet',
        '14.15   Opsummering og afsked',
      ],
      '2027-03-01',
    );
    assert.match(danish.event.title.da ?? '', /^Klimatilpasning i praksis$/i);
    assert.equal(danish.event.end, '2027-05-27T14:15');
  });
});
