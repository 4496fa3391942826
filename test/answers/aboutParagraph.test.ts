import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lettersAskedAt } from '../helpers/knowledge';

/**
 * A letter with no programme, purpose or focus of its own still says what the meeting is about, in the paragraph that
 * names it: that paragraph answers "what is it about" and "what will we do", never the title or a mail header alone.
 */

const { answer, knowledgeOf } = lettersAskedAt('2027-04-01T10:00:00+02:00');

const SHORT = knowledgeOf(
  [
    'Kaffemøde for frivillige',
    '',
    'Vestby Frivilligcenter inviterer til kaffemøde for frivillige tirsdag den 20. april 2027 kl. 14-16 i Medborgerhuset, Skolegade 4, 6000 Vestby, hvor vi fortæller om den nye besøgsordning og hører jeres erfaringer.',
    '',
    'Venlig hilsen',
    'Else Kjær, else@vestby.example',
  ],
  'kaffemoede-frivillige',
);

const MAIL = knowledgeOf(
  [
    'Fra: Per Holm <per@vestby.example>',
    'Emne: Temadag om regnvand',
    '',
    'Temadag om regnvand',
    '',
    'Torsdag den 22. april 2027 kl. 9.00-15.00, Vestby Rådhus, Torvet 1, 6000 Vestby.',
    '',
    'På temadagen om regnvand ser vi på, hvordan skoler og haver kan tage regnvandet fra tagene.',
    '',
    'Med venlig hilsen',
    'Per Holm',
  ],
  'temadag-regnvand',
);

describe('what a letter with no stated purpose is about', () => {
  it('a one-paragraph letter is answered with its paragraph, for the topic and for what happens', () => {
    for (const question of ['hvad handler det om', 'hvad skal vi lave']) {
      const text = answer(SHORT, question);
      assert.match(text, /besøgsordning/, question);
    }
  });

  it('a mail header that repeats the title is not the answer; the paragraph that says what happens is', () => {
    const text = answer(MAIL, 'hvad handler det om');
    assert.match(text, /regnvandet fra tagene/);
    assert.doesNotMatch(text, /Emne:/);
  });
});
