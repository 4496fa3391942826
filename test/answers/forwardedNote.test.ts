import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * A made-up invitation forwarded by a colleague with a chatty note on top. The note is not the invitation: its
 * question is no answer about getting there, and an item that names a place does not tell how long the drive is.
 */
const LETTER = `Fra: Hans Møller <hans@rosenklub.dk>
Sendt: 3. marts 2031 09:15
Til: Bestyrelsen <bestyrelse@rosenklub.dk>
Emne: VS: Invitation til foreningsaften

Hej alle, se nedenfor – skal vi køre sammen derud?

Mvh Hans

---------- Videresendt meddelelse ----------
Fra: Fritid, Vestby Kommune <fritid@vestby.dk>
Dato: mandag den 24. februar 2031 kl. 10.00
Emne: Invitation til foreningsaften

Kære foreninger

Vi inviterer til foreningsaften om den nye svømmehal

torsdag den 20. marts 2031 kl. 19.00–21.00
i Vestby Medborgerhus, Skolegade 4, 9990 Vestby

Program
19.00 Velkommen
19.15 Erfaringer fra Rosenvænget Bad
19.45 Drøftelse ved bordene
20.45 Tak for i aften

Tilmelding senest 13. marts til fritid@vestby.dk.

Venlig hilsen
Fritid, Vestby Kommune`;

describe('a forwarded invitation with a note on top', () => {
  const knowledge = new EventKnowledge(parseEvent(importLetter(LETTER, { today: '2031-03-01', id: 'fwd-note' }).event, 'fwd-note'));
  const now = DateTime.fromISO('2031-03-05T10:00', { zone: 'Europe/Copenhagen' });

  it('never quotes the note as what the invitation says', () => {
    for (const q of ['hvor mødes vi hvis vi skal køre sammen', 'where do we meet to drive together']) {
      const text = ask(q, knowledge, { now }).answer?.text ?? '';
      assert.doesNotMatch(text, /køre sammen derud/, q);
    }
  });

  it('answers a travel-time question with no item length', () => {
    for (const q of ['hvor lang tid tager det at køre fra rosenvænget', 'how long does it take to drive from rosenvænget']) {
      const answer = ask(q, knowledge, { now }).answer;
      assert.notEqual(answer?.kind, 'answer', q);
      assert.doesNotMatch(answer?.text ?? '', /30 minut|19[.:]15/, q);
    }
  });

  it('still answers from the invitation below the note', () => {
    const text = ask('hvornår er det', knowledge, { now }).answer?.text ?? '';
    assert.match(text, /20\. marts/);
  });
});
