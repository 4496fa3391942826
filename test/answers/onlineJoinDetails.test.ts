import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * An online meeting's join block pasted into a letter (meeting id, passcode, dial-in with a conference id): asked for one
 * detail, the answer gives that line exactly, in either language, and not the other details. A choice between languages
 * ("english or swedish?") is answered by the language the letter states.
 */

const teams = draftOf([
  'Netværksmøde om digital forvaltning',
  '',
  'Kære netværk',
  '',
  'Vi mødes online på Teams onsdag den 12. maj 2027 kl. 13.00-14.30.',
  '',
  'Dagsorden',
  '1. Velkomst',
  '2. Erfaringer med chatbots',
  '3. Eventuelt',
  '',
  'Venlig hilsen',
  'Sara Holt',
  'Netværkskoordinator',
  '',
  '________________________________________________________________________________',
  'Microsoft Teams-møde',
  'Deltag på computeren, i mobilappen eller på en enhed i lokalet',
  'Deltag via Microsoft Teams https://teams.example.com/l/meetup-join/19%3ameeting_test%40thread.v2/0',
  'Møde-id: 512 774 903 218',
  'Adgangskode: Tr5pK9',
  '________________________________________________________________________________',
  'Ring ind via telefon (kun lyd)',
  '+45 35 44 12 90,,443210987#   Danmark, København',
  'Telefonkonference-id: 443 210 987#',
]).event;

const english = draftOf([
  'Webinar series on coastal planning',
  '',
  'Dear colleagues,',
  '',
  'The Vestby Planning Network invites planners to a webinar on Thursday 20 May 2027, 13:00–15:00.',
  '',
  'Practical information',
  'All sessions are held in English on Zoom. The link is sent to registered participants the day before.',
  '',
  'Register by 10 May at www.vestby.example.dk/webinar.',
  '',
  'Kind regards',
  'Anna Berg',
  'Coordinator, Vestby Planning Network',
]).event;

function answer(event: MeetingEvent, question: string, now = '2027-05-01T10:00:00+02:00') {
  return ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) }).answer!;
}

describe('join details of an online meeting', () => {
  it('gives the meeting id, however it is written', () => {
    for (const question of ['mødeid?', 'hvad er møde-id', "what's the meeting id"]) {
      const reply = answer(teams, question);
      assert.equal(reply.kind, 'answer', question);
      assert.match(reply.text, /512 774 903 218/, question);
      assert.doesNotMatch(reply.text, /Tr5pK9|443 210 987/, question);
    }
  });

  it('gives the passcode alone', () => {
    for (const question of ['adgangskode?', 'adgangskode til teams', 'what is the passcode']) {
      const reply = answer(teams, question);
      assert.equal(reply.kind, 'answer', question);
      assert.match(reply.text, /Tr5pK9/, question);
      assert.doesNotMatch(reply.text, /512 774 903 218/, question);
    }
  });

  it('gives the dial-in number and its conference id, across languages', () => {
    for (const question of ["what's the conference id for dial-in", 'kan man ringe ind']) {
      const reply = answer(teams, question);
      assert.equal(reply.kind, 'answer', question);
      assert.match(reply.text, /443 210 987/, question);
      assert.match(reply.text, /\+45 35 44 12 90/, question);
      assert.doesNotMatch(reply.text, /Tr5pK9/, question);
    }
  });

  it('does not make up a detail the letter does not give', () => {
    const reply = answer(english, 'what is the zoom passcode');
    assert.doesNotMatch(reply.text, /passcode:/i);
  });
});

describe('a choice between languages', () => {
  it('is answered by the language the letter states', () => {
    const reply = answer(english, 'is it in english or swedish?');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /English/);
    assert.doesNotMatch(reply.text, /nothing about/i);
  });

  it('neither language named: no, and the one the letter states', () => {
    const reply = answer(english, 'is it in danish or swedish?');
    assert.match(reply.text, /^No/);
    assert.match(reply.text, /English/);
  });

  it('another language than the letter states is no', () => {
    const reply = answer(english, 'is it in swedish');
    assert.match(reply.text, /^No/);
    assert.match(reply.text, /English/);
  });
});
