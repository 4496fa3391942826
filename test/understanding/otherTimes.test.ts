import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * Times of things other than the meeting: the deadline of another practical matter ("senest melde afbud", "senest
 * melde sig til spisningen"), arriving late to a meal or a break the programme names, and a weekday said beside a
 * date that does not hold. The meeting's own start is never the answer to another thing's time.
 */

const letter = draftOf([
  'Generalforsamling i Vestby Idrætsforening',
  '',
  'Kære medlemmer',
  '',
  'Hermed indkaldes til generalforsamling torsdag den 23. september 2027 kl. 17.00–21.30 i klubhuset, Skovvej 4, 7100 Vestby.',
  '',
  'Program',
  '17.00 Velkomst',
  '17.15 Beretning og regnskab',
  '18.30 Kaffepause',
  '18.45 Valg til bestyrelsen',
  '19.30 Aftenbuffet',
  '21.30 Tak for i aften',
  '',
  'Bagefter er der fællesspisning i cafeen. Det koster 50 kr. Giv besked til Hans på sms, hvis du spiser med, senest mandag den 13. september, så vi ved hvor meget vi skal lave.',
  '',
  'Afbud sendes til sekretæren på sekretaer@vestby-if.example.dk senest fredag den 17. september.',
  '',
  'Venlig hilsen',
  'Karen Holm',
  'Formand',
]).event;

const now = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });
/** The answer to one question, asked of the letter's knowledge (built once). */
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe("another matter's deadline", () => {
  it('is the cancellation sentence when asked by when to cancel', () => {
    const reply = answer('hvornår skal man senest melde afbud');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /17\. september/);
    assert.doesNotMatch(reply.text, /23\. september/);
  });

  it("is the meal's paragraph when asked by when to say one eats along", () => {
    const reply = answer('hvornår skal man senest melde sig til spisning');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /13\. september/);
    assert.doesNotMatch(reply.text, /17\. september|23\. september/);
  });
});

describe('arriving late to a named part', () => {
  it('gives the meal item the remark names, not only the meeting start', () => {
    assert.match(answer('jeg kommer først til aftensmaden').text, /19\.30/);
  });

  it('after a break: what is missed and what is still to come', () => {
    const reply = answer('jeg kan først komme efter kaffen, misser jeg valget?');
    assert.match(reply.text, /17\.15/);
    assert.match(reply.text, /18\.45/);
  });
});

describe('a date with a weekday', () => {
  it('is no when the weekday is not the date’s, with a short month name too', () => {
    for (const question of ['er det onsdag d 23 sep?', 'er det onsdag den 23. september?']) {
      const reply = answer(question);
      assert.match(reply.text, /^Nej/, question);
      assert.match(reply.text, /torsdag/, question);
    }
    assert.match(answer('er det torsdag d 23 sep?').text, /^Ja/);
  });

  it('reads a short month name as part of the date', () => {
    assert.match(answer('er det d 24 sep?').text, /^Nej/);
    assert.match(answer('er det d 23 sep?').text, /^Ja/);
  });
});
