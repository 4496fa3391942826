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

/** The kind is named only by a heading above the title, which names whom to meet. */
const evening = draftOf([
  'TEMAAFTEN I BORGERHUSET',
  '',
  'Mød Jonas Krag – "Byen efter regnen"',
  '',
  'Tirsdag den 8. juni 2027 kl. 19.00-21.00',
  'Borgerhuset, Salen, Torvegade 4, 9990 Vestby',
  '',
  'Jonas Krag fortæller om sin nye bog om byens klimaplan. Billetter koster 40 kr.',
  '',
  'Program',
  '19.00 Velkomst v/ Eva Lund',
  '19.10 Jonas Krag fortæller',
  '20.15 Pause',
  '20.30 Spørgsmål fra salen',
  '',
  'Spørgsmål til Eva Lund, kulturkonsulent, tlf. 86 12 34 57',
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

  it('a kind named by a heading above the title names the meeting, in its definite form too', () => {
    const when = answer(evening, 'hvornår er temaaftenen');
    assert.match(when, /8\. juni/, when);
    const length = answer(evening, 'hvor lang tid varer temaaftenen');
    assert.match(length, /2 timer/, length);
    assert.doesNotMatch(answer(evening, 'hvor lang er pausen'), /2 timer/);
  });

  it('a heading naming the gathering is not taken for the sender', () => {
    const named = [evening.sender?.name, ...(evening.organisers ?? []).map((organiser) => organiser.name)];
    assert.ok(!named.some((name) => /temaaften/i.test(JSON.stringify(name ?? ''))), JSON.stringify(named));
  });
});
