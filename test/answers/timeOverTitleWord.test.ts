import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftKnowledge, lettersAskedAt } from '../helpers/knowledge';

/** "hvem taler kl 11.15" of a programme with an item titled "Nye tal …" at another time. Letters written here. */

const { answer } = lettersAskedAt('2027-06-01T10:00:00+02:00');

const TABLE = draftKnowledge(
  [
    '# Temadag om trivsel',
    '',
    '**Tirsdag den 21. september 2027 kl. 9.30–15.30**',
    '**Medborgerhuset, Søvej 5, 8600 Vestby**',
    '',
    '## Program',
    '',
    '| Tid | Emne | Oplægsholder |',
    '|---|---|---|',
    '| 9.30–10.00 | Ankomst og kaffe | |',
    '| 10.15–11.00 | Nye tal om unges trivsel | Forsker Ida Storm |',
    '| 11.00–11.15 | Pause | |',
    '| 11.15–12.00 | Angst blandt unge – hvad virker? | Psykolog Ole Bak |',
    '| 12.00–12.45 | Frokost | |',
    '',
    'Med venlig hilsen',
    'Tove Lund',
  ].join('\n'),
  '2027-06-01',
  'tabel-tal',
);

const LIST = draftKnowledge(
  [
    'Netværksmøde for HR',
    '',
    'Torsdag den 20. maj 2027 kl. 10.00-15.00 i Kulturhuset, Torvet 2, 7100 Vestby.',
    '',
    'Program',
    '',
    '10.00 Velkomst',
    '10.15 Tal og tendenser i rekrutteringen v/ konsulent Ida Storm',
    '11.15 Pause',
    '11.30 Erfaringer fra Nordby v/ konsulent Ole Bak',
    '12.15 Frokost',
    '',
    'Med venlig hilsen',
    'Tove Lund',
  ].join('\n'),
  '2027-06-01',
  'liste-tal',
);

describe('a time asked beside a word a title happens to share', () => {
  it('"hvem taler kl …" is whoever speaks at that time, not the item titled "tal"', () => {
    const table = answer(TABLE, 'hvem taler kl 11.15');
    assert.match(table, /Ole Bak/);
    assert.doesNotMatch(table, /Ida Storm/);
    const list = answer(LIST, 'hvem taler kl 11.30');
    assert.match(list, /Ole Bak/);
    assert.doesNotMatch(list, /Ida Storm/);
    assert.match(answer(LIST, 'hvem taler kl 10.15'), /Ida Storm/);
  });
});
