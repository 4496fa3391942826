import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';
import type { FollowUpContext } from '../../src/understanding/frame';

/** Letters written for these tests (made-up places): prices of things besides the meeting, a group's price, no discount. */
const DANISH = `Generalforsamling i Nordby Boldklub

Generalforsamlingen holdes tirsdag den 16. marts 2027 kl. 19.00 i klubhuset, Skovvej 3, 7100 Nordby.

Dagsorden:
1. Valg af dirigent
2. Fastsættelse af kontingent

Bestyrelsen foreslår et uændret kontingent på 450 kr. om året.

Bagefter er der spisning. Det koster 75 kr. for voksne og 40 kr. for børn.

Efter mødet er der middag. Prisen er 250 kr. pr. person og faktureres den enkelte afdeling.

Betaling sker via MobilePay 12 34 56 ved tilmelding.

Kaffen er gratis, og der er sodavand til klubpris.

Pris for deltagelse:
- Medlemmer: gratis
- Studerende: 50 kr.

Venlig hilsen
Per Lund, formand, per@nordby-bk.example`;

const ENGLISH = `Study visit to Sandvik

The study visit is on Tuesday 18 May 2027, 10.00–16.00, at Sandvik Town Hall, Torggata 4, Sandvik.

Fee: EUR 300 per participant. The fee covers lunch and coffee.

Hotel: A block of rooms is reserved at Hotel Strand, Strandvej 2, Sandvik, at DKK 1,200 per night including breakfast.

Contact: Eva Dahl, eva@sandvik.example`;

function knowledgeOf(text: string, id: string, today: string) {
  return new EventKnowledge(parseEvent(importLetter(text, { today, id }).event, id));
}

const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });

function askAll(knowledge: EventKnowledge, ...turns: string[]) {
  let context: FollowUpContext | undefined;
  let answer;
  for (const turn of turns) {
    const asked = ask(turn, knowledge, { now, context });
    answer = asked.answer;
    context = answer ? { ...answer.memory, lang: asked.understanding.lang } : context;
  }
  return answer;
}

describe('what a particular thing costs', () => {
  const danish = knowledgeOf(DANISH, 'generalforsamling-nordby-bk-2027', '2027-03-01');
  const english = knowledgeOf(ENGLISH, 'study-visit-sandvik-2027', '2027-03-01');

  it('the meal: the amount the letter ties to it, in the sentence after the one naming it', () => {
    const reply = askAll(danish, 'hvad koster spisningen');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /75 kr\./);
  });

  it('"og for børn?" after what the food costs: still its price, for children', () => {
    const reply = askAll(danish, 'hvad koster maden bagefter', 'og for børn?');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /40 kr\./);
  });

  it('the membership fee, named in an agenda and a proposal: the proposal’s amount', () => {
    const reply = askAll(danish, 'hvad bliver kontingentet');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /450 kr\./);
  });

  it('a thing named with no amount ("til klubpris") is not stated, and no other amount is given', () => {
    const reply = askAll(danish, 'hvad koster en sodavand');
    assert.notEqual(reply?.kind, 'answer', reply?.text);
    assert.doesNotMatch(reply?.text ?? '', /75 kr|40 kr|450 kr|50 kr/);
  });

  it('a student discount: the students’ price line', () => {
    const reply = askAll(danish, 'er der studierabat');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /50 kr\./);
  });

  it('a price per night at the hotel: the hotel’s sentence, not the fee', () => {
    const reply = askAll(english, 'price per night at the hotel?');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /1,200/);
    assert.doesNotMatch(reply?.text ?? '', /EUR 300/);
  });

  it('a discount for a group no price names: not stated', () => {
    const reply = askAll(english, 'is there a discount for people from non-member towns');
    assert.notEqual(reply?.kind, 'answer', reply?.text);
  });

  it('a double room, where the letter prices no kind of room: no price of the hotel as its answer', () => {
    const reply = askAll(english, 'how much is a double room');
    assert.notEqual(reply?.kind, 'answer', reply?.text);
  });
});

/** A Danish letter that prices its rooms by kind in one sentence, asked in English. */
const ROOMS = `Temadag om kystsikring 2027

Temadagen holdes torsdag den 9. september 2027 kl. 9.30-16.00 på Hotel Klitly, Havnevej 5, 7100 Nordby.

Deltagelse koster 900 kr. inkl. frokost.

Du booker selv dit værelse hos hotellet på tlf. 11 22 33 44. Prisen er 845 kr. for enkeltværelse og 1.045 kr. for dobbeltværelse pr. nat.

Venlig hilsen
Per Lund, per@klitly.example`;

describe('a thing asked by a phrase the letter writes as one word', () => {
  const danish = knowledgeOf(DANISH, 'generalforsamling-nordby-bk-2027', '2027-03-01');
  const rooms = knowledgeOf(ROOMS, 'temadag-klitly-2027', '2027-03-01');

  it('"single room" of "enkeltværelse": the sentence that prices it, not the fee', () => {
    const reply = askAll(rooms, 'how much is a single room');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /845 kr\./);
    assert.doesNotMatch(reply?.text ?? '', /900 kr/);
  });

  it('"the annual fee" of "kontingent": the proposal’s amount', () => {
    const reply = askAll(danish, 'how much is the annual fee per year');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /450 kr\./);
    assert.doesNotMatch(reply?.text ?? '', /75 kr|250 kr/);
  });
});

describe('who pays, and how', () => {
  const danish = knowledgeOf(DANISH, 'generalforsamling-nordby-bk-2027', '2027-03-01');

  it('who pays for the dinner: the sentence that says it is invoiced', () => {
    const reply = askAll(danish, 'hvem betaler for middagen');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /faktureres den enkelte afdeling/);
  });

  it('how to pay: the sentence with the means and its number', () => {
    const reply = askAll(danish, 'hvordan betaler man');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /12 34 56/);
  });
});
