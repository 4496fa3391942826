import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/** Letters written for these tests; made-up associations and places. */
const ASSEMBLY = `Grundejerforeningen Lærkevang

Indkaldelse til ordinær generalforsamling

Hermed indkaldes til ordinær generalforsamling tirsdag den 11. maj 2027 kl. 19.30 i Nordby Forsamlingshus, Skolevej 4, 6900 Nordby.

Forslag skal være formanden i hænde senest den 27. april 2027.

Med venlig hilsen
Bestyrelsen`;

const COURSE = `Vestby Kommune – Uddannelse

Førstehjælpskursus for pædagogisk personale

Kurset holdes torsdag den 3. juni 2027 kl. 8.30–15.00 på Vestby Sundhedscenter, Havnegade 9, 7100 Vestby.

Tilmelding senest 20. maj 2027 til kursus@vestby.example.`;

const EXCURSION = `Seniorrådet i Sydby

Kære seniorer

Seniorrådets udflugt til Vestby Slot

Vi kører tirsdag den 8. juni 2027 kl. 8.00 fra Torvet i Sydby og er hjemme igen ca. kl. 17.00.

PRIS: 300 kr. pr. person, betales i bussen – kontant eller MobilePay til Udflugtskassen.

Tilmelding senest 25. maj 2027 til Ida Storm, tlf. 20 30 40 50.`;

const STUDY_TOUR = `Sydby Municipality

Study tour: flood protection in Vestby

Wednesday 26 May 2027, 10.30–16.30, meeting point: Vestby Station, Banegårdspladsen 1, 7100 Vestby.

Programme
10.30 Welcome at the station
12.00 Lunch
14.45–16.30 Walking tour along the new dikes, v/ project manager Ole Bak

Sign up by 10 May 2027 to anne.vang@sydby.example.`;

function asker(letter: string, id: string, today: string) {
  const knowledge = new EventKnowledge(parseEvent(importLetter(letter, { today, id }).event, id));
  const now = DateTime.fromISO(`${today}T10:00:00+02:00`, { setZone: true });
  return (text: string) => ask(text, knowledge, { now }).answer;
}

describe('the kind of gathering, in either language, names the meeting', () => {
  const assembly = asker(ASSEMBLY, 'generalforsamling-laerkevang-2027', '2027-04-20');
  const course = asker(COURSE, 'foerstehjaelp-vestby-2027', '2027-05-10');

  it('"the general assembly" and "the AGM" of a generalforsamling', () => {
    const where = assembly('where is the general assembly?');
    assert.equal(where?.kind, 'answer');
    assert.ok(where?.text.includes('Skolevej 4'), where?.text);
    const when = assembly('when is the agm');
    assert.equal(when?.kind, 'answer');
    assert.ok(when?.text.includes('19:30'), when?.text);
  });

  it('"the course" of a letter whose title is a compound ending in kursus', () => {
    for (const text of ['where is the course', 'hvor foregår kurset']) {
      const where = course(text);
      assert.equal(where?.kind, 'answer', text);
      assert.ok(where?.text.includes('Havnegade 9'), where?.text);
    }
  });

  it('a short word with two letters swapped is read as the word, not as something the letter does not name', () => {
    for (const [ask, street] of [
      [assembly, 'Skolevej 4'],
      [course, 'Havnegade 9'],
    ] as const) {
      const reply = ask('whats teh address');
      assert.equal(reply?.kind, 'answer');
      assert.ok(reply?.text.includes(street), reply?.text);
    }
  });

  it('asking whether something exists is no check of where the meeting is', () => {
    for (const ask of [assembly, course]) {
      const reply = ask('er der også et hold til efteråret?');
      assert.notEqual(reply?.kind, 'answer', reply?.text);
      assert.doesNotMatch(reply?.text ?? '', /^Nej/);
    }
  });
});

describe('an excursion or a study tour is the meeting, by any of its names', () => {
  const excursion = asker(EXCURSION, 'udflugt-seniorraadet-sydby-2027', '2027-05-10');
  const tour = asker(STUDY_TOUR, 'study-tour-vestby-2027', '2027-05-10');

  it('"hvornår er udflugten" and "when is the excursion" get its date, not a paragraph with the word in a compound', () => {
    for (const text of ['hvornår er udflugten', 'when is the excursion']) {
      const reply = excursion(text);
      assert.equal(reply?.kind, 'answer', text);
      assert.match(reply?.text ?? '', /8\. juni|8 June/, reply?.text);
      assert.doesNotMatch(reply?.text ?? '', /Udflugtskassen/, text);
    }
  });

  it('"when is the study tour" is the day, and "the walking tour" still its item', () => {
    const whole = tour('when is the study tour');
    assert.equal(whole?.kind, 'answer');
    assert.match(whole?.text ?? '', /26 May/, whole?.text);
    assert.doesNotMatch(whole?.text ?? '', /14:45/, whole?.text);
    const walk = tour('when is the walking tour');
    assert.match(walk?.text ?? '', /14:45/, walk?.text);
  });
});
