import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importLetter } from '../../src/event/import';

/** Sign-up facts of letters written for these tests, in shapes the examples lack. */
function registration(lines: string[], today = '2027-01-10'): ReturnType<typeof importLetter>['event']['registration'] {
  return importLetter(lines.join('\n'), { today }).event.registration;
}

/** A course whose other parts mention sign-up in passing before its own "Tilmelding" part. */
const COURSE = [
  '# Kursus i brandsikkerhed for pedeller 2027',
  '',
  '**Nordby Kommune · HR og Uddannelse**',
  '',
  'Kurset er for pedeller og teknisk servicepersonale.',
  '',
  '## Dato og tid',
  '',
  'Onsdag den 12. maj 2027 kl. 9.00 – 15.00',
  '',
  '## Sted',
  '',
  'Materielgården, Industrivej 8, 7700 Nordby',
  '',
  '**Parkering:** Husk at registrere din nummerplade i receptionen, ellers risikerer du en afgift.',
  '',
  '## Pris',
  '',
  'Kurset koster 900 kr. Du skal oplyse din arbejdsplads’ EAN-nummer ved tilmeldingen.',
  '',
  '## Medbring',
  '',
  '- Arbejdstøj',
  '- Oplys gerne særlige hensyn til kost ved tilmeldingen',
  '',
  '## Tilmelding',
  '',
  'Tilmelding sker via linket:',
  '**https://kurser.nordby.example/brand-2027**',
  '',
  'Tilmeldingsfristen er fredag den 16. april 2027. Du får en bekræftelse på mail.',
  '',
  '## Kontakt',
  '',
  'Spørgsmål om tilmelding: kursussekretær Lis Hald, lis@nordby.example',
];

/** A study tour in English: the dinner, the fee and the transfer all name "the registration form" first. */
const TOUR = [
  'Study tour: Circular Construction in Malmö',
  '',
  'Thursday 9 September 2027, 09:00–16:00',
  'Venue: Stadshuset, August Palms plats 1, 211 54 Malmö',
  '',
  'Dinner',
  'Please state any dietary requirements in the registration form.',
  '',
  'Fee',
  'The fee is EUR 200. An invoice will be sent after registration.',
  '',
  'Transfer',
  'Please tick the bus box in the registration form if you need it.',
  '',
  'Registration',
  'Please register via https://tours.example.org/malmo2027 no later than 20 August 2027.',
  'The tour is limited to a maximum of 30 participants.',
  '',
  'Contacts',
  'Logistics (registration, hotel): Per Lund, per@example.org, +46 40 12 34 56',
];

describe('the part of the letter about signing up', () => {
  it('when sign-up is only mentioned in passing before a part headed "Tilmelding", then its link and deadline are found', () => {
    const found = registration(COURSE);
    assert.equal(found?.url, 'https://kurser.nordby.example/brand-2027');
    assert.equal(found?.deadline, '2027-04-16');
    // The contact line about registration is no e-mail for signing up, and the parking is no sign-up.
    assert.equal(found?.email, undefined);
    assert.doesNotMatch(JSON.stringify(found?.text ?? ''), /nummerplade/);
    assert.notEqual(found?.required, false);
  });

  it('when an English letter names "the registration form" in three parts first, then the Registration part gives link, deadline and seats', () => {
    const found = registration(TOUR);
    assert.equal(found?.url, 'https://tours.example.org/malmo2027');
    assert.equal(found?.deadline, '2027-08-20');
    assert.equal(found?.capacity, 30);
    assert.equal(found?.email, undefined);
  });

  it('when the deadline is written "Tilmeldingsfristen er …" or "The registration deadline is …", then it is found', () => {
    const da = registration([
      'Temamøde om affald',
      'Tirsdag den 8. juni 2027 kl. 19.00–21.00 i Kulturhuset, Torvet 2, 8600 Silkeborg.',
      'Tilmelding på silkeborg.example/affald. Tilmeldingsfristen er mandag den 31. maj 2027.',
    ]);
    assert.equal(da?.deadline, '2027-05-31');
    const en = registration([
      'Network meeting on school meals',
      'Tuesday 8 June 2027, 13:00–16:00, Town Hall, Torvet 2, 8600 Silkeborg.',
      'Sign up at silkeborg.example/meals. The registration deadline is 28 May 2027.',
    ]);
    assert.equal(en?.deadline, '2027-05-28');
  });
});

