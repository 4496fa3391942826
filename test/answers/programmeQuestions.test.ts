import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { conversation as askInTurn, draftKnowledge } from '../helpers/knowledge';
import { SERIES_EN, SESSIONS_DA, SESSIONS_EN } from '../helpers/sessionLetters';

/** Questions about the programme itself: what one misses, who is on a panel, the first talk, a part by its name. */

const knowledgeOf = (letter: string, id: string): EventKnowledge => draftKnowledge(letter, '2027-02-01', id);

const now = DateTime.fromISO('2027-02-01T10:00:00+01:00', { setZone: true });

const conversation = (knowledge: EventKnowledge, ...turns: string[]) => askInTurn(knowledge, now, ...turns);

/** A morning meeting with a timed programme: a welcome, two talks, networking. */
const MORNING = knowledgeOf(
  [
    'Emne: Morgenmøde for virksomheder – onsdag 10. marts 2027 kl. 8.00-10.00',
    '',
    'Kære virksomhed',
    '',
    'Kom til morgenmøde onsdag den 10. marts 2027 kl. 8.00-10.00 i Kantinen, Industrivej 4, 7100 Vestby.',
    '',
    'PROGRAM',
    '',
    '8.00   Ankomst og kaffe',
    '8.20   Velkomst',
    '       v/ borgmester Ib Rasmussen',
    '8.30   "Robotter i den lille virksomhed"',
    '       v/ direktør Tove Lund, Lund Metal',
    '9.00   "Eksport til Tyskland – de første skridt"',
    '       v/ konsulent Ali Demir, Eksportrådet',
    '9.30   Netværk',
    '10.00  Tak for i dag',
    '',
    'Tilmelding senest 1. marts på www.vestby.example/morgen',
    '',
    'Venlig hilsen',
    'Karen Holt, Vestby Kommune, tlf. 12 34 56 78',
  ].join('\n'),
  'morgenmoede-vestby',
);

/** An online network meeting with a numbered agenda and no times of its items. */
const AGENDA = knowledgeOf(
  [
    'Subject: Network meeting, Tuesday 16 March 2027 at 13.00-14.30 (Teams)',
    '',
    'Dear all',
    '',
    'Our spring network meeting is held online on Teams on Tuesday 16 March 2027 at 13.00-14.30.',
    '',
    'Agenda:',
    '1. Welcome and news from the members',
    '2. Lessons from the new case system by Peter Holm, Nordby',
    '3. Joint procurement – status by Sara Vik',
    '4. Any other business',
    '',
    'Best regards',
    'Sara Vik, coordinator, sara@nordby.example.org',
  ].join('\n'),
  'network-meeting-nordby',
);

/** An afternoon with one talk and a panel whose members are listed under it. */
const PANEL_DA = knowledgeOf(
  [
    'Invitation til temamøde om ældreboliger',
    '',
    'Tirsdag den 9. marts 2027 kl. 13.00-16.00 i Byrådssalen, Torvet 2, 8000 Nordby',
    '',
    'Program',
    '13.00  Velkomst v/ rådmand Bo Riis',
    '13.15  Oplæg: "Fremtidens plejehjem" v/ arkitekt Lis Kirk',
    '14.00  Kaffe',
    '14.20  Paneldebat: Hvem skal bygge?',
    '       Deltagere: Bo Riis, Lis Kirk og direktør Jan Ploug, Nordby Boligselskab',
    '       Ordstyrer: journalist Tina Mørk',
    '15.30  Tak for i dag',
    '',
    'Tilmelding senest 1. marts til Eva Holm, eva@nordby.example.dk',
  ].join('\n'),
  'temamoede-nordby',
);

const PANEL_EN = knowledgeOf(
  [
    'Seminar: Cooler cities',
    '',
    'Wednesday 17 March 2027, 14:00-17:00, Town Hall, Main Street 1, 5000 Southby',
    '',
    'PROGRAMME',
    '14:00  Welcome',
    '14:15  Talk: "Heat in the city" by Dr. Karl Berg, Southby University',
    '15:00  Coffee',
    '15:20  Panel: Who pays for the trees?',
    '       Panellists: Ruth Olsen, City of Southby, and Martin Sand, Green Fund',
    '16:30  Drinks',
    '17:00  End of seminar',
    '',
    'Register by 10 March with Ida Moe, ida@southby.example.org',
  ].join('\n'),
  'seminar-southby',
);

