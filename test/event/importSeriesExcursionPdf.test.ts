import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgrammeItem } from '../../src/event/model';
import { draftOf } from '../helpers/drafts';
import { SERIES_EN } from '../helpers/sessionLetters';

/** Letters written for these tests: a series of sessions, a bus excursion and a letter converted from PDF. */
const imported = (lines: readonly string[], today?: string) => draftOf(lines, today).event;
const text = (value: { da?: string; en?: string } | undefined): string => value?.da ?? value?.en ?? '';
const item = (items: ProgrammeItem[] | undefined, number: number): ProgrammeItem | undefined =>
  items?.find((entry) => entry.number === number);

describe('a series of sessions on different dates', () => {
  it('a Markdown table with "#" and "Date" columns gives each session its number, date, time, title and speaker', () => {
    const event = imported(SERIES_EN);
    const programme = event.programme;
    assert.equal(programme?.length, 3);
    const second = item(programme, 2);
    assert.equal(second?.date, '2027-03-09');
    assert.equal(second?.start, '09:00');
    assert.equal(second?.end, '10:15');
    assert.equal(text(second?.title), 'Financing the transition');
    assert.match(text(second?.by), /Karl Berg/);
    assert.equal(item(programme, 3)?.date, '2027-04-13');
    assert.equal(item(programme, 1)?.start, '13:00');
    // The table's number column is no Markdown heading: the programme does not end at the table's header.
    assert.ok(!text(item(programme, 1)?.title).includes('#'));
  });

  it('a Danish table with "Nr." and "Dato" columns and a time column with a note reads the same way', () => {
    const event = imported([
      'Temamøder om klimatilpasning 2027',
      '',
      'Kære kolleger',
      '',
      'Netværket inviterer til tre temamøder online på Teams i foråret.',
      '',
      'Program',
      '',
      '| Nr. | Dato | Tid (ca.) | Emne | Oplægsholder |',
      '|-----|------|-----------|------|--------------|',
      '| 1 | Onsdag den 3. februar 2027 | 10.00-11.00 | Skybrudsplaner i praksis | Ida Storm, Vestby Kommune |',
      '| 2 | Onsdag den 3. marts 2027 | 14.00-15.00 | Hvem betaler? | Ole Bak, KL |',
      '',
      'Med venlig hilsen',
      'Ida Storm',
    ]);
    const first = item(event.programme, 1);
    assert.equal(first?.date, '2027-02-03');
    assert.equal(first?.start, '10:00');
    assert.equal(text(first?.title), 'Skybrudsplaner i praksis');
    assert.equal(item(event.programme, 2)?.date, '2027-03-03');
    assert.equal(item(event.programme, 2)?.start, '14:00');
  });
});

describe('a sign-up link for each session', () => {
  const signUpText = (lines: string[]): string => text(draftOf(lines).event.registration?.text);

  it('an English list of a link per session keeps every link in the sign-up text', () => {
    const registration = signUpText([
      '# Webinars on Water 2027',
      '',
      'Three online sessions on Zoom: Tuesday 9 February 2027, 13.00–14.00, and on 9 March and 13 April.',
      '',
      '## Registration',
      '',
      'Registration is per session – please sign up for each webinar:',
      '',
      '- Session 1 (9 February): https://water.example.org/s1',
      '- Session 2 (9 March): https://water.example.org/s2',
      '- Session 3 (13 April): https://water.example.org/s3',
      '- Session 4 (11 May): https://water.example.org/s4',
      '',
      'Registration closes 24 hours before each session.',
      '',
      'Kind regards,',
      'Ane Holt',
    ]);
    for (const n of [1, 2, 3, 4]) assert.ok(registration.includes(`https://water.example.org/s${n}`), registration);
    assert.match(registration, /24 hours before/);
  });

  it('a Danish list of links per møde does the same', () => {
    const registration = signUpText([
      'Temamøder om affald 2027',
      '',
      'Vi holder tre temamøder på Teams: tirsdag den 9. februar 2027 kl. 13.00-14.00 og igen 9. marts og 13. april.',
      '',
      'Tilmelding',
      '',
      'Du tilmelder dig hvert møde for sig:',
      '',
      '- Møde 1 (9. februar): https://affald.example.dk/m1',
      '- Møde 2 (9. marts): https://affald.example.dk/m2',
      '- Møde 3 (13. april): https://affald.example.dk/m3',
      '- Møde 4 (11. maj): https://affald.example.dk/m4',
      '',
      'Med venlig hilsen',
      'Ida Storm',
    ]);
    for (const n of [1, 2, 3, 4]) assert.ok(registration.includes(`https://affald.example.dk/m${n}`), registration);
  });
});

