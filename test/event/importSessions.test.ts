import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEAMS_DA, TWICE_EN, TWO_DAYS_DA } from '../helpers/alternativeDateLetters';
import { draftOf } from '../helpers/drafts';

describe('importing a meeting held on alternative dates', () => {
  it('"Hold 1 … / Hold 2 …" gives two sessions with their own times, places and deadlines; the meeting is the first', () => {
    const { event, yaml } = draftOf(TEAMS_DA);
    assert.equal(event.sessions.length, 2);
    assert.deepEqual(
      event.sessions.map((s) => [s.label.da, s.start, s.end]),
      [
        ['Hold 1', '2027-03-02T09:00', '2027-03-02T12:00'],
        ['Hold 2', '2027-03-09T13:00', '2027-03-09T16:00'],
      ],
    );
    assert.equal(event.start, '2027-03-02T09:00');
    assert.equal(event.end, '2027-03-02T12:00');
    assert.deepEqual(event.days, [], 'alternatives are no days of one meeting');
    assert.match(event.sessions[0]!.venue?.name?.da ?? '', /Vestby Rådhus/);
    assert.match(event.sessions[1]!.venue?.name?.da ?? '', /Nordby Bibliotek/);
    assert.deepEqual(
      event.sessions.map((s) => s.deadline?.slice(0, 10)),
      ['2027-02-16', '2027-02-23'],
    );
    assert.equal(event.registration?.deadline?.slice(0, 10), '2027-02-23', 'sign-up closes with the last session’s deadline');
    assert.match(yaml, /sessions:\n\s+- label: Hold 1/);
  });

  it('"The webinar runs twice: 4 May and 11 May" gives two sessions at the time both share', () => {
    const { event } = draftOf(TWICE_EN);
    assert.deepEqual(
      event.sessions.map((s) => [s.start, s.end]),
      [
        ['2027-05-04T10:00', '2027-05-04T11:30'],
        ['2027-05-11T10:00', '2027-05-11T11:30'],
      ],
    );
    assert.equal(event.start, '2027-05-04T10:00');
    assert.deepEqual(event.days, []);
  });

  it('"Kurset afholdes to gange: …" with the dates as a list below gives a session for each', () => {
    const { event, yaml } = draftOf([
      'Temadag om affaldssortering',
      '',
      'Temadagen afholdes to gange, vælg den dato der passer dig:',
      '- onsdag den 5. maj 2027 kl. 9–12',
      '- onsdag den 12. maj 2027 kl. 9–12',
      '',
      'Sted: Genbrugspladsen, Industrivej 3, 6000 Vestby',
    ]);
    assert.deepEqual(
      event.sessions.map((s) => s.start),
      ['2027-05-05T09:00', '2027-05-12T09:00'],
    );
    assert.match(yaml, /CHECK:.*sessions/);
  });

  it('"afholdes to gange: … og …, begge dage kl. 19–21" is two sessions at that time: "begge" is of the time', () => {
    const { event } = draftOf([
      'Borgermøde om ny lokalplan',
      '',
      'Mødet afholdes to gange: tirsdag den 4. maj og torsdag den 6. maj 2027, begge dage kl. 19–21.',
      '',
      'Sted: Forsamlingshuset, Byvej 2, 6000 Vestby',
    ]);
    assert.deepEqual(
      event.sessions.map((s) => [s.start, s.end]),
      [
        ['2027-05-04T19:00', '2027-05-04T21:00'],
        ['2027-05-06T19:00', '2027-05-06T21:00'],
      ],
    );
  });

  it('"Team A: … / Team B: …" lines keep to their own line: the letter’s general deadline is no session’s', () => {
    const { event } = draftOf([
      'Workshop on Data Protection',
      '',
      'The workshop is offered for two teams with the same content.',
      '',
      'Team A: Monday 7 June 2027, 9:00–12:00',
      'Team B: Monday 14 June 2027, 9:00–12:00',
      '',
      'Register by 1 June 2027 at dp.example/signup.',
    ]);
    assert.deepEqual(
      event.sessions.map((s) => [s.label.en, s.start, s.deadline]),
      [
        ['Team A', '2027-06-07T09:00', undefined],
        ['Team B', '2027-06-14T09:00', undefined],
      ],
    );
    assert.equal(event.registration?.deadline?.slice(0, 10), '2027-06-01');
  });

  it('numbered sessions with no word of choice stay the days of one course', () => {
    const { event } = draftOf([
      'Aftenkursus i foreningsregnskab',
      '',
      'Session 1: tirsdag den 5. oktober 2027 kl. 19–21',
      'Session 2: tirsdag den 12. oktober 2027 kl. 19–21',
      '',
      'Sted: Medborgerhuset, Torvet 2, 6000 Vestby',
    ]);
    assert.deepEqual(event.sessions, []);
  });

  it('a course over two days ("Dag 1 … Dag 2", "begge dage") has days, not sessions', () => {
    const { event } = draftOf(TWO_DAYS_DA);
    assert.deepEqual(event.sessions, []);
    assert.equal(event.days.length, 2);
  });
});
