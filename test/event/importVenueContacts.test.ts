import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ImportResult } from '../../src/event/import';
import { draftOf } from '../helpers/drafts';

/** Venues and contacts in letter shapes written for these tests; each must give a valid draft. */
const imported = draftOf;

const venueOf = (result: ImportResult) => result.event.venue;
const contactsOf = (result: ImportResult) => (result.event.people ?? []).filter((p) => p.roles?.includes('contact'));
const venueChecked = (result: ImportResult) => result.checks.some((check) => check.path[0] === 'venue');

describe('venue: a room of the sender’s own building, whose address is in the footer or letterhead', () => {
  it('Danish: "i skolens aula" with the school’s address in the footer, written with dots', () => {
    const { result } = imported([
      'Invitation til forældremøde',
      '',
      'Kære forældre. Vi inviterer jer hermed til et møde om det nye skoleår, hvor vi fortæller om klassens planer.',
      '',
      'onsdag den 14. april 2027 kl. 17.00–18.30',
      'i skolens aula',
      '',
      'Med venlig hilsen',
      '',
      'Peter Holm',
      'Skoleleder',
      '',
      '----------------------------------------',
      'Nordskolen · Skolevej 3 · 8800 Viborg',
      'Tlf. 86 12 34 56 · www.nordskolen.dk',
    ]);
    assert.deepEqual(venueOf(result), { name: 'Nordskolen', room: 'skolens aula', address: 'Skolevej 3, 8800 Viborg' });
    assert.ok(venueChecked(result), 'taken from the footer, so the draft asks to check it');
    assert.equal(result.event.sender?.name, 'Nordskolen');
    assert.equal(result.event.sender?.phone, '86 12 34 56');
  });

  it('English: "in our canteen" with the letterhead address at the top', () => {
    const { result } = imported([
      'Westbay Housing Association, Harbour Road 7, 6700 Esbjerg',
      '',
      'Invitation to the annual tenants’ meeting',
      '',
      'Dear tenants. We would like to invite all of you to our annual meeting about the plans for the coming year and the budget.',
      '',
      'Tuesday 11 May 2027 at 18.00–20.00 in our canteen',
      '',
      'Kind regards',
      'Anna Berg',
    ]);
    assert.equal(venueOf(result).room, 'our canteen');
    assert.equal(venueOf(result).address, 'Harbour Road 7, 6700 Esbjerg');
  });

  it('a possessive that names another building keeps only the room', () => {
    const { result } = imported([
      'Invitation til møde',
      '',
      'Vi inviterer hermed til et møde om samarbejdet mellem skolerne og kommunen i det kommende skoleår.',
      '',
      'onsdag den 14. april 2027 kl. 17.00–18.30',
      'i hallens mødelokale',
      '',
      'Med venlig hilsen',
      'Peter Holm',
      '',
      '----------------------------------------',
      'Nordskolen · Skolevej 3 · 8800 Viborg',
    ]);
    assert.equal(venueOf(result).room, 'hallens mødelokale');
    assert.equal(venueOf(result).address, undefined, 'the school’s address is not the hall’s');
  });
});

describe('venue: a labelled place with its name on the line above the street', () => {
  it('Markdown: a "Sted" heading, the building and room in bold, the street below', () => {
    const { result } = imported([
      '# Kursus i konflikthåndtering 2027',
      '',
      'Kurset er for medarbejdere i hjemmeplejen og på kommunens plejecentre, der møder svære situationer.',
      '',
      '**Dato:** Mandag den 10. maj 2027 kl. 9.00 – 15.00',
      '',
      '## Indhold',
      '',
      'Vi arbejder med cases og rollespil hele dagen.',
      '',
      '## Sted',
      '',
      '**Kulturhuset Bakken, lokale 3.02**',
      'Bakkegade 8, 8600 Silkeborg',
      '',
      'Der er elevator.',
    ]);
    assert.deepEqual(venueOf(result), { name: 'Kulturhuset Bakken', room: 'lokale 3.02', address: 'Bakkegade 8, 8600 Silkeborg' });
  });

  it('English: a "Venue" line, the building on the line above the street', () => {
    const { result } = imported([
      'Workshop on open data 2027',
      '',
      'Thursday 3 June 2027, 10:00–16:00',
      '',
      'We invite data officers from the municipalities to a day on publishing open data sets well.',
      '',
      'Venue',
      'Northern Data House',
      'Kanalvej 14, 5000 Odense',
    ]);
    assert.equal(venueOf(result).name, 'Northern Data House');
    assert.equal(venueOf(result).address, 'Kanalvej 14, 5000 Odense');
  });
});

