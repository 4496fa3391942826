import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { knowledgeOf } from '../helpers/knowledge';
import { draftOf } from '../helpers/drafts';

/** Letter shapes from a second round of unseen letters; each must give a valid draft. */
const imported = draftOf;

/** The bot's answer to one question about the event, asked before it. */
function answerOf(event: MeetingEvent, question: string, now = '2027-04-01T12:00:00+02:00'): { text: string; kind: string } {
  const { understanding, answer } = ask(question, knowledgeOf(event), { now: DateTime.fromISO(now, { setZone: true }) });
  return { text: answer?.text ?? '', kind: answer?.kind ?? understanding.kind };
}

describe('venue: an address with no name is said with its preposition', () => {
  for (const [lines, question, said] of [
    [
      [
        'Emne: Møde om vejen',
        '',
        'Kære naboer. Vi inviterer til et møde om den nye vej og trafikken i området her i foråret.',
        '',
        'Tirsdag den 11. maj 2027 kl. 19.00–21.00',
        'Storegade 5, 9990 Vestby',
        '',
        'Venlig hilsen',
        'Anna Berg',
      ],
      'hvor er mødet',
      /foregår på Storegade 5/,
    ],
    [
      [
        'Subject: Road meeting',
        '',
        'Dear neighbours. We invite you to a meeting about the new road and the traffic in the area this spring.',
        '',
        'Tuesday 11 May 2027, 19.00–21.00',
        'Harbour Road 9, 6700 Esbjerg',
        '',
        'Kind regards',
        'Anna Berg',
      ],
      'where is it',
      /held at Harbour Road 9/,
    ],
  ] as const) {
    it(`${question} → ${String(said)}`, () => {
      const { event } = imported([...lines]);
      assert.equal(event.venue.name, undefined);
      const reply = answerOf(event, question);
      assert.equal(reply.kind, 'answer');
      assert.match(reply.text, said);
    });
  }
});

describe('venue: a labelled place whose address continues on the next line', () => {
  it('English: "Place:" names the building and room, the street stands under it', () => {
    const { result } = imported([
      'Subject: Annual meeting 2027',
      '',
      'Dear members. The board hereby invites all members to the annual meeting of the association this spring.',
      '',
      'Date:   Tuesday 11 May 2027',
      'Time:   15.00–17.00',
      'Place:  Westbay College, Campus North, Building D, Room D1.12',
      '        Harbour Road 9, 6700 Esbjerg',
      '',
      'Kind regards',
      'Anna Berg',
    ]);
    assert.deepEqual(result.event.venue, {
      name: 'Westbay College, Campus North, Building D',
      room: 'Room D1.12',
      address: 'Harbour Road 9, 6700 Esbjerg',
    });
  });

  it('Danish: "Sted:" names the house and hall, the street under it', () => {
    const { result } = imported([
      'Emne: Generalforsamling 2027',
      '',
      'Kære medlemmer. Bestyrelsen indkalder hermed til ordinær generalforsamling i foreningen til foråret.',
      '',
      'Dato: tirsdag den 11. maj 2027',
      'Tid: kl. 19.00–21.00',
      'Sted: Kulturhuset Vestby, Sal B2.03',
      'Storegade 5, 9990 Vestby',
      '',
      'Med venlig hilsen',
      'Bestyrelsen',
    ]);
    assert.equal(result.event.venue.name, 'Kulturhuset Vestby');
    assert.equal(result.event.venue.room, 'Sal B2.03');
    assert.equal(result.event.venue.address, 'Storegade 5, 9990 Vestby');
  });
});

describe('times: a room number is no clock time', () => {
  it('"Auditorium C2.14" gives no arrival time and "lokale A1.30" no time', () => {
    const { result } = imported([
      'Subject: Seminar 2027',
      '',
      'Dear colleagues. We invite you to our seminar on planning and climate this spring in Esbjerg.',
      '',
      'Date: Tuesday 11 May 2027',
      'Time: 10.00–12.00',
      'Place: Westbay College, Auditorium C2.14, Harbour Road 9, 6700 Esbjerg',
      '',
      'Kind regards',
      'Anna Berg',
    ]);
    assert.equal(result.event.start, '2027-05-11T10:00');
    assert.equal(result.event.practical?.arrival?.time, undefined);
  });
});

