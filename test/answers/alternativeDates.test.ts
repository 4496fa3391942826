import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { TEAMS_DA, TWICE_EN } from '../helpers/alternativeDateLetters';
import { conversation, draftKnowledge } from '../helpers/knowledge';

const now = DateTime.fromISO('2027-02-01T10:00:00+01:00', { setZone: true });
const teams = draftKnowledge(TEAMS_DA.join('\n'), '2027-01-12', 'kursus-hold');
const twice = draftKnowledge(TWICE_EN.join('\n'), '2027-01-12', 'webinar-twice');
const ask = (knowledge: EventKnowledge, ...turns: string[]): string[] => conversation(knowledge, now, ...turns);

describe('a meeting held on alternative dates', () => {
  it('"hvornår er det" gives every session, not the first as the only date', () => {
    const [answer] = ask(teams, 'hvornår er kurset');
    assert.match(answer!, /2\. marts/);
    assert.match(answer!, /9\. marts/);
    assert.match(answer!, /Hold 2/);
    const [english] = ask(twice, 'when is the webinar?');
    assert.match(english!, /4 May/);
    assert.match(english!, /11 May/);
  });

  it('"hvornår er hold 2" and "when is the second session" give that one', () => {
    const [second] = ask(teams, 'hvornår er hold 2');
    assert.match(second!, /9\. marts/);
    assert.doesNotMatch(second!, /2\. marts/);
    const [english] = ask(twice, 'when is the second session');
    assert.match(english!, /11 May/);
    assert.doesNotMatch(english!, /4 May/);
  });

  it('a yes/no question of a date is confirmed when any session has it, saying which', () => {
    const [yes] = ask(teams, 'er det den 9. marts?');
    assert.match(yes!, /^Ja/);
    assert.match(yes!, /Hold 2/);
    const [no] = ask(teams, 'er det den 5. marts?');
    assert.match(no!, /^Nej/);
    assert.match(no!, /2\. marts/);
    const [english] = ask(twice, 'is it on 11 may?');
    assert.match(english!, /^Yes/);
  });

  it('"hvilke hold er der" and "which dates are there" list the sessions', () => {
    const [danish] = ask(teams, 'hvilke hold er der');
    assert.match(danish!, /Hold 1/);
    assert.match(danish!, /Hold 2/);
    const [english] = ask(twice, 'which dates are there');
    assert.match(english!, /4 May/);
    assert.match(english!, /11 May/);
  });

  it('a session named by its date is confirmed without its date said twice', () => {
    const [english] = ask(twice, 'is it on 4 may');
    assert.match(english!, /^Yes/);
    assert.equal(english!.match(/4 May/g)?.length, 1);
  });

  it('the deadline is given per session, and for the session asked about', () => {
    const [all] = ask(teams, 'hvornår er tilmeldingsfristen');
    assert.match(all!, /16\. februar/);
    assert.match(all!, /23\. februar/);
    const [second] = ask(teams, 'hvad er fristen for hold 2');
    assert.match(second!, /23\. februar/);
    assert.doesNotMatch(second!, /16\. februar/);
  });

  it('where is given per session when the places differ', () => {
    const [where] = ask(teams, 'hvor foregår det');
    assert.match(where!, /Vestby Rådhus/);
    assert.match(where!, /Nordby Bibliotek/);
    const [second] = ask(teams, 'hvor er hold 2');
    assert.match(second!, /Nordby Bibliotek/);
    assert.doesNotMatch(second!, /Vestby Rådhus/);
  });
});
