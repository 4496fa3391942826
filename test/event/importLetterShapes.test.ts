import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { MeetingEvent } from '../../src/event/model';
import { knowledgeOf } from '../helpers/knowledge';
import { runEntry } from '../helpers/questionSets';
import { draftOf } from '../helpers/drafts';

/** Small letters of shapes the examples do not have, written for these tests; each must give a valid draft. */
const imported = (lines: string[], today: string) => draftOf(lines, today);

/** The bot's reply to one message about the event, and its kind. */
function reply(event: MeetingEvent, q: string, now: string): { text: string; kind: string } {
  const result = runEntry({ q }, knowledgeOf(event), DateTime.fromISO(now));
  return { text: result.reply, kind: result.kind };
}

describe('the letter’s own date is not the meeting’s', () => {
  it('when a dated letterhead is followed by a two-day meeting with no time beside its dates, then the meeting is the two days', () => {
    const { result } = imported(
      [
        'Vestby Teachers’ Network',
        'Storegade 1, 9990 Vestby',
        '',
        'Vestby, 3 March 2027',
        '',
        'Invitation: Spring Seminar 2027',
        'Vestby, Monday 10 – Tuesday 11 May 2027',
        '',
        'Programme',
        '',
        'Day 1 – Monday 10 May',
        '10.00  Welcome',
        '16.00  End of day 1',
        '',
        'Day 2 – Tuesday 11 May',
        '09.00  Workshops',
        '12.00  Lunch and departure',
        '',
        'Kind regards,',
        'Anna Holm',
      ],
      '2027-04-01',
    );
    assert.equal(result.event.letterDate, '2027-03-03');
    assert.equal(result.event.start, '2027-05-10T10:00');
    assert.equal(result.event.end, '2027-05-11T12:00');
    // "Day 1 – Monday 10 May" is the tenth, not a range from the first.
    assert.deepEqual([...new Set(result.event.programme?.map((item) => item.date))], ['2027-05-10', '2027-05-11']);
  });

  it('when a bare date heads the letter and the meeting is written without its year, then the meeting is after the letter', () => {
    const { result } = imported(
      [
        'Nordby Kommune',
        '',
        '12. januar 2027',
        '',
        'Invitation til borgermøde om skolerne',
        '',
        'Borgermødet afholdes onsdag den 3. februar kl. 19.00-21.00 på Nordby Rådhus, Torvet 2, 9991 Nordby.',
        '',
        'Med venlig hilsen',
        'Nordby Kommune',
      ],
      '2027-01-20',
    );
    assert.equal(result.event.letterDate, '2027-01-12');
    assert.equal(result.event.start, '2027-02-03T19:00');
  });

  it('when a bare date under the title is the meeting’s and a later date is only mentioned, then the bare date is the meeting', () => {
    const { result } = imported(
      [
        'Borgermøde om skolen',
        '',
        '15. marts 2027',
        'kl. 19.00-21.00 i Hallen, Skolevej 1, 9990 Vestby',
        '',
        'Næste borgermøde er 10. april 2027.',
      ],
      '2027-02-01',
    );
    assert.equal(result.event.start, '2027-03-15T19:00');
    assert.equal(result.event.letterDate, undefined);
  });

  it('when the only date is at the top of the letter, then it is still the meeting’s', () => {
    const { result } = imported(
      ['Kaffemøde', '', '4. maj 2027', 'kl. 10.00-12.00', '', 'Borgerhuset, Torvet 2, 9991 Nordby'],
      '2027-04-01',
    );
    assert.equal(result.event.start, '2027-05-04T10:00');
  });
});

