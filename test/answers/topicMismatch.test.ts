import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * A question the letter does not answer is declined, not answered by a sentence that speaks of its topic but not of
 * what is asked of it (the dinner's price for a beer, a rate with no amount, when dinner is for what is served), nor by
 * one about another place or thing (a car park elsewhere, a coffee break for the minutes, the chair for "på forhånd").
 */

const agm = draftOf([
  'Kære medlemmer af Kærby Tennisklub',
  '',
  'Bestyrelsen indkalder hermed til ordinær generalforsamling torsdag den 11. marts 2027 kl. 19.00 i klubhuset, Banevej 3, 9990 Kærby.',
  '',
  'Dagsorden',
  '1. Valg af dirigent',
  '2. Formandens beretning v/ formand Gerda Lykkegaard',
  '3. Regnskab',
  '4. Vagtplan for cafeen i forårssæsonen',
  '5. Eventuelt',
  '',
  'SPISNING',
  'Efter generalforsamlingen er der fællesspisning i klubhuset. Pris 150 kr. pr. person, drikkevarer købes i baren.',
  '',
  'Tilmelding til spisning senest 1. marts til Gerda på tlf. 21 43 65 87.',
  '',
  'Med venlig hilsen',
  'Bestyrelsen',
]).event;

const course = draftOf([
  'Kære tillidsrepræsentant',
  '',
  'Forbundet inviterer til kursus for nye tillidsrepræsentanter.',
  '',
  'Tid: tirsdag den 4. maj 2027 kl. 9.30 til onsdag den 5. maj 2027 kl. 15.00',
  'Sted: Kursuscenter Fjordlyst, Strandvej 12, 9990 Kærby',
  '',
  'Om aftenen den 4. maj er der fælles middag kl. 18.30.',
  '',
  'Praktisk',
  '- Kørsel afregnes efter statens lave takst, hvis du kører i egen bil.',
  '- Vi kører sammen fra personaleparkeringen ved Rosenhaven kl. 7.15.',
  '- Kl. 10.30 holdes 15 minutters pause med kaffe.',
  '',
  'Tilmelding senest fredag den 9. april 2027 på www.forbund.example.dk/kursus.',
  '',
  'Spørgsmål til kurset: kursussekretær Lise Holm, tlf. 76 12 35 80.',
]).event;

const webinar = draftOf([
  'Nordic Network for Water Planning invites you to an online course on flood maps.',
  '',
  'When: Tuesday 2 March 2027, 09:00–12:00 (CET)',
  'Where: Online on Zoom',
  '',
  'Link: https://example.zoom.us/j/64120938841',
  'You will receive your personal Zoom link by e-mail the day before the course.',
  '',
  'Speaker: Dr. Anna Berg, Fenby University.',
  '',
  'Registration by 20 February 2027 at https://nnwp.example.org/course.',
  '',
  'Contact: Greta Lund, network coordinator, greta@nnwp.example.org, +45 61 84 02 37.',
]).event;

function reply(event: MeetingEvent, now: string, question: string) {
  const { answer } = ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) });
  return { kind: answer?.kind ?? 'none', text: answer?.text ?? '' };
}

const declined = (event: MeetingEvent, now: string, question: string, forbidden?: RegExp) => {
  const answered = reply(event, now, question);
  assert.notEqual(answered.kind, 'answer', `${question}: ${answered.text}`);
  if (forbidden) assert.doesNotMatch(answered.text, forbidden, question);
};

describe('a question of what the letter does not say is declined, not answered by a sentence of its topic', () => {
  const agmNow = '2027-02-20T12:00:00+01:00';
  const courseNow = '2027-03-15T08:10:00+01:00';
  const webinarNow = '2027-02-10T09:00:00+01:00';

  it('the price of drinks bought at the bar is not the dinner price beside it', () => {
    declined(agm, agmNow, 'hvad koster en øl i baren', /150/);
    declined(agm, agmNow, 'hvad koster vin til maden', /150/);
    // The dinner's own price still answers.
    assert.match(reply(agm, agmNow, 'hvad koster spisningen').text, /150 kr/);
  });

  it('an item sharing a word of the question is not the thing asked, nor is the meeting date its time', () => {
    declined(agm, agmNow, 'hvornår er første kamp i forårssæsonen', /11\. marts/);
  });

  it('how much asks an amount, which the kind of rate does not give', () => {
    declined(course, courseNow, 'hvor meget faar man i kørselspenge pr km');
  });

  it('what is for dinner is not when dinner is', () => {
    declined(course, courseNow, 'whats for dinner');
  });

  it('parking at the venue is not a car park elsewhere', () => {
    declined(course, courseNow, 'er der parkering ved kursuscentret', /personaleparkeringen/);
  });

  it('the minutes are not a break of fifteen minutes nor a link sent by e-mail', () => {
    declined(course, courseNow, 'hvornår kommer referatet', /pause/);
    declined(webinar, webinarNow, 'when will the minutes be sent out', /Zoom link/);
  });

  it('cancelling is neither signing up nor the link to join', () => {
    const answered = reply(course, courseNow, 'hvordan melder jeg afbud hvis jeg bliver syg');
    assert.doesNotMatch(answered.text, /tilmelde dig|tilmelder dig/, answered.text);
    declined(webinar, webinarNow, 'how do i cancel if i cant make it', /zoom\.us/);
  });

  it('sending questions in advance is not whom to contact, nor the chair', () => {
    declined(webinar, webinarNow, 'can i send questions to the speaker in advance');
    declined(agm, agmNow, 'kan jeg sende spørgsmål til formanden på forhånd');
    const answered = reply(agm, agmNow, 'kan jeg se regnskabet på forhånd');
    assert.doesNotMatch(answered.text, /Gerda Lykkegaard, formand/, answered.text);
  });
});
