import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';
import type { FollowUpContext } from '../../src/understanding/frame';

/** A letter written for this test (made-up people): the contact is the treasurer; the chair signs with his own e-mail. */
const LETTER = `Generalforsamling i Sønderby Tennisklub

Generalforsamlingen holdes tirsdag den 16. marts 2027 kl. 19.00 i klubhuset, Parkvej 9, 7100 Sønderby.

Dagsorden:
1. Valg af dirigent
2. Formandens beretning v/ Jonas Berg

Kontakt: Eva Dahl, kasserer, eva@sonderby-tk.example, tlf. 40 50 60 70

Venlig hilsen
Jonas Berg, formand
jonas@sonderby-tk.example`;

const knowledge = new EventKnowledge(parseEvent(importLetter(LETTER, { today: '2027-03-01', id: 'sonderby' }).event, 'sonderby'));
const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });

function last(...turns: string[]): string {
  let context: FollowUpContext | undefined;
  let text = '';
  for (const turn of turns) {
    const asked = ask(turn, knowledge, { now, context });
    text = asked.answer?.text ?? '';
    context = asked.answer ? { ...asked.answer.memory, lang: asked.understanding.lang } : context;
  }
  return text.replace(/\s+/g, '');
}

describe('"hans mail?" after an answer about a person', () => {
  it("gives that person's e-mail, not only the general contact's", () => {
    const text = last('hvem er formand', 'hans mail?');
    assert.ok(text.includes('jonas@sonderby-tk.example'), text);
  });

  it("never gives the contact's phone as his: the letter gives him none", () => {
    const text = last('hvem er formand', 'hans nummer?');
    assert.ok(!/Kontakt:.*40506070/.test(text), text);
  });
});
