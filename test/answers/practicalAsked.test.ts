import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * Practical questions the letter answers outside its typed facts: the price for a group, how to pay, the number to pay
 * to, money back, not turning up, the platform and its link, a person's e-mail given in the signature.
 */

const danish = draftOf([
  'Temadag om klimatilpasning',
  '',
  'Kære alle',
  '',
  'Vi inviterer til temadag torsdag den 14. oktober 2027 kl. 9.00–15.00 på Nordby Rådhus, Torvet 1, 9990 Nordby.',
  'Dagen holdes også online på Zoom for dem, der ikke kan komme.',
  '',
  'Program',
  '9.00 Velkomst v/ Hanne Lund',
  '10.00 Skybrud i praksis v/ Mads Holm',
  '12.00 Frokost',
  '',
  'PRIS',
  'Medlemmer: 900 kr. ekskl. moms',
  'Ikke-medlemmer: 1.400 kr. ekskl. moms',
  '',
  'Betaling sker på dagen – kontant eller MobilePay på 5531 27.',
  '',
  'Vi fakturerer elektronisk via EAN efter temadagen. Virksomheder uden EAN oplyser i stedet CVR-nr.',
  '',
  'Du modtager linket til Zoom pr. e-mail dagen før.',
  '',
  'Oplys eventuelle allergier ved tilmelding. Der serveres sandwich ved ankomst.',
  '',
  'Om eftermiddagen er der to workshops. Du vælger workshop ved tilmeldingen.',
  '',
  'Oplæggene bliver efterfølgende lagt på kommunens hjemmeside.',
  '',
  'Afmelding er gratis frem til 1. oktober. Ved udeblivelse uden afmelding opkræves et gebyr på 300 kr.',
  '',
  'Tilmelding senest 1. oktober på www.nordby.example.dk/klima.',
  '',
  'Venlig hilsen',
  'Mads Holm',
  'Klimakoordinator, Nordby Kommune',
  'Tlf. 86 12 34 56 | mho@nordby.example.dk',
]).event;

const english = draftOf([
  'Study day on flood defences',
  '',
  'Dear colleagues,',
  '',
  'We invite you to a study day on flood defences on Thursday 20 May 2027, 09:00–15:00 at Vestby Town Hall, Harbour Street 4, 9990 Vestby.',
  'The afternoon is also streamed online on Zoom.',
  '',
  'Programme',
  '09:00 Welcome by Anna Berg',
  '10:00 Pumps in practice by Mads Kjeldsen',
  '12:00 Lunch',
  '',
  'Fee',
  'Members: DKK 1,100 excl. VAT',
  'Non-members: DKK 1,650 excl. VAT',
  '',
  'Payment on the day in cash or by MobilePay to 7731 44.',
  '',
  'We invoice electronically via EAN after the event. Companies without EAN give their VAT number instead.',
  '',
  'You will receive your personal Zoom link by e-mail the day before.',
  '',
  'Please state any allergies when you register. Sandwiches are served on arrival.',
  '',
  'In the afternoon there are two workshops. You choose your workshop when you register.',
  '',
  'The presentations will be published on our website afterwards.',
  '',
  'Cancellation is free until 1 May. If you do not show up without cancelling, a fee of DKK 400 is charged.',
  '',
  'Register by 1 May at www.vestby.example.dk/flood.',
  '',
  'Kind regards',
  'Mads Kjeldsen',
  'Coordinator, Vestby Municipality',
  'Phone 86 98 76 54 | mkj@vestby.example.dk',
]).event;

function answer(event: MeetingEvent, now: string, question: string) {
  const knowledge = new EventKnowledge(event);
  return ask(question, knowledge, { now: DateTime.fromISO(now, { setZone: true }) }).answer!;
}

const cases = [
  {
    name: 'Danish',
    event: danish,
    now: '2027-09-01T12:00:00+02:00',
    nonMembers: '1.400',
    members: '900',
    payNumber: '5531 27',
    mail: 'mho@nordby.example.dk',
    speaker: 'mads',
  },
  {
    name: 'English',
    event: english,
    now: '2027-04-01T12:00:00+02:00',
    nonMembers: '1,650',
    members: '1,100',
    payNumber: '7731 44',
    mail: 'mkj@vestby.example.dk',
    speaker: 'mads',
  },
];

