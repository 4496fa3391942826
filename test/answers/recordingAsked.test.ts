import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * "can I watch it later?", "bliver det optaget?" of a letter whose first sentence about taking part online is not the one
 * about the recording: the letter's sentence about the recording answers, never the online one or "it does not say".
 */

const english = draftOf([
  'Webinar on digital care',
  '',
  'Dear colleagues,',
  '',
  'The Vestby Care Network invites care staff to a free online webinar on digital care on Thursday 20 May 2027, 13:00–15:00.',
  '',
  'Programme',
  '13:00 Welcome by Anna Berg',
  '13:30 Sensors at home by Mads Kjeldsen',
  '14:30 Questions and answers',
  '',
  'Register by 10 May at www.vestby.example.dk/webinar.',
  '',
  'Recording',
  'Only the presentations are recorded – the questions and answers are not. The recording is sent to all registered participants within one week.',
  '',
  'Kind regards',
  'Anna Berg',
  'Coordinator, Vestby Care Network',
]).event;

const danish = draftOf([
  'Webinar om digital pleje',
  '',
  'Kære alle',
  '',
  'Nordby Plejenetværk inviterer til et gratis onlinewebinar om digital pleje torsdag den 14. oktober 2027 kl. 13.00–15.00.',
  '',
  'Program',
  '13.00 Velkomst v/ Hanne Lund',
  '13.30 Sensorer i hjemmet v/ Mads Holm',
  '14.30 Spørgsmål og svar',
  '',
  'Tilmelding senest 1. oktober på www.nordby.example.dk/webinar.',
  '',
  'Optagelse',
  'Kun oplæggene bliver optaget – spørgsmålene bliver ikke. Optagelsen sendes til alle tilmeldte inden for en uge.',
  '',
  'Venlig hilsen',
  'Hanne Lund',
  'Koordinator, Nordby Plejenetværk',
]).event;

function answer(event: MeetingEvent, now: string, question: string) {
  const knowledge = new EventKnowledge(event);
  return ask(question, knowledge, { now: DateTime.fromISO(now, { setZone: true }) }).answer!;
}

describe('a recording asked of a letter that speaks of it apart from taking part online', () => {
  const cases = [
    { name: 'English', event: english, now: '2027-04-01T12:00:00+02:00', said: /presentations are recorded/ },
    { name: 'Danish', event: danish, now: '2027-09-01T12:00:00+02:00', said: /oplæggene bliver optaget/i },
  ];
  for (const { name, event, now, said } of cases) {
    it(`(${name} letter) answers from the letter's sentence about the recording`, () => {
      for (const question of ['can i watch it later', 'is the q&a recorded too', 'bliver det optaget']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.match(reply.text, said, `${question}: ${reply.text}`);
      }
    });
  }
});
