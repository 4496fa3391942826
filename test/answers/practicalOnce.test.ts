import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lettersAskedAt } from '../helpers/knowledge';

/** A practical fact the quote of the letter already gives is said once, not as a typed sentence and then the quote. */

const { answer, knowledgeOf } = lettersAskedAt('2027-06-01T10:00:00+02:00');
const times = (text: string, fact: string | RegExp) =>
  text.split(typeof fact === 'string' ? fact : new RegExp(fact.source, 'giu')).length - 1;

const ONLINE_DA = knowledgeOf(
  [
    'Online temadag om trivsel',
    '',
    'Fredag den 10. september 2027 kl. 9-12.30 på Teams.',
    '',
    'Link til mødet: https://teams.example.com/l/meetup-join/trivsel2027 Linket står også i din bekræftelsesmail.',
    '',
    'Deltagelse er gratis.',
    '',
    'Med venlig hilsen',
    'Ida Storm, ida@vestby.example',
  ],
  'online-trivsel',
);

const HALL_EN = knowledgeOf(
  [
    'Members’ meeting 2027',
    '',
    'Thursday 14 October 2027, 18.00–20.00, Vestby Town Hall, Torvet 2, 7100 Vestby.',
    '',
    'Doors open at 17.30 for coffee.',
    '',
    'The fee is DKK 250 per person, paid at the door.',
    '',
    'Kind regards,',
    'Ole Bak, ole@vestby.example',
  ],
  'members-hall',
);

describe('a practical fact said once', () => {
  it('a link the quote gives is not written before it again', () => {
    const text = answer(ONLINE_DA, 'kan jeg komme online');
    assert.equal(times(text, 'https://teams.example.com/l/meetup-join/trivsel2027'), 1);
  });

  it('free, in the letter’s own words, is said once; in the other language the typed sentence stays', () => {
    const da = answer(ONLINE_DA, 'hvad koster det');
    assert.equal(times(da, /gratis/), 1);
    const en = answer(ONLINE_DA, 'is it free');
    assert.match(en, /free/i);
    assert.match(en, /gratis/);
  });

  it('a time and an amount the quote gives are said once, and still said', () => {
    const doors = answer(HALL_EN, 'when do the doors open');
    assert.equal(times(doors, /17[.:]30/), 1);
    const fee = answer(HALL_EN, 'how much is the fee');
    assert.equal(times(fee, /250/), 1);
  });
});
