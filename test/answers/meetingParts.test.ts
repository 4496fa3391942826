import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { conversation as askInTurn, draftKnowledge } from '../helpers/knowledge';

/**
 * A part of the meeting named in the letter's own words (a race, a heat, a stop, a tour) is answered with its own
 * time, never the whole meeting's.
 */

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const conversation = (knowledge: EventKnowledge, ...turns: string[]) => askInTurn(knowledge, now, ...turns);

/** A staff race whose distances start and end at times of their own, given in a table with no "Program" heading. */
const RACE_DA = draftKnowledge(
  [
    '# Firmaløbet 2027 i Vestby',
    '',
    '**Torsdag d. 20/5-2027 ved Vestby Stadion**',
    '',
    'Kære alle',
    '',
    'Så er det tid til det årlige firmaløb for alle ansatte. Det er gratis at deltage.',
    '',
    '## Distancer',
    '',
    '| Distance | Start     | Forventet slut | Underlag        |',
    '|----------|-----------|----------------|-----------------|',
    '| 3 km     | kl. 17.15 | ca. 17.45      | Grusstier       |',
    '| 8 km     | kl. 17.00 | ca. 18.00      | Asfalt og skov  |',
    '',
    'Begge ruter starter bag hallen.',
    '',
    'Spørgsmål? Kontakt Ida Storm, tlf. 12 34 56 78',
    '',
    'Venlig hilsen',
    'Personaleforeningen',
  ].join('\n'),
  '2027-04-01',
  'firmaloeb-vestby',
);

/** An English swim meet whose heats are listed in a table by their start and expected finish. */
const HEATS_EN = draftKnowledge(
  [
    'Subject: Staff swim meet – Friday 21 May 2027 at Nordby Pool',
    '',
    'Dear colleagues',
    '',
    'Join the staff swim meet on Friday 21 May 2027 at Nordby Pool, Havnevej 3, 8000 Nordby.',
    '',
    '| Heat    | Start | Expected finish | Lane   |',
    '|---------|-------|-----------------|--------|',
    '| Heat 1  | 15.30 | 15.50           | 1-4    |',
    '| Heat 2  | 16.00 | 16.25           | 5-8    |',
    '| Heat 3  | 16.40 | 17.00           | 1-8    |',
    '',
    'Questions? Write to Ole Bak, ob@nordby.example.dk',
    '',
    'Kind regards',
    'Ole Bak',
  ].join('\n'),
  '2027-04-01',
  'swim-meet-nordby',
);

describe('a part of the meeting listed in a table of start and end times', () => {
  it('a Danish race: each distance is an item with its own start and end', () => {
    const items = RACE_DA.event.programme.map((item) => [item.title.da, item.start, item.end]);
    assert.deepEqual(items.slice(0, 2), [
      ['3 km', '17:15', '17:45'],
      ['8 km', '17:00', '18:00'],
    ]);
    // The header row is nobody's name.
    assert.ok(!RACE_DA.event.people.some((person) => /Distance|Start/.test(person.name)));
  });

  it('a Danish race: when a distance starts and when it ends is that distance’s time, not the meeting’s', () => {
    const [start, end] = conversation(RACE_DA, 'hvornår starter 3 km', 'og hvornår er man færdig');
    assert.match(start!, /17\.15/);
    assert.doesNotMatch(start!, /17\.00/);
    assert.match(end!, /17\.45/);
    const [other] = conversation(RACE_DA, 'hvornår starter 8 km');
    assert.match(other!, /17\.00/);
    assert.doesNotMatch(other!, /17\.15/);
  });

  it('an English swim meet: a heat named by its label answers with its own time', () => {
    assert.deepEqual(
      HEATS_EN.event.programme.slice(0, 3).map((item) => [item.title.en, item.start, item.end]),
      [
        ['Heat 1', '15:30', '15:50'],
        ['Heat 2', '16:00', '16:25'],
        ['Heat 3', '16:40', '17:00'],
      ],
    );
    const [heat] = conversation(HEATS_EN, 'what time does heat 2 start');
    assert.match(heat!, /16[.:]00/);
    assert.doesNotMatch(heat!, /15[.:]30/);
  });
});

