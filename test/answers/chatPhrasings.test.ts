import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * Two letters written for these tests (made-up people and places): a themed afternoon in a hotel with a sign-up link,
 * a deadline, a moderator named in prose and a leader after a dash, and a committee's study trip by bus. Asked as
 * people type in chat: where to sign up, statements with a tag asked back, laughing and thanking, roles and travel.
 */
const THEMED = `Temamøde om det nære sundhedsvæsen

Vi inviterer til temamøde torsdag den 23. september 2027 kl. 14.00-18.00 på Hotel Fjordkanten, Strandvej 4, 6000 Kolding.

Program
14.00–14.15 Velkomst v/ direktør Lene Holm
14.15–15.00 Baggrund og økonomi – skolechef Morten Aagaard
15.00–15.20 Pause
15.20–16.30 Paneldebat
16.30–18.00 Afrunding

Maja Skov, der er ordstyrer gennem hele eftermiddagen, samler op til sidst.

Tilmelding senest mandag den 13. september 2027 på https://example.dk/tilmeld-tema.

Fra lufthavnen kører bus 43 direkte til hotellet.

Kontakt: Jonas Brix, jbr@example.dk, tlf. 33 70 31 52`;

const TRIP = `Studietur for Teknik- og Miljøudvalget

Udvalget tager på studietur til Odense torsdag den 7. oktober 2027. Bussen kører kl. 7.15 fra rådhuset.

Program
Kl. 9.45 Ankomst til Odense Rådhus, Flakhaven 2, 5000 Odense
Kl. 10.00 Oplæg om bilfri bymidte v/ Lone Berg
Kl. 12.00 Frokost
Kl. 16.30 Hjemrejse

Tilmelding senest 20. september til Anders Bech, ab@example.dk.`;

function knowledgeOf(text: string, id: string, today: string): EventKnowledge {
  return new EventKnowledge(parseEvent(importLetter(text, { today, id }).event, id));
}

const themed = knowledgeOf(THEMED, 'temamoede-kolding-2027', '2027-09-01');
const trip = knowledgeOf(TRIP, 'studietur-odense-2027', '2027-09-01');
const now = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });
const reply = (q: string, knowledge: EventKnowledge) => ask(q, knowledge, { now });

const YES = /^(Ja|Yes) –/;
const NO = /^(Nej|No) –/;

describe('where to sign up is the way to sign up, not a place', () => {
  for (const q of ['where do i register', 'where do i sign up online', 'hvor tilmelder jeg mig']) {
    it(`"${q}" gives the letter's link`, () => {
      const answer = reply(q, themed).answer;
      assert.equal(answer?.kind, 'answer', answer?.text);
      assert.ok(answer?.text.includes('https://example.dk/tilmeld-tema'), answer?.text);
    });
  }
  it('a desk to register at is still a place', () => {
    const answer = reply('where is the registration desk', themed).answer;
    assert.notEqual(answer?.kind, 'answer', answer?.text);
  });
});

describe('a statement asked back, or a day or place to confirm, is checked against the event', () => {
  const checks = [
    { q: 'mødet er i odense ik?', knowledge: themed, yes: false, fact: 'Kolding' },
    { q: 'det er i kolding, ikke?', knowledge: themed, yes: true, fact: 'Kolding' },
    { q: 'is the deadline sept 20?', knowledge: themed, yes: false, fact: '13 September' },
    { q: 'er fristen den 13. september?', knowledge: themed, yes: true, fact: '13. september' },
    { q: 'er det onsdag vi tager afsted?', knowledge: trip, yes: false, fact: 'torsdag' },
    { q: 'is it thursday we leave?', knowledge: trip, yes: true, fact: 'Thursday' },
    { q: 'is the trip to aarhus?', knowledge: trip, yes: false, fact: 'Odense' },
    { q: 'turen går til odense ik?', knowledge: trip, yes: true, fact: 'Odense' },
  ];
  for (const check of checks) {
    it(`"${check.q}" → ${check.yes ? 'yes' : 'no'}, with ${check.fact}`, () => {
      const text = reply(check.q, check.knowledge).answer?.text ?? '';
      assert.match(text, check.yes ? YES : NO);
      assert.ok(text.includes(check.fact), text);
    });
  }
});

