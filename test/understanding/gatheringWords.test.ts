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
