import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { lastEndOf } from '../../src/event/format';
import { signUpWindow } from '../../src/event/window';
import { TWICE_EN } from '../helpers/alternativeDateLetters';
import { draftOf } from '../helpers/drafts';

/** The webinar that runs twice, with no deadline of its own: sign-up is open until the last date begins. */
const { event } = draftOf(TWICE_EN.map((line) => line.replace(/ by \d+ April 2027/, '')));
const at = (iso: string) => DateTime.fromISO(iso, { zone: event.timeZone });

describe('a meeting held on alternative dates, over time', () => {
  it('takes sign-ups for the later date after the first has been held, and closes when the last begins', () => {
    assert.equal(event.sessions.length, 2);
    assert.equal(signUpWindow(event, at('2027-05-06T12:00')).open, true);
    assert.equal(signUpWindow(event, at('2027-05-11T10:30')).open, false);
  });

  it('is over when its last date is over', () => {
    assert.equal(lastEndOf(event).toISO()?.slice(0, 16), '2027-05-11T11:30');
  });
});