describe('venue: a labelled line with a street but no postcode', () => {
  it('Danish: "HVOR: Restaurant X, Vejnavn 7, 1. sal, By (5 min. fra …)"', () => {
    const { result } = imported([
      'Emne: Sommerfest 2027',
      '',
      'Hej alle sammen. Så er det tid til sommerfest igen, og vi glæder os til at se jer alle sammen.',
      '',
      'HVORNÅR: Fredag den 11. juni 2027 kl. 15.00–20.00',
      'HVOR: Café Solsikken, Møllevej 7, 1. sal, Vestby (5 min. gang fra stationen)',
      '',
      'Hilsen',
      'Festudvalget',
    ]);
    assert.equal(result.event.venue.name, 'Café Solsikken');
    assert.equal(result.event.venue.address, 'Møllevej 7, 1. sal, Vestby');
    assert.ok(
      result.checks.some((check) => check.path[0] === 'venue'),
      'no postcode, so the draft asks to check it',
    );
  });

  it('English: "Venue: the Old Mill, Mill Lane 3, Vestby"', () => {
    const { result } = imported([
      'Subject: Summer party 2027',
      '',
      'Hi everyone. It is time for our summer party again, and we look forward to seeing all of you there.',
      '',
      'When: Friday 11 June 2027, 15.00–20.00',
      'Venue: The Old Mill, Mill Lane 3, Vestby',
      '',
      'Best wishes',
      'The party committee',
    ]);
    assert.equal(result.event.venue.name, 'The Old Mill');
    assert.equal(result.event.venue.address, 'Mill Lane 3, Vestby');
  });
});

/** A text of the event in whatever language the letter wrote it. */
const plain = (value: unknown): string | undefined =>
  typeof value === 'string' || value === undefined ? value : String(Object.values(value as Record<string, string>)[0]);
const contactsOf = (event: MeetingEvent) => event.people.filter((p) => p.roles.includes('contact'));
const signatoriesOf = (event: MeetingEvent) => event.people.filter((p) => p.roles.includes('signatory')).map((p) => p.name);

describe('signatures: a letter closed by a group and the list of its members, without a greeting', () => {
  it('Danish: "Festudvalget" / "Anna Holm (Park), Ole Bak (Byg) og Eva Lund (Miljø)"', () => {
    const { event } = imported([
      'Emne: Sommerfest 2027',
      '',
      'Hej alle sammen. Så er det tid til sommerfest igen, og vi glæder os til at se jer alle sammen.',
      '',
      'HVORNÅR: Fredag den 11. juni 2027 kl. 15.00–20.00',
      'HVOR: Café Solsikken, Møllevej 7, 9990 Vestby',
      '',
      'Glædelig sommer!',
      '',
      'Festudvalget',
      'Anna Holm (Vej og Park), Ole Bak (Byggesag) og Eva Lund (Miljø)',
    ]);
    assert.deepEqual(signatoriesOf(event), ['Anna Holm', 'Ole Bak', 'Eva Lund']);
    assert.equal(plain(event.people.find((p) => p.name === 'Anna Holm')?.organisation), 'Vej og Park');
    assert.equal(plain(event.organisers[0]?.name), 'Festudvalget');
  });

  it('English: "The organising team" / "Anna Holm, Ole Bak and Eva Lund"', () => {
    const { event } = imported([
      'Subject: Summer party 2027',
      '',
      'Hi everyone. It is time for our summer party again, and we look forward to seeing all of you there.',
      '',
      'When: Friday 11 June 2027, 15.00–20.00',
      'Venue: The Old Mill, Mill Lane 3, 9990 Vestby',
      '',
      'See you there!',
      '',
      'The organising team',
      'Anna Holm, Ole Bak and Eva Lund',
    ]);
    assert.deepEqual(signatoriesOf(event), ['Anna Holm', 'Ole Bak', 'Eva Lund']);
  });

  it('a closing paragraph of sentences is no signature', () => {
    const { event } = imported([
      'Subject: Summer party 2027',
      '',
      'Hi everyone. It is time for our summer party again, and we look forward to seeing all of you there.',
      '',
      'When: Friday 11 June 2027, 15.00–20.00',
      'Venue: The Old Mill, Mill Lane 3, 9990 Vestby',
      '',
      'Anna Holm and Ole Bak will play music all night.',
    ]);
    assert.deepEqual(signatoriesOf(event), []);
  });
});