describe('venue: the main venue, not the dinner or the hotel of a multi-day letter', () => {
  it('English: the headline gives dates and venue; the dinner "is held at" a restaurant', () => {
    const { result } = imported([
      '# Nordic Library Days',
      '',
      '**2–3 June 2027 · Harbour Hall, Kajgade 2, 8000 Aarhus**',
      '',
      'Dear colleagues, we invite you to two days about libraries as meeting places in the Nordic cities.',
      '',
      '## Day 1 – Wednesday 2 June 2027',
      '',
      '09:00 Registration',
      '12:00 Lunch',
      '',
      '## Dinner',
      '',
      'The dinner on 2 June is held at **Restaurant Havet, Åboulevarden 3, 8000 Aarhus**.',
      '',
      '## Accommodation',
      '',
      'We have reserved rooms at **Hotel Mira, Banegårdsgade 4, 8000 Aarhus** for the night of 2 June.',
    ]);
    assert.equal(venueOf(result).name, 'Harbour Hall');
    assert.equal(venueOf(result).address, 'Kajgade 2, 8000 Aarhus');
  });

  it('Danish: the headline gives dates and venue; the middag "afholdes på" a restaurant', () => {
    const { result } = imported([
      'Temadage om klimatilpasning',
      '',
      '8.–9. september 2027 · Fjordhuset, Strandvej 5, 7100 Vejle',
      '',
      'Kære kolleger. Vi inviterer til to dage om klimatilpasning i kommunerne, med oplæg og ekskursioner.',
      '',
      'Onsdag den 8. september 2027',
      '09.00 Ankomst og kaffe',
      '',
      'Middagen onsdag aften afholdes på Restaurant Broen, Havnegade 1, 7100 Vejle.',
    ]);
    assert.equal(venueOf(result).name, 'Fjordhuset');
    assert.equal(venueOf(result).address, 'Strandvej 5, 7100 Vejle');
  });

  it('a city ends with its sentence', () => {
    const { result } = imported([
      'Netværksmøde for ledere',
      '',
      'Vi inviterer til netværksmøde torsdag den 10. juni 2027 kl. 10.00–15.00 på Hotel Fjord.',
      '',
      'Sted: Hotel Fjord, Havnegade 8, 9480 Løkken. Mødet begynder med kaffe.',
    ]);
    assert.equal(venueOf(result).address, 'Havnegade 8, 9480 Løkken');
  });
});