describe('what one misses by coming late or leaving early', () => {
  it('coming late at a time: the items that start before it, not those after', () => {
    for (const question of ['jeg kan først komme kl 8.45, hvad misser jeg', 'I can only get there at 8.45, what will I miss?']) {
      const [answer] = conversation(MORNING, question);
      assert.match(answer!, /Ib Rasmussen/, question);
      assert.match(answer!, /Robotter/, question);
      assert.doesNotMatch(answer!, /Eksport/, question);
    }
  });

  it('leaving early at a time: the items from then on', () => {
    const [answer] = conversation(MORNING, 'jeg skal gå kl 9.15, hvad går jeg glip af');
    assert.match(answer!, /Netværk/);
    assert.doesNotMatch(answer!, /Robotter/);
  });

  it('coming late at no time said: the first items, in timed and untimed programmes', () => {
    const [morning] = conversation(MORNING, 'jeg kommer lidt senere pga andet møde, hvad går jeg glip af');
    assert.match(morning!, /Ankomst og kaffe/);
    for (const question of ['jeg kommer lidt senere pga andet møde, hvad går jeg glip af', "I'll be a bit late, what will I miss"]) {
      const [answer] = conversation(AGENDA, question);
      assert.match(answer!, /news from the members/, question);
      assert.doesNotMatch(answer!, /Any other business/, question);
    }
  });
});

describe('the first, second or only talk', () => {
  it('the first talk is the first item someone gives a talk at, not the arrival or the welcome', () => {
    const [answer] = conversation(MORNING, 'hvad handler det første oplæg om');
    assert.match(answer!, /Robotter/);
    assert.doesNotMatch(answer!, /Ankomst|Velkomst/);
    const [second] = conversation(MORNING, 'who gives the second talk');
    assert.match(second!, /Ali Demir/);
    assert.doesNotMatch(second!, /Tove Lund/);
    const [agenda] = conversation(AGENDA, 'what is the first talk about');
    assert.match(agenda!, /case system/);
    assert.doesNotMatch(agenda!, /news from the members/);
  });

  it('"the talk" of a programme with one talk is that talk', () => {
    const [answer] = conversation(PANEL_DA, 'hvad handler oplægget om?');
    assert.match(answer!, /Fremtidens plejehjem/);
    const [english] = conversation(PANEL_EN, 'how long is the talk');
    assert.match(english!, /Heat in the city/);
    assert.match(english!, /45 min/);
  });
});

describe('who is on a panel', () => {
  it('the panel members listed under the item, beside who chairs it', () => {
    for (const question of ['hvem er med i paneldebatten', 'hvem sidder i panelet', 'who is on the panel']) {
      const [answer] = conversation(PANEL_DA, question);
      for (const name of ['Bo Riis', 'Lis Kirk', 'Jan Ploug', 'Tina Mørk']) assert.match(answer!, new RegExp(name), question);
    }
    const [english] = conversation(PANEL_EN, 'who is on the panel');
    for (const name of ['Ruth Olsen', 'Martin Sand']) assert.match(english!, new RegExp(name));
  });
});

describe('a parallel session named by its own word and its parent', () => {
  it('who hosts it and which room, asked in one message', () => {
    const danish = knowledgeOf(SESSIONS_DA.join('\n'), 'sessions-da');
    const [answer] = conversation(danish, 'hvem er vært for fravær workshoppen og hvilket lokale');
    assert.match(answer!, /Maja Friis/);
    assert.match(answer!, /Eg/);
    assert.doesNotMatch(answer!, /Ole Brandt|Ask/);
    const english = knowledgeOf(SESSIONS_EN.join('\n'), 'sessions-en');
    const [other] = conversation(english, 'who hosts the dikes session and which room');
    assert.match(other!, /Peter Lindqvist/);
    assert.match(other!, /C2\.14/);
    assert.doesNotMatch(other!, /Anna Berg/);
  });
});

