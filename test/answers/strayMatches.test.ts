import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * Questions of things invitations seldom say (name badges, who else comes, who pays for travel, the wifi password)
 * are not answered by a fact of something else that shares a word with them: the speakers, a panel titled "who
 * pays", the online meeting's passcode.
 */

const danish = draftOf([
  'Til: Medarbejdere i Plan og Byg, Kærby Kommune',
  '',
  'Temamøde om den nye havn',
  '',
  'Kære alle',
  '',
  'Vi inviterer til temamøde om den nye havn tirsdag den 14. september 2027 kl. 13.00–16.00 på Kærby Rådhus, Torvet 1, 9990 Kærby.',
  '',
  'Program',
  '13.00 Velkomst v/ Gerda Lykkegaard',
  '13.30 Havnen i tal v/ Mogens Birkedal',
  '14.30 Paneldebat: Hvem betaler for havnen? v/ Tove Rask',
  '15.30 Afrunding v/ Gerda Lykkegaard',
  '',
  'Du kan også deltage online via Microsoft Teams:',
  'Link: https://teams.microsoft.com/l/meetup-join/kaerby-havn',
  'Møde-id: 381 224 906 517',
  'Adgangskode: Hv7pQ2',
  '',
  'Tilmelding senest 1. september til gerda@kaerby.example.dk.',
  '',
  'Venlig hilsen',
  'Gerda Lykkegaard',
  'Kærby Kommune',
]).event;

const english = draftOf([
  'To: Planning staff in the northern municipalities',
  '',
  'Seminar on the new harbour',
  '',
  'Dear colleagues,',
  '',
  'We invite you to a seminar on the new harbour on Thursday 20 May 2027, 09:00–15:00 at Fenby Town Hall, Harbour Street 4, 9990 Fenby.',
  '',
  'Programme',
  '09:00 Welcome by Greta Lindqvist',
  '10:00 The harbour in figures by Magnus Bergholt',
  '11:00 Panel: Who pays for the harbour? by Tova Ramsing',
  '13:30 Wrap-up by Greta Lindqvist',
  '',
  'You can also join online via Microsoft Teams:',
  'Link: https://teams.microsoft.com/l/meetup-join/fenby-harbour',
  'Meeting ID: 381 224 906 517',
  'Passcode: Hv7pQ2',
  '',
  'Please register by 1 May to greta@fenby.example.dk.',
  '',
  'Kind regards',
  'Greta Lindqvist',
  'Fenby Municipality',
]).event;

const cases = [
  { name: 'Danish', event: danish, now: '2027-09-01T12:00:00+02:00', speaker: /Mogens Birkedal/, panel: /Tove Rask|Paneldebat/ },
  { name: 'English', event: english, now: '2027-05-01T12:00:00+02:00', speaker: /Magnus Bergholt/, panel: /Tova Ramsing|Panel:/ },
];

function answer(event: MeetingEvent, now: string, question: string) {
  return ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) }).answer!;
}

describe('a question of a thing the letter does not name is not answered by a fact that shares a word with it', () => {
  for (const { name, event, now, speaker, panel } of cases) {
    it(`(${name} letter) name badges and who else comes are not the speakers`, () => {
      for (const question of [
        'får vi navneskilte',
        'will there be name badges',
        'hvem kommer ellers',
        'who else is coming',
        'who is attending',
      ]) {
        const reply = answer(event, now, question);
        assert.doesNotMatch(reply.text, speaker, `${question}: ${reply.text}`);
      }
      for (const question of ['får vi navneskilte', 'will there be name badges'])
        assert.notEqual(answer(event, now, question).kind, 'answer', question);
      // The speakers, still, when asked for, and a name asked for.
      for (const question of ['hvem taler', 'who are the speakers', 'hvad er navnet på den der taler om havnen i tal'])
        assert.match(answer(event, now, question).text, speaker, question);
    });

    it(`(${name} letter) who pays for travel is not the panel titled "who pays"`, () => {
      for (const question of ['who pays for travel', 'hvem betaler for transporten']) {
        const reply = answer(event, now, question);
        assert.doesNotMatch(reply.text, panel, `${question}: ${reply.text}`);
      }
      // The panel, still, when its own words name it.
      assert.match(answer(event, now, 'hvem er med i paneldebatten').text, panel);
      assert.match(answer(event, now, 'who is on the panel').text, panel);
    });

    it(`(${name} letter) the wifi password is not the online meeting's passcode`, () => {
      for (const question of ['what is the wifi password', 'hvad er wifi adgangskoden']) {
        // It may say what the letter does say of the online meeting, as that, not as the answer.
        const reply = answer(event, now, question);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      }
      assert.match(answer(event, now, 'what is the passcode').text, /Hv7pQ2/);
      assert.match(answer(event, now, 'hvad er adgangskoden til teams').text, /Hv7pQ2/);
    });
  }
});

const greeted = draftOf([
  'Dear network members and colleagues,',
  '',
  'We invite you to a spring seminar on the new harbour on Thursday 20 May 2027, 09:00–15:00 at Fenby Town Hall, Harbour Street 4, 9990 Fenby.',
  '',
  'Programme',
  '09:00 Welcome by Greta Lindqvist',
  '10:00 Keynote: Harbours in Danish and Swedish towns by Magnus Bergholt',
  '12:00 Lunch',
  '',
  'All times are Danish time (CET).',
  '',
  'Please register by 1 May to greta@fenby.example.dk.',
  '',
  'Kind regards',
  'Greta Lindqvist',
  'Fenby Municipality',
]).event;

describe('a language named as an adjective, or a greeting, answers nothing', () => {
  const now = '2027-05-01T12:00:00+02:00';
  it('the language of the event is not a talk on Danish towns nor Danish time', () => {
    for (const question of ['what language is the event in', 'hvilket sprog foregår det på']) {
      const reply = answer(greeted, now, question);
      assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
    }
  });
  it('bringing a colleague is not answered by the greeting to colleagues', () => {
    for (const question of ['kan jeg tage en kollega med', 'can i bring a colleague']) {
      const reply = answer(greeted, now, question);
      assert.doesNotMatch(reply.text, /Dear network members/, `${question}: ${reply.text}`);
    }
  });
});
