import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { answerIntent, composeAnswer } from '../../src/answers/compose';
import { CONTENT_INTENTS, type Intent } from '../../src/understanding/lexicon';
import { bundledEvent as event, eventCopy } from '../helpers/event';

const before = DateTime.fromISO('2024-10-27T12:00:00+01:00', { setZone: true });
const after = DateTime.fromISO('2026-11-29T12:00:00+01:00', { setZone: true });
const say = (intent: Intent, lang: 'da' | 'en', now = before) => answerIntent(intent, event, lang, now);

describe('answers from the invitation', () => {
  it('time, place and programme in Danish', () => {
    assert.equal(say('when', 'da'), 'Mødet er onsdag den 30. oktober 2024 kl. 17.00–18.45 – det er om 3 dage.');
    assert.equal(say('where', 'da'), 'Mødet foregår på Rådhuset i Herning, Torvet 5, 7400 Herning.');
    assert.match(say('programme', 'da'), /1\. Velkommen v\/ Herning Kommune[\s\S]*6\. Tak for i dag/);
  });

  it('time, place and programme in English', () => {
    assert.equal(say('when', 'en'), 'The meeting is on Wednesday 30 October 2024, 17:00–18:45 (Danish time) – that is in 3 days.');
    assert.equal(say('where', 'en'), 'The meeting is held at Herning City Hall (Rådhuset), Torvet 5, 7400 Herning.');
    assert.match(say('programme', 'en'), /3\. Discussions at the tables – KL's Children and Education Committee/);
  });

  it('after the meeting, "when" says it took place', () => {
    assert.equal(say('when', 'da', after), 'Mødet blev holdt onsdag den 30. oktober 2024 kl. 17.00–18.45 (for 2 år siden).');
    assert.equal(say('when', 'en', after), 'The meeting took place on Wednesday 30 October 2024, 17:00–18:45 (Danish time) (2 years ago).');
  });

  it('everything else the invitation states', () => {
    assert.match(say('audience', 'da'), /udvalg med ansvar for børne- og ungeområdet[\s\S]*direktører/);
    assert.match(say('organisers', 'en'), /KL \(Local Government Denmark\) together with Herning Municipality/);
    assert.equal(
      say('chair', 'da'),
      "Thomas Gyldal Petersen, formand for KL's Børne- og Undervisningsudvalg, leder mødet (programpunkt 2, 4 og 5).",
    );
    assert.match(say('purpose', 'da'), /lokal praksis[\s\S]*inkluderende fællesskaber/);
    assert.match(say('background', 'da'), /økonomiaftalen for 2025[\s\S]*folkeskoleaftale/);
    assert.match(say('background', 'en'), /2025 economy agreement[\s\S]*school agreement/);
    assert.equal(say('ownTopics', 'da'), 'Ja. I kan selv bringe emner på banen – det sker under programpunkt 5.');
    assert.match(say('registrationLink', 'en'), /https:\/\/tilmeld\.kl\.dk\/politiskmoede-regionmidtjylland2024/);
    assert.equal(say('letterDate', 'da'), 'Invitationen fra KL er dateret 1. juli 2024.');
    assert.equal(say('klAddress', 'da'), 'KLs adresse er Weidekampsgade 10, Postboks 3370, 2300 København S (www.kl.dk).');
    assert.match(say('duration', 'en'), /1 hour and 45 minutes, from 17:00 to 18:45/);
    assert.equal(say('endTime', 'da'), 'Mødet slutter kl. 18.45 (onsdag den 30. oktober 2024).');
  });

  it('every content intent has an answer in both languages, and they differ', () => {
    for (const intent of CONTENT_INTENTS) {
      const da = say(intent, 'da');
      const en = say(intent, 'en');
      assert.ok(da.length > 10 && en.length > 10, intent);
      assert.notEqual(da, en, intent);
    }
  });

  it('answers come from the event file, not from code', () => {
    const other = eventCopy();
    other.venue.address = { street: 'Banegårdspladsen 1', postalCode: '8000', city: 'Aarhus C' };
    other.start = '2025-03-04T09:00';
    other.end = '2025-03-04T12:00';
    assert.match(answerIntent('where', other, 'da', before), /Banegårdspladsen 1, 8000 Aarhus C/);
    assert.match(answerIntent('when', other, 'da', before), /tirsdag den 4\. marts 2025 kl\. 09\.00–12\.00/);
  });

  it('what the invitation does not say gets "I don\'t know" and whom to ask', () => {
    const answer = composeAnswer({ lang: 'da', intents: [], unknownTopic: true }, event, before);
    assert.deepEqual(answer.intents, ['dontKnow']);
    assert.match(answer.text, /ved jeg desværre ikke/);
    assert.match(answer.text, /Thomas Gyldal Petersen.*www\.kl\.dk/);
    const en = composeAnswer({ lang: 'en', intents: [], unknownTopic: false }, event, before);
    assert.match(en.text, /I don't know.*Thomas Gyldal Petersen/);
  });

  it('a half-known question answers the known half and says the rest is not in the invitation', () => {
    const answer = composeAnswer({ lang: 'en', intents: ['where'], unknownTopic: true }, event, before);
    assert.match(answer.text, /Torvet 5[\s\S]*doesn't say anything about the rest/);
  });

  it('the programme answer asks for the card', () => {
    assert.equal(composeAnswer({ lang: 'da', intents: ['programme'], unknownTopic: false }, event, before).programmeCard, true);
    assert.equal(composeAnswer({ lang: 'da', intents: ['where'], unknownTopic: false }, event, before).programmeCard, false);
  });
});