describe('practical questions answered from what the letter says of them', () => {
  for (const { name, event, now, nonMembers, members, payNumber, mail, speaker } of cases) {
    it(`(${name} letter) the price for a group is the letter's prices, never one amount said alone`, () => {
      for (const question of ['how much is it for non-members', 'hvad koster det for ikke-medlemmer']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.ok(reply.text.includes(nonMembers), `${question}: ${reply.text}`);
        // Not "the fee is <members' price>" for a non-member.
        assert.doesNotMatch(reply.text, /^(The fee is|Prisen er)/, reply.text);
      }
      const forMembers = answer(event, now, 'hvad koster det for medlemmer');
      assert.notEqual(forMembers.kind, 'dontKnow', forMembers.text);
      assert.ok(forMembers.text.includes(members), forMembers.text);
    });

    it(`(${name} letter) how to pay: the number to pay to, the means, invoicing and EAN`, () => {
      for (const question of ['mobilepay nummer?', 'whats the mobilepay number']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.ok(reply.text.includes(payNumber), `${question}: ${reply.text}`);
      }
      // A means the letter does not name: not stated, with the means it does name beside it.
      const card = answer(event, now, 'kan jeg betale med kort');
      assert.equal(card.kind, 'partly', card.text);
      assert.match(card.text, /MobilePay/);
      for (const question of ['do you invoice?', 'vi har ikke noget ean nr']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.match(reply.text, /EAN/, `${question}: ${reply.text}`);
      }
    });

    it(`(${name} letter) money back and not turning up are the cancellation rules`, () => {
      const money = answer(event, now, 'if i cancel next week do i get my money back');
      assert.notEqual(money.kind, 'dontKnow', money.text);
      assert.match(money.text, /(gratis|free)/i);
      for (const question of ['what happens if i dont show up', 'hvad sker der hvis jeg ikke møder op']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.match(reply.text, /(300|400)/, `${question}: ${reply.text}`);
      }
    });

    it(`(${name} letter) the platform and its link, from the paragraph that speaks of them`, () => {
      const link = answer(event, now, 'where do i get the zoom link');
      assert.notEqual(link.kind, 'dontKnow', link.text);
      assert.match(link.text, /(dagen før|day before)/, link.text);
      const teams = answer(event, now, 'is it on teams?');
      assert.notEqual(teams.kind, 'dontKnow', teams.text);
      assert.match(teams.text, /Zoom/, teams.text);
      assert.doesNotMatch(teams.text, /^Yes\b/, teams.text);
    });

    it(`(${name} letter) materials shared afterwards and an allergy, from the letter's own sentence`, () => {
      for (const question of ['bliver oplæggene delt bagefter', 'will the presentations be shared afterwards']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.match(reply.text, /(hjemmeside|website)/, `${question}: ${reply.text}`);
      }
      const allergy = answer(event, now, name === 'Danish' ? 'jeg har nøddeallergi' : 'i have a nut allergy');
      assert.notEqual(allergy.kind, 'dontKnow', allergy.text);
      assert.match(allergy.text, /(tilmelding|register)/, allergy.text);
      // A compound's head alone does not say it: sandwiches are no vegetarian sandwiches.
      const veggie = answer(event, now, name === 'Danish' ? 'er der vegetarsandwich' : 'are there veggie sandwiches');
      assert.notEqual(veggie.kind, 'answer', veggie.text);
    });

    it(`(${name} letter) when or how to choose an option: the letter's sentence about choosing it`, () => {
      for (const question of ['hvornår skal jeg vælge workshop', 'how do i choose my workshop']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.match(reply.text, /(tilmelding|register)/, `${question}: ${reply.text}`);
      }
    });

    it(`(${name} letter) a person's e-mail given in their signature`, () => {
      const reply = answer(event, now, `${speaker}'s email?`);
      assert.notEqual(reply.kind, 'dontKnow', reply.text);
      assert.ok(reply.text.includes(mail), reply.text);
    });
  }
});

describe('sign-up questions answered from the letter', () => {
  const noDate = [
    {
      name: 'Danish',
      now: '2027-09-01T12:00:00+02:00',
      event: draftOf([
        'Netværksmøde om digitalisering',
        '',
        'Vi mødes torsdag den 14. oktober 2027 kl. 9.00–11.00 på Nordby Rådhus, Torvet 1, 9990 Nordby.',
        '',
        'Tilmelding på www.nordby.example.dk/netvaerk. Tilmeldingen lukker 2 dage før mødet.',
        '',
        'Venlig hilsen',
        'Hanne Lund',
      ]).event,
      closes: /2 dage før/,
      url: 'www.nordby.example.dk/netvaerk',
    },
    {
      name: 'English',
      now: '2027-04-01T12:00:00+02:00',
      event: draftOf([
        'Network meeting on digitalisation',
        '',
        'We meet on Thursday 20 May 2027, 09:00–11:00 at Vestby Town Hall, Harbour Street 4, 9990 Vestby.',
        '',
        'Sign up at www.vestby.example.dk/network. Registration closes 24 hours before the meeting.',
        '',
        'Kind regards',
        'Anna Berg',
      ]).event,
      closes: /24 hours before/,
      url: 'www.vestby.example.dk/network',
    },
  ];
  for (const { name, now, event, closes, url } of noDate) {
    it(`(${name} letter) a deadline counted back from the meeting is said in the letter's words`, () => {
      for (const question of ['when does registration close', 'hvornår lukker tilmeldingen']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.match(reply.text, closes, `${question}: ${reply.text}`);
      }
    });

    it(`(${name} letter) "link to sign up?" asks for the link, it does not start signing up`, () => {
      for (const question of ['link to sign up?', 'tilmeldingslink?']) {
        const knowledge = new EventKnowledge(event);
        const result = ask(question, knowledge, { now: DateTime.fromISO(now, { setZone: true }) });
        assert.notEqual(result.understanding.kind, 'request', question);
        assert.ok(result.answer?.text.includes(url), `${question}: ${result.answer?.text}`);
      }
    });
  }
});
