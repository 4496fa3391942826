import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversationAnswers, draftKnowledge } from '../helpers/knowledge';

/**
 * Practical facts of the things a letter describes (written for these tests, made-up places and people): an amount
 * in millions, a course of a menu asked in its definite form, the rules of a vote asked with the asker's own people.
 */
const PROJECT = `Borgermøde om ny gangbro over Ravnsåen

Vestbjerg Kommune inviterer til borgermøde torsdag den 15. april 2027 kl. 19.00–21.00 i Ravnsø Forsamlingshus, Bakkevej 7, 8680 Ravnsø.

De to forslag
Forslag 1: En gangbro i træ på 40 meter.
Forslag 2: En gangbro i stål med belysning.
Forslag 1 koster ca. 3,8 mio. kr., forslag 2 ca. 5,1 mio. kr.

Med venlig hilsen
Lone Sejersen, projektleder, lose@vestbjerg.example.dk`;

const DINNER = `Personaledag i Kvistrup

Vi holder personaledag fredag den 7. maj 2027 kl. 9.00–22.00 på Hotel Fjordglimt, Havnevej 2, 7700 Kvistrup.

MENU
Forret: Rejecocktail med citron og dild
Hovedret: Helstegt oksefilet med flødekartofler
Dessert: Æblekage med flødeskum

Venlig hilsen
Mette Aagaard, mette@kvistrup.example.dk`;

const ASSEMBLY = `Generalforsamling i Lundeby Roklub

Der indkaldes til ordinær generalforsamling onsdag den 10. marts 2027 kl. 19.30 i klubhuset, Søvej 4, 4000 Lundeby.

Om afstemninger: Alle aktive medlemmer over 16 år har én stemme. Der kan ikke stemmes ved fuldmagt. Ændringer af vedtægterne kræver et flertal på 2/3 af de afgivne stemmer.

Venlig hilsen
Bestyrelsen, formand Jens Holt, jens@lundeby-roklub.example.dk`;

const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });

function last(letter: string, id: string, ...turns: string[]) {
  const answers = conversationAnswers(draftKnowledge(letter, '2027-02-20', id), now, ...turns);
  return answers[answers.length - 1];
}

describe('practical facts of the things a letter describes', () => {
  it('an amount in millions is an amount: what a proposal costs', () => {
    const answer = last(PROJECT, 'gangbro-test', 'hvad koster forslag 2');
    assert.equal(answer?.kind, 'answer');
    assert.match(answer?.text ?? '', /5,1 mio/);
  });

  it('what the thing a paragraph is about costs, said of each proposal for it', () => {
    const answer = last(PROJECT, 'gangbro-test', 'hvad koster gangbroen');
    assert.equal(answer?.kind, 'answer');
    assert.match(answer?.text ?? '', /3,8 mio/);
    assert.match(answer?.text ?? '', /5,1 mio/);
  });

  it('a course asked in its definite form is the menu line that names it', () => {
    for (const [question, fact] of [
      ['hvad er forretten', /Rejecocktail/],
      ['hvad er hovedretten', /oksefilet/],
    ] as const) {
      const answer = last(DINNER, 'personaledag-test', question);
      assert.equal(answer?.kind, 'answer', question);
      assert.match(answer?.text ?? '', fact, question);
    }
  });

  it('a proxy asked of with the asker’s own people is the letter’s sentence on proxies', () => {
    for (const question of ['kan jeg give min mand fuldmagt', 'kan min kollega give mig fuldmagt til at stemme for hende']) {
      const answer = last(ASSEMBLY, 'roklub-test', question);
      assert.equal(answer?.kind, 'answer', question);
      assert.match(answer?.text ?? '', /fuldmagt/, question);
    }
  });

  it('the majority a bylaw change needs, asked in English of a Danish letter', () => {
    const answer = last(ASSEMBLY, 'roklub-test', 'how big a majority do bylaw changes need');
    assert.equal(answer?.kind, 'answer');
    assert.match(answer?.text ?? '', /2\/3/);
  });

  it('a companion asked of with no sentence on proxies is still not answered by the rules of the vote', () => {
    const answer = last(ASSEMBLY, 'roklub-test', 'kan min mand komme med');
    assert.notEqual(answer?.kind, 'answer');
  });
});
