import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/** An outing announced by e-mail: the subject names it, and the body has section headings in capitals. */
const outing = [
  'Fra: Pensionistklubben Rosenvænget <klub@rosenvaenget.example.dk>',
  'Til: Medlemmer',
  'Emne: Forårstur 2027 – med bus til Havbakke Mølle',
  '',
  'Kære alle',
  '',
  'Turen går i år til Havbakke Mølle, hvor vi ser møllen og drikker kaffe i haven.',
  '',
  'Turen finder sted onsdag den 12. maj 2027.',
  '',
  'AFGANG',
  'Bussen kører fra Torvet i Vestby kl. 9.00.',
  '',
  'PRIS',
  'Prisen er 200 kr. pr. person.',
  '',
  'Med venlig hilsen',
  'Hans Holm',
];

describe('an outing letter sent as an e-mail', () => {
  it('the e-mail subject is the title, not a capitals heading in the body', () => {
    const { result } = draftOf(outing);
    assert.match(result.event.title as string, /forårstur/i);
    assert.doesNotMatch(result.event.title as string, /afgang/i);
  });
});

/** A day out whose timed list of pick-up points comes before a "Dagens program" written as paragraphs. */
const dayOut = [
  'Emne: Høsttur 2027',
  '',
  'Kære alle',
  '',
  'Turen finder sted lørdag den 18. september 2027.',
  '',
  'OPSAMLING',
  'Bussen samler op tre steder:',
  '',
  'kl. 7.30   Torvet, Vestby',
  'kl. 7.50   Kirken i Nordby',
  'kl. 8.10   Hallen i Østby',
  '',
  'DAGENS PROGRAM',
  'Undervejs får vi kaffe i bussen. Vi regner med at være fremme ved Havbakke Mølle ca. kl. 10.00, hvor mølleren viser rundt og fortæller om møllens lange historie.',
  '',
  'Kl. 12.00 spiser vi frokost på kroen. Frokosten er inkluderet i prisen.',
  '',
  'Med venlig hilsen',
  'Hans Holm',
];

describe('a day out with a list of pick-up points above a programme in prose', () => {
  it('starts at the first pick-up, and each pick-up point is a programme step', () => {
    const { result } = draftOf(dayOut);
    assert.match(String(result.event.start), /T07:30/);
    const items = result.event.programme ?? [];
    assert.ok(items.some((item) => item.start === '07:50' && /Nordby/.test(item.title)));
  });

  it('no programme step has a whole paragraph as its title', () => {
    const { result } = draftOf(dayOut);
    for (const item of result.event.programme ?? []) assert.ok(!/inkluderet i prisen/.test(item.title), item.title);
  });
});
