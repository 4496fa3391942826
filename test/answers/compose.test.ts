import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { ask } from '../../src/answers/ask';
import { formatTime, startOf } from '../../src/event/format';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { knowledgeOf } from '../helpers/knowledge';
import type { FollowUpContext } from '../../src/understanding/frame';
import { KL_EVENT_FILE, KL_NOW, klEvent, SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW, syntheticEvent, TEST_EVENTS } from '../helpers/event';
import { eventOfQuestionSet, loadQuestionSet, QUESTIONS_DIR } from '../helpers/questionSets';

/** The synthetic event with some of its file changed (in memory). */
function variant(change: (raw: Record<string, unknown>) => void): MeetingEvent {
  const raw = parse(readFileSync(SYNTHETIC_EVENT_FILE, 'utf8')) as Record<string, unknown>;
  change(raw);
  return parseEvent(raw, 'variant.yaml');
}

const answer = (event: MeetingEvent, text: string, now = SYNTHETIC_NOW, options: { toldOriginalLanguage?: boolean } = {}) =>
  ask(text, knowledgeOf(event), { now: DateTime.fromISO(now, { setZone: true }), ...options }).answer!;

describe('answers composed from the event', () => {
  for (const { name, event, now } of TEST_EVENTS) {
    it(`when the ${name} letter writes times with am/pm, then English answers do too and Danish ones keep the 24-hour clock`, () => {
      const twelveHour: MeetingEvent = { ...structuredClone(event), clock: '12h' };
      const start = startOf(event);
      const pm = `${start.hour % 12 || 12}:${start.toFormat('mm')} ${start.hour < 12 ? 'am' : 'pm'}`;
      const english = answer(twelveHour, 'what time does it start?', now).text;
      assert.ok(english.includes(pm), english);
      assert.ok(!english.includes(formatTime(start, 'en')), english);
      const programme = answer(twelveHour, 'what is the programme?', now).text;
      assert.match(programme, /\d:\d\d [ap]m/);
      assert.doesNotMatch(programme, /\b(1[3-9]|2\d):\d\d\b/);
      assert.ok(answer(twelveHour, 'hvornår starter mødet?', now).text.includes(formatTime(start, 'da')));
      assert.ok(answer(event, 'what time does it start?', now).text.includes(formatTime(start, 'en')));
    });
  }

  it('a practical fact is quoted as the letter says it, with typed details', () => {
    const parking = answer(syntheticEvent, 'hvor kan jeg parkere?');
    assert.equal(parking.kind, 'answer');
    assert.ok(parking.text.includes(syntheticEvent.practical.parking!.text.da!));
  });

  it('asked for something more specific than the fact says, it says what it does not say and quotes what it does', () => {
    const vegan = answer(syntheticEvent, 'er der vegansk mad?');
    assert.notEqual(vegan.kind, 'answer');
    assert.ok(vegan.text.includes(syntheticEvent.practical.food!.text.da!));
  });

  it('a price named in a yes/no question is confirmed or corrected', () => {
    const paid = variant((raw) => {
      (raw.practical as Record<string, unknown>).price = { text: 'Det koster 150 kr. at deltage, 75 kr. for studerende.', amount: 150 };
    });
    assert.match(answer(paid, 'koster det 150 kr?').text, /^Ja/);
    assert.match(answer(paid, 'koster det 200 kr?').text, /^Nej/);
    assert.doesNotMatch(answer(paid, 'koster det 75 kr?').text, /^(Ja|Nej)/, 'another amount of the text depends on who asks');
    const free = variant((raw) => {
      (raw.practical as Record<string, unknown>).price = { text: 'Det er gratis at deltage.', free: true };
    });
    assert.match(answer(free, 'skal man betale 50 kr?').text, /^Nej/);
  });

  it('with no end time in the letter, it never states one', () => {
    const noEnd = variant((raw) => {
      raw.end = '20:00';
      raw.endIsEstimate = true;
    });
    assert.equal(answer(noEnd, 'hvornår slutter det?').kind, 'dontKnow');
    assert.ok(!answer(noEnd, 'hvornår er mødet?').text.includes('20.00'));
    assert.ok(!answer(noEnd, 'hvor lang tid varer det?').text.includes('2 timer'));
  });

  it('with no arrival time, "when should we be there" gets the start as the nearest fact, and says so', () => {
    const arrival = answer(syntheticEvent, 'hvornår skal vi være der?');
    assert.equal(arrival.kind, 'partly');
    assert.ok(arrival.text.includes(formatTime(startOf(syntheticEvent), 'da')));
  });

  it('travel questions get the address, never the meeting’s length', () => {
    const travel = answer(syntheticEvent, 'hvor lang tid tager det at køre fra Aalborg?');
    assert.notEqual(travel.kind, 'answer');
    assert.ok(travel.text.includes(syntheticEvent.venue.address!.street!));
    assert.ok(!travel.text.includes('2 timer'));
  });

  it('who leads an item: every item the person leads, as the letter says', () => {
    const welcome = answer(klEvent, 'hvem byder velkommen?', KL_NOW);
    assert.ok(welcome.text.includes('Herning Kommune') && welcome.text.includes('Thomas Gyldal Petersen'), 'both welcomes');
    const person = answer(klEvent, 'hvad laver thomas gyldal petersen?', KL_NOW);
    for (const label of ['2', '4', '5']) assert.match(person.text, new RegExp(`punkt ${label}\\b`));
    assert.doesNotMatch(person.text, /leder mødet/);
  });

  it('items at a time, and after one', () => {
    const atTime = answer(syntheticEvent, 'hvad sker der kl 19?');
    assert.ok(atTime.text.includes('Kaffe og kage'));
    const after = answer(syntheticEvent, 'hvad sker der efter kaffen?');
    assert.ok(after.text.includes('Eventuelt'));
  });

  it('an FAQ entry answers what the letter does not say, marked as the organisers’ answer', () => {
    const withFaq = variant((raw) => {
      raw.faq = [{ questions: ['må man tage hunden med?'], answer: 'Ja, hunde i snor er velkomne.' }];
    });
    const dog = answer(withFaq, 'kan jeg have min hund med');
    assert.equal(dog.kind, 'answer');
    assert.ok(dog.text.includes('hunde i snor'));
  });

  it('a question in the other language gets facts translated and quotes in the original, saying so once', () => {
    const first = answer(syntheticEvent, 'where can I park?');
    assert.ok(first.quotedOtherLanguage);
    assert.match(first.text, /Danish/);
    const again = answer(syntheticEvent, 'is there food?', SYNTHETIC_NOW, { toldOriginalLanguage: true });
    assert.doesNotMatch(again.text, /written in Danish/);
    assert.match(answer(syntheticEvent, 'when does it start?').text, /18:00/);
  });

  it('asked what an item is, it says what the letter writes under the item besides its title', () => {
    const described = variant((raw) => {
      (raw.programme as Array<Record<string, unknown>>)[1]!.description = 'Lokalrådet fortæller om den nye legeplads ved skolen.';
    });
    for (const question of ['hvad er punkt 2?', 'what is item 2?']) {
      const reply = answer(described, question);
      assert.match(reply.text, /Nyt fra lokalrådet/);
      assert.match(reply.text, /den nye legeplads/, question);
    }
    // Only the item asked about: another item's words are not added.
    assert.doesNotMatch(answer(described, 'hvad er punkt 3?').text, /legeplads/);
    const agenda = parseEvent(
      importLetter(
        [
          'Indkaldelse til generalforsamling i Vejlaget',
          '',
          'Tirsdag den 20. april 2027 kl. 19.00 i Beboerhuset, Tranevej 12, 4293 Østerlund.',
          '',
          'Dagsorden',
          '1. Valg af dirigent',
          '2. Valg af revisor',
          '   På valg er revisor Bent Holk (modtager genvalg).',
          '3. Eventuelt',
        ].join('\n'),
        { today: '2027-03-01', id: 'generalforsamling-vejlaget-2027' },
      ).event,
      'letter',
    );
    assert.match(answer(agenda, 'what is item 2', '2027-03-01T12:00:00+01:00').text, /Bent Holk/);
  });

  it('remembers what it answered for follow-ups', () => {
    const item = answer(syntheticEvent, 'hvad er punkt 3?');
    assert.deepEqual(item.memory.items, ['3']);
    assert.ok(item.memory.topics?.includes('items'));
  });
});

