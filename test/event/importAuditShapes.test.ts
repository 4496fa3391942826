import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/**
 * Fields an audit of the importer over many letters found wrong: a chatty paragraph, a letterhead, a group's label
 * or a cheer taken as the title; a closing greeting or a job taken as the organiser; a venue cut at an abbreviation.
 */

const eventOf = (lines: string[]) => draftOf(lines).result.event;
const nameOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

describe('the title, audited', () => {
  it('a paragraph that runs on into the next line is no title; "tid til …" names the meeting', () => {
    const event = eventOf([
      'Kære alle medlemmer',
      '',
      'Så er det igen tid til Seniorklubbens forårstur! I år går turen til Vestby Skov – med en god',
      'gammeldags frokost. Vi håber, rigtig mange af jer vil med.',
      '',
      '  HVORNÅR:   Onsdag d. 9. juni 2027 kl. 9.00–16.00',
      '  HVOR:      Vestby Skovhus, Skovvej 3, 9990 Vestby',
      '',
      'Venlig hilsen',
      'Eva Lund',
    ]);
    assert.equal(nameOf(event.title), 'Seniorklubbens forårstur');
  });

  it('a letterhead in capitals names who writes, not the meeting', () => {
    const event = eventOf([
      'Emne: Invitation: Erhvervsfrokost hos Vestby Maskinfabrik – tors. 10. juni kl. 12.00',
      '',
      'VESTBY KOMMUNE',
      'Erhverv og Udvikling',
      '',
      'Kære virksomhed',
      '',
      'Kom til erhvervsfrokost torsdag d. 10. juni 2027 kl. 12.00-13.30 hos Vestby Maskinfabrik, Fabriksvej 4, 9990 Vestby.',
      '',
      'Venlig hilsen',
      'Eva Lund',
    ]);
    assert.doesNotMatch(nameOf(event.title), /kommune/i);
    assert.match(nameOf(event.title), /^Erhvervsfrokost hos Vestby Maskinfabrik$/);
  });

  it("a group's label above its date is no title", () => {
    const event = eventOf([
      'Emne: Kursus i brandsikkerhed 2027 – Hold 1 og Hold 2 – tilmelding',
      '',
      'Kære alle',
      '',
      'Kurset holdes to gange, så vi ikke tømmer vagtplanerne.',
      '',
      'HOLD 1 (Team Nord)',
      'Dato: tirsdag den 8. juni 2027',
      'Tid: kl. 8.30–15.00',
      '',
      'HOLD 2 (Team Syd)',
      'Dato: torsdag den 17. juni 2027',
      'Tid: kl. 8.30–15.00',
      '',
      'Begge hold foregår på Brandstationen, Brandvej 2, 9990 Vestby.',
      '',
      'Venlig hilsen',
      'Eva Lund',
    ]);
    assert.doesNotMatch(nameOf(event.title), /^hold 1/i);
    assert.match(nameOf(event.title), /^Kursus i brandsikkerhed 2027/);
    assert.doesNotMatch(nameOf(event.title), /tilmelding/i);
  });

  it('a cheer after the name and the pictures around it are no part of the title', () => {
    const event = eventOf([
      '# 🏃 Firmaløbet 2027 – løb, gå eller jog med dine kolleger!',
      '',
      'Onsdag d. 9. juni 2027 kl. 16.30 ved Vestby Stadion, Stadionvej 1, 9990 Vestby.',
      '',
      'Venlig hilsen',
      'Personaleforeningen',
    ]);
    assert.equal(nameOf(event.title), 'Firmaløbet 2027');
  });

  it('a kind of meeting in capitals and its name on the next line make the title together, capitalised', () => {
    const event = eventOf([
      'Til medarbejdere i ældreplejen',
      '',
      'INVITATION TIL TEMADAG',
      '',
      'Tidlig opsporing af faldrisiko hos ældre',
      '',
      'Kære medarbejdere',
      '',
      'Vi inviterer til temadag tirsdag den 8. juni 2027 kl. 9.00–15.00 på Vestby Kursuscenter, Skovvej 3, 9990 Vestby.',
      '',
      'Venlig hilsen',
      'Eva Lund',
    ]);
    assert.equal(nameOf(event.title), 'Temadag: Tidlig opsporing af faldrisiko hos ældre');
  });

  it('a kind of meeting alone above the date takes the full name from the subject', () => {
    const event = eventOf([
      'Emne: Invitation til borgermøde om ny cykelsti langs Skovvej',
      '',
      'Kære borgere',
      '',
      'Vi vil gerne høre jeres holdninger, inden projektet besluttes. Derfor inviterer vi til',
      '',
      'BORGERMØDE',
      'tirsdag den 8. juni 2027 kl. 19.00–21.00',
      'i Vestby Forsamlingshus, Hovedgaden 31, 9990 Vestby',
      '',
      'Venlig hilsen',
      'Eva Lund',
    ]);
    assert.equal(nameOf(event.title), 'Borgermøde om ny cykelsti langs Skovvej');
  });
});

