import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * Two letters written for these tests (made-up places): an evening meeting with a programme, a reply deadline, a room
 * on a floor, a phone number to pay to and a fee. Asked about a time one comes or leaves, and yes/no about their facts.
 */
const LETTERS = [
  {
    id: 'borgermoede-vestby-2027',
    today: '2027-03-01',
    text: `Borgermøde om den nye skolestruktur

Mødet holdes tirsdag den 16. marts 2027 kl. 19.00-21.30 i salen på 3. sal i Vestby Medborgerhus, Torvet 1, 7100 Vestby.

Program
kl. 19.00 Velkomst
kl. 19.20 Oplæg om skolestrukturen
kl. 20.15 Pause med kaffe
kl. 20.30 Spørgsmål fra salen
kl. 21.15 Afrunding

Tilmelding senest fredag den 5. marts 2027 til Anne Berg, anne@vestby.example.
Kaffen koster 40 kr., som betales på MobilePay til 41 88 27 03.
Kontingentet for næste år er fastsat til 1.450 kr.

Med venlig hilsen
Anne Berg`,
    lateAt20: 'jeg kommer nok først ved 20-tiden',
    itemAt20: 'Spørgsmål fra salen',
    leaveAt9: 'jeg skal gå kl 9, hvad går jeg glip af',
    itemAfter9: 'Afrunding',
    otherMeeting: 'jeg kommer nok 20 min for sent pga et andet møde',
    checks: [
      { q: 'skal jeg tilmelde mig inden 1. april?', yes: false, fact: '5. marts' },
      { q: 'skal jeg tilmelde mig senest 5. marts?', yes: true, fact: '5. marts' },
      // A day with no month agrees by the day.
      { q: 'skal man tilmelde sig senest d. 5.?', yes: true, fact: '5. marts' },
      { q: 'er salen på 2. sal?', yes: false, fact: '3. sal' },
      { q: 'er det på 3. sal?', yes: true, fact: '3. sal' },
      { q: 'skal kaffen mobilepayes til 41 88 27 30?', yes: false, fact: '41 88 27 03' },
      { q: 'er kontingentet stadig 1.350 kr?', yes: false, fact: '1.450 kr' },
    ],
    meetingDate: { q: 'er mødet den 16. marts?', yes: true },
  },
  {
    id: 'residents-evening-nordby-2027',
    today: '2027-04-01',
    text: `Residents' evening on the harbour plan

The meeting is on Thursday 22 April 2027, 18.00-21.00, in the hall of Nordby Library, 2nd floor, Havnevej 2, 6700 Nordby.

Programme
18.00 Welcome
18.15 The harbour plan in brief
19.00 Dinner
19.45 Questions and answers
20.45 Closing remarks

Please reply by Friday 9 April 2027 to Lars Holm, lars@nordby.example.
The dinner costs DKK 150, paid by MobilePay to 28 61 44 90.
The annual membership fee is EUR 110.

Best regards
Lars Holm`,
    lateAt20: "I'll probably get there around 8",
    itemAt20: 'Closing remarks',
    leaveAt9: 'I have to leave at half past seven, what will I miss',
    itemAfter9: 'Questions and answers',
    otherMeeting: "I'll be 20 minutes late because of another meeting",
    checks: [
      { q: 'do I have to reply by 1 May?', yes: false, fact: '9 April' },
      { q: 'so I reply by 9 April?', yes: true, fact: '9 April' },
      { q: 'is the hall on the 3rd floor?', yes: false, fact: '2nd floor' },
      { q: 'is it on the 1st floor?', yes: false, fact: '2nd floor' },
      { q: 'do I mobilepay the dinner to 28 61 44 09?', yes: false, fact: '28 61 44 90' },
      { q: 'so the membership fee is EUR 120?', yes: false, fact: 'EUR 110' },
    ],
    meetingDate: { q: 'is the meeting on 22 April?', yes: true },
  },
];

const YES = /^(Ja|Yes) –/;
const NO = /^(Nej|No) –/;

describe('a time one comes or leaves at is answered with the programme around it', () => {
  for (const letter of LETTERS) {
    const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));
    const now = DateTime.fromISO(`${letter.today}T10:00:00+01:00`, { setZone: true });
    it(`${letter.id}: coming at an hour said loosely names what happens then`, () => {
      const reply = ask(letter.lateAt20, knowledge, { now }).answer;
      assert.equal(reply?.kind, 'answer', reply?.text);
      assert.ok(reply?.text.includes(letter.itemAt20), reply?.text);
    });
    it(`${letter.id}: leaving at an hour without am/pm is read within the meeting's hours`, () => {
      const reply = ask(letter.leaveAt9, knowledge, { now }).answer;
      assert.equal(reply?.kind, 'answer', reply?.text);
      assert.ok(reply?.text.includes(letter.itemAfter9), reply?.text);
    });
    it(`${letter.id}: coming late because of another meeting is no wish to switch meetings`, () => {
      const result = ask(letter.otherMeeting, knowledge, { now });
      assert.equal(result.understanding.kind, 'question');
      assert.match(result.answer?.text ?? '', /19\.00|18[.:]00/);
    });
  }
});

