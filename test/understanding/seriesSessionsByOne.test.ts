import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** A series of three sessions on their own days, each with its own link, deadline and recording rule. */
const SERIES = [
  'Subject: Invitation: "Town and Water" – online series 2031 (3 sessions)',
  '',
  'Dear colleagues,',
  '',
  'We invite you to our online series "Town and Water". Register for each session separately.',
  '',
  'SESSION 1 – Harbour baths and water quality',
  'Tuesday 14 January 2031, 14.00–15.00 CET',
  'Speaker: Hans Rosenvænget, engineer, Nordby Municipality',
  'Register by Friday 10 January: example.org/water/baths',
  'Recording: yes – published at example.org/recordings',
  '',
  'SESSION 2 – Flood maps for planners',
  'Wednesday 12 March 2031, 09.00–10.00 CET',
  'Speaker: Eva Lundholm, planner, Sydby Municipality',
  'Register by Friday 7 March: example.org/water/maps',
  'Recording: not recorded (closed discussion)',
  '',
  'SESSION 3 – Drinking water in dry summers',
  'Thursday 15 May 2031, 14.00–15.00 CEST',
  'Speaker: Ole Bakmann, hydrologist',
  'Register by Monday 12 May: example.org/water/drinking',
  'Recording: yes – published at example.org/recordings',
  '',
  'Questions? Contact Lise Damgaard, lise@example.org.',
  '',
  'Kind regards',
  'Lise Damgaard',
].join('\n');

const now = DateTime.fromISO('2030-12-01T10:00:00+01:00', { setZone: true });
const knowledge = draftKnowledge(SERIES, '2030-12-01', 'town-and-water-series');
const ask = (...turns: string[]): string[] => conversation(knowledge, now, ...turns);

describe('a session of a series named as "the first one", "the last one", "the march one"', () => {
  it('"the first one" and "the last one" are the first and last sessions, answered from their own lines', () => {
    const [first, last] = ask('whens the deadline for the first one', 'and the last one?');
    assert.match(first!, /10 January/);
    assert.doesNotMatch(first!, /7 March|12 May/);
    assert.match(last!, /12 May/);
    assert.doesNotMatch(last!, /10 January|7 March/);
  });

  it('"the march one" is the one session in March, with its own recording sentence', () => {
    const [reply] = ask('is the march one recorded');
    assert.match(reply!, /not recorded/);
    assert.doesNotMatch(reply!, /example\.org\/recordings/);
  });

  it('a date check of "the last one" gets that session\'s own date', () => {
    const [reply] = ask('last one is may 22?');
    assert.match(reply!, /15 May/);
  });

  it('a month with no session, or "one" without an ordinal or month, names no session', () => {
    const [reply] = ask('is the april one recorded');
    assert.doesNotMatch(reply!, /Flood maps|Harbour baths|Drinking water/);
  });
});
