import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter, renderDraft, type ImportResult } from '../../src/event/import';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';

/** Letter shapes from a second round of unseen letters; each must give a valid draft. */
function imported(lines: string[], today = '2026-11-30'): { result: ImportResult; event: MeetingEvent } {
  const result = importLetter(lines.join('\n'), { today });
  const yaml = renderDraft(result.event, result.checks, {
    letter: 'letter.txt',
    file: `events/${result.event.id}.yaml`,
    generatedOn: today,
  });
  return { result, event: parseEventText(yaml, 'letter.txt') };
}

/** The bot's answer to one question about the event, asked before it. */
function answerOf(event: MeetingEvent, question: string, now = '2027-04-01T12:00:00+02:00'): { text: string; kind: string } {
  const { understanding, answer } = ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) });
  return { text: answer?.text ?? '', kind: answer?.kind ?? understanding.kind };
}

describe('venue: an address with no name is said with its preposition', () => {
  for (const [lines, question, said] of [
    [
      [
        'Emne: Møde om vejen',
        '',
        'Kære naboer. Vi inviterer til et møde om den nye vej og trafikken i området her i foråret.',
        '',
        'Tirsdag den 11. maj 2027 kl. 19.00–21.00',
        'Storegade 5, 9990 Vestby',
        '',
        'Venlig hilsen',
        'Anna Berg',
      ],
      'hvor er mødet',
      /foregår på Storegade 5/,
    ],
    [
      [
        'Subject: Road meeting',
        '',
        'Dear neighbours. We invite you to a meeting about the new road and the traffic in the area this spring.',
        '',
        'Tuesday 11 May 2027, 19.00–21.00',
        'Harbour Road 9, 6700 Esbjerg',
        '',
        'Kind regards',
        'Anna Berg',
      ],
      'where is it',
      /held at Harbour Road 9/,
    ],
  ] as const) {
    it(`${question} → ${String(said)}`, () => {
      const { event } = imported([...lines]);
      assert.equal(event.venue.name, undefined);
      const reply = answerOf(event, question);
      assert.equal(reply.kind, 'answer');
      assert.match(reply.text, said);
    });
  }
});

describe('venue: a labelled place whose address continues on the next line', () => {
  it('English: "Place:" names the building and room, the street stands under it', () => {
    const { result } = imported([
      'Subject: Annual meeting 2027',
      '',
      'Dear members. The board hereby invites all members to the annual meeting of the association this spring.',
      '',
      'Date:   Tuesday 11 May 2027',
      'Time:   15.00–17.00',
      'Place:  Westbay College, Campus North, Building D, Room D1.12',
      '        Harbour Road 9, 6700 Esbjerg',
      '',
      'Kind regards',
      'Anna Berg',
    ]);
    assert.deepEqual(result.event.venue, {
      name: 'Westbay College, Campus North, Building D',
      room: 'Room D1.12',
      address: 'Harbour Road 9, 6700 Esbjerg',
    });
  });

  it('Danish: "Sted:" names the house and hall, the street under it', () => {
    const { result } = imported([
      'Emne: Generalforsamling 2027',
      '',
      'Kære medlemmer. Bestyrelsen indkalder hermed til ordinær generalforsamling i foreningen til foråret.',
      '',
      'Dato: tirsdag den 11. maj 2027',
      'Tid: kl. 19.00–21.00',
      'Sted: Kulturhuset Vestby, Sal B2.03',
      'Storegade 5, 9990 Vestby',
      '',
      'Med venlig hilsen',
      'Bestyrelsen',
    ]);
    assert.equal(result.event.venue.name, 'Kulturhuset Vestby');
    assert.equal(result.event.venue.room, 'Sal B2.03');
    assert.equal(result.event.venue.address, 'Storegade 5, 9990 Vestby');
  });
});

describe('times: a room number is no clock time', () => {
  it('"Auditorium C2.14" gives no arrival time and "lokale A1.30" no time', () => {
    const { result } = imported([
      'Subject: Seminar 2027',
      '',
      'Dear colleagues. We invite you to our seminar on planning and climate this spring in Esbjerg.',
      '',
      'Date: Tuesday 11 May 2027',
      'Time: 10.00–12.00',
      'Place: Westbay College, Auditorium C2.14, Harbour Road 9, 6700 Esbjerg',
      '',
      'Kind regards',
      'Anna Berg',
    ]);
    assert.equal(result.event.start, '2027-05-11T10:00');
    assert.equal(result.event.practical?.arrival?.time, undefined);
  });
});

describe('venue: a labelled line with a street but no postcode', () => {
  it('Danish: "HVOR: Restaurant X, Vejnavn 7, 1. sal, By (5 min. fra …)"', () => {
    const { result } = imported([
      'Emne: Sommerfest 2027',
      '',
      'Hej alle sammen. Så er det tid til sommerfest igen, og vi glæder os til at se jer alle sammen.',
      '',
      'HVORNÅR: Fredag den 11. juni 2027 kl. 15.00–20.00',
      'HVOR: Café Solsikken, Møllevej 7, 1. sal, Vestby (5 min. gang fra stationen)',
      '',
      'Hilsen',
      'Festudvalget',
    ]);
    assert.equal(result.event.venue.name, 'Café Solsikken');
    assert.equal(result.event.venue.address, 'Møllevej 7, 1. sal, Vestby');
    assert.ok(
      result.checks.some((check) => check.path[0] === 'venue'),
      'no postcode, so the draft asks to check it',
    );
  });

  it('English: "Venue: the Old Mill, Mill Lane 3, Vestby"', () => {
    const { result } = imported([
      'Subject: Summer party 2027',
      '',
      'Hi everyone. It is time for our summer party again, and we look forward to seeing all of you there.',
      '',
      'When: Friday 11 June 2027, 15.00–20.00',
      'Venue: The Old Mill, Mill Lane 3, Vestby',
      '',
      'Best wishes',
      'The party committee',
    ]);
    assert.equal(result.event.venue.name, 'The Old Mill');
    assert.equal(result.event.venue.address, 'Mill Lane 3, Vestby');
  });
});
