import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meetingCalendar } from '../../src/registrations/calendar';
import { bundledEvent } from '../helpers/event';

/** Unfolds RFC 5545 content lines and unescapes text values, to read the file as a calendar would. */
function properties(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const map = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon), line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n'));
  }
  return map;
}

describe('calendar file', () => {
  const ics = meetingCalendar(bundledEvent, 'da');
  const props = properties(ics);

  it('is one VEVENT in a VCALENDAR', () => {
    assert.match(ics, /^BEGIN:VCALENDAR/);
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
  });

  it('starts 17:00 and ends 18:45 Copenhagen time: 16:00–17:45 UTC on 30 October 2024 (+01:00)', () => {
    assert.equal(props.get('DTSTART'), '20241030T160000Z');
    assert.equal(props.get('DTEND'), '20241030T174500Z');
  });

  it('names the meeting, the venue address and the organisers', () => {
    assert.equal(props.get('SUMMARY'), 'Regionalt politisk møde i Region Midtjylland');
    assert.equal(props.get('LOCATION'), 'Rådhuset i Herning, Torvet 5, 7400 Herning');
    assert.match(props.get('DESCRIPTION') ?? '', /Arrangør: KL og Herning Kommune/);
    assert.equal(props.get('UID'), 'kl-region-midtjylland-2024@moedebot');
  });

  it('in English too', () => {
    const en = properties(meetingCalendar(bundledEvent, 'en'));
    assert.match(en.get('SUMMARY') ?? '', /^Regional political meeting/);
    assert.match(en.get('DESCRIPTION') ?? '', /Organised by KL \(Local Government Denmark\) and Herning Municipality/);
  });
});
