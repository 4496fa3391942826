import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** A made-up two-day seminar with a stay, whose programme closes with the bus going home, and a price with variants. */
const SEMINAR = `Kære foreningsfolk

Så er det tid til vores weekendseminar med overnatning på Fjordgården, Havnevej 3, 9990 Sydby fra fredag den 12. november til lørdag den 13. november 2027.

PROGRAM FREDAG 12. NOVEMBER
16.00   Ankomst og kaffe
17.00   Workshop 1
19.00   Middag

PROGRAM LØRDAG 13. NOVEMBER
8.00    Morgenmad
9.00    Workshop 2
12.00   Frokost
14.00   Bussen kører hjem

PRIS
Med overnatning: 700 kr. pr. person
Uden overnatning: 300 kr. pr. person

Tilmelding senest fredag den 1. oktober.

Venlig hilsen
Karen Mose`;

/** A made-up English notice whose contact line names the secretary, with her details on the line below. */
describe('a two-day programme that closes with the bus home', () => {
  it('ends the meeting at the last day’s going home', () => {
    const draft = importLetter(SEMINAR, { today: '2027-09-20', id: 'fjord-seminar' }).event;
    assert.equal(draft.end, '2027-11-13T14:00');
    assert.equal(draft.endIsEstimate, undefined);
  });

  it('answers when the last day ends, and a price beside a deadline asked as "whens"', () => {
    const knowledge = draftKnowledge(SEMINAR, '2027-09-20', 'fjord-seminar');
    const now = DateTime.fromISO('2027-09-20T10:00:00+02:00', { setZone: true });
    assert.match(conversation(knowledge, now, 'when does it end on saturday')[0]!, /14[.:]00/);
    const both = conversation(knowledge, now, 'what does it cost with the overnight stay and whens the deadline')[0]!;
    assert.match(both, /700/);
    assert.match(both, /1 October/);
  });
});
