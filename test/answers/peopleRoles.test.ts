import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftKnowledge, conversationAnswers } from '../helpers/knowledge';

/**
 * Letters written for these tests (made-up names and places) about the people they name: the writer's number given
 * in the sentence after one of hers ("… til mig. Har du spørgsmål, kan du også ringe på …"), a contact with a foreign
 * number, a chair and a vice-chair named by a capitalised title, and items asked of by who presents them.
 */
const COURSE = `Fra: Birte Vang <bva@norholm.example.dk>
Emne: Kursus i brandsikkerhed torsdag den 11. marts 2027

Kære alle

Vi holder kursus i brandsikkerhed torsdag den 11. marts 2027 kl. 9.00-12.00 i kantinen på Norholm Rådhus, Torvegade 3, 7720 Norholm.

Tilmelding: send en mail til mig på bva@norholm.example.dk med navn og afdeling. Har du spørgsmål, kan du også ringe på 61 72 83 94.

Venlig hilsen
Birte Vang
Sikkerhedskoordinator
Teknik, Norholm Kommune`;

const NETWORK = `Nordic Harbour Network – spring meeting

Thursday 15 April 2027, 10:00–15:00, Harbour House, Kajgade 4, 7720 Norholm

Questions? Contact the secretariat: Sigrid Ekholm, sigrid.ekholm@harbour.example.org, +46 70 555 12 34.

Chair Tove Lindqvist and Vice-chair Anton Brask are not up for election this year.

Kind regards
Sigrid Ekholm, Network Coordinator`;

const COMMITTEE = `Dagsorden for Vejudvalget, onsdag den 8. september 2027 kl. 15.30-18.00, Norholm Rådhus, Torvegade 3, 7720 Norholm

1. Godkendelse af dagsorden v/ formand Kaj Holst
2. Budgetopfølgning 2027 v/ økonomikonsulent Ida Wern
3. Trafiksikkerhedsplan 2028-2031 v/ trafikplanlægger Rune Sejr
4. Tidsplan for nyt rådhus v/ projektleder Maja Ring

Med venlig hilsen
Ulla Dyhr, udvalgssekretær, udy@norholm.example.dk`;

const now = DateTime.fromISO('2027-03-01T09:00:00+01:00', { setZone: true });

describe('people named in a letter', () => {
  it("gives the writer's phone from the sentence right after one of hers, and says it answers a phone question", () => {
    const knowledge = draftKnowledge(COURSE, '2027-03-01', 'course');
    const writer = knowledge.event.people.find((p) => p.name === 'Birte Vang');
    assert.equal(writer?.phone, '61 72 83 94');
    const [byName] = conversationAnswers(knowledge, now, 'whats birtes phone number');
    assert.equal(byName?.kind, 'answer');
    assert.match(byName?.text ?? '', /61 72 83 94/);
  });

  it('answers "her phone number?" with a contact number written with a foreign country code', () => {
    const knowledge = draftKnowledge(NETWORK, '2027-03-01', 'network');
    const [, phone] = conversationAnswers(knowledge, now, "who's the contact", 'her phone number?');
    assert.equal(phone?.kind, 'answer');
    assert.match(phone?.text ?? '', /\+46 70 555 12 34/);
  });

  it('takes a capitalised title before a name as what the person is, and tells the chair from the vice-chair', () => {
    const knowledge = draftKnowledge(NETWORK, '2027-03-01', 'network');
    const chair = knowledge.event.people.find((p) => p.name === 'Tove Lindqvist');
    const vice = knowledge.event.people.find((p) => p.name === 'Anton Brask');
    assert.ok(chair && vice, 'both are people of the letter');
    // No part at the meeting is stated for them: a title, no role.
    assert.deepEqual(chair.roles ?? [], []);
    const [who] = conversationAnswers(knowledge, now, 'who chairs the board');
    assert.match(who?.text ?? '', /Tove Lindqvist/);
    assert.doesNotMatch(who?.text?.split('\n')[0] ?? '', /Anton Brask/);
    const [deputy] = conversationAnswers(knowledge, now, 'who is the vice chair');
    assert.match(deputy?.text?.split('\n')[0] ?? '', /Anton Brask/);
  });

  it('finds the item someone presents, by English words for a Danish compound title', () => {
    const knowledge = draftKnowledge(COMMITTEE, '2027-09-01', 'committee');
    const [safety] = conversationAnswers(knowledge, now, 'who presents the traffic safety plan');
    assert.equal(safety?.kind, 'answer');
    assert.match(safety?.text ?? '', /Rune Sejr/);
    assert.doesNotMatch(safety?.text ?? '', /Ida Wern/);
    const [timeline] = conversationAnswers(knowledge, now, 'who talks about the timeline');
    assert.match(timeline?.text ?? '', /Maja Ring/);
  });
});
