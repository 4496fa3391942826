import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * Questions about a thing the letter names but does not say the asked aspect of: when it starts or closes, whether a
 * group it does not name may come, what one may do beside a thing it only lists. "Not stated", never the meeting's
 * time, the sign-up rule or a paragraph that merely shares a noun with the question.
 */

const letter = draftOf([
  'Åbent hus i Rosenvænget Medborgerhus',
  '',
  'Kære beboer',
  '',
  'Vi inviterer til åbent hus lørdag den 12. juni 2027 kl. 10–14 i Rosenvænget Medborgerhus, Parkvej 3, 7100 Vestby.',
  '',
  'Det er ikke nødvendigt at tilmelde sig. Kom og gå, som det passer dig.',
  '',
  'Program',
  '- kl. 10.00 Velkomst v/ Hans Berg',
  '- kl. 10.30 Orientering om fjernvarme, stikledninger og priser v/ Lise Dam',
  '- kl. 12.00 Frokost',
  '',
  'For de yngste er der ansigtsmaling ved Vestby Spejderne og en legekrog i salen.',
  '',
  'Om stemmeret: Alle medlemmer af beboerforeningen, der har betalt kontingent, kan stemme om forslaget til ny legeplads.',
  '',
  'Efter sommerferien begynder snerydningsordningen for fællesarealerne igen.',
  '',
  'Bagefter er der spisning: chili con carne med ris. Det koster 60 kr. for voksne og 30 kr. for børn.',
  '',
  'Venlig hilsen',
  'Karen Holm',
  'Formand',
]).event;

const now = DateTime.fromISO('2027-06-01T10:00:00+02:00', { setZone: true });
/** The answer to one question, asked of the letter's knowledge (built once). */
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

const notAnswered = (question: string) => {
  const reply = answer(question);
  assert.notEqual(reply.kind, 'answer', `${question} → ${reply.text}`);
  return reply;
};

describe('an aspect the letter does not give of a thing it names', () => {
  it('when a thing it names in another form starts is not stated, never the meeting time', () => {
    const reply = notAnswered('hvornår starter ansigtsmalingen');
    assert.doesNotMatch(reply.text, /12\. juni|10\.00/);
  });

  it('when something closes is not the sign-up rule, nor the meeting time at the venue', () => {
    for (const question of ['hvornår lukker medborgerhuset så', 'hvornår lukker biblioteket']) {
      const reply = notAnswered(question);
      assert.doesNotMatch(reply.text, /tilmelde|12\. juni/, question);
    }
  });

  it('whether non-members may come is not the paragraph about members', () => {
    const reply = notAnswered('kan ikke-medlemmer komme og lytte med');
    assert.doesNotMatch(reply.text, /betalt kontingent/);
  });

  it('a paragraph that only names the thing does not answer what else is asked of it', () => {
    const reply = notAnswered('skal jeg være hjemme den dag de laver stikledningen');
    assert.doesNotMatch(reply.text, /Lise Dam/);
  });

  it('a short translation is not matched one letter off ("child" is not "chili"), nor is a noun alone enough', () => {
    const reply = notAnswered('is there anything for the kids to do during the meeting');
    assert.doesNotMatch(reply.text, /chili/);
  });
});
