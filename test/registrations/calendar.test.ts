import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endOf, localText, startOf, titleOf } from '../../src/event/format';
import { loadEventFile, parseEventText } from '../../src/event/load';
import { messages, type Lang } from '../../src/i18n';
import { calendarFileName, meetingCalendar } from '../../src/registrations/calendar';
import { eventFileFrom, klEvent, TEST_EVENTS } from '../helpers/event';

/** Unfolds RFC 5545 content lines and unescapes text values, to read the file as a calendar would. */
function properties(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const map = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      map.set(
        line.slice(0, colon),
        line
          .slice(colon + 1)
          .replace(/\\([,;\\])/g, '$1')
          .replace(/\\n/g, '\n'),
      );
  }
  return map;
}

const utc = (time: ReturnType<typeof startOf>) => time.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** When each meeting is, in UTC, worked out by hand: KL in winter time (+01:00), the synthetic one in summer time (+02:00). */
const UTC_TIMES: Record<string, { start: string; end: string }> = {
  KL: { start: '20241030T160000Z', end: '20241030T174500Z' },
  synthetic: { start: '20270610T160000Z', end: '20270610T180000Z' },
};

for (const { name, event } of TEST_EVENTS) {
  describe(`calendar file (${name} event)`, () => {
    for (const lang of ['da', 'en'] as Lang[]) {
      const ics = meetingCalendar(event, lang);
      const props = properties(ics);

      it(`is one VEVENT in a VCALENDAR, named after the event (${lang})`, () => {
        assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
        assert.match(ics, /END:VCALENDAR\r\n?$/);
        assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
        assert.equal(props.get('UID'), `${event.id}@moedebot`);
        assert.equal(calendarFileName(event), `${event.id}.ics`);
      });

      it(`when opened anywhere, then it starts and ends at the meeting's local times, written in UTC (${lang})`, () => {
        assert.equal(props.get('DTSTART'), UTC_TIMES[name]!.start);
        assert.equal(props.get('DTEND'), UTC_TIMES[name]!.end);
        assert.equal(props.get('DTSTART'), utc(startOf(event)));
        assert.equal(props.get('DTEND'), utc(endOf(event)));
      });

      it(`names the meeting, the venue and its address, and the organisers (${lang})`, () => {
        assert.equal(props.get('SUMMARY'), titleOf(event, lang));
        const location = props.get('LOCATION') ?? '';
        if (event.venue.name) assert.ok(location.includes(localText(event, event.venue.name, lang).text), location);
        if (event.venue.address) assert.ok(location.includes(event.venue.address.line), location);
        const organisers = event.organisers.map((o) => localText(event, o.name, lang).text);
        assert.ok((props.get('DESCRIPTION') ?? '').includes(messages(lang).calendarOrganisers(organisers)), props.get('DESCRIPTION'));
      });

      it(`lists the programme and holds no one's sign-up (${lang})`, () => {
        const description = props.get('DESCRIPTION') ?? '';
        for (const item of event.programme)
          assert.ok(description.includes(localText(event, item.title, lang).text), localText(event, item.title, lang).text);
        assert.doesNotMatch(ics, /ATTENDEE/);
      });
    }

    it('is written for the language asked: the title in each', () => {
      const da = properties(meetingCalendar(event, 'da'));
      const en = properties(meetingCalendar(event, 'en'));
      assert.equal(da.get('SUMMARY'), titleOf(event, 'da'));
      assert.equal(en.get('SUMMARY'), titleOf(event, 'en'));
    });
  });
}

describe('calendar file: the KL meeting, as its letter gives it', () => {
  const props = properties(meetingCalendar(klEvent, 'da'));

  it('is on 30 October 2024, 17:00–18:45 at Herning town hall, by KL and Herning Kommune', () => {
    assert.equal(props.get('SUMMARY'), 'Regionalt politisk møde i Region Midtjylland');
    assert.equal(props.get('LOCATION'), 'Rådhuset i Herning, Torvet 5, 7400 Herning');
    assert.match(props.get('DESCRIPTION') ?? '', /Arrangør: KL og Herning Kommune/);
  });

  it('in English too', () => {
    const en = properties(meetingCalendar(klEvent, 'en'));
    assert.match(en.get('SUMMARY') ?? '', /^Regional political meeting/);
    assert.match(en.get('DESCRIPTION') ?? '', /Organised by KL \(Local Government Denmark\) and Herning Municipality/);
  });
});

