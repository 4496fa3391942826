import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask, type Asked } from '../../src/answers/ask';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { daysNamed } from '../../src/understanding/days';
import type { FollowUpContext } from '../../src/understanding/frame';
import { knowledgeOf } from '../helpers/knowledge';
import { understand } from '../../src/understanding/understand';
import { klEvent } from '../helpers/event';

/** A course on two dates twelve days apart, each with its own times and content (Danish). */
const course = parseEventText(
  [
    'id: kursus-konflikt-2027',
    'title: Konflikthåndtering – kursus over to dage',
    'start: 2027-04-15T08:30',
    'end: 2027-04-27T14:00',
    'days:',
    '  - { date: 2027-04-15, start: "08:30", end: "15:30", title: Grundbegreber }',
    '  - { date: 2027-04-27, start: "09:00", end: "14:00", title: Svære samtaler i praksis }',
    'venue: { name: Kulturhuset, address: "Storegade 5, 9990 Vestby" }',
    'text: |',
    '  Kurset består af to kursusdage.',
    '',
    '  Dag 2 – Svære samtaler i praksis',
    '  - Rollespil med skuespillere',
    '  - Deeskalering ved skranken',
  ].join('\n'),
  'kursus.yaml',
);

/** A study visit on two days in a row, the first without an end the letter gives (English). */
const visit = parseEventText(
  [
    'id: study-visit-harbours-2027',
    'language: en',
    'title: Harbours in Practice – study visit',
    'start: 2027-09-14T09:00',
    'end: 2027-09-15T14:30',
    'days:',
    '  - { date: 2027-09-14, start: "09:00" }',
    '  - { date: 2027-09-15, start: "08:45", end: "14:30" }',
    'venue: { name: Harbour Hall, address: "Kajgade 3, 8000 Aarhus" }',
    'programme:',
    '  - { start: "09:00", title: Registration and coffee, date: 2027-09-14 }',
    '  - { start: "13:00", title: Bus tour of the harbour, date: 2027-09-14 }',
    '  - { start: "09:00", title: Workshops on flood data, date: 2027-09-15 }',
    '  - { start: "14:00", title: Wrap-up and farewell, date: 2027-09-15 }',
    'text: A two-day study visit on harbours and flood data.',
  ].join('\n'),
  'visit.yaml',
);

function conversation(event: MeetingEvent, now: string, ...messages: string[]) {
  const knowledge = knowledgeOf(event);
  let context: FollowUpContext | undefined;
  let last: Asked | undefined;
  for (const text of messages) {
    last = ask(text, knowledge, { now: DateTime.fromISO(now, { setZone: true }), context });
    context = last.answer ? { ...last.answer.memory, lang: last.understanding.lang } : context;
  }
  assert.ok(last?.answer, 'an answer');
  return last.answer;
}
const COURSE_NOW = '2027-03-15T09:00:00+01:00';
const VISIT_NOW = '2027-08-09T09:30:00+02:00';

