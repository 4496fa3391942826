import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import {
  atTime,
  formatDate,
  formatDuration,
  formatTime,
  formatPlainDate,
  formatRelative,
  formatWeekday,
  formatWhen,
  meetingState,
  endOf,
  startOf,
} from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { klEvent as event } from '../helpers/event';

const eventCopy = (): MeetingEvent => structuredClone(event);

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

describe('formatting the meeting time', () => {
  it('Danish reads "onsdag den 30. oktober 2024 kl. 17.00–18.45"', () => {
    assert.equal(formatWhen(event, 'da'), 'onsdag den 30. oktober 2024 kl. 17.00–18.45');
  });

  it('English reads "Wednesday 30 October 2024, 17:00–18:45 (Danish time)"', () => {
    assert.equal(formatWhen(event, 'en'), 'Wednesday 30 October 2024, 17:00–18:45 (Danish time)');
  });

  it('the start is 16:00 UTC: winter time (+01:00) began on 27 October 2024', () => {
    assert.equal(startOf(event).toUTC().toISO(), '2024-10-30T16:00:00.000Z');
  });

  it('duration and weekday in both languages', () => {
    assert.equal(formatDuration(startOf(event), endOf(event), 'da'), '1 time og 45 minutter');
    assert.equal(formatDuration(startOf(event), endOf(event), 'en'), '1 hour and 45 minutes');
    assert.equal(formatWeekday(startOf(event), 'da'), 'onsdag');
    assert.equal(formatWeekday(startOf(event), 'en'), 'Wednesday');
  });

  it('a whole number of hours has no "0 minutes"', () => {
    const copy = eventCopy();
    copy.end = '2024-10-30T19:00';
    assert.equal(formatDuration(startOf(copy), endOf(copy), 'da'), '2 timer');
    assert.equal(formatDuration(startOf(copy), endOf(copy), 'en'), '2 hours');
  });

  it("an item's time is on the day given, in the meeting's zone, however often it is asked", () => {
    assert.equal(atTime(event, '09:30').toUTC().toISO(), '2024-10-30T08:30:00.000Z');
    // Summer time on the earlier day: the same clock time is another instant.
    assert.equal(atTime(event, '09:30', '2024-10-26').toUTC().toISO(), '2024-10-26T07:30:00.000Z');
    assert.equal(atTime(event, '09:30').toUTC().toISO(), '2024-10-30T08:30:00.000Z');
    // The same length in the other language, and another length, each said as itself.
    assert.equal(formatDuration(atTime(event, '09:30'), atTime(event, '10:15'), 'en'), '45 minutes');
    assert.equal(formatDuration(atTime(event, '09:30'), atTime(event, '10:15'), 'da'), '45 minutter');
    assert.equal(formatDuration(atTime(event, '09:30'), atTime(event, '10:00'), 'da'), '30 minutter');
  });

  it('one time is said in each language and on each clock, however often and in whatever order it is asked', () => {
    const start = startOf(event);
    for (let round = 0; round < 2; round++) {
      assert.equal(formatTime(start, 'en', '12h'), '5:00 pm');
      assert.equal(formatTime(start, 'en'), '17:00');
      assert.equal(formatTime(start, 'da', '12h'), '17.00');
      assert.equal(formatDate(start, 'en'), 'Wednesday 30 October 2024');
      assert.equal(formatDate(start, 'da'), 'onsdag den 30. oktober 2024');
    }
  });

  it('a meeting over two days names the end date', () => {
    const copy = eventCopy();
    copy.end = '2024-10-31T12:00';
    assert.equal(formatWhen(copy, 'da'), 'onsdag den 30. oktober 2024 kl. 17.00–torsdag den 31. oktober 2024 12.00');
  });

  it('relative time follows the bot clock', () => {
    assert.equal(formatRelative(event, at('2024-10-27T12:00:00+01:00'), 'da'), 'om 3 dage');
    assert.equal(formatRelative(event, at('2024-10-27T12:00:00+01:00'), 'en'), 'in 3 days');
    assert.equal(formatRelative(event, at('2026-11-29T12:00:00+01:00'), 'da'), 'for 2 år siden');
    assert.equal(formatRelative(event, at('2026-11-29T12:00:00+01:00'), 'en'), '2 years ago');
  });

  it('the meeting is future, ongoing or past by the clock', () => {
    assert.equal(meetingState(event, at('2024-10-30T16:59:00+01:00')), 'future');
    assert.equal(meetingState(event, at('2024-10-30T17:30:00+01:00')), 'ongoing');
    assert.equal(meetingState(event, at('2024-10-30T18:45:00+01:00')), 'past');
  });

  it('letter date', () => {
    assert.equal(formatPlainDate(event.letterDate!, 'da'), '1. juli 2024');
    assert.equal(formatPlainDate(event.letterDate!, 'en'), '1 July 2024');
  });
});
