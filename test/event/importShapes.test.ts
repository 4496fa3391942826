import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/** Letters of other shapes than the examples, written for these tests; each must give a valid draft. */
const imported = draftOf;

describe('letters of other shapes', () => {
  it('two days at a conference hotel, with a programme for each day', () => {
    const { event, yaml } = imported(
      [
        'Internat for skoleledere 2027',
        '',
        'Torsdag den 22. april – fredag den 23. april 2027',
        'Hotel Vejlefjord, Oddervej 200, 7100 Vejle',
        '',
        'Program',
        '',
        'Torsdag den 22. april',
        '10.00 Ankomst og kaffe',
        '10.30 Velkomst v/ formand Karen Friis',
        '16.00 Tak for i dag',
        '',
        'Fredag den 23. april',
        '09.00 Oplæg v/ professor Ole Sand, Aarhus Universitet',
        '12.00 Frokost og afslutning',
      ],
      '2026-03-01',
    );
    // Written in March 2026 without a year before the range: the year after the range counts for both days.
    assert.deepEqual([event.start, event.end], ['2027-04-22T10:00', '2027-04-23T12:00']);
    assert.match(yaml, /# CHECK: the letter gives no time beside the date; the start is the programme’s first time\nstart:/);
    assert.match(yaml, /# CHECK: the letter gives no end time beside the date; the end is the programme’s closing item\nend:/);
    assert.deepEqual([event.venue.name?.da, event.venue.address?.line], ['Hotel Vejlefjord', 'Oddervej 200, 7100 Vejle']);
    assert.deepEqual(
      event.programme.map((item) => [item.date, item.start, item.end]),
      [
        ['2027-04-22', '10:00', '10:30'],
        ['2027-04-22', '10:30', '16:00'],
        ['2027-04-22', '16:00', undefined],
        ['2027-04-23', '09:00', '12:00'],
        ['2027-04-23', '12:00', undefined],
      ],
    );
    assert.equal(event.people.find((p) => p.name === 'Ole Sand')?.organisation?.da, 'Aarhus Universitet');
  });

  it('an e-mail with a box of facts, a bold title, and a date written short after it is written in full', () => {
    const { event, result } = imported([
      'Fra: Ældresagen Lokalafdeling Hobro <hobro@example.dk>',
      'Emne: Foredrag',
      '',
      '**Foredrag om demens og pårørende**',
      '',
      'Dato: onsdag den 6. oktober 2027',
      'Tid: kl. 14.00–16.00',
      'Sted: Medborgerhuset, Store Torv 3, 9500 Hobro',
      '',
      'Vi ses d. 6/10! Kaffe og kage koster 30 kr.',
      '',
      'Tilmelding er ikke nødvendigt at tilmelde sig – mød bare op.',
    ]);
    assert.equal(event.title.da, 'Foredrag om demens og pårørende');
    assert.deepEqual([event.start, event.end], ['2027-10-06T14:00', '2027-10-06T16:00']);
    assert.equal(event.letterDate, undefined);
    assert.deepEqual([event.venue.name?.da, event.venue.address?.line], ['Medborgerhuset', 'Store Torv 3, 9500 Hobro']);
    assert.deepEqual([event.sender?.name.da, event.sender?.email], ['Ældresagen Lokalafdeling Hobro', 'hobro@example.dk']);
    assert.deepEqual([event.practical.price?.amount, event.practical.price?.currency], [30, 'DKK']);
    assert.match(event.practical.food?.text.da ?? '', /Kaffe og kage/);
    assert.equal(event.registration?.required, false);
    assert.deepEqual(
      result.checks.filter((check) => check.path[0] === 'start'),
      [],
    );
  });

  it('an English invitation to a hybrid meeting with organisers "in cooperation with", a fee and a Zoom link', () => {
    const { event } = imported([
      'Annual Members Meeting 2027',
      '',
      'The meeting is organised by the Danish Design Association in cooperation with Kolding Municipality.',
      '',
      'Date: Friday 14 May 2027, 13:00–16:30',
      'Venue: Design School Kolding, Ågade 10, 6000 Kolding',
      '',
      'You can also join online via Zoom: https://zoom.us/j/123456789. The meeting will be recorded.',
      '',
      'Fee: EUR 25 for non-members. Lunch is served from 12:00.',
      '',
      'Register by 30 April 2027 at designassociation.dk/members-meeting. Please state any dietary requirements when you register.',
      '',
      'Questions? Contact our secretary Ruth Mikkelsen at ruth@example.org or +45 12 34 56 78.',
    ]);
    assert.equal(event.language, 'en');
    assert.deepEqual([event.start, event.end], ['2027-05-14T13:00', '2027-05-14T16:30']);
    assert.deepEqual([event.venue.name?.en, event.venue.online], ['Design School Kolding', false]);
    assert.deepEqual(
      event.organisers.map((o) => o.name.en),
      ['Danish Design Association', 'Kolding Municipality'],
    );
    assert.deepEqual([event.practical.online?.url, event.practical.online?.recording], ['https://zoom.us/j/123456789', true]);
    assert.deepEqual([event.practical.price?.amount, event.practical.price?.currency], [25, 'EUR']);
    assert.deepEqual([event.registration?.url, event.registration?.deadline], ['designassociation.dk/members-meeting', '2027-04-30T23:59']);
    const diet = event.registration?.fields.find((f) => f.kind === 'text');
    assert.equal(diet?.label?.en, 'Any dietary requirements');
    assert.equal(diet?.prompt?.en, 'Please state any dietary requirements when you register.');
    const contact = event.people.find((p) => p.roles.includes('contact'));
    assert.deepEqual(
      [contact?.name, contact?.title?.en, contact?.email, contact?.phone],
      ['Ruth Mikkelsen', 'secretary', 'ruth@example.org', '+45 12 34 56 78'],
    );
  });

  it('an addressee block at the top is no title, and a letter date at the top right is the letter’s', () => {
    const { event } = imported([
      'Til',
      'Bestyrelserne i idrætsforeningerne',
      '',
      'Vejle, 3. marts 2027',
      '',
      'Invitation til dialogmøde om haltider',
      '',
      'Vi inviterer jer til dialogmøde tirsdag den 13. april kl. 19-21 i Idrætshallen, Hallvej 1, 7100 Vejle.',
    ]);
    assert.equal(event.title.da, 'Dialogmøde om haltider');
    assert.equal(event.letterDate, '2027-03-03');
    assert.deepEqual([event.start, event.end], ['2027-04-13T19:00', '2027-04-13T21:00']);
    assert.match(event.audience?.da ?? '', /^Til: Bestyrelserne i idrætsforeningerne\. Vi inviterer jer til dialogmøde/);
  });

  it('when an e-mail from a person gives the meeting in a sentence, then the sent date is the letter’s and the sentence gives when and where', () => {
    const { event, yaml } = imported(
      [
        'From: Anna Holm <anna.holm@vejle.dk>',
        'Sent: 2 March 2027 09:12',
        'To: All staff',
        'Subject: Staff meeting',
        '',
        'Dear all,',
        '',
        'We meet on Thursday 18 March from 9-11 in the canteen at the Town Hall in Vejle. Please reply to this e-mail by 12 March.',
        'First we look at the budget, then Peter Lund presents the new rota. After the break at 10.15 we work in groups. Finally Anna sums up.',
        '',
        'Kind regards',
        'Anna Holm',
        'Head of Section | Children and Families',
        'Vejle Municipality',
        'Direct: 76 81 00 00 | Mobile: 20 30 40 50',
      ],
      '2027-03-05',
    );
    assert.equal(event.letterDate, '2027-03-02');
    assert.deepEqual([event.start, event.end], ['2027-03-18T09:00', '2027-03-18T11:00']);
    assert.deepEqual([event.venue.name?.en, event.venue.room?.en, event.venue.address], ['Town Hall in Vejle', 'canteen', undefined]);
    assert.equal(event.sender?.name.en, 'Vejle Municipality');
    const anna = event.people.find((p) => p.name === 'Anna Holm');
    assert.deepEqual([anna?.email, anna?.title?.en], ['anna.holm@vejle.dk', 'Head of Section']);
    assert.match(anna?.phone ?? '', /76 81 00 00 \(direct\), 20 30 40 50 \(mobile\)/);
    assert.equal(event.registration?.email, 'anna.holm@vejle.dk');
    assert.equal(event.registration?.deadline, '2027-03-12T23:59');
    assert.match(yaml, /# CHECK: the letter writes its programme as running text/);
    assert.deepEqual(event.programme.find((item) => item.start === '10:15')?.title.en, 'Break');
    assert.ok(event.programme.some((item) => item.people.includes('Peter Lund')));
  });

  it('when dates and times stand in aligned columns, then each date keeps its time; two signatures side by side are two people', () => {
    const { event } = imported([
      'Informationsmøde om ny affaldsordning',
      '',
      'Onsdag den 14. april 2027      kl. 19.00-21.00',
      'Torsdag den 15. april 2027     kl. 10.00-12.00',
      '',
      'Mødet holdes i Borgersalen på Viby Rådhus, Stationsvej 2, 4130 Viby Sjælland.',
      '',
      'Med venlig hilsen',
      '',
      'Jens Hansen                         Mette Lind',
      'Borgmester                          Direktør for Teknik og Miljø',
    ]);
    assert.deepEqual([event.start, event.end], ['2027-04-14T19:00', '2027-04-14T21:00']);
    assert.deepEqual([event.venue.name?.da, event.venue.room?.da], ['Viby Rådhus', 'Borgersalen']);
    assert.deepEqual(
      event.people.map((p) => [p.name, p.title?.da, p.roles]),
      [
        ['Jens Hansen', 'Borgmester', ['signatory']],
        ['Mette Lind', 'Direktør for Teknik og Miljø', ['signatory']],
      ],
    );
  });

  it('when a limit is for each club, free parking is offered, and a Zoom block closes the letter, then none of it is taken for seats, price or contact', () => {
    const { event } = imported([
      'Online-møde for foreningerne',
      '',
      'Tirsdag den 8. juni 2027 kl. 19.00-20.00 på Zoom.',
      '',
      'Hver forening kan deltage med op til 3 personer. Der er gratis parkering, hvis I sidder sammen på rådhuset.',
      'Tilmelding senest 1. juni på kommune.dk/tilmeld.',
      '',
      'Join Zoom Meeting',
      'https://us02web.zoom.us/j/81234567890?pwd=abc',
      'Meeting ID: 812 3456 7890',
      'Passcode: 42xy',
    ]);
    assert.equal(event.registration?.capacity, undefined);
    assert.match(event.registration?.text?.da ?? '', /op til 3 personer/);
    assert.equal(event.practical.price, undefined);
    assert.equal(event.practical.online?.url, 'https://us02web.zoom.us/j/81234567890?pwd=abc');
    assert.match(event.practical.online?.text.da ?? '', /Meeting ID: 812 3456 7890.*Passcode: 42xy/);
    assert.equal(event.venue.online, true);
  });

  it('when a letterhead line stands above the inviting paragraphs, then it is not taken for the title', () => {
    const { event } = imported([
      'Region Syddanmark',
      '',
      'Regionsrådet har vedtaget en ny strategi for kollektiv trafik, og vi vil gerne drøfte den med kommunerne inden den endelige vedtagelse i efteråret.',
      '',
      'Derfor inviterer vi til et dialogmøde med kommunernes trafikplanlæggere og andre interesserede fra forvaltningerne.',
      '',
      'tirsdag den 15. juni 2027 kl. 15.00-17.00',
      'Fynsvej 40, 6000 Kolding',
    ]);
    assert.equal(event.title.da, 'Dialogmøde');
    assert.deepEqual(
      event.organisers.map((o) => o.name.da),
      ['Region Syddanmark'],
    );
  });
});

describe('what not coming costs or asks of you, as the letter says it', () => {
  const letter = (terms: string, lang: 'da' | 'en') =>
    lang === 'da'
      ? [
          'Temamøde om skolestier',
          '',
          'Torsdag den 7. oktober 2027 kl. 16.00–18.00',
          'Sted: Borgerhuset, Søgade 4, 8660 Skanderborg',
          '',
          `Tilmelding senest den 30. september på skanderborg.example/sti. ${terms}`,
          '',
          'Med venlig hilsen',
          'Eva Holm',
        ]
      : [
          'Seminar on school paths',
          '',
          'Thursday 7 October 2027, 16.00–18.00',
          'Venue: Town Hall, Main Street 4, 8660 Skanderborg',
          '',
          `Register by 30 September at skanderborg.example/path. ${terms}`,
          '',
          'Kind regards',
          'Eva Holm',
        ];
  const cases: Array<[string, 'da' | 'en', RegExp]> = [
    ['Tilmeldingen er bindende efter fristen.', 'da', /bindende/],
    ['Kan jeres forening ikke deltage, så ring og giv besked.', 'da', /ikke deltage/],
    ['Registration is binding after the deadline.', 'en', /binding/],
    ['If you cannot attend, please let us know by e-mail.', 'en', /cannot attend/],
  ];
  for (const [terms, lang, said] of cases) {
    it(`"${terms}" is the cancellation terms`, () => {
      const { event } = imported(letter(terms, lang));
      assert.match(event.practical.cancellation?.text[lang] ?? '', said);
    });
  }
  it('a letter that says nothing of not coming has no cancellation terms', () => {
    assert.equal(imported(letter('Der er kaffe fra kl. 15.45.', 'da')).event.practical.cancellation, undefined);
  });
});

describe("a programme in running text that quotes the talk's title", () => {
  it("the quoted title is the item's title, the sentence its description, in Danish and English", () => {
    const danish = imported([
      'Kære alle,',
      '',
      'Vi mødes torsdag den 15. april 2027 kl. 9-12 i mødesalen på Rådhuset i Skive.',
      'Jeg lægger ud med en status på året. Derefter får vi besøg af Mette Friis, som er konsulent. Hun er på fra kl. 9.30 med oplægget "Data i hverdagen". Efter pausen kl. 10.30 arbejder vi i grupper. Til sidst samler jeg op.',
      '',
      'Venlig hilsen',
      'Anne Lund',
    ]).event;
    const mette = danish.programme.find((item) => item.people.includes('Mette Friis'));
    assert.equal(mette?.title.da, 'Data i hverdagen');
    assert.equal(mette?.start, '09:30');
    assert.match(mette?.description?.da ?? '', /besøg af Mette Friis/);
    const english = imported([
      'Dear all,',
      '',
      'We meet on Thursday 18 March 2027 from 9-11 in the canteen at the Town Hall in Vejle.',
      'First we look at the budget, then Peter Lund presents the talk “Rotas that work” at 9.20. After the break at 10.15 we work in groups. Finally Anna sums up.',
      '',
      'Kind regards',
      'Anna Holm',
    ]).event;
    const peter = english.programme.find((item) => item.people.includes('Peter Lund'));
    assert.equal(peter?.title.en, 'Rotas that work');
    // A step with no quoted title keeps its sentence.
    assert.match(english.programme.find((item) => /budget/.test(item.title.en ?? ''))?.title.en ?? '', /budget/);
  });
});
