import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { understand } from '../../src/understanding/understand';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * Who-questions about roles (who leads, moderates, approves, is told) answered by what the letter says and no more,
 * and messages routed as what they are: a capacity question is no organiser's count, "skriv mig op … tak" and
 * "kan du tilmelde min klasse" ask to be signed up. Letters written for these tests.
 */

const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });
const answerOf = (knowledge: EventKnowledge, question: string) => ask(question, knowledge, { now }).answer;
const kindOf = (knowledge: EventKnowledge, text: string) => {
  const understood = understand(text, knowledge, {});
  return understood.kind === 'request' ? understood.request : understood.kind;
};

/** A regional meeting whose programme names who leads each item, and no moderator or chair of the meeting. */
const REGIONAL = draftKnowledge(
  [
    'Regionalt møde om skolernes trivsel',
    '',
    'Onsdag den 17. marts 2027 kl. 16.00-18.00 på Vestby Rådhus, Torvet 2, 6000 Vestby.',
    '',
    'Program',
    '',
    '1. Velkommen v/ Vestby Kommune',
    '2. Oplæg v/ Bodil Sandholt Krogh, formand for Skoleforeningens bestyrelse',
    '3. Drøftelser ved bordene',
    '4. Opsamling v/ Bodil Sandholt Krogh',
    '',
    'Tilmelding senest den 10. marts 2027 på www.vestby.example.dk/trivsel.',
    '',
    'Med venlig hilsen',
    'Arne Dybkjær, Vestby Kommune',
  ].join('\n'),
  '2027-03-01',
  'regional-trivsel',
);

/** An author evening whose conversation is led by a named librarian. */
const AUTHOR = draftKnowledge(
  [
    'Forfatteraften på biblioteket',
    '',
    'Tirsdag den 9. marts 2027 kl. 19.00-21.00, Vestby Bibliotek, Kirkegade 3, 6000 Vestby.',
    '',
    'Forfatteren Ellen Thorsø fortæller om sin nye roman. Samtalen ledes af bibliotekar Jakob Mørch Vang.',
    '',
    'Venlig hilsen',
    'Lene Bach, lene@vestby-bib.example.dk',
  ].join('\n'),
  '2027-03-01',
  'forfatteraften-vestby',
);

/** A study visit in English: a capacity, a CEO named in a programme line, a manager whose title says of what. */
const VISIT = draftKnowledge(
  [
    'Invitation – study visit to Vestby harbour, 23 March 2027',
    '',
    'Dear colleagues,',
    '',
    'We invite you to a study visit on Tuesday 23 March 2027, 9.00–15.00, at Vestby Havn, Kajgade 1, 6000 Vestby.',
    'Max. 25 participants. Register at www.vestby-havn.example.dk/visit by 15 March 2027.',
    '',
    'PROGRAMME',
    '09.00  Welcome at the harbour office',
    '       – CEO Marianne Kolstrup: "The harbour in 20 minutes"',
    '10.00  Quay walk – Torben Ellegaard, head of operations',
    '12.00  Lunch',
    '13.00  Panel and questions',
    '15.00  End',
    '',
    'Kind regards,',
    '',
    'Signe Brodersen',
    'Programme Manager, Vestby Harbour Network',
    'E-mail: signe@vestby-havn.example.dk',
  ].join('\n'),
  '2027-03-01',
  'study-visit-harbour',
);

/** A forwarded course letter whose forwarder says whom to ask for time off, and a fair that says whom to tell allergies. */
const FORWARDED = draftKnowledge(
  [
    'Fra: Karin Ulstrup <karin@plejehjem.example.dk>',
    'Emne: VS: Kursus i forflytning 6. april 2027',
    '',
    'Hej alle',
    '',
    'Giv mig besked senest den 15. marts, så jeg kan søge om frihed hos forstander Poul Vedsted.',
    '',
    'Mvh Karin',
    '',
    '-------- Videresendt meddelelse --------',
    'Kursus i forflytning',
    'Tirsdag den 6. april 2027 kl. 9.00-15.00, Kursuscenter Vestby, Engvej 9, 6000 Vestby.',
    'Tilmelding senest den 20. marts 2027 på www.kursus.example.dk.',
    'Spørgsmål: kursussekretær Birthe Holm, tlf. 71 22 33 44.',
  ].join('\n'),
  '2027-03-01',
  'kursus-forflytning-fwd',
);

const FAIR = draftKnowledge(
  [
    'Jobmesse for unge',
    '',
    'Torsdag den 18. marts 2027 kl. 9.00-14.00, Vestby Hallen, Hallvej 4, 6000 Vestby.',
    '',
    'Tilmelding klassevis via jeres vejleder senest den 8. marts 2027.',
    '',
    'PROGRAM',
    '9.15  Velkomst',
    '9.30  "Mit første job" – kok Henning Skjold',
    '12.30  Panel: Unge fortæller om fritidsjob',
    '',
    'HUSK',
    '- Allergier skal meldes til jeres vejleder sammen med tilmeldingen.',
    '',
    'Venlig hilsen',
    'Sanne Brogaard, Ungekonsulent',
    'sanne@vestby.example.dk',
    'Tlf. 71 40 50 60',
  ].join('\n'),
  '2027-03-01',
  'jobmesse-vestby',
);