/** A course whose door opens before it starts, said in an aside in brackets under the place. */
const COURSE_DA = draftKnowledge(
  [
    'Emne: Kursus i førstehjælp for frivillige',
    '',
    'Kære frivillige',
    '',
    'Vi holder kursus i førstehjælp tirsdag d. 11. maj 2027 kl. 17.00-20.00.',
    '',
    'Sted:   Nordby Bibliotek, mødelokale 2',
    '        Torvet 3, 8000 Nordby',
    '        (Biblioteket lukker kl. 18 – brug bagindgangen. Døren åbnes kl. 16.45.)',
    '',
    'Venlig hilsen',
    'Ida Storm, tlf. 12 34 56 78',
  ].join('\n'),
  '2027-04-01',
  'kursus-nordby',
);

/** A meeting whose doors open half an hour before it starts, said in a sentence of its own. */
const MEETING_DA = draftKnowledge(
  [
    'Emne: Borgermøde om den nye skole',
    '',
    'Kære borgere',
    '',
    'Vi inviterer til borgermøde onsdag den 12. maj 2027 kl. 19.00-21.00 i Vestby Hallen, Skolevej 1, 8000 Vestby.',
    '',
    'Dørene åbnes kl. 18.30, og der er kaffe ved indgangen.',
    '',
    'Venlig hilsen',
    'Ole Bak',
  ].join('\n'),
  '2027-04-01',
  'borgermoede-vestby',
);

describe('when the door opens, as the letter says it in the passive', () => {
  it('an aside in brackets: the door’s own time, in either language', () => {
    assert.equal(COURSE_DA.event.practical.arrival?.time, '16:45');
    const [en, da] = [...conversation(COURSE_DA, 'what time do they open the door'), ...conversation(COURSE_DA, 'hvornår åbnes døren')];
    for (const answer of [en!, da!]) {
      assert.match(answer, /16[.:]45/);
      assert.doesNotMatch(answer, /16\.45\.\)/);
    }
  });

  it('a sentence of its own: the doors’ time, not the meeting’s start', () => {
    assert.equal(MEETING_DA.event.practical.arrival?.time, '18:30');
    const [answer] = conversation(MEETING_DA, 'what time do they open the doors');
    assert.match(answer!, /18[.:]30/);
  });
});

/** A day out whose bus picks up at stops named by Danish compounds, asked about in English. */
const TRIP_DA = draftKnowledge(
  [
    'Kære seniorer i Vestby Kommune',
    '',
    'Så er det tid til sommerudflugten! I år går turen til Nordby.',
    '',
    '  HVORNÅR:   Onsdag d. 9. juni 2027',
    '  HVOR:      Nordby Havn',
    '',
    'Bussen samler op her:',
    '',
    '  kl. 8.00   Rådhuspladsen i Vestby',
    '  kl. 8.20   Stationspladsen, Østby',
    '  kl. 8.40   Plejecenter Engly, Engvej 3, Sønderby',
    '',
    'Ca. kl. 10.30 er vi ved klinten ved Nordby Fyr. Kl. 12.30 spiser vi frokost på havnen.',
    '',
    'Vi forventer at være hjemme ca. kl. 17.00.',
    '',
    'Mange hilsner',
    'Ældrerådet v/ Ida Storm, tlf. 12 34 56 78',
  ].join('\n'),
  '2027-04-01',
  'udflugt-nordby',
);

describe('a stop of a day out named in English by the words of its Danish name', () => {
  it('"the town hall square" is Rådhuspladsen: its own pick-up time', () => {
    const [answer] = conversation(TRIP_DA, 'what time is the pick up at the town hall square');
    assert.match(answer!, /Rådhuspladsen[^\n]*0?8[.:]00/);
    assert.doesNotMatch(answer!, /Stationspladsen|Engly/);
  });

  it('"the station square" is Stationspladsen, not the first stop', () => {
    const [answer] = conversation(TRIP_DA, 'when does the bus leave from the station square');
    assert.match(answer!, /8[.:]20/);
    assert.doesNotMatch(answer!, /8[.:]00/);
  });

  it('"the cliffs" is the stop at the klint, not the start of the day', () => {
    const [answer] = conversation(TRIP_DA, 'when do we arrive at the cliffs');
    assert.match(answer!, /10[.:]30/);
    assert.doesNotMatch(answer!, /0?8[.:]00/);
  });
});

