import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** A day whose parts each have their own length, distance or number, and one part (the quiz) with none. */
const LETTER_DA = [
  'Netværksdag for naturvejledere',
  '',
  'Kære alle',
  '',
  'Vi mødes torsdag den 10. juni 2027 kl. 9.00–15.00 i Vestby Naturcenter, Skovvej 3, 6000 Vestby.',
  '',
  'Vi starter med kaffe, og bagefter tager vi en runde om bordet, hvor hver deltager får 4 min. til at fortælle om sit arbejde.',
  '',
  'Efter frokost går vi en tur ud til mosen – det er ca. 3 km hver vej, så tag gode sko på. Vi slutter med en quiz.',
  '',
  'Der er plads til 60 i foredragssalen.',
  '',
  'Med venlig hilsen',
  'Jens Lund, naturvejleder',
].join('\n');

const now = DateTime.fromISO('2027-06-01T10:00:00+02:00', { setZone: true });
const knowledge = draftKnowledge(LETTER_DA, '2027-05-20', 'netvaerksdag-natur');
const ask = (...turns: string[]): string[] => conversation(knowledge, now, ...turns);

describe('how long, how far or how many of a part of the meeting', () => {
  it('is the letter’s quantity for that part, not the meeting’s length', () => {
    const [walk] = ask('how long is the walk');
    assert.match(walk!, /3 km/);
    assert.doesNotMatch(walk!, /6 hours|9:00|09:00/);
    const [round] = ask('hvor lang tid har vi hver i runden om bordet');
    assert.match(round!, /4 min/);
    assert.doesNotMatch(round!, /6 timer/);
    const [hall] = ask('how many people fit in the hall');
    assert.match(hall!, /60/);
  });

  it('a part the letter names with no quantity is not answered with the meeting’s length', () => {
    const [quiz] = ask('hvor lang tid varer quizzen');
    assert.doesNotMatch(quiz!, /6 timer|09\.00–15\.00|kl\. 09\.00 til/);
  });

  it('the meeting’s own length is still the meeting’s', () => {
    const [meeting] = ask('hvor længe varer det');
    assert.match(meeting!, /6 timer/);
  });
});
