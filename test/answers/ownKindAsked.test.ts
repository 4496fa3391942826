import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * The word a letter calls its own meeting by ("Webinar: …", "Studietur til …") names the meeting: "when is the
 * webinar" of a webinar asks when the meeting is, not about taking part online.
 */

const webinar = draftOf([
  'Webinar: Digital post in practice',
  '',
  'Dear colleagues,',
  '',
  'The Vestby Digital Network invites you to a free online webinar on digital post for citizens.',
  '',
  'Date: Thursday 10 June 2027',
  'Time: 10:00–11:30',
  'Where: Online in Microsoft Teams',
  '',
  'Register by 3 June at www.vestby.example.dk/webinar.',
  '',
  'Kind regards',
  'Per Smed',
  'Network coordinator, Vestby Digital Network',
  'Phone 86 12 34 56',
]).event;

const seminar = draftOf([
  'Seminar om klimatilpasning',
  '',
  'Kære alle',
  '',
  'Vestby Kommune inviterer til seminar om klimatilpasning torsdag den 10. juni 2027 kl. 10.00–14.00 i Vestby Hallen, Skolevej 3, 9990 Vestby.',
  '',
  'Tilmelding senest 3. juni på www.vestby.example.dk/seminar.',
  '',
  'Venlig hilsen',
  'Per Smed',
  'Projektleder, Vestby Kommune',
]).event;

function answer(event: typeof webinar, question: string): string {
  const reply = ask(question, new EventKnowledge(event), { now: DateTime.fromISO('2027-05-01T12:00:00+02:00', { setZone: true }) });
  return reply.answer!.text;
}

describe('the letter’s own word for its meeting', () => {
  it('“when is the webinar” of a webinar is when the meeting is', () => {
    for (const question of ['when is the webinar', 'what time is the webinar']) {
      const text = answer(webinar, question);
      assert.match(text, /10 June|10:00/, `${question} → ${text}`);
    }
  });

  it('“hvornår er seminaret” of a seminar is when the meeting is', () => {
    const text = answer(seminar, 'hvornår er seminaret');
    assert.match(text, /10\. juni|10[.:]00/, text);
  });
});
