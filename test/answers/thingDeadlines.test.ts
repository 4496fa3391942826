import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * Dates of other things than the meeting and signing up: a deadline asked of a thing is answered by the sentence that
 * writes that thing's deadline, a follow-up of a few words ("by when?", "from when?") asks it of the thing asked
 * about before, and a date quoted in the letter's language is also written as the asker's language writes it.
 */

const now = DateTime.fromISO('2027-08-02T10:00:00+02:00', { setZone: true });

const DANISH = draftKnowledge(
  [
    'Borgermøde om den nye skolestruktur',
    '',
    'Vestby Kommune inviterer til borgermøde tirsdag den 12. oktober 2027 kl. 19.00-21.00 i Vestby Hallen, Idrætsvej 3, 6000 Vestby.',
    '',
    'Materialet om forslaget kan læses på vestby.example.dk/skoler fra den 1. oktober.',
    '',
    'Har du et spørgsmål, du hellere vil stille skriftligt, kan du sende det til skoler@vestby.example.dk senest fredag den 8. oktober – så tager ordstyreren det med.',
    '',
    'Tilmelding senest den 6. oktober 2027 på vestby.example.dk/tilmeld.',
    '',
    'Venlig hilsen',
    'Else Kjær, skolekonsulent, else@vestby.example.dk',
  ].join('\n'),
  '2027-08-02',
  'borgermoede-skolestruktur',
);

const ENGLISH = draftKnowledge(
  [
    'Study visit: Green harbours 2027',
    '',
    'The Nordic Harbour Network invites you to a study visit on Tuesday 12 October 2027, 09:00-16:00, at Harbour House, Kajgade 4, 8000 Aarhus C.',
    '',
    'Accommodation',
    'We have reserved a block of rooms at Hotel Fjordkig, Havnegade 2, 8000 Aarhus C for the night of 11 October at DKK 1,050 per night including breakfast. Please book directly with the hotel and quote the booking code HARBOUR27. The booking deadline is 6 September 2027; after this date, unbooked rooms are released.',
    '',
    'Register by 20 September 2027 at harbours.example.org/register.',
    '',
    'Kind regards',
    'Anna Berg, coordinator, anna@harbours.example.org',
  ].join('\n'),
  '2027-08-02',
  'study-visit-harbours',
);

describe('deadlines of other things than signing up', () => {
  it('a deadline asked of a thing is the sentence that writes its deadline, not another date of the thing', () => {
    for (const question of ['hvornår skal hotellet være booket', 'when do i need to book the hotel by']) {
      const [text] = conversation(ENGLISH, now, question);
      assert.match(text!, /6 September/, question);
      assert.doesNotMatch(text!, /20 September/, question);
    }
  });

  it('"by when?" after a question about a thing asks the thing\'s deadline, not the sign-up deadline', () => {
    const [, text] = conversation(DANISH, now, 'can i send a question beforehand', 'by when?');
    assert.match(text!, /8\. oktober/);
    assert.match(text!, /8 October/);
    assert.doesNotMatch(text!, /6\. oktober/);
  });

  it('"from when?" after a question answered from the letter asks when of what it named, not the meeting', () => {
    const [, text] = conversation(DANISH, now, 'where can i find the material', 'from when?');
    assert.match(text!, /1\. oktober/);
    assert.doesNotMatch(text!, /12\. oktober|19[.:]00/);
  });

  it('a follow-up of when whose thing the letter gives no date is not answered with the meeting or the sign-up', () => {
    const [, text] = conversation(DANISH, now, 'kan jeg aflevere min gamle sofa', 'hvornår kan jeg så');
    assert.doesNotMatch(text!, /12\. oktober|6\. oktober/);
  });
});

const FORUM = draftKnowledge(
  [
    'Nordic Coastal Forum 2027',
    '',
    'The forum meets on Wednesday 16 June 2027, 10:00-16:00, at Coast Hall, Strandvej 3, 9000 Aalborg.',
    '',
    'Hotel',
    'A block of rooms has been reserved at Hotel Kyst, Strandvej 7, a short walk from the venue, at DKK 995 per night including breakfast. Book directly with the hotel and quote the code KYST27. The rooms are held until 14 May.',
    '',
    'Fees and cancellation',
    'The fee is DKK 1,500. Cancellation is free of charge until 1 June 2027; after that the full fee is charged.',
    '',
    'Register by 20 May 2027 at coast.example.org/register.',
    '',
    'Kind regards',
    'Ida Lund, coordinator, ida@coast.example.org',
  ].join('\n'),
  '2027-04-02',
  'nordic-coastal-forum',
);

describe('until when of a practical matter whose fact gives no date', () => {
  const april = DateTime.fromISO('2027-04-02T10:00:00+02:00', { setZone: true });
  it("the sentence that holds the rooms until a date answers, not the hotel's fact", () => {
    const [text] = conversation(FORUM, april, 'until when are the rooms held');
    assert.match(text!, /14 May/);
    assert.doesNotMatch(text!, /20 May/);
  });

  it('whether one can cancel for free is the cancellation rule with its date, not the fee', () => {
    const [text] = conversation(FORUM, april, 'can i cancel for free');
    assert.match(text!, /1 June/);
  });
});

describe("dates quoted in the letter's language", () => {
  it('an English answer quoting a Danish date also writes it in English', () => {
    const [text] = conversation(DANISH, now, 'from when can i read the material');
    assert.match(text!, /1\. oktober/);
    assert.match(text!, /1 October/);
  });

  it('a Danish answer quoting a Danish date is left as it is', () => {
    const [text] = conversation(DANISH, now, 'hvor kan jeg læse materialet');
    assert.match(text!, /1\. oktober/);
    assert.doesNotMatch(text!, /October/);
  });
});
