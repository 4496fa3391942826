import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * When a gathering over several days or mornings is, asked in the words people use for it: its dates ("what dates"),
 * its start "each morning", its name ("the study visit", "the summer outing") and whether it is on another weekday.
 */

const course = draftOf([
  'Invitation – online course "Clean Ledgers" (3 mornings, May 2027)',
  '',
  'Dear colleagues,',
  '',
  'Welcome to our online course on Zoom, Tuesday 4/5, Tuesday 11/5 and Tuesday 18/5 2027.',
  '',
  'PROGRAMME',
  '',
  'Morning 1 – Tuesday 4/5, 09:00–12:00',
  '"Naming accounts"',
  'by Oskar Vilbrandt, analyst, Fjordby College',
  '',
  'Morning 2 – Tuesday 11/5, 09:00–12:00',
  '"Closing the books"',
  'by Mette Sølvhøj, lecturer, Kroglund Institute',
  '',
  'Morning 3 – Tuesday 18/5, 09:00–12:45',
  '"Your own ledger"',
  'led by Runa Pallesdottir, consultant, Ledger Co-op',
  '',
  'Register at https://ledger.example.org/signup no later than Friday 16/4.',
  '',
  'Questions: Ebbe Lundkjær, course coordinator, ebbe@ledger.example.org',
  '',
  'Kind regards',
  'Ebbe Lundkjær',
]).event;

const visit = draftOf([
  '# Study visit to Brambury Municipality – 19–20 May 2027',
  '',
  'Dear members,',
  '',
  'We invite you to this spring study visit, hosted by Brambury Municipality.',
  '',
  '## Programme',
  '',
  '### Wednesday 19 May 2027',
  '',
  '- **10.30** Registration and coffee, Brambury Town Hall, Kirkegade 3, 6999 Brambury',
  '- **11.00** Welcome by the mayor',
  '- **13.30** Walking tour of the green streets, starting at Møllevej 12',
  '- **19.00** Dinner at Restaurant Lyngtoppen',
  '',
  '### Thursday 20 May 2027',
  '',
  '- **09.00** Site visit at the water works',
  '- **12.00** Lunch',
  '- **13.30** End of the study visit; the bus returns to Brambury Station',
  '',
  'Kind regards',
  'Tove Arnfeldt',
]).event;

const outing = draftOf([
  'Sommerudflugt til Skovbjerg Have',
  '',
  'Kære medlemmer',
  '',
  'Foreningen inviterer til sommerudflugt torsdag den 17. juni 2027 kl. 8.00–18.30.',
  'Vi kører i bus fra Torvet i Vestermølle og besøger haverne ved Skovbjerg.',
  '',
  'Tilmelding til formand Gerda Vinkel, telefon 40 11 22 33, senest den 1. juni.',
  '',
  'Med venlig hilsen',
  'Gerda Vinkel',
]).event;

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const ask = (event: typeof course, question: string) => conversationAnswers(knowledgeOf(event), now, question)[0]!;

describe('when a gathering over several days is', () => {
  it('gives the dates of every morning when asked "what dates", not the coordinator', () => {
    const answer = ask(course, 'what dates is the ledger course');
    assert.equal(answer.kind, 'answer');
    for (const date of ['4 May', '11 May', '18 May']) assert.match(answer.text, new RegExp(date));
    assert.doesNotMatch(answer.text, /ebbe@/);
  });

  it('answers the start "each morning" with the times of every morning', () => {
    const answer = ask(course, 'what time does it start each morning');
    assert.equal(answer.kind, 'answer');
    assert.match(answer.text, /09:00–12:00/);
    assert.match(answer.text, /09:00–12:45/);
  });

  it('corrects a wrong weekday of the course, not naming the course coordinator', () => {
    const answer = ask(course, 'is the course on thursdays?');
    assert.match(answer.text, /Tuesday/);
    assert.doesNotMatch(answer.text, /ebbe@/);
  });

  it('still finds the course coordinator by the rest of the title', () => {
    assert.match(ask(course, 'who is the course coordinator').text, /Ebbe Lundkjær/);
  });

  it('takes "the study visit" for the whole visit, starting with the programme, not its last item', () => {
    assert.equal(visit.start, '2027-05-19T10:30');
    const answer = ask(visit, 'when is the study visit');
    assert.match(answer.text, /19 May/);
    assert.match(answer.text, /10:30/);
    assert.doesNotMatch(answer.text, /End of the study visit/);
  });

  it('takes a season in the name ("the summer outing") for no typo of a cue', () => {
    const answer = ask(outing, 'what day is the summer outing');
    assert.equal(answer.kind, 'answer');
    assert.match(answer.text, /17 June/);
  });
});
