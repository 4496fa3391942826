import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * Conversations as people type them in Teams: a new question with a word of its own after a follow-up, a correction
 * ("nej, jeg mente …"), an item named after a question of its time, "til hvem?" after a paragraph quoted, "where is
 * she from?" after a speaker, and "hvor?" after the stream.
 */

const danish = draftOf([
  'Temadag om grønne byrum',
  '',
  'Kære kolleger',
  '',
  'Vi holder temadag om grønne byrum tirsdag den 14. september 2027 kl. 9.00–15.30 på Rosenvænget Kulturhus, Skolegade 4, 7100 Vestby.',
  '',
  'Program',
  '9.00 Velkomst',
  '9.15 Oplæg om regnvand i byen',
  '10.30 Kaffepause',
  '10.45 Paneldebat med tre borgmestre',
  '12.00 Frokost',
  '13.00 Byvandring',
  '15.00 Afrunding',
  '',
  'Pris',
  'Deltagelse koster 450 kr. for medlemmer og 650 kr. for andre.',
  '',
  'Stedfortræder',
  'Kan du ikke selv komme, kan du sende en kollega i dit sted. Giv besked til sekretariatet senest dagen før.',
  '',
  'Ønsker du at tage en praktikant med, så tal med din leder om det først.',
  '',
  'Temadagen bliver streamet direkte på www.vestby-byrum.example.dk/live.',
  '',
  'Underviser på kurset er Karl Dam fra Naturstyrelsen Fjordhavn.',
  '',
  'Venlig hilsen',
  'Hans Holt',
  'Konsulent',
]).event;

const english = draftOf([
  'Coastal Planning Day 2027',
  '',
  'Dear colleague,',
  '',
  'We invite you to Coastal Planning Day on Thursday 16 September 2027, 09.00–16.00, at Harbour House, Kajvej 2, 6400 Nordby.',
  '',
  'Programme',
  '09.00 Welcome',
  '09.20 Keynote: Rising seas – Dr. Anna Berg, associate professor, Fjordhavn University College',
  '10.30 Coffee break',
  '11.00 Panel: Who pays for the dikes? With Lars Holm (City of Vestby) and Eva Lund (Nordby Insurance)',
  '12.15 Lunch',
  '13.15 Workshop: What works on the coast',
  '15.30 Closing remarks',
  '',
  'Kind regards',
  'Pia Sørensen',
  'Coordinator',
]).event;

const now = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });

/** The answer to a conversation's last turn, each turn a follow-up of the one before. */
const lastAnswer = (event: typeof danish, ...questions: string[]) => conversationAnswers(knowledgeOf(event), now, ...questions).at(-1)!;

describe('a new question with a word of its own after a follow-up', () => {
  it('"hvad er emnet" after how long it lasts does not get the length again', () => {
    const reply = lastAnswer(danish, 'hvor lang tid varer det', 'hvad er emnet');
    assert.doesNotMatch(reply.text, /6 timer|30 minutter/);
  });

  it('"hvordan kommer jeg hjem" after the price does not get the price again', () => {
    const reply = lastAnswer(danish, 'hvad koster det', 'hvordan kommer jeg hjem');
    assert.doesNotMatch(reply.text, /450|650/);
  });

  it('a short follow-up with nothing of its own still asks more of the topic before', () => {
    const reply = lastAnswer(danish, 'hvad koster det', 'og for medlemmer?');
    assert.match(reply.text, /450/);
  });
});

describe('a correction', () => {
  it('"nej, jeg mente hvornår det slutter" after a break: when the meeting ends, not the break', () => {
    const reply = lastAnswer(danish, 'hvornår er kaffepausen', 'nej jeg mente hvornår det slutter');
    assert.match(reply.text, /15\.30/);
    assert.doesNotMatch(reply.text, /10\.45|Kaffepause/);
  });

  it('"nej, hvornår slutter temadagen": the "nej" asks nothing of the break before', () => {
    const reply = lastAnswer(danish, 'hvornår er kaffepausen', 'nej, hvornår slutter temadagen');
    assert.match(reply.text, /15\.30/);
    assert.doesNotMatch(reply.text, /Kaffepause/);
  });
});

describe('an item named after a question of its time', () => {
  it('"og paneldebatten?" after when lunch is: when the panel is', () => {
    const reply = lastAnswer(danish, 'hvornår er frokosten', 'og paneldebatten?');
    assert.match(reply.text, /10\.45/);
  });

  it('"and the panel?" after how long lunch is: how long the panel is', () => {
    const reply = lastAnswer(english, 'how long is lunch', 'and the panel?');
    assert.match(reply.text, /1 hour and 15 minutes/);
  });

  it('"and who is on it?" after when the panel is: its panellists, not every speaker', () => {
    const reply = lastAnswer(english, 'when is the panel', 'and who is on it?');
    assert.match(reply.text, /Eva Lund/);
    assert.doesNotMatch(reply.text, /Anna Berg/);
  });
});

describe('whom, after a paragraph quoted', () => {
  it('"til hvem?" after sending a deputy: the sentence saying to whom', () => {
    const reply = lastAnswer(danish, 'kan jeg sende en kollega i mit sted', 'til hvem?');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /sekretariatet/);
  });

  it('"hvem skal jeg tale med" after bringing a trainee: the one the paragraph says to talk with', () => {
    const reply = lastAnswer(danish, 'kan jeg tage en praktikant med', 'hvem skal jeg tale med');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /leder/);
  });
});

describe('where someone is from, and where the stream is', () => {
  it('"where is she from?" after the keynote speaker: her organisation answers', () => {
    const reply = lastAnswer(english, 'who gives the keynote', 'where is she from');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /Fjordhavn University College/);
  });

  it('"where does she work?" after the keynote speaker: her, not the item whose title has "works"', () => {
    const reply = lastAnswer(english, 'who gives the keynote', 'where does she work');
    assert.match(reply.text, /Fjordhavn University College/);
    assert.doesNotMatch(reply.text, /What works/);
  });

  it('"hvor er han fra?" after a teacher the letter names in a sentence: that sentence, not the venue', () => {
    const reply = lastAnswer(danish, 'hvem er underviser', 'hvor er han fra');
    assert.match(reply.text, /Naturstyrelsen Fjordhavn/);
    assert.doesNotMatch(reply.text, /Skolegade/);
  });

  it('"hvor?" after the stream: its address, not the venue', () => {
    const reply = lastAnswer(danish, 'kan jeg se det online', 'hvor?');
    assert.match(reply.text, /vestby-byrum\.example\.dk\/live/);
    assert.doesNotMatch(reply.text, /Skolegade/);
  });
});