describe('chat that laughs or thanks asks nothing', () => {
  for (const q of ['tak for svarene 👍', 'haha ja sommeren var våd 😂', 'thanks for the quick answers', 'hehe ok']) {
    it(`"${q}" is small talk`, () => assert.equal(reply(q, themed).understanding.kind, 'smallTalk'));
  }
  for (const q of ['haha hvornår er mødet', 'tak for svaret, hvornår slutter det?']) {
    it(`"${q}" still asks`, () => {
      const asked = reply(q, themed);
      assert.equal(asked.understanding.kind, 'question');
      assert.equal(asked.answer?.kind, 'answer', asked.answer?.text);
    });
  }
});

describe('who has a role or leads an item, as the letter writes it', () => {
  it('"who\'s moderating" names the moderator the letter names in prose', () => {
    const answer = reply("who's moderating", themed).answer;
    assert.equal(answer?.kind, 'answer', answer?.text);
    assert.ok(answer?.text.includes('Maja Skov'), answer?.text);
  });
  it('a leader after a dash in an item title is who talks about it', () => {
    const answer = reply('hvem fortæller om økonomien', themed).answer;
    assert.equal(answer?.kind, 'answer', answer?.text);
    assert.ok(answer?.text.includes('Morten Aagaard'), answer?.text);
  });
  it('"who\'s giving the welcome speech" is who leads the welcome', () => {
    const answer = reply("who's giving the welcome speech", themed).answer;
    assert.equal(answer?.kind, 'answer', answer?.text);
    assert.ok(answer?.text.includes('Lene Holm'), answer?.text);
  });
});

describe('travel is answered by what the letter says of the way, never by the venue', () => {
  it('from the airport: the sentence about the way from there', () => {
    const answer = reply('hvordan kommer jeg fra lufthavnen', themed).answer;
    assert.equal(answer?.kind, 'answer', answer?.text);
    assert.ok(answer?.text.includes('bus 43'), answer?.text);
  });
  for (const q of ['what time does the train from aarhus leave', 'how long is the bus ride']) {
    it(`"${q}" is not stated, and no venue or other time is given for it`, () => {
      const answer = reply(q, themed).answer;
      assert.equal(answer?.kind, 'dontKnow', answer?.text);
      assert.ok(!answer?.text.includes('Strandvej'), answer?.text);
    });
  }
  it('when the bus leaves, where the letter says it', () => {
    const answer = reply('what time does the bus leave', trip).answer;
    assert.equal(answer?.kind, 'answer', answer?.text);
    assert.ok(answer?.text.includes('7.15'), answer?.text);
  });
});

describe('how long a ride is, beside a programme item the bus leaves at', () => {
  const party = knowledgeOf(
    `Sommerfest 2027

Fredag den 27. august 2027 tager vi samlet til Kærby Idrætspark, Stadion Allé 5, 7430 Kærby.

Program
12.15 Busserne kører fra Regionshuset
13.00 Velkomst
13.15 Sportsdag
18.00 Grillbuffet
22.00 Sidste bus hjem

Tilmelding senest fredag den 13. august til Louise Dam, sommerfest@example.dk.`,
    'sommerfest-kaerby-2027',
    '2027-08-01',
  );
  it('the time until the next item is not the length of the ride', () => {
    const answer = ask('how long is the bus ride', party, { now: DateTime.fromISO('2027-08-01T10:00:00+02:00', { setZone: true }) }).answer;
    assert.ok(!/45/.test(answer?.text ?? ''), answer?.text);
  });
});