describe('signatures: "On behalf of …" closes the letter, the signer below', () => {
  for (const [closing, lang] of [
    ['On behalf of the Board,', 'en'],
    ['På vegne af bestyrelsen', 'da'],
  ] as const) {
    it(`${lang}: "${closing}" then name, title, e-mail`, () => {
      const { event } = imported([
        lang === 'en' ? 'Subject: Annual meeting 2027' : 'Emne: Generalforsamling 2027',
        '',
        lang === 'en'
          ? 'Dear members. The board hereby invites all members to the annual meeting of the association this spring.'
          : 'Kære medlemmer. Bestyrelsen indkalder hermed til ordinær generalforsamling i foreningen til foråret.',
        '',
        lang === 'en' ? 'Tuesday 11 May 2027, 19.00–21.00' : 'Tirsdag den 11. maj 2027 kl. 19.00–21.00',
        'Kulturhuset, Storegade 5, 9990 Vestby',
        '',
        lang === 'en' ? 'If you have any questions, please contact the Secretary.' : 'Har du spørgsmål, så kontakt sekretæren.',
        '',
        closing,
        '',
        'Lena Holm',
        lang === 'en' ? 'Secretary, Vestby Association' : 'Sekretær, Vestby Forening',
        'lena@vestby.dk',
      ]);
      const lena = event.people.find((p) => p.name === 'Lena Holm');
      assert.ok(lena?.roles.includes('signatory'));
      assert.ok(lena?.roles.includes('contact'), 'the signer with an e-mail is whom to ask');
      assert.equal(lena?.email, 'lena@vestby.dk');
    });
  }
});

describe('contacts: a person the letter says to write to, without details', () => {
  it('Danish: "ved at skrive direkte til Ole Bak (Byggesag)"', () => {
    const { event } = imported([
      'Emne: Sommerfest 2027',
      '',
      'Hej alle sammen. Så er det tid til sommerfest igen, og vi glæder os til at se jer alle sammen.',
      '',
      'Fredag den 11. juni 2027 kl. 15.00–20.00 på Café Solsikken, Møllevej 7, 9990 Vestby',
      '',
      'Tilmeld dig i Teams-kanalen eller ved at skrive direkte til Ole Bak (Byggesag) senest 1. juni.',
    ]);
    assert.deepEqual(
      contactsOf(event).map((p) => [p.name, plain(p.organisation)]),
      [['Ole Bak', 'Byggesag']],
    );
  });

  it('English: "questions can be sent to our treasurer, Anna Holm"', () => {
    const { event } = imported([
      'Subject: Summer party 2027',
      '',
      'Hi everyone. It is time for our summer party again, and we look forward to seeing all of you there.',
      '',
      'Friday 11 June 2027, 15.00–20.00 at The Old Mill, Mill Lane 3, 9990 Vestby',
      '',
      'To pay, please write to our treasurer, Anna Holm, before 1 June.',
    ]);
    assert.deepEqual(
      contactsOf(event).map((p) => p.name),
      ['Anna Holm'],
    );
  });
});

describe('contacts: an office with its own number beside the named contact', () => {
  for (const [office, lines] of [
    [
      'Kundeservice',
      [
        'Emne: Åbent hus 2027',
        '',
        'Kære naboer. Vi inviterer til åbent hus på den nye genbrugsplads, hvor I kan se det hele.',
        '',
        'Lørdag den 24. april 2027 kl. 10.00–14.00, Industrivej 14, 9990 Vestby',
        '',
        'Send en sms til 28 74 15 60 med dit navn. Du kan også ringe til kundeservice på 72 36 40 00 på hverdage.',
        '',
        'Har du spørgsmål, er du velkommen til at kontakte projektleder Louise Brandt på lb@vestby.dk eller tlf. 72 36 40 18.',
      ],
    ],
    [
      'Customer service',
      [
        'Subject: Open day 2027',
        '',
        'Dear neighbours. We invite you to an open day at the new recycling centre, where you can see all of it.',
        '',
        'Saturday 24 April 2027, 10.00–14.00, Industrivej 14, 9990 Vestby',
        '',
        'You can also call customer service on 72 36 40 00 on weekdays.',
        '',
        'If you have questions, please contact project manager Louise Brandt at lb@vestby.dk or 72 36 40 18.',
      ],
    ],
  ] as const) {
    it(`${office}: a second contact with its own phone`, () => {
      const { event } = imported([...lines]);
      assert.deepEqual(
        contactsOf(event).map((p) => [p.name, p.phone]),
        [
          ['Louise Brandt', '72 36 40 18'],
          [office, '72 36 40 00'],
        ],
      );
    });
  }
});

