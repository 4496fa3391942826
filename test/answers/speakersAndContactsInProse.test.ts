import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * Letters that name their speakers, chair and contact in running sentences, not in labelled lines: who speaks is who
 * the sentence has speak; the writer who says "ring til mig" is the contact; a speaker of another day is none.
 */

const hearing = [
  'Nordby Kommune',
  '',
  'Kære borgere i Nordby',
  '',
  'Vi inviterer til borgermøde om den nye bymidte tirsdag den 14. september 2027 kl. 19.00–21.30 i Nordby Hallen, Hallvej 3, 7100 Nordby.',
  '',
  'Mødet begynder kl. 19.00, hvor formanden for Kulturudvalget, Jens Mørup, byder velkommen. Derefter præsenterer landskabsarkitekt Pia Lykke fra Studio Grøn forslaget, og vejchef Ole Sand fortæller om trafikken. Til sidst vil de to skoleledere, Anne Krog fra Nordskolen og Peter Vang fra Sydskolen, holde et kort oplæg om skolevejene.',
  '',
  'Kaffen står Lis Bruun for, og der er kage til alle.',
  '',
  'Har du spørgsmål, er du velkommen til at ringe eller skrive til mig.',
  '',
  'Mange solrige hilsner',
  '',
  'Karen Toft',
  'Sekretær, Kulturudvalget',
  'Tlf. 41 52 63 74',
];

const seminar = [
  'Vestby University – Department of Geography',
  '',
  'Dear colleagues,',
  '',
  'We are pleased to invite you to the next Geography Seminar on Thursday 7 October 2027 from 14.15 to 16.00 in Building 12, room 204, Campusvej 5, 8000 Vestby.',
  '',
  'This time our speaker is Dr. Maria Lindqvist, who will give a talk entitled "Rivers Remembered: Floods and Memory in Northern Towns". The discussion afterwards is chaired by Associate Professor Tom Eriksen.',
  '',
  'About the speaker',
  'Maria Lindqvist is Senior Lecturer in Human Geography at the University of Umeå, where she leads a group on river towns. She has written two books on floods.',
  '',
  'The next seminar will be on 11 November, when Dr. Jonas Berg will speak about glaciers.',
  '',
  'If you have any questions, please contact the seminar organisers at geo.seminar@vestby-uni.example.org.',
  '',
  'Best wishes,',
  '',
  'Tom Eriksen and Eva Holt',
  'Organisers, Geography Seminar',
];

const offsite = [
  'Subject: Team day on Friday 15 October 2027',
  '',
  'Dear colleagues,',
  '',
  'Our team day is on Friday 15 October 2027 from 9.00 to 16.00 at Hotel Fjordly, Strandvej 2, 7100 Nordby.',
  '',
  'Our CEO Lars Holm opens the day with a look back at the year, and after that our external facilitator, Dr. Sara Winther from Brightpath Consulting, takes over and leads the workshop for the rest of the morning.',
  '',
  'If you have any questions, just reach out to me on Slack or call me on +45 22 33 44 55.',
  '',
  'Kind regards,',
  '',
  'Nina Dahl',
  'HR Partner',
  'Fjordsoft A/S',
];

const gardenParty = [
  'SOMMERFEST I HAVEFORENINGEN SOLBAKKEN',
  '',
  'Hej alle haveejere!',
  '',
  'Vi holder sommerfest lørdag den 19. juni 2027 kl. 15.00 på fællesarealet, Solbakkevej 10, 4000 Nordby.',
  '',
  'Tilmelding senest lørdag den 12. juni med sms til Hanne Lund (have 12) på 23 45 67 89 – skriv navn og hvor mange I kommer.',
  '',
  'Mange sommerhilsner',
  'Festudvalget',
  'v/ Hanne, Bo og Lise',
];

const farewell = [
  'Emne: Afsked med Karsten fredag den 25. juni',
  '',
  'Hej alle',
  '',
  'Som I ved, går Karsten Bo Nielsen på pension efter 30 år hos os, og det skal fejres.',
  'Vi mødes til kaffe fredag den 25. juni 2027 kl. 14.00 i kantinen, Rådhustorvet 1, 7100 Nordby.',
  'Karsten ved ikke noget om gaven endnu!',
  '',
  'Mvh Tine',
  'Afdelingsleder',
  'tlf. 29 38 47 56',
];