describe('calendar file: what the letter does not say', () => {
  for (const { name, file } of TEST_EVENTS) {
    it(`when the letter gives the date but no time (${name}), then the meeting is a whole-day entry on that date, not one at midnight`, () => {
      const undated = loadEventFile(
        eventFileFrom(file, (raw) => {
          const day = String(raw.start).slice(0, 10);
          Object.assign(raw, { start: `${day}T00:00`, end: '02:00', timeNotStated: true });
        }),
      );
      const day = undated.start.slice(0, 10).replace(/-/g, '');
      const next = startOf(undated).plus({ days: 1 }).toFormat('yyyyMMdd');
      const ics = meetingCalendar(undated, 'da');
      assert.match(ics, new RegExp(`\r\nDTSTART;VALUE=DATE:${day}\r\n`));
      assert.match(ics, new RegExp(`\r\nDTEND;VALUE=DATE:${next}\r\n`));
      assert.doesNotMatch(ics, /DTSTART:|DTEND:/, 'no time of day');
    });

    it(`when the letter gives no end (${name}), then the calendar still ends, and says the end is only an estimate`, () => {
      const open = loadEventFile(eventFileFrom(file, (raw) => Object.assign(raw, { endIsEstimate: true })));
      for (const lang of ['da', 'en'] as Lang[]) {
        const props = properties(meetingCalendar(open, lang));
        assert.equal(props.get('DTEND'), utc(endOf(open)));
        assert.ok((props.get('DESCRIPTION') ?? '').includes(messages(lang).calendarEndEstimated), props.get('DESCRIPTION'));
      }
      for (const lang of ['da', 'en'] as Lang[])
        assert.ok(
          !(properties(meetingCalendar(loadEventFile(file), lang)).get('DESCRIPTION') ?? '').includes(messages(lang).calendarEndEstimated),
        );
    });

    it(`when a sign-up link has no scheme (${name}), then the calendar's URL gets one`, () => {
      const bare = loadEventFile(
        eventFileFrom(file, (raw) => ((raw.registration as Record<string, unknown>).url = 'tilmeld.example/moede')),
      );
      assert.equal(properties(meetingCalendar(bare, 'da')).get('URL'), 'https://tilmeld.example/moede');
    });
  }
});

describe('calendar file of a meeting over several days', () => {
  const event = (days: string[], zone = 'Europe/Copenhagen') =>
    parseEventText(
      [
        'id: kursus-to-dage-2027',
        'title: Kursus over to dage',
        `timeZone: ${zone}`,
        `start: ${days[0]!.split(' ')[0]}T${days[0]!.split(' ')[1] ?? '00:00'}`,
        `end: ${days.at(-1)!.split(' ')[0]}T${days.at(-1)!.split(' ')[2] ?? '23:59'}`,
        'days:',
        ...days.map((day) => {
          const [date, start, end] = day.split(' ');
          return `  - { date: ${date}${start ? `, start: "${start}"` : ''}${end ? `, end: "${end}"` : ''} }`;
        }),
        'venue: { name: Kulturhuset, address: "Storegade 5, 9990 Vestby" }',
        'text: Et kursus på to dage.',
      ].join('\n'),
      'kursus.yaml',
    );

  it('has one entry per day with that day’s times, not one entry over the days between', () => {
    const ics = meetingCalendar(event(['2027-04-15 08:30 15:30', '2027-04-27 09:00 14:00']), 'da');
    const entries = ics.split('BEGIN:VEVENT').slice(1).map(properties);
    assert.equal(entries.length, 2);
    // Summer time in Copenhagen: two hours before UTC.
    assert.deepEqual(
      entries.map((entry) => [entry.get('DTSTART'), entry.get('DTEND')]),
      [
        ['20270415T063000Z', '20270415T133000Z'],
        ['20270427T070000Z', '20270427T120000Z'],
      ],
    );
    assert.equal(new Set(entries.map((entry) => entry.get('UID'))).size, 2, 'each day its own UID');
  });

  it('makes a day whose hours the letter does not give a whole-day entry', () => {
    const ics = meetingCalendar(event(['2027-09-14 09:00', '2027-09-15 08:45 14:30']), 'en');
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270914\r\nDTEND;VALUE=DATE:20270915\r\n|\r\nDTEND;VALUE=DATE:20270915\r\n/);
    assert.match(ics, /DTSTART:20270915T064500Z/);
  });
});
