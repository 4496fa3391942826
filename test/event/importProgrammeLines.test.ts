import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent, ProgrammeItem } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * Programme lines of shapes the importer read badly: bullets that start with their time, speakers on indented lines
 * under a heading it did not know, times in brackets after a numbered item's title. Letters written for these tests.
 */
const imported = (lines: readonly string[], today = '2027-03-01') => draftOf(lines, today).event;
const text = (value: { da?: string; en?: string } | undefined): string | undefined => value?.da ?? value?.en;
const row = (item: ProgrammeItem) => [item.start, item.end, text(item.title), text(item.by)];

function answerOf(event: MeetingEvent, question: string, now = '2027-03-10T12:00:00+01:00'): { text: string; kind: string } {
  const { understanding, answer } = ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) });
  return { text: answer?.text ?? '', kind: answer?.kind ?? understanding.kind };
}

const BULLETED_DA = [
  'Fra: Ole Bak <ob@vestby.example.dk>',
  'Emne: Infomøde om ny skolevej – tirsdag 16/3 kl. 19-21',
  '',
  'Hej alle på Skovvej',
  '',
  'Vi inviterer til et informationsmøde om den nye skolevej, hvor I kan høre om planerne og stille spørgsmål.',
  '',
  'Hvornår: tirsdag d. 16. marts 2027 kl. 19-21',
  'Hvor: Vestby Skole, kantinen, Skolevej 2, 9990 Vestby',
  '',
  'Sådan ser aftenen ud:',
  '',
  ' - kl. 19.00      Velkomst og kort om projektet v/ mig',
  ' - ca. kl. 19.15  Rådgiveren fortæller om trafiksikkerhed v/ Ida Storm, trafikplanlægger',
  ' - ca. kl. 19.45  Entreprenøren gennemgår tidsplanen',
  ' - kaffepause',
  ' - ca. kl. 20.30  Spørgsmål og snak ved kortene',
  '',
  'Der er ingen tilmelding.',
  '',
  'Mange hilsner',
  '',
  'Ole Bak',
  'Projektleder, Vej & Park',
  'Vestby Kommune',
];

const BULLETED_EN = [
  'Subject: Neighbourhood meeting on the new cycle path',
  '',
  'Dear residents,',
  '',
  'We invite you to a meeting about the new cycle path along the harbour, where you can hear about the plans.',
  '',
  'When: Wednesday 17 March 2027, 18:00–20:00',
  'Where: Nordby Library, Havnevej 3, 9900 Nordby',
  '',
  'Programme',
  '',
  '• 18:00 Welcome and introduction by me',
  '• approx. 18:15 The route and the timetable – Karen Holm, project engineer',
  '• Coffee',
  '• 19:00 Questions and answers',
  '',
  'No registration is needed.',
  '',
  'Kind regards',
  '',
  'Anna Berg',
  'Project Manager, City of Nordby',
];

describe('a programme of bullets that start with their time', () => {
  it('Danish: times leave the titles, "v/ mig" is the one who signs, an untimed bullet is an item of its own', () => {
    const event = imported(BULLETED_DA);
    assert.deepEqual(event.programme.map(row), [
      ['19:00', '19:15', 'Velkomst og kort om projektet', 'Ole Bak'],
      ['19:15', '19:45', 'Rådgiveren fortæller om trafiksikkerhed', 'Ida Storm, trafikplanlægger'],
      ['19:45', undefined, 'Entreprenøren gennemgår tidsplanen', undefined],
      [undefined, undefined, 'kaffepause', undefined],
      ['20:30', '21:00', 'Spørgsmål og snak ved kortene', undefined],
    ]);
    assert.ok(event.people.find((person) => person.name === 'Ole Bak')?.roles.includes('speaker'));
  });

  it('English: a bullet mark and "approx." before the time, "by me", a dash before who speaks', () => {
    const event = imported(BULLETED_EN);
    assert.deepEqual(event.programme.map(row), [
      ['18:00', '18:15', 'Welcome and introduction', 'Anna Berg'],
      ['18:15', undefined, 'The route and the timetable', 'Karen Holm, project engineer'],
      [undefined, undefined, 'Coffee', undefined],
      ['19:00', '20:00', 'Questions and answers', undefined],
    ]);
  });

  it('questions by time and by who leads find the items', () => {
    const da = imported(BULLETED_DA);
    assert.match(answerOf(da, 'hvem byder velkommen').text, /Ole Bak/);
    assert.match(answerOf(da, 'hvad sker der kl 19.15').text, /trafiksikkerhed/);
    const en = imported(BULLETED_EN);
    assert.match(answerOf(en, 'who gives the welcome').text, /Anna Berg/);
    assert.doesNotMatch(answerOf(en, 'what is on the programme').text, /approx\.|•/);
  });
});

