import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { draftOf } from '../helpers/drafts';
import { draftKnowledge } from '../helpers/knowledge';

/**
 * The meeting's when and where written in running prose, not in labelled lines: the days named one after another
 * in a sentence, the place after the date and time, a street after the place's name, an end said as "til kl. …".
 */
const imported = (lines: readonly string[], today = '2026-11-30') => draftOf(lines, today).result.event;
const answer = (lines: readonly string[], today: string, now: string, question: string): string =>
  ask(question, draftKnowledge(lines.join('\n'), today, 'prose-letter'), { now: DateTime.fromISO(now, { setZone: true }) }).answer?.text ??
  '';

describe('days named one after another in a sentence', () => {
  const danish = [
    'FORENINGEN LYTTEPOSTEN',
    '',
    'Kære nye frivillige',
    '',
    'Nu er det tid til introduktionskurset. Kurset ligger over to lørdage, nemlig lørdag den 6. marts og lørdag den 13. marts 2027, og begge dage går fra kl. 10.00 til kl. 15.30. Du skal deltage begge dage.',
    '',
    'Vi holder kurset på Vestby Kursuscenter, Skovvej 4, 9990 Vestby.',
    '',
    'Tilmeld dig senest fredag den 19. februar.',
    '',
    'Mange hilsner',
    'Ida Lund',
  ];

  it('Danish: each day with the time said of both days', () => {
    const event = imported(danish, '2027-01-10');
    assert.deepEqual(
      event.days?.map((day) => [day.date, day.start, day.end]),
      [
        ['2027-03-06', '10:00', '15:30'],
        ['2027-03-13', '10:00', '15:30'],
      ],
    );
    assert.equal(event.start, '2027-03-06T10:00');
  });

  it('English, the time said before the days are listed in the same sentence order', () => {
    const event = imported(
      [
        'Introduction course for mentors',
        '',
        'Dear mentors,',
        '',
        'The course is held on Tuesday 4 May and Tuesday 11 May 2027, and both days run from 9.00 to 16.00. Please attend both days.',
        '',
        'Venue: Vestby Library, Ågade 2, 9990 Vestby',
        '',
        'Best regards',
        'Ida Lund',
      ],
      '2027-03-01',
    );
    assert.deepEqual(
      event.days?.map((day) => [day.date, day.start, day.end]),
      [
        ['2027-05-04', '09:00', '16:00'],
        ['2027-05-11', '09:00', '16:00'],
      ],
    );
  });

  it('the bot answers when it starts and ends from those days', () => {
    const start = answer(danish, '2027-01-10', '2027-02-01T10:00:00+01:00', 'hvad tid starter vi');
    assert.match(start, /10\.00/);
    const both = answer(danish, '2027-01-10', '2027-02-01T10:00:00+01:00', 'hvornår er kurset');
    assert.match(both, /6\. marts/);
    assert.match(both, /13\. marts/);
    assert.match(answer(danish, '2027-01-10', '2027-02-01T10:00:00+01:00', 'does it start at 11'), /^No/);
  });

  it('deadlines or dates to choose among are no days of the meeting', () => {
    const deadlines = imported(
      [
        'Generalforsamling i Vestby Roklub',
        '',
        'Generalforsamlingen holdes torsdag den 4. marts 2027 kl. 19.00 i klubhuset, Havnevej 2, 9990 Vestby.',
        'Forslag sendes senest den 18. februar og tilmelding senest den 25. februar 2027.',
      ],
      '2027-01-10',
    );
    assert.equal(deadlines.days, undefined);
    const choose = imported(
      [
        'Førstehjælpskursus',
        '',
        'Vi holder kurset lørdag den 6. marts eller lørdag den 13. marts 2027, begge gange kl. 10-15, i Hallen, Idrætsvej 1, 9990 Vestby.',
      ],
      '2027-01-10',
    );
    assert.notEqual(choose.days?.length, 2);
  });

  it('two days without a time: the bot names both, and says it gives no time', () => {
    const lines = [
      'Team offsite 2027',
      '',
      'Dear colleagues, our offsite takes place on Thursday 16 and Friday 17 September 2027. More details follow.',
      '',
      'Best regards',
      'Ida Lund',
    ];
    const event = imported(lines, '2027-08-01');
    assert.ok(
      !/September|Thursday/.test(JSON.stringify(event.venue.name ?? '')),
      `a date is no venue: ${JSON.stringify(event.venue.name)}`,
    );
    const when = answer(lines, '2027-08-01', '2027-08-10T10:00:00+02:00', 'when is the offsite');
    assert.match(when, /16 September/);
    assert.match(when, /17 September/);
  });
});

