import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * A course over several mornings, each under a heading of its own ("Morning 1 – Tuesday 4/5, 09:00–12:00") with its
 * title, teacher and link below: the mornings are the course's days, each with its own times and teacher, and "the
 * last morning" is the last of them.
 */

const letter = draftOf([
  'Invitation – online course "Tidy Spreadsheets" (3 mornings, May 2027)',
  '',
  'Dear colleagues,',
  '',
  'Welcome to our online course on Zoom, Tuesday 4/5, Tuesday 11/5 and Tuesday 18/5 2027.',
  '',
  'PROGRAMME',
  '',
  'Morning 1 – Tuesday 4/5, 09:00–12:00',
  '"Naming columns"',
  'by Oskar Vilbrandt, analyst, Fjordby College',
  'Zoom: https://tidy.example.org/m1',
  '',
  'Morning 2 – Tuesday 11/5, 09:00–12:00',
  '"Pivot tables"',
  'by Mette Sølvhøj, lecturer, Kroglund Institute',
  'Zoom: https://tidy.example.org/m2',
  '',
  'Morning 3 – Tuesday 18/5, 09:00–12:45',
  '"Your own sheet" – you bring a sheet and we tidy it together in small groups',
  'led by Runa Pallesdottir, consultant, Tidy Data Co-op',
  'Zoom: https://tidy.example.org/m3',
  '',
  'Register at https://tidy.example.org/signup no later than Friday 16/4.',
  '',
  'Kind regards',
  'Ebbe Lundkjær',
]).event;

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe('a course of numbered mornings', () => {
  it('has the mornings as its days, each with its own times', () => {
    assert.deepEqual(
      letter.days.map((day) => [day.date, day.start, day.end]),
      [
        ['2027-05-04', '09:00', '12:00'],
        ['2027-05-11', '09:00', '12:00'],
        ['2027-05-18', '09:00', '12:45'],
      ],
    );
  });

  it("reads each morning's title and teacher", () => {
    assert.deepEqual(
      letter.programme.map((item) => item.title.en ?? item.title.da),
      ['Naming columns', 'Pivot tables', 'Your own sheet'],
    );
    assert.ok(letter.people.some((person) => person.name === 'Runa Pallesdottir'));
  });

  it("gives each morning's own link", () => {
    for (const [question, link] of [
      ['zoom link for day 2?', 'm2'],
      ['whats the zoom link for the first morning', 'm1'],
      ['hvad er zoom linket til sidste morgen', 'm3'],
    ] as const) {
      const reply = answer(question);
      assert.match(reply.text, new RegExp(`tidy\\.example\\.org/${link}`), question);
      for (const other of ['m1', 'm2', 'm3'].filter((own) => own !== link))
        assert.doesNotMatch(reply.text, new RegExp(`tidy\\.example\\.org/${other}`), question);
    }
  });

  it("answers the last morning's end, not the sign-up deadline", () => {
    for (const question of ['hvornår slutter sidste dag', 'is the last morning also done at 12?', 'when does the last morning end']) {
      const reply = answer(question);
      assert.match(reply.text, /12[.:]45/, question);
      assert.doesNotMatch(reply.text, /16 April|16\. april/, question);
    }
  });
});
