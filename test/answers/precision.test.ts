import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import type { FollowUpContext } from '../../src/understanding/frame';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * An answer must hold the kind of fact asked for, about the thing asked about: a place only for where something is,
 * the meeting's length only for how long the meeting is, a paragraph only when it names what was asked.
 */

const danish = draftOf([
  'Til: Medarbejdere i Teknik og Miljø, Nordby Kommune',
  '',
  'Temadag om affaldssortering',
  '',
  'Kære alle',
  '',
  'Vi inviterer til temadag om affaldssortering tirsdag den 14. september 2027 kl. 13.00–16.00 på Nordby Rådhus, mødelokale 3, Torvet 1, 9990 Nordby.',
  '',
  'Program',
  '13.00 Velkomst v/ Hanne Lund',
  '13.30 Affald i praksis v/ Mads Holm',
  '14.30 Gåtur til genbrugspladsen',
  '15.30 Juryens votering v/ Jury',
  '',
  'Pause ca. kl. 14.15 – der er kaffe og frugt.',
  '',
  'Dagsorden med bilag bliver lagt i First Agenda senest fredag den 10. september.',
  '',
  'Vi deler gerne bil fra rådhuset, hvis I skriver til mig.',
  '',
  'Tilmelding senest 1. september til hanne@nordby.example.dk.',
  '',
  'Venlig hilsen',
  'Hanne Lund',
  'Nordby Kommune',
]).event;

const english = draftOf([
  'To: Planning staff in the southern municipalities',
  '',
  'Study day on flood defences',
  '',
  'Dear colleagues,',
  '',
  'We invite you to a study day on flood defences on Thursday 20 May 2027, 09:00–15:00 at Vestby Town Hall, Room 2, Harbour Street 4, 9990 Vestby.',
  '',
  'Programme',
  '09:00 Welcome by Anna Berg',
  '10:00 Case: pumps in practice by Mads Kjeldsen',
  '11:00 Walking tour along the harbour front',
  '13:30 Jury deliberation by Jury',
  '',
  'There is a break at about 12:00 with coffee and fruit.',
  '',
  'Price: DKK 1,095 per night for a single room incl. breakfast at Hotel Vestby, booking code VESTBY27.',
  '',
  'Lars is already going, so we could share a car from the office.',
  '',
  'Please register by 1 May to anna@vestby.example.dk.',
  '',
  'Kind regards',
  'Anna Berg',
  'Vestby Municipality',
]).event;

const DA_NOW = '2027-09-01T12:00:00+02:00';
const EN_NOW = '2027-05-01T12:00:00+02:00';

function converse(event: MeetingEvent, now: string, questions: string[]) {
  const knowledge = new EventKnowledge(event);
  let context: FollowUpContext | undefined;
  const replies = questions.map((question) => {
    const result = ask(question, knowledge, { now: DateTime.fromISO(now, { setZone: true }), context });
    const reply = result.answer!;
    context = { ...reply.memory, lang: result.understanding.lang };
    return reply;
  });
  return replies[replies.length - 1]!;
}
const answer = (event: MeetingEvent, now: string, question: string) => converse(event, now, [question]);

const cases = [
  { name: 'Danish', event: danish, now: DA_NOW, town: 'Nordby' },
  { name: 'English', event: english, now: EN_NOW, town: 'Vestby' },
];

describe('an answer holds the kind of fact asked for, about the thing asked about', () => {
  for (const { name, event, now, town } of cases) {
    it(`(${name} letter) a place is checked only when it is named as where something is`, () => {
      // A time after "i"/"in" is no place.
      for (const question of [
        'er temadagen i arbejdstiden',
        'faar vi løn under kurset eller er det i fritiden',
        'is it in working hours',
      ]) {
        const reply = answer(event, now, question);
        assert.doesNotMatch(reply.text, /^(Ja|Nej|Yes|No)\b/, `${question}: ${reply.text}`);
      }
      // A name of the letter's town inside another question is not a question of where.
      const member = answer(event, now, `is my association (${town} Visiting Friends) a member of the volunteer network`);
      assert.doesNotMatch(member.text, /^(Ja|Nej|Yes|No)\b/, member.text);
      // Where it is, still confirmed or corrected.
      assert.match(answer(event, now, `er det i ${town}?`).text, /^Ja\b/);
      assert.match(answer(event, now, 'is it in Aarhus?').text, /^No\b/);
    });

    it(`(${name} letter) "how long is it" after a question of a thing is of that thing, not of the meeting`, () => {
      const meetingLength = answer(event, now, 'hvor længe varer mødet').text;
      assert.match(meetingLength, /\d+ (timer|hours)/);
      for (const questions of [
        ['hvornår er pausen', 'hvor lang er den'],
        ['when is the break', 'how long is it'],
      ]) {
        const reply = converse(event, now, questions);
        assert.doesNotMatch(reply.text, /\d+ (timer|hours)/, `${questions.join(' / ')}: ${reply.text}`);
      }
      // The meeting's own length, still.
      assert.match(converse(event, now, ['hvornår starter mødet', 'hvor længe varer det']).text, /\d+ (timer|hours)/);
    });

    it(`(${name} letter) "take" or "home" in another question asks no length or end`, () => {
      for (const question of ['does this count as working time or do i need to take a day off', 'skal jeg være hjemme den dag de graver']) {
        const reply = answer(event, now, question);
        assert.doesNotMatch(reply.text, /\d+ (timer|hours)|(slutter|ends) (kl\.|at)? ?\d/, `${question}: ${reply.text}`);
      }
      assert.match(answer(event, now, 'does it take all day').text, /\d+ (timer|hours)/);
    });

    it(`(${name} letter) a paragraph that shares a word but not the thing asked about does not answer it`, () => {
      for (const question of ['will the slides be shared afterwards', 'kan jeg få bilagene på papir', 'kommer der skolebus til rådhuset']) {
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      }
    });

    it(`(${name} letter) an item is no answer to a practical matter it does not speak of, nor by a name that starts alike`, () => {
      const accessible = answer(event, now, 'is the walking tour wheelchair accessible');
      assert.notEqual(accessible.kind, 'answer', accessible.text);
      const food = answer(event, now, 'er der vegetarisk mad');
      assert.ok(!food.text.includes('Mads'), food.text);
      // The item itself, still.
      assert.match(answer(event, now, 'when is the walking tour').text, /1[14][:.][03]0/);
    });

    it(`(${name} letter) who is in a group is not answered by the group's own name, but an organisation asked of is named`, () => {
      const jury = answer(event, now, name === 'Danish' ? 'hvem sidder i juryen' : 'who is on the jury');
      assert.notEqual(jury.kind, 'answer', jury.text);
      // "hvem fra … byder velkommen?" of an item led by an organisation: the organisation, still.
      assert.ok(
        answer(event, now, `hvem fra ${name === 'Danish' ? 'Nordby Kommune' : 'Vestby Municipality'} byder velkommen`).kind !== 'dontKnow',
      );
    });
  }

  it('the price of a single room does not answer a double room, nor an extra night', () => {
    for (const question of ['is there a price for a double room', 'can i book an extra night before with the same code and price']) {
      const reply = answer(english, EN_NOW, question);
      assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
    }
    assert.ok(answer(english, EN_NOW, 'what does the hotel room cost').text.includes('1,095'));
  });
});
