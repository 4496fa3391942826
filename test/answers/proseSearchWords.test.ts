import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * Questions no typed topic covers, answered by the letter's sentence that states their content word however the
 * question inflects or says it ("tallerkner" of "tallerken", "ungerne" of "børnene"), and not by a paragraph that
 * shares only the meeting's own kind with it. Made-up letters, written as running prose.
 */
const PARTY = `Hej alle i Rosenhaven

Så er der sommerfest i foreningen lørdag den 14. august 2027 kl. 14.00 på plænen ved fælleshuset, Rosenvej 12, 9990 Nordby.

Bestyrelsen sørger for grill og kaffe. Tag selv en tallerken, kop og bestik med, for vi bruger ikke engangsservice i år.

Børnene får ansigtsmaling og fiskedam ved søen kl. 15.

Skulle det blive regnvejr, rykker vi ind i fælleshuset – festen bliver ikke aflyst. Tag gerne en regnjakke med.

Tilmelding senest den 1. august til Karen på 22 33 44 55.

Hilsen bestyrelsen`;

const COURSE = `LYTTELINJEN NORD
– frivillige der lytter

Kære nye frivillige

Velkommen til Lyttelinjen Nord! Vi er glade for, at du vil være frivillig, og nu er det tid til det grundkursus, som alle nye frivillige skal igennem

Vi holder kurset på Kursuscenter Lyngly, Skovvej 3, 9990 Nordby, som ligger med udsigt over fjorden. Der går bus 12 fra Nordby Station, og derfra er der ca. ti minutters gang. Der er også god plads til at parkere.

Kurset ligger lørdag den 9. oktober 2027 fra kl. 9.30 til kl. 16.30.

Har du lang vej, kan du overnatte natten før hver kursusdag på et dobbeltværelse.

Du er meget velkommen til at skrive til mig, hvis du har spørgsmål til kurset.

Mange hilsner

Mette Holm
Frivilligkoordinator, Lyttelinjen Nord
mette@lyttelinjen.dk`;

const LUNCH = `Hej alle
Som I ved, stopper Poul Berg efter 30 år hos os, og det skal fejres!
Vi mødes til frokost torsdag den 9. september 2027 kl. 12.00 på Café Bølgen, Strandvej 8 i Nordby.
Afdelingen betaler maden, drikkevarer står I selv for.
Vi samler ind til en afskedsgave (det bliver et nyt fiskestangssæt). Giv gerne et beløb på MobilePay 12 34 56 inden den 6. september.
Sig til, hvis du har allergier.
Hold det hemmeligt for Poul!
Mvh Anne`;

const HARBOUR = `Kære naboer

Vi inviterer til borgermøde om den nye havneplan tirsdag den 12. oktober 2027 kl. 19.00 i Pakhuset, Havnegade 2, 9990 Nordby.

Kommer du fra Vestby, kører bus 210 fra Vestby Station til Nordby Rutebilstation, hvorfra der er ca. 10 minutters gang ned til Pakhuset.

Tilmelding senest den 5. oktober til Lone Vang på 33 44 55 66.

Med venlig hilsen
Nordby Kommune`;

describe('a question of a thing only a sentence of the letter names', () => {
  const now = DateTime.fromISO('2027-07-20T10:00:00+02:00');

  it('finds the singular the letter writes for a plural that drops its "e" ("tallerkner" of "tallerken")', () => {
    const [answer] = conversation(draftKnowledge(PARTY, '2027-07-20', 'sommerfest-rosenhaven'), now, 'skal vi selv ha tallerkner med');
    assert.match(answer!, /tallerken, kop og bestik/);
  });

  it('reads a spoken word as the written one the letter uses ("ungerne" of "børnene")', () => {
    const [answer] = conversation(draftKnowledge(PARTY, '2027-07-20', 'sommerfest-rosenhaven'), now, 'hvad er der for ungerne');
    assert.match(answer!, /ansigtsmaling og fiskedam/);
  });

  it("does not quote a paragraph for sharing only the meeting's own kind with the question", () => {
    const knowledge = draftKnowledge(COURSE, '2027-07-20', 'kursus-konfliktloesning');
    for (const question of ['skal vi læse noget inden kurset', 'er der lektier til kurset']) {
      const [answer] = conversation(knowledge, now, question);
      assert.doesNotMatch(answer!, /Kursuscenter|bus 12|udsigt/, question);
    }
  });

  it('quotes the sentences of a one-paragraph letter that name the one thing asked, not the whole letter', () => {
    const [answer] = conversation(draftKnowledge(LUNCH, '2027-07-20', 'afskedsfrokost-poul'), now, 'hvad er afskedsgaven');
    assert.match(answer!, /fiskestangssæt/);
    assert.doesNotMatch(answer!, /Café Bølgen/);
  });
});

describe('how long a ride takes', () => {
  it('is not answered by the length of the walk after it', () => {
    const now = DateTime.fromISO('2027-09-20T10:00:00+02:00');
    const knowledge = draftKnowledge(HARBOUR, '2027-09-20', 'borgermoede-havneplan');
    for (const question of ['how long does it take to drive from vestby', 'hvor lang tid tager bussen fra vestby']) {
      const [answer] = conversation(knowledge, now, question);
      assert.doesNotMatch(answer!, /10 minutter/, question);
    }
    // The walk itself is what the sentence measures.
    const [walk] = conversation(knowledge, now, 'hvor langt er der at gå fra rutebilstationen');
    assert.match(walk!, /10 minutters gang/);
  });
});

describe('what happens if it rains', () => {
  const now = DateTime.fromISO('2027-07-20T10:00:00+02:00');

  it("is the letter's plan for bad weather, in either language", () => {
    const knowledge = draftKnowledge(PARTY, '2027-07-20', 'sommerfest-rosenhaven');
    for (const question of ['hvad sker der hvis det regner', 'what if it rains']) {
      const [answer] = conversation(knowledge, now, question);
      assert.match(answer!, /rykker vi ind i fælleshuset/, question);
    }
  });

  it('is not stated by a letter with no plan for it', () => {
    const [answer] = conversation(draftKnowledge(COURSE, '2027-07-20', 'kursus-konfliktloesning'), now, 'hvad hvis det regner');
    assert.doesNotMatch(answer!, /Invitationen skriver/);
  });
});
