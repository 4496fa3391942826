import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksPersonal, maskPersonalData, showMasked, withoutMarkers } from '../../src/questions/mask';
import { EventKnowledge, LEXICON } from '../../src/understanding/knowledge';
import { TEST_EVENTS } from '../helpers/event';

const LABELS = { email: '[e-mail]', phone: '[telefon]', number: '[nummer]', name: '[navn]' };
const show = (text: string, options?: Parameters<typeof maskPersonalData>[1]) => showMasked(maskPersonalData(text, options), LABELS);

describe('masking personal data in recorded questions', () => {
  it('when a question holds an e-mail address, then the address is gone, the question stays', () => {
    assert.equal(show('Kan jeg skrive til anna.jensen@vestby.dk om parkering?'), 'Kan jeg skrive til [e-mail] om parkering?');
    assert.equal(show('mail me at bo_hansen+moede@example.co.uk please'), 'mail me at [e-mail] please');
    assert.equal(show('min mail er SØREN@ærø.dk'), 'min mail er [e-mail]');
  });

  it('when a question holds a phone number in any Danish or international way of writing it, then it is masked', () => {
    for (const phone of [
      '12345678',
      '12 34 56 78',
      '1234 5678',
      '12-34-56-78',
      '+45 12 34 56 78',
      '+4512345678',
      '0045 12345678',
      '+44 20 7946 0958',
    ]) {
      assert.equal(show(`ring på ${phone} hvis der er parkering`), 'ring på [telefon] hvis der er parkering', phone);
    }
    assert.equal(show('mit cpr er 010190-1234'), 'mit cpr er [nummer]');
  });

  it('when a question holds times, dates, postal codes, years or amounts, then they stay', () => {
    for (const text of [
      'starter det kl. 10.30?',
      'er det den 30.10.2024?',
      'er det i 8800 Viborg?',
      'koster det 1.250 kr.?',
      'er det 2024 eller 2025?',
      'er der plads til 120 deltagere?',
      'er det 17:00-18:45?',
    ]) {
      assert.equal(show(text), text);
    }
  });

  it('when a question names someone after "jeg hedder", "min kollega" or "my name is", then the name is masked', () => {
    assert.equal(show('Jeg hedder anna og vil vide om der er parkering'), 'Jeg hedder [navn] og vil vide om der er parkering');
    assert.equal(show('må min kollega Bo Hansen komme i stedet?'), 'må min kollega [navn] komme i stedet?');
    assert.equal(show('my name is Peter, is there parking?'), 'my name is [navn], is there parking?');
    assert.equal(show('kan jeg tage en kollega med?'), 'kan jeg tage en kollega med?');
  });

  it('when capitalised words in a row are no word the bot knows, then they are taken for a name', () => {
    assert.equal(show('Kommer Anna Jensen også?'), 'Kommer [navn] også?');
    assert.equal(show('Hvad med Søren Ærø-Ågård?'), 'Hvad med [navn]?');
    assert.equal(show('Is There Parking At The Venue?'), 'Is There Parking At The Venue?');
  });

  it("when names are given (the letter's people, those who signed up), then they are masked however they are written", () => {
    assert.equal(show('kan anna jensen tage sin hund med?', { names: ['Anna Jensen'] }), 'kan [navn] tage sin hund med?');
    assert.equal(show('er jensen vegetar?', { names: ['Anna Jensen'] }), 'er [navn] vegetar?');
  });

  for (const { name, event } of TEST_EVENTS) {
    it(`when a question names people, places and organisers of the ${name} event, then the people are masked and the rest stays`, () => {
      const knowledge = new EventKnowledge(event);
      const isKnownWord = (word: string) => LEXICON.common.has(word) || LEXICON.cueWords.has(word) || knowledge.words.has(word);
      const person = event.people[0]!;
      const place = event.venue.address?.city ?? Object.values(event.venue.name ?? {})[0]!;
      const masked = show(`Taler ${person.name} i ${place}? Og kommer Karen Blixen?`, {
        names: event.people.map((p) => p.name),
        isKnownWord,
      });
      assert.doesNotMatch(masked, new RegExp(person.name.split(' ').at(-1)!));
      assert.doesNotMatch(masked, /Karen|Blixen/);
      assert.match(masked, new RegExp(place.split(' ')[0]!));
      assert.equal((masked.match(/\[navn\]/g) ?? []).length, 2);
    });
  }

  it('when a masked text becomes an FAQ question, then the markers read as "…", and nothing personal is left', () => {
    const masked = maskPersonalData('kan anna@example.dk ringe på 12 34 56 78?');
    assert.equal(withoutMarkers(masked), 'kan … ringe på …?');
    assert.equal(looksPersonal(masked), false);
    assert.equal(looksPersonal('kan anna@example.dk ringe?'), true);
  });

  it('when the text holds the marker brackets itself, then they cannot fake a marker', () => {
    assert.equal(show('hvad betyder ⟦email⟧?'), 'hvad betyder email?');
  });
});
