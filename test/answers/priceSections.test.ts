import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lettersAskedAt } from '../helpers/knowledge';

/** Prices written as a section of paragraphs, with an early-bird deadline, or free with a fee for not coming. */

const { answer, knowledgeOf } = lettersAskedAt('2027-06-01T10:00:00+02:00');

const SECTION_DA = knowledgeOf(
  [
    'Netværkskonference 2027',
    '',
    'Onsdag den 3. november 2027 kl. 9.00-16.00',
    'Hotel Fjordly, Strandvejen 8, 7100 Vestby',
    '',
    'PRIS',
    'Prisen inkluderer deltagelse, overnatning i enkeltværelse og alle måltider.',
    '',
    'Early bird-pris (ved tilmelding senest fredag den 17. september 2027): 4.295 kr. ekskl. moms',
    'Normalpris (tilmelding efter 17. september): 5.195 kr. ekskl. moms',
    '',
    'TILMELDING',
    'Tilmelding sker på www.vestby.example/konf senest fredag den 8. oktober 2027.',
    '',
    'Med venlig hilsen',
    'Ida Storm',
  ],
  'pris-sektion',
);

const SECTION_EN = knowledgeOf(
  [
    'Nordby Network Conference 2027',
    '',
    'Wednesday 3 November 2027, 9:00–16:00',
    'Hotel Fjordly, Strandvejen 8, 7100 Vestby',
    '',
    'PRICE',
    'The price includes both days, a single room and all meals.',
    '',
    'Early bird price (register by Friday 17 September 2027): DKK 4,295 excl. VAT',
    'Standard price (after 17 September): DKK 5,195 excl. VAT',
    '',
    'REGISTRATION',
    'Register at www.nordby.example/conf by Friday 8 October 2027.',
    '',
    'Kind regards',
    'Ole Bak',
  ],
  'price-section',
);

describe('a price section whose first paragraph names no amount', () => {
  it('the amounts in the paragraphs below are the price', () => {
    assert.equal(SECTION_DA.event.practical.price?.amount, 4295);
    assert.equal(SECTION_EN.event.practical.price?.amount, 4295);
    assert.match(answer(SECTION_DA, 'hvad koster det'), /4\.295/);
    assert.match(answer(SECTION_EN, 'how much does it cost'), /4,295/);
  });

  it("the early-bird deadline is the early-bird price's, not the sign-up deadline", () => {
    const en = answer(SECTION_EN, 'when is the early bird deadline');
    assert.match(en, /17 September/);
    assert.doesNotMatch(en, /registration deadline is/i);
    assert.match(answer(SECTION_DA, 'when is the early bird deadline'), /17\. september/);
  });
});

describe('free, with a fee for not coming', () => {
  it('the meeting is free; the no-show fee is no price (Danish and English)', () => {
    const da = knowledgeOf(
      [
        '# Temadag om trivsel',
        '',
        '**Tirsdag den 21. september 2027 kl. 9.30–15.30**',
        '**Medborgerhuset, Søvej 5, 8600 Vestby**',
        '',
        '- **Pris:** Temadagen er gratis. Ved udeblivelse uden afmelding opkræves dog et gebyr på 500 kr.',
        '',
        'Med venlig hilsen',
        'Ida Storm',
      ],
      'gratis-gebyr',
    );
    assert.equal(da.event.practical.price?.free, true);
    assert.equal(da.event.practical.price?.amount, undefined);
    assert.match(answer(da, 'hvad koster det'), /gratis/);
    const en = knowledgeOf(
      [
        'Workshop on youth participation',
        '',
        'Tuesday 21 September 2027, 9:30–15:30',
        'Town Hall, Torvet 1, 7100 Vestby',
        '',
        'Price: Taking part is free of charge. A fee of DKK 500 is charged for no-shows.',
        '',
        'Kind regards',
        'Ole Bak',
      ],
      'free-no-show',
    );
    assert.equal(en.event.practical.price?.free, true);
    assert.equal(en.event.practical.price?.amount, undefined);
  });
});