const SPEAKERS_EN = [
  'Subject: Invitation: Data in the public sector (22 April 2027)',
  '',
  'Dear colleague,',
  '',
  'We are pleased to invite you to a half-day seminar where practitioners and researchers share what works.',
  '',
  'WHEN:   Thursday 22 April 2027, 12.30–16.30',
  'WHERE:  Nordby Conference Centre, Havnevej 3, 9900 Nordby',
  '',
  'PROGRAMME & SPEAKERS',
  '',
  '12.30  Welcome',
  '       Mayor Torben Lund, City of Nordby',
  '',
  '12.45  The legal frame in practice',
  '       Sofie Rahbek, Partner, Rahbek Advokater',
  '',
  '       Break (13.30–13.45)',
  '',
  '13.45  Panel: Who is accountable when the algorithm is wrong?',
  '       All speakers, moderated by journalist Peter Dam',
  '',
  '16.15  Wrap-up',
  '',
  'Kind regards',
  'Nordic Data Forum',
];

const SPEAKERS_DA = [
  'Emne: Temadag om data i kommunen – 22. april 2027',
  '',
  'Kære kollega',
  '',
  'Vi inviterer til en temadag, hvor praktikere og forskere fortæller om, hvad der virker.',
  '',
  'Tid: torsdag den 22. april 2027 kl. 9.00–12.00',
  'Sted: Vestby Rådhus, Torvet 1, 9990 Vestby',
  '',
  'Program og oplægsholdere',
  '',
  '9.00   Velkomst',
  '       Borgmester Ida Storm, Vestby Kommune',
  '',
  '9.15   Data i sagsbehandlingen',
  '       Lektor Ole Bak, Aalborg Universitet',
  '',
  '10.30  Paneldebat om ansvar',
  '       Alle oplægsholdere, modereret af journalist Mette Lund',
  '',
  'Med venlig hilsen',
  'Vestby Kommune',
];

describe('timed items with who leads them on indented lines under an unusual heading', () => {
  it('English: a role before the name, "moderated by", and a break in brackets on a line of its own', () => {
    const event = imported(SPEAKERS_EN);
    assert.deepEqual(event.programme.map(row), [
      ['12:30', '12:45', 'Welcome', 'Mayor Torben Lund, City of Nordby'],
      ['12:45', '13:30', 'The legal frame in practice', 'Sofie Rahbek, Partner, Rahbek Advokater'],
      ['13:30', '13:45', 'Break', undefined],
      ['13:45', '16:15', 'Panel: Who is accountable when the algorithm is wrong?', 'All speakers, moderated by journalist Peter Dam'],
      ['16:15', '16:30', 'Wrap-up', undefined],
    ]);
    assert.ok(event.people.find((person) => person.name === 'Peter Dam')?.roles.includes('moderator'));
    assert.match(answerOf(event, 'who moderates the panel').text, /Peter Dam/);
    assert.match(answerOf(event, 'who is giving the welcome').text, /Torben Lund/);
  });

  it('Danish: "Program og oplægsholdere", a title before the name, "modereret af"', () => {
    const event = imported(SPEAKERS_DA);
    assert.deepEqual(event.programme.map(row), [
      ['09:00', '09:15', 'Velkomst', 'Borgmester Ida Storm, Vestby Kommune'],
      ['09:15', '10:30', 'Data i sagsbehandlingen', 'Lektor Ole Bak, Aalborg Universitet'],
      ['10:30', '12:00', 'Paneldebat om ansvar', 'Alle oplægsholdere, modereret af journalist Mette Lund'],
    ]);
    assert.match(answerOf(event, 'hvem byder velkommen').text, /Ida Storm/);
    assert.match(answerOf(event, 'hvem er ordstyrer på paneldebatten').text, /Mette Lund/);
  });
});