/** An evening of a talk, dinner and an AGM, with the AGM's own numbered agenda beside the timed programme. */
const ASSEMBLY_DA = knowledgeOf(
  [
    'Indkaldelse til medlemsmøde og ordinær generalforsamling',
    'torsdag den 11. marts 2027 i Foreningshuset, Skolevej 3, 8600 Østby',
    '',
    'PROGRAM',
    '  kl. 17.00   Dørene åbner',
    '  kl. 17.30   Oplæg om frivillighed v/ forsker Ane Bro',
    '  kl. 18.30   Middag',
    '  kl. 19.30   Ordinær generalforsamling',
    '  kl. 21.30   Afslutning',
    '',
    'DAGSORDEN',
    '',
    '  1.  Valg af dirigent',
    '      Bestyrelsen foreslår Per Dal',
    '  2.  Beretning',
    '  3.  Indkomne forslag',
    '      3.a  Forslag om nyt klubhus',
    '      3.b  Forslag om et seniorudvalg',
    '  4.  Fastsættelse af kontingent',
    '      Bestyrelsen foreslår 75 kr. pr. måned',
    '  5.  Valg',
    '      5.a  Valg af formand',
    '           Ulla Mose – genopstiller',
    '      5.b  Valg af 2 bestyrelsesmedlemmer',
    '           På valg er: Kim Eg – genopstiller ikke',
    '                       Rita Lund – genopstiller',
    '           Bestyrelsen indstiller: Omar Ali',
    '  6.  Eventuelt',
    '',
    'Tilmelding til middagen senest 1. marts til Ulla Mose, ulla@oestby.example.dk',
  ].join('\n'),
  'generalforsamling-oestby',
);

const ASSEMBLY_EN = knowledgeOf(
  [
    'Notice of the Annual General Meeting of the Nordic Trails Association',
    '',
    'Saturday 20 March 2027, Harbour Hall, Kaj 5, 6700 Westport',
    '',
    'PROGRAMME',
    '13.00  Registration and coffee',
    '13.30  Talk: Trails for all, by Eva Strand',
    '14.30  Annual general meeting',
    '16.30  End',
    '',
    'AGENDA OF THE AGM',
    '',
    '1. Election of chair of the meeting',
    '2. Annual report',
    '3. Motions',
    '   3a. Motion on a new logo',
    '   3b. Motion on membership fees for students',
    '4. Elections',
    '   4a. Chair: Jonas Vik (standing again)',
    '   4b. Board: Maria Holt (not standing again), Leo Berg (standing again)',
    '   The board recommends Sofie Dahl for the free seat.',
    '5. Any other business',
    '',
    'Questions to the secretary, Mia Lund, mia@trails.example.org',
  ].join('\n'),
  'agm-nordic-trails',
);

describe('a general assembly: its part of the evening, its agenda by number, its elections', () => {
  it('when the assembly is: the part of the evening it starts at, not the doors', () => {
    const [danish] = conversation(ASSEMBLY_DA, 'hvornår er generalforsamlingen');
    assert.match(danish!, /19\.30/);
    assert.doesNotMatch(danish!, /17\.00/);
    // The close of the meeting that names it ("End of seminar") is no part of it.
    const [seminar] = conversation(PANEL_EN, 'when is the seminar');
    assert.match(seminar!, /14[.:]00/);
    const [english] = conversation(ASSEMBLY_EN, 'what time does the agm start');
    assert.match(english!, /14[.:]30/);
    assert.doesNotMatch(english!, /13[.:]00/);
  });

  it("an agenda item by the letter's number and sub-letter, beside a programme numbered otherwise", () => {
    assert.match(conversation(ASSEMBLY_DA, 'hvad er pkt 3.b')[0]!, /seniorudvalg/);
    assert.doesNotMatch(conversation(ASSEMBLY_DA, 'hvad er pkt 3.b')[0]!, /klubhus/);
    assert.match(conversation(ASSEMBLY_DA, 'er det pkt 4 der handler om kontingent?')[0]!, /75 kr/);
    assert.match(conversation(ASSEMBLY_EN, 'what is item 3b')[0]!, /students/);
  });

  it('who stands for election, who does not stand again, whom the board recommends', () => {
    for (const [knowledge, question, name] of [
      [ASSEMBLY_DA, 'hvem er på valg til bestyrelsen', 'Rita Lund'],
      [ASSEMBLY_DA, 'hvem stiller ikke op igen', 'Kim Eg'],
      [ASSEMBLY_DA, 'who is running for chair', 'Ulla Mose'],
      [ASSEMBLY_DA, 'who does the board recommend for the free seat', 'Omar Ali'],
      [ASSEMBLY_EN, 'who is running for the board', 'Leo Berg'],
      [ASSEMBLY_EN, 'hvem anbefaler bestyrelsen', 'Sofie Dahl'],
    ] as const) {
      const asked = ask(question, knowledge, { now });
      assert.equal(asked.answer?.kind, 'answer', question);
      assert.match(asked.answer.text, new RegExp(name), question);
    }
  });
});

