import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "hvor kan man parkere?" then "hvor er indkørslen?", "er der p-pladser?" then "koster det noget?", "what are the
 * cancellation rules?" then "og efter 1. juni?": a short follow-up asks a detail of the thing asked before, which the
 * letter's sentence naming both answers — not the meeting's venue or fee.
 */

const letter = draftOf([
  'Temamøde om grønne byrum',
  '',
  'Kære kolleger',
  '',
  'Vi holder temamøde om grønne byrum torsdag den 10. juni 2027 kl. 13.00–16.00 på Rosenvænget Kulturhus, Skolegade 4, 7100 Vestby.',
  '',
  'Pris',
  'Deltagelse koster 450 kr. pr. person, som dækker kaffe og materialer.',
  '',
  'Parkering',
  'Der er gratis parkering i kælderen under kulturhuset med indkørsel fra Møllestien. Pladserne er få, så kom i god tid.',
  '',
  'Afmelding',
  'Afmelding er gratis indtil 20. maj 2027. Afmelder du dig senere, opkræves halvdelen af prisen, og efter 1. juni 2027 opkræves den fulde pris.',
  '',
  'Venlig hilsen',
  'Hans Holt',
  'Konsulent',
]).event;

const now = DateTime.fromISO('2027-05-01T10:00:00+02:00', { setZone: true });

/** The answer to a conversation's last turn, each turn a follow-up of the one before. */
const conversation = (...questions: string[]) => conversationAnswers(knowledgeOf(letter), now, ...questions).at(-1)!;

describe('a detail of the thing asked before', () => {
  it('where the entrance of the parking is: the sentence naming both, not the venue', () => {
    const reply = conversation('hvor kan man parkere', 'hvor er indkørslen');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /Møllestien/);
  });

  it('what the parking costs: the parking sentence, not the meeting fee', () => {
    const reply = conversation('er der p-pladser ved kulturhuset', 'koster det noget?');
    assert.match(reply.text, /gratis parkering/);
    assert.doesNotMatch(reply.text, /450/);
  });

  it('the cancellation rule after a date: the sentence naming the date', () => {
    const reply = conversation('hvad er reglerne for afmelding', 'og efter 1. juni?');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /fulde pris/);
  });

  it("a detail the letter does not say of the thing: not stated, never the thing's sentence as if it said it", () => {
    const reply = conversation('hvor kan man parkere', 'er der ladestandere?');
    assert.notEqual(reply.kind, 'answer');
  });

  it('the meeting fee asked on its own is still the fee', () => {
    const reply = conversation('koster det noget?');
    assert.match(reply.text, /450/);
  });
});