const AGENDA_DA = [
  'Invitation til politisk møde om kommunernes økonomi',
  '',
  'Kære borgmestre',
  '',
  'Vi har hermed fornøjelsen at invitere jer til politisk møde torsdag den 23. september 2027 kl. 10.00-12.00',
  'på Vestby Rådhus, Torvet 1, 9990 Vestby.',
  '',
  'Dagsorden',
  '',
  '1.  Velkomst og indledning (kl. 10.00-10.10)',
  '    v/ formand, borgmester Ida Storm, Vestby Kommune',
  '',
  '2.  Sundhedsreformen – kommunernes rolle i sundhedsrådene og det nære sundhedsvæsen',
  '    (kl. 10.10-11.00)',
  "    Oplæg v/ formand for KL's Sundheds- og Ældreudvalg, borgmester Ole Bak,",
  '    efterfulgt af drøftelse',
  '',
  '3.  Den grønne trepart – status i regionen (kl. 11.00-11.50)',
  '    Kort oplæg v/ næstformand, borgmester Mette Lund, Nordby Kommune',
  '',
  '4.  Eventuelt (kl. 11.50-12.00)',
  '',
  'Med venlig hilsen',
  'Anna Berg',
];

const AGENDA_EN = [
  'Subject: Board meeting with the mayors',
  '',
  'Dear mayors,',
  '',
  'We invite you to the autumn board meeting on Thursday 23 September 2027, 10:00–12:00, at Nordby City Hall,',
  'Havnevej 3, 9900 Nordby.',
  '',
  'Agenda',
  '',
  '1.  Welcome (10:00–10:10)',
  '    by the chair, Mayor Karen Holm',
  '',
  '2.  The economy of the municipalities after the budget agreement for 2028',
  '    (10:10–11:00)',
  '    Talk by the chair of the finance committee, Mayor Peter Dam, followed by discussion',
  '',
  '3.  Award ceremony for the green municipality of the year (11:00–11:50)',
  '    Presented by Mayor Torben Lund',
  '',
  '4.  Any other business (11:50–12:00)',
  '',
  'Kind regards',
  'Anna Berg',
];

describe('a numbered agenda with times in brackets after the titles', () => {
  it('Danish: the bracketed time, on the line or wrapped under it, is the item’s; "efterfulgt af" is no part of who', () => {
    const event = imported(AGENDA_DA, '2027-09-01');
    assert.deepEqual(
      event.programme.map((item) => [item.number, ...row(item)]),
      [
        [1, '10:00', '10:10', 'Velkomst og indledning', 'formand, borgmester Ida Storm, Vestby Kommune'],
        [
          2,
          '10:10',
          '11:00',
          'Sundhedsreformen – kommunernes rolle i sundhedsrådene og det nære sundhedsvæsen',
          "formand for KL's Sundheds- og Ældreudvalg, borgmester Ole Bak",
        ],
        [3, '11:00', '11:50', 'Den grønne trepart – status i regionen', 'næstformand, borgmester Mette Lund, Nordby Kommune'],
        [4, '11:50', '12:00', 'Eventuelt', undefined],
      ],
    );
    assert.match(text(event.programme[1]!.description) ?? '', /[Ee]fterfulgt af drøftelse/);
    assert.match(answerOf(event, 'hvem står for punkt 2', '2027-09-10T12:00:00+02:00').text, /Ole Bak/);
    assert.match(answerOf(event, 'hvad sker der kl 11', '2027-09-10T12:00:00+02:00').text, /trepart/);
    assert.match(answerOf(event, 'who talks about the green tripartite', '2027-09-10T12:00:00+02:00').text, /Mette Lund/);
  });

  it('English: "(10:10–11:00)" wrapped under the title, "followed by discussion" kept out of who speaks', () => {
    const event = imported(AGENDA_EN, '2027-09-01');
    assert.deepEqual(
      event.programme.map((item) => [item.number, ...row(item)]),
      [
        [1, '10:00', '10:10', 'Welcome', 'the chair, Mayor Karen Holm'],
        [
          2,
          '10:10',
          '11:00',
          'The economy of the municipalities after the budget agreement for 2028',
          'the chair of the finance committee, Mayor Peter Dam',
        ],
        [3, '11:00', '11:50', 'Award ceremony for the green municipality of the year', 'Mayor Torben Lund'],
        [4, '11:50', '12:00', 'Any other business', undefined],
      ],
    );
    assert.match(answerOf(event, 'who hands out the prizes', '2027-09-10T12:00:00+02:00').text, /Torben Lund/);
    assert.match(answerOf(event, 'what happens at 11:50', '2027-09-10T12:00:00+02:00').text, /Any other business/);
  });
});

