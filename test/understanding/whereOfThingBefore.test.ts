import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "is it recorded" then "where can I find it afterwards"; "hvornår kommer referatet og hvor bliver det lagt op": "it" is
 * the recording or the minutes, so the venue's address is never the answer; the letter's sentence saying where they are
 * put is, else it is not stated.
 */

const letter = draftOf([
  'Webinar om digital borgerservice',
  '',
  'Kære kolleger',
  '',
  'Vi holder webinar om digital borgerservice tirsdag den 25. maj 2027 kl. 9.30–11.00 fra Borgercentret, Torvegade 74, 6700 Esbjerg.',
  '',
  'Optagelse',
  'Oplæggene optages og lægges på https://vestby.example/webinarer senest en uge efter webinaret.',
  '',
  'Referat',
  'Der udsendes et kort referat senest en uge efter.',
  '',
  'Venlig hilsen',
  'Sara Holt',
  'Konsulent',
]).event;

const now = DateTime.fromISO('2027-05-01T10:00:00+02:00', { setZone: true });

/** The answer to a conversation's last turn, each turn a follow-up of the one before. */
const conversation = (...questions: string[]) => conversationAnswers(knowledgeOf(letter), now, ...questions).at(-1)!;

describe('where a recording or the minutes are found afterwards', () => {
  it('after asking about the recording: where the letter says it is put', () => {
    const reply = conversation('is it recorded', 'where can i find it afterwards');
    assert.match(reply.text, /vestby\.example\/webinarer/);
    assert.doesNotMatch(reply.text, /Torvegade/);
  });

  it('of the minutes, in the same message: not stated, never the venue', () => {
    const reply = conversation('hvornår kommer referatet og hvor bliver det lagt op');
    assert.match(reply.text, /en uge/);
    assert.notEqual(reply.kind, 'answer');
    assert.doesNotMatch(reply.text, /Torvegade/);
  });
});
