import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeetingEvent } from '../../src/event/model';
import { draftOf } from '../helpers/drafts';

/** Letters over several days, written for these tests; each draft must load as it is written. */
const imported = draftOf;

const daysOf = (event: MeetingEvent) => event.days.map((day) => [day.date, day.start, day.end]);

describe('importing a meeting over several days', () => {
  it('"Dag 1: … / Dag 2: …" lines on separate dates give each day its times, and the meeting spans them', () => {
    const { event, yaml } = imported([
      'Kursus i konflikthåndtering for frontpersonale',
      '',
      'Kurset går over to dage:',
      'Dag 1: torsdag den 15. april 2027 kl. 8.30–15.30',
      'Dag 2: tirsdag den 27. april 2027 kl. 9–14',
      '',
      'Sted: Kulturhuset, Storegade 5, 9990 Vestby',
      '',
      'Tilmelding til Kim Holm, kh@vestby.dk.',
    ]);
    assert.deepEqual(daysOf(event), [
      ['2027-04-15', '08:30', '15:30'],
      ['2027-04-27', '09:00', '14:00'],
    ]);
    assert.equal(event.start, '2027-04-15T08:30');
    assert.equal(event.end, '2027-04-27T14:00');
    assert.match(yaml, /days:\n\s+- date: 2027-04-15\n\s+start: "08:30"/);
    assert.doesNotMatch(yaml, /also names 2027-04-27/, 'a date that is one of the days is no rival');
  });

  it('"Day 1 – Tuesday 14 September" headings take each day’s times from its programme, and day titles stay out', () => {
    const { event } = imported([
      '# Nordic Water Days 2027',
      '',
      'We invite you to two days on climate adaptation at Harbour Hall, Kajgade 3, 8000 Aarhus.',
      '',
      '## Day 1 – Tuesday 14 September 2027',
      '',
      '| Time | Item |',
      '|---|---|',
      '| 09:30 | Registration and coffee |',
      '| 10:00 | Welcome |',
      '| 16:00 | End of day 1 |',
      '| 19:00 | Dinner |',
      '',
      '## Day 2 – Wednesday 15 September 2027',
      '',
      '| Time | Item |',
      '|---|---|',
      '| 08:45 | Morning coffee |',
      '| 09:00 | Workshops |',
      '| 13:30 | Closing and farewell |',
      '',
      'Register at https://water.example/days by 20 August 2027.',
    ]);
    assert.deepEqual(daysOf(event), [
      ['2027-09-14', '09:30', '16:00'],
      ['2027-09-15', '08:45', '13:30'],
    ]);
    assert.equal(event.end, '2027-09-15T13:30');
  });

  it('"Kursusdage: 15. og 27. april" are two days, not a span, with the times given for both', () => {
    const { event } = imported([
      'Førstehjælpskursus for pædagoger',
      '',
      'Kursusdage: 15. og 27. april 2027, begge dage kl. 9.00–15.00',
      'Sted: Sundhedshuset, Åvej 4, 9990 Vestby',
    ]);
    assert.deepEqual(daysOf(event), [
      ['2027-04-15', '09:00', '15:00'],
      ['2027-04-27', '09:00', '15:00'],
    ]);
    assert.equal(event.end, '2027-04-27T15:00');
  });

  it('"fra mandag … kl. 10 til tirsdag … kl. 15" gives a first day that starts and a last day that ends', () => {
    const { event } = imported([
      'Internat for ledere i ældreplejen',
      '',
      'Vi holder internat fra mandag den 3. maj 2027 kl. 10.00 til tirsdag den 4. maj 2027 kl. 15.00 på Hotel Fjord, Strandvej 1, 7100 Vejle.',
    ]);
    assert.deepEqual(daysOf(event), [
      ['2027-05-03', '10:00', undefined],
      ['2027-05-04', undefined, '15:00'],
    ]);
    assert.equal(event.start, '2027-05-03T10:00');
    assert.equal(event.end, '2027-05-04T15:00');
  });

  it('a meeting of one day, or days the letter leaves unclear, get no days', () => {
    const oneDay = imported(['Borgermøde om skolen', '', 'Onsdag den 10. marts 2027 kl. 19.00–21.00 i Hallen, Skolevej 1, 9990 Vestby.']);
    assert.deepEqual(oneDay.event.days, []);
    assert.equal(oneDay.event.end, '2027-03-10T21:00');
    // Day 2 before day 1, and a day 1 and 3 without a day 2: the numbering does not add up.
    const backwards = imported([
      'Kursus i ledelse',
      '',
      'Dag 1: tirsdag den 27. april 2027 kl. 9–14',
      'Dag 2: torsdag den 15. april 2027 kl. 8.30–15.30',
      'Sted: Rådhuset, Torvet 1, 9990 Vestby',
    ]);
    assert.deepEqual(backwards.event.days, []);
    const gap = imported([
      'Kursus i ledelse',
      '',
      'Dag 1: torsdag den 15. april 2027 kl. 8.30–15.30',
      'Dag 3: tirsdag den 27. april 2027 kl. 9–14',
      'Sted: Rådhuset, Torvet 1, 9990 Vestby',
    ]);
    assert.deepEqual(gap.event.days, []);
  });

  it('weekdays before a date are no day numbers ("Mandag 3. maj")', () => {
    const { event } = imported([
      'Temamøde om trivsel',
      '',
      'Mandag 3. maj 2027 kl. 17–19',
      'Tirsdag 4. maj 2027 kl. 17–19 (samme program, vælg én aften)',
      'Sted: Skolen, Skolevej 1, 9990 Vestby',
    ]);
    assert.deepEqual(event.days, []);
  });
});
