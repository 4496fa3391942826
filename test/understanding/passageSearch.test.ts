import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PassageSearch } from '../../src/understanding/passageSearch';

const passages = [
  { id: 'p1', text: 'Mødet holdes i den store sal på kursuscentret, og der er gratis parkering ved indgangen.' },
  { id: 'p2', text: 'Mødet bliver ikke optaget, men slides fra oplæggene bliver lagt på intranettet bagefter.' },
  { id: 'p3', text: 'Kaffe og kage serveres i pausen, og frokosten spiser vi sammen i kantinen.' },
  // A letter has many paragraphs: a word that only one of them uses stands out among them.
  ...['budgettet', 'strategien', 'samarbejdet', 'visionen', 'handleplanen', 'evalueringen', 'indsatsen', 'retningen'].map((subject, i) => ({
    id: `q${i}`,
    text: `Derefter drøfter vi ${subject} for de kommende år med udvalget og forvaltningen.`,
  })),
];
const generic = new Set(['modet', 'der', 'den', 'vi', 'og', 'for', 'far', 'hvor', 'kan', 'jeg', 'finde', 'bagefter', 'er', 'pa']);

describe('searching the letter for a paragraph', () => {
  it('when the one word a question names is used by one paragraph only, then that paragraph answers it', () => {
    const search = new PassageSearch(passages, generic);
    assert.equal(search.search('får vi slides')?.id, 'p2');
    assert.equal(search.search('hvor kan jeg finde slides bagefter')?.id, 'p2');
  });

  it('when the question also names something no paragraph beside it says, then there is no answer', () => {
    const search = new PassageSearch(passages, generic);
    assert.equal(search.search('er der wifi på kursuscentret'), undefined);
    assert.equal(search.search('får vi slides på papir'), undefined);
  });

  it('when a question word and its translation both match, then they are one word, not two', () => {
    const search = new PassageSearch(
      [...passages, { id: 'p4', text: 'Byrådet har besluttet at bygge skolen om, og byggeriet begynder efter sommerferien.' }],
      generic,
    );
    const translates = new Map([
      ['byggeri', 'byggeriet'],
      ['construction', 'byggeriet'],
    ]);
    assert.equal(search.search('hvor længe varer byggeriet', { also: [...translates.keys()], translates }), undefined);
  });

  it('when a topic cue is several words, then a paragraph with those words in a row has it', () => {
    const search = new PassageSearch(
      [...passages, { id: 'p5', text: 'Vi er omkring 85 medarbejdere i alt, og der er plads til alle i kantinen.' }],
      generic,
    );
    assert.deepEqual(search.containing(['plads til']), ['Vi er omkring 85 medarbejdere i alt, og der er plads til alle i kantinen.']);
    assert.deepEqual(search.containing(['til plads']), []);
  });
});
