import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "hvornår er høringsfristen?", "when will the council make the final decision?": dates of milestones the letter
 * gives in passing are answered by the sentence giving them, never by the meeting's own date.
 */

const letter = draftOf([
  'Informationsmøde om ny struktur for ældrecentrene i Vestby',
  '',
  'Kære borgere',
  '',
  'Byrådet i Vestby Kommune har sendt et forslag om en ny struktur for ældrecentrene i høring, og det berører mange. Vi inviterer derfor til informationsmøde torsdag den 11. marts 2027 kl. 19.00-21.00 i kantinen på Egelyparken, Skovvej 4, 7100 Vestby.',
  '',
  'Forslaget er i høring fra 1. marts til 14. april 2027. I kan sende jeres bemærkninger til ny-struktur@vestby.example.dk. Byrådet forventes at træffe endelig beslutning på sit møde onsdag den 19. maj 2027.',
  '',
  'Venlig hilsen',
  'Karen Holm',
  'Centerchef',
]).event;

const now = DateTime.fromISO('2027-03-01T10:00:00+01:00', { setZone: true });
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe('when a milestone the letter dates is', () => {
  it('the consultation deadline is the last day of the consultation, not the meeting date', () => {
    const reply = answer('hvornår er høringsfristen');
    assert.match(reply.text, /14\. april/);
    assert.doesNotMatch(reply.text, /11\. marts/);
  });

  it("the council's decision is the sentence dating it, in either language", () => {
    for (const question of ['when will the council make the final decision?', 'hvornår træffer byrådet den endelige beslutning']) {
      const reply = answer(question);
      assert.equal(reply.kind, 'answer', question);
      assert.match(reply.text, /19\. maj/, question);
      assert.doesNotMatch(reply.text, /11\. marts|11 March/, question);
    }
  });

  it('a milestone the letter does not date is not stated', () => {
    const reply = answer('when will the new centre be finished');
    assert.doesNotMatch(reply.text, /11\. marts|11 March|19\. maj|19 May|14\. april|14 April/);
  });
});
