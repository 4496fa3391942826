import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EventFileError, loadEventFile, parseEvent } from '../../src/event/load';
import { bundledEvent, eventCopy } from '../helpers/event';

describe('event file', () => {
  it('the bundled invitation holds what the letter says', () => {
    assert.equal(bundledEvent.start, '2024-10-30T17:00');
    assert.equal(bundledEvent.end, '2024-10-30T18:45');
    assert.equal(bundledEvent.venue.address.street, 'Torvet 5');
    assert.equal(bundledEvent.programme.length, 6);
    assert.equal(bundledEvent.chair.name, 'Thomas Gyldal Petersen');
    assert.equal(bundledEvent.registration.url, 'https://tilmeld.kl.dk/politiskmoede-regionmidtjylland2024');
  });

  it('when a field is broken, then the error names it', () => {
    const event = eventCopy();
    (event.venue.address as { street: string }).street = '';
    assert.throws(() => parseEvent(event, 'x.json'), (e: unknown) => e instanceof EventFileError && /venue\.address\.street/.test(e.message));
  });

  it('when the meeting ends before it starts, then "end" is named', () => {
    const event = eventCopy();
    event.end = '2024-10-30T16:00';
    assert.throws(() => parseEvent(event), /end: must be after start/);
  });

  it('when the time zone is not real, then "timeZone" is named', () => {
    const event = eventCopy();
    event.timeZone = 'Europe/Herning';
    assert.throws(() => parseEvent(event), /timeZone/);
  });

  it('when a programme item number is referenced but missing, then it is named', () => {
    const event = eventCopy();
    event.ownTopics = { allowed: true, programmeItem: 9 };
    assert.throws(() => parseEvent(event), /ownTopics\.programmeItem/);
  });

  it('when the file is missing or not JSON, then the message says so and names the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'moedebot-event-'));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    assert.throws(() => loadEventFile(broken), /broken\.json.*not JSON/);
    assert.throws(() => loadEventFile(path.join(dir, 'absent.json')), /absent\.json.*cannot be read \(ENOENT\)/);
  });
});