/** Asks a conversation of a question set's event (bundled file or imported letter) at the set's clock; the last answer. */
function askOf(id: string): (...turns: string[]) => { text: string; kind: string } {
  const file = [path.join(QUESTIONS_DIR, `${id}.yaml`), path.join(QUESTIONS_DIR, 'dev', `${id}.yaml`)].find((f) => existsSync(f))!;
  const set = loadQuestionSet(file);
  const knowledge = knowledgeOf(eventOfQuestionSet(set).event);
  const now = DateTime.fromISO(set.now, { setZone: true });
  return (...turns) => {
    let context: FollowUpContext | undefined;
    let last: { text: string; kind: string } = { text: '', kind: '' };
    for (const turn of turns) {
      const { understanding, answer } = ask(turn, knowledge, { now, context });
      last = { text: answer?.text ?? '', kind: answer?.kind ?? understanding.kind };
      context = answer ? { ...answer.memory, lang: understanding.lang } : context;
    }
    return last;
  };
}

describe('a nearby fact is no answer to a question the letter does not answer', () => {
  const klima = askOf('temadag-klima-2027');
  const coastal = askOf('coastal-municipalities-conference-2027');
  const nordic = askOf('nordic-education-forum-aarhus-2027');
  const hearing = askOf('hoeringsmoede-region-syddanmark-2027');

  it('a yes/no question whose deciding word the item does not say (switch, change, without, instead) is not stated, quoting the item', () => {
    for (const [ask, question, quoted] of [
      [klima, 'can i switch breakout room on the day', 'Breakout'],
      [klima, 'kan jeg skifte breakout rum bagefter', ''],
      [coastal, 'can i change parallel session later', 'Parallel sessions'],
      [klima, 'can i join from a browser without the app', ''],
      [askOf('kl-region-nordjylland-2027'), 'can my deputy come instead', ''],
      [askOf('netvaerksmoede-diginet-online-2027'), 'må jeg invitere en kollega fra it med', ''],
      // A fact about recording and slides does not say one can take part on Teams.
      [askOf('faellesmoede-boern-og-familie-2027'), 'kan man deltage på teams', 'slides'],
    ] as const) {
      const reply = ask(question);
      assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      assert.ok(reply.text.includes(quoted), reply.text);
    }
    // The item itself is still answered.
    assert.equal(klima('hvornår er breakout rummene').kind, 'answer');
    assert.equal(coastal('when are the parallel sessions').kind, 'answer');
    assert.match(klima('kan man deltage på teams').text, /teams\.microsoft\.com/);
    assert.equal(klima('kan man deltage på teams').kind, 'answer');
  });

  it('a fact of the topic does not answer a more specific question: a group discount, a recommended hotel, money back if it is called off, an e-mail', () => {
    for (const [ask, question] of [
      [nordic, 'is there a group discount'],
      [coastal, 'which hotel do you recommend'],
      [coastal, 'får man pengene tilbage hvis konferencen bliver aflyst'],
      [askOf('fordelingsmoede-haltider-varde-2027'), 'whats kirstens email'],
      [askOf('netvaerksmoede-diginet-online-2027'), 'which municipality does martin ravnsbæk work in'],
      [askOf('green-procurement-workshop-odense-2027'), 'can i get my money back if i cancel late'],
    ] as const) {
      const reply = ask(question);
      assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
    }
    assert.notEqual(askOf('kaffemoede-seniorraad-2027')('hvem kan jeg ringe til', 'har hun en mail').kind, 'answer');
    // "is it free" is not answered by free parking.
    const free = hearing('is it free');
    assert.notEqual(free.kind, 'answer', free.text);
    assert.doesNotMatch(free.text, /parkering/);
    // What the letter does say still answers.
    assert.match(nordic('what does it cost').text, /1,200/);
    assert.match(coastal('can i get my money back if i cancel').text, /20 August/);
    assert.match(klima('which municipality is louise brandt from').text, /Vejle/);
  });

  it('a reply that says it in other words still answers: everyone is invited, no sign-up is needed, the place, a time', () => {
    assert.equal(askOf('kaffemoede-seniorraad-2027')('kan man deltage uden at være medlem').kind, 'answer');
    assert.equal(askOf('dialogmoede-lyngbakkeskolen-2027')('when is the deadline').kind, 'answer');
    assert.equal(askOf('kl-region-nordjylland-2027')('hvor ligger stedet').kind, 'answer');
    assert.match(klima('what time does louise brandt speak').text, /10:00/);
    assert.equal(klima('what time does louise brandt speak').kind, 'answer');
  });

  it('a travel time is not the meeting’s length or a paragraph without the places named', () => {
    for (const [ask, question] of [
      [askOf('temadag-ensomhed-favrskov-2027'), 'how long does it take from aarhus'],
      [nordic, 'how long does it take by train from copenhagen'],
      [nordic, 'hvor lang tid tager det at gå fra hotellet til banegården'],
      [hearing, 'hvor lang tid har hver kommune til at tale'],
      // A bus from the station, but not how long it takes.
      [askOf('green-procurement-workshop-odense-2027'), 'how long does it take from odense station'],
    ] as const) {
      const reply = ask(question);
      assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
    }
    assert.equal(hearing('hvor lang tid varer mødet').kind, 'answer');
    assert.match(nordic('how long does it take to walk from the station').text, /15-minute walk/);
  });

  it('a question about another thing than the meeting is not answered with the meeting’s date or place', () => {
    for (const [ask, question] of [
      [klima, 'kan jeg få en kalenderinvitation'],
      [askOf('netvaerksmoede-diginet-online-2027'), 'hvor skal næste møde være'],
      [hearing, 'hvornår vedtages strategien endeligt'],
      [askOf('faellesmoede-boern-og-familie-2027'), 'hvilken etage er kantinen på'],
      [askOf('kl-region-midtjylland-2024'), 'Is there a cloakroom at the town hall?'],
    ] as const) {
      const reply = ask(question);
      assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
    }
    assert.match(askOf('kl-region-midtjylland-2024')('What date and time should I put in my calendar?').text, /30 October/);
  });
});
/** An event file with paragraphs added to its letter and its sign-up text replaced (in memory). */
function withLetter(file: string, paragraphs: string[], signUp?: string, change?: (raw: Record<string, unknown>) => void): MeetingEvent {
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  raw.text = `${String(raw.text)}\n\n${paragraphs.join('\n\n')}`;
  if (signUp) (raw.registration as Record<string, unknown>).text = { da: signUp };
  change?.(raw);
  return parseEvent(raw, path.basename(file));
}

describe('deadlines of something else than signing up', () => {
  const letters = [
    {
      name: 'synthetic',
      event: withLetter(SYNTHETIC_EVENT_FILE, ['Lokalplanen er sendt i høring, og høringssvar skal sendes senest den 20. juni 2027.']),
      now: SYNTHETIC_NOW,
      compound: 'høringsfrist?',
      other: '20. juni',
      signUp: '1. juni',
    },
    {
      name: 'KL',
      event: withLetter(
        KL_EVENT_FILE,
        ['Kommunernes bemærkninger til udspillet sendes til KL senest den 15. november 2024.'],
        undefined,
        (raw) => {
          (raw.registration as Record<string, unknown>).deadline = '2024-10-20';
        },
      ),
      now: '2024-10-10T12:00:00+02:00',
      compound: 'hvornår er bemærkningsfristen',
      other: '15. november',
      signUp: '20. oktober',
    },
  ];
  for (const { name, event, now, compound, other, signUp } of letters) {
    it(`${name}: a compound naming what the letter gives another deadline for gets that paragraph, not the sign-up deadline`, () => {
      const reply = answer(event, compound, now);
      assert.equal(reply.kind, 'answer');
      assert.ok(reply.text.includes(other), reply.text);
      assert.ok(!reply.text.includes(signUp), reply.text);
    });
    it(`${name}: the sign-up deadline asked as a compound is still the sign-up deadline`, () => {
      assert.ok(answer(event, 'tilmeldingsfrist?', now).text.includes(signUp));
      const english = answer(event, 'registraton deadline?', now);
      assert.equal(english.kind, 'answer', english.text);
    });
    it(`${name}: "can I still make it" after another deadline is not whether the sign-up is open`, () => {
      const followUp = (first: string) => {
        const asked = ask(first, knowledgeOf(event), { now: DateTime.fromISO(now, { setZone: true }) });
        const context = { ...asked.answer!.memory, lang: asked.understanding.lang };
        return ask('kan jeg stadig nå det?', knowledgeOf(event), { now: DateTime.fromISO(now, { setZone: true }), context }).answer!;
      };
      const other = followUp(compound);
      assert.notEqual(other.kind, 'answer', other.text);
      assert.ok(!other.text.includes(signUp), other.text);
      const open = followUp('hvad er tilmeldingsfristen');
      assert.equal(open.kind, 'answer', open.text);
    });
    it(`${name}: a deadline of something the letter never names is not answered with the sign-up deadline`, () => {
      for (const question of ['betalingsfrist?', 'payment deadline?']) {
        const reply = answer(event, question, now);
        assert.equal(reply.kind, 'dontKnow', reply.text);
        assert.ok(!reply.text.includes(signUp), reply.text);
      }
    });
  }
  it('a compound naming another topic ("afbudsfrist") is that topic', () => {
    const event = withLetter(SYNTHETIC_EVENT_FILE, [], undefined, (raw) => {
      (raw.practical as Record<string, unknown>).cancellation = { text: 'Afbud senest 5. juni, ellers opkræves 100 kr.' };
    });
    const reply = answer(event, 'afbudsfrist?');
    assert.ok(reply.text.includes('5. juni'), reply.text);
    assert.ok(!reply.text.includes('1. juni'), reply.text);
  });
});

