import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/event/import/letter';
import { sentencesOfLine } from '../../src/understanding/normalize';
import { draftOf } from '../helpers/drafts';

/** A newsletter written for these tests: the meeting is one numbered section among others, its heading in capitals. */
const NEWSLETTER = [
  'NYHEDSBREV FRA FORENINGSRÅDET · Lindholt Borgerforening · marts 2027',
  '',
  'Kære medlemmer',
  '',
  'I dette nummer kan I læse om:',
  '  1. Medlemsmøde om den nye sti',
  '  2. Kort nyt',
  '',
  '------------------------------------------',
  '1. MEDLEMSMØDE TORSDAG DEN 8. APRIL 2027',
  '------------------------------------------',
  'Vi samles i forsamlingshuset og ser på tegningerne til den nye sti langs åen.',
  '',
  '------------------------------------------',
  '2. KORT NYT',
  '------------------------------------------',
  '• Rådet holder næste møde den 20. maj – vores møder er åbne for alle.',
  '',
  'Venlig hilsen',
  'Foreningsrådet',
];

describe('a meeting announced in a newsletter section', () => {
  it('the date in a capitalised section heading naming the meeting is the meeting’s, not a later date in the news', () => {
    const { event } = draftOf(NEWSLETTER, '2027-03-01');
    assert.equal(event.start.slice(0, 10), '2027-04-08');
  });

  it('a compound naming the meeting ("Forældremøde tirsdag …") counts as a meeting word', () => {
    const lines = NEWSLETTER.map((line) => (line.startsWith('1. MEDLEMSMØDE') ? '1. Forældremøde torsdag den 8. april 2027' : line));
    const { event } = draftOf(lines, '2027-03-01');
    assert.equal(event.start.slice(0, 10), '2027-04-08');
  });
});

describe('a date or a heading number in capitals ends no sentence', () => {
  it('"TORSDAG DEN 8. APRIL 2027" and "1. MEDLEMSMØDE" stay whole when quoted', () => {
    const line = '1. MEDLEMSMØDE TORSDAG DEN 8. APRIL 2027 Vi samles i forsamlingshuset. Kaffen står klar.';
    for (const split of [sentencesOfLine, splitSentences]) {
      const sentences = split(line);
      assert.ok(sentences[0]!.includes('8. APRIL 2027'), `${split.name}: ${JSON.stringify(sentences)}`);
      assert.ok(sentences[0]!.startsWith('1. MEDLEMSMØDE'), `${split.name}: ${JSON.stringify(sentences)}`);
      assert.equal(sentences[sentences.length - 1], 'Kaffen står klar.');
    }
  });
});

describe('a programme with parallel tracks listed below it', () => {
  it('ends with the latest closing item, not the tracks’ last line', () => {
    const { event } = draftOf(
      [
        '# Regional Library Day 2027',
        '',
        '**Thursday 14 October 2027 · Harbour House, Kajvej 3, 7100 Vejle**',
        '',
        '## Programme',
        '',
        '| Time | Item |',
        '|---|---|',
        '| 9.00 | Registration and coffee |',
        '| 10.00 | Keynote on reading habits |',
        '| 12.00 | Lunch |',
        '| 13.00 | Parallel tracks (see below) |',
        '| 15.30 | End of the day – drinks in the foyer |',
        '',
        '### Track A – Children’s libraries',
        '- 13.00 "Reading clubs that last" – **Ida Holm**, librarian',
        '- 14.15 Questions and wrap-up',
        '',
        '### Track B – Digital services',
        '- 13.00 "Chat on the library website" – **Peter Lund**, developer',
        '- 14.15 Questions and wrap-up',
        '',
        'Kind regards',
        'Regional Library Network',
      ],
      '2027-09-01',
    );
    assert.equal(event.start, '2027-10-14T09:00');
    assert.ok(event.end?.endsWith('15:30'), String(event.end));
  });
});
