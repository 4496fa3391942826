import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * Questions of things a letter does not say are declined, not answered by a passage or programme item that only
 * shares a word with them: an agenda item about bicycle parking, a ten-minute walk for "minutes", a fee "charged"
 * for charging an electric car, a committee named after children.
 */

const assembly = draftOf([
  'Til alle beboere i afdeling 7 Lindegården',
  '',
  'INDKALDELSE TIL AFDELINGSMØDE',
  '',
  'Afdelingsbestyrelsen indkalder til afdelingsmøde torsdag den 16. september 2027 kl. 19.00 i Beboerhuset, Lindevej 12, 9990 Kærby.',
  '',
  'Dagsorden',
  '1. Valg af dirigent',
  '2. Bestyrelsens beretning v/ formand Gerda Lykkegaard',
  '3. Indkomne forslag',
  '   a) Forslag fra Lindevej 8: Etablering af overdækket cykelparkering ved blok B',
  '   b) Forslag fra Lindevej 20: Nye regler for brug af vaskeriet om aftenen',
  '4. Eventuelt',
  '',
  'Der serveres kaffe og kage under mødet.',
  '',
  'Har du spørgsmål, så kontakt formand Gerda Lykkegaard på tlf. 21 43 65 87.',
]).event;

const tour = draftOf([
  'We invite you to a study tour on storm water in Fenby on Wednesday 26 May 2027, 10:00–21:00.',
  '',
  'Programme',
  '10:00 Welcome at Fenby Town Hall, Harbour Street 4, 9990 Fenby',
  '11:00 Case: Speech-to-text documentation for field staff by Magnus Bergholt',
  '13:00 Lunch',
  '19:00 Dinner at Restaurant Slusen (a 10-minute walk from the hotel)',
  '',
  'Paid parking is available in the harbour car park.',
  '',
  'Free cancellation until 1 May 2027. After that date the full fee will be charged.',
  '',
  'Please register by 1 May to greta@fenby.example.dk.',
]).event;

const council = draftOf([
  'Til: Udvalg med ansvar for skoleområdet i Region Nord',
  '',
  'Vi inviterer til politisk dialogmøde onsdag den 3. november 2027 kl. 16.30–18.30 i Kærby Rådhus, Torvet 1, 9990 Kærby.',
  '',
  'Program',
  '1. Velkomst v/ Gerda Lykkegaard',
  '2. Oplæg om skolernes økonomi v/ Mogens Birkedal',
  '3. Drøftelser ved bordene',
  '',
  'Deltagerne får et kursusbevis på 1 ECTS.',
  '',
  'Tilmelding senest 20. oktober til gerda@kaerby.example.dk.',
  '',
  'Venlig hilsen',
  '',
  'Gerda Lykkegaard',
  'Konsulent, Børn og Unge',
  'Kærby Kommune',
]).event;

function reply(event: MeetingEvent, now: string, question: string) {
  const { answer } = ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) });
  return { kind: answer?.kind ?? 'none', text: answer?.text ?? '' };
}

describe('a question the letter does not answer is declined, not answered by a passage sharing a word', () => {
  it('an agenda item about bicycle parking says nothing of parking at the meeting', () => {
    const now = '2027-09-01T12:00:00+02:00';
    for (const question of ['er der p-pladser ved beboerhuset', 'kan jeg parkere']) {
      const answered = reply(assembly, now, question);
      assert.notEqual(answered.kind, 'answer', `${question}: ${answered.text}`);
      assert.doesNotMatch(answered.text, /cykelparkering/, question);
    }
    // The letter's own sentence about coffee still answers.
    assert.match(reply(assembly, now, 'er der kaffe').text, /kaffe og kage/);
  });

  it('minutes are not a ten-minute walk nor documentation', () => {
    const now = '2027-05-01T12:00:00+02:00';
    for (const question of ['will there be minutes', 'kommer der et referat']) {
      const answered = reply(tour, now, question);
      assert.notEqual(answered.kind, 'answer', `${question}: ${answered.text}`);
      assert.doesNotMatch(answered.text, /Slusen|documentation/, question);
    }
  });

  it('charging an electric car is not a fee charged nor the car park', () => {
    const now = '2027-05-01T12:00:00+02:00';
    for (const question of ['is there ev charging', 'kan jeg lade min elbil']) {
      const answered = reply(tour, now, question);
      assert.notEqual(answered.kind, 'answer', `${question}: ${answered.text}`);
      assert.doesNotMatch(answered.text, /fee will be charged/, question);
    }
    assert.match(reply(tour, now, 'is there parking').text, /harbour car park/);
  });

  it('children are not a committee named after them', () => {
    const answered = reply(council, '2027-10-15T12:00:00+02:00', 'kan jeg tage mine børn med');
    assert.notEqual(answered.kind, 'answer', answered.text);
    // A capitalised word standing alone is no name around the thing asked: it is the thing.
    assert.match(reply(council, '2027-10-15T12:00:00+02:00', 'giver det ects point?').text, /1 ECTS/);
  });

  it('"who will be there" is who is invited, not when the meeting is', () => {
    const answered = reply(council, '2027-10-15T12:00:00+02:00', 'who will be there');
    assert.doesNotMatch(answered.text, /16[.:]30/, answered.text);
  });
});