describe('a bus excursion: pick-up points with times, then the day in sentences', () => {
  it('a Danish trip keeps each pick-up, the later timed sentences and the return as the end', () => {
    const event = imported([
      'Kære alle pensionister i Nordby Kommune',
      '',
      'Så er det tid til Seniorrådets sommertur! I år går turen til Skagen.',
      '',
      '  HVORNÅR:   Onsdag d. 16. juni 2027',
      '  HVOR:      Skagen',
      '',
      'Bussen samler op her:',
      '',
      '  kl. 7.00   Torvet i Nordby (ved kiosken)',
      '  kl. 7.20   Kirken i Østerby',
      '  kl. 7.40   Plejehjemmet Solbakken, Skolevej 3, Vesterby',
      '',
      'Kaffe og rundstykke får vi i bussen.',
      '',
      'Ca. kl. 10.30 er vi ved Grenen. Her kan man gå ud til spidsen.',
      '',
      'Kl. 12.30 spiser vi frokost på Hotel Strand: fiskefilet med remoulade (sig det ved tilmelding, hvis du ikke spiser fisk).',
      '',
      'Vi forventer at være hjemme igen ca. kl. 19.00.',
      '',
      'PRIS: 350 kr. Betaling sker i bussen.',
      '',
      'TILMELDING senest fredag d. 28. maj til Hanne Lund på tlf. 40 11 22 33.',
      '',
      'Mange hilsner',
      'Seniorrådet i Nordby Kommune',
    ]);
    const items = event.programme ?? [];
    const at = (time: string) => items.find((entry) => entry.start === time);
    assert.match(text(at('07:00')?.title), /Torvet i Nordby/);
    assert.match(text(at('07:40')?.title), /Solbakken/);
    // The last pick-up does not last until the coach is at the sights.
    assert.equal(at('07:40')?.end, undefined);
    assert.match(text(at('10:30')?.title), /Grenen/);
    assert.match(text(at('12:30')?.title), /frokost/);
    assert.match(text(at('19:00')?.title), /hjemme/);
    assert.equal(event.start.slice(0, 10), '2027-06-16');
    assert.equal(event.end.slice(11, 16), '19:00');
    // The price and the deadline are no steps of the day.
    assert.ok(!items.some((entry) => /PRIS|TILMELDING/.test(text(entry.title))));
    // The salutation names those invited, never who organises.
    assert.ok(!(event.organisers ?? []).some((organiser) => /Kære/.test(text(organiser.name))));
  });

  it('an English coach trip reads its pick-ups, the arrival and the return the same way', () => {
    const event = imported([
      'Dear members of the Vestby Walking Club',
      '',
      'Our autumn outing goes to the Lake District.',
      '',
      'Date: Saturday 18 September 2027',
      '',
      'The coach picks up at:',
      '',
      '07.15   Vestby Station (bus stop C)',
      '07.35   Market Square, Østerby',
      '07.50   The Old School, Mill Lane 4, Norby',
      '',
      'We arrive at the visitor centre at about 10.45 and walk the lake trail.',
      '',
      'We expect to be back home at about 18.15.',
      '',
      'Please register by 1 September with Tom Hart, phone 22 33 44 55.',
      '',
      'Best regards',
      'Vestby Walking Club',
    ]);
    const items = event.programme ?? [];
    const at = (time: string) => items.find((entry) => entry.start === time);
    assert.match(text(at('07:35')?.title), /Market Square/);
    assert.match(text(at('10:45')?.title), /visitor centre/);
    assert.match(text(at('18:15')?.title), /back home/);
    assert.equal(event.end.slice(11, 16), '18:15');
    assert.ok(!items.some((entry) => /register/i.test(text(entry.title))));
  });
});

