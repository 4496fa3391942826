import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { draftKnowledge } from '../helpers/knowledge';

/**
 * Questions whose words overlap the letter while what they ask is not in it: the price of a thing an item is about,
 * when a new building is ready, meetings after this one, a name, which ones of a kind, having a thing afterwards.
 * The bot says the letter does not say (kind not "answer"), and still answers what the letter does say.
 */

const DANISH = [
  'Dialogmøde om Skovlund Idrætscenter',
  '',
  'Kære foreninger',
  '',
  'Skovlund Kommune inviterer til dialogmøde tirsdag den 14. september 2027 kl. 19.00–21.00 i Skovlund Kulturhus, Torvet 2, 9990 Skovlund.',
  '',
  'Det er igen tid til at fordele tiderne i kommunens baner og sale for næste sæson. Derfor holder vi mødet.',
  '',
  'Vi foreslår desuden et nyt klubhus ved Engvej, som efter planen står klar i foråret 2029.',
  '',
  'Slides vil være på dansk, og der er tid til spørgsmål undervejs.',
  '',
  'Program',
  '19.00 Velkomst v/ formand Tove Rask',
  '19.15 Erfaringer fra en ny sportshal v/ Ib Krag',
  '20.00 Salg af grund, Engvej 4 v/ Tove Rask',
  '20.45 Eventuelt',
  '',
  'Tilmelding senest 1. september på www.skovlund.example.dk/dialog.',
  '',
  'Venlig hilsen',
  'Per Smed',
  'Fritidskonsulent, Skovlund Kommune',
  'Tlf. 86 12 34 56',
].join('\n');

const ENGLISH = [
  'Webinar series on green harbours',
  '',
  'Dear colleagues,',
  '',
  'The Harbour Network invites you to three webinars: Wednesday 20 January 2027, 10:00–11:00, Wednesday 17 February 2027, 10:00–11:00 and Wednesday 17 March 2027, 10:00–11:00, on Teams.',
  '',
  'Programme',
  '10:00 Welcome by Anna Berg, chair',
  '10:10 Lessons from a new quay in Nordby by Mads Kjeldsen',
  '10:50 Questions',
  '',
  'Register by 10 January at www.harbour.example.org/webinars.',
  '',
  'Kind regards',
  'Lise Holm',
  'Coordinator, The Harbour Network',
  'Phone +45 86 12 34 57',
].join('\n');

const HALL = [
  'Innovation Day 2027',
  '',
  'Dear colleagues,',
  '',
  'You are invited to Innovation Day on Thursday 22 April 2027, 08:30–16:00 at Nordby Hall, Mill Street 4, 9990 Nordby.',
  '',
  'ONLINE Q&A BEFORE THE DEADLINE',
  'Not sure if it is for you? Join our 30-minute Q&A on Teams on Tuesday 6 April at 14:00–14:30.',
  '',
  'Register by 9 April at www.nordby.example.org/innovation.',
  '',
  'Kind regards',
  'Lise Holm',
  'Coordinator, Nordby Region',
  'Phone +45 86 12 34 57',
].join('\n');

const danish = draftKnowledge(DANISH, '2027-08-01', 'dialog-skovlund');
const english = draftKnowledge(ENGLISH, '2027-01-01', 'harbour-webinars');
const hall = draftKnowledge(HALL, '2027-03-01', 'innovation-day-nordby');
const nowDa = DateTime.fromISO('2027-08-01T10:00:00+02:00', { setZone: true });
const nowEn = DateTime.fromISO('2027-01-02T10:00:00+01:00', { setZone: true });

const kindDa = (question: string) => ask(question, danish, { now: nowDa }).answer?.kind;
const kindEn = (question: string) => ask(question, english, { now: nowEn }).answer?.kind;

describe('questions the letter does not answer, though their words overlap it', () => {
  it('the price asked by a compound whose first part names an item is not the item', () => {
    assert.notEqual(kindDa('hvad er salgsprisen for engvej 4'), 'answer');
    assert.equal(kindDa('hvornår er punktet om salg af grund'), 'answer');
  });

  it('when a new building is ready or built is no item end time', () => {
    assert.notEqual(kindEn('when will the new quay be finished'), 'answer');
    assert.notEqual(kindDa('hvornår er den nye sportshal færdig'), 'answer');
    assert.notEqual(kindDa('hvornår bliver sportshallen bygget'), 'answer');
  });

  it('meetings after this letter’s are not its programme', () => {
    assert.notEqual(kindEn('will there be more webinars after march'), 'answer');
    assert.notEqual(kindDa('kommer der flere møder til efteråret'), 'answer');
  });

  it('a paragraph that names the thing but not its name, which ones, or having it afterwards does not answer', () => {
    assert.notEqual(kindDa('hvad skal det nye klubhus hedde'), 'answer');
    assert.notEqual(kindDa('hvilke baner bliver fordelt'), 'answer');
    assert.notEqual(kindDa('kan man få slides bagefter'), 'answer');
  });

  it('an online paragraph of another thing on another day does not say the meeting can be followed online', () => {
    const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });
    assert.notEqual(ask('can I attend online?', hall, { now }).answer?.kind, 'answer');
    assert.notEqual(ask('kan man deltage online?', hall, { now }).answer?.kind, 'answer');
  });
});
