import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgrammeItem } from '../../src/event/model';
import { SESSIONS_DA, SESSIONS_EN } from '../helpers/sessionLetters';
import { draftOf } from '../helpers/drafts';

/** Letters written for these tests, each with one shape of programme; each must give a valid draft. */
const imported = (lines: readonly string[], today?: string) => draftOf(lines, today).event;

const text = (value: { da?: string; en?: string } | undefined): string | undefined => value?.da ?? value?.en;
const titles = (items: ProgrammeItem[]): Array<string | undefined> => items.map((item) => text(item.title));

describe('a numbered agenda with lines under its items', () => {
  it('a statutory agenda under "DAGSORDEN (note)": numbers, descriptions, lettered proposals and bulleted candidates', () => {
    const event = imported([
      'Indkaldelse til ordinær generalforsamling i Grundejerforeningen Bakken',
      '',
      'Tirsdag den 20. april 2027 kl. 19.00 i Beboerhuset, Tranevej 12, 4293 Østerlund.',
      '',
      'Det reviderede regnskab er vedhæftet, og vi håber at se rigtig mange af jer til en god aften i foreningen.',
      '',
      'DAGSORDEN (jf. vedtægternes § 9)',
      '',
      '1. Valg af dirigent',
      '   Bestyrelsen foreslår advokat Jens Bak, Bakkevej 8.',
      '',
      '2. Fremlæggelse af budget og fastsættelse af kontingent for 2028',
      '   Bestyrelsen foreslår uændret kontingent på 1.450 kr. pr. parcel pr. år.',
      '',
      '3. Indkomne forslag',
      '   a) Forslag fra bestyrelsen om to vejbump på Bakkevej. Anslået pris 64.000 kr., som finansieres af vejfonden.',
      '   b) Evt. forslag fra medlemmerne.',
      '',
      '4. Valg af medlemmer til bestyrelsen',
      '   På valg er:',
      '   - Kasserer Ole Vang (modtager genvalg)',
      '   - Bestyrelsesmedlem Lone Krag (modtager ikke genvalg)',
      '',
      '5. Eventuelt',
      '',
      'FORSLAG',
      'Forslag skal være formanden i hænde senest tirsdag den 6. april 2027.',
      '',
      'Med venlig hilsen',
      'Mette Thy, formand',
    ]);
    assert.deepEqual(
      event.programme.map((item) => item.number),
      [1, 2, 3, 4, 5],
    );
    const [dirigent, budget, proposals, election] = event.programme;
    assert.equal(text(dirigent!.title), 'Valg af dirigent');
    assert.match(text(dirigent!.description) ?? '', /Jens Bak, Bakkevej 8/);
    // A line that ends short of the item's widest lines was not wrapped: the next line is what the item is about.
    assert.equal(text(budget!.title), 'Fremlæggelse af budget og fastsættelse af kontingent for 2028');
    assert.match(text(budget!.description) ?? '', /1\.450 kr\./);
    assert.deepEqual(
      titles(proposals!.items).map((title) => title?.slice(0, 2)),
      ['a)', 'b)'],
    );
    assert.match(text(proposals!.items[0]!.title) ?? '', /vejbump/);
    assert.equal(election!.items.length, 2);
    assert.match(text(election!.items[1]!.title) ?? '', /Lone Krag/);
    assert.ok(!titles(event.programme).some((title) => /FORSLAG|senest/.test(title ?? '')), 'the next section is no item');
  });

  it('an English agenda without a heading: numbered items with indented notes still make one agenda', () => {
    const event = imported([
      'Annual General Meeting of the Harbour Rowing Club',
      '',
      'Thursday 6 May 2027 at 19:00, Clubhouse, Havnevej 3, 8000 Aarhus',
      '',
      '1. Election of a chair for the meeting',
      '   The board proposes Anne Holt.',
      '2. Annual report from the board',
      '   Presented by the chair of the board.',
      '3. Election of auditor',
      '   Up for election: auditor Bent Lund (willing to stand again).',
      '4. Any other business',
      '',
      'Kind regards,',
      'The board',
    ]);
    assert.deepEqual(titles(event.programme), [
      'Election of a chair for the meeting',
      'Annual report from the board',
      'Election of auditor',
      'Any other business',
    ]);
    assert.match(text(event.programme[2]!.description) ?? '', /Bent Lund/);
  });
});