describe('the salutation is never who organises', () => {
  it('"Kære alle … i X Kommune" without a comma at the top is no letterhead', () => {
    const event = imported([
      'Kære alle frivillige i Vestby Kommune',
      '',
      'Vi inviterer til sommerfest torsdag d. 24. juni 2027 kl. 17.00-21.00 i Medborgerhuset, Torvet 2, 9990 Vestby.',
      '',
      'Tilmelding til Ida Storm på ida@vestby.example.dk senest 10. juni.',
      '',
      'Venlig hilsen',
      'Frivilligcentret i Vestby Kommune',
    ]);
    const names = [...(event.organisers ?? []), ...(event.sender ? [event.sender] : [])].map((organiser) => text(organiser.name));
    assert.ok(!names.some((name) => /Kære/.test(name)), names.join(' | '));
  });

  it('"Dear all staff at the City of Norby" is no organiser either', () => {
    const event = imported([
      'Dear all staff at the City of Norby',
      '',
      'The Health Department invites you to a lunch talk on Tuesday 9 March 2027, 12.00–13.00, in the Town Hall, Main Street 1, Norby.',
      '',
      'Kind regards',
      'The Health Department, City of Norby',
    ]);
    const names = [...(event.organisers ?? []), ...(event.sender ? [event.sender] : [])].map((organiser) => text(organiser.name));
    assert.ok(!names.some((name) => /^Dear/.test(name)), names.join(' | '));
  });
});

describe('a letter converted from PDF', () => {
  const danish = [
    'Vestby Kommune · Sundhed og Omsorg · Torvet 1 · 9990 Vestby · www.vestby.example.dk',
    '',
    'INVITATION TIL TEMADAG OM FALD',
    '',
    'Kære medarbejdere i hjemmeplejen',
    '',
    'Faldulykker er en af de hyppigste årsager til indlæggelse. Derfor inviterer vi til en tema-',
    'dag om forebyggelse, hvor vi ser på redskaber til hverdagen.',
    '',
    'Tid:      Tirsdag den 9. marts 2027 kl. 9.00-15.00',
    'Sted:     Rådhuset, Torvet 1, 9990 Vestby',
    '',
    'Program',
    '',
    'Tid       Emne                                      Oplægsholder',
    '9.00      Registrering og morgen-',
    '          mad',
    '9.30      Fald hos ældre – hvorfor                  Overlæge Ida Storm,',
    '          sker det?                                 Geriatrisk Afdeling,',
    '                                                    Vestby Sygehus',
    '10.30     Pause',
    '10.45     Træning i hjemme-                         Fysioterapeut Ole',
    '          plejen                                    Bak, Vestby Kommune',
    '',
    '',
    '__________________________________________________________________________',
    'Vestby Kommune · Sundhed og Omsorg                              Side 1 af 2',
    '',
    'Vestby Kommune · Sundhed og Omsorg · Torvet 1 · 9990 Vestby · www.vestby.example.dk',
    '',
    '12.00     Frokost',
    '13.00     Workshop: Hvad gør vi,                    Facilitatorer fra',
    '          når borgeren falder?                      Sundhedsenheden',
    '15.00     Slut',
    '',
    'Tilmelding',
    '',
    'Tilmelding via kursusportalen: www.vestby.example.dk/',
    'temadag-fald senest fredag den 19. februar 2027.',
    '',
    'Med venlig hilsen',
    'Lone Krag',
    'Sundhedsenheden',
    '',
    '__________________________________________________________________________',
    'Vestby Kommune · Sundhed og Omsorg                              Side 2 af 2',
  ];

  it('a spaced-out table over a page break keeps each item’s title and speaker apart, words made whole', () => {
    const { event, result } = draftOf(danish);
    const items = event.programme ?? [];
    const at = (time: string) => items.find((entry) => entry.start === time);
    assert.equal(text(at('09:00')?.title), 'Registrering og morgenmad');
    assert.equal(text(at('09:30')?.title), 'Fald hos ældre – hvorfor sker det?');
    assert.match(text(at('09:30')?.by), /Ida Storm, Geriatrisk Afdeling, Vestby Sygehus/);
    assert.equal(text(at('10:45')?.title), 'Træning i hjemmeplejen');
    assert.match(text(at('10:45')?.by), /Ole Bak/);
    // The rows after the page break are still the programme; the footer and letterhead are no items.
    assert.equal(text(at('13:00')?.title), 'Workshop: Hvad gør vi, når borgeren falder?');
    assert.ok(!items.some((entry) => /Side \d|Torvet 1/.test(text(entry.title))));
    assert.equal(at('15:00')?.start, '15:00');
    // A job title before the name ("Overlæge", "Fysioterapeut") is no part of it.
    const names = (event.people ?? []).map((person) => person.name);
    assert.ok(names.includes('Ida Storm') && names.includes('Ole Bak'), names.join(' | '));
    assert.ok(!names.some((name) => /Overlæge|Fysioterapeut/.test(name)), names.join(' | '));
    // A web address broken after its slash is whole again, and so is a word broken with a hyphen in the text.
    assert.equal(event.registration?.url, 'www.vestby.example.dk/temadag-fald');
    assert.match(result.event.text, /en temadag\s+om forebyggelse/);
    assert.doesNotMatch(result.event.text, /tema-/);
    assert.doesNotMatch(result.event.text, /Side 1 af 2/);
  });

  it('an English converted letter with "Time  Session  Speaker" reads the same way', () => {
    const event = imported([
      'NORDIC HEALTH NETWORK',
      '',
      'Invitation to a seminar on hospital logistics',
      '',
      'Dear colleagues,',
      '',
      'We invite you to a seminar on Thursday 6 May 2027, 10.00–14.00, at Vestby Hospital, Main Street 5,',
      '9990 Vestby. The seminar is free of charge.',
      '',
      'Programme',
      '',
      'Time      Session                                   Speaker',
      '10.00     Welcome and intro-',
      '          duction                                   Ida Storm, Director,',
      '                                                    Vestby Hospital',
      '10.30     Robots in the supply                      Professor Ole Bak,',
      '          chain                                     Aalborg University',
      '12.00     Lunch',
      '13.00     Panel: what comes                         Lise Dahl, Karl Berg',
      '          next?',
      '14.00     End of the seminar',
      '',
      'Kind regards,',
      'Ida Storm',
    ]);
    const items = event.programme ?? [];
    const at = (time: string) => items.find((entry) => entry.start === time);
    assert.equal(text(at('10:00')?.title), 'Welcome and introduction');
    assert.match(text(at('10:00')?.by), /Ida Storm, Director, Vestby Hospital/);
    assert.equal(text(at('10:30')?.title), 'Robots in the supply chain');
    assert.match(text(at('10:30')?.by), /Ole Bak, Aalborg University/);
    assert.equal(text(at('13:00')?.title), 'Panel: what comes next?');
    assert.equal(text(at('12:00')?.title), 'Lunch');
  });
});