describe("the letter's own sign-up sentences", () => {
  const signUp = (way: string) =>
    `Tilmeld dig senest 1. juni på ${way}. Skriv ved tilmeldingen, hvilken arbejdsgruppe du vil være med i. ` +
    'Tilmeldingen er bindende efter fristen. Ved overbooking kommer du på venteliste, og vi giver besked senest 3. juni. ' +
    'Kommer du med bus, så skriv det i tilmeldingen.';
  const letters = [
    { name: 'synthetic', event: withLetter(SYNTHETIC_EVENT_FILE, [], signUp('testby.example/tilmeld')), now: SYNTHETIC_NOW },
    {
      name: 'KL',
      event: withLetter(KL_EVENT_FILE, [], signUp('tilmeld.kl.dk/politiskmoede'), (raw) => {
        const registration = raw.registration as Record<string, unknown>;
        registration.deadline = '2024-10-20';
        registration.capacity = 80;
      }),
      now: '2024-10-10T12:00:00+02:00',
    },
  ];
  for (const { name, event, now } of letters) {
    it(`${name}: how to sign up quotes what the letter asks to be told, and leaves travel to its own answer`, () => {
      const reply = answer(event, 'hvad skal vi oplyse ved tilmelding', now);
      assert.ok(reply.text.includes('arbejdsgruppe'), reply.text);
      assert.ok(!reply.text.includes('bus'), reply.text);
      assert.ok(!reply.text.includes('venteliste'), reply.text);
    });
    it(`${name}: the deadline comes with what the letter says of it (binding)`, () => {
      const reply = answer(event, 'kan jeg melde fra efter fristen', now);
      assert.ok(reply.text.includes('bindende'), reply.text);
      assert.ok(!reply.text.includes('arbejdsgruppe'), reply.text);
      assert.ok(answer(event, 'er tilmeldingen bindende', now).text.includes('bindende'));
    });
    it(`${name}: a full meeting is answered by what the letter says of its waiting list`, () => {
      const reply = answer(event, 'hvad hvis der er fyldt', now);
      assert.ok(reply.text.includes('venteliste'), reply.text);
      assert.equal(answer(event, 'kommer man på venteliste', now).kind, 'answer');
    });
    it(`${name}: how long the waiting list is is not said`, () => {
      for (const question of ['hvor lang er ventelisten', 'how long is the waiting list']) {
        const reply = answer(event, question, now);
        assert.notEqual(reply.kind, 'answer', reply.text);
        assert.ok(reply.text.includes('venteliste'), reply.text);
      }
    });
  }
  it('with no link, e-mail or phone to sign up with, the letter’s own way is quoted', () => {
    const event = withLetter(
      SYNTHETIC_EVENT_FILE,
      [],
      'Acceptér kalenderinvitationen senest 1. juni, så vi ved, hvor mange vi bliver.',
      (raw) => {
        delete (raw.registration as Record<string, unknown>).url;
      },
    );
    assert.ok(answer(event, 'hvordan tilmelder jeg mig').text.includes('kalenderinvitationen'));
  });
});

describe('who leads the item a question describes', () => {
  const added = [
    { title: 'Erfaringer med en chatbot-assistent på biblioteket', by: 'Karin Holt' },
    { title: 'Kollektiv trafik i landsbyerne', by: 'Ole Vang' },
    { title: 'Afrunding', by: 'Jens Kok' },
    { title: 'Tak for i dag' },
  ];
  const letters = [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW, opener: 'Birthe Vognsen' },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW, opener: 'Herning' },
  ];
  for (const { name, file, now, opener } of letters) {
    const event = withLetter(file, [], undefined, (raw) => {
      const programme = raw.programme as Array<Record<string, unknown>>;
      // The added items are the programme's last, untimed: the synthetic event's items have times, the KL event's do not.
      for (const item of programme) delete item.start;
      programme.push(...added);
    });
    it(`${name}: "who talks about …" finds the item by its title in either language`, () => {
      assert.ok(answer(event, 'who talks about the chatbot assistant', now).text.includes('Karin Holt'));
      assert.ok(answer(event, 'who speaks about public transport', now).text.includes('Ole Vang'));
      assert.ok(answer(event, 'hvem fortæller om kollektiv trafik', now).text.includes('Ole Vang'));
      assert.ok(!answer(event, 'who speaks about public transport', now).text.includes('Karin Holt'));
    });
    it(`${name}: who opens and who closes are the first and last items someone leads`, () => {
      for (const question of ['hvem afslutter', 'who closes the meeting']) {
        const closing = answer(event, question, now);
        assert.ok(closing.text.includes('Jens Kok'), closing.text);
      }
      for (const question of ['who opens the meeting', 'hvem åbner mødet']) {
        const opening = answer(event, question, now);
        assert.ok(opening.text.includes(opener), opening.text);
        assert.ok(!opening.text.includes('Jens Kok'), opening.text);
      }
    });
  }
});

describe('items the programme numbers or letters by a word of its own', () => {
  const withItems = (file: string, added: unknown[]) =>
    withLetter(file, [], undefined, (raw) => {
      const programme = raw.programme as Array<Record<string, unknown>>;
      for (const item of programme) delete item.start;
      programme.push(...(added as Array<Record<string, unknown>>));
    });
  const sessions = [
    {
      title: 'Parallelle sessioner (vælg én ved tilmeldingen)',
      items: [
        { title: 'Grønne tage', by: 'Ib Sand' },
        { title: 'Regnvandsbede i villakvarterer', by: 'Lise Dal' },
      ],
    },
  ];
  const tracks = [
    {
      title: 'Spor A – Begyndere',
      by: 'Mads Eg',
      items: [{ title: 'Session 1: Grundbegreber' }, { title: 'Session 2: Værktøjer i praksis' }],
    },
    {
      title: 'Spor B – Øvede',
      by: 'Rita Bo',
      items: [{ title: 'Session 1: Data om forbrug' }, { title: 'Session 2: Cases fra kommunerne' }],
    },
  ];
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    it(`${name}: "session 2" is the second session listed under the sessions, not item 2`, () => {
      const reply = answer(withItems(file, sessions), 'hvem står for session 2', now);
      assert.ok(reply.text.includes('Lise Dal'), reply.text);
      assert.ok(!reply.text.includes('Ib Sand'), reply.text);
    });
    it(`${name}: "track B" is the item titled so, and "session 2" after track A is track A's`, () => {
      const event = withItems(file, tracks);
      const track = answer(event, 'who runs track b', now);
      assert.ok(track.text.includes('Rita Bo') && !track.text.includes('Mads Eg'), track.text);
      const knowledge = knowledgeOf(event);
      const at = DateTime.fromISO(now, { setZone: true });
      const first = ask('hvad er der i spor a', knowledge, { now: at }).answer!;
      const second = ask('og session 2?', knowledge, { now: at, context: { ...first.memory, lang: 'da' } }).answer!;
      assert.ok(second.text.includes('Værktøjer i praksis'), second.text);
      assert.ok(!second.text.includes('Cases fra kommunerne'), second.text);
    });
  }
});