describe('the place after the date and time in the sentence that gives them', () => {
  it('Danish: "finder sted <dato> kl. … i <lokale>, <indgang>, <bygning>, <adresse>"', () => {
    const event = imported([
      'Temadag om tryksår',
      '',
      'Kære kolleger',
      '',
      'Temadagen finder sted onsdag den 3. november 2027 kl. 9.00–15.00 i Lokale 4, Indgang B, Vestby Sygehus, Sygehusvej 2, 9990 Vestby.',
      '',
      'Med venlig hilsen',
      'Ida Lund',
    ]);
    assert.equal(event.venue.name, 'Vestby Sygehus');
    assert.equal(event.venue.room, 'Lokale 4, Indgang B');
    assert.equal(event.venue.address, 'Sygehusvej 2, 9990 Vestby');
  });

  it('English: "takes place on <date> from … to … in Building …, room …, <address> C. The room …"', () => {
    const event = imported([
      'Research seminar',
      '',
      'Dear colleagues,',
      '',
      'We invite you to the next seminar, which takes place on Monday 8 November 2027 from 13.00 to 15.00 in Building 12, room 210, Campusvej 5, 9990 Vestby C. The room is on the second floor.',
      '',
      'Best wishes',
      'Ida Lund',
    ]);
    assert.ok(!/November|13\.00/.test(JSON.stringify(event.venue.name ?? '')), `a date is no venue: ${JSON.stringify(event.venue.name)}`);
    assert.match(JSON.stringify(event.venue.name ?? ''), /Building 12/);
    assert.equal(event.venue.address, 'Campusvej 5, 9990 Vestby C');
  });

  it('a street after the place’s name in the sentence, not a MobilePay number in another sentence with a date', () => {
    for (const order of ['payFirst', 'meetFirst'] as const) {
      const meet = 'Vi mødes til frokost fredag den 2. juli kl. 12.00 på Café Solsikken, Strandvejen 12 i Vestby – det er lige ved havnen.';
      const pay = 'Giv gerne et beløb på MobilePay 12 34 56 78 senest onsdag den 30. juni.';
      const event = imported(
        ['Hej alle', 'Ida går på pension, og det skal fejres!', ...(order === 'payFirst' ? [pay, meet] : [meet, pay]), 'Mvh Ole'],
        '2027-06-01',
      );
      assert.equal(event.venue.name, 'Café Solsikken', order);
      assert.equal(event.venue.address, 'Strandvejen 12, Vestby', order);
    }
  });

  it('the room said before the place’s name stays its room ("i salen på <skole>, <gade> 2")', () => {
    const event = imported([
      'Borgermøde om skolen',
      '',
      'Vi inviterer til borgermøde, og vi mødes tirsdag den 9. marts 2027 kl. 19.00 i festsalen på Nordby Skole, Skolevej 2, Nordby, hvor alle er velkomne.',
    ]);
    assert.equal(event.venue.name, 'Nordby Skole');
    assert.equal(event.venue.room, 'festsalen');
  });

  it('a place in plain words with the street its entrance is from', () => {
    const lines = [
      '*** SOMMERFEST ***',
      '',
      'Hej alle! Vi mødes lørdag d. 14. august kl. 14.00 på plænen bag klubhuset (indgang fra Engvej 12, Vestby) og hygger til ud på aftenen.',
      '',
      'Festudvalget',
    ];
    const event = imported(lines, '2027-06-01');
    assert.equal(event.venue.name, 'plænen bag klubhuset');
    assert.equal(event.venue.address, 'Engvej 12, Vestby');
    const where = answer(lines, '2027-06-01', '2027-07-01T10:00:00+02:00', 'hvor er det');
    assert.match(where, /plænen bag klubhuset/);
    assert.match(where, /Engvej 12/);
  });

  it('where we arrive after a bus ride in the sentence before', () => {
    const event = imported([
      'Staff day 2027',
      '',
      'Dear all, our staff day is on Friday 10 September 2027.',
      '',
      'We travel by bus, which leaves from the office at 8.00. After a short drive we arrive at Lakeside Conference Centre, Søvej 3, 9990 Vestby, where coffee is served.',
      '',
      'Best regards',
      'Ida Lund',
    ]);
    assert.equal(event.venue.name, 'Lakeside Conference Centre');
    assert.equal(event.venue.address, 'Søvej 3, 9990 Vestby');
  });
});

describe('an end said as how long it lasts ("til kl. …")', () => {
  it('a table booked until a time is the end; opening hours or a deadline are not', () => {
    const lunch = imported(
      [
        'Hej alle',
        'Vi mødes til frokost fredag den 2. juli kl. 12.00 på Café Solsikken, Strandvejen 12 i Vestby.',
        'Der er bestilt bord til os til kl. ca. 14.30.',
        'Mvh Ole',
      ],
      '2027-06-01',
    );
    assert.equal(lunch.end, '14:30');
    assert.notEqual(lunch.endIsEstimate, true);
    const open = imported(
      [
        'Hej alle',
        'Vi mødes til fest fredag den 2. juli kl. 18.00 på Café Solsikken, Strandvejen 12 i Vestby.',
        'Baren er åben til kl. 2.',
        'Tilmelding til Ole til kl. 12.',
      ],
      '2027-06-01',
    );
    assert.equal(open.endIsEstimate, true);
  });
});

describe('a party asked about as a party', () => {
  it('"when is the summer party", "hvornår slutter festen" of a Sommerfest', () => {
    const lines = [
      'SOMMERFEST I HAVEFORENINGEN',
      '',
      'Hej alle! Vi mødes lørdag d. 14. august kl. 15.00 på fællesarealet, Engvej 12, 9990 Vestby, og vi plejer at slutte omkring kl. 23.',
      '',
      'Festudvalget',
    ];
    assert.match(answer(lines, '2027-06-01', '2027-07-01T10:00:00+02:00', 'when is the summer party'), /14 August/);
    assert.match(answer(lines, '2027-06-01', '2027-07-01T10:00:00+02:00', 'hvornår slutter festen'), /23/);
  });

  it('"when is the christmas party", "hvornår er festen" of a julefrokost', () => {
    const lines = [
      'Julefrokost 2027',
      '',
      'Hej alle! Årets julefrokost holdes fredag den 3. december 2027 kl. 18.00 på Kroen, Ågade 2, 9990 Vestby.',
      '',
      'Festudvalget',
    ];
    assert.match(answer(lines, '2027-11-01', '2027-11-10T10:00:00+01:00', 'when is the christmas party'), /3 December/);
    assert.match(answer(lines, '2027-11-01', '2027-11-10T10:00:00+01:00', 'hvornår er festen'), /3\. december/);
  });
});