describe('a programme in Markdown tables', () => {
  it('English tables under day headings: each cell in its place, the day from the heading, "Moderator:" a leader', () => {
    const event = imported([
      '# Smart Harbours – Nordic Study Visit',
      '',
      '**14–15 September 2027 · Harbour Forum, Havnegade 12, 9000 Aalborg**',
      '',
      'Dear colleagues, we are pleased to invite you to a two-day study visit on data in the harbour.',
      '',
      '## Day 1 – Tuesday 14 September 2027',
      '',
      '| Time | Item | Speaker |',
      '|------|------|---------|',
      '| 09:00 | Registration and coffee | |',
      '| 09:30 | Welcome to the harbour | Deputy Mayor Henrik Lind |',
      '| 10:00 | Sensors on the quays | Dr Anja Sørby, Aalborg University |',
      '',
      '## Day 2 – Wednesday 15 September 2027',
      '',
      '| Time | Item | Speaker |',
      '|------|------|---------|',
      '| 09:00 | Data across borders | Kaisa Virta (City of Tampere) and Øyvind Hage (Bergen kommune) |',
      '| 13:00 | Panel: buying technology responsibly | Moderator: Mette Klit |',
      '| 14:30 | End of study visit | |',
      '',
      '## Registration',
      '',
      'Please register no later than 23 August 2027.',
    ]);
    assert.deepEqual(titles(event.programme), [
      'Registration and coffee',
      'Welcome to the harbour',
      'Sensors on the quays',
      'Data across borders',
      'Panel: buying technology responsibly',
      'End of study visit',
    ]);
    assert.deepEqual(
      event.programme.map((item) => item.date),
      ['2027-09-14', '2027-09-14', '2027-09-14', '2027-09-15', '2027-09-15', '2027-09-15'],
    );
    assert.equal(text(event.programme[1]!.by), 'Deputy Mayor Henrik Lind');
    assert.deepEqual(event.programme[3]!.people, ['Kaisa Virta', 'Øyvind Hage']);
    assert.equal(event.programme[0]!.by, undefined, 'an empty cell names nobody');
    const panel = event.programme[4]!;
    assert.match(text(panel.by) ?? '', /Mette Klit/);
    assert.equal(event.people.find((person) => person.name === 'Mette Klit')?.roles.includes('moderator'), true);
  });

  it('a Danish table with its columns in another order and a room column: the room is said about the item', () => {
    const event = imported([
      '# Temadag om klimatilpasning',
      '',
      'Torsdag den 7. oktober 2027 kl. 9.30–15.00 på Rådhuset, Torvet 1, 7100 Vejle.',
      '',
      '## Program',
      '',
      '| Punkt | Tid | Oplægsholder | Lokale |',
      '|---|---|---|---|',
      '| Kaffe og morgenbrød | 9.30 | | Kantinen |',
      '| Velkomst | 10.00 | borgmester Jens Ravn | Byrådssalen |',
      '| Skybrudssikring i praksis | 10.30 | Lise Holm, Vejle Forsyning | Byrådssalen |',
      '',
      '## Tilmelding',
      '',
      'Tilmelding senest den 20. september 2027.',
    ]);
    assert.deepEqual(
      event.programme.map((item) => [item.start, text(item.title)]),
      [
        ['09:30', 'Kaffe og morgenbrød'],
        ['10:00', 'Velkomst'],
        ['10:30', 'Skybrudssikring i praksis'],
      ],
    );
    assert.deepEqual(event.programme[1]!.people, ['Jens Ravn']);
    assert.match(text(event.programme[2]!.description) ?? '', /Lokale: Byrådssalen/);
    assert.equal(event.people.find((person) => person.name === 'Lise Holm')?.organisation?.da, 'Vejle Forsyning');
  });

  it('a table whose header names no time, item or speaker is read as before, its cells not mapped', () => {
    const event = imported([
      '# Sommerfest',
      '',
      'Fredag den 18. juni 2027 kl. 17.00 i Parken, Parkvej 2, 8000 Aarhus.',
      '',
      '| Hvad | Pris |',
      '|---|---|',
      '| Voksne | 100 kr. |',
      '| Børn | 50 kr. |',
    ]);
    assert.ok(!event.programme.some((item) => item.by !== undefined), 'no cell is taken for who leads');
  });
});