describe('not coming after all', () => {
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    const event = withLetter(file, [], undefined, (raw) => {
      raw.practical = {
        ...(raw.practical as object),
        cancellation: { text: 'Kan I ikke deltage, så giv besked – ellers mister I jeres tur.' },
      };
    });
    it(`${name}: "kan jeg melde fra", "what happens if we don't come" get the letter's terms`, () => {
      for (const question of [
        'kan jeg melde fra',
        'hvad sker der hvis vi ikke kommer',
        'what happens if we dont come',
        'and if i cancel now',
      ]) {
        const reply = answer(event, question, now);
        assert.ok(reply.text.includes('mister I jeres tur'), `${question}: ${reply.text}`);
      }
    });
  }
});

describe('a way of signing up the letter does not give', () => {
  for (const { name, event, now, link } of [
    { name: 'synthetic', event: syntheticEvent, now: SYNTHETIC_NOW, link: 'testby.example/tilmeld' },
    { name: 'KL', event: klEvent, now: KL_NOW, link: 'tilmeld.kl.dk' },
  ]) {
    it(`${name}: signing up by e-mail or phone when it gives a link is not said, and the link is given`, () => {
      for (const question of ['kan jeg tilmelde mig på mail', 'can i register by phone']) {
        const reply = answer(event, question, now);
        assert.notEqual(reply.kind, 'answer', reply.text);
        assert.ok(reply.text.includes(link), reply.text);
      }
      assert.equal(answer(event, 'kan jeg tilmelde mig via linket', now).kind, 'answer');
    });
  }
});

describe('a place asked that the letter does not name', () => {
  for (const { name, event, now, street, town } of [
    { name: 'synthetic', event: syntheticEvent, now: SYNTHETIC_NOW, street: 'Kirkevej 3', town: 'testby' },
    { name: 'KL', event: klEvent, now: KL_NOW, street: 'Torvet 5', town: 'herning' },
  ]) {
    it(`${name}: "is it in the gym", "er det i Skjern" are answered no, with where it is`, () => {
      for (const question of ['is it in the gym', 'er det i skjern', 'er mødet på biblioteket']) {
        const reply = answer(event, question, now);
        assert.match(reply.text, /^(No|Nej) – /, reply.text);
        assert.ok(reply.text.includes(street), reply.text);
      }
      assert.match(answer(event, `er det i ${town}`, now).text, /^Ja – /);
    });
    it(`${name}: "er det i aften" is no place`, () => {
      assert.ok(!answer(event, 'er det i aften', now).text.includes(street));
    });
  }
});

describe("questions in the other language than the letter's", () => {
  const devEvent = (id: string) => eventOfQuestionSet(loadQuestionSet(path.join(QUESTIONS_DIR, 'dev', `${id}.yaml`))).event;
  const DEV_NOW = '2027-06-01T12:00:00+02:00';

  for (const { name, file, now } of TEST_EVENTS) {
    it(`the ${name} letter's paragraph with "morgenmad" answers "is there breakfast", where its food fact does not name it`, () => {
      const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      raw.text = `${String(raw.text)}\n\nDagen før mødet: kl. 7.30 morgenmad i kantinen for dem, der har overnattet.\n`;
      raw.practical = { ...(raw.practical as object), food: { text: { da: 'Der serveres kaffe og kage i pausen.' } } };
      const event = parseEvent(raw, 'variant.yaml');
      const reply = answer(event, 'is there breakfast', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /morgenmad i kantinen/);
      // A thing neither names is still not stated.
      assert.notEqual(answer(event, 'is there a vegan breakfast option', now).kind, 'answer');
    });
  }

  for (const { name, file, now } of TEST_EVENTS) {
    it(`the ${name} letter's "handicaptoilet" and "teleslynge" answer "toilet" and "hearing loop"`, () => {
      const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      raw.practical = {
        ...(raw.practical as object),
        accessibility: { text: { da: 'Der er elevator, handicaptoilet og teleslynge i salen.' } },
      };
      const event = parseEvent(raw, 'variant.yaml');
      for (const question of ['is there an accessible toilet', 'is there a hearing loop']) {
        const reply = answer(event, question, now);
        assert.equal(reply.kind, 'answer', `${question}: ${reply.text}`);
        assert.match(reply.text, /handicaptoilet og teleslynge/);
      }
      assert.notEqual(answer(event, 'is there a sauna', now).kind, 'answer');
    });
  }

  for (const { name, file, now } of TEST_EVENTS) {
    it(`the ${name} letter's "ved ankomst" answers "when we arrive"`, () => {
      const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      raw.practical = { ...(raw.practical as object), food: { text: { da: 'Der serveres sandwich og kaffe ved ankomst.' } } };
      const event = parseEvent(raw, 'variant.yaml');
      const reply = answer(event, 'is there food when we arrive', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /ved ankomst/);
      assert.notEqual(answer(event, 'is there dinner when we arrive', now).kind, 'answer');
    });
  }

  it('a Danish letter: English words for what the price covers, breakfast and "my room" find what it states', () => {
    const event = devEvent('internat-sundhedsledere-midt-2027');
    for (const [question, fact] of [
      ['is there breakfast', 'Morgenmad'],
      ['what does the price cover', 'Prisen dækker'],
      ['when can i get into my room', '17.00'],
    ] as const) {
      const reply = answer(event, question, DEV_NOW);
      assert.equal(reply.kind, 'answer', `${question}: ${reply.text}`);
      assert.ok(reply.text.includes(fact), `${question}: ${reply.text}`);
    }
    assert.notEqual(answer(event, 'do the rooms have wifi', DEV_NOW).kind, 'answer');
  });

  for (const id of ['green-procurement-workshop-odense-2027', 'coastal-municipalities-conference-2027']) {
    it(`an English letter (${id}): Danish words for what the price covers and the fee for cancelling find what it states`, () => {
      const event = devEvent(id);
      const covers = answer(event, 'hvad dækker prisen', DEV_NOW);
      assert.equal(covers.kind, 'answer', covers.text);
      assert.match(covers.text, /fee includes lunch/);
      const fee = answer(event, 'er der gebyr hvis jeg melder afbud', DEV_NOW);
      assert.equal(fee.kind, 'answer', fee.text);
      assert.match(fee.text, /[Cc]ancellation/);
      // Breakfast it does not offer is not said to be served.
      assert.notEqual(answer(event, 'får vi morgenmad', DEV_NOW).kind, 'answer');
    });
  }
});

