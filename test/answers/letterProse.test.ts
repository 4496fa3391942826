import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * Questions one sentence, paragraph or list entry of a letter's prose answers: an amount of a change, a quantity that
 * is no price, what there is for a group a list is headed by, what a labelled entry is. Made-up letters.
 */
const DANISH = `Emne: Årsmøde i Grundejerforeningen Lyngbakken

Kære medlemmer

Bestyrelsen indkalder til årsmøde torsdag den 9. september 2027 kl. 19.00 i Klubhuset, Lyngvej 4, 9990 Nordby.

Kontingent 2028
Bestyrelsen foreslår en kontingentstigning på 6 %, svarende til ca. 90 kr. om året. Stigningen skyldes højere udgifter til snerydning og vejvedligehold.

De to modeller for legepladsen
- Model A: En ny legeplads i træ ved søen.
- Model B: En renovering af den gamle legeplads ved fælleshuset.

Til børnene
- Skattejagt i haven - Hoppeborg på plænen - Ansigtsmaling ved indgangen

Med venlig hilsen
Bestyrelsen`;

const ENGLISH = `Subject: Writing course for volunteers

Dear volunteers,

We invite you to a writing course on Tuesday 5 October 2027, 17.00–20.00, at Nordby Library, Bogvej 2, 9990 Nordby.

THE THREE THEMES
1. Writing for the web 2. Writing newsletters 3. Writing for social media

HOMEWORK
Between the sessions you will write a short text (about 3 hours of work in all).

Best regards,
Lone Vang`;

describe('a question answered by the prose of the letter', () => {
  const danish = draftKnowledge(DANISH, '2027-08-01', 'lyngbakken-aarsmoede-2027');
  const english = draftKnowledge(ENGLISH, '2027-08-01', 'nordby-writing-course-2027');
  const now = DateTime.fromISO('2027-08-01T10:00:00+02:00', { setZone: true });

  it('how much a thing rises, asked with the verb of the noun the letter writes, is its paragraph with the amount', () => {
    const [answer] = conversation(danish, now, 'hvor meget stiger kontingentet');
    assert.match(answer!, /6 %/);
    assert.match(answer!, /90 kr/);
  });

  it('why a thing rises is the same paragraph', () => {
    const [answer] = conversation(danish, now, 'hvorfor stiger kontingentet');
    assert.match(answer!, /snerydning/);
  });

  it('how much of something that is no price is answered by a quantity', () => {
    const [answer] = conversation(english, now, 'how much homework is there between the sessions');
    assert.match(answer!, /3 hours/);
  });

  it('what there is for a group a list is headed by is the whole list', () => {
    const [answer] = conversation(danish, now, 'hvad er der til børnene');
    assert.match(answer!, /Skattejagt/);
    assert.match(answer!, /Hoppeborg/);
  });

  it('a labelled entry is its own line, not another', () => {
    const [answer] = conversation(danish, now, 'hvad er model b');
    assert.match(answer!, /renovering af den gamle legeplads/);
    assert.doesNotMatch(answer!, /træ ved søen/);
  });

  it('an entry numbered under a heading is named by the heading word and its number', () => {
    const [answer] = conversation(english, now, "what's theme 2");
    assert.match(answer!, /newsletters/);
    assert.doesNotMatch(answer!, /social media/);
  });

  it('an entry the list lacks is not answered by another', () => {
    const [answer] = conversation(danish, now, 'hvad er model c');
    assert.doesNotMatch(answer!, /renovering|træ ved søen/);
  });
});
