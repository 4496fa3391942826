import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { ask } from '../../src/answers/ask';
import { formatTime, startOf } from '../../src/event/format';
import { parseEvent } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import type { FollowUpContext } from '../../src/understanding/understand';
import { KL_NOW, klEvent, SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW, syntheticEvent, TEST_EVENTS } from '../helpers/event';
import { eventOfQuestionSet, loadQuestionSet, QUESTIONS_DIR } from '../helpers/questionSets';

/** The synthetic event with some of its file changed (in memory). */
function variant(change: (raw: Record<string, unknown>) => void): MeetingEvent {
  const raw = parse(readFileSync(SYNTHETIC_EVENT_FILE, 'utf8')) as Record<string, unknown>;
  change(raw);
  return parseEvent(raw, 'variant.yaml');
}

const answer = (event: MeetingEvent, text: string, now = SYNTHETIC_NOW, options: { toldOriginalLanguage?: boolean } = {}) =>
  ask(text, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }), ...options }).answer!;

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
  const knowledge = new EventKnowledge(eventOfQuestionSet(set).event);
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
