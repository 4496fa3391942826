import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftKnowledge, conversation } from '../helpers/knowledge';

/**
 * Where a part of the site or the day is: a car park by its code ("P7"), how far a car park is from the venue, which
 * entrance to use, where the bus sets us down, and where to tell about allergies. Each is answered by the letter's
 * sentence naming that part, never by the venue's address.
 */

const letter = [
  'Invitation til borgermøde om den nye idrætshal',
  '',
  'Kære borgere',
  '',
  'Vi inviterer til borgermøde om den nye idrætshal.',
  '',
  'Tid og sted',
  'Onsdag den 14. april 2027 kl. 19.00–21.00',
  'Ravnholt Skole, aulaen, Kildevej 12, 9990 Ravnholt',
  'Indgang fra haven ved flagstangen.',
  '',
  'Praktisk',
  'Parkering: Skolens egen parkering er lille, så brug overløbsparkeringen P7 (6 min. gang).',
  'Med handicapskilt kan I bruge p-pladsen ved hallen, ca. 300 meter fra skolen.',
  'Der kører en bus fra Torvet kl. 18.30. Bussen sætter af ved Torvet igen, når mødet er slut.',
  '',
  'Forplejning',
  'Der er kaffe og kage undervejs. Tilmeldingsformularen spørger også om allergier.',
  '',
  'Tilmelding senest den 7. april på https://ravnholt.example.dk/hal',
  '',
  'Venlig hilsen',
  'Rikke Dam',
  'Kultur og Fritid',
].join('\n');

const knowledge = draftKnowledge(letter, '2027-03-01', 'ravnholt-hal-borgermoede');
const now = DateTime.fromISO('2027-03-20T10:00:00+01:00', { setZone: true });
const ask = (...turns: string[]) => conversation(knowledge, now, ...turns).at(-1)!;

describe('where a part of the site is', () => {
  it('a car park by its code: the sentence naming it, not the venue', () => {
    for (const question of ['where exactly is P7', 'hvor ligger p7']) {
      const reply = ask(question);
      assert.match(reply, /6 min/, question);
      assert.doesNotMatch(reply, /Kildevej/, question);
    }
  });

  it('how far from a place named by a one-letter head ("p pladsen"): the sentence giving the distance', () => {
    const reply = ask('hvor langt er der fra p pladsen til skolen');
    assert.match(reply, /300 meter/);
  });

  it('which entrance: the line naming the entrance, not the room', () => {
    for (const question of ['hvilken indgang', 'which entrance do we use']) {
      const reply = ask(question);
      assert.match(reply, /haven ved flagstangen/, question);
    }
  });

  it('where the bus sets us down: the sentence saying so', () => {
    for (const question of ['hvor bliver vi sat af?', 'where does the bus drop us off']) {
      const reply = ask(question);
      assert.match(reply, /sætter af ved Torvet/, question);
      assert.doesNotMatch(reply, /Kildevej/, question);
    }
  });

  it('where to tell about allergies: at signing up, said as an answer', () => {
    const reply = ask('hvor skriver jeg mine allergier');
    assert.match(reply, /Tilmeldingsformularen/);
    assert.doesNotMatch(reply, /siger ikke/);
  });
});

/** A study tour whose programme goes by bus to the place an item is at: the address is on the journey's line. */
const tour = [
  'Studietur for Miljøudvalget',
  '',
  'Kære udvalgsmedlemmer',
  '',
  'Vi tager på studietur torsdag den 9. september 2027. Bussen kører fra rådhuset kl. 8.00.',
  '',
  'Program',
  'Kl. 10.00  Velkomst på rådhuset i Nordlund',
  'Kl. 12.00  Frokost',
  'Kl. 13.00  Bus til Nordlund Forsyning, Brøndvej 14',
  'Kl. 13.30  Rundvisning på vandværket ved driftslederen',
  'Kl. 15.00  Hjemkørsel',
  '',
  'Tilmelding senest den 1. september til sekretariatet.',
  '',
  'Venlig hilsen',
  'Mette Lund',
].join('\n');

describe('where an item reached by a journey is', () => {
  const tourKnowledge = draftKnowledge(tour, '2027-08-01', 'nordlund-studietur');
  const tourNow = DateTime.fromISO('2027-08-20T10:00:00+02:00', { setZone: true });
  it('the address on the line of the journey just before it', () => {
    for (const question of ['hvad er adressen på vandværket', 'hvor ligger vandværket']) {
      const reply = conversation(tourKnowledge, tourNow, question).at(-1)!;
      assert.match(reply, /Brøndvej 14/, question);
    }
  });
});