describe('who organises, audited', () => {
  it('a closing greeting is nobody; the club under the signature organises', () => {
    const event = eventOf([
      'Hej alle sammen',
      '',
      'Så er det tid til årets sæsonstart! Vi ses fredag den 13. august 2027 kl. 18.00 i klubhuset på Engvej 14, 9990 Vestby.',
      '',
      'Vi ses!',
      'Sportslig hilsen',
      'Bestyrelsen, Vestby Boldklub',
    ]);
    const names = (event.organisers ?? []).map((organiser) => nameOf(organiser.name));
    assert.ok(!names.some((name) => /hilsen/i.test(name)), names.join('; '));
    assert.deepEqual(names, ['Vestby Boldklub']);
  });

  it('a job line under the signer that names a body is her title, not the organiser', () => {
    const event = eventOf([
      'Kære medlemmer af udvalget',
      '',
      'Hermed indkaldelse til møde torsdag den 10. juni 2027 kl. 13.00-15.30 på Rådhuset, Torvet 1, 9990 Vestby.',
      '',
      'Mvh',
      'Eva Lund',
      'Sekretær for MED-udvalget',
      'Teknik og Miljø, Vestby Kommune',
    ]);
    const names = (event.organisers ?? []).map((organiser) => nameOf(organiser.name));
    assert.ok(!names.some((name) => /sekretær/i.test(name)), names.join('; '));
    const eva = (event.people ?? []).find((person) => person.name === 'Eva Lund');
    assert.match(nameOf(eva?.title), /Sekretær for MED-udvalget/);
  });
});

describe('the venue, audited', () => {
  it("an abbreviation inside the venue's name does not cut it", () => {
    const event = eventOf([
      'Invitation til erhvervsfrokost',
      '',
      'Torsdag d. 10. juni 2027 kl. 12.00-13.30',
      '',
      'HVOR?',
      'Brdr. Hansen Maskinfabrik A/S',
      'Fabriksvej 4, 9990 Vestby',
      '',
      'Venlig hilsen',
      'Eva Lund',
    ]);
    assert.equal(nameOf(event.venue.name), 'Brdr. Hansen Maskinfabrik A/S');
  });
});

describe('the price, audited', () => {
  const letter = (middle: string[]) =>
    eventOf([
      'Invitation to the Vestby study day',
      '',
      'Tuesday 8 June 2027, 09.00–16.00, at Vestby Town Hall, Torvet 1, 9990 Vestby.',
      '',
      ...middle,
      '',
      'Kind regards',
      'Eva Lund',
    ]);

  it("a hotel room's price under the hotel is not the price of taking part", () => {
    const event = letter([
      'HOTEL',
      'We have reserved rooms at Hotel Vestby.',
      '',
      'Price: DKK 1,095 per night for a single room incl. breakfast. The rooms are held until 1 May 2027.',
      '',
      'COSTS',
      '',
      'Participation in the programme, lunch and the dinner are free of charge.',
    ]);
    assert.notEqual(event.practical?.price?.amount, 1095);
    assert.equal(event.practical?.price?.free, true);
  });

  it('a prize or a sum of millions is no price', () => {
    const event = letter([
      'The council has set aside DKK 62 mio. for the new hall.',
      '',
      'PRIZES',
      '  Winning team: DKK 50,000 for a pilot in your own unit',
      '  Runner-up: DKK 15,000 towards further development',
    ]);
    assert.equal(event.practical?.price, undefined, JSON.stringify(event.practical?.price));
  });

  it('"Fee and invoicing" heads the price', () => {
    const event = letter([
      'HOTEL',
      'We have reserved rooms at Hotel Vestby for the night between 8 and 9 June. A single room costs DKK 1,095 incl.',
      'breakfast. Book directly with the hotel.',
      '',
      'FEE AND INVOICING',
      'The participation fee is DKK 2,450 excl. VAT per person and covers meals.',
    ]);
    assert.equal(event.practical?.price?.amount, 2450);
  });
});