describe('a yes/no question naming a fact of something else than the meeting is held against the letter', () => {
  for (const letter of LETTERS) {
    const knowledge = new EventKnowledge(parseEvent(importLetter(letter.text, { today: letter.today, id: letter.id }).event, letter.id));
    const now = DateTime.fromISO(`${letter.today}T10:00:00+01:00`, { setZone: true });
    for (const check of letter.checks) {
      it(`${letter.id}: "${check.q}" → ${check.yes ? 'yes' : 'no'}, with the letter's ${check.fact}`, () => {
        const reply = ask(check.q, knowledge, { now }).answer;
        assert.match(reply?.text ?? '', check.yes ? YES : NO);
        assert.ok(reply?.text.includes(check.fact), reply?.text);
      });
    }
    it(`${letter.id}: the meeting's own date is still checked against the meeting`, () => {
      const reply = ask(letter.meetingDate.q, knowledge, { now }).answer;
      assert.match(reply?.text ?? '', letter.meetingDate.yes ? YES : NO);
    });
  }
});

describe('a yes/no question naming a length, share, amount or time of another thing is held against its own sentence', () => {
  // Made up for this test: a consultation with a compound-word sentence beside it, a share, a price next to another
  // amount, and pick-up stops on timed lines.
  const text = `Borgermøde om planerne for Østby

Mødet holdes onsdag den 12. maj 2027 kl. 19.00 i Østby Forsamlingshus, Bygade 3, 8000 Østby.

Kommunen vil anlægge en cykelsti på den 2,8 km lange strækning mellem Østby og Vesterby.

Høring
Forslaget er i høring frem til fredag den 28/5 kl. 12.00, og alle kan sende bemærkninger til kommunen.

Vi sender et fælles høringssvar fra foreningen – skriv til os inden 20/5, hvis du vil have noget med.

Grundejerforeningen foreslår, at huslejen for fælleshuset stiger med 4,5 % fra næste år.

Deltagelse koster 50 kr. inkl. kaffe og kage, og efter kaffen kører vi hjem ved 21.30-tiden.

Bussen samler op:
  kl. 18.15   Vesterby Rutebilstation, Stationsvej 2
  kl. 18.35   Nordby Skole, Skolevej 1

Med venlig hilsen
Mette Lund, mette@oestby.example`;
  const id = 'planer-oestby';
  const knowledge = new EventKnowledge(parseEvent(importLetter(text, { today: '2027-04-20', id }).event, id));
  const now = DateTime.fromISO('2027-04-20T10:00:00+02:00', { setZone: true });
  const checks = [
    // A length asked in English of a Danish word the glossary translates.
    { q: 'is the path 5 km?', yes: false, fact: '2,8 km' },
    { q: 'er stien 2,8 km?', yes: true, fact: '2,8 km' },
    // The consultation itself, not the sentence whose compound only starts with it ("høringssvar").
    { q: 'is the consultation deadline 1 June?', yes: false, fact: '28/5' },
    { q: 'does the rent go up 3 percent?', yes: false, fact: '4,5 %' },
    { q: 'stiger huslejen 4,5 procent?', yes: true, fact: '4,5 %' },
    // The timed line naming the stop, not another sentence with a time.
    { q: 'bussen kører vel kl 18.30 fra rutebilstationen?', yes: false, fact: '18.15' },
    { q: 'does the bus leave the school at 18.35?', yes: true, fact: '18.35' },
    // The price is still the price.
    { q: 'koster det 50 kr?', yes: true, fact: '50 kr' },
  ];
  for (const check of checks) {
    it(`"${check.q}" → ${check.yes ? 'yes' : 'no'}, with the letter's ${check.fact}`, () => {
      const reply = ask(check.q, knowledge, { now }).answer;
      assert.match(reply?.text ?? '', check.yes ? YES : NO);
      assert.ok(reply?.text.includes(check.fact), reply?.text);
    });
  }
  it('a thing no sentence gives a value of is not confirmed or denied', () => {
    const reply = ask('is the parking 20 kr?', knowledge, { now }).answer;
    assert.doesNotMatch(reply?.text ?? '', /^(Ja|Yes|Nej|No) –/);
  });
});