describe('who signs for a body, after "v/"', () => {
  const signers = (lines: string[]) => imported(lines).people ?? [];

  it('"v/ A (turleder) og B (formand)" under the body’s name: both sign, with what they are', () => {
    const people = signers([
      'Kære medlemmer',
      '',
      'Vi tager på tur til Skagen onsdag d. 16. juni 2027 kl. 8.00-18.00. Mødested: Torvet 1, 9990 Vestby.',
      '',
      'Ring til Hanne på 40 11 22 33, hvis du bliver forsinket.',
      '',
      'Mange hilsner',
      'Seniorrådet i Vestby',
      'v/ Hanne Lund (turleder) og Ole Bak (formand)',
    ]);
    const hanne = people.find((person) => person.name === 'Hanne Lund');
    assert.ok(hanne, JSON.stringify(people));
    assert.equal(hanne.title ? text(hanne.title) : undefined, 'turleder');
    assert.ok(people.some((person) => person.name === 'Ole Bak'));
  });

  it('"ved A (kasserer), B (formand) og C (Park)": a remark in capitals stays where the person works', () => {
    const people = signers([
      'Kære alle',
      '',
      'Foreningen holder generalforsamling tirsdag d. 9. marts 2027 kl. 19.00 i Medborgerhuset, Torvet 2, 9990 Vestby.',
      '',
      'Venlig hilsen',
      'Bestyrelsen',
      'ved Anna Holm (kasserer), Ole Bak (formand) og Lis Dam (Park)',
    ]);
    const names = people.map((person) => person.name);
    assert.deepEqual(
      ['Anna Holm', 'Ole Bak', 'Lis Dam'].filter((name) => names.includes(name)),
      ['Anna Holm', 'Ole Bak', 'Lis Dam'],
    );
    const lis = people.find((person) => person.name === 'Lis Dam');
    assert.equal(lis?.organisation ? text(lis.organisation) : undefined, 'Park');
    const anna = people.find((person) => person.name === 'Anna Holm');
    assert.equal(anna?.title ? text(anna.title) : undefined, 'kasserer');
  });
});