describe('a letter that needs no sign-up', () => {
  it('when it says "Tilmelding er ikke nødvendig" or "you do not need to register", then sign-up is not required', () => {
    const da = registration([
      'Informationsmøde om skolestart',
      'Tirsdag den 9. marts 2027 kl. 19.00–20.30 i aulaen, Skolevej 3, 4000 Roskilde.',
      'Tilmelding er ikke nødvendig.',
    ]);
    assert.equal(da?.required, false);
    const en = registration([
      'Open house at the library',
      'Saturday 6 March 2027, 10:00–14:00, Main Library, Kongensgade 5, 5000 Odense.',
      'You do not need to register – everyone is welcome.',
    ]);
    assert.equal(en?.required, false);
  });

  it('when a list item asking for something "ved tilmeldingen" is followed by "Tilmelding sker …", then that is no "ingen tilmelding"', () => {
    assert.notEqual(registration(COURSE)?.required, false);
  });
});

describe("a perk's deadline beside the sign-up's own", () => {
  const RUN = [
    '# Personaleløb i Nordby 2027',
    '',
    'Onsdag den 12. maj 2027 kl. 16.30 – 19.00 ved Nordby Stadion, Stadionvej 2, 7700 Nordby.',
    '',
    '## Praktisk',
    '',
    '- **Rute:** Vælg mellem 5 og 10 km ved tilmelding.',
    '- **T-shirt:** Alle tilmeldte får en løbe-T-shirt. T-shirts er kun garanteret ved tilmelding senest 21/4-2027.',
    '- **Mad:** Der er sandwich og vand efter løbet.',
    '- **Bad:** Omklædning og bad i hallen.',
    '',
    '## Tilmelding',
    '',
    'Tilmelding via intranettet under Personale → Motion.',
    '',
    'Vi glæder os til at se jer.',
    '',
    'Sidste frist for tilmelding er **fredag d. 30/4-2027**. Husk at skrive rute og T-shirt-størrelse.',
  ];

  it('is not the deadline; the sentence naming the sign-up deadline is, and its text is kept', () => {
    const found = registration(RUN);
    assert.match(String(found?.deadline), /^2027-04-30/);
    assert.match(JSON.stringify(found?.text), /30\/4-2027/);
  });
});

describe('registration: a price list with one deadline per price', () => {
  // Price lines carry no full stops, so the early-bird line runs into the regular price's line once joined.
  for (const [lang, lines] of [
    [
      'da',
      [
        'Emne: Temadag om regnvand 2027',
        '',
        'Kære kolleger. Vi inviterer til en temadag om regnvand og skybrud med oplæg og workshops.',
        '',
        'Torsdag den 14. oktober 2027 kl. 9.00–16.00',
        'Søby Kulturhus, Havnevej 3, 8990 Søby',
        '',
        'PRIS OG TILMELDING',
        '',
        '  Early bird (tilmelding senest fredag den 3. september): 1.450 kr. ekskl. moms',
        '  Almindelig pris (tilmelding senest fredag den 24. september): 1.900 kr. ekskl. moms',
        '',
        'Tilmelding sker på www.regnvand-temadag.dk/tilmelding.',
      ],
    ],
    [
      'en',
      [
        'Subject: Rainwater day 2027',
        '',
        'Dear colleagues. We invite you to a day on rainwater and cloudbursts with talks and workshops.',
        '',
        'Thursday 14 October 2027, 9.00–16.00',
        'Søby Culture House, Havnevej 3, 8990 Søby',
        '',
        'FEES AND REGISTRATION',
        '',
        '  Early bird (register by Friday 3 September): DKK 1,450 excl. VAT',
        '  Standard fee (register by Friday 24 September): DKK 1,900 excl. VAT',
        '',
        'Register at www.rainwater-day.dk/register.',
      ],
    ],
  ] as const) {
    it(`${lang}: the regular price's deadline is the sign-up deadline`, () => {
      assert.match(String(registration([...lines])?.deadline), /^2027-09-24/);
    });
  }
});
