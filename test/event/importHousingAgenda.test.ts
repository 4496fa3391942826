import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/**
 * A housing association's meeting (made-up estate): its letter speaks of rent per month and the size of a home in
 * rooms. Neither is the price of coming nor a room for the night.
 */
describe("a housing meeting's rent and home sizes are no price or accommodation of the meeting", () => {
  const letter = [
    'Indkaldelse til afdelingsmøde i Boligforeningen Lærkereden',
    '',
    'Afdelingsbestyrelsen indkalder til ordinært afdelingsmøde tirsdag den 7. september 2027 kl. 19.00 i Beboerhuset, Lærkevej 3, 9990 Vestby.',
    '',
    'Budget og husleje',
    'Budgettet for 2028 indebærer en huslejestigning på 3,1 %. For en 2-værelses bolig på 60 m² svarer det til ca. 118 kr. mere om måneden.',
    '',
    'Der serveres kaffe og kage.',
    '',
    'Med venlig hilsen',
    'Afdelingsbestyrelsen',
  ];

  it('takes no rent as the price and no home size as accommodation', () => {
    const { result } = draftOf(letter);
    assert.equal(result.event.practical?.price, undefined);
    assert.equal(result.event.practical?.accommodation, undefined);
    assert.ok(result.event.practical?.food);
  });
});
