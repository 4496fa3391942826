import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/** Where in the building, whom to ask and how to answer, in letter shapes written for these tests. */
/** The importer's event; `draftOf` also renders it and reads it back, so each shape must give a valid file. */
const imported = (lines: readonly string[]) => draftOf(lines).result.event;

describe('venue: the room, floor or entrance beside the building', () => {
  it('Danish: a hall written as one word before the building ("i Rådhushallen, Vestby Rådhus, …")', () => {
    const event = imported([
      'Invitation til nytårskur',
      '',
      'Kære samarbejdspartner. Vi har fornøjelsen af at invitere Dem til kommunens nytårskur, hvor vi ser tilbage på året.',
      '',
      '        torsdag den 14. januar 2027 kl. 16.00-18.00',
      '        i Byrådssalen, Vestby Rådhus, Torvet 1, 9990 Vestby',
      '',
      'Med venlig hilsen',
      'Ole Bak',
    ]);
    assert.equal(event.venue.room, 'Byrådssalen');
    assert.equal(event.venue.name, 'Vestby Rådhus');
    const hall = imported([
      'Invitation til reception',
      '',
      'Kære alle. Vi inviterer til reception i anledning af det nye år, hvor vi siger tak for samarbejdet.',
      '',
      'fredag den 8. januar 2027 kl. 15.00-17.00',
      'i Rådhushallen, Nordby Rådhus, Torvegade 2, 9800 Nordby',
    ]);
    assert.equal(hall.venue.room, 'Rådhushallen');
    assert.equal(hall.venue.name, 'Nordby Rådhus');
  });

  it('the language a meeting is held in is no venue ("is held in English", "holdes på dansk")', () => {
    const english = imported([
      'Invitation: study tour on water management',
      '',
      'Dear colleagues, we invite you to a study tour on Wednesday 12 May 2027, 10.00-16.00. The tour is held in English.',
      '',
      'Best regards',
      'Ida Storm',
    ]);
    assert.notEqual(english.venue.name, 'English');
    const danish = imported([
      'Invitation til studietur',
      '',
      'Kære kolleger. Vi inviterer til studietur onsdag den 12. maj 2027 kl. 10.00-16.00. Turen holdes på Dansk.',
      'Vi mødes i Kulturhuset, Ågade 4, 9990 Vestby.',
    ]);
    assert.notEqual(danish.venue.name, 'Dansk');
    assert.equal(danish.venue.name, 'Kulturhuset');
  });

  it('a building named like a hall is no room ("Fynshallen Konferencecenter, Room C3")', () => {
    const event = imported([
      'Invitation: seminar on public procurement',
      '',
      'Dear colleague. We are pleased to invite you to a half-day seminar on public procurement and what works.',
      '',
      'WHEN:   Thursday 22 April 2027, 12.30–17.00',
      'WHERE:  Nordhallen Konferencecenter, Room C3 (ground floor), Stadionvej 48, 5200 Odense V',
    ]);
    assert.equal(event.venue.name, 'Nordhallen Konferencecenter');
    assert.equal(event.venue.room, 'Room C3 (ground floor)');
  });

  it('the entrance in brackets stays with the room, an address without a postcode too', () => {
    const event = imported([
      'Hej alle',
      '',
      'Vi vil gerne invitere jer til et informationsmøde om vejarbejdet, hvor I kan stille alle de spørgsmål I har.',
      '',
      'Hvornår: tirsdag d. 14. september 2027 kl. 19-21',
      'Hvor:    Nordby Skole, kantinen (indgang fra parkeringspladsen ved hallen), Skolebakken 4, Nordby',
    ]);
    assert.equal(event.venue.name, 'Nordby Skole');
    assert.equal(event.venue.room, 'kantinen (indgang fra parkeringspladsen ved hallen)');
    const english = imported([
      'Dear neighbours',
      '',
      'We would like to invite you to an information meeting about the road works, with time for all your questions.',
      '',
      'When: Tuesday 14 September 2027, 19.00-21.00',
      'Where: Westbay School, the canteen (entrance from the car park), School Road 4, Westbay',
    ]);
    assert.equal(english.venue.name, 'Westbay School');
    assert.equal(english.venue.room, 'the canteen (entrance from the car park)');
  });

  it('a remark on the way there in brackets is still left out', () => {
    const event = imported([
      'Kære alle',
      '',
      'Vi inviterer hermed til julefrokost for hele afdelingen, hvor vi spiser godt og hygger os sammen.',
      '',
      'Hvornår: fredag den 10. december 2027 kl. 12-16',
      'Hvor: Restaurant Kornet (5 min. gang fra rådhuset), Møllevej 7, Vestby',
    ]);
    assert.equal(event.venue.name, 'Restaurant Kornet');
    assert.equal(event.venue.room, undefined);
  });

  it('the floor and room after the address on its line ("… 8200 Aarhus N – ground floor, "Atrium"")', () => {
    const event = imported([
      'Hi all,',
      '',
      'Join our first regional hackathon, where teams work on real challenges from our hospitals all day long.',
      '',
      'Thursday 22 April 2027, 08:30–21:00',
      'Innovation House, Sønderskovvej 12, 8200 Aarhus N – ground floor, "Atrium"',
    ]);
    assert.equal(event.venue.name, 'Innovation House');
    assert.equal(event.venue.room, 'ground floor, "Atrium"');
    const danish = imported([
      'Kære alle',
      '',
      'Vi inviterer til temadag om trivsel, hvor vi arbejder med de nye resultater fra målingen i grupper.',
      '',
      'Mødet afholdes onsdag den 3. marts 2027 kl. 9-15',
      'på Hotel Fjordstien, Fjordstien 22, 7100 Vejle, i mødelokalet',
    ]);
    assert.equal(danish.venue.name, 'Hotel Fjordstien');
    assert.equal(danish.venue.room, 'mødelokalet');
    // The sentence runs onto the next line: the room is named there, up to the sentence's end.
    const runOn = imported([
      'Kære alle',
      '',
      'Vi inviterer til temadag om trivsel, hvor vi arbejder med de nye resultater fra målingen i grupper.',
      '',
      'onsdag den 3. marts 2027 kl. 9-15',
      '',
      'Mødet afholdes på Hotel Fjordstien, Fjordstien 22, 7100 Vejle, i mødelokalet',
      '"Munkebjerg" på 2. sal. Der serveres kaffe og morgenbrød fra kl. 8.30.',
    ]);
    assert.equal(runOn.venue.room, 'mødelokalet "Munkebjerg" på 2. sal');
  });

  it('a floor with its ordinal keeps its full stop ("mødelokale "Ådalen", 3. sal")', () => {
    const event = imported([
      'Kære frivillige',
      '',
      'Vi har igen i år sammensat et aftenkursus, hvor I kan få ny viden og udveksle erfaringer med andre frivillige.',
      '',
      'Tid: tirsdag d. 5. oktober 2027 kl. 18.30-21.00',
      'Sted:   Vestby Hovedbibliotek, mødelokale "Ådalen", 3. sal',
      '        Bibliotekspladsen 2, 9990 Vestby',
    ]);
    assert.equal(event.venue.name, 'Vestby Hovedbibliotek');
    assert.equal(event.venue.room, 'mødelokale "Ådalen", 3. sal');
  });

  it('the town before the venue is no part of its name ("afholdes i Vejle på Hotel X, …, 7100 Vejle")', () => {
    const event = imported([
      'Kære borgmestre',
      '',
      'Vi har hermed fornøjelsen at invitere jer til politisk møde i bestyrelsen, hvor vi drøfter årets emner.',
      '',
      'Mødet afholdes torsdag den 23. september 2027 kl. 10.00-13.00.',
      'Mødet afholdes i Vejle på Hotel Fjordstien, Fjordstien 22, 7100 Vejle.',
    ]);
    assert.equal(event.venue.name, 'Hotel Fjordstien');
  });
});

