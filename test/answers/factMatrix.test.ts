import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lettersAskedAt } from '../helpers/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * Practical facts, sign-up and contact that a letter states, asked as people type them in chat: each phrasing reaches
 * the letter's fact, not "I don't know" nor another sentence of the letter.
 */

const { answer, knowledgeOf } = lettersAskedAt('2027-04-01T10:00:00+02:00');

const DANISH = knowledgeOf(
  [
    'Invitation til temadag om trivsel',
    '',
    'Tid: Torsdag den 6. maj 2027 kl. 9.30-15.00',
    'Sted: Kulturhuset, Ågade 12, 7400 Herning',
    '',
    'Vi inviterer alle medarbejdere til en temadag om trivsel på arbejdspladsen.',
    '',
    'Dørene åbner kl. 9.00, og der er kaffe og rundstykker fra start.',
    '',
    'Transport: Tag bus 14 fra Herning Station og stå af ved Ågade. Der er 12 minutters gang fra stationen.',
    '',
    'Tilmelding senest fredag den 23. april 2027 på www.trivsel-herning.example.dk. Der er plads til 80 deltagere.',
    '',
    'Kan du ikke deltage alligevel, så giv besked til sekretariatet hurtigst muligt.',
    '',
    'MENUEN',
    'Kantinen serverer en klassisk sommerfrokost:',
    '- Kartoffelsalat og frikadeller',
    '- Grøn salat',
    '- Jordbær med fløde',
    '',
    'Bussen kører retur fra Kulturhuset kl. 15.15 og er hjemme ved rådhuset ca. kl. 16.00.',
    '',
    'Venlig hilsen',
    'Bodil Krogh',
    'HR-konsulent',
  ],
  'temadag-trivsel',
);

const ENGLISH = knowledgeOf(
  [
    'Invitation: Nordic seminar on rural mobility',
    '',
    'Date: Wednesday 12 May 2027, 10.00-16.00',
    'Venue: Harbour House, Kajgade 3, 5000 Odense',
    '',
    'We are pleased to invite you to a seminar on rural mobility in the Nordic countries.',
    '',
    'Getting there: Harbour House is a 15-minute walk from Odense Station, or take the tram to the stop "Kajgade".',
    '',
    'Dress code',
    'Business casual for the seminar.',
    '',
    'Registration by 30 April 2027 at www.rural-mobility.example.org. Each workshop is limited to 30 participants.',
    '',
    'Kind regards',
    'Lene Fog',
    'Programme manager',
  ],
  'rural-mobility-seminar',
);

describe('The way there, asked with the verb inflected', () => {
  for (const question of ['hvordan kommer jeg derhen', 'hvordan kommer man dertil', 'hvordan kommer vi derud']) {
    it(`"${question}" gives the letter's way there`, () => assert.match(answer(DANISH, question), /bus 14/));
  }
});

describe('A limit on places, asked as a limit', () => {
  it('"whats the max number of people" gives the number', () => assert.match(answer(ENGLISH, 'whats the max number of people'), /30/));
  it('"er der et max antal" gives the number', () => assert.match(answer(DANISH, 'er der et max antal'), /80/));
});

describe('How to cancel, asked as a how-to', () => {
  it('"how do i cancel" gives the letter\'s sentence on not coming', () =>
    assert.match(answer(DANISH, 'how do i cancel'), /sekretariatet/));
});

describe('Registration at a time of day is checking in', () => {
  for (const question of ['hvad tid er der registrering', 'hvornår er der registrering']) {
    it(`"${question}" gives when the doors open, not the sign-up deadline`, () => {
      const text = answer(DANISH, question);
      assert.match(text, /9[.:]00/);
      assert.doesNotMatch(text, /23\. april/);
    });
  }
});

describe('When to be there, asked in other words', () => {
  for (const question of ['kan man komme før', 'what time should i be there']) {
    it(`"${question}" gives when the doors open`, () => assert.match(answer(DANISH, question), /9[.:]00/));
  }
});

describe('Coming home', () => {
  for (const question of ['hvornår er vi hjemme', 'hvornaar er vi hjemme igen']) {
    it(`"${question}" gives the time home, not the end of the day`, () => assert.match(answer(DANISH, question), /16[.:]00/));
  }
});

describe('A menu introduced by a sentence ending in a colon', () => {
  it('the food fact keeps the list below it', () => assert.match(answer(DANISH, 'er der mad'), /frikadeller/));
  it('"får vi frokost" of a "sommerfrokost" gives it', () => assert.match(answer(DANISH, 'får vi frokost'), /sommerfrokost/));
});