describe('programme and people', () => {
  const setEvent = (file: string) => {
    const set = loadQuestionSet(path.join(QUESTIONS_DIR, file));
    return { event: eventOfQuestionSet(set).event, now: set.now };
  };
  /** A conversation: every message after the first is a follow-up of the one before. */
  const converse = (event: MeetingEvent, messages: string[], now: string) => {
    const knowledge = knowledgeOf(event);
    let context: FollowUpContext | undefined;
    let last = ask(messages[0]!, knowledge, { now: DateTime.fromISO(now, { setZone: true }) }).answer!;
    for (const message of messages.slice(1)) {
      context = last.memory;
      last = ask(message, knowledge, { now: DateTime.fromISO(now, { setZone: true }), context }).answer!;
    }
    return last;
  };
  const letter = `Kære medlemmer

Grundejerforeningen Solbakken inviterer til sommerfest lørdag den 12. juni 2027 kl. 14.00–17.00 i Fælleshuset, Solbakken 2, 8000 Aarhus C.

Der bliver serveret kaffe og kage, og festen indledes med en kort tale ved vores formand, Lone Bach Iversen.

Tilmelding til sekretaer@solbakken.example senest 1. juni 2027.

Med venlig hilsen
Bestyrelsen`;
  const party = parseEvent(importLetter(letter, { today: '2027-05-01', id: 'sommerfest-solbakken-2027' }).event, 'letter');
  const PARTY_NOW = '2027-05-01T10:00:00+02:00';

  it('is X the chair: yes, or no and who is', () => {
    const no = answer(syntheticEvent, 'er jens kok formand?');
    assert.match(no.text, /^Nej\b/);
    assert.ok(no.text.includes('Birthe Vognsen'), no.text);
    assert.match(answer(syntheticEvent, 'er birthe vognsen formand').text, /^Ja\b/);
    const nord = setEvent('kl-region-nordjylland-2027.yaml');
    const other = answer(nord.event, 'is jens peter kragh the chair', nord.now);
    assert.match(other.text, /^No\b/);
    assert.ok(other.text.includes('Birgitte Munk Lauridsen'), other.text);
    // No one is said to moderate: not stated, never "yes".
    const moderator = answer(nord.event, 'er jens peter kragh ordstyrer', nord.now);
    assert.notEqual(moderator.kind, 'answer');
    assert.doesNotMatch(moderator.text, /^Ja\b/);
  });

  it('a follow-up with "she"/"he" asks about the person just named', () => {
    const kl = converse(klEvent, ['who is the chair', 'what is he doing?'], KL_NOW);
    for (const label of ['2', '4', '5']) assert.match(kl.text, new RegExp(`item ${label}\\b`));
    const synthetic = converse(syntheticEvent, ['hvem er formand for lokalrådet', 'hvornår taler hun?'], SYNTHETIC_NOW);
    assert.ok(synthetic.text.includes('18.00') && synthetic.text.includes('Velkomst'), synthetic.text);
    // After a question about the meeting, "hun" names no one: no person is made up.
    assert.equal(converse(syntheticEvent, ['hvornår starter det', 'hvad laver hun?'], SYNTHETIC_NOW).memory.person, undefined);
  });

  it('a person with no item of their own: the sentence of the letter that names them', () => {
    const chair = converse(party, ['hvem er formand', 'hvad skal hun lave?'], PARTY_NOW);
    assert.ok(chair.text.includes('kort tale'), chair.text);
    const reception = setEvent('dev/summer-reception-nsca-esbjerg-2027.yaml');
    const welcome = converse(reception.event, ['who is the chair', 'and what is she doing?'], reception.now);
    assert.ok(welcome.text.includes('welcome'), welcome.text);
  });

  it("how long a person speaks: their item's length where the programme gives its end", () => {
    const birthe = answer(syntheticEvent, 'hvor lang tid taler birthe vognsen');
    assert.ok(birthe.text.includes('15 minutter') && birthe.text.includes('18.15'), birthe.text);
    const klima = setEvent('temadag-klima-2027.yaml');
    const louise = answer(klima.event, 'how long does louise brandt speak', klima.now);
    assert.ok(louise.text.includes('30 minutes'), louise.text);
  });

  it('"who from <place>" is speaking: only the items whose leader is from there', () => {
    const coastal = setEvent('dev/coastal-municipalities-conference-2027.yaml');
    const rotterdam = answer(coastal.event, 'who from rotterdam is speaking', coastal.now);
    assert.ok(rotterdam.text.includes('Joris van Dam'), rotterdam.text);
    assert.ok(!rotterdam.text.includes('Katrin'), rotterdam.text);
    const webinar = setEvent('dev/webinar-digital-borgerservice-2027.yaml');
    const agency = answer(webinar.event, 'hvem fra digitaliseringsstyrelsen taler', webinar.now);
    assert.ok(agency.text.includes('Peter Vestergaard') && !agency.text.includes('Thomas Bech'), agency.text);
  });

  it('"who is speaking at 2": an hour from 1 to 7 before any item is the afternoon\'s', () => {
    const havnsoe = setEvent('dev/dialogmoede-havnsoe-sundhed-2027.yaml');
    assert.ok(answer(havnsoe.event, 'who is speaking at 2', havnsoe.now).text.includes('Sanne Thygesen'));
    const ensomhed = setEvent('dev/temadag-ensomhed-favrskov-2027.yaml');
    assert.ok(answer(ensomhed.event, 'who is on at 1.30', ensomhed.now).text.includes('Workshops'));
    // A later evening hour is not moved onto the programme's last item.
    assert.ok(!answer(havnsoe.event, 'hvem taler kl 9', havnsoe.now).text.includes('Tak for i dag'));
  });

  it('"who speaks first/last", asked with "who" alone', () => {
    const coastal = setEvent('dev/coastal-municipalities-conference-2027.yaml');
    const last = answer(coastal.event, 'who speaks last', coastal.now);
    assert.ok(last.text.includes('Closing debate') && !last.text.includes('Keynote'), last.text);
    const ensomhed = setEvent('dev/temadag-ensomhed-favrskov-2027.yaml');
    const first = answer(ensomhed.event, 'hvem snakker først', ensomhed.now);
    assert.ok(first.text.includes('Poul Erik Hvidkær') && !first.text.includes('Sanne Krogsgaard'), first.text);
  });

  it('a sub-item by its letter after the item it belongs to ("hvad handler a om?")', () => {
    const ensomhed = setEvent('dev/temadag-ensomhed-favrskov-2027.yaml');
    const a = converse(ensomhed.event, ['hvilke workshops er der', 'hvad handler a om?'], ensomhed.now);
    assert.ok(a.text.includes('Den svære samtale') && !a.text.includes('nye med'), a.text);
    const coastal = setEvent('dev/coastal-municipalities-conference-2027.yaml');
    const b = converse(coastal.event, ['what are the parallel sessions', 'what is b about?'], coastal.now);
    assert.ok(b.text.includes('Harbours') && !b.text.includes('Nature-based'), b.text);
    // The article "a" names no sub-item.
    assert.ok(converse(ensomhed.event, ['hvilke workshops er der', 'what is a workshop'], ensomhed.now).text.includes('nye med'));
  });

  it('a point for any other business: the sentence that says where to send it, not the programme', () => {
    const diginet = setEvent('dev/netvaerksmoede-diginet-online-2027.yaml');
    const da = answer(diginet.event, 'jeg har et punkt til eventuelt', diginet.now);
    assert.ok(da.text.includes('lrb@diginet-sjaelland.dk'), da.text);
    const faelles = setEvent('dev/faellesmoede-boern-og-familie-2027.yaml');
    const en = answer(faelles.event, 'i have a topic for AOB, who do i send it to', faelles.now);
    assert.ok(en.text.includes('Jens Ole') && en.text.includes('1/3'), en.text);
  });

  it('"who from <organisation>" of an item an organisation leads: no person is named', () => {
    const kl = answer(klEvent, 'hvem fra herning kommune byder velkommen', KL_NOW);
    assert.notEqual(kl.kind, 'answer');
    assert.ok(kl.text.includes('Herning Kommune'), kl.text);
    const nord = setEvent('kl-region-nordjylland-2027.yaml');
    const other = answer(nord.event, 'who from hjørring municipality gives the welcome', nord.now);
    assert.notEqual(other.kind, 'answer');
    assert.ok(other.text.includes('Hjørring'), other.text);
    // Asked plainly, the organisation answers.
    assert.equal(answer(klEvent, 'hvem byder velkommen', KL_NOW).kind, 'answer');
  });
});

