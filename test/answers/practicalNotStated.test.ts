import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { conversationAnswers, draftKnowledge } from '../helpers/knowledge';

/**
 * Practical questions the letter does not answer (a cloakroom, charging a phone, a number to bring, a bus, a meal it
 * does not serve) get "it doesn't say", never a fact of something else that shares a word with them: the venue, the
 * sign-up phone, a card payment, bike parking, lunch for dinner.
 */

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const asked = (knowledge: EventKnowledge, question: string) => conversationAnswers(knowledge, now, question)[0]!;
const knowledgeOf = (lines: string[], id: string) => draftKnowledge(lines.join('\n'), '2027-04-01', id);

const SCHOOL = knowledgeOf(
  [
    'Invitation til borgermøde om Vestby Skoles fremtid',
    '',
    'Kære forældre',
    '',
    'Vi inviterer derfor til borgermøde',
    '',
    'tirsdag den 20. april 2027 kl. 19.00-21.00',
    'i gymnastiksalen på Vestby Skole, Skolevej 4, Vestby, 6000 Vestby',
    '',
    'Brug hovedindgangen ved cykelparkeringen – der er skilte til aulaen.',
    '',
    'Der serveres kaffe og kage fra kl. 18.45.',
    '',
    'Kan I ikke komme? Så fortvivl ikke. Vi lægger et kort referat på skolens hjemmeside.',
    '',
    'Har du spørgsmål, så kontakt skoleleder Else Kjær på tlf. 12 34 56 78.',
    '',
    'Med venlig hilsen',
    'Else Kjær, skoleleder',
  ],
  'vestby-skole-infomoede',
);

const PARTY = knowledgeOf(
  [
    'Emne: JULEFROKOST 2027 – sæt kryds i kalenderen!',
    '',
    'Hej alle sammen',
    '',
    'HVORNÅR: Fredag den 3. december 2027, fra kl. 12.30',
    'HVOR: Restaurant Kedelhuset, Gasværksvej 7, 1. sal, Vestby',
    '',
    'Egenbetaling er 250 kr. pr. person.',
    '',
    'Festudvalget',
  ],
  'julefrokost-test',
);

const TRIP = knowledgeOf(
  [
    'Sommerudflugt for seniorer',
    '',
    'Kære medlemmer',
    '',
    'Udflugten er torsdag den 17. juni 2027. Bussen kører fra Torvet i Vestby kl. 8.00, og vi er hjemme igen ca. kl. 18.00.',
    '',
    'Kl. 12.30 spiser vi frokost på Strandkroen, Havnevej 2, 6000 Vestby. Drikkevarer er for egen regning. Prisen dækker bus, kaffe, frokost og entré.',
    '',
    'Prisen er 300 kr. pr. person. Tilmelding til Else Kjær på tlf. 12 34 56 78 senest den 1. juni 2027.',
    '',
    'Med venlig hilsen',
    'Else Kjær',
  ],
  'senior-sommerudflugt-test',
);

const COURSE = knowledgeOf(
  [
    'Kursus i førstehjælp',
    '',
    'Kurset holdes torsdag den 15. april 2027 kl. 8.30-15.30 i Sundhedshuset, Åvej 4, 6000 Vestby.',
    '',
    'Kurset koster 1.850 kr. pr. deltager. Prisen dækker undervisning, materialer, frokost og kaffe/te.',
    '',
    'Tilmelding senest mandag den 22. marts 2027 til Else Kjær, else@vestby.example.',
  ],
  'kursus-foerstehjaelp-test',
);

const notAnswered = (knowledge: EventKnowledge, question: string, ...notSaid: string[]) => {
  const answer = asked(knowledge, question);
  assert.notEqual(answer.kind, 'answer', `${question}: ${answer.text}`);
  for (const fact of notSaid) assert.ok(!answer.text.includes(fact), `${question}: ${answer.text}`);
};

describe('practical questions the letter does not answer', () => {
  it('a thing at the meeting place is not confirmed by the venue', () => {
    notAnswered(SCHOOL, 'må man ryge på skolens område', 'Ja');
    notAnswered(PARTY, 'er der garderobe på kedelhuset', 'Ja');
    // The venue itself is still confirmed.
    assert.match(asked(PARTY, 'er julefrokosten på kedelhuset').text, /Kedelhuset/);
  });

  it('charging a phone, or another number to bring, is no question of whom to call', () => {
    notAnswered(SCHOOL, 'kan jeg lade min telefon op der');
    notAnswered(TRIP, 'kan man lade telefonen op i bussen', 'telefonisk', 'Nej');
    notAnswered(SCHOOL, 'skal jeg have barnets cpr nummer med');
    notAnswered(SCHOOL, 'can i charge my laptop');
  });

  it('a bus is not a card ("kort"), and bike parking is not parking for cars', () => {
    notAnswered(SCHOOL, 'hvilken bus kører til skolen', 'referat');
    notAnswered(SCHOOL, 'er der parkering ved skolen', 'cykelparkering');
  });

  it('a meal not served is not answered by another, nor drinks beside a meal by what it is', () => {
    notAnswered(TRIP, 'er der aftensmad');
    notAnswered(COURSE, 'hvad får vi til frokost');
    assert.match(asked(TRIP, 'hvornår spiser vi frokost').text, /12[.:]30/);
  });
});
