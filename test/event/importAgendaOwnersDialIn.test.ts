import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf } from '../helpers/drafts';

/**
 * A calendar invitation's agenda that names each item's owner in brackets, and the Teams block under it whose dial-in
 * line ("Or call in … +45 …,,123#", "Phone Conference ID") is a number to join by, not a person to contact.
 */

const LETTER = [
  'Subject: Vestby Fjernvarme – board meeting #3',
  'When: Tuesday 8 December 2026 13:00-14:30',
  'Where: Room 2.01 "Bølgen", Vestby Fjernvarme, Åvej 4, 7100 Vestby',
  '',
  'Hi all,',
  '',
  'Agenda',
  '1. 13:00-13:15  Welcome and minutes (Ida Storm Berg)',
  '2. 13:15-13:50  Heat pump tender (Ole Bak)',
  '3. 13:50-14:30  Accounts for the third quarter (Rikke Sand Holm)',
  '',
  'Best regards',
  'Ida Storm Berg',
  'Chair | Vestby Fjernvarme',
  '+45 20 30 40 50 | isb@vestby-fjernvarme.example',
  '',
  '________________________________________________________________________________',
  'Microsoft Teams meeting',
  'Join on your computer, mobile app or room device',
  'Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Vx7%40thread.v2/0>',
  'Meeting ID: 123 456 789 012',
  'Passcode: Ab12Cd',
  'Download Teams | Join on the web',
  'Or call in (audio only)',
  '+45 32 11 22 33,,123456789#   Denmark, Aarhus',
  'Phone Conference ID: 123 456 789#',
  'Find a local number | Reset PIN',
  '________________________________________________________________________________',
];

describe('an agenda with owners in brackets and a Teams dial-in block', () => {
  const event = draftOf(LETTER).result.event;
  it('reads the bracketed name as the item owner, not part of its title', () => {
    const items = event.programme ?? [];
    const tender = items.find((item) => item.title.startsWith('Heat pump tender'));
    assert.equal(tender?.title, 'Heat pump tender');
    assert.equal(tender?.by, 'Ole Bak');
    assert.equal(items.find((item) => item.title.startsWith('Accounts'))?.by, 'Rikke Sand Holm');
  });
  it('takes no one from the dial-in line as a contact', () => {
    const names = (event.people ?? []).map((p) => p.name);
    assert.ok(!names.some((name) => /Aarhus|Phone/.test(name)), names.join(', '));
    const contacts = (event.people ?? []).filter((p) => p.roles?.includes('contact'));
    assert.ok(
      contacts.every((p) => p.name === 'Ida Storm Berg'),
      contacts.map((p) => p.name).join(', '),
    );
  });
  it('keeps a single capitalised bracket in a title as the title', () => {
    const single = draftOf([
      'Kære alle',
      '',
      'Vi holder temadag tirsdag den 8. december 2026 kl. 10.00-12.00 på Vestby Rådhus, Torvet 1, 7100 Vestby.',
      '',
      'Program',
      '10.00  Velkomst v/ Ida Storm',
      '10.30  Status på projektet (Grøn Omstilling)',
      '11.00  Frokost',
    ]).result.event;
    assert.ok((single.programme ?? []).some((item) => item.title === 'Status på projektet (Grøn Omstilling)'));
  });
});

describe('a venue named after a colon in a chatty sentence', () => {
  it('takes the short name after the colon, not the sentence before it', () => {
    const event = draftOf([
      '# Sommerfest 2026',
      '',
      'Hej alle!',
      '',
      'Årets sommerfest i Vestby Revision holdes **fredag den 11. december 2026 kl. 18.00** og vi har fundet et super sted i år: **Kroen ved Åen, Åvej 2, 7100 Vestby** 🌞',
      '',
      'Kh. festudvalget',
    ]).result.event;
    assert.equal(event.venue?.name, 'Kroen ved Åen');
  });
});

describe('practical facts under Markdown headings', () => {
  const event = draftOf([
    '# Sommerfest 2026',
    '',
    'Hej alle! Vi holder sommerfest fredag den 11. december 2026 kl. 18.00 på Kroen ved Åen, Åvej 2, 7100 Vestby.',
    '',
    '## Dresscode 👔',
    'Hvidt tøj og stråhat ☀️',
    '',
    '## Hjem igen 🏠',
    'Bussen kører tilbage til Torvet kl. 23.15 og kl. 00.45.',
    '',
    'Kh. festudvalget',
  ]).result.event;
  it("a topic's heading takes the line under it", () => {
    assert.match(JSON.stringify(event.practical?.dressCode ?? {}), /stråhat/);
  });
  it('"Bussen" is about the bus', () => {
    assert.match(JSON.stringify(event.practical?.transport ?? {}), /00\.45/);
  });
});

describe("a contact's phone right after the name", () => {
  it('is the phone, not a title', () => {
    const event = draftOf([
      'Hej alle! Vi holder sommerfest fredag den 11. december 2026 kl. 18.00 på Kroen ved Åen, Åvej 2, 7100 Vestby.',
      '',
      'Kh. festudvalget',
      '(spørgsmål → Ida Storm Berg, 23 45 67 80)',
    ]).result.event;
    const ida = (event.people ?? []).find((p) => p.name === 'Ida Storm Berg');
    assert.equal(ida?.phone, '23 45 67 80');
    assert.equal(ida?.title, undefined);
  });
});

describe('a meeting point in brackets in a programme line', () => {
  it('"ved" inside "(mødested: …)" says where, not who leads', () => {
    const event = draftOf([
      'Kære borgere',
      '',
      'Vi holder borgermøde tirsdag den 15. december 2026 kl. 19.00-21.00 på Vestbyskolen, Skolevej 4, 7100 Vestby.',
      '',
      'PROGRAM',
      '17.30  Rundvisning (mødested: P-pladsen ved Vestby Stadion)',
      '19.00  Velkomst v. formand Ida Storm Berg',
      '21.00  Tak for i aften',
    ]).result.event;
    const walk = (event.programme ?? []).find((item) => item.title.startsWith('Rundvisning'));
    assert.equal(walk?.by, undefined);
    assert.match(walk?.title ?? '', /Vestby Stadion\)$/);
    assert.ok(!(event.people ?? []).some((p) => p.name === 'Vestby Stadion'));
  });
});
