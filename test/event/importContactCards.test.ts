import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/** Contacts written as a card of lines, and signatures whose address line looks like a name. Letters written here. */

const contactsOf = (lines: string[]) =>
  draftOf(lines, '2027-05-01').event.people.filter((person) => person.roles.includes('contact') || person.roles.includes('signatory'));

describe('an address in a signature is nobody', () => {
  it('a street of two capitalised words ("Nørre Voldgade 34, 1358 København K") is not taken for the contact', () => {
    for (const address of ['Nørre Voldgade 34, 1358 København K', 'Store Torv 5, 8000 Aarhus C']) {
      const people = contactsOf([
        'Konference om hjemmepleje',
        '',
        'Onsdag den 3. november 2027 kl. 9.00-16.00',
        'Hotel Fjordly, Strandvejen 8, 7100 Vestby',
        '',
        'Tilmelding på www.vestby.example/konf senest 1. oktober 2027.',
        '',
        'Med venlig hilsen',
        '',
        'Ida Storm',
        'Konferencesekretær',
        'Vestby Netværket',
        address,
        'Tlf. 33 14 27 80',
        'is@vestby.example',
      ]);
      assert.deepEqual(
        people.map((person) => person.name),
        ['Ida Storm'],
        address,
      );
      assert.equal(people[0]!.phone, '33 14 27 80');
      assert.ok(people[0]!.roles.includes('contact'));
    }
  });
});

describe('a contact card under a questions heading', () => {
  it('the name on its own line, then title, workplace and details (Markdown and plain text)', () => {
    const markdown = contactsOf([
      '# Temadag om unge og trivsel',
      '',
      '**Tirsdag den 21. september 2027 kl. 9.30–15.30**',
      '**Medborgerhuset, Søvej 5, 8600 Vestby**',
      '',
      '## Spørgsmål',
      '',
      'Har du spørgsmål til temadagen, er du velkommen til at kontakte:',
      '',
      'Ole Bak',
      'Specialkonsulent, Sundhedsplanlægning',
      'Vestby Kommune',
      'Tlf. 78 41 22 36',
      'ole.bak@vestby.example',
      '',
      'Med venlig hilsen',
      'Vestby Kommune, Sundhedsplanlægning',
    ]);
    assert.equal(markdown.length, 1);
    assert.equal(markdown[0]!.name, 'Ole Bak');
    assert.equal(markdown[0]!.email, 'ole.bak@vestby.example');
    assert.equal(markdown[0]!.organisation?.da, 'Vestby Kommune');

    const plain = contactsOf([
      'Invitation: Workshop on youth participation',
      '',
      'Tuesday 21 September 2027, 9:30–15:30',
      'Town Hall, Torvet 1, 7100 Vestby',
      '',
      'QUESTIONS:',
      '',
      'If you have any questions, please contact:',
      '',
      'Tove Lund',
      'Senior adviser',
      'Nordby Region',
      'Phone +45 78 41 22 36',
      'tove.lund@nordby.example',
      '',
      'Kind regards',
      'Nordby Region',
    ]);
    assert.equal(plain.length, 1);
    assert.equal(plain[0]!.name, 'Tove Lund');
    assert.equal(plain[0]!.title?.en, 'Senior adviser');
  });
});