describe('who moderates, with what the role is for before the name', () => {
  it('"Moderator for all sessions: …" and "Ordstyrer for hele dagen er …" name the moderator', () => {
    const english = imported([
      '# Autumn Webinars on Water 2027',
      '',
      'Three online sessions on Zoom, Wednesday 6 October 2027, 10.00–11.00 CET.',
      '',
      'Moderator for all sessions: Ole Bak, network coordinator, Nordby Water Network.',
      '',
      'Registration at https://water.example.org/register.',
    ]);
    assert.ok(english.people.find((person) => person.name === 'Ole Bak')?.roles.includes('moderator'), JSON.stringify(english.people));
    const danish = imported([
      'Temadag om klimasikring',
      '',
      'Torsdag den 4. november 2027 kl. 9.00–15.00 på Vestby Rådhus, Torvet 1, 7100 Vestby.',
      '',
      'Ordstyrer for hele dagen er Rikke Sand, journalist.',
      '',
      'Tilmelding senest 20. oktober 2027 på www.vestby.example.dk/klima.',
    ]);
    assert.ok(danish.people.find((person) => person.name === 'Rikke Sand')?.roles.includes('moderator'), JSON.stringify(danish.people));
  });
});

describe('a moderator named in a sentence, with a job title or beside another', () => {
  const base = ['Temadag om klimasikring', '', 'Torsdag den 4. november 2027 kl. 9.00–15.00 på Vestby Rådhus, Torvet 1, 7100 Vestby.', ''];
  const peopleOf = (line: string) =>
    imported([...base, line, '', 'Tilmelding senest 20. oktober 2027 på www.vestby.example.dk/klima.']).people;

  it('"Ordstyrer er journalist Rikke Sand" and "The moderator is journalist …": the title is theirs, the role too', () => {
    for (const line of ['Ordstyrer er journalist Rikke Sand.', 'The moderator is journalist Rikke Sand.']) {
      const [moderator] = peopleOf(line);
      assert.equal(moderator?.name, 'Rikke Sand', line);
      assert.deepEqual(moderator?.roles, ['moderator'], line);
      assert.equal(text(moderator?.title), 'journalist', line);
    }
  });

  it('"Ordstyrer: Rikke Sand og Ole Bak": both moderate, and "og" is nobody\'s title', () => {
    for (const line of ['Ordstyrer: Rikke Sand og Ole Bak.', 'Moderators: Rikke Sand and Ole Bak.']) {
      const people = peopleOf(line);
      assert.deepEqual(
        people.map((person) => [person.name, person.roles, person.title]),
        [
          ['Rikke Sand', ['moderator'], undefined],
          ['Ole Bak', ['moderator'], undefined],
        ],
        line,
      );
    }
  });
});

describe('a table is never the title', () => {
  it('the header row above a first dated row is not taken for the meeting’s name', () => {
    for (const header of ['| Nr. | Dato | Tid | Emne | Oplægsholder |', '| # | Date | Time | Title | Speaker |']) {
      const event = imported([
        'Webinarrække om klimatilpasning 2027',
        '',
        'Vestby Kommune inviterer til tre webinarer på Teams.',
        '',
        'Program',
        '',
        header,
        '|---|---|---|---|---|',
        '| 1 | Tirsdag den 9. februar 2027 | 13.00–14.00 | Skybrudsplaner | Ane Holt, Vestby Kommune |',
        '| 2 | Tirsdag den 9. marts 2027 | 09.00–10.00 | Kystsikring | Ole Bak, Nordby Kommune |',
      ]);
      assert.doesNotMatch(text(event.title), /Dato|Date|Oplægsholder|Speaker/, header);
      assert.equal(event.programme.length, 2, header);
    }
  });
});