/** An election meeting whose questions from the floor have an item of their own. */
const DEBATE_DA = draftKnowledge(
  [
    'Til: alle interesserede i Vestby og omegn',
    '',
    'Vestby Borgerforening inviterer til valgmøde torsdag den 14. oktober 2027 kl. 19.00-21.30 i Vestby Forsamlingshus, Skolevej 4, 8000 Vestby.',
    '',
    'Program',
    '',
    '- 19.00 Velkomst v/ formand Ida Storm',
    '- 19.10 Kandidaterne præsenterer sig selv',
    '- 20.00 Pause',
    '- 20.20 Ordet er frit – spørgsmål fra salen',
    '- 21.20 Tak for i aften',
    '',
    'Venlig hilsen',
    'Vestby Borgerforening',
  ].join('\n'),
  '2027-09-01',
  'valgmoede-vestby',
);

/** An English seminar with a slot for the audience's questions. */
const SEMINAR_EN = draftKnowledge(
  [
    'Subject: Seminar on rural broadband – Thursday 14 October 2027',
    '',
    'Dear all',
    '',
    'You are invited to a seminar on Thursday 14 October 2027, 13.00-16.00, at Nordby Town Hall, Torvegade 1, 8000 Nordby.',
    'The seminar is open to staff and elected members.',
    '',
    'Programme',
    '13.00 Welcome by Ole Bak',
    '13.15 Broadband in the villages',
    '14.30 Coffee',
    '14.50 Questions from the audience',
    '15.45 Closing remarks',
    '',
    'Kind regards',
    'Ole Bak',
  ].join('\n'),
  '2027-09-01',
  'seminar-nordby',
);

describe('a part named by who takes part in it, asked when', () => {
  it('"when can the audience ask questions" of "spørgsmål fra salen": that item’s time', () => {
    const [answer] = conversation(DEBATE_DA, 'when can the audience ask questions');
    assert.match(answer!, /20[.:]20/);
    assert.doesNotMatch(answer!, /19[.:]00/);
  });

  it('"when can the audience ask questions" of "Questions from the audience": that item’s time', () => {
    const [answer] = conversation(SEMINAR_EN, 'when can the audience ask questions');
    assert.match(answer!, /14[.:]50/);
    // Who the seminar is for is still asked of the audience, not of the item.
    const [who] = conversation(SEMINAR_EN, 'who is the audience');
    assert.doesNotMatch(who!, /14[.:]50/);
  });
});

/** A residents' meeting whose untimed coffee break is a bullet among timed ones. */
const RESIDENTS_DA = draftKnowledge(
  [
    'Emne: Infomøde om vejarbejde på Egevej – tirs. 14/9 kl. 19-21',
    '',
    'Kære beboere på Egevej',
    '',
    'Hvornår: tirsdag d. 14. september 2027 kl. 19-21',
    'Hvor: Vestby Skole, kantinen, Skolevej 2, 8000 Vestby',
    '',
    'Program:',
    ' - kl. 19.00      Velkomst v/ mig',
    ' - ca. kl. 19.15  Forsyningen fortæller om ledningerne',
    ' - ca. kl. 19.45  Entreprenøren gennemgår tidsplanen',
    ' - kaffepause',
    ' - ca. kl. 20.30  Spørgsmål og snak ved kortene',
    '',
    'Venlig hilsen',
    'Ole Bak, projektleder, tlf. 12 34 56 78',
  ].join('\n'),
  '2027-09-01',
  'infomoede-egevej',
);

/** A theme day whose lunch break is timed, named in its title as a compound. */
const THEME_DA = draftKnowledge(
  [
    'Emne: Temadag om trivsel, torsdag den 7. oktober 2027 kl. 9.00-15.00',
    '',
    'Kære kolleger',
    '',
    'Vi holder temadag torsdag den 7. oktober 2027 kl. 9.00-15.00 i Nordby Kulturhus, Havnegade 1, 8000 Nordby.',
    '',
    'PROGRAM',
    '9.00   Morgenkaffe',
    '9.30   Trivsel i hverdagen v/ Ida Storm',
    '12.00  Frokostpause',
    '12.45  Gruppearbejde om arbejdsmiljø',
    '14.30  Opsamling',
    '',
    'Venlig hilsen',
    'Ole Bak',
  ].join('\n'),
  '2027-09-01',
  'temadag-nordby',
);

