import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/** A made-up letter naming a candidate and her employer in a list, and the meeting's place in a block. */
const LETTER = `Subject: Annual meeting of the Rosenvænget Society

Dear members

Date: Thursday 10 June 2027
Time: 14.00–16.00
Place: Town Hall, Hall B, Rosenvænget 4, 9990 Vestby

Candidates for the board:
- Hanne Dal, Senior Adviser, Bakkeplan ApS – new candidate
- Jens Mose, Planner, Vestby Municipality – re-election

The board proposes that the annual fee stays unchanged. Please let us know by 1 June if you are coming.

Kind regards
Ole Krog, chair`;

describe('where someone works', () => {
  const knowledge = new EventKnowledge(parseEvent(importLetter(LETTER, { today: '2027-05-01', id: 'works-at' }).event, 'works-at'));
  const now = DateTime.fromISO('2027-05-01T10:00:00+02:00', { setZone: true });

  it('answers with the line naming the person and their organisation, not the place of the meeting', () => {
    const reply = ask('where does hanne dal work', knowledge, { now }).answer;
    assert.match(reply?.text ?? '', /Bakkeplan/);
    assert.doesNotMatch(reply?.text ?? '', /Town Hall/);
  });

  it('still answers where the meeting is', () => {
    assert.match(ask('where is the meeting', knowledge, { now }).answer?.text ?? '', /Town Hall/);
  });
});
