import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { conversation as askInTurn, draftKnowledge } from '../helpers/knowledge';

/**
 * Calendar invitations with an agenda whose items name the responsible people by initials, explained in a legend,
 * and conference letters whose dinner is a compound's item ("Festmiddag"). Letters written for these tests.
 */

const now = DateTime.fromISO('2027-05-20T10:00:00+02:00', { setZone: true });
const conversation = (knowledge: EventKnowledge, ...turns: string[]) => askInTurn(knowledge, now, ...turns);
const answer = (knowledge: EventKnowledge, question: string) => conversation(knowledge, question)[0]!;

/** An Outlook invitation in English: the minutes of the last meeting are dated more often than the meeting itself. */
const OUTLOOK_EN = draftKnowledge(
  [
    'Subject: Vestby Care Network – Board Meeting Q2 2027',
    'When: Thursday, 10 June 2027 09:30-11:30 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.',
    'Where: Microsoft Teams meeting',
    'Organizer: Ole Bak',
    '',
    'Dear board members,',
    '',
    'The minutes from our last meeting on 11 March 2027 are attached – we will approve them under item 2.',
    '',
    'AGENDA',
    '',
    '1. Welcome (IS) – 5 min',
    '2. Approval of minutes from the meeting on 11 March 2027 (IS) – 5 min',
    '3. Budget follow-up (TL) – 20 min',
    '4. Status of the pilots (OB, TL) – 20 min',
    '5. Next meetings (OB) – 5 min',
    '   Proposed: Thursday 16 September 2027, 09:30–11:30 on Teams, and Wednesday 17 November 2027 in Nordby.',
    '',
    'Responsible persons:',
    'IS – Ida Storm, Chair of the Board, Vestby Municipality',
    'OB – Ole Bak, project manager, Vestby Care Network',
    'TL – Tove Lund, financial officer, Nordby Region',
    '',
    'Best regards,',
    'Ole Bak',
    'Project Manager',
    'Phone: +45 12 34 56 78',
    'E-mail: ole.bak@vestby.example',
  ].join('\n'),
  '2027-05-20',
  'board-q2',
);

/** The same shape in Danish: "Hvornår:" over a letter that dates the last meeting twice, a legend with "=". */
const OUTLOOK_DA = draftKnowledge(
  [
    'Emne: Styregruppemøde i Vestby Sundhedsnetværk',
    'Hvornår: torsdag 17. juni 2027 13:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.',
    'Hvor: Rådhuset, mødelokale 2 / Microsoft Teams-møde',
    '',
    'Kære alle',
    '',
    'Referatet fra sidste møde den 18. marts 2027 er vedhæftet.',
    '',
    'Dagsorden',
    '',
    '1. Godkendelse af referat fra mødet den 18. marts 2027 (AH)',
    '2. Økonomi (KB)',
    '3. Næste møde (AH, KB)',
    '',
    'AH = Anne Holt, formand, Vestby Kommune',
    'KB = Karl Berg, økonomikonsulent, Nordby Kommune',
    '',
    'Venlig hilsen',
    'Karl Berg',
    'Tlf. 87 65 43 21',
  ].join('\n'),
  '2027-05-20',
  'styregruppe-juni',
);

