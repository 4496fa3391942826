import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CueRecognizer } from '../../src/understanding/recognizer';
import { bundledEvent } from '../helpers/event';

const recognizer = new CueRecognizer(bundledEvent);
const intents = (text: string) => recognizer.recognize(text).intents;
const lang = (text: string, hint?: 'da' | 'en') => recognizer.recognize(text, hint).lang;

describe('recognising questions', () => {
  it('understands the core questions in Danish and English', () => {
    assert.deepEqual(intents('Hvornår er mødet?'), ['when']);
    assert.deepEqual(intents('Hvor er mødet?'), ['where']);
    assert.deepEqual(intents('Hvad er programmet?'), ['programme']);
    assert.deepEqual(intents('When is the meeting?'), ['when']);
    assert.deepEqual(intents('Where is the meeting?'), ['where']);
    assert.deepEqual(intents("What's on the agenda?"), ['programme']);
  });

  it('tolerates missing æ/ø/å and typos', () => {
    assert.deepEqual(intents('hvornaar er moedet'), ['when']);
    assert.deepEqual(intents('hvor er modet'), ['where']);
    assert.deepEqual(intents('hvad er programet'), ['programme']);
    assert.deepEqual(intents('wehn is the meeting'), ['when']);
    assert.deepEqual(intents('whats the adress'), ['where']);
  });

  it('understands one-word questions', () => {
    assert.deepEqual(intents('tid?'), ['when']);
    assert.deepEqual(intents('adresse'), ['where']);
    assert.deepEqual(intents('program'), ['programme']);
    assert.deepEqual(intents('venue'), ['where']);
  });

  it('answers both parts of a two-part question, in the order asked', () => {
    assert.deepEqual(intents('hvornår og hvor er mødet?'), ['when', 'where']);
    assert.deepEqual(intents('Where is it, and how long does it last?'), ['where', 'duration']);
  });

  it('tells the end, the duration and the weekday apart from "when"', () => {
    assert.deepEqual(intents('hvornår slutter mødet?'), ['endTime']);
    assert.deepEqual(intents('hvor lang tid varer det?'), ['duration']);
    assert.deepEqual(intents('hvilken ugedag er det?'), ['weekday']);
  });

  it('finds the question in a long message', () => {
    assert.deepEqual(
      intents('Hej Mødebot, jeg er ny i børne- og ungeudvalget i Skive og har fået invitationen videresendt, så kan du fortælle mig hvornår mødet egentlig starter?'),
      ['when'],
    );
  });

  it('says nothing it does not know: a question word next to an unknown topic is not a fact question', () => {
    for (const text of ['Hvor kan jeg parkere?', 'Hvornår er der mad?', 'Where can I park?', 'Is there wifi?', 'Hvad koster det?', 'Hvem vandt fodboldkampen i går?']) {
      const result = recognizer.recognize(text);
      assert.deepEqual(result.intents, [], text);
      assert.equal(result.passage, undefined, text);
    }
  });

  it('keeps the answerable half of a question with an unknown half', () => {
    const result = recognizer.recognize('hvor er mødet, og er der parkering?');
    assert.deepEqual(result.intents, ['where']);
    assert.equal(result.unknownTopic, true);
  });

  it('quotes the invitation for a question no intent covers, only when it clearly matches', () => {
    const hit = recognizer.recognize('Hvad skal kommunerne inspirere hinanden til?').passage;
    assert.ok(hit, 'expected a passage');
    assert.match(hit.text, /inspirerer hinanden/);
    assert.match(recognizer.recognize('Hvad betyder dialogen for interessevaretagelsen over for Christiansborg?').passage?.text ?? '', /Christiansborg/);
    assert.equal(recognizer.recognize('Hvad synes du om vejret i Aarhus?').passage, undefined);
  });

  it('answers in the language of the question; the locale only breaks ties', () => {
    assert.equal(lang('Hvornår er mødet?', 'en'), 'da');
    assert.equal(lang('When is the meeting?', 'da'), 'en');
    assert.equal(lang('hvornaar er moedet', 'en'), 'da');
    assert.equal(lang('agenda', 'en'), 'en');
    assert.equal(lang('agenda', 'da'), 'da');
  });
});