describe('who leads, moderates, heads', () => {
  it('a moderator the letter does not name: says so, with who leads which item, as what it does say', () => {
    const answer = answerOf(REGIONAL, 'hvem er ordstyrer')!;
    assert.equal(answer.kind, 'partly');
    assert.match(answer.text, /Bodil Sandholt Krogh/);
    assert.match(answer.text, /ordstyrer/);
  });

  it('"hvem styrer slagets gang" asks who leads the meeting: the one the letter names with a chair\'s title', () => {
    const answer = answerOf(REGIONAL, 'hvem styrer slagets gang?')!;
    assert.notEqual(answer.kind, 'dontKnow');
    assert.match(answer.text, /Bodil Sandholt Krogh/);
  });

  it('"Samtalen ledes af …" makes that person the moderator, whom "hvem styrer samtalen" asks of', () => {
    const answer = answerOf(AUTHOR, 'hvem styrer samtalen')!;
    assert.equal(answer.kind, 'answer');
    assert.match(answer.text, /Jakob Mørch Vang/);
    assert.doesNotMatch(answer.text, /Ellen Thorsø/);
  });

  it('a CEO named in a programme line answers who the CEO is', () => {
    const answer = answerOf(VISIT, 'who is the ceo')!;
    assert.notEqual(answer.kind, 'dontKnow');
    assert.match(answer.text, /Marianne Kolstrup/);
  });

  it("a manager qualified by another word than the person's title is not that person", () => {
    const answer = answerOf(VISIT, 'who is the plant manager')!;
    assert.notEqual(answer.kind, 'answer');
    assert.doesNotMatch(answer.text, /Torben Ellegaard/);
    assert.match(answerOf(VISIT, 'who is the head of operations')!.text, /Torben Ellegaard/);
  });

  it('"and what\'s on at 13.00?" after who spoke at a time asks what is on then, not who leads it', () => {
    const [, then] = conversation(FAIR, now, 'who is speaking at 9.30', "and what's on at 12.30?");
    assert.match(then!, /Panel/);
    assert.doesNotMatch(then!, /doesn't say who/);
  });
});

describe('whom to ask, whom to tell', () => {
  it("who approves time off: the forwarder's sentence naming the person to apply to", () => {
    const answer = answerOf(FORWARDED, 'who has to approve my time off')!;
    assert.notEqual(answer.kind, 'dontKnow');
    assert.match(answer.text, /Poul Vedsted/);
  });

  it('an allergy told, then "hvem skal jeg sige det til": whom the letter says allergies go to, not the contact', () => {
    const [first, then] = conversation(FAIR, now, 'jeg har nøddeallergi', 'hvem skal jeg sige det til');
    assert.match(first!, /vejleder/);
    assert.doesNotMatch(first!, /nodde/);
    assert.match(then!, /vejleder/);
    assert.doesNotMatch(then!, /Sanne Brogaard/);
  });
});

describe('routing', () => {
  it("a capacity question is answered with the capacity, not taken as the organisers' count", () => {
    assert.equal(kindOf(VISIT, 'how many participants max'), 'question');
    assert.match(answerOf(VISIT, 'how many participants max')!.text, /25/);
    assert.equal(kindOf(VISIT, 'how many participants are registered'), 'orgCount');
  });

  it('a sign-up in common words with thanks is a sign-up, not small talk', () => {
    assert.equal(kindOf(FAIR, 'skriv mig op til spisningen tak'), 'signUp');
    assert.equal(kindOf(FAIR, 'ok tak'), 'smallTalk');
    assert.equal(kindOf(FAIR, 'tak for hjælpen'), 'smallTalk');
  });

  it("signing up the writer's own class or team is a sign-up, with others", () => {
    const understood = understand('kan du tilmelde min klasse', FAIR, {});
    assert.equal(understood.kind === 'request' && understood.request, 'signUp');
    assert.equal(understood.kind === 'request' && understood.others, true);
    assert.equal(kindOf(VISIT, 'can you register my team'), 'signUp');
    assert.equal(kindOf(FAIR, 'kan du tilmelde min kollega'), 'signUpOthers');
  });
});

describe('names still to come', () => {
  const WEBINAR = draftKnowledge(
    [
      'Webinar on flood insurance',
      '',
      'Wednesday 24 March 2027, 14.00–15.00, online (Teams).',
      '',
      'PROGRAMME',
      '14.00  Who pays for the dikes? – Karsten Lykkegaard, senior economist, Vestby Utility',
      '14.40  Questions',
      '',
      'The webinar also includes a short panel with two municipal finance directors (names to be announced).',
      '',
      'Kind regards,',
      'Mette Ravnholt, mette@vestby.example.org',
    ].join('\n'),
    '2027-03-01',
    'webinar-flood-insurance',
  );

  it('who is on a panel whose names are to be announced: that sentence, never a speaker named elsewhere', () => {
    const answer = answerOf(WEBINAR, 'who are the finance directors on the panel')!;
    assert.match(answer.text, /to be announced/);
    assert.equal(answer.kind, 'partly');
    assert.doesNotMatch(answer.text, /Karsten Lykkegaard/);
  });
});
