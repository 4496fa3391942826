import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgrammeItem } from '../../src/event/model';
import { draftOf } from '../helpers/drafts';

/** Letters written for these tests: programmes as pipe tables, over two days, and agendas with papers under items. */
const imported = (lines: readonly string[]) => draftOf(lines).event;
const text = (value: { da?: string; en?: string } | undefined): string | undefined => value?.da ?? value?.en;
const byTitle = (items: ProgrammeItem[], start: string): ProgrammeItem | undefined =>
  items.find((item) => text(item.title)?.startsWith(start));

describe('a programme as a pipe table without pipes at its ends', () => {
  const event = imported([
    'Fra: Netværket for Grønne Byer <info@groennebyer.example.dk>',
    'Emne: Invitation: Bykonferencen 2027 – 14.-15. oktober i Rosenvænget',
    '',
    'Kære medlemmer',
    '',
    'Vi inviterer til vores todages konference om grønne byrum.',
    '',
    'BYKONFERENCEN 2027',
    'Torsdag den 14. oktober kl. 09.30 – fredag den 15. oktober ca. kl. 14.00',
    'Rosenvænget Kursuscenter, Rosenvænget 3, 6000 Kolding',
    '',
    'PROGRAM – DAG 1, TORSDAG DEN 14. OKTOBER',
    '',
    'Tid          | Punkt                                        | Oplægsholder',
    '-------------|----------------------------------------------|-----------------------------------',
    '09.30-10.00  | Ankomst og kaffe                             |',
    '10.00-11.00  | Keynote: "Byen efter regnen"                 | Professor Hans Birk Lauridsen, Byinstituttet',
    '11.00-12.00  | Parallelle spor (vælges ved tilmelding):     |',
    '             |  A: Grønne tage                              | Arkitekt Karla Vinge Holm, Tagværket',
    '             |  B: Regnbede i villavejen                    | Projektleder Svend Ager, Vestby Kommune',
    '12.00-13.00  | Frokost                                      |',
    '13.00-14.00  | Paneldebat: "Hvem betaler?"                  | Ordstyrer: journalist Tove Lund',
    '',
    'I paneldebatten deltager bl.a. to borgmestre.',
    '',
    'PROGRAM – DAG 2, FREDAG DEN 15. OKTOBER',
    '',
    '09.00  Godmorgen og opsamling – Hans Birk Lauridsen',
    '09.30  "Lokalplaner og regnvand" – advokat Mille Sand Kragh, partner, Sand & Co',
    '10.30  Workshop ved bordene – faciliteret af Karla Vinge Holm',
    'ca. 14.00  Konferencen slutter',
    '',
    'PRIS',
    'Prisen er 3.000 kr. ekskl. moms.',
    '',
    'Med venlig hilsen',
    'Netværket for Grønne Byer',
  ]);

  it('the speaker column gives who leads each item, apart from its title', () => {
    const keynote = byTitle(event.programme, 'Keynote');
    assert.equal(text(keynote?.title), 'Keynote: "Byen efter regnen"');
    assert.match(text(keynote?.by) ?? '', /Hans Birk Lauridsen/);
    assert.ok(keynote?.people.includes('Hans Birk Lauridsen'));
    assert.equal(text(byTitle(event.programme, 'Ankomst')?.title), 'Ankomst og kaffe');
  });

  it('a moderator labelled in the column is the moderator', () => {
    const panel = byTitle(event.programme, 'Paneldebat');
    assert.doesNotMatch(text(panel?.title) ?? '', /Tove Lund/);
    assert.ok(panel?.people.includes('Tove Lund'));
    assert.ok(event.people.find((person) => person.name === 'Tove Lund')?.roles.includes('moderator'));
  });

  it('rows without a time under an item ending in a colon are its sessions, each with who leads it', () => {
    const tracks = byTitle(event.programme, 'Parallelle spor');
    assert.deepEqual(
      tracks?.items.map((item) => text(item.title)),
      ['A: Grønne tage', 'B: Regnbede i villavejen'],
    );
    assert.match(text(tracks?.items[1]?.by) ?? '', /Svend Ager/);
    assert.equal(byTitle(event.programme, 'A: Grønne'), undefined);
  });

  it('the second day, after a paragraph, is read under its own heading, with who leads after a dash and a role', () => {
    const day2 = event.programme.filter((item) => item.date === '2027-10-15');
    assert.equal(text(day2[0]?.title), 'Godmorgen og opsamling');
    const law = byTitle(day2, '"Lokalplaner');
    assert.equal(text(law?.title), '"Lokalplaner og regnvand"');
    assert.match(text(law?.by) ?? '', /^advokat Mille Sand Kragh/);
    assert.equal(text(byTitle(day2, 'Workshop')?.by), 'Karla Vinge Holm');
    assert.ok(event.programme.filter((item) => item.date === '2027-10-14').length >= 5);
  });
});