describe('venue: a place and street by the date, without a postcode', () => {
  it('Danish: bold lines under the heading ("**Vestby Forsamlingshus, Bygaden 18, Vestby**")', () => {
    const event = imported([
      '# VALGMØDE i Vestby Forsamlingshus',
      '',
      'Kære alle. Vi inviterer til valgmøde, hvor du kan møde kandidaterne fra vores egen opstillingskreds.',
      '',
      '**Onsdag den 20. oktober 2027 kl. 19.00 – ca. 21.30**',
      '**Vestby Forsamlingshus, Bygaden 18, Vestby**',
      '**Dørene åbner 18.30**',
    ]);
    assert.equal(event.venue.name, 'Vestby Forsamlingshus');
    assert.equal(event.venue.address, 'Bygaden 18, Vestby');
  });

  it('English: the line above the date', () => {
    const event = imported([
      'Dear members. We invite you to the annual general meeting of the rowing club, with dinner afterwards.',
      '',
      'Westbay Rowing Club, Harbour Road 9, Westbay',
      'Saturday 6 March 2027, 14.00–17.00',
    ]);
    assert.equal(event.venue.name, 'Westbay Rowing Club');
    assert.equal(event.venue.address, 'Harbour Road 9, Westbay');
  });
});

describe('registration: an RSVP is the way to sign up', () => {
  it('Danish: "Svar udbedes senest … via <link> eller … på e-mail …"', () => {
    const event = imported([
      'Invitation til nytårskur',
      '',
      'Kære samarbejdspartner. Vi har fornøjelsen af at invitere Dem til kommunens nytårskur.',
      '',
      'torsdag den 14. januar 2027 kl. 16.00-18.00 på Vestby Rådhus, Torvet 1, 9990 Vestby',
      '',
      'Svar udbedes senest fredag den 18. december 2026 via www.vestby.example.dk/nytaar eller til Borgmesterens Kontor på e-mail borgmester@vestby.example.dk. Ved spørgsmål kan De kontakte Susanne Holm på tlf. 72 36 10 05.',
    ]);
    assert.equal(event.registration?.url, 'www.vestby.example.dk/nytaar');
    assert.equal(event.registration?.email, 'borgmester@vestby.example.dk');
    assert.equal(event.registration?.deadline, '2026-12-18');
    assert.notEqual(event.registration?.phone, '72 36 10 05', 'the phone is for questions, not for answering');
  });

  it('"hvornår skal man svare?" and "how do I reply?" are about the RSVP', () => {
    const lines = (rsvp: string) => [
      'Invitation til reception',
      '',
      'Kære samarbejdspartner. Vi har fornøjelsen af at invitere Dem til reception i anledning af det nye år.',
      '',
      'torsdag den 14. januar 2027 kl. 16.00-18.00 på Vestby Rådhus, Torvet 1, 9990 Vestby',
      '',
      rsvp,
    ];
    for (const rsvp of [
      'Svar udbedes senest fredag den 18. december 2026 til borgmester@vestby.example.dk.',
      'S.U. senest 18. december 2026 på www.vestby.example.dk/reception.',
    ]) {
      const event = draftOf(lines(rsvp)).event;
      assert.match(answerOf(event, 'hvornår skal man svare?').text, /18\. december/);
      assert.match(answerOf(event, 'when should I reply?').text, /18 December/);
      assert.match(answerOf(event, 'how do I reply?').text, /borgmester@vestby\.example\.dk|www\.vestby\.example\.dk\/reception/);
    }
  });

  it('English: "Please reply by … to …", and "S.U." in Danish', () => {
    const event = imported([
      'Farewell reception',
      '',
      'Dear colleagues. After 31 years Anna is retiring, and we would like to say goodbye to her with cake and coffee.',
      '',
      'Friday 11 June 2027, 14.00-15.30, Town Hall, Torvet 1, 9990 Vestby',
      '',
      'Please reply by 4 June to reception@vestby.example.dk so that we can order enough cake.',
    ]);
    assert.equal(event.registration?.email, 'reception@vestby.example.dk');
    assert.equal(event.registration?.deadline, '2027-06-04');
    const danish = imported([
      'Sommerfest',
      '',
      'Kære alle. Vi holder sommerfest for hele forvaltningen med grill, musik og hygge i gården bag rådhuset.',
      '',
      'fredag den 18. juni 2027 kl. 15.00-19.00, Rådhuset, Torvet 1, 9990 Vestby',
      '',
      'S.U. senest 1. juni til fest@vestby.example.dk.',
    ]);
    assert.equal(danish.registration?.email, 'fest@vestby.example.dk');
    assert.equal(danish.registration?.deadline, '2027-06-01');
  });
});