describe('what comes after a break named by part of its compound', () => {
  it('"og efter pausen?" of an untimed "kaffepause": the next item, without saying the letter lacks the break', () => {
    const [, after] = conversation(RESIDENTS_DA, 'hvad sker der kl 19.45', 'og efter pausen?');
    assert.match(after!, /20\.30/);
    assert.doesNotMatch(after!, /siger ikke noget om/);
  });

  it('"hvad sker der efter pausen" of a timed "Frokostpause": the item after it', () => {
    const [after] = conversation(THEME_DA, 'hvad sker der efter pausen');
    assert.match(after!, /12\.45/);
    assert.doesNotMatch(after!, /siger ikke noget om/);
  });
});

describe('coming late to a place of the day, said with a time', () => {
  it('"jeg kan ikke nå rådhuspladsen før 8.10": the stops from then on, not "the letter does not say"', () => {
    const [answer] = conversation(TRIP_DA, 'jeg kan ikke nå rådhuspladsen før ca 8.10');
    assert.match(answer!, /8\.20[^\n]*Stationspladsen/);
    assert.doesNotMatch(answer!, /står der ikke noget om/);
  });

  it('"jeg når først kulturhuset kl 9.45": what is left of the theme day', () => {
    const [answer] = conversation(THEME_DA, 'jeg når først kulturhuset kl 9.45');
    assert.match(answer!, /12\.00/);
    assert.doesNotMatch(answer!, /står der ikke noget om/);
  });
});

/** An open house whose two tours are told in paragraphs under headings of their own; only the headings name the tour. */
const OPEN_HOUSE_DA = draftKnowledge(
  [
    'Kom til åbent hus på Vestby Vandværk!',
    '',
    'Lørdag den 24. april 2027 kl. 10–14',
    'Vestby Vandværk, Åvej 3, 8000 Vestby',
    '',
    'Kære borger',
    '',
    'Efter et års byggeri er det nye vandværk klar, og vi inviterer dig indenfor til åbent hus.',
    '',
    'Rundvisninger på grunden',
    'Vores medarbejdere viser rundt på hele grunden kl. 10.30, 11.30, 12.30 og 13.30. Turen tager ca. 30 minutter.',
    '',
    'Rundvisning i filterhallen',
    'Vil du se helt tæt på, hvordan vandet bliver renset i den nye filterhal? Driftsleder Ole Bak viser rundt kl. 11.00 og kl. 13.00.',
    '',
    'Bål for børnene',
    'Spejderne tænder bål ved søen, og kl. 12.00 kan børnene bage snobrød over bålet sammen med dem.',
    '',
    'Venlig hilsen',
    'Vestby Vand',
  ].join('\n'),
  '2027-04-01',
  'aabent-hus-vestby',
);

/** An English garden day whose tours are told the same way. */
const GARDEN_EN = draftKnowledge(
  [
    'Open day at Nordby Gardens',
    '',
    'Saturday 24 April 2027, 10.00-16.00',
    'Nordby Gardens, Parkvej 1, 8000 Nordby',
    '',
    'Dear neighbours',
    '',
    'Tours of the rose garden',
    'Our gardeners will show you round the whole rose garden at 10.30, 12.30 and 14.30. Each walk takes about an hour.',
    '',
    'Greenhouse tour',
    'Want to see how we grow the plants for the parks of the town? Head gardener Ida Storm takes you round at 11.00 and 15.00.',
    '',
    'Soup in the orangery',
    'Everyone who comes is welcome to a bowl of soup from the kitchen garden, served in the orangery at 12.00.',
    '',
    'Kind regards',
    'Nordby Parks',
  ].join('\n'),
  '2027-04-01',
  'open-day-nordby',
);

describe('a part told in a paragraph under its own heading', () => {
  it('"er rundvisningen i hallen kl 12?": checked against the hall’s tour, named only by its heading', () => {
    const [answer] = conversation(OPEN_HOUSE_DA, 'er rundvisningen i hallen kl 12?');
    assert.match(answer!, /^Nej/);
    assert.match(answer!, /11\.00 og kl\. 13\.00/);
    assert.doesNotMatch(answer!, /10\.30/);
  });

  it('"is the greenhouse tour at 12?": checked against the greenhouse’s tour', () => {
    const [answer] = conversation(GARDEN_EN, 'is the greenhouse tour at 12?');
    assert.match(answer!, /^No/);
    assert.match(answer!, /11\.00 and 15\.00/);
    assert.doesNotMatch(answer!, /10\.30/);
  });
});