describe('a dinner’s place is not the venue', () => {
  it('when the venue stands under a heading without a colon and the programme holds a dinner at a restaurant, then the venue is the one under the heading', () => {
    const { result } = imported(
      [
        'Invitation: Coastal Forum 2027',
        'Thursday 7 October 2027, 10.00–16.00',
        '',
        'Venue',
        'Harbour House, Kajgade 4, 9990 Vestby',
        'Harbour House is a short walk from Vestby Station.',
        '',
        'Programme',
        '10.00  Welcome',
        '12.00  Lunch',
        '16.00  End of day',
        '19.00  Dinner at Restaurant Fyret, Fyrvej 2, 9990 Vestby',
        '',
        'Kind regards,',
        'Anna Holm',
      ],
      '2027-08-01',
    );
    assert.equal(result.event.venue.name, 'Harbour House');
    assert.equal(result.event.venue.address, 'Kajgade 4, 9990 Vestby');
  });

  it('when a box of facts gives the venue and then the dinner’s restaurant, then the venue is the labelled one', () => {
    const { result } = imported(
      [
        'Temadag',
        '',
        'Tid: Tirsdag den 9. marts 2027 kl. 9.30-15.30',
        'Sted: Hotel Fjord, Fjordvej 2, 9990 Vestby',
        'Middag: Restaurant Havet, Havnevej 1, 9990 Vestby',
      ],
      '2027-01-01',
    );
    assert.equal(result.event.venue.address, 'Fjordvej 2, 9990 Vestby');
  });

  it('when the dinner is the event itself, then its restaurant under the date is the venue', () => {
    const { result } = imported(
      ['Sommerfest for frivillige', '', 'Fredag den 4. juni 2027 kl. 18.00-23.00', '', 'Restaurant Havet, Havnevej 1, 9990 Vestby'],
      '2027-05-01',
    );
    assert.equal(result.event.venue.name, 'Restaurant Havet');
  });

  it('when the dinner ends the first of two days, then it does not run until the second day’s first item', () => {
    const { event } = imported(
      [
        'Invitation: Coastal Forum 2027',
        'Harbour House, Kajgade 4, 9990 Vestby',
        '',
        'Day 1 – Thursday 7 October 2027',
        '10.00  Welcome',
        '16.00  End of day 1',
        '19.00  Dinner at Restaurant Fyret, Fyrvej 2, 9990 Vestby',
        '',
        'Day 2 – Friday 8 October 2027',
        '09.00  Workshops',
        '12.00  Lunch and departure',
      ],
      '2027-08-01',
    );
    // "End of day 1" is a moment, not a session until the dinner.
    assert.equal(event.programme.find((item) => JSON.stringify(item.title).includes('End of day 1'))?.end, undefined);
    const answer = reply(event, 'when is the dinner', '2027-09-01T10:00:00+02:00').text;
    assert.match(answer, /19:00/);
    assert.doesNotMatch(answer, /09:00/);
    // Where the dinner is: the item that says so, not the venue.
    assert.match(reply(event, 'where is the dinner', '2027-09-01T10:00:00+02:00').text, /Fyrvej 2/);
    assert.match(reply(event, 'where is it', '2027-09-01T10:00:00+02:00').text, /Kajgade 4/);
  });

  it('when a sentence sends people to dinner at a restaurant, then that address is not the venue either', () => {
    const { result } = imported(
      [
        'Temadag om klima',
        '',
        'Tirsdag den 9. marts 2027 kl. 9.30-15.30 i Kulturhuset.',
        '',
        'Om aftenen spiser vi middag på Restaurant Havnen, Havnegade 3, 9990 Vestby, for dem der har lyst.',
        '',
        'Med venlig hilsen',
        'Anna Holm',
      ],
      '2027-01-10',
    );
    assert.equal(result.event.venue.name, 'Kulturhuset');
    assert.equal(result.event.venue.address, undefined);
  });
});