describe('day headings with dates', () => {
  it('under a "## Programme" heading, "### Day 2 – Wednesday 15 September" is a day, not a part of the programme', () => {
    const event = imported([
      '# Nordic Study Visit on Water',
      '',
      '14–15 September 2027, Harbour Forum, Havnegade 12, 9000 Aalborg',
      '',
      '## Programme',
      '',
      '### Day 1 – Tuesday 14 September 2027',
      '',
      '09:00 Registration and coffee',
      '10:00 Harbour walk',
      '',
      '### Day 2 – Wednesday 15 September 2027',
      '',
      '09:00 Workshops',
      '12:00 Lunch and goodbye',
      '',
      '## Registration',
      '',
      'Register by 23 August 2027.',
    ]);
    assert.deepEqual(
      event.programme.map((item) => [item.date, item.start, text(item.title)]),
      [
        ['2027-09-14', '09:00', 'Registration and coffee'],
        ['2027-09-14', '10:00', 'Harbour walk'],
        ['2027-09-15', '09:00', 'Workshops'],
        ['2027-09-15', '12:00', 'Lunch and goodbye'],
      ],
    );
  });

  it('a Danish day heading just above a programme that has no heading of its own dates the first day’s items too', () => {
    const event = imported([
      'Kursus i konfliktløsning for ledere',
      '',
      'Kurset holdes på Hotel Fjord, Oddervej 200, 7100 Vejle, og vi glæder os til at se jer.',
      '',
      'Torsdag den 22. april 2027',
      '10.00 Ankomst og kaffe',
      '10.30 Velkomst',
      '12.00 Frokost',
      '',
      'Torsdag den 29. april 2027',
      '09.00 Oplæg om ledelse',
      '12.00 Afslutning',
    ]);
    assert.deepEqual(
      event.programme.map((item) => item.date),
      ['2027-04-22', '2027-04-22', '2027-04-22', '2027-04-29', '2027-04-29'],
    );
  });
});

describe('approximate times in a programme', () => {
  it('"Ca. kl. 19.10 –" after an item number is the item’s start, not part of its title', () => {
    const event = imported([
      'Invitation til borgermøde om lokalplan nr. 412',
      '',
      'Torsdag den 16. september 2027 kl. 19.00–21.30 i Pakhuset, Kajgade 4, 6740 Nørresund',
      '',
      'Program (tiderne er cirka-tider)',
      '1. Kl. 19.00 – Velkomst ved formand for Plan- og Miljøudvalget Karen Bisk',
      '2. Ca. kl. 19.10 – Oplæg: Hvad indeholder lokalplanforslaget? v/ planlægger Rasmus Thor, Plan og Byg',
      '3. Ca. kl. 20.15 – Kaffepause',
      '4. Kl. 21.30 – Tak for i aften',
      '',
      'Tilmelding',
      'Det er ikke nødvendigt at tilmelde sig.',
    ]);
    assert.deepEqual(
      event.programme.map((item) => [item.number, item.start, text(item.title)]),
      [
        [1, '19:00', 'Velkomst'],
        [2, '19:10', 'Oplæg: Hvad indeholder lokalplanforslaget?'],
        [3, '20:15', 'Kaffepause'],
        [4, '21:30', 'Tak for i aften'],
      ],
    );
    assert.deepEqual(event.programme[0]!.people, ['Karen Bisk']);
  });

  it('"approx. 10:30" and "around 12.00" lines are timed items in English', () => {
    const event = imported([
      'Network meeting for climate coordinators',
      '',
      'Monday 8 March 2027, 09:00–13:00, Town Hall, Torvet 1, 7100 Vejle',
      '',
      'Programme',
      '09:00 Welcome and coffee',
      'approx. 10:30 Break',
      'around 12.00 – Lunch and goodbye',
    ]);
    assert.deepEqual(
      event.programme.map((item) => [item.start, text(item.title)]),
      [
        ['09:00', 'Welcome and coffee'],
        ['10:30', 'Break'],
        ['12:00', 'Lunch and goodbye'],
      ],
    );
  });
});

