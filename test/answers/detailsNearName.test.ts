import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * A letter written for these tests (made-up people and places): the contact card is the chair's, but the letter's
 * own sentences give a first name's phone and a secretary's e-mail and phone.
 */
const LETTER = `Generalforsamling i Nordby Boldklub

Generalforsamlingen holdes tirsdag den 16. marts 2027 kl. 19.00 i klubhuset, Skovvej 3, 7100 Nordby.

Dagsorden:
1. Valg af dirigent
2. Fastsættelse af kontingent

Bagefter er der spisning. Betal med MobilePay på 51 22 33 44. Sig til Karsten på sms 61 72 83 94, hvis du spiser med, så Birte ved hvor meget hun skal lave.

Afbud sendes til klubsekretær Ulla Brink på ulla.brink@nordby-bk.example eller tlf. 71 82 93 04.

Venlig hilsen
Per Lund, formand
per@nordby-bk.example`;

const knowledge = new EventKnowledge(parseEvent(importLetter(LETTER, { today: '2027-03-01', id: 'nordby' }).event, 'nordby'));
const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });
const answer = (text: string) => ask(text, knowledge, { now }).answer?.text.replace(/\s+/g, '') ?? '';
const has = (text: string, fact: string) => text.includes(fact.replace(/\s+/g, ''));

describe('a first name or role word asked for a phone or e-mail the letter gives next to it', () => {
  it("gives the number the letter gives right after the first name, not the payment's or the chair's", () => {
    for (const q of ['whats karstens number', 'hvad er karstens nummer?']) {
      const text = answer(q);
      assert.ok(has(text, '61 72 83 94'), `${q}: ${text}`);
      assert.ok(!has(text, '51 22 33 44'), `${q}: ${text}`);
    }
  });

  it("gives a secretary's e-mail or phone, by first name or by role word", () => {
    assert.ok(has(answer('hvad er ulla mail'), 'ulla.brink@nordby-bk.example'));
    assert.ok(has(answer('tlf nr til sekretæren?'), '71 82 93 04'));
  });

  it('gives no number for a name the letter gives none after (the cook is named only before one)', () => {
    const text = answer("what's birte's phone number");
    assert.ok(!has(text, '61 72 83 94') && !has(text, '51 22 33 44'), text);
  });

  it('says whom to send what the question names to, from the sentence about it, not the general contact', () => {
    const text = answer('hvem skal jeg melde afbud til');
    assert.ok(has(text, 'Ulla Brink'), text);
    assert.ok(!has(text, 'per@nordby-bk.example'), text);
  });
});
