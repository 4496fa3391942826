import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "when does it end on the last day" of a meeting of two days asks the last day's end, not the sign-up deadline;
 * "last day to sign up" still asks the deadline.
 */

const letter = draftOf([
  'Vestby Water Forum 2027',
  '',
  'Dear colleagues,',
  '',
  'We invite you to Vestby Water Forum on 8–9 September 2027 at Egelyhuset, Skovvej 4, 7100 Vestby.',
  '',
  'Day 1, Wednesday 8 September: 10:00–17:30',
  'Day 2, Thursday 9 September: 09:00–14:15',
  '',
  'Please register by 20 August 2027 at www.vestby-forum.example.org.',
  '',
  'Best regards',
  'Karen Holm',
]).event;

const now = DateTime.fromISO('2027-08-01T10:00:00+02:00', { setZone: true });
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe('the last day', () => {
  it("asked when it ends, is the last day's end, not the deadline", () => {
    for (const question of ['when does it end on the last day', 'hvornår slutter det sidste dag']) {
      const reply = answer(question);
      assert.match(reply.text, /14[.:]15/, question);
      assert.doesNotMatch(reply.text, /20 August|20\. august/, question);
    }
  });

  it('to sign up is still the deadline', () => {
    assert.match(answer('what is the last day to sign up').text, /20 August/);
  });
});
