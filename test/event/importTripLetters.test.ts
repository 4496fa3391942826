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