describe('price: a membership fee on the agenda is not the price of coming', () => {
  it('English: "Membership fee (item 4): The Board proposes to raise the annual fee from EUR 95 …"', () => {
    const { event } = imported([
      'Subject: Annual meeting 2027',
      '',
      'Dear members. The board hereby invites all members to the annual meeting of the association this spring.',
      '',
      'Tuesday 11 May 2027, 19.00–21.00',
      'Kulturhuset, Storegade 5, 9990 Vestby',
      '',
      'Membership fee (item 4): The Board proposes to raise the annual fee from EUR 95 to EUR 110. The fee for students remains EUR 35.',
      '',
      'Every member who has paid the 2027 fee has one vote.',
    ]);
    assert.equal(event.practical.price, undefined);
    const reply = answerOf(event, 'how much does it cost to attend');
    assert.doesNotMatch(reply.text, /(?:price|fee) is EUR/, reply.text);
  });

  it('Danish: "Bestyrelsen foreslår kontingentet hævet til 1.450 kr." is no price; "Deltagelse koster 100 kr." is', () => {
    const { event } = imported([
      'Emne: Generalforsamling 2027',
      '',
      'Kære medlemmer. Bestyrelsen indkalder hermed til ordinær generalforsamling i foreningen til foråret.',
      '',
      'Tirsdag den 11. maj 2027 kl. 19.00–21.00',
      'Kulturhuset, Storegade 5, 9990 Vestby',
      '',
      'Kontingent: Bestyrelsen foreslår, at kontingentet hæves fra 1.350 kr. til 1.450 kr. om året.',
      '',
      'Spisning efter mødet koster 100 kr. pr. person.',
    ]);
    assert.equal(event.practical.price?.amount, 100);
  });
});

describe('price: the payment section keeps how and by when to pay', () => {
  it('Danish: "PRIS OG BETALING" with MobilePay number and date', () => {
    const { event } = imported([
      'Emne: Sommerfest 2027',
      '',
      'Hej alle sammen. Så er det tid til sommerfest igen, og vi glæder os til at se jer alle sammen.',
      '',
      'Fredag den 11. juni 2027 kl. 15.00–20.00 på Café Solsikken, Møllevej 7, 9990 Vestby',
      '',
      'PRIS OG BETALING',
      "Egenbetaling er 250 kr. pr. person. Beløbet skal MobilePay'es til 41 88 27 03 senest fredag den 28. maj.",
      '',
      'GAVER',
      'Tag en gave med til ca. 50 kr.',
    ]);
    const price = event.practical.price;
    assert.equal(price?.amount, 250);
    assert.match(plain(price?.text) ?? '', /41 88 27 03.*28\. maj/);
    assert.doesNotMatch(plain(price?.text) ?? '', /gave/);
  });

  it('English: "Price and payment" with the account and date', () => {
    const { event } = imported([
      'Subject: Summer party 2027',
      '',
      'Hi everyone. It is time for our summer party again, and we look forward to seeing all of you there.',
      '',
      'Friday 11 June 2027, 15.00–20.00 at The Old Mill, Mill Lane 3, 9990 Vestby',
      '',
      'Price and payment',
      'The party costs DKK 200 per person. Please transfer the amount to account 1234-5678901 by 28 May.',
    ]);
    assert.equal(event.practical.price?.amount, 200);
    assert.match(plain(event.practical.price?.text) ?? '', /1234-5678901.*28 May/);
  });
});