describe('contacts: several, each with their own remit', () => {
  it('English: a "Contacts" section, one line per person', () => {
    const { result } = imported([
      '# Study visit 2027',
      '',
      'Tuesday 14 September 2027, 09:00–16:00 at Harbour Hall, Kajgade 2, 8000 Aarhus',
      '',
      'We invite city officials to a day about smart city solutions in practice.',
      '',
      '## Contacts',
      '',
      '- Programme: Anna Holm, ah@example.dk, +45 99 31 47 20',
      '- Logistics (registration, hotel): Jonas Berg, jb@example.dk, +45 41 87 22 06',
    ]);
    const contacts = contactsOf(result);
    assert.deepEqual(
      contacts.map((p) => [p.name, p.title, p.email, p.phone]),
      [
        ['Anna Holm', 'Programme', 'ah@example.dk', '+45 99 31 47 20'],
        ['Jonas Berg', 'Logistics (registration, hotel)', 'jb@example.dk', '+45 41 87 22 06'],
      ],
    );
  });

  it('Danish: a "Kontakt" heading, the title before the name wins over the remit', () => {
    const { result } = imported([
      '# Kursus i førstehjælp',
      '',
      'Mandag den 10. maj 2027 kl. 9.00–15.00 i Sundhedshuset, Torvet 2, 8600 Silkeborg.',
      '',
      'Kurset er for plejepersonale i hjemmeplejen og på plejecentrene i kommunen.',
      '',
      '## Kontakt',
      '',
      'Spørgsmål om indholdet: **Jannie Lund**, jl@example.dk',
      '',
      'Praktiske spørgsmål om tilmelding og faktura: **kursussekretær Tobias Friis**, tlf. 41 87 20 55, tf@example.dk',
    ]);
    const contacts = contactsOf(result);
    assert.deepEqual(
      contacts.map((p) => [p.name, p.title, p.phone ?? p.email]),
      [
        ['Jannie Lund', 'Spørgsmål om indholdet', 'jl@example.dk'],
        ['Tobias Friis', 'kursussekretær', '41 87 20 55'],
      ],
    );
  });
});

describe('contacts: an office, not a person', () => {
  it('Danish: "kontakte skolens kontor … på telefon"', () => {
    const { result } = imported([
      'Invitation til forældremøde',
      '',
      'Vi inviterer til forældremøde tirsdag den 9. marts 2027 kl. 19.00–20.30 på Nordskolen, Skolevej 3, 8800 Viborg.',
      '',
      'Har I spørgsmål, er I velkomne til at kontakte skolens kontor på telefon 63 47 21 90.',
    ]);
    assert.deepEqual(
      contactsOf(result).map((p) => [p.name, p.phone]),
      [['Skolens kontor', '63 47 21 90']],
    );
  });

  it('English: "contact the conference secretariat at …"', () => {
    const { result } = imported([
      'Nordic Youth Forum 2027',
      '',
      'Thursday 3 June 2027, 10:00–16:00 at Harbour Hall, Kajgade 2, 8000 Aarhus.',
      '',
      'If you have questions, please contact the conference secretariat at forum@example.org.',
    ]);
    assert.deepEqual(
      contactsOf(result).map((p) => [p.name, p.email]),
      [['Conference secretariat', 'forum@example.org']],
    );
  });

  it('a named person in the sentence is the contact, not the office', () => {
    const { result } = imported([
      'Invitation til møde',
      '',
      'Vi inviterer til møde tirsdag den 9. marts 2027 kl. 19.00–20.30 på Nordskolen, Skolevej 3, 8800 Viborg.',
      '',
      'Har I spørgsmål, kan I kontakte sekretær Lone Berg på kontoret, telefon 63 47 21 90.',
    ]);
    assert.deepEqual(
      contactsOf(result).map((p) => p.name),
      ['Lone Berg'],
    );
  });
});

describe('signatures: two names sharing a title line', () => {
  for (const [and, greeting, title] of [
    ['og', 'Med venlig hilsen', 'Børnehaveklasseledere'],
    ['and', 'Kind regards', 'Class teachers'],
  ] as const) {
    it(`"Louise Dam ${and} Kasper Holm" / "${title}"`, () => {
      const { result } = imported([
        'Invitation',
        '',
        'Vi inviterer til møde tirsdag den 9. marts 2027 kl. 19.00–20.30 på Nordskolen, Skolevej 3, 8800 Viborg.',
        '',
        greeting,
        '',
        'Hanne Vestergaard',
        'Skoleleder',
        '',
        `Louise Dam ${and} Kasper Holm`,
        title,
      ]);
      const signed = (result.event.people ?? []).filter((p) => p.roles?.includes('signatory'));
      assert.deepEqual(
        signed.map((p) => [p.name, p.title]),
        [
          ['Hanne Vestergaard', 'Skoleleder'],
          ['Louise Dam', title],
          ['Kasper Holm', title],
        ],
      );
      assert.notEqual(result.event.sender?.name, title, 'a shared title is no organisation');
    });
  }
});