type Person = NonNullable<ReturnType<typeof imported>['people']>[number];
const named = (people: Person[] | undefined, name: string) => people?.find((p) => p.name === name);
const answerOf = (event: MeetingEvent, question: string) =>
  ask(question, new EventKnowledge(event), { now: DateTime.fromISO('2026-12-01T10:00:00+01:00', { setZone: true }) }).answer!;

describe('contacts: the writer, a contact by first name, the signer', () => {
  it('English: a bilingual closing and "contact me directly" make the signer the contact', () => {
    const people = imported([
      'Hi all,',
      '',
      'Join our first regional hackathon, where teams work on real challenges from our hospitals all day long.',
      '',
      'Thursday 22 April 2027, 08:30–21:00, Innovation House, Sønderskovvej 12, 8200 Aarhus N',
      '',
      'Questions? Just reply to this mail or contact me directly.',
      '',
      'Best regards / Venlig hilsen',
      '',
      'Louise Dahl',
      'Innovation Consultant',
      'Mobile: +45 78 41 22 60',
      'louise.dahl@example.dk',
    ]).people;
    const louise = named(people, 'Louise Dahl');
    assert.deepEqual(louise?.roles, ['signatory', 'contact']);
    assert.equal(louise?.phone, '+45 78 41 22 60');
  });

  it('Danish: "På bestyrelsens vegne" closes, and "ring eller skriv til mig" makes the signer the contact', () => {
    const people = imported([
      'Kære alle',
      '',
      'Vi inviterer til informationsmøde om vejarbejdet, hvor I kan høre hvad der skal ske og stille spørgsmål.',
      '',
      'tirsdag den 14. september 2027 kl. 19-21 i Medborgerhuset, Storegade 5, 9990 Vestby',
      '',
      'Kan I ikke komme, er I altid velkomne til at ringe eller skrive til mig.',
      '',
      'På bestyrelsens vegne',
      '',
      'Birgit Holm',
      'Formand, Vestby Borgerforening',
      'Tlf. 23 45 19 07',
    ]).people;
    const birgit = named(people, 'Birgit Holm');
    assert.deepEqual(birgit?.roles, ['signatory', 'contact']);
    assert.equal(birgit?.phone, '23 45 19 07');
  });

  it('Danish and English: a contact called by first name is the person of that name, with the hours to call', () => {
    const danish = imported([
      'Kære frivillige',
      '',
      'Vi har igen i år sammensat et aftenkursus, hvor I kan få ny viden og udveksle erfaringer med andre frivillige.',
      '',
      'tirsdag d. 5. oktober 2027 kl. 18.30-21.00 på Hovedbiblioteket, Bibliotekspladsen 2, 9990 Vestby',
      '',
      'Har du spørgsmål, er du velkommen til at ringe til Hanne på tlf. 96 40 18 53 (man.-tors. kl. 9-14).',
      '',
      'Med venlig hilsen',
      '',
      'Hanne Juul Sørensen',
      'Frivilligkoordinator',
    ]).people;
    const hanne = named(danish, 'Hanne Juul Sørensen');
    assert.ok(hanne?.roles?.includes('contact'));
    assert.equal(hanne?.phone, '96 40 18 53 (man.-tors. kl. 9-14)');
    const english = imported([
      'Dear volunteers',
      '',
      'Once again we have put together an evening course where you can learn new skills and meet other volunteers.',
      '',
      'Tuesday 5 October 2027, 18.30-21.00, Main Library, Library Square 2, 9990 Vestby',
      '',
      'If you have any questions, please call Anna on 12 34 56 78 (weekdays 9-12).',
      '',
      'Kind regards',
      '',
      'Anna Berg',
      'Volunteer Coordinator',
    ]).people;
    const anna = named(english, 'Anna Berg');
    assert.ok(anna?.roles?.includes('contact'));
    assert.equal(anna?.phone, '12 34 56 78 (weekdays 9-12)');
  });

  it('Danish: after a clause, who invites follows the verb ("…, inviterer Vestby Borgerforening til …")', () => {
    const event = imported([
      'Kære alle',
      '',
      'Så er der udskrevet valg, og som vi plejer, inviterer Vestby Borgerforening til valgmøde i forsamlingshuset.',
      '',
      'onsdag den 20. oktober 2027 kl. 19.00-21.30, Forsamlingshuset, Bygaden 18, 9990 Vestby',
    ]);
    assert.deepEqual(
      event.organisers?.map((o) => o.name),
      ['Vestby Borgerforening'],
    );
    const summer = imported([
      'Kære medlemmer',
      '',
      'Når sommeren kommer, inviterer Vestby Idrætsforening til sommerfest for alle medlemmer og deres familier.',
      '',
      'lørdag den 19. juni 2027 kl. 14.00-22.00, Klubhuset, Stadionvej 3, 9990 Vestby',
    ]);
    assert.deepEqual(
      summer.organisers?.map((o) => o.name),
      ['Vestby Idrætsforening'],
    );
  });

  it('"whom do I contact" with no contact named offers the signer who gives a phone or e-mail', () => {
    const lines = (closing: string[]) => [
      'Kære alle',
      '',
      'Vi inviterer til valgmøde i forsamlingshuset, hvor du kan møde kandidaterne og stille dem spørgsmål.',
      '',
      'onsdag den 20. oktober 2027 kl. 19.00-21.30, Forsamlingshuset, Bygaden 18, 9990 Vestby',
      '',
      // Details without a name: the importer leaves the signer without the contact role.
      'Spørgsmål til kandidaterne kan sendes på forhånd til valg@vestby.example.dk.',
      '',
      'Med venlig hilsen',
      '',
      ...closing,
    ];
    const reachable = draftOf(lines(['Birgit Holm', 'Formand', 'Tlf. 23 45 19 07'])).event;
    assert.ok(!reachable.people.some((p) => p.roles.includes('contact')));
    for (const question of ['hvem kan jeg kontakte?', 'who do I contact with questions']) {
      const answer = answerOf(reachable, question);
      assert.match(answer.text, /Birgit Holm/);
      assert.match(answer.text, /23 45 19 07/);
    }
    const english = draftOf([
      'Dear all',
      '',
      'We invite you to our annual open house, where you can meet the team and see what we work on.',
      '',
      'Friday 8 October 2027, 14.00-17.00, Harbour House, Harbour Road 9, 6700 Esbjerg',
      '',
      'Questions for the panel can be sent in advance to panel@example.dk.',
      '',
      'Kind regards',
      '',
      'Anna Berg',
      'anna.berg@example.dk',
    ]).event;
    assert.match(answerOf(english, 'who can I contact?').text, /anna\.berg@example\.dk/);
    // Without details of their own the signer is only named, never given a number.
    const bare = draftOf(lines(['Birgit Holm'])).event;
    assert.doesNotMatch(answerOf(bare, 'hvem kan jeg kontakte?').text, /\d{2} \d{2} \d{2} \d{2}/);
  });
});

