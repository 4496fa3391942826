import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { countSaid } from '../../src/answers/coverage';
import { coveringSentences } from '../../src/answers/coveringSentence';
import { draftKnowledge } from '../helpers/knowledge';

/**
 * "How many X" is answered by a number of X, not by any number a sentence holds: "de tre modeller" does not say how
 * many pupils there are, nor "DKK 1,150 per night" how many rooms are reserved. A number of people answers a question
 * of people in other words ("40 deltagere" of "how many people").
 */

const LETTER = `Emne: Borgermøde om Nordby Skole

Kære forældre og borgere

Vi inviterer til borgermøde om skolens fremtid tirsdag den 9. marts 2027 kl. 19.00–21.00 i aulaen på Nordby Skole, Skolevej 4, 9990 Nordby.

Materialet om de tre modeller, herunder elevtal og udgifter pr. elev, kan læses på nordby.example.dk/skole fra den 1. marts.

Der er plads til 120 deltagere i aulaen.

Der er reserveret værelser på Hotel Fjorden til 895 kr. pr. nat.

Venlig hilsen
Lise Holm, skolekonsulent
Nordby Kommune`;

describe('a count of the thing asked', () => {
  const knowledge = draftKnowledge(LETTER, '2027-03-01', 'borgermoede-nordby-skole-2027');

  it('takes no number of another thing as the count asked', () => {
    assert.equal(
      countSaid('Materialet om de tre modeller, herunder elevtal, kan læses fra den 1. marts.', 'hvor mange elever går der på skolen'),
      false,
    );
    assert.equal(countSaid('A block of rooms is reserved at DKK 1,150 per night.', 'how many rooms are reserved'), false);
    assert.equal(countSaid('Der er reserveret værelser til 895 kr. pr. nat.', 'hvor mange værelser er reserveret'), false);
  });

  it('takes a number of the thing, its translation or other words for people', () => {
    assert.equal(countSaid('Der er plads til 120 deltagere i aulaen.', 'hvor mange deltagere kan der være'), true);
    assert.equal(countSaid('Der er plads til 120 deltagere i aulaen.', 'how many people can attend'), true);
    assert.equal(countSaid('We have reserved 20 rooms at the hotel.', 'hvor mange værelser er reserveret'), true);
    assert.equal(countSaid('Tre pladser er på valg.', 'hvor mange pladser er på valg'), true);
    assert.equal(countSaid('There is room for 24 participants.', 'how many spots are there'), true);
    assert.equal(
      countSaid('Drikke: to drikkebilletter pr. person; derefter 20 kr. pr. genstand.', 'hvor mange drikkebilletter får man'),
      true,
    );
    // A question that names no thing counted keeps taking any number.
    assert.equal(countSaid('Der er plads til 120 i aulaen.', 'hvor mange kan der være'), true);
  });

  it('quotes no sentence with another count for how many', () => {
    assert.deepEqual(coveringSentences('hvor mange elever går der på skolen nu', knowledge), []);
    assert.match(coveringSentences('hvor mange deltagere er der plads til i aulaen', knowledge).join(' '), /120/);
  });
});

describe('a thing asked of at a time', () => {
  const LETTER_EN = `Subject: First aid course for home care staff

Dear colleagues,

We invite you to a first aid course on Tuesday 9 March 2027, 08:30–15:00 at Nordby Health Centre, Skolevej 4, 9990 Nordby.

Lunch is served at 12:00, and there is a short evaluation of the course at the end of the day.

Kind regards
Lise Holm
Nordby Municipality`;
  const knowledge = draftKnowledge(LETTER_EN, '2027-03-01', 'first-aid-nordby-2027');
  const now = DateTime.fromISO('2027-03-01T12:00:00+01:00', { setZone: true });

  it("does not answer whether a thing is there with the day's times", () => {
    const reply = ask('is there a test at the end of the day', knowledge, { now }).answer!;
    assert.notEqual(reply.kind, 'answer', reply.text);
  });

  it("does not give the day's times as the normal ones", () => {
    for (const question of ['what are the normal opening hours', 'hvornår har I normalt åbent'])
      assert.notEqual(ask(question, knowledge, { now }).answer!.kind, 'answer', question);
  });

  it('still answers when the day ends', () => {
    const reply = ask('when does the course end', knowledge, { now }).answer!;
    assert.equal(reply.kind, 'answer', reply.text);
    assert.match(reply.text, /15[.:]00/);
  });
});

describe('what a thing is, of a letter that only says it is there', () => {
  const LETTER_DA = `Emne: Julefrokost i Vej og Park

Kære alle

Vi holder julefrokost fredag den 10. december 2027 kl. 12.00–16.00 i kantinen på Nordby Rådhus, Torvet 1, 9990 Nordby.

Dresscode: julesweater. Der er præmie til den grimmeste.

Der er også en quiz: tre runder med spørgsmål om året, der gik.

Venlig hilsen
Lise Holm`;
  const knowledge = draftKnowledge(LETTER_DA, '2027-12-01', 'julefrokost-nordby-2027');
  const now = DateTime.fromISO('2027-12-01T12:00:00+01:00', { setZone: true });

  it('does not quote "der er præmie" as what the prize is', () => {
    const reply = ask('hvad er præmien for den grimmeste sweater', knowledge, { now }).answer!;
    assert.notEqual(reply.kind, 'answer', reply.text);
  });

  it('quotes a sentence that says what the thing is', () => {
    const named = draftKnowledge(
      LETTER_DA.replace('Der er præmie til den grimmeste.', 'Der er præmie: et gavekort til biografen til den grimmeste.'),
      '2027-12-01',
      'julefrokost-nordby-2027',
    );
    const reply = ask('hvad er præmien for den grimmeste sweater', named, { now }).answer!;
    assert.match(reply.text, /gavekort/);
  });
});