describe('a table of the people who take part, outside the programme', () => {
  it('Danish: candidates with their party; a question names the party', () => {
    const event = imported(
      [
        '# Valgmøde i Vestby Forsamlingshus',
        '',
        'Kære alle',
        '',
        'Vestby Borgerforening inviterer til valgmøde, hvor du kan møde kandidaterne fra vores egen kreds.',
        '',
        '**Onsdag den 20. oktober 2027 kl. 19.00 – 21.30**',
        '**Vestby Forsamlingshus, Bygaden 1, 9990 Vestby**',
        '',
        '## Kandidaterne',
        '',
        '| Parti | Kandidat |',
        '|---|---|',
        '| Grønt Parti | Ida Storm, sygeplejerske |',
        '| Borgerlisten | Ole Bak, tømrermester |',
        '| Venstre | Mette Lund, landmand |',
        '| Radikale Venstre | Karen Holm, lærer |',
        '',
        '## Program',
        '',
        '- **19.00** Velkomst v/ formand Anna Berg',
        '- **19.05** Kandidaterne præsenterer sig selv',
        '- **20.30** Ordet er frit',
        '',
        'Venlig hilsen',
        'Anna Berg',
      ],
      '2027-10-01',
    );
    const storm = event.people.find((person) => person.name === 'Ida Storm');
    assert.equal(text(storm?.organisation), 'Grønt Parti');
    assert.equal(text(storm?.title), 'sygeplejerske');
    assert.ok(storm?.roles.includes('speaker'));
    const now = '2027-10-10T12:00:00+02:00';
    const borger = answerOf(event, 'hvem stiller op for borgerlisten', now).text;
    assert.match(borger, /Ole Bak/);
    assert.doesNotMatch(borger, /Ida Storm|Mette Lund/);
    // The party whose whole name is the word asked, not the one that has it as a part.
    const venstre = answerOf(event, 'hvem stiller op for venstre', now).text;
    assert.match(venstre, /Mette Lund/);
    assert.doesNotMatch(venstre, /Karen Holm/);
    // "party" in an English question finds the Danish letter's "Parti" column.
    const party = answerOf(event, 'which party is ole bak running for', now);
    assert.equal(party.kind, 'answer');
    assert.match(party.text, /Borgerlisten/);
    assert.deepEqual(
      event.programme.map((item) => item.start),
      ['19:00', '19:05', '20:30'],
    );
  });

  it('English: a panel table with an organisation column; a table of rooms names no one', () => {
    const event = imported([
      'Subject: Panel debate on the harbour plan',
      '',
      'Dear residents,',
      '',
      'We invite you to a panel debate on the new harbour plan on Tuesday 16 March 2027, 19:00–21:00, at Nordby',
      'Library, Havnevej 3, 9900 Nordby.',
      '',
      'THE PANEL',
      '',
      '| Name | Organisation |',
      '|---|---|',
      '| Karen Holm, engineer | Nordby Port |',
      '| Peter Dam, chair | Harbour Residents |',
      '| Torben Lund | Green Youth |',
      '',
      '| Room | Floor |',
      '|---|---|',
      '| Hall A | Ground floor |',
      '| Hall B | First floor |',
      '',
      'Kind regards',
      'Anna Berg',
    ]);
    const holm = event.people.find((person) => person.name === 'Karen Holm');
    assert.equal(text(holm?.organisation), 'Nordby Port');
    assert.ok(holm?.roles.includes('speaker'));
    assert.ok(!event.people.some((person) => /Hall/.test(person.name)));
    const green = answerOf(event, 'who is on the panel from green youth').text;
    assert.match(green, /Torben Lund/);
    assert.doesNotMatch(green, /Karen Holm/);
  });
});
