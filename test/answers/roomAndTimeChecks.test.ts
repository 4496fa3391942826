import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * Letters written for these tests (made-up places): a room named in the sentence before the building, a room written
 * first on a venue label with its number after "lok.", a bus's pick-up times on lines of their own, and a doors-open
 * sentence that says "start". Asked where, which room, and yes/no about rooms, times and days of the month.
 */
const PROSE = `Kære forældre

Vi vil gerne invitere jer til et informationsmøde torsdag den 18. marts 2027 kl. 19.00-21.00 i aulaen på Rosenvængets Skole, Skolestien 4, 7100 Vestby. Dørene åbner kl. 18.30, og der er kaffe fra start.

Mødet handler om den nye skolestruktur.

Med venlig hilsen
Hans Berg
Konsulent, Vestby Kommune
Tlf. 2045 1100`;

const LABELLED = `VESTBY KOMMUNE
Teknikudvalget

MØDEINDKALDELSE

Mødedato:   Onsdag 8. september 2027
Tidspunkt:  Kl. 15.30 – 18.00
Mødested:   Mødelokale "Ådalen" (lok. 2.14), Vestby Rådhus, Torvet 1, 7100 Vestby

DAGSORDEN

1.  Godkendelse af dagsorden
2.  Meddelelser

Afbud til Hans Berg, hans@vestby.example`;

const BUS = `Kære medlemmer

Vores sommerudflugt går til Rosenvænget Gods.

Udflugten finder sted torsdag den 17. juni 2027.

OPSAMLING
Bussen samler op to steder:

  kl. 8.00   Vestby Busterminal, Stationsvej 4
  kl. 8.20   Nordby Kirke, Kirkevej 12

Forventet hjemkomst: ca. kl. 18.30 i Nordby og 18.50 i Vestby (bussen sætter af samme steder).

Tilmelding til Hans Berg på tlf. 23 61 40 00.

Med venlig hilsen
Hans Berg`;

const YES = /^(Ja|Yes) –/;
const NO = /^(Nej|No) –/;

function knowledgeOf(text: string, id: string, today: string): EventKnowledge {
  return new EventKnowledge(parseEvent(importLetter(text, { today, id }).event, id));
}

describe('the room of the venue', () => {
  const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });
  const prose = knowledgeOf(PROSE, 'infomoede-vestby-2027', '2027-03-01');
  it('a room written before the building in the meeting sentence is the venue’s room', () => {
    assert.equal(prose.event.venue.room?.da, 'aulaen');
    assert.equal(prose.event.venue.name?.da, 'Rosenvængets Skole');
    assert.ok(ask('hvor er det henne', prose, { now }).answer?.text.includes('aulaen'));
  });
  it('another room asked is corrected with the letter’s room, though the town is right', () => {
    const reply = ask('er det i gymnastiksalen på vestby skole?', prose, { now }).answer?.text ?? '';
    assert.match(reply, NO);
    assert.ok(reply.includes('aulaen'), reply);
    assert.match(ask('er det i aulaen?', prose, { now }).answer?.text ?? '', YES);
  });
  it('a start asked is the meeting’s start, not a sentence that says "start"', () => {
    const reply = ask('does it start at 7.30', prose, { now }).answer?.text ?? '';
    assert.match(reply, NO);
    assert.ok(reply.includes('19:00'), reply);
    assert.match(ask('starter det kl 19?', prose, { now }).answer?.text ?? '', YES);
  });

  const labelled = knowledgeOf(LABELLED, 'teknikudvalg-vestby-2027', '2027-09-01');
  const september = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });
  it('a room written first on the venue label, with "lok." in it, is the room and the building follows', () => {
    assert.equal(labelled.event.venue.name?.da, 'Vestby Rådhus');
    assert.ok(labelled.event.venue.room?.da?.includes('2.14'), labelled.event.venue.room?.da);
    assert.ok(ask('which room?', labelled, { now: september }).answer?.text.includes('Ådalen'));
  });
  it('a room number asked is held against the room’s own number, not read as a time', () => {
    for (const [q, yes] of [
      ['is it in room 3.14?', false],
      ['is it in room 2.14?', true],
      ['er det i lokale 3.14?', false],
      ['er det i lokale 2.14?', true],
    ] as const) {
      const reply = ask(q, labelled, { now: september }).answer?.text ?? '';
      assert.match(reply, yes ? YES : NO, q);
      assert.ok(reply.includes('2.14'), reply);
    }
  });
});

describe('a day of the month asked with "d" and no month', () => {
  const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });
  const prose = knowledgeOf(PROSE, 'infomoede-vestby-2027', '2027-03-01');
  it('is checked against the meeting’s day', () => {
    for (const [q, yes] of [
      ['er det d 19.?', false],
      ['er det d 18.?', true],
      ['er det d 19', false],
    ] as const) {
      const reply = ask(q, prose, { now }).answer?.text ?? '';
      assert.match(reply, yes ? YES : NO, q);
      assert.ok(reply.includes('18. marts'), reply);
    }
  });
});

describe('a time on a line of its own that is no programme item', () => {
  const now = DateTime.fromISO('2027-06-01T10:00:00+02:00', { setZone: true });
  const bus = knowledgeOf(BUS, 'sommerudflugt-vestby-2027', '2027-06-01');
  it('is the fact a yes/no question about that place is checked against', () => {
    const wrong = ask('bussen kører vel kl 8.30 fra busterminalen?', bus, { now }).answer?.text ?? '';
    assert.match(wrong, NO);
    assert.ok(wrong.includes('8.00'), wrong);
    const right = ask('kører bussen kl 8 fra busterminalen?', bus, { now }).answer?.text ?? '';
    assert.match(right, YES);
    assert.ok(right.includes('Busterminal'), right);
  });
});