describe('speakers named in running sentences', () => {
  it('those the sentences have speak are speakers, with what and where from the letter says they are', () => {
    const { event } = draftOf(hearing, '2027-08-20');
    const speakers = event.people.filter((person) => person.roles.includes('speaker')).map((person) => person.name);
    for (const name of ['Jens Mørup', 'Pia Lykke', 'Ole Sand', 'Anne Krog', 'Peter Vang']) assert.ok(speakers.includes(name), name);
    // Who makes the coffee does not speak.
    assert.ok(!speakers.includes('Lis Bruun'));
    const pia = event.people.find((person) => person.name === 'Pia Lykke')!;
    assert.equal(pia.title?.da, 'landskabsarkitekt');
    assert.equal(pia.organisation?.da, 'Studio Grøn');
    assert.equal(event.people.find((person) => person.name === 'Anne Krog')?.organisation?.da, 'Nordskolen');
  });

  it('"hvem skal tale?" names them all', () => {
    const knowledge = draftKnowledge(hearing.join('\n'), '2027-08-20', 'borgermoede-test');
    const [answer] = conversation(knowledge, DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true }), 'hvem skal tale');
    for (const name of ['Jens Mørup', 'Pia Lykke', 'Ole Sand', 'Anne Krog', 'Peter Vang']) assert.match(answer!, new RegExp(name));
  });

  it('"our speaker is Dr. …" is the speaker; one of another day’s session is none', () => {
    const { event } = draftOf(seminar, '2027-09-20');
    const maria = event.people.find((person) => person.name === 'Maria Lindqvist');
    assert.ok(maria?.roles.includes('speaker'));
    // "Maria Lindqvist is Senior Lecturer in … at the University of Umeå": what and where she is.
    assert.equal(maria?.title?.en, 'Senior Lecturer in Human Geography');
    assert.equal(maria?.organisation?.en, 'University of Umeå');
    assert.ok(!event.people.some((person) => person.name === 'Jonas Berg' && person.roles.includes('speaker')));
    assert.ok(event.people.find((person) => person.name === 'Tom Eriksen')?.roles.includes('chair'));
  });

  it('answers who speaks, what the talk is called, where she is from, and whom to write to', () => {
    const knowledge = draftKnowledge(seminar.join('\n'), '2027-09-20', 'geo-seminar-test');
    const now = DateTime.fromISO('2027-10-01T10:00:00+02:00', { setZone: true });
    const [who] = conversation(knowledge, now, "who's speaking");
    assert.match(who!, /Maria Lindqvist/);
    assert.doesNotMatch(who!, /Jonas Berg/);
    const [title] = conversation(knowledge, now, 'what is the title of the talk');
    assert.match(title!, /Rivers Remembered/);
    const [from] = conversation(knowledge, now, 'is she from stockholm');
    assert.match(from!, /University of Umeå/);
    // The e-mail the letter gives for the organisers, though it names no contact person.
    const [contact] = conversation(knowledge, now, 'who do i contact');
    assert.match(contact!, /geo\.seminar@vestby-uni\.example\.org/);
  });

  it('"our CEO … opens the day" speaks; "our external facilitator, Dr. …" facilitates, from where the letter says', () => {
    const { event } = draftOf(offsite, '2027-09-20');
    assert.ok(event.people.find((person) => person.name === 'Lars Holm')?.roles.includes('speaker'));
    const sara = event.people.find((person) => person.name === 'Sara Winther');
    assert.ok(sara?.roles.includes('moderator'));
    assert.equal(sara?.organisation?.en, 'Brightpath Consulting');
  });
});

describe('the contact in running sentences', () => {
  it('a company under the signer ("Fjordsoft A/S") is no person; "reach out to me" makes the signer the contact', () => {
    const { event } = draftOf(offsite, '2027-09-20');
    assert.ok(!event.people.some((person) => /Fjordsoft/.test(person.name)));
    assert.ok(event.people.find((person) => person.name === 'Nina Dahl')?.roles.includes('contact'));
    const knowledge = draftKnowledge(offsite.join('\n'), '2027-09-20', 'team-day-test');
    const [answer] = conversation(
      knowledge,
      DateTime.fromISO('2027-10-01T10:00:00+02:00', { setZone: true }),
      'who do i contact if i have questions',
    );
    assert.match(answer!, /Nina Dahl/);
    assert.match(answer!, /22 33 44 55/);
  });

  it('a signature under a warm closing ("Mange solrige hilsner") is read; "ring eller skriv til mig" makes her the contact', () => {
    const { event } = draftOf(hearing, '2027-08-20');
    const karen = event.people.find((person) => person.name === 'Karen Toft');
    assert.ok(karen?.roles.includes('signatory'));
    assert.ok(karen?.roles.includes('contact'));
    assert.equal(karen?.phone, '41 52 63 74');
  });

  it('"sms til Hanne Lund … på 23 45 67 89" is whom to write to and whose number signs you up', () => {
    const knowledge = draftKnowledge(gardenParty.join('\n'), '2027-06-01', 'sommerfest-test');
    const now = DateTime.fromISO('2027-06-05T10:00:00+02:00', { setZone: true });
    const [whom] = conversation(knowledge, now, 'hvem skal jeg skrive til');
    assert.match(whom!, /Hanne Lund/);
    assert.match(whom!, /23 45 67 89/);
    const [signUp] = conversation(knowledge, now, 'how do i sign up');
    assert.match(signUp!, /23 45 67 89 \(Hanne Lund\)/);
  });
});

describe('who a sentence says something of', () => {
  it('"går Karsten Bo Nielsen på pension" answers who is retiring, in either language', () => {
    const knowledge = draftKnowledge(farewell.join('\n'), '2027-06-01', 'afsked-test');
    const now = DateTime.fromISO('2027-06-10T10:00:00+02:00', { setZone: true });
    assert.match(conversation(knowledge, now, 'who is retiring')[0]!, /Karsten Bo Nielsen/);
    assert.match(conversation(knowledge, now, 'hvem går på pension')[0]!, /Karsten Bo Nielsen/);
  });
});