describe('parts told in paragraphs under headings are the programme, each at its own times', () => {
  it('each heading titles its part, with its first time and who leads it; a sentence counting time before the day is none', () => {
    for (const [knowledge, lang] of [
      [OPEN_HOUSE_DA, 'da'],
      [GARDEN_EN, 'en'],
    ] as const) {
      const items = knowledge.event.programme.map((item) => [item.title[lang], item.start, item.by?.[lang]]);
      assert.deepEqual(items, [
        [lang === 'da' ? 'Rundvisninger på grunden' : 'Tours of the rose garden', '10:30', undefined],
        [lang === 'da' ? 'Rundvisning i filterhallen' : 'Greenhouse tour', '11:00', lang === 'da' ? 'Ole Bak' : 'Ida Storm'],
        [lang === 'da' ? 'Bål for børnene' : 'Soup in the orangery', '12:00', undefined],
      ]);
    }
  });

  it('a part held again and again: all its times, in either language', () => {
    const [da] = conversation(OPEN_HOUSE_DA, 'hvornår er der rundvisning på grunden');
    assert.match(da!, /10\.30, 11\.30, 12\.30 og 13\.30/);
    const [en] = conversation(GARDEN_EN, 'when are the rose garden tours');
    assert.match(en!, /10\.30, 12\.30 and 14\.30/);
    // Asked at one of its later times, it is held then.
    const [yes] = conversation(OPEN_HOUSE_DA, 'er der rundvisning på grunden kl 12.30?');
    assert.match(yes!, /^Ja/);
  });
});

describe('coming late to a day whose parts are held again and again', () => {
  it('the next time of a part that began before one comes is still to come', () => {
    const [da] = conversation(OPEN_HOUSE_DA, 'jeg kommer først kl 11.15');
    assert.match(da!, /11\.30[^\n]*Rundvisninger på grunden/);
    assert.match(da!, /Rundvisning i filterhallen/);
    const [en] = conversation(GARDEN_EN, "we'll probably get there around 12.15");
    assert.match(en!, /12:30[^\n]*Tours of the rose garden/);
    assert.match(en!, /15:00[^\n]*Greenhouse tour/);
  });
});

/** A staff party whose Danish title is one compound, asked about in English by its parts. */
const PARTY_DA = draftKnowledge(
  [
    'Emne: Personalefesten 2027',
    '',
    'Kære alle',
    '',
    'Så er det tid til årets personalefest for alle medarbejdere i Vestby Kommune. Festen holdes fredag den 3. september 2027 kl. 18.00 i Vestby Hallen, Skolevej 1, 8000 Vestby.',
    '',
    'Venlig hilsen',
    'Festudvalget v/ Ida Storm',
  ].join('\n'),
  '2027-08-01',
  'personalefest-vestby',
);

describe('the meeting named in English by the parts of its Danish compound title', () => {
  it('"when is the staff run" of a "Personaleløb": the meeting’s own day', () => {
    const race = draftKnowledge(
      [
        '# Personaleløbet 2027 – løb eller gå med dine kolleger',
        '',
        '**Onsdag d. 12/5-2027 kl. 16.30 ved Vestby Stadion**',
        '',
        'Kære alle',
        '',
        'Så er det igen tid til det årlige personaleløb for alle medarbejdere i Vestby Kommune! Det er gratis at deltage.',
        '',
        'Venlig hilsen',
        'Personaleforeningen',
      ].join('\n'),
      '2027-04-01',
      'personaleloeb-vestby',
    );
    const [answer] = conversation(race, 'when is the staff run');
    assert.match(answer!, /12 May/);
  });

  it('"when is the staff party" of a "Personalefest": the meeting’s own day', () => {
    const [answer] = conversation(PARTY_DA, 'when is the staff party');
    assert.match(answer!, /3\.? [Ss]eptember/);
  });
});

