import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "hvornår kommer mødematerialet?": the meeting word names whose papers are asked about, not the meeting: the letter's
 * sentence about when they are sent answers, and with no such sentence it is not stated; the meeting's date never is.
 */

const letter = draftOf([
  'Bestyrelsesmøde i Vestby Idrætsforening',
  '',
  'Kære bestyrelse',
  '',
  'Hermed indkaldes til bestyrelsesmøde tirsdag den 18. maj 2027 kl. 19.00–21.00 i klubhuset, Skovvej 4, 7100 Vestby.',
  '',
  'Dagsorden',
  '1. Godkendelse af dagsorden',
  '2. Økonomi',
  '3. Eventuelt',
  '',
  'Mødematerialet udsendes ca. en uge før mødet.',
  '',
  'Venlig hilsen',
  'Karen Holm',
  'Formand',
]).event;

const now = DateTime.fromISO('2027-05-01T10:00:00+02:00', { setZone: true });
/** The answer to one question, asked of the letter's knowledge (built once). */
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe('when a meeting material comes', () => {
  it("is the letter's sentence about it, in either language", () => {
    for (const question of ['hvornår kommer mødematerialet', 'when will the meeting materials be sent']) {
      const reply = answer(question);
      assert.match(reply.text, /en uge før/, question);
      assert.doesNotMatch(reply.text, /18\. maj|18 May/, question);
    }
  });

  it('is not stated when the letter gives no time for it, never the meeting date', () => {
    const reply = answer('hvornår kommer mødereferatet');
    assert.notEqual(reply.kind, 'answer');
    assert.doesNotMatch(reply.text, /18\. maj/);
  });

  it('the meeting itself is still asked when', () => {
    assert.match(answer('hvornår er mødet').text, /18\. maj/);
  });
});
