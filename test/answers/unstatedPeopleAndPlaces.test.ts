import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lettersAskedAt } from '../helpers/knowledge';

/**
 * Who holds a role, who leads a part, which town, when a thing opens: asked of a letter that does not say, the answer
 * gives no other fact in its place — not the speaker whose title shares the verb, not "no" to a town beside a venue
 * without one, not the doors' time for the bar.
 */

const { answer, knowledgeOf } = lettersAskedAt('2027-04-01T10:00:00+02:00');

const FAREWELL = knowledgeOf(
  [
    'Subject: Goodbye coffee for Ib – Thu 22 April',
    '',
    'Hi all,',
    '',
    'Ib Lund is leaving us after 12 years, and we would like to say goodbye properly.',
    'Please join us on Thursday 22 April 2027 from 13.00 to 14.00 in the canteen on the 2nd floor.',
    '',
    'Best,',
    'Karen',
  ],
  'goodbye-coffee-ib',
);

const CLUB = knowledgeOf(
  [
    'Hej alle sammen',
    '',
    'Vi holder sommermøde torsdag den 20. maj 2027 kl. 19.00 i klubhuset på Skovvej 9. Du kan bare møde op.',
    '',
    'Program',
    '18.30  Dørene åbner, og der er kaffe',
    '19.00  Velkomst og beretning',
    '20.30  Tak for i aften',
    '',
    'Hilsen',
    'Bent Vang, formand',
  ],
  'sommermoede-klubben',
);

const NETWORK = knowledgeOf(
  [
    'Subject: Network meeting 12 May 2027 at Vestby Valves',
    '',
    'Dear members,',
    '',
    'We meet on Wednesday 12 May 2027, 10:00–15:00 at Vestby Valves A/S, Fabriksvej 4, 6000 Vestby.',
    '',
    'PROGRAMME',
    '10:00  Welcome by host Anna Berg, HR Director, Vestby Valves',
    '10:20  "From apprentice to team leader" by Ole Hansen, Training Manager',
    "11:15  Round-table: members' own cases",
    '12:00  Lunch',
    '13:00  Summary and plans for the autumn',
    '14:30  Wrap-up and thank you',
    '',
    'The dinner on 12 May is held at Restaurant Havet, Kajen 3, 6000 Vestby, a 10-minute walk from the venue.',
    '',
    'Questions to the network secretary, Lis Holm, lis@network.example.',
    '',
    'Kind regards',
    'Per Dam, Chair',
  ],
  'network-meeting-valves',
);

describe('questions about people, places and times the letter does not answer', () => {
  it('a town asked of a venue given without one is not denied', () => {
    for (const question of ['is it in copenhagen', 'is it in aarhus?']) {
      const text = answer(FAREWELL, question);
      assert.doesNotMatch(text, /^No\b/, `${question}: ${text}`);
      assert.match(text, /canteen/, `${question}: ${text}`);
    }
    assert.doesNotMatch(answer(CLUB, 'er det i odense'), /^Nej\b/);
    // A venue with its town is still corrected.
    assert.match(answer(NETWORK, 'is it in aarhus'), /^No\b/);
  });

  it('the verb asking who leads a part names no item whose title shares it', () => {
    for (const question of ['who leads the round-table', 'who leads the summary']) {
      const text = answer(NETWORK, question);
      assert.doesNotMatch(text, /Ole Hansen/, `${question}: ${text}`);
    }
    assert.match(answer(NETWORK, 'who presents from apprentice to team leader'), /Ole Hansen/);
  });

  it('the minutes asked are no minutes of a walk, and the wrap-up asked is its own item', () => {
    for (const question of ['when will the minutes be sent out', 'when do we get the minutes'])
      assert.doesNotMatch(answer(NETWORK, question), /10-minute/, question);
    assert.doesNotMatch(answer(NETWORK, 'who leads the wrap-up'), /Ole Hansen|Anna Berg/);
  });

  it('a thing that opens, which the letter never names, is not the doors', () => {
    for (const question of ['hvornår åbner baren', 'when does the bar open', 'hvornår åbner garderoben']) {
      const text = answer(CLUB, question);
      assert.doesNotMatch(text, /18[.:]30/, `${question}: ${text}`);
    }
    assert.match(answer(CLUB, 'hvornår åbner dørene'), /18[.:]30/);
  });
});