describe('people: those the letter says are coming, without a part in the programme', () => {
  it('Danish: "Fra entreprenøren, Brødrene Holm A/S, kommer:" and a list of names and titles', () => {
    const people = imported([
      'Hej alle',
      '',
      'Vi vil gerne invitere jer til et informationsmøde om vejarbejdet, hvor I kan stille alle de spørgsmål I har.',
      '',
      'tirsdag d. 14. september 2027 kl. 19-21 i Medborgerhuset, Storegade 5, 9990 Vestby',
      '',
      'Fra entreprenøren, Brødrene Holm Anlæg A/S, kommer:',
      ' - Jens Holm, projektleder',
      ' - Bo Kragh, formand – det er ham I kommer til at se mest til derude',
    ]).people;
    assert.deepEqual(
      [named(people, 'Jens Holm')?.title, named(people, 'Bo Kragh')?.title, named(people, 'Bo Kragh')?.organisation],
      ['projektleder', 'formand', 'Brødrene Holm Anlæg A/S'],
    );
    assert.deepEqual(named(people, 'Bo Kragh')?.roles, []);
  });

  it('English: "Attending from the council:" and bullets', () => {
    const people = imported([
      'Dear residents',
      '',
      'We invite you to a public meeting about the new harbour plan, with time for your questions and ideas.',
      '',
      'Tuesday 14 September 2027, 19.00-21.00, Harbour House, Harbour Road 9, 6700 Esbjerg',
      '',
      'Attending from the council:',
      '• Anna Berg, planning manager',
      '• Ole Dam, traffic engineer',
    ]).people;
    assert.equal(named(people, 'Anna Berg')?.title, 'planning manager');
    assert.equal(named(people, 'Ole Dam')?.title, 'traffic engineer');
  });
});
