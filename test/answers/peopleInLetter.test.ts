import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import type { FollowUpContext } from '../../src/understanding/frame';
import { EventKnowledge } from '../../src/understanding/knowledge';

/**
 * Letters written for these tests (made-up people and places): people named inside programme titles, chairs of
 * bodies beside the meeting's own leader, a deputy, and a name asked with another surname.
 */
const EVENING = `Vestby Kommune

Ny i Vestby? Kom til borgeraften

Vi inviterer alle nye borgere til borgeraften torsdag den 15. april 2027 kl. 17.00–20.00 på Vestby Bibliotek, Torvet 2, 7990 Vestby.

Sådan forløber aftenen
17.00  Dørene åbner
17.30  Borgmester Hanne Lykkegaard byder velkommen
18.00  Spisning
19.00  Kort gåtur i byen med byguide Aksel Dyrberg
19.30  Præsentation af klubtrænerne Rikke Bonde og Tue Lerche
20.00  Tak for i aften

Har du spørgsmål, så kontakt koordinator Mie Rask på mie@vestby.example eller tlf. 11 22 33 44.`;

const THEME = `KKR Vestdanmark

Temamøde i KKR Vestdanmark

KKR Vestdanmark inviterer til temamøde onsdag den 12. maj 2027 kl. 14.00–17.00 på Vestby Rådhus, Torvet 1, 7990 Vestby.

Mødet ledes af formand for KKR Vestdanmark, borgmester Jens Aakjær. Ordstyrer er journalist Karen Bøgh.

Program
1. Velkomst v/ formand for KKR Vestdanmark, borgmester Jens Aakjær, Nordby Kommune
2. Status v/ næstformand for KKR Vestdanmark, borgmester Ulrik Sand, Østby Kommune
3. Kultur i kommunerne v/ formand for KL's Kulturudvalg, Mette Hvid
4. Drøftelse ved bordene

Spørgsmål til konsulent Ole Vang, ov@kkr.example, tlf. 55 66 77 88.`;

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const knowledgeOf = (letter: string, id: string) =>
  new EventKnowledge(parseEvent(importLetter(letter, { today: '2027-04-01', id }).event, id));
const evening = knowledgeOf(EVENING, 'evening');
const theme = knowledgeOf(THEME, 'theme');

/** The last reply of a conversation, and its kind. */
function chat(knowledge: EventKnowledge, ...turns: string[]): { text: string; kind: string } {
  let context: FollowUpContext | undefined;
  let reply = { text: '', kind: '' };
  for (const turn of turns) {
    const asked = ask(turn, knowledge, { now, context });
    reply = { text: asked.answer?.text ?? '', kind: asked.answer?.kind ?? '' };
    context = asked.answer ? { ...asked.answer.memory, lang: asked.understanding.lang } : context;
  }
  return reply;
}

describe('people a programme item names in its own title', () => {
  it('answers who leads an item by its title when the title names a person after a role word', () => {
    for (const q of ['hvem står for gåturen', 'who leads the walk']) {
      const reply = chat(evening, q);
      assert.ok(reply.text.includes('Aksel Dyrberg'), `${q}: ${reply.text}`);
      assert.notEqual(reply.kind, 'dontKnow', q);
    }
  });

  it('answers who welcomes from the item whose title names the mayor', () => {
    const reply = chat(evening, 'hvem byder velkommen');
    assert.ok(reply.text.includes('Hanne Lykkegaard'), reply.text);
    assert.equal(reply.kind, 'answer');
  });

  it('names both people of a title that lists two', () => {
    const reply = chat(evening, 'hvem er klubtrænerne');
    assert.ok(reply.text.includes('Rikke Bonde') && reply.text.includes('Tue Lerche'), reply.text);
  });
});

describe('chairs of bodies, deputies and members', () => {
  it("answers the chair of a body with who the letter calls that, not the meeting's moderator", () => {
    const reply = chat(theme, 'hvem er formand for kkr vestdanmark');
    assert.ok(reply.text.includes('Jens Aakjær'), reply.text);
    assert.ok(!reply.text.includes('Karen Bøgh') && !reply.text.includes('Ulrik Sand'), reply.text);
  });

  it('never answers the vice chair with the chair', () => {
    const reply = chat(theme, 'who is vice chair');
    // The chair alone, or said to be the chair, would be wrong; the programme's lines with the deputy's are not.
    assert.ok(
      !reply.text.includes('Jens Aakjær') || reply.text.includes('næstformand for KKR Vestdanmark, borgmester Ulrik Sand'),
      reply.text,
    );
    assert.ok(!/Jens Aakjær[^\n]*(?:is the chair|er formand)/.test(reply.text), reply.text);
  });

  it('gives the title an item writes for someone the letter names only there', () => {
    const reply = chat(theme, 'hvem er mette hvid');
    assert.ok(reply.text.includes('Kulturudvalg'), reply.text);
  });

  it('does not answer who the members of a body are with the one person who leads it', () => {
    const reply = chat(theme, 'hvem sidder i kkr vestdanmark');
    assert.ok(!reply.text.includes('Mødet ledes af'), reply.text);
  });

  it('gives the name as the letter writes it when asked with another surname', () => {
    const reply = chat(theme, 'the mayor is jens hansen right?');
    assert.ok(reply.text.includes('Jens Aakjær'), reply.text);
    assert.notEqual(reply.kind, 'dontKnow', reply.text);
  });
});
