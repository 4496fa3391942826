import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importLetter } from '../../src/event/import';
import { draftKnowledge, lettersAskedAt } from '../helpers/knowledge';

/**
 * Questions people ask of any programme, people and times, red-teamed over the letters' event model: whether it
 * lasts all day, what happens at a time on a meeting of two days, an item named by a word a glossary also gives
 * another item, an item's end written after "until" in its title, and a thing named like a word of someone's title.
 */

const { answer } = lettersAskedAt('2027-04-01T10:00:00+02:00');

const DAY_LETTER = [
  'Temadag om trivsel i foreninger',
  '',
  'Vestby Kommune inviterer til temadag tirsdag den 20. april 2027 kl. 9.30-15.00 i Medborgerhuset, Skolegade 4, 6000 Vestby.',
  '',
  'Program',
  '9.30 Velkomst',
  '10.00 Oplæg om frivillighed v/ Ida Storm',
  '12.00 Frokost',
  '13.00 Workshops',
  '15.00 Tak for i dag',
  '',
  'Venlig hilsen',
  'Else Kjær, else@vestby.example',
].join('\n');

const TWO_DAYS = [
  'Spring meeting of the Westby HR network',
  '',
  'When: Thursday 15 April 2027, 12:00 – Friday 16 April 2027, 13:00',
  'Where: Westby Works, Mill Road 4, 6000 Westby',
  '',
  'PROGRAMME',
  '',
  'Thursday 15 April',
  '12:00  Arrival and lunch',
  '13:00  Coffee break',
  '13:30  Site visit of the halls',
  '17:00  End of day one',
  '19:00  Network dinner at the harbour',
  '',
  'Friday 16 April',
  '08:30  Morning coffee',
  '09:00  Workshop in small groups',
  '10:30  Coffee and cake',
  '11:00  Summary',
  '12:30  Lunch and goodbye (ends 13:00)',
  '',
  'Kind regards',
  'Ann Lee, Event & Network Coordinator, Westby HR Network, ann@westby.example',
].join('\n');

const BREAKFAST = [
  'Breakfast seminar on robots',
  '',
  'When: Thursday 22 April 2027, 08.00–09.30',
  'Where: Westby Innovation House, Quay Street 2, 6000 Westby',
  '',
  'PROGRAMME',
  '• 08.00 – Welcome',
  '  Ida Storm, Chair, Westby Business Network',
  '',
  '• 08.10 – Talk: "Robots in small firms"',
  '  Per Holm, CEO, Holm Plast ApS',
  '',
  '• 09.25 – Wrap-up and thank you',
  '',
  '• 09.30 – End of programme (online broadcast ends) – networking on site until 10.00',
  '',
  'Kind regards',
  'Ann Lee, Event & Network Coordinator, Westby Business Network, ann@westby.example',
].join('\n');

describe('red-teamed questions on the programme, people and times', () => {
  const day = draftKnowledge(DAY_LETTER, '2027-04-01', 'temadag-trivsel');
  const twoDays = draftKnowledge(TWO_DAYS, '2027-04-01', 'hr-network-spring');
  const breakfast = draftKnowledge(BREAKFAST, '2027-04-01', 'breakfast-robots');

  it('answers "is it all day?" with the hours, in both languages', () => {
    for (const question of ['is it all day?', 'er det hele dagen', 'er det en hel dag?']) {
      const reply = answer(day, question);
      assert.match(reply, /9[.:]30/, question);
      assert.match(reply, /15[.:]00/, question);
    }
  });

  it('tells what happens at an hour of the first day, not the last item of the last day', () => {
    const reply = answer(twoDays, 'hvad sker der kl 19.00');
    assert.match(reply, /Network dinner/);
    assert.doesNotMatch(reply, /goodbye/);
    // The day and the time read as such, with no "kl." before the day.
    assert.doesNotMatch(reply, /kl\. (torsdag|fredag)/);
  });

  it("gives the last day's end of a meeting over two days when asked how long it lasts", () => {
    for (const question of ['hvor længe varer det', 'is it all day?']) assert.match(answer(twoDays, question), /13[.:]00/, question);
  });

  it('names the break the title writes, before one the glossary gives a word of', () => {
    const reply = answer(twoDays, "what's after break");
    assert.match(reply, /Site visit/);
  });

  it('names the item whose title has the day part asked, not one the glossary shares a word with', () => {
    const reply = answer(twoDays, 'hvornår slutter morning coffee');
    assert.match(reply, /Morning coffee/);
    assert.match(reply, /09[.:]00/);
    assert.doesNotMatch(reply, /Coffee break/);
  });

  it('takes an item\'s end from "until 10.00" at the end of its title', () => {
    const item = importLetter(BREAKFAST, { today: '2027-04-01', id: 'breakfast-robots' }).event.programme?.at(-1);
    assert.equal(item?.end, '10:00');
    assert.match(answer(breakfast, 'how long can we stay for networking'), /10[.:]00/);
  });

  it('does not take a thing asked for a person whose title only qualifies the role with that word', () => {
    const reply = answer(breakfast, 'until when is the networking');
    assert.match(reply, /10[.:]00/);
    assert.doesNotMatch(reply, /Ann Lee/);
    assert.match(answer(breakfast, 'who is the network coordinator'), /Ann Lee/);
  });
});