describe('a chatty e-mail', () => {
  it('when the end is "til ca." and the room is a numbered room, then both are found and the signer with a number is the contact', () => {
    const { result, event } = imported(
      [
        'Fra: Lene Berg',
        'Sendt: 1. marts 2027 08:10',
        'Til: Alle i Team Syd',
        'Emne: Teammøde torsdag d. 18/3',
        '',
        'Hej alle',
        '',
        'Vi holder teammøde torsdag d. 18/3 fra kl. 13.00 til ca. 15.30 i lokale 204.',
        '',
        'Husk jeres kalender.',
        '',
        'Mvh Lene, 22 33 44 55',
      ],
      '2027-03-01',
    );
    assert.equal(result.event.start, '2027-03-18T13:00');
    assert.equal(result.event.end, '15:30');
    assert.equal(result.event.endIsEstimate, undefined);
    assert.equal(result.event.venue.room, 'lokale 204');
    assert.equal(event.venue.notStated, false);
    const contact = result.event.people?.find((p) => p.roles?.includes('contact'));
    assert.equal(contact?.name, 'Lene Berg');
    assert.equal(contact?.phone, '22 33 44 55');
    // The room alone is where: the bot names it rather than saying the letter does not say.
    for (const q of ['hvor er det', 'where is it']) {
      const answer = reply(event, q, '2027-03-02T10:00:00+01:00');
      assert.equal(answer.kind, 'answer', q);
      assert.match(answer.text, /lokale 204/, q);
    }
    assert.match(reply(event, 'hvornår slutter vi', '2027-03-02T10:00:00+01:00').text, /15[.:]30/);
  });

  it('when the end is in a later clause and the writer asks for a text message, then the end, the room and her number are found', () => {
    const { result, event } = imported(
      [
        'Fra: Karen Dahl',
        'Sendt: 15. februar 2027 kl. 07.52',
        'Emne: Pæd. dag',
        '',
        'Kære alle',
        '',
        'Vi mødes onsdag d. 3/3 kl. 14.15 i personalerummet (lok. 112), og vi regner med at slutte ca. 16.45.',
        '',
        'Denne gang handler det om læsning i indskolingen.',
        '',
        'Hvis I ikke kan komme, så giv mig besked senest fredag d. 26/2 – bare en sms på 23 45 67 89.',
        '',
        'Mange hilsner',
        'Karen',
        'Skoleleder, Vestby Skole',
      ],
      '2027-02-15',
    );
    assert.equal(result.event.start, '2027-03-03T14:15');
    assert.equal(result.event.end, '16:45');
    assert.equal(result.event.venue.room, 'personalerummet (lok. 112)');
    assert.match(JSON.stringify(result.event.focus), /læsning i indskolingen/);
    // Now that the end is known, one talk's length is still not the meeting's.
    const now = '2027-02-20T10:00:00+01:00';
    assert.notEqual(reply(event, 'hvor lang tid varer oplægget', now).kind, 'answer');
    assert.match(reply(event, 'hvor lang tid varer mødet', now).text, /2 timer og 30 minutter/);
    const karen = result.event.people?.find((p) => p.name === 'Karen Dahl');
    assert.equal(karen?.phone, '23 45 67 89');
    assert.ok(karen?.roles?.includes('contact'));
  });

  it('when someone asks whom to tell they cannot come, then the answer is the contact with her number', () => {
    const { event } = imported(
      [
        'Fra: Lene Berg',
        'Emne: Teammøde torsdag d. 18/3',
        '',
        'Vi holder teammøde torsdag d. 18/3 2027 fra kl. 13.00 til ca. 15.30 i lokale 204.',
        '',
        'Kan du ikke komme, så svar på denne mail senest d. 15/3.',
        '',
        'Mvh Lene, 22 33 44 55',
      ],
      '2027-03-01',
    );
    for (const q of ['hvem skal jeg melde afbud til', 'who should i tell', 'how do i tell her']) {
      const answer = reply(event, q, '2027-03-02T10:00:00+01:00');
      assert.equal(answer.kind, 'answer', q);
      assert.match(answer.text, /Lene Berg/, q);
      assert.match(answer.text, /22 33 44 55/, q);
    }
  });

  it('when the greeting is short and the number stands under the first name, then the writer is still the contact', () => {
    for (const greeting of ['Kh Lene', 'Vh. Lene', 'Best, Lene']) {
      const { result } = imported(
        [
          'Fra: Lene Berg',
          'Emne: Teammøde torsdag d. 18/3',
          '',
          'Vi holder teammøde torsdag d. 18/3 2027 fra kl. 13.00 til 15.30 i lokale 204.',
          '',
          greeting,
          '22 33 44 55',
        ],
        '2027-03-01',
      );
      const contact = result.event.people?.find((p) => p.roles?.includes('contact'));
      assert.equal(contact?.name, 'Lene Berg', greeting);
      assert.equal(contact?.phone, '22 33 44 55', greeting);
    }
  });

  it('when a signature names one word that is no person, then no one is made of it', () => {
    const { result } = imported(
      ['Møde i bestyrelsen tirsdag den 4. maj 2027 kl. 17.00-19.00 i Klubhuset, Banevej 3, 9990 Vestby.', '', 'Mvh', 'Bestyrelsen'],
      '2027-04-01',
    );
    assert.equal(result.event.people, undefined);
  });
});