describe('who leads, on a line of its own or after the title', () => {
  it('a presenter line under a debate item is that item’s, with the person’s title and organisation', () => {
    const event = imported([
      'Invitation til kommunaldirektørmøde torsdag den 10. juni 2027 kl. 10.00 – 15.30 på Hotel Fjord, Havnegade 8, 9480 Nørreby.',
      '',
      'PROGRAM',
      '',
      'Kl. 10.00 – 10.15   Velkomst v/ formand for KKR, borgmester Anders Kjær, Nørreby Kommune',
      '',
      'Kl. 10.15 – 11.30   Debat 1: Hvem skal passe de ældre i 2035?',
      '                    Oplæg v/ Hanne Vejle, direktør for Sundhed og Omsorg, Kronhede Kommune.',
      '                    Herefter debat ved bordene og fælles opsamling.',
      '',
      'Kl. 11.30 – 12.00   Frokost',
      '',
      'TILMELDING',
      'Tilmelding senest fredag den 21. maj 2027.',
    ]);
    const debate = event.programme[1]!;
    assert.equal(text(debate.title), 'Debat 1: Hvem skal passe de ældre i 2035?');
    assert.deepEqual(debate.people, ['Hanne Vejle']);
    assert.match(text(debate.description) ?? '', /^Herefter debat ved bordene/);
    assert.match(event.people.find((person) => person.name === 'Hanne Vejle')?.title?.da ?? '', /direktør for Sundhed og Omsorg/);
    assert.equal(event.people.find((person) => person.name === 'Anders Kjær')?.title?.da, 'borgmester');
  });

  it('"Keynote by …" under an English item names who gives it; a plain sentence stays the description', () => {
    const event = imported([
      'Nordic Forum on School Data',
      '',
      'Thursday 3 June 2027, 10:00–16:00, Aarhus City Hall, Rådhuspladsen 2, 8000 Aarhus',
      '',
      'Programme',
      '',
      '10:00   Session 1: The teacher in a data-rich classroom',
      '        Keynote by Ingrid Sol, University of Bergen',
      '        Followed by questions from the floor.',
      '11:00   Coffee',
      '',
      'Registration',
      'Register by 20 May 2027.',
    ]);
    const session = event.programme[0]!;
    assert.equal(text(session.title), 'Session 1: The teacher in a data-rich classroom');
    assert.deepEqual(session.people, ['Ingrid Sol']);
    assert.equal(text(session.description), 'Followed by questions from the floor.');
  });

  it('a bulleted agenda: who leads ends where a dash brings the topic; "ved <role>, <name>" names the person', () => {
    const event = imported([
      'Invitation til informationsmøde om skolestart',
      '',
      'Tirsdag den 9. marts 2027 kl. 19.00–20.30 i skolens aula, Lindevej 12, 7400 Herning',
      '',
      'Dagsorden',
      '• Velkomst ved skolelederen, Hanne Vest',
      '• SFO Lindehuset v/ SFO-leder Birgitte Holt – åbningstider, indskrivning og opstart i SFO den 1. april 2027',
      '• Spørgsmål',
      '',
      'Tilmelding er ikke nødvendig.',
    ]);
    const [welcome, sfo] = event.programme;
    assert.equal(text(welcome!.title), 'Velkomst');
    assert.deepEqual(welcome!.people, ['Hanne Vest']);
    assert.equal(text(sfo!.title), 'SFO Lindehuset');
    assert.equal(text(sfo!.by), 'SFO-leder Birgitte Holt');
    assert.match(text(sfo!.description) ?? '', /opstart i SFO den 1\. april 2027/);
  });

  it('in English, "by the librarian, Anna Berg – opening hours" gives the person and the topic apart', () => {
    const event = imported([
      'Open evening at Vestby Library',
      '',
      'Tuesday 9 March 2027, 19:00–20:30, Vestby Library, Torvet 3, 7400 Herning',
      '',
      'Agenda',
      '- Welcome by the head librarian, Anna Berg',
      '- Library tour with Ole Dam – opening hours, loans and the makerspace',
      '- Questions',
    ]);
    const [welcome, tour] = event.programme;
    assert.equal(text(welcome!.title), 'Welcome');
    assert.deepEqual(welcome!.people, ['Anna Berg']);
    assert.equal(text(tour!.by), 'Ole Dam');
    assert.equal(text(tour!.description), 'opening hours, loans and the makerspace');
  });
});

describe('parallel sessions described below the programme, with their own host and room', () => {
  const danish = SESSIONS_DA;
  const english = SESSIONS_EN;

  it('the sessions become sub-items of the item that points below, each with its host and room', () => {
    for (const [letter, parent, first, host, room] of [
      [danish, 'Workshops', 'Workshop A: Fravær og fællesskab', 'Maja Friis', 'Eg (stueetagen)'],
      [english, 'Breakout sessions', 'Session 1: Dunes and dikes', 'Peter Lindqvist', 'C2.14'],
    ] as const) {
      const event = imported([...letter]);
      const item = event.programme.find((candidate) => text(candidate.title) === parent);
      assert.ok(item, `${parent} in ${titles(event.programme).join(' | ')}`);
      assert.equal(item.items.length, 2);
      assert.equal(text(item.items[0]!.title), first);
      assert.deepEqual(item.items[0]!.people, [host]);
      assert.equal(text(item.items[0]!.room), room);
      // The host is no contact person with the room glued to their title.
      const person = event.people.find((candidate) => candidate.name === host);
      assert.ok(person && !/Lokale|Room/.test(person.title ? JSON.stringify(person.title) : ''));
    }
  });

  it('"v." names who leads, and a role before the name ("dagens ordstyrer") is theirs', () => {
    const event = imported([...danish]);
    const welcome = event.programme.find((item) => text(item.title) === 'Velkomst');
    assert.deepEqual(welcome?.people, ['Pia Lund']);
    assert.ok(event.people.find((person) => person.name === 'Pia Lund')?.roles.includes('moderator'));
  });

  it('a bold title with who gives it after it in the same cell: the title ends with the bold', () => {
    const event = imported([...danish]);
    const talk = event.programme.find((item) => item.start === '09:20');
    assert.equal(text(talk?.title), 'Trivsel i tal');
    assert.deepEqual(talk?.people, ['Karsten Holm']);
  });
});