describe('when of something else than the meeting', () => {
  const paragraphs = [
    'Sekretariatet kan træffes på telefon 12 34 56 78 alle hverdage kl. 9-13.',
    'Byggeriet af den nye hal begynder efter sommerferien 2028.',
    'Der er børnepasning under mødet. Børnene skal hentes senest kl. 21.15.',
    'Referatet bliver sendt ud til alle deltagere.',
    'Alle får besked, når pladserne er fordelt.',
    'Næste møde holdes i foråret 2028 – dato følger.',
  ];
  const letters = [
    { name: 'synthetic', event: withLetter(SYNTHETIC_EVENT_FILE, paragraphs), now: SYNTHETIC_NOW },
    { name: 'KL', event: withLetter(KL_EVENT_FILE, paragraphs), now: KL_NOW },
  ];
  for (const { name, event, now } of letters) {
    const meetingTime = formatTime(startOf(event), 'da');
    const saysWhen = (question: string, fact: string) => {
      const reply = answer(event, question, now);
      assert.equal(reply.kind, 'answer', `${question}: ${reply.text}`);
      assert.ok(reply.text.includes(fact), `${question}: ${reply.text}`);
      assert.ok(!reply.text.includes(meetingTime), `${question}: ${reply.text}`);
    };
    it(`${name}: the sentence naming the thing with a time or date answers, in either language`, () => {
      saysWhen('hvornår kan man ringe til sekretariatet?', 'kl. 9-13');
      saysWhen('when can I call the secretariat?', 'kl. 9-13');
      saysWhen('hvornår starter byggeriet?', 'efter sommerferien 2028');
      saysWhen('what time do I have to pick up the kids?', '21.15');
      saysWhen('hvornår er næste møde?', 'foråret 2028');
    });
    it(`${name}: a thing the letter names with no time is not stated, and never gets the meeting's time`, () => {
      for (const question of ['hvornår kommer referatet?', 'hvornår får jeg besked?']) {
        const reply = answer(event, question, now);
        assert.equal(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.ok(!reply.text.includes(meetingTime), `${question}: ${reply.text}`);
      }
    });
    it(`${name}: when a thing ends is not answered by when it begins`, () => {
      for (const question of ['hvornår er byggeriet færdigt?', 'when will the construction be finished?']) {
        const reply = answer(event, question, now);
        assert.equal(reply.kind, 'dontKnow', `${question}: ${reply.text}`);
        assert.ok(!reply.text.includes('sommerferien'), `${question}: ${reply.text}`);
      }
    });
    it(`${name}: asked exactly, a season is said but not as the exact time`, () => {
      const reply = answer(event, 'hvornår præcis starter byggeriet?', now);
      assert.notEqual(reply.kind, 'answer', reply.text);
      assert.ok(reply.text.includes('sommerferien 2028'), reply.text);
    });
    it(`${name}: "when is it" after a clause naming a thing asks the time of that thing`, () => {
      const withLunch = withLetter(name === 'KL' ? KL_EVENT_FILE : SYNTHETIC_EVENT_FILE, ['Der er frokost i kantinen kl. 12.30.']);
      for (const question of ['er der frokost, og hvornår er den?', 'is there lunch and when is it']) {
        const reply = answer(withLunch, question, now);
        assert.ok(reply.text.includes('12.30') && !reply.text.includes(meetingTime), `${question}: ${reply.text}`);
      }
    });
    it(`${name}: the meeting's own time is still the answer to when the meeting is`, () => {
      for (const question of ['hvornår er mødet?', 'what time does it start?', 'hvornår starter det?']) {
        const reply = answer(event, question, now);
        assert.equal(reply.kind, 'answer', `${question}: ${reply.text}`);
        assert.ok(reply.text.includes(formatTime(startOf(event), reply.text.includes('Danish time') ? 'en' : 'da')), reply.text);
      }
    });
  }
  it('a programme item asked when is still answered by its time, not by a sentence naming it less', () => {
    const synthetic = withLetter(SYNTHETIC_EVENT_FILE, [...paragraphs, 'Der er kaffe og kage ved ankomst fra kl. 17.45.']);
    const coffee = answer(synthetic, 'hvornår er der kaffe og kage?');
    assert.ok(coffee.text.includes('19.00') && !coffee.text.includes('17.45'), coffee.text);
    const lunch = askOf('green-procurement-workshop-odense-2027')('when is lunch?');
    assert.ok(lunch.text.includes('12'), lunch.text);
  });
  it('asked what time, a sentence with only a date is no answer', () => {
    const phone = askOf('fordelingsmoede-haltider-varde-2027')('what time can i phone');
    assert.ok(phone.text.includes('9-12') && !phone.text.includes('27/10'), phone.text);
    const synthetic = withLetter(SYNTHETIC_EVENT_FILE, [
      'Ring til sekretariatet senest den 3. juni.',
      'Vi tager telefonen på hverdage kl. 9-13, ring gerne.',
    ]);
    const call = answer(synthetic, 'what time can I call?');
    assert.ok(call.text.includes('9-13') && !call.text.includes('3. juni'), call.text);
  });
});

describe('a reply must state the kind of fact asked, on every path', () => {
  const without = [
    'Der går direkte tog fra Aarhus og fra Vejle.',
    'Frugtordningen kører hele året; tilmelding sker på skolens kontor.',
    'Børnene starter i de kommende 0.-klasser den 12. august kl. 8.00.',
    'Der er betalingsparkering ved hallen.',
    'Mødet holdes på Hotel Fjordgården, Strandvej 2.',
    'Besøgsdagen for de nye elever er den 3. juni kl. 9-11.',
  ];
  const withFacts = [
    'Toget fra Aarhus kører kl. 7.12.',
    'Frugtordningen koster 150 kr. om måneden.',
    'Der er plads til 80 personer i salen.',
    'Projektet løber i 2 år og følges af en styregruppe.',
    'Der er reserveret værelser til overnatning på Hotel Fjordgården.',
  ];
  for (const [name, file, now] of [
    ['synthetic', SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW],
    ['KL', KL_EVENT_FILE, KL_NOW],
  ] as const) {
    const lacking = withLetter(file, without);
    const stating = withLetter(file, withFacts);
    it(`${name}: when with no time, how many with no number, what it costs with no amount, staying or bringing not said: not answered`, () => {
      for (const question of [
        'hvornår går toget fra aarhus',
        'hvad koster frugtordningen',
        'hvor mange klasser bliver der',
        'is there a fee for attending',
        'can we stay overnight at the hotel',
        'what should my child bring on the visit day',
      ]) {
        const reply = answer(lacking, question, now);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      }
      // "betalingsparkering" is parking, not a fee.
      assert.doesNotMatch(answer(lacking, 'is there a fee for attending', now).text, /betalingsparkering/);
    });
    it(`${name}: the same questions with the kind of fact stated are answered with it`, () => {
      for (const [question, fact] of [
        ['hvornår går toget fra aarhus', '7.12'],
        ['hvad koster frugtordningen', '150 kr.'],
        ['hvor mange kan der være i salen', '80'],
        ['hvor lang tid løber projektet', '2 år'],
        ['can we stay overnight at the hotel', 'overnatning'],
      ] as const) {
        const reply = answer(stating, question, now);
        assert.equal(reply.kind, 'answer', `${question}: ${reply.text}`);
        assert.ok(reply.text.includes(fact), `${question}: ${reply.text}`);
      }
    });
    it(`${name}: the meeting asked of in a month none of its days is in is another meeting, said with its own date`, () => {
      const event = name === 'KL' ? klEvent : syntheticEvent;
      const other = startOf(event).month === 9 ? 'march' : 'september';
      for (const question of [`hvad dato er mødet i ${other}`, `when is the meeting in ${other}`]) {
        const reply = answer(event, question, now);
        assert.notEqual(reply.kind, 'answer', reply.text);
        assert.ok(reply.text.includes(String(startOf(event).day)) && reply.text.includes(other), reply.text);
      }
      const own = startOf(event).setLocale('da').toFormat('MMMM');
      assert.equal(answer(event, `hvornår er mødet i ${own}`, now).kind, 'answer');
    });
  }
  it('an item or a person found by part of a title is no answer to a question with a word the letter never uses, or to where with no place', () => {
    const plan = askOf('borgermoede-broenderslev-2027');
    assert.notEqual(plan('hvornår vedtager byrådet planen').kind, 'answer');
    const green = askOf('green-procurement-workshop-odense-2027');
    assert.notEqual(green('where is the case clinic held').kind, 'answer');
    assert.match(green('hvem styrer case clinic').text, /Rikke Juul Svendsen/);
    assert.match(askOf('kl-region-midtjylland-2024')('hvornår er opsamling i plenum').text, /\d/);
  });
});

describe('where, how far and how long of something else than the meeting', () => {
  const paragraphs = [
    'Forslag sendes pr. mail eller afleveres i formandens postkasse på Egevej 14.',
    'Det reviderede årsregnskab er vedhæftet denne mail. Begge dele kan også hentes på www.foreningen-test.dk.',
    'Dagsorden og baggrundsmateriale udsendes ca. en uge før mødet.',
    'Når du har gennemført kurset, får du et kursusbevis, som er gyldigt i 2 år.',
    'Referatet bliver sendt ud til alle deltagere.',
    'Bussen fra lufthavnen kører kl. 8.15 og holder ved døren.',
    'Udflugten afgår fra busholdepladsen ved hovedindgangen.',
  ];
  const letters = [
    { name: 'synthetic', event: withLetter(SYNTHETIC_EVENT_FILE, paragraphs), now: SYNTHETIC_NOW, venueKind: 'forsamlingshuset' },
    { name: 'KL', event: withLetter(KL_EVENT_FILE, paragraphs), now: KL_NOW, venueKind: 'rådhuset' },
  ];
  for (const { name, event, now, venueKind } of letters) {
    const address = event.venue.address?.line ?? '';
    const says = (question: string, fact: string) => {
      const reply = answer(event, question, now);
      assert.equal(reply.kind, 'answer', `${question}: ${reply.text}`);
      assert.ok(reply.text.includes(fact), `${question}: ${reply.text}`);
      assert.ok(!address || !reply.text.includes(address), `${question}: ${reply.text}`);
    };
    it(`${name}: the sentence naming the thing with an address or a web address answers where, in either language`, () => {
      says('hvor skal jeg aflevere mit forslag', 'Egevej 14');
      says('where do i hand in a proposal', 'Egevej 14');
      says('where can i find the accounts', 'www.foreningen-test.dk');
      says('hvor kan jeg finde regnskabet', 'www.foreningen-test.dk');
      says('where does the excursion leave from', 'hovedindgangen');
    });
    it(`${name}: a thing named with no place is not stated, never the meeting's venue`, () => {
      const reply = answer(event, 'hvor kan jeg finde referatet', now);
      assert.equal(reply.kind, 'dontKnow', reply.text);
      assert.ok(!address || !reply.text.includes(address), reply.text);
    });
    it(`${name}: a time counted from the meeting ("en uge før") says when`, () => {
      says('hvornår får vi materialet', 'en uge før');
    });
    it(`${name}: a length in years says how long a thing holds`, () => {
      says('hvor lang tid gælder beviset', '2 år');
      says('how long is the certificate valid', '2 år');
    });
    it(`${name}: how to get from a place is the sentence naming it with a time`, () => {
      says('how do i get from the airport', '8.15');
    });
    it(`${name}: the venue's kind ("${venueKind}") is the venue, not a place to stay`, () => {
      const withWay = withLetter(name === 'KL' ? KL_EVENT_FILE : SYNTHETIC_EVENT_FILE, [
        `${venueKind[0]!.toUpperCase()}${venueKind.slice(1)} ligger ca. 10 minutters gang fra stationen.`,
      ]);
      const reply = answer(withWay, `hvor langt er der fra stationen til ${venueKind}`, now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.ok(reply.text.includes('10 minutters gang'), reply.text);
    });
  }
});

describe("an untimed item's own text dates a thing it names", () => {
  const withItem = (file: string) =>
    withLetter(file, [], undefined, (raw) => {
      (raw.programme as Array<Record<string, unknown>>).push({
        title: 'Ny legeplads',
        by: 'Lokalrådet – status og indvielse af legepladsen den 14. august 2027',
      });
    });
  for (const [name, file, now] of [
    ['synthetic', SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW],
    ['KL', KL_EVENT_FILE, KL_NOW],
  ] as const) {
    const event = withItem(file);
    it(`${name}: "hvornår indvies legepladsen" is the date the item's text gives`, () => {
      const reply = answer(event, 'hvornår indvies legepladsen', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.ok(reply.text.includes('14. august 2027'), reply.text);
      assert.ok(!reply.text.includes(formatTime(startOf(event), 'da')), reply.text);
    });
    it(`${name}: asked by its number, the item's time is still not stated`, () => {
      const label = String(event.programme.length);
      const reply = answer(event, `hvornår er punkt ${label}`, now);
      assert.notEqual(reply.kind, 'answer', reply.text);
    });
  }
});

describe('a year counted from now ("næste år") is the paragraph naming that year', () => {
  for (const [name, file, now] of [
    ['synthetic', SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW],
    ['KL', KL_EVENT_FILE, KL_NOW],
  ] as const) {
    const year = DateTime.fromISO(now, { setZone: true }).year;
    const event = withLetter(file, [
      `Stemmeret forudsætter, at kontingentet for ${year} er betalt.`,
      `Bestyrelsen foreslår et kontingent for ${year + 1} på 650 kr. pr. husstand.`,
    ]);
    it(`${name}: next year's paragraph, not this year's`, () => {
      const reply = answer(event, 'hvad bliver kontingentet næste år', now);
      assert.ok(reply.text.includes(String(year + 1)), reply.text);
      assert.ok(!reply.text.includes(`kontingentet for ${year} `), reply.text);
    });
    it(`${name}: this year's paragraph for "i år"`, () => {
      const reply = answer(event, 'hvad er kontingentet i år', now);
      assert.ok(reply.text.includes(`kontingentet for ${year} `), reply.text);
    });
  }
});

describe('follow-ups on the person or item just answered', () => {
  const conversation = (event: MeetingEvent, now: string, ...turns: string[]) => {
    const knowledge = knowledgeOf(event);
    let context: FollowUpContext | undefined;
    let last = { text: '', kind: '' };
    for (const turn of turns) {
      const { understanding, answer: reply } = ask(turn, knowledge, { now: DateTime.fromISO(now, { setZone: true }), context });
      last = { text: reply?.text ?? '', kind: reply?.kind ?? understanding.kind };
      context = reply ? { ...reply.memory, lang: understanding.lang } : context;
    }
    return last;
  };
  it('"hvem byder velkommen" then "hvad er hans/hendes titel": the one person who welcomes', () => {
    const kl = conversation(klEvent, KL_NOW, 'hvem byder velkommen', 'hvad er hans titel');
    assert.equal(kl.kind, 'answer', kl.text);
    assert.ok(kl.text.includes('formand for KL'), kl.text);
    const synthetic = conversation(syntheticEvent, SYNTHETIC_NOW, 'hvem byder velkommen', 'hvad er hendes titel');
    assert.equal(synthetic.kind, 'answer', synthetic.text);
    assert.ok(synthetic.text.includes('formand for Testby Lokalråd'), synthetic.text);
  });
  for (const [name, file, now] of [
    ['synthetic', SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW],
    ['KL', KL_EVENT_FILE, KL_NOW],
  ] as const) {
    it(`${name}: "when is the dinner" then "where": the dinner item's own place, not the venue`, () => {
      const event = withLetter(file, [], undefined, (raw) => {
        (raw.programme as Array<Record<string, unknown>>).push({ title: 'Middag på Restaurant Havblik, Strandvej 2' });
      });
      const reply = conversation(event, now, 'hvornår er middagen', 'hvor?');
      assert.ok(reply.text.includes('Strandvej 2'), reply.text);
      assert.ok(!reply.text.includes(event.venue.address!.line), reply.text);
    });
  }
});

describe('practical things of the letter asked about in either language', () => {
  const letters = [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ];
  for (const { name, file, now } of letters) {
    const event = withLetter(file, [
      'Omklædning: Omklædningsrum i Hal 2 åbner kl. 15.45. Der er bad, men tag selv håndklæde med.',
      'Der er gratis Wi-Fi i hele huset, netværket hedder "Gæst".',
      'Om morgenen serveres kaffe og morgenbrød fra kl. 8.30 i foyeren.',
    ]);
    const reply = (question: string) => answer(event, question, now);
    it(`when the ${name} letter names a thing in Danish, then an English question about it is answered with its sentence`, () => {
      const rooms = reply('when do the changing rooms open');
      assert.equal(rooms.kind, 'answer', rooms.text);
      assert.match(rooms.text, /15\.45/);
      const breakfast = reply('is there breakfast');
      assert.equal(breakfast.kind, 'answer', breakfast.text);
      assert.match(breakfast.text, /morgenbrød/);
    });
    it(`when the ${name} letter says where a thing is with a hall's name, then "where" of it is answered with that`, () => {
      const where = reply('hvor er omklædning');
      assert.equal(where.kind, 'answer', where.text);
      assert.match(where.text, /Hal 2/);
    });
    it(`when the ${name} letter writes "Wi-Fi", then "wifi?" alone is a question it answers, and a thing it never names is not`, () => {
      const wifi = reply('wifi?');
      assert.equal(wifi.kind, 'answer', wifi.text);
      assert.match(wifi.text, /Gæst/);
      for (const question of ['sauna?', 'is there a sauna', 'when does the sauna open']) {
        const unknown = reply(question);
        assert.notEqual(unknown.kind, 'answer', `${question}: ${unknown.text}`);
      }
    });
    it(`when the ${name} letter says "tag selv … med" beside another thing, then what to bring is answered with it`, () => {
      const bring = reply('skal jeg selv have noget med');
      assert.equal(bring.kind, 'answer', bring.text);
      assert.match(bring.text, /håndklæde/);
    });
  }

  it('when a list of what to bring has a heading of its own, then "what do I need to bring" quotes the list', () => {
    for (const { file, now } of letters) {
      const event = withLetter(file, [
        'WHAT TO BRING • Your own laptop and charger • Good ideas and a good mood • Comfortable shoes for the walk',
      ]);
      const reply = answer(event, 'what do i need to bring', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /laptop/);
    }
  });

  it('when a food the letter names is a compound ("kransekage"), then "er der noget at spise" is answered with it', () => {
    for (const { file, now } of letters) {
      // The letter's own words of food kept out, so that only the compound can answer.
      const event = withLetter(file, [], undefined, (raw) => {
        delete (raw.practical as Record<string, unknown> | undefined)?.food;
        raw.text = 'Kære alle\n\nEfter talen er der nytårstaffel med champagne og kransekage.\n\nVenlig hilsen';
      });
      const reply = answer(event, 'er der noget at spise', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /kransekage/);
    }
  });
});

describe('a sentence that gives another fact than the one asked for is no answer', () => {
  const paragraphs = [
    'Vi holder til i kantinen, 1. sal – følg skiltene fra hovedindgangen.',
    'Fra motorvejen tager du frakørsel 14 og kører mod byen; stedet ligger på venstre hånd efter ca. 800 m.',
    'Prisen for udflugten er 300 kr. Det dækker bus, formiddagskaffe, entré og frokost.',
    'Mødestedet ligger ca. 800 m fra stationen.',
  ];
  const letters = [
    { name: 'synthetic', event: withLetter(SYNTHETIC_EVENT_FILE, paragraphs), now: SYNTHETIC_NOW },
    { name: 'KL', event: withLetter(KL_EVENT_FILE, paragraphs), now: KL_NOW },
  ];
  for (const { name, event, now } of letters) {
    it(`${name}: a floor named in a question of wheelchair access is not confirmed by the sentence that only gives the floor`, () => {
      const reply = answer(event, 'er der adgang med kørestol til kantinen på 1. sal', now);
      assert.notEqual(reply.kind, 'answer', reply.text);
      assert.doesNotMatch(reply.text, /^Ja/);
    });
    it(`${name}: a distance says how far, not how long the drive takes`, () => {
      const long = answer(event, 'hvor lang tid tager det at køre fra motorvejen', now);
      assert.notEqual(long.kind, 'answer', long.text);
      assert.notEqual(answer(event, 'hvor lang tid tager det at gå fra stationen', now).kind, 'answer');
      for (const question of ['hvor langt er der fra stationen til mødestedet', 'how far is it from the station']) {
        const far = answer(event, question, now);
        assert.equal(far.kind, 'answer', far.text);
        assert.match(far.text, /800 m fra stationen/);
      }
    });
    it(`${name}: whether a thing exists that the letter never names is not answered by what the price covers`, () => {
      const toilet = answer(event, 'er der toilet i bussen', now);
      assert.notEqual(toilet.kind, 'answer', toilet.text);
      const covers = answer(event, 'er bussen med i prisen', now);
      assert.match(covers.text, /dækker bus/);
    });
  }
});

describe('a little word of a cue ("in") names nothing a paragraph must say', () => {
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    it(`${name}: "is everything in english" is not answered by a paragraph that has "in" and "Danish" in other senses`, () => {
      const english = (paragraphs: string[]) =>
        withLetter(file, paragraphs, undefined, (raw) => {
          raw.language = 'en';
        });
      const coast = english([
        'This year the meeting takes place with us on the Danish west coast, and we will see the new harbour in practice.',
      ]);
      assert.notEqual(answer(coast, 'will there be interpretation or is everything in english', now).kind, 'answer');
      const language = english(['The working language of the meeting is English.']);
      const reply = answer(language, 'is everything in english', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /working language/);
    });
  }
});

describe('a paragraph found for the words a fact lacks names every one of them', () => {
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    it(`${name}: parking at a pick-up stop is not answered by the list of stops`, () => {
      const event = withLetter(
        file,
        ['Bussen samler op kl. 7.30 på Torvepladsen (ved busskuret) og kl. 7.45 ved Brugsen.', 'Prisen dækker bus og frokost.'],
        undefined,
        (raw) => {
          const practical = raw.practical as Record<string, unknown> | undefined;
          delete practical?.parking;
          if (practical) practical.transport = { text: { da: 'Prisen dækker bus og frokost.' } };
        },
      );
      const reply = answer(event, 'kan jeg parkere min bil ved torvepladsen hele dagen', now);
      assert.notEqual(reply.kind, 'answer', reply.text);
      assert.doesNotMatch(reply.text, /^Invitationen skriver: „Bussen samler op/);
      const stop = answer(event, 'hvor samler bussen op', now);
      assert.match(stop.text, /Torvepladsen/);
    });
  }
});

describe('bringing someone along is answered only by a text that speaks of them', () => {
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    it(`${name}: the dinner's programme line does not say whether a husband may come`, () => {
      const dinner = withLetter(file, ['Efter mødet er der middag kl. 18.30 med to retter og et glas vin.']);
      for (const question of ['kan jeg tage min mand med til middagen', 'can i bring my husband to the dinner']) {
        const reply = answer(dinner, question, now);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      }
      const guests = withLetter(file, ['Du er velkommen til at tage en ledsager med til middagen kl. 18.30.']);
      const reply = answer(guests, 'kan jeg tage min mand med til middagen', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /ledsager/);
    });
  }
});