describe('an amount of another thing than the price is held against its own sentence', () => {
  const text = `Julefrokost i afdelingen

Vi holder julefrokost fredag den 3. december 2027 kl. 18.00 i Kantinen, Havnegade 4, 8000 Østby.

Pakkeleg
Vi spiller pakkeleg, så husk at tage en pakke med til max 60 kr. Gerne noget sjovt.

Menu
Sild, flæskesteg og risalamande, og bagefter er der musik og dans.

Pris
Firmaet giver maden. Egenbetalingen er 200 kr., som dækker drikkevarer. Betal via MobilePay senest 20. november.

Med venlig hilsen
Festudvalget, fest@oestby.example`;
  const id = 'julefrokost-oestby';
  const knowledge = new EventKnowledge(parseEvent(importLetter(text, { today: '2027-11-01', id }).event, id));
  const now = DateTime.fromISO('2027-11-01T10:00:00+01:00', { setZone: true });
  it('the gift limit is the sentence that gives it', () => {
    const reply = ask('is the gift limit 100 kr', knowledge, { now }).answer;
    assert.match(reply?.text ?? '', NO);
    assert.ok(reply?.text.includes('60 kr'), reply?.text);
  });
  it('the price is still checked against the price', () => {
    const reply = ask('koster det 200 kr?', knowledge, { now }).answer;
    assert.match(reply?.text ?? '', YES);
    assert.ok(reply?.text.includes('200 kr'), reply?.text);
  });
});

describe('a letter with a date and no time of day', () => {
  const text = `Kursusaften for frivillige

Kurset holdes tirsdag den 5. oktober 2027 i Vestby Bibliotek, Torvet 2, 7100 Vestby.

Kontakt: Hanne Juul, hanne@vestby.example`;
  const knowledge = new EventKnowledge(parseEvent(importLetter(text, { today: '2027-09-01', id: 'kursus-vestby' }).event, 'kursus-vestby'));
  const now = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });
  it('coming late is not told a made-up time', () => {
    for (const q of ['jeg kommer nok 10 min for sent', "I'll be a bit late"]) {
      const reply = ask(q, knowledge, { now }).answer;
      assert.ok(reply && !/00[.:]00/.test(reply.text), reply?.text);
    }
  });
});

describe('a programme table in one paragraph is no timed line of one thing', () => {
  // Made up for this test: a programme written as a table, whose rows the passage index keeps as one paragraph.
  const text = `Network day on green harbours

The network day is on Thursday 9 September 2027 in Østby Harbour House, Kajgade 2, 8000 Østby.

| Time | Session |
|------|---------|
| 09:30 | Registration and coffee |
| 10:00 | Welcome by the chair |
| 10:30 | Talk on harbour dikes |
| 12:00 | Lunch |
| 13:00 | Walk along the quay |
| 15:00 | End of the day |

Kind regards
Mette Lund, mette@oestby.example`;
  const id = 'green-harbours-oestby';
  const knowledge = new EventKnowledge(parseEvent(importLetter(text, { today: '2027-08-01', id }).event, id));
  const now = DateTime.fromISO('2027-08-01T10:00:00+02:00', { setZone: true });
  it('"does registration open at 9?" is answered with registration\'s time, not the whole programme', () => {
    const reply = ask('does registration open at 9?', knowledge, { now }).answer?.text ?? '';
    assert.ok(/09[.:]30/.test(reply), reply);
    assert.ok(!/13[.:]00|Walk along/.test(reply), reply);
    assert.ok(!/says nothing|doesn't say/.test(reply), reply);
  });
});

describe('a word the letter writes itself names its own thing, not the title its counterpart is in', () => {
  // Made up for this test: an annual meeting whose title shares a word with a counterpart of "fee" ("annual fee").
  const text = `Annual Meeting of the Østby Walking Club

The annual meeting is on Tuesday 14 September 2027 at 19.00 in Østby Club House, Skovvej 8, 8000 Østby.

Membership fee: The board proposes to raise the fee for adult members from EUR 40 to EUR 55 from 1 January 2028.

Kind regards
Mette Lund, mette@oestby.example`;
  const id = 'walking-club-oestby';
  const knowledge = new EventKnowledge(parseEvent(importLetter(text, { today: '2027-08-01', id }).event, id));
  const now = DateTime.fromISO('2027-08-01T10:00:00+02:00', { setZone: true });
  it('"so the fee goes up to 60 eur?" is corrected from the fee\'s sentence', () => {
    const reply = ask('so the fee goes up to 60 eur?', knowledge, { now }).answer?.text ?? '';
    assert.match(reply, NO);
    assert.ok(reply.includes('EUR 55'), reply);
  });
});