describe('a Markdown table with a two-word speaker column and parallel tracks', () => {
  const event = imported([
    '# Invitation: Data Day 2027',
    '',
    'We invite architects to **Data Day 2027** on **Thursday 22 April 2027 from 09.00 to 16.00** at Rosenvænget House, Rosenvænget 12, 7800 Skive.',
    '',
    '## Programme',
    '',
    '| Time        | Item                                              | Speaker / facilitator |',
    '|-------------|---------------------------------------------------|-----------------------|',
    '| 09.00–09.30 | Registration and coffee                           | |',
    '| 09.30–09.45 | Welcome                                           | Hans Ravnholt, Head of Data, Rosenvænget |',
    '| 12.45–14.30 | Track A: Integration (room Ege, 3rd floor)        | Lise Marker, Architect |',
    '|             | Track B: Cloud security (room Bøg, 2nd floor)     | Ole Strand, Architect |',
    '| 14.30–16.00 | Plenary                                           | Hans Ravnholt |',
    '',
    'Kind regards',
    'Hans Ravnholt',
  ]);

  it('"Speaker / facilitator" is a column of who leads', () => {
    const welcome = byTitle(event.programme, 'Welcome');
    assert.equal(text(welcome?.title), 'Welcome');
    assert.match(text(welcome?.by) ?? '', /Hans Ravnholt/);
  });

  it('a row without a time beside a track runs at the same time, and a room in brackets is its room', () => {
    const a = byTitle(event.programme, 'Track A');
    const b = byTitle(event.programme, 'Track B');
    assert.equal(text(b?.title), 'Track B: Cloud security');
    assert.equal(text(b?.room), 'Bøg, 2nd floor');
    assert.equal(text(a?.room), 'Ege, 3rd floor');
    assert.equal(b?.start, '12:45');
    assert.equal(b?.end, '14:30');
    assert.match(text(b?.by) ?? '', /Ole Strand/);
  });
});

describe('an agenda with papers listed under its items', () => {
  it('"Bilag 3.1: …" under an item is what the item has, not part of its title', () => {
    const event = imported([
      'Rosenvænget Kommune',
      'Mødeindkaldelse til Byudvalget',
      '',
      'Mødedato: Onsdag 8. september 2027',
      'Tidspunkt: Kl. 15.30 – 18.00',
      'Mødested: Rådhuset, Torvet 1, 8654 Rosenvænget',
      '',
      'DAGSORDEN',
      '',
      '1.  Godkendelse af dagsorden',
      '    v/ formand Hans Holm',
      '',
      '2.  Budgetopfølgning pr. 30. juni 2027 – Byudvalgets område',
      '    Bilag 2.1: Budgetopfølgning 2. kvartal',
      '    v/ økonomikonsulent Lise Krog',
      '    Til orientering.',
      '',
      '3.  Ansøgning om tilskud til sti Nordby – Sønderby',
      '    Bilag 3.1: Projektbeskrivelse og overslag',
      '    v/ projektleder Ole Dam',
      '    Til beslutning.',
      '',
      'Med venlig hilsen',
      'Lise Krog',
    ]);
    const [, budget, path] = event.programme;
    assert.equal(text(budget?.title), 'Budgetopfølgning pr. 30. juni 2027 – Byudvalgets område');
    assert.match(text(budget?.description) ?? '', /Bilag 2\.1: Budgetopfølgning 2\. kvartal/);
    assert.equal(text(path?.title), 'Ansøgning om tilskud til sti Nordby – Sønderby');
    assert.equal(text(path?.by), 'projektleder Ole Dam');
    assert.deepEqual(path?.people, ['Ole Dam']);
  });
});

describe('a venue line that names the room before the building', () => {
  it('"Mødested: Mødelokale "Ådalen" (lok. 3.05), Vestby Rådhus, …" gives the room and the building apart', () => {
    const event = imported([
      'Vestby Kommune',
      'Mødeindkaldelse til Kulturudvalget',
      '',
      'Mødedato:   Tirsdag 12. oktober 2027',
      'Tidspunkt:  Kl. 16.00 – 18.00',
      'Mødested:   Mødelokale "Ådalen" (lok. 3.05), Vestby Rådhus, Torvet 2, 8000 Vestby',
      '',
      'DAGSORDEN',
      '',
      '1.  Godkendelse af dagsorden',
      '2.  Meddelelser',
      '3.  Eventuelt',
      '',
      'Med venlig hilsen',
      'Hans Holm',
    ]);
    assert.equal(text(event.venue.name), 'Vestby Rådhus');
    assert.equal(text(event.venue.room), 'Mødelokale "Ådalen" (lok. 3.05)');
  });
});
