import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventFileError, parseEventText } from '../../src/event/load';

const problemsOf = (run: () => unknown): EventFileError['problems'] => {
  try {
    run();
  } catch (error) {
    if (error instanceof EventFileError) return error.problems;
    throw error;
  }
  assert.fail('expected an EventFileError');
};

/** A course on two separate dates; `days` replaced by the test's own lines. */
const course = (days: string, start = '2027-04-15T08:30', end = '2027-04-27T14:00'): string =>
  [
    'id: kursus-to-dage',
    'title: Kursus over to dage',
    `start: ${start}`,
    `end: ${end}`,
    'venue: { name: Salen }',
    'text: Kurset holdes over to dage.',
    days,
  ].join('\n');

const TWO_DAYS = [
  'days:',
  '  - { date: 2027-04-15, start: "08:30", end: "15:30", title: Basal førstehjælp }',
  '  - { date: 2027-04-27, start: "9.00", end: "14:00" }',
].join('\n');

describe('event days', () => {
  it('a meeting on two separate dates keeps each day with its own times', () => {
    const event = parseEventText(course(TWO_DAYS), 'kursus.yaml');
    assert.deepEqual(
      event.days.map((day) => [day.date, day.start, day.end]),
      [
        ['2027-04-15', '08:30', '15:30'],
        ['2027-04-27', '09:00', '14:00'],
      ],
    );
    assert.deepEqual(event.days[0]?.title, { da: 'Basal førstehjælp' });
  });

  it('an event without days has an empty list, as before', () => {
    const event = parseEventText(course('', '2027-04-15T08:30', '"15:30"'), 'kursus.yaml');
    assert.deepEqual(event.days, []);
    assert.equal(event.end, '2027-04-15T15:30');
  });

  it('when the days are out of order, then the day is named', () => {
    const days = ['days:', '  - { date: 2027-04-27, start: "08:30" }', '  - { date: 2027-04-15, end: "14:00" }'].join('\n');
    const problems = problemsOf(() => parseEventText(course(days, '2027-04-27T08:30', '2027-04-28T14:00'), 'kursus.yaml'));
    assert.ok(
      problems.some((p) => p.path === 'days.1.date' && /after/.test(p.message)),
      JSON.stringify(problems),
    );
  });

  it('when a day lies outside start and end, then the day is named with its line', () => {
    const days = ['days:', '  - { date: 2027-04-15, start: "08:30" }', '  - { date: 2027-05-02, end: "14:00" }'].join('\n');
    const problems = problemsOf(() => parseEventText(course(days), 'kursus.yaml'));
    const problem = problems.find((p) => p.path === 'days.1.date');
    assert.ok(problem, JSON.stringify(problems));
    assert.equal(problem.line, 9);
  });

  it('when the first day is not at the start or the last not at the end, then those fields are named', () => {
    const days = ['days:', '  - { date: 2027-04-15, start: "10:00" }', '  - { date: 2027-04-27, end: "16:00" }'].join('\n');
    const paths = problemsOf(() => parseEventText(course(days), 'kursus.yaml')).map((p) => p.path);
    assert.ok(paths.includes('days.0.start') && paths.includes('days.1.end'), paths.join(', '));
  });

  it('when a day ends before it starts, or only one day is listed, then it is named', () => {
    const backwards = ['days:', '  - { date: 2027-04-15, start: "08:30", end: "08:00" }', '  - { date: 2027-04-27 }'].join('\n');
    assert.ok(problemsOf(() => parseEventText(course(backwards), 'kursus.yaml')).some((p) => p.path === 'days.0.end'));
    const single = ['days:', '  - { date: 2027-04-15 }'].join('\n');
    assert.ok(problemsOf(() => parseEventText(course(single), 'kursus.yaml')).some((p) => p.path === 'days'));
  });
});
