import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { draftKnowledge } from '../helpers/knowledge';

/**
 * Generic questions invitees ask of any meeting (tea, a wifi password, rain, a present) that a letter does not
 * answer are declined, not answered by a sentence that only shares letters with them: "Teams" for tea, the meeting's
 * passcode or the Teams footer's "Deltag på internettet" for wifi, "egen regning" for rain, a
 * "fællestillidsrepræsentant" for a present.
 */

const online = draftKnowledge(
  [
    'Dear network members,',
    '',
    'We invite you to the spring network meeting on Tuesday 11 May 2027, 13:00–15:00, at Fenby Town Hall, Harbour Street 4, 9990 Fenby.',
    '',
    'Can’t make it to Fenby? Join us online via Microsoft Teams. The team behind the new data platform presents its first results.',
    '',
    'Lunch is served for the whole project team in the canteen at 12:00.',
    'Meeting ID: 384 551 902 117',
    'Passcode: Hk7t2Q',
    '',
    'Bring your own laptop + charger (there is guest Wi-Fi, "Fenby-Guest").',
    '',
    'Please register by 1 May to greta@fenby.example.dk.',
    '',
    'Kind regards',
    'Greta Holm, network coordinator',
  ].join('\n'),
  '2027-04-01',
  'network-meeting-fenby',
);

const udvalg = draftKnowledge(
  [
    'Kære medlemmer af udvalget',
    '',
    'Hermed indkaldes til udvalgsmøde torsdag den 16. september 2027 kl. 13.00-15.30 i mødelokale 2.14 på Rådhuset, Torvet 1, 9990 Kærby.',
    '',
    'Der er frokost fra kl. 12.30. Drikkevarer er for egen regning.',
    '',
    'Giv besked til sekretær Mette Lund på ml@kaerby.example.dk senest den 10. september, hvis du deltager online.',
    '',
    'Microsoft Teams-møde',
    'Deltag på din computer, din mobilapp eller rumenhed',
    'Møde-id: 384 221 907 615',
    'Adgangskode: hV7sQ2',
    'Download Teams | Deltag på internettet',
    '',
    'Mvh Birgitte Holm',
    'Fællestillidsrepræsentant, Plejecenter Lindegården',
  ].join('\n'),
  '2027-09-01',
  'udvalgsmoede-kaerby',
);

const party = draftKnowledge(
  [
    'Kære kolleger',
    '',
    'Vi holder julefrokost fredag den 3. december 2027 kl. 12.00-18.00 i kantinen, Vestergade 5, 9990 Kærby.',
    '',
    'PAKKELEG',
    'Vi holder den traditionelle pakkeleg efter risalamanden. Tag en pakke med til ca. 50 kr.',
    '',
    'Tilmelding til Morten Ulriksen senest fredag den 12. november.',
  ].join('\n'),
  '2027-11-01',
  'julefrokost-kaerby',
);

const askOf = (knowledge: typeof online, question: string) =>
  ask(question, knowledge, { now: DateTime.fromISO('2027-04-20T10:00:00+02:00', { setZone: true }) }).answer;

/** The reply gives the text as the answer: not declined, nor said to be "nothing about" what was asked beside it. */
const answersWith = (knowledge: typeof online, question: string, fact: RegExp) => {
  const answer = askOf(knowledge, question);
  return answer?.kind === 'answer' && fact.test(answer.text);
};

describe('generic questions a letter does not answer', () => {
  it('does not take Teams or a team for tea', () => {
    assert.equal(answersWith(online, 'is there tea', /team/i), false);
  });

  it('does not give the meeting passcode for the wifi password', () => {
    for (const question of ['whats the wifi password', 'wifi password?'])
      assert.equal(answersWith(online, question, /Hk7t2Q/), false, question);
  });

  it('does not take the Teams footer for wifi', () => {
    for (const question of ['hvad er wifi koden', 'whats the wifi password', 'er der wifi'])
      assert.equal(answersWith(udvalg, question, /hV7sQ2|internettet/), false, question);
  });

  it('does not take "egen regning" for rain', () => {
    const answer = askOf(udvalg, 'hvad hvis det regner');
    assert.doesNotMatch(answer?.text ?? '', /egen regning/);
  });

  it('does not take a fællestillidsrepræsentant for a present, but a pakkeleg is one', () => {
    assert.doesNotMatch(askOf(udvalg, 'skal jeg have gave med')?.text ?? '', /Fællestillidsrepræsentant/);
    assert.match(askOf(party, 'skal jeg have gave med')?.text ?? '', /pakke/);
  });
});
