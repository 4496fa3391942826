import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/** A chatty e-mail: small talk first, the place and time in one sentence, "skriv til mig senest 7/9, om du kommer". */
const chatty = [
  'Emne: Næste erfamøde 21/10 – vi er hos Nordby Forsyning i Vestby',
  '',
  'Hej alle',
  '',
  'Håber I har haft en god sommer 😉',
  '',
  'Så er det tid til næste erfamøde. Nordby Forsyning er værter, så vi mødes torsdag 21/10 kl. 10-14 hos dem på Ågade 18 i Vestby. Der er gratis kaffe.',
  '',
  'Skriv lige til mig senest 14/10, om du kommer.',
  '',
  'Mvh',
  'Lene Dahl',
  'Koordinator, Erfanetværket',
  'ld@erfa.example.dk',
  'mobil 21 43 65 87',
];

describe('a chatty e-mail', () => {
  it('small talk above the meeting’s sentence is no title', () => {
    const { result } = draftOf(chatty);
    assert.doesNotMatch(result.event.title as string, /håber/i);
  });

  it('the street and town in the meeting’s sentence are the venue, named after the host', () => {
    const { result } = draftOf(chatty);
    assert.equal(result.event.venue.address, 'Ågade 18, Vestby');
    assert.equal(result.event.venue.name, 'Nordby Forsyning');
  });

  it('"skriv til mig senest 14/10, om du kommer" is signing up by e-mail to the writer, with a deadline', () => {
    const { result } = draftOf(chatty);
    assert.equal(result.event.registration?.email, 'ld@erfa.example.dk');
    assert.match(String(result.event.registration?.deadline), /^2027-10-14/);
  });
});

describe('a day out by bus', () => {
  const trip = [
    'Emne: Studietur til Vestby torsdag den 7. oktober 2027',
    '',
    'Kære udvalgsmedlemmer',
    '',
    'Udvalget tager på studietur til Vestby for at se byens nye skoler.',
    '',
    'Bussen kører fra rådhuset kl. 7.30. Forventet hjemkomst til rådhuset er ca. kl. 18.15.',
    '',
    'Program',
    'Kl. 9.45   Ankomst til Vestby Skole',
    'Kl. 11.00  Rundvisning',
    'Kl. 15.00  Afgang fra Vestby',
    '',
    'Tilmelding',
    'Giv venligst besked om du deltager senest fredag den 1. oktober til udvalgssekretær Ole Bak på ob@nordby.example.dk eller tlf. 72 34 18 50.',
    '',
    'Med venlig hilsen',
    '',
    'Ole Bak',
    'Udvalgssekretær',
    'Nordby Kommune',
  ];

  it('ends when the bus is expected home, not two hours after the programme starts', () => {
    const { result } = draftOf(trip);
    assert.ok(String(result.event.end).endsWith('18:15'));
    assert.notEqual(result.event.endIsEstimate, true);
  });

  it('the person to reply to, with the e-mail and phone after the name, is the contact and the way to sign up', () => {
    const { result } = draftOf(trip);
    const ole = (result.event.people ?? []).find((p) => p.name === 'Ole Bak');
    assert.equal(ole?.email, 'ob@nordby.example.dk');
    assert.equal(ole?.phone, '72 34 18 50');
    assert.ok(ole?.roles?.includes('contact'));
    assert.equal(result.event.registration?.email, 'ob@nordby.example.dk');
  });
});