describe('a hybrid meeting', () => {
  const letter = [
    '# Netværksmøde om affald',
    '',
    '**Torsdag den 10. juni 2027 kl. 13.00–15.00**',
    '',
    'Online via Teams: https://teams.example/l/meetup-join/affald-10juni',
    'Du kan logge på fra kl. 12.45 og teste lyden.',
    '',
    'Vil du hellere sidde sammen med andre, er der 15 pladser i Lokale 2, Miljøhuset, Åvej 5, 9990 Vestby.',
    'Pladserne i lokalet kræver tilmelding på https://affald.example/tilmeld senest den 1. juni 2027.',
    '',
    'Du skal ikke tilmelde dig for at deltage online.',
  ];

  it('when only the room’s seats need sign-up, then sign-up is required, and the room, the link and the log-on time are found', () => {
    const { result } = imported(letter, '2027-05-01');
    assert.notEqual(result.event.registration?.required, false);
    assert.equal(result.event.registration?.url, 'https://affald.example/tilmeld');
    assert.equal(result.event.registration?.deadline, '2027-06-01');
    assert.equal(result.event.venue.name, 'Miljøhuset');
    assert.equal(result.event.venue.room, 'Lokale 2');
    assert.equal(result.event.practical?.online?.url, 'https://teams.example/l/meetup-join/affald-10juni');
    assert.equal(result.event.practical?.arrival?.time, '12:45');
  });

  it('when asked for "the link", then the bot gives the link to join, and when to log on without doors that open', () => {
    const { event } = imported(letter, '2027-05-01');
    const now = '2027-05-20T10:00:00+02:00';
    for (const q of ['hvad er linket', 'what is the link']) {
      const answer = reply(event, q, now).text;
      assert.match(answer, /teams\.example\/l\/meetup-join\/affald-10juni/, q);
      assert.doesNotMatch(answer, /affald\.example\/tilmeld/, q);
    }
    assert.match(reply(event, 'hvad er linket til tilmelding', now).text, /affald\.example\/tilmeld/);
    for (const q of ['kan jeg komme fysisk?', 'can i attend in person']) assert.match(reply(event, q, now).text, /Åvej 5/, q);
    // The 15 seats are the room's: how many can join online is not said.
    assert.equal(reply(event, 'how many can join online', now).kind, 'dontKnow');
    assert.match(reply(event, 'hvor mange pladser er der', now).text, /15/);
    for (const q of ['hvornår kan jeg logge på', 'when can i join the link']) {
      const answer = reply(event, q, now).text;
      assert.match(answer, /12[.:]45/, q);
      assert.doesNotMatch(answer, /dørene|doors/i, q);
    }
  });

  it('when no one needs to sign up, online or in the room, then sign-up is not required', () => {
    const { result } = imported(
      [...letter.slice(0, 8), 'Tilmelding er ikke nødvendig – hverken online eller i lokalet. Bare mød op.'],
      '2027-05-01',
    );
    assert.equal(result.event.registration?.required, false);
  });
});

describe('a yes/no check of the place', () => {
  const { event } = imported(
    [
      'Invitation: Youth Forum 2027',
      'Thursday 7 October 2027, 10.00–15.00',
      'Harbour House, Kajgade 4, 9990 Vestby',
      '',
      'Programme',
      '10.00  Welcome',
      '11.00  Case: Youth budgets in Nordby, by Eva Lund, Nordby Municipality',
      '13.00  Lessons from Sønderby',
      '15.00  End of day',
    ],
    '2027-08-01',
  );
  const now = '2027-09-01T10:00:00+02:00';

  it('when the town asked about is only in a programme item or an organisation, then the answer is the venue, and no', () => {
    for (const q of ['is it in nordby?', 'er det i Sønderby?', 'foregår mødet i nordby']) {
      const answer = reply(event, q, now).text;
      assert.match(answer, /^(No|Nej)\b/, q);
      assert.match(answer, /Kajgade 4/, q);
    }
    assert.match(reply(event, 'is it in vestby?', now).text, /^Yes\b/);
  });

  it('when a place question goes on to ask something else, then it is not taken as a place check', () => {
    assert.doesNotMatch(reply(event, 'er Harbour House i Vestby tilgængeligt for kørestolsbrugere?', now).text, /^(Ja|Yes)\b/);
  });

  it('when the room is asked with the wrong number, then the answer is no', () => {
    const { event: room } = imported(
      ['Teammøde torsdag den 18. marts 2027 kl. 13.00-15.00 i lokale 204.', '', 'Mvh Lene, 22 33 44 55'],
      '2027-03-01',
    );
    assert.match(reply(room, 'er det i lokale 214?', '2027-03-02T10:00:00+01:00').text, /^Nej\b/);
    assert.match(reply(room, 'er det i lokale 204?', '2027-03-02T10:00:00+01:00').text, /^Ja\b/);
  });
});

describe('a meeting dated before its letter', () => {
  it('when the only meeting date is before the letter’s date, then the draft asks to check both', () => {
    const { result } = imported(
      [
        'Dato: 10. maj 2027',
        '',
        'Invitation til bestyrelsesmøde',
        '',
        'Mødet holdes onsdag den 3. marts 2027 kl. 10.00-12.00 i Klubhuset.',
      ],
      '2027-05-10',
    );
    assert.equal(result.event.start, '2027-03-03T10:00');
    assert.ok(result.checks.some((check) => check.path[0] === 'start' && /before the letter/.test(check.message)));
  });
});