describe('what happens after a meal named inside a question of the whole programme', () => {
  it('the items after it, not the whole programme', () => {
    const [danish] = conversation(PANEL_DA, 'hvad sker der efter kaffen');
    assert.match(danish!, /Paneldebat/);
    assert.doesNotMatch(danish!, /Velkomst/);
    const [evening] = conversation(ASSEMBLY_DA, 'hvad sker der efter middagen');
    assert.match(evening!, /generalforsamling/);
    assert.doesNotMatch(evening!, /Oplæg/);
  });
});

describe('when a meeting starts whose first item is the doors opening', () => {
  it('says when the programme itself begins, beside the doors', () => {
    const [danish] = conversation(ASSEMBLY_DA, 'hvornår starter det');
    assert.match(danish!, /17\.00/);
    assert.match(danish!, /17\.30/);
    const [english] = conversation(ASSEMBLY_EN, 'what time does it start');
    assert.match(english!, /13[.:]30/);
    // A first item that is a talk of its own is where the programme begins: nothing to add.
    const [panel] = conversation(PANEL_DA, 'hvornår starter det');
    assert.doesNotMatch(panel!, /13\.15/);
  });
});

describe('when we eat', () => {
  it("is the programme's meal item, and a time asked is confirmed or corrected by it", () => {
    assert.match(conversation(ASSEMBLY_DA, 'hvornår spiser vi')[0]!, /18\.30/);
    const [check] = conversation(ASSEMBLY_DA, 'er det kl 18 vi spiser?');
    assert.match(check!, /^Nej/);
    assert.match(check!, /18\.30/);
    const english = knowledgeOf(SESSIONS_EN.join('\n'), 'sessions-en');
    assert.match(conversation(english, 'what time do we eat')[0]!, /12[.:]00/);
  });
});

const SERIES = knowledgeOf(SERIES_EN.join('\n'), 'heat-pump-webinars-2027');

const SERIES_DA = knowledgeOf(
  [
    'Webinarrække om klimatilpasning 2027',
    '',
    'Vestby Kommune inviterer til tre webinarer på Teams.',
    '',
    'Program',
    '',
    '| Nr. | Dato | Tid | Emne | Oplægsholder |',
    '|---|---|---|---|---|',
    '| 1 | Tirsdag den 9. februar 2027 | 13.00–14.00 | Skybrudsplaner | Ane Holt, Vestby Kommune |',
    '| 2 | Tirsdag den 9. marts 2027 | 09.00–10.00 | Kystsikring | Ole Bak, Nordby Kommune |',
    '| 3 | Tirsdag den 13. april 2027 | 14.00–15.00 | Grønne tage | Ida Storm, Sydby Kommune |',
    '',
    'Tilmelding til hvert webinar på www.vestby.example.dk/webinar.',
  ].join('\n'),
  'webinarraekke-vestby-2027',
);

describe('a series: its gatherings counted, and each one with its day', () => {
  it('"when is the first webinar" and "det sidste webinar" are the first and last session, with their dates', () => {
    const [first] = conversation(SERIES, 'when is the first webinar');
    assert.match(first ?? '', /9 February 2027/, first);
    assert.match(first ?? '', /13:00/, first);
    assert.doesNotMatch(first ?? '', /March|April/, first);
    const [last] = conversation(SERIES_DA, 'hvornår er det sidste webinar');
    assert.match(last ?? '', /13\. april 2027/, last);
    assert.match(last ?? '', /14\.00/, last);
  });

  it('a session asked by number is told with its day, as the time alone would not say when it is', () => {
    const [second] = conversation(SERIES_DA, 'hvornår er session 2');
    assert.match(second ?? '', /9\. marts 2027/, second);
    const [oneDay] = conversation(MORNING, 'hvornår er punkt 2');
    assert.doesNotMatch(oneDay ?? '', /2027/, 'a programme of one day needs no date beside each item');
  });
});