describe('end: an open end in words is quoted, no time is made up', () => {
  for (const [line, question, said] of [
    ['HVORNÅR: Fredag den 3. december 2027, fra kl. 12.30 til vi bliver smidt ud', 'hvornår slutter det', /smidt ud/],
    ['When: Friday 3 December 2027, from 19.00 until late', 'when does it end', /until late/],
  ] as const) {
    it(`${question} → ${String(said)}`, () => {
      const { event } = imported([
        'Subject: Party 2027',
        '',
        'Hi everyone. It is time for our party again, and we look forward to seeing all of you there.',
        '',
        line,
        'Venue: The Old Mill, Mill Lane 3, 9990 Vestby',
      ]);
      assert.ok(event.endIsEstimate);
      const reply = answerOf(event, question, '2027-11-20T12:00:00+01:00');
      assert.equal(reply.kind, 'answer');
      assert.match(reply.text, said);
      assert.doesNotMatch(reply.text, /14[.:]30|21[.:]00/);
    });
  }
});

describe('registration: an early-bird date is not the sign-up deadline', () => {
  for (const [lang, early, deadline, expected] of [
    [
      'da',
      '- Early bird: 1.795 kr. ved tilmelding senest tirsdag den 15. juni 2027',
      'Tilmelding sker på www.konference.dk/tilmelding senest onsdag den 1. september 2027.',
      '2027-09-01',
    ],
    [
      'en',
      '- Early bird rate: DKK 1,795 when you register by 15 June 2027',
      'Please register at www.conference.dk/register no later than 1 September 2027.',
      '2027-09-01',
    ],
  ] as const) {
    it(`${lang}: the deadline is the one for signing up`, () => {
      const { result } = imported([
        lang === 'da' ? 'Emne: Konference 2027' : 'Subject: Conference 2027',
        '',
        lang === 'da'
          ? 'Kære kolleger. Vi inviterer til en konference om fremtidens ældrepleje med oplæg og workshops.'
          : 'Dear colleagues. We invite you to a conference on the future of elderly care with talks and workshops.',
        '',
        lang === 'da' ? 'Tirsdag den 14. september 2027 kl. 9.00–16.00' : 'Tuesday 14 September 2027, 9.00–16.00',
        'Fjordby Kongrescenter, Kajgade 8, 7130 Fjordby',
        '',
        lang === 'da' ? '- Normalpris: 2.195 kr.' : '- Standard rate: DKK 2,195',
        early,
        '',
        deadline,
      ]);
      assert.equal(result.event.registration?.deadline, expected);
    });
  }
});

describe('contacts: blocks that each say what they answer for', () => {
  for (const [lang, lines] of [
    [
      'da',
      [
        '**Spørgsmål om program og workshops:**',
        'Sofie Damgaard, konsulent, Netværk for Ældrepleje',
        'sd@netvaerk.dk · tlf. 61 27 43 90',
        '',
        '**Spørgsmål om faktura og betaling:**',
        'Bogholderiet, Netværk for Ældrepleje',
        'faktura@netvaerk.dk · tlf. 61 27 43 00',
      ],
    ],
    [
      'en',
      [
        'Questions about the programme:',
        'Sofie Damgaard, consultant, Care Network',
        'sd@netvaerk.dk · tel. 61 27 43 90',
        '',
        'Questions about invoices:',
        'Accounts, Care Network',
        'faktura@netvaerk.dk · tel. 61 27 43 00',
      ],
    ],
  ] as const) {
    it(`${lang}: a person and an office, each with their own details`, () => {
      const { event } = imported([
        lang === 'da' ? 'Emne: Konference 2027' : 'Subject: Conference 2027',
        '',
        lang === 'da'
          ? 'Kære kolleger. Vi inviterer til en konference om fremtidens ældrepleje med oplæg og workshops.'
          : 'Dear colleagues. We invite you to a conference on the future of elderly care with talks and workshops.',
        '',
        lang === 'da' ? 'Tirsdag den 14. september 2027 kl. 9.00–16.00' : 'Tuesday 14 September 2027, 9.00–16.00',
        'Fjordby Kongrescenter, Kajgade 8, 7130 Fjordby',
        '',
        ...lines,
      ]);
      const contacts = contactsOf(event);
      assert.deepEqual(
        contacts.map((p) => [p.name, p.email]),
        [
          ['Sofie Damgaard', 'sd@netvaerk.dk'],
          [lang === 'da' ? 'Bogholderiet' : 'Accounts', 'faktura@netvaerk.dk'],
        ],
      );
      assert.match(plain(contacts[1]!.title) ?? '', lang === 'da' ? /faktura/ : /invoices/);
    });
  }
});
