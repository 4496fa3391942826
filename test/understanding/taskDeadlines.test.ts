import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftKnowledge, conversation } from '../helpers/knowledge';

/**
 * Deadlines of one task that is not signing up (comments in a consultation, homework to upload, telling about a
 * substitute, written wishes): the letter's sentence giving that deadline answers, never the sign-up deadline; a date
 * written in figures is said in full; a forwarding note's own deadline is given beside the letter's.
 */

const hearing = [
  'Borgermøde om lokalplan for Åbyen',
  '',
  'Kære borgere',
  '',
  'Vi inviterer til borgermøde tirsdag den 14. september 2027 kl. 19.00-21.00 i Medborgerhuset, Torvet 3, 7100 Vestby.',
  '',
  'Tilmelding',
  'Vil du deltage i drøftelserne ved bordene, beder vi dig tilmelde dig senest fredag den 10. september 2027 på vestby.example.dk/tilmelding, så vi kan planlægge antallet af borde.',
  '',
  'Offentlig høring',
  'Forslaget er i offentlig høring fra den 1. september til den 20. oktober 2027. Høringsfristen er altså den 20. oktober 2027.',
  '',
  'Med venlig hilsen',
  'Karen Holm',
  'Planlægger',
].join('\n');

const forwarded = [
  'Fra: Ejerforeningen Bakken <bestyrelsen@bakken.example.dk>',
  'Sendt: 20. marts 2027 08:12',
  'Emne: VS: Invitation til borgermøde om ny sti',
  '',
  'Hej alle',
  '',
  'Vi sender selv et fælles høringssvar – skriv til os inden 18/4, hvis du vil have noget med.',
  '',
  'Mvh',
  'Bent Lund, formand',
  '',
  '---------- Videresendt meddelelse ----------',
  '',
  'Invitation til borgermøde om ny sti langs Engvej',
  '',
  'Vi inviterer til borgermøde onsdag den 7. april 2027 kl. 19.00-21.00 i Engvejhallen, Engvej 2, 7100 Vestby.',
  '',
  'Høring',
  'Materialet er i høring frem til mandag den 26/4 kl. 12.00. Høringssvar kan sendes til sti@vestby.example.dk.',
  '',
  'Venlig hilsen',
  'Ole Berg',
  'Projektleder',
].join('\n');

const course = [
  'Online course: Writing a data plan',
  '',
  'Dear participants,',
  '',
  'We invite you to an online course on Monday 1 March 2027, 9.00-12.00, on Zoom.',
  '',
  'Between the sessions you work on your own plan. The draft must be uploaded to the course page no later than Friday 12/3 so it can be used in the peer review.',
  '',
  'Please register by 20 February 2027 at course.example.org/register.',
  '',
  'Kind regards',
  'Anna Berg',
].join('\n');

const council = [
  'Møde i udvalget for erhverv',
  '',
  'Kære medlemmer',
  '',
  'Udvalget holder møde onsdag den 14. april 2027 kl. 15.00-18.00 i Rådhuset, Torvet 1, 7100 Vestby. Tilmelding senest onsdag den 7. april 2027 til sekretariatet.',
  '',
  'Stedfortræder',
  'Er du forhindret, kan din personlige stedfortræder deltage i stedet. Giv venligst besked til sekretariatet senest mandag den 12. april, så stedfortræderen får adgang til materialet.',
  '',
  'Ønsker',
  'Kan I ikke komme, er I velkomne til at sende jeres ønsker skriftligt til udvalg@vestby.example.dk senest den 9. april 2027.',
  '',
  'Med venlig hilsen',
  'Sekretariatet',
].join('\n');

describe('the deadline of a task that is not signing up', () => {
  it('comments asked in English are answered by the consultation deadline, not a sign-up sentence naming "planlægge"', () => {
    const knowledge = draftKnowledge(hearing, '2027-09-01', 'task-deadline-hearing');
    const now = DateTime.fromISO('2027-09-06T10:00:00+02:00', { setZone: true });
    const [reply] = conversation(knowledge, now, 'until when can i send in comments on the plan');
    assert.match(reply!, /20\. oktober|20 October/);
    assert.doesNotMatch(reply!, /10\. september|10 September/);
  });

  it("the letter's consultation deadline is given beside the forwarding note's, each date in full", () => {
    const knowledge = draftKnowledge(forwarded, '2027-03-20', 'task-deadline-forwarded');
    const now = DateTime.fromISO('2027-03-22T10:00:00+01:00', { setZone: true });
    const [reply] = conversation(knowledge, now, 'hvornår er fristen for høringssvar');
    assert.match(reply!, /26\. april/);
    assert.match(reply!, /18\. april/);
  });

  it('a date written in figures is said in full in the answer', () => {
    const knowledge = draftKnowledge(course, '2027-02-01', 'task-deadline-upload');
    const now = DateTime.fromISO('2027-02-10T10:00:00+01:00', { setZone: true });
    const [reply] = conversation(knowledge, now, 'when do i need to upload my draft plan');
    assert.match(reply!, /12 March/);
    assert.doesNotMatch(reply!, /20 February/);
  });

  it('telling about a substitute has its own deadline', () => {
    const knowledge = draftKnowledge(council, '2027-03-20', 'task-deadline-deputy');
    const now = DateTime.fromISO('2027-03-22T10:00:00+01:00', { setZone: true });
    const [reply] = conversation(knowledge, now, 'by when do i have to tell you my deputy is coming');
    assert.match(reply!, /12\. april|12 April/);
    assert.doesNotMatch(reply!, /7\. april|7 April/);
  });

  it('"hvornår senest?" after written wishes is their deadline', () => {
    const knowledge = draftKnowledge(council, '2027-03-20', 'task-deadline-wishes');
    const now = DateTime.fromISO('2027-03-22T10:00:00+01:00', { setZone: true });
    const replies = conversation(knowledge, now, 'kan vi sende vores ønsker skriftligt?', 'hvornår senest?');
    assert.match(replies[1]!, /9\. april/);
    assert.doesNotMatch(replies[1]!, /7\. april/);
  });
});

const seminar = [
  'From: Lise Dahl <lise@vestby.example.dk>',
  'Sent: 1 March 2027 09:15',
  'Subject: Fwd: Seminar on digital services',
  '',
  "Forwarding this one. If you'd like to go, ping me by Friday 19 March and I'll register everyone in one go.",
  '',
  'Lise Dahl',
  '',
  '---------- Forwarded message ---------',
  '',
  'Seminar on digital services',
  '',
  'WHEN: Thursday 22 April 2027, 12.30-17.00',
  'WHERE: Vestby Conference Centre, Stadionvej 4, 7100 Vestby',
  '',
  'REGISTRATION',
  'Register at https://seminar.example.org/register no later than 8 April 2027.',
  '',
  'Kind regards',
  'The organisers',
].join('\n');

describe('a sign-up deadline set by the note that forwards the invitation', () => {
  it("is given with the invitation's own deadline", () => {
    const knowledge = draftKnowledge(seminar, '2027-03-01', 'task-deadline-official');
    const now = DateTime.fromISO('2027-03-02T10:00:00+01:00', { setZone: true });
    const [reply] = conversation(knowledge, now, "what's the official registration deadline");
    assert.match(reply!, /8 April/);
  });
});