describe('a meeting over several days', () => {
  it('"when" lists every day with its own times', () => {
    const da = conversation(course, COURSE_NOW, 'hvornår er kurset').text;
    assert.match(da, /15\. april 2027 kl\. 08\.30–15\.30/);
    assert.match(da, /27\. april 2027 kl\. 09\.00–14\.00/);
    const en = conversation(visit, VISIT_NOW, 'when is the study visit').text;
    assert.match(en, /14 September 2027, from 09:00/);
    assert.match(en, /15 September 2027, 08:45–14:30/);
  });

  it('a day named by number, ordinal, weekday or date gets that day’s times', () => {
    const day2 = conversation(course, COURSE_NOW, 'what time does day 2 start').text;
    assert.match(day2, /09:00/);
    assert.doesNotMatch(day2, /08:30/);
    const endDay1 = conversation(course, COURSE_NOW, 'hvornaar slutter dag 1').text;
    assert.match(endDay1, /15\.30/);
    assert.doesNotMatch(endDay1, /14\.00/);
    const followUp = conversation(course, COURSE_NOW, 'hvad tid er det d 15 april', 'og den anden dag?').text;
    assert.match(followUp, /09\.00–14\.00/);
    assert.doesNotMatch(followUp, /08\.30/);
    const wednesday = conversation(visit, VISIT_NOW, 'what time does it finish on wed').text;
    assert.match(wednesday, /14:30/);
    assert.match(wednesday, /Wednesday 15 September/);
  });

  it('a day whose end the letter does not give is not given one', () => {
    const answer = conversation(visit, VISIT_NOW, 'when does day 1 end');
    assert.equal(answer.kind, 'dontKnow');
    assert.doesNotMatch(answer.text, /14:30/);
  });

  it('yes/no questions about the days are confirmed or corrected from them', () => {
    assert.match(conversation(course, COURSE_NOW, 'er det 2 dage i træk?').text, /^Nej.*27\. april/s);
    assert.match(conversation(visit, VISIT_NOW, 'is it two days in a row?').text, /^Yes/);
    assert.match(conversation(course, COURSE_NOW, 'er det den 27.?').text, /^Ja/);
    assert.match(conversation(course, COURSE_NOW, 'er det den 16.?').text, /^Nej.*15\. april.*27\. april/s);
    assert.match(conversation(visit, VISIT_NOW, 'is it on a wednesday?').text, /^Yes/);
    assert.match(conversation(course, COURSE_NOW, 'starter dag 2 kl 8.30?').text, /^Nej.*09\.00/s);
  });

  it('what happens on a day: that day’s items, or the letter’s paragraph about it', () => {
    const items = conversation(visit, VISIT_NOW, 'whats happening on day 2').text;
    assert.match(items, /Workshops on flood data/);
    assert.doesNotMatch(items, /Bus tour/);
    assert.match(conversation(course, COURSE_NOW, 'hvad laver vi paa dag 2').text, /Deeskalering/);
  });

  it('a question of the end of the whole meeting says which day', () => {
    const end = conversation(course, COURSE_NOW, 'hvornår slutter kurset').text;
    assert.match(end, /14\.00/);
    assert.match(end, /27\. april/);
  });

  it('coming late to a meeting over several days is answered with each day’s times, not one day’s start and another’s end', () => {
    const late = conversation(course, COURSE_NOW, 'jeg kan først komme kl 9 den første dag').text;
    assert.match(late, /15\. april 2027 kl\. 08\.30–15\.30/);
    assert.doesNotMatch(late, /begynder kl\. 08\.30 og slutter kl\. 14\.00/);
  });

  it('days are named by number, ordinal, weekday and date, not by "en anden dag"', () => {
    assert.deepEqual(daysNamed('og den anden dag?', course), [1]);
    assert.deepEqual(daysNamed('the second day', course), [1]);
    assert.deepEqual(daysNamed('hvad med 1. dag', course), [0]);
    assert.deepEqual(daysNamed('on the last day', course), [1]);
    assert.deepEqual(daysNamed('day two', visit), [1]);
    assert.deepEqual(daysNamed('on wed', visit), [1]);
    assert.deepEqual(daysNamed('d 15 april', course), [0]);
    assert.deepEqual(daysNamed('kan jeg komme en anden dag', course), []);
  });

  it('an event without days is understood as before: no day, no check of days', () => {
    const understood = understand('er det 2 dage i træk?', knowledgeOf(klEvent));
    assert.ok(
      understood.kind !== 'question' || understood.frames.every((frame) => frame.day === undefined && frame.check?.kind !== 'days'),
    );
    const day2 = understand('hvornår starter dag 2', knowledgeOf(klEvent));
    assert.ok(day2.kind !== 'question' || day2.frames.every((frame) => frame.day === undefined));
  });
});