describe('A short word asked is not the start of another word', () => {
  it('"is there a bus" of a letter with "Business casual" does not quote the dress code', () => {
    const text = answer(ENGLISH, 'is there a bus');
    assert.doesNotMatch(text, /casual/i);
    assert.match(text, /tram/);
  });
});

describe('Whom to ask, said as who knows', () => {
  for (const question of ['hvem ved mere', 'who knows']) {
    it(`"${question}" names the signatory or contact`, () => assert.match(answer(ENGLISH, question), /Lene Fog/));
  }
});

describe('The language asked with another verb', () => {
  it('"bliver det på dansk" of an English letter says no, in English', () => {
    const letter = knowledgeOf(
      [
        'Invitation: Nordic water seminar',
        '',
        'Date: Wednesday 12 May 2027, 10.00-16.00',
        'Venue: Harbour House, Kajgade 3, 5000 Odense',
        '',
        'All sessions are in English.',
        '',
        'Kind regards',
        'Lene Fog',
      ],
      'water-seminar-language',
    );
    const text = answer(letter, 'bliver det på dansk');
    assert.match(text, /^Nej/);
    assert.match(text, /English/);
  });
});

describe('Parking asked as taking the car', () => {
  it('"kan jeg tage bilen" gives the parking sentence', () => {
    const letter = knowledgeOf(
      [
        'Invitation til borgermøde om ny skolevej',
        '',
        'Tid: Tirsdag den 9. marts 2027 kl. 19.00-21.00',
        'Sted: Borgerhuset, Storegade 4, 7100 Vejle',
        '',
        'Bus: Tag bus 5 fra Vejle Station.',
        '',
        'Bil: Der er kun få p-pladser ved Borgerhuset. Brug parkeringen ved hallen.',
        '',
        'Venlig hilsen',
        'Peter Lund',
      ],
      'borgermoede-skolevej',
    );
    assert.match(answer(letter, 'kan jeg tage bilen'), /hallen/);
  });
});

describe('An arrival back is not when to come', () => {
  it('"16.30 Return to the hotel (arrival approx. 17.15)" is not the arrival fact', () => {
    const { event } = draftOf([
      'Invitation: Study visit to water utilities',
      '',
      'Date: Tuesday 20 April 2027',
      'Venue: Hotel Kysten, Kystvejen 41, 8000 Aarhus C',
      '',
      'Programme',
      '09.00 Departure by coach from the hotel',
      '09.30 Welcome at the treatment plant',
      '12.00 Lunch',
      '16.30 Return to the hotel (arrival approx. 17.15)',
      '',
      'Kind regards',
      'Henrik Aalund',
    ]);
    assert.notEqual(event.practical.arrival?.time, '16:30');
  });
});

describe('Contact details on the lines below the name', () => {
  const contact = (lines: string[]) =>
    draftOf([
      'Invitation til informationsmøde om ny skolevej',
      '',
      'Tid: Tirsdag den 9. marts 2027 kl. 19.00-21.00',
      'Sted: Borgerhuset, Storegade 4, 7100 Vejle',
      '',
      'Vi inviterer til møde om den nye skolevej.',
      '',
      ...lines,
      '',
      'Venlig hilsen',
      'Peter Lund',
      'Formand',
    ]).event.people.find((person) => person.roles.includes('contact'));
  it('under "Questions? Contact:"', () => {
    const found = contact(['Questions? Contact:', 'Karen Holm, Project Manager', 'Phone +45 22 33 44 55 | kaho@example.dk']);
    assert.equal(found?.name, 'Karen Holm');
    assert.equal(found?.email, 'kaho@example.dk');
    assert.equal(found?.phone, '+45 22 33 44 55');
  });
  it('under "Yderligere oplysninger fås hos"', () => {
    const found = contact(['Yderligere oplysninger fås hos', 'Karen Holm', 'tlf. 22 33 44 55']);
    assert.equal(found?.name, 'Karen Holm');
    assert.equal(found?.phone, '22 33 44 55');
  });
  it('under "Spørgsmål?"', () => {
    const found = contact(['Spørgsmål?', 'Karen Holm, konsulent', 'kaho@example.dk']);
    assert.equal(found?.name, 'Karen Holm');
    assert.equal(found?.email, 'kaho@example.dk');
  });
});