describe('how to become a member is not answered by the prices for members', () => {
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    it(`${name}: member prices do not say how to join; a sentence on joining does`, () => {
      const prices = withLetter(file, ['Medlemmer af Netværket for Vandplanlægning: 1.450 kr. Ikke-medlemmer af netværket: 2.250 kr.']);
      for (const question of ['hvordan bliver man medlem af netværket', 'how do i become a member of the network']) {
        const reply = answer(prices, question, now);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      }
      const joining = withLetter(file, ['Du kan blive medlem af Netværket for Vandplanlægning på www.vandnet.example/indmeldelse.']);
      const reply = answer(joining, 'hvordan bliver man medlem af netværket', now);
      assert.equal(reply.kind, 'answer', reply.text);
      assert.match(reply.text, /indmeldelse/);
    });
  }
});

describe('what is served is not answered by a sentence that only names the meal', () => {
  for (const { name, file, now } of [
    { name: 'synthetic', file: SYNTHETIC_EVENT_FILE, now: SYNTHETIC_NOW },
    { name: 'KL', file: KL_EVENT_FILE, now: KL_NOW },
  ]) {
    const withFood = (food: string | undefined, paragraphs: string[]) =>
      withLetter(file, paragraphs, undefined, (raw) => {
        const practical = (raw.practical ?? (raw.practical = {})) as Record<string, unknown>;
        if (food) practical.food = { text: { da: food } };
        else delete practical.food;
      });
    it(`${name}: a fact or a paragraph naming only the breakfast does not say what it is`, () => {
      for (const event of [
        withFood('Vi inviterer de lokale virksomheder til morgenmad og netværk.', []),
        withFood(undefined, ['Vi inviterer de lokale virksomheder til morgenmad og netværk.']),
      ])
        for (const question of ['hvad får vi til morgenmad', "what's for breakfast"]) {
          const reply = answer(event, question, now);
          assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
        }
      for (const event of [
        withFood('Til morgenmad serveres rundstykker, ost og juice.', []),
        withFood(undefined, ['Til morgenmad serveres rundstykker, ost og juice.']),
      ]) {
        const reply = answer(event, 'hvad får vi til morgenmad', now);
        assert.equal(reply.kind, 'answer', reply.text);
        assert.match(reply.text, /rundstykker/);
      }
      // A dish the words of serving do not know, after a colon or beside a drink.
      for (const menu of [
        'Kl. 12.30 spiser vi frokost på kroen: lasagne med grøntsager.',
        'Vi spiser frokost på kroen, lasagne og en øl.',
      ]) {
        const reply = answer(withFood(menu, []), 'hvad får vi at spise til frokost', now);
        assert.equal(reply.kind, 'answer', reply.text);
        assert.match(reply.text, /lasagne/);
      }
    });
  }
});
