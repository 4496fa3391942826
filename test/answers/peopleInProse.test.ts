import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { draftKnowledge } from '../helpers/knowledge';

/**
 * Letters written for these tests (made-up names and places) that say in prose who does what, where a reply goes and
 * where the venue is: "Lars fra PPR kommer og fortæller", "Mikkel (TR) tager et punkt", "har Nordby Forsyning sagt ja
 * til at være værter", "Skriv til mig senest …", "på Engby Skole, Skovbrynet 8, …".
 */
const STAFF = `Fra: Bodil Krag
Emne: Pæd. eftermiddag onsdag d. 10/3

Kære alle

Vi mødes onsdag d. 10/3 kl. 14.00 i personalerummet på Vestby Skole, og vi slutter ca. 16.30.

Denne gang handler det om læsning. Lars fra PPR kommer og fortæller om deres nye materiale, og bagefter arbejder vi i teams.
Til sidst tager Mikkel (TR) et kort punkt om den nye aftale.

Kan I ikke komme, så giv mig besked senest fredag d. 5/3 på bkr@vestbyskole.example.dk.

Hilsen
Bodil Krag
Skoleleder
bkr@vestbyskole.example.dk`;

const NETWORK = `Emne: Næste netværksmøde 14/9 – vi er hos Nordby Forsyning

Hej alle

Denne gang har Nordby Forsyning sagt ja til at være værter, så vi mødes tirsdag 14/9 kl. 9.30-14.30 hos dem på Åvej 7 i Nordby.

Vi starter med kaffe, og så fortæller Hans Rørby fra Nordby Forsyning om deres nye plan for regnvand. Bagefter aftaler vi, hvem der er vært i december.

Skriv til mig senest 7/9, om du kommer.

Mvh
Gitte Lund
Netværkskoordinator
gl@netvaerk.example.dk
mobil 22 33 44 55`;

const SCHOOL = `Borgermøde om skolestrukturen

Børne- og Skoleudvalget inviterer til borgermøde
tirsdag den 9. marts 2027 kl. 19.00-21.30 i gymnastiksalen på Engby Skole, Skovbrynet 8, Engby, 7480 Vesterå

Alle er velkomne.

Med venlig hilsen
Lise Berg, skolekonsulent, lbe@vestera.example.dk`;

const TOWN_HALL = `Fællesmøde i Børn og Familie

Vi mødes torsdag den 4. marts 2027 kl. 13.00-15.00 på Rådhuset i Vestby (kantinen).

Med venlig hilsen
Pia Skov, centerchef, pis@vestby.example.dk`;

const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });

function answer(letter: string, id: string, q: string) {
  return ask(q, draftKnowledge(letter, '2027-02-01', id), { now }).answer;
}

describe('who a letter tells of in prose', () => {
  it('"who\'s doing the TR bit" is answered by the sentence naming the person beside the word', () => {
    const reply = answer(STAFF, 'staff-afternoon', "who's doing the TR bit");
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /Mikkel/);
  });

  it('"hvem kommer fra ppr" is a question about the letter, not the organisers\' list of sign-ups', () => {
    const asked = ask('hvem kommer fra ppr', draftKnowledge(STAFF, '2027-02-01', 'staff-afternoon'), { now });
    assert.equal(asked.understanding.kind, 'question');
    assert.match(asked.answer?.text ?? '', /Lars/);
  });

  it('"who\'s giving the talk" and "who\'s hosting this time" quote the sentences that say so', () => {
    const talk = answer(NETWORK, 'network-meeting', "who's giving the talk");
    assert.match(talk?.text ?? '', /Hans Rørby/);
    const host = answer(NETWORK, 'network-meeting', "who's hosting this time");
    assert.equal(host?.kind, 'answer', host?.text);
    assert.match(host?.text ?? '', /Nordby Forsyning/);
  });

  it('the host of another occasion ("i december") is not the host of this one', () => {
    const reply = answer(NETWORK, 'network-meeting', 'hvem er vært i december');
    assert.notEqual(reply?.kind, 'answer', reply?.text);
    assert.doesNotMatch(reply?.text ?? '', /Nordby Forsyning sagt ja/);
  });

  it('a thing no sentence names with a person stays unanswered', () => {
    const reply = answer(STAFF, 'staff-afternoon', 'who is doing the math bit');
    assert.notEqual(reply?.kind, 'answer', reply?.text);
  });
});

describe('where a reply goes', () => {
  it('"who do i send my reply to" gives the address to write to and whose it is', () => {
    const reply = answer(NETWORK, 'network-meeting', 'who do i send my reply to');
    assert.equal(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /gl@netvaerk\.example\.dk/);
    assert.match(reply?.text ?? '', /Gitte Lund/);
  });

  it('"hvilken mail skal jeg svare til" and "who do i send my sign up to" are no request to show one\'s sign-up', () => {
    for (const q of ['hvilken mail skal jeg svare til', 'who do i send my sign up to']) {
      const asked = ask(q, draftKnowledge(STAFF, '2027-02-01', 'staff-afternoon'), { now });
      assert.equal(asked.understanding.kind, 'question', q);
      assert.match(asked.answer?.text ?? '', /bkr@vestbyskole\.example\.dk/, q);
    }
  });
});

describe('the address of a venue whose fields have none', () => {
  it("the letter's sentence naming the venue with a street gives it", () => {
    for (const q of ["what's the address of the school", 'hvad er skolens adresse']) {
      const reply = answer(SCHOOL, 'school-meeting', q);
      assert.equal(reply?.kind, 'answer', `${q}: ${reply?.text}`);
      assert.match(reply?.text ?? '', /Skovbrynet 8/, q);
    }
  });

  it('no address in the letter: said plainly, with where it is held', () => {
    const reply = answer(TOWN_HALL, 'town-hall-meeting', 'hvad er adressen på rådhuset');
    assert.notEqual(reply?.kind, 'answer', reply?.text);
    assert.match(reply?.text ?? '', /Vestby/);
  });
});

describe('the chair of a body', () => {
  it('"hvem er formand for udvalget" is not answered with who leads the items', () => {
    const letter = `Møde i MED-udvalget

Torsdag 11. marts 2027 kl. 13.00-15.30, Rådhuset, mødelokale 2.

Punkter:
1. Godkendelse af dagsorden
2. Orientering fra direktøren v/ Jens Holm
3. Eventuelt

Mvh
Mette Dahl, sekretær, md@vestby.example.dk`;
    const reply = answer(letter, 'med-meeting', 'hvem er formand for udvalget');
    assert.doesNotMatch(reply?.text ?? '', /Jens Holm/);
  });
});