describe('a calendar invitation with an agenda of initials', () => {
  it('the calendar header\'s "When:" / "Hvornår:" is the meeting\'s date, not the last meeting the text dates more often', () => {
    assert.equal(OUTLOOK_EN.event.start.slice(0, 10), '2027-06-10');
    assert.equal(OUTLOOK_DA.event.start.slice(0, 10), '2027-06-17');
    assert.match(answer(OUTLOOK_EN, 'when is the meeting'), /10 June/);
    assert.match(answer(OUTLOOK_DA, 'hvornår er mødet'), /17\. juni/);
  });

  it('the legend gives the people, and each item the people its initials stand for', () => {
    const board = OUTLOOK_EN.event;
    assert.deepEqual(board.programme[2]!.people, ['Tove Lund']);
    assert.deepEqual(board.programme[3]!.people, ['Ole Bak', 'Tove Lund']);
    const ida = board.people.find((p) => p.name === 'Ida Storm');
    assert.ok(ida?.roles.includes('chair'));
    assert.equal(ida?.organisation?.en, 'Vestby Municipality');
    const danish = OUTLOOK_DA.event;
    assert.deepEqual(danish.programme[1]!.people, ['Karl Berg']);
    assert.ok(danish.people.find((p) => p.name === 'Anne Holt')?.roles.includes('chair'));
  });

  it('a single "KL – …" line is no legend', () => {
    const single = draftKnowledge(
      [
        'Kære alle',
        '',
        'Vi inviterer til møde tirsdag den 8. juni 2027 kl. 10-12 på Rådhuset, Torvet 1, 7100 Vestby.',
        '',
        'KL – Kommunernes Landsforening deltager.',
        '',
        'Venlig hilsen',
        'Ida Storm',
      ].join('\n'),
      '2027-05-20',
      'single-line',
    );
    assert.equal(
      single.event.people.some((p) => p.name.includes('Kommunernes')),
      false,
    );
  });

  it('asked by initials: who they are, who is responsible for an item, who chairs', () => {
    assert.match(answer(OUTLOOK_EN, 'who is TL'), /Tove Lund/);
    assert.match(answer(OUTLOOK_EN, 'what does OB stand for'), /Ole Bak/);
    assert.match(answer(OUTLOOK_DA, 'hvem er KB'), /Karl Berg/);
    const [, responsible] = conversation(OUTLOOK_EN, 'whats item 3 about', 'who is responsible for it');
    assert.match(responsible!, /Tove Lund/);
    assert.match(answer(OUTLOOK_EN, 'who chairs the meeting'), /Ida Storm/);
    assert.match(answer(OUTLOOK_DA, 'hvem er mødeleder'), /Anne Holt/);
  });

  it('another month\'s meeting of the same body is not this one ("the november meeting")', () => {
    const where = answer(OUTLOOK_EN, 'where in nordby is the november meeting');
    assert.doesNotMatch(where, /Teams/);
    assert.match(answer(OUTLOOK_EN, 'where is the meeting'), /Teams/);
  });

  it('"the next meeting" is read from an agenda item titled "Next meetings", "the last meeting" from the minutes', () => {
    const next = answer(OUTLOOK_EN, "when's the next meeting after this one");
    assert.match(next, /16 September/);
    assert.doesNotMatch(next, /attached/);
    assert.match(answer(OUTLOOK_EN, 'when was the last meeting'), /11 March/);
    assert.match(answer(OUTLOOK_DA, 'hvornår var sidste møde'), /18\. marts/);
  });

  it('a programme item about agreeing the next meeting gives no date for it', () => {
    const network = draftKnowledge(
      [
        'Netværksmøde for HR',
        '',
        'Torsdag den 20. maj 2027 kl. 10.00-15.00 i Kulturhuset, Torvet 2, 7100 Vestby.',
        '',
        'Program',
        '',
        '10.00 Velkomst',
        '10.15 Oplæg v/ konsulent Ida Storm',
        '14.45 Opsamling og aftale om næste netværksmøde v/ Ole Bak',
        '15.00 Tak for i dag',
        '',
        'Med venlig hilsen',
        'Ole Bak',
      ].join('\n'),
      '2027-05-01',
      'netvaerk-naeste',
    );
    assert.doesNotMatch(answer(network, 'hvornår er næste netværksmøde'), /14\.45|15\.00/);
  });
});

describe('a dinner whose item is a compound ("Festmiddag", "Konferencemiddag")', () => {
  const conference = (lines: string[], id: string) => draftKnowledge(lines.join('\n'), '2027-05-20', id);
  const DA = conference(
    [
      'Netværkskonference 2027',
      '',
      'Onsdag den 3. november – torsdag den 4. november 2027',
      'Hotel Fjordly, Strandvejen 8, 7100 Vestby',
      '',
      'PROGRAM',
      '',
      'Dag 1 – onsdag den 3. november',
      '9.00 Registrering og kaffe',
      '12.30 Frokost',
      '13.30 Oplæg v/ Ida Storm',
      '19.00 Festmiddag (3 retter) med musik',
      '',
      'Dag 2 – torsdag den 4. november',
      '7.00 Morgenmad',
      '9.00 Workshops',
      '12.30 Frokost',
      '13.30 Konferencen slutter',
      '',
      'Tilmelding på www.vestby.example/konf senest 1. oktober.',
      '',
      'Med venlig hilsen',
      'Ole Bak',
    ],
    'konference-festmiddag',
  );
  const EN = conference(
    [
      'Nordby Network Conference 2027',
      '',
      'Wednesday 3 November – Thursday 4 November 2027',
      'Hotel Fjordly, Strandvejen 8, 7100 Vestby',
      '',
      'PROGRAMME',
      '',
      'Day 1 – Wednesday 3 November',
      '9.00 Registration and coffee',
      '12.30 Lunch',
      '19.00 Conference dinner with music',
      '',
      'Day 2 – Thursday 4 November',
      '7.00 Breakfast',
      '12.30 Lunch',
      '13.30 End of conference',
      '',
      'Register at www.nordby.example/conf by 1 October.',
      '',
      'Kind regards',
      'Ole Bak',
    ],
    'conference-dinner',
  );

  it('"when is the dinner" is the dinner, not every meal of the programme', () => {
    const da = answer(DA, 'hvornår er middagen');
    assert.match(da, /19\.00/);
    assert.doesNotMatch(da, /Frokost/);
    assert.match(answer(DA, 'er middagen torsdag aften?'), /onsdag/);
    const en = answer(EN, 'when is the dinner');
    assert.match(en, /19:00/);
    assert.doesNotMatch(en, /Lunch/);
  });

  it('"konferencemiddagen" names the dinner, not the conference', () => {
    const konference = conference(
      [
        'Konference om ældrepleje',
        '',
        'Onsdag den 3. november 2027 kl. 9.00-21.00',
        'Hotel Fjordly, Strandvejen 8, 7100 Vestby',
        '',
        'PROGRAM',
        '9.00 Velkomst',
        '12.00 Frokost',
        '19.00 Konferencemiddag',
        '',
        'Med venlig hilsen',
        'Ole Bak',
      ],
      'konference-middag',
    );
    assert.match(answer(konference, 'hvornår er konferencemiddagen'), /19\.00/);
    assert.doesNotMatch(answer(konference, 'hvornår er konferencemiddagen'), /kl\. 0?9\.00/);
  });
});