/** A numbered agenda with its break on a short line of its own between two items, numbered by nothing. */
const AGENDA_DA = draftKnowledge(
  [
    'Kære borgmestre',
    '',
    'Vi inviterer til politisk møde torsdag den 23. september 2027 kl. 10.00-13.00 på Vestby Rådhus, Torvet 1, 8000 Vestby.',
    '',
    'Dagsorden',
    '',
    '1.  Velkomst og indledning (kl. 10.00-10.10)',
    '    v/ formand Ida Storm',
    '',
    '2.  Kommunernes økonomi – status og drøftelse',
    '    (kl. 10.10-11.40)',
    '    Oplæg v/ Ole Bak, efterfulgt af drøftelse',
    '',
    '    Pause (kl. 11.40-11.55)',
    '',
    '3.  Grøn omstilling (kl. 11.55-12.55)',
    '',
    '4.  Eventuelt (kl. 12.55-13.00)',
    '',
    'Med venlig hilsen',
    'Ida Storm',
  ].join('\n'),
  '2027-09-01',
  'politisk-moede-vestby',
);

/** An English agenda whose coffee break is a short paragraph of its own. */
const AGENDA_EN = draftKnowledge(
  [
    'Dear members',
    '',
    'You are invited to the network meeting on Thursday 23 September 2027, 13.00-16.00, at Nordby Library, Parkvej 2, 8000 Nordby.',
    '',
    'Agenda',
    '',
    '1. Welcome by the chair, Ole Bak (13.00-13.10)',
    '',
    '2. News from the members and a long round of questions (13.10-14.30)',
    '',
    'Coffee break (14.30-14.50)',
    '',
    '3. Next year’s plans (14.50-15.50)',
    '',
    '4. Any other business (15.50-16.00)',
    '',
    'Kind regards',
    'Ole Bak',
  ].join('\n'),
  '2027-09-01',
  'network-meeting-nordby',
);

describe('a break on a short line of its own', () => {
  it('in a numbered agenda, "(kl. 11.40-11.55)" after it: its own time, in either language', () => {
    for (const question of ['when is the break', 'hvornår er der pause']) {
      const [answer] = conversation(AGENDA_DA, question);
      assert.match(answer!, /11\.40-11\.55/);
    }
  });

  it('in an English agenda: the coffee break’s own time, not the meeting’s', () => {
    const [answer] = conversation(AGENDA_EN, 'when is the coffee break');
    assert.match(answer!, /14[.:]30/);
    assert.doesNotMatch(answer!, /13[.:]00/);
  });
});

/** An AGM with a reception after it, whose length the letter does not give. */
const AGM_EN = draftKnowledge(
  [
    'Subject: AGM 2027 of the Nordby Planning Society',
    '',
    'Dear members',
    '',
    'The Annual General Meeting of the Nordby Planning Society is held on Thursday 10 June 2027, 14.30-17.00, at Nordby University, Building C, Parkvej 5, 8000 Nordby.',
    '',
    'After the AGM, at 17.15, the Board invites all participants to a reception in the Atrium of Building C with light food and drinks.',
    '',
    'Kind regards',
    'Ole Bak, chair',
  ].join('\n'),
  '2027-05-01',
  'agm-nordby',
);

/** A Danish AGM with a reception after it, said the same way. */
const AGM_DA = draftKnowledge(
  [
    'Emne: Generalforsamling 2027 i Vestby Grundejerforening',
    '',
    'Kære medlemmer',
    '',
    'Der indkaldes til ordinær generalforsamling i Vestby Grundejerforening torsdag den 10. juni 2027 kl. 19.00-21.00 i Vestby Forsamlingshus, Skolevej 4, 8000 Vestby.',
    '',
    'Efter generalforsamlingen, kl. 21.15, inviterer bestyrelsen til en reception i salen med vin og snacks.',
    '',
    'Med venlig hilsen',
    'Ida Storm, formand',
  ].join('\n'),
  '2027-05-01',
  'generalforsamling-vestby',
);

describe('how long a gathering apart from the meeting lasts, asked of "it" beside when it is', () => {
  it('English: the reception’s start, and not the meeting’s length as the reception’s', () => {
    const [answer] = conversation(AGM_EN, 'when does the reception start and how long does it go on');
    assert.match(answer!, /17\.15/);
    assert.doesNotMatch(answer!, /2 hours|lasts/);
  });

  it('Danish: the reception’s start, and not the meeting’s length as the reception’s', () => {
    const [answer] = conversation(AGM_DA, 'hvornår starter receptionen og hvor længe varer den');
    assert.match(answer!, /21\.15/);
    assert.doesNotMatch(answer!, /2 timer|varer/);
  });
});
