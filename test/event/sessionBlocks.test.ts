import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** A series of three online sessions, each a block with its own date, speaker, link, deadline and recording rule. */
const SERIES_EN = [
  'Subject: Invitation: "Greener Towns" – autumn webinar series 2030 (3 online sessions)',
  '',
  'Dear colleagues,',
  '',
  'We invite you to our autumn webinar series "Greener Towns". All sessions take place on Teams. You must register for each session separately.',
  '',
  'WEBINAR 1 – Rain gardens in small towns',
  'Tuesday 8 October 2030, 14.00–15.00 CEST',
  'Speaker: Hans Rosenvænget, landscape architect, Nordby Municipality',
  'Hans shows how three towns built rain gardens on a small budget.',
  'Register by Friday 4 October: example.org/autumn/rain',
  'Recording: yes – published at example.org/recordings',
  '',
  'WEBINAR 2 – Cycling streets and parking',
  'Wednesday 6 November 2030, 09.00–10.00 CET – please note the earlier time',
  'Speaker: Eva Lundholm, traffic planner, Sydby Municipality',
  'Register by Friday 1 November: example.org/autumn/cycling',
  'Recording: not recorded (open discussion)',
  '',
  'WEBINAR 3 – Heat pumps for public buildings',
  'Thursday 5 December 2030, 14.00–15.00 CET',
  'Speakers: Ole Bakmann, engineer, and Tina Kjærsgaard, energy adviser',
  'Register by Monday 2 December: example.org/autumn/heat',
  'Recording: yes – published at example.org/recordings',
  '',
  'Questions? Contact Lise Damgaard, lise@example.org.',
  '',
  'Kind regards',
  'Lise Damgaard',
  'Coordinator, Greener Towns Network',
].join('\n');

const now = DateTime.fromISO('2030-09-20T10:00:00+02:00', { setZone: true });
const knowledge = draftKnowledge(SERIES_EN, '2030-09-15', 'greener-towns-series');
const ask = (...turns: string[]): string[] => conversation(knowledge, now, ...turns);

describe('a series of session blocks ("WEBINAR 2 – …" over its own date, speaker and link)', () => {
  it('are the programme, one item per block with its date, time, speakers and own sentences, and the days span them', () => {
    const { event } = importLetter(SERIES_EN, { today: '2030-09-15' });
    const items = event.programme ?? [];
    assert.deepEqual(
      items.map((item) => [item.number, item.date, item.start, item.end]),
      [
        [1, '2030-10-08', '14:00', '15:00'],
        [2, '2030-11-06', '09:00', '10:00'],
        [3, '2030-12-05', '14:00', '15:00'],
      ],
    );
    assert.deepEqual(items[2]?.people, ['Ole Bakmann', 'Tina Kjærsgaard']);
    assert.match(items[1]?.description ?? '', /example\.org\/autumn\/cycling/);
    assert.match(items[1]?.description ?? '', /not recorded/);
    assert.doesNotMatch(items[0]?.description ?? '', /cycling/);
    assert.equal(String(event.start), '2030-10-08T14:00');
    assert.match(String(event.end), /^2030-12-05T15:00/);
    assert.doesNotMatch(JSON.stringify(event.title), /WEBINAR 1/i);
  });

  it('a question about one session is answered from its block', () => {
    const [when] = ask('when is webinar 2');
    assert.match(when!, /6 November/);
    assert.doesNotMatch(when!, /8 October/);
    const [who] = ask('who is speaking in webinar 1');
    assert.match(who!, /Hans Rosenvænget/);
    assert.doesNotMatch(who!, /Eva Lundholm/);
  });

  it('how and by when to sign up are each session’s own link and deadline, never "no deadline"', () => {
    for (const question of ['how do i sign up', 'tilmeldingsfrist?', 'when is the registration deadline']) {
      const [answer] = ask(question);
      for (const fact of ['example.org/autumn/rain', '4 October', 'example.org/autumn/cycling', '1 November', 'example.org/autumn/heat'])
        assert.ok(answer!.includes(fact), `${question} → ${fact}: ${answer}`);
      assert.doesNotMatch(answer!, /ingen tilmeldingsfrist|no registration deadline|lukker senest, når|closes when/i);
    }
  });
});
