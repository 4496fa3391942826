import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { draftKnowledge } from '../helpers/knowledge';

/** A letter written for this test (made-up names): a party with a date and a place but no time of its own. */
const LETTER = `Kære kolleger

Så er det tid til årets sommerfest i Vestby Bådelaug

lørdag den 19. juni 2027
på Pakhuset, Havnekajen 3, 9990 Vestby

Tilmelding senest 1. juni til Ulla Trindholt, ut@vestby-baad.example.

Hilsen festudvalget`;

describe('the date of a meeting whose letter gives no time', () => {
  const knowledge = draftKnowledge(LETTER, '2027-05-01', 'sommerfest-vestby');
  const now = DateTime.fromISO('2027-05-10T10:00:00+02:00', { setZone: true });

  for (const question of ['hvornår er sommerfesten', 'hvornår er det', 'when is it']) {
    it(`"${question}" gives the date as a partial answer, not as not knowing`, () => {
      const { answer } = ask(question, knowledge, { now });
      assert.ok(answer);
      assert.match(answer.text, /19\.? ju[nl]/i);
      assert.equal(answer.kind, 'partly');
    });
  }
});
