import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "when is the hackathon" of a letter titled "Idéværksted 2027" whose e-mail subject calls it "a one-day hackathon":
 * the subject line's kind word names the meeting itself, which is answered with its own time, not by quoting the
 * subject line's bare date.
 */

const letter = draftOf([
  'From: Udvikling, Vestby Kommune <udvikling@vestby.example.dk>',
  'Sent: Monday, 1 March 2027 09:12',
  'To: All staff',
  "Subject: You're invited: Idea Lab 2027 – a one-day hackathon on 15 April",
  '',
  'Hi all,',
  '',
  'Join our first hackathon and help us make the daily work easier.',
  '',
  'IDEA LAB 2027',
  'Thursday 15 April 2027, 08:45–20:00',
  'Egelyhuset, Skovvej 4, 7100 Vestby',
  '',
  'Teams of four work on real challenges from the municipality and pitch a solution to a jury at the end of the day.',
  '',
  'Best regards',
  'Karen Holm',
]).event;

const now = DateTime.fromISO('2027-03-10T10:00:00+01:00', { setZone: true });
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe('a kind word of the e-mail subject', () => {
  it('names the meeting: its time answers when it is, in either language', () => {
    for (const question of ['when is the hackathon', 'hvornår er hackathonen']) {
      const reply = answer(question);
      assert.match(reply.text, /08[.:]45/, question);
    }
  });
});
