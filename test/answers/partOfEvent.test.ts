import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { partsNamed } from '../../src/understanding/partNames';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** A two-day course whose days are given in prose ("Dag 1: …" with its teacher under it) and a later module named once. */
const course = draftKnowledge(
  [
    'Kære nye kasserer',
    '',
    'Foreningen Vestby Kredsen inviterer dig til første modul af kassereruddannelsen.',
    '',
    'Tid: mandag den 7. juni kl. 10.00 til tirsdag den 8. juni 2027 kl. 15.30',
    'Sted: Højskolen Vestbjerg, Skovvej 14, 9990 Vestby',
    '',
    'Der er morgenmad fra kl. 8.30 den første dag.',
    '',
    'Indhold',
    'Dag 1: Regnskabets grundregler og bilagshåndtering.',
    '   Underviser: revisor Ole Strand.',
    'Dag 2: Budgetlægning og generalforsamlingen.',
    '   Underviser: konsulent Mette Lyng.',
    '',
    'Tilmelding senest 1. maj 2027 på www.vestbykredsen.example.dk.',
    'Kurset er modul 1 af 3. Modul 2 ligger i oktober 2027.',
    '',
    'Med venlig hilsen',
    'Vestby Kredsen',
  ].join('\n'),
  '2027-03-01',
  'kasserer-kursus-test',
);

/** A study visit over two days with a timed programme under each day's heading and a meeting point for day 1. */
const visit = draftKnowledge(
  [
    'Dear colleagues,',
    '',
    'We invite you to a two-day study visit on Monday 13 and Tuesday 14 September 2027.',
    '',
    'Meeting point: Day 1 at 8.15 in the hotel reception. The bus leaves at 8.30.',
    '',
    'DAY 1 – MONDAY 13 SEPTEMBER 2027: Harbours',
    '08.30  Bus from the hotel',
    '09.00  Welcome at Vestby Harbour',
    '12.00  Lunch',
    '13.00  Walk along the quay',
    '19.00  Dinner at the harbour restaurant',
    '',
    'DAY 2 – TUESDAY 14 SEPTEMBER 2027: Bridges',
    '09.00  Visit to the new bridge',
    '12.00  Lunch',
    '13.00  Tunnel site visit',
    '14.30  End of programme. The bus goes to the station.',
    '',
    'Kind regards,',
    'Ida Vang',
  ].join('\n'),
  '2027-06-01',
  'harbour-visit-test',
);

/** Three webinars, each registered for on its own line, one of them not recorded. */
const series = draftKnowledge(
  [
    '# Vestby Water Webinars 2027',
    '',
    'We invite you to three webinars on water.',
    '',
    '| # | Date | Time | Title |',
    '|---|------|------|-------|',
    '| 1 | Wednesday 20 October 2027 | 10.00–11.00 | Rain in the city |',
    '| 2 | Wednesday 17 November 2027 | 14.00–15.00 | Paying for dikes |',
    '| 3 | Wednesday 15 December 2027 | 09.00–10.00 | Parks that drain |',
    '',
    '## Registration',
    '',
    '- Session 1: https://webinars.example.org/one',
    '- Session 2: https://webinars.example.org/two',
    '- Session 3: https://webinars.example.org/three',
    '',
    'Sessions 1 and 3 will be recorded. Slides from Session 2 will not be shared.',
    '',
    'Kind regards,',
    'Ida Vang',
  ].join('\n'),
  '2027-09-01',
  'water-webinars-test',
);

const now = DateTime.fromISO('2027-03-15T10:00:00+01:00');
const answer = (knowledge: typeof course, question: string, at = now) => ask(question, knowledge, { now: at }).answer!;

describe('parts of a meeting in several parts', () => {
  it('reads the parts a text names, by number, ordinal and list', () => {
    assert.deepEqual(partsNamed('hvem underviser dag 2'), [{ kind: 'day', number: 2 }]);
    assert.deepEqual(partsNamed('when is the second module'), [{ kind: 'module', number: 2 }]);
    assert.deepEqual(partsNamed('Sessions 1 and 3 will be recorded.'), [
      { kind: 'session', number: 1 },
      { kind: 'session', number: 3 },
    ]);
    assert.deepEqual(partsNamed('en anden dag'), []);
    assert.deepEqual(partsNamed('tirsdag 2/3'), []);
  });

  it("answers who teaches on a day from that day's lines, not another day's", () => {
    for (const question of ['hvem underviser dag 2', 'who teaches on day 2']) {
      const text = answer(course, question).text;
      assert.match(text, /Mette Lyng/, question);
      assert.doesNotMatch(text, /Ole Strand/, question);
    }
    assert.match(answer(course, 'hvem underviser dag 1').text, /Ole Strand/);
  });

  it('says what a day is about from its label line', () => {
    const [, about] = conversation(course, now, 'hvem underviser dag 2', 'og hvad handler dag 2 om');
    assert.match(about!, /Budgetlægning/);
    assert.doesNotMatch(about!, /Regnskabets/);
  });

  it('answers when a module named in the text is, and does not answer another module for one not named', () => {
    assert.match(answer(course, 'naar er modul 2').text, /oktober 2027/);
    const third = answer(course, 'hvornår er modul 3');
    assert.equal(third.kind, 'dontKnow');
    assert.doesNotMatch(third.text, /oktober/);
  });

  it("does not give the first day's breakfast for the second day", () => {
    const second = answer(course, 'what time is breakfast on day 2');
    assert.doesNotMatch(second.text, /8\.30/);
    assert.notEqual(second.kind, 'answer');
  });

  it("answers where to meet on a day from the sentence naming it, and a day's end from its closing item", () => {
    const at = DateTime.fromISO('2027-08-01T10:00:00+02:00');
    assert.match(answer(visit, 'where do we meet on day 1', at).text, /8\.15/);
    assert.match(answer(visit, 'when does day 2 end', at).text, /14[.:]30/);
    // Day 1 ends with a dinner the letter gives no end for: no end is made up for it.
    assert.doesNotMatch(answer(visit, 'when does day 1 end', at).text, /19[.:]00|14[.:]30/);
  });

  it('keeps the day of the question before for "that day"', () => {
    const at = DateTime.fromISO('2027-08-01T10:00:00+02:00');
    const [, after] = conversation(visit, at, 'what happens on day 1', 'and whats on after lunch that day');
    assert.match(after!, /quay/);
    assert.doesNotMatch(after!, /Tunnel/);
  });

  it("answers a session's link, recording and slides from the sentences naming that session", () => {
    const at = DateTime.fromISO('2027-09-10T10:00:00+02:00');
    assert.match(answer(series, 'link to sign up for session 2 pls', at).text, /webinars\.example\.org\/two/);
    assert.match(answer(series, 'will session 2 slides be shared', at).text, /not be shared/);
    assert.match(answer(series, 'will there be a recording of session 1', at).text, /Sessions 1 and 3 will be recorded/);
  });
});
