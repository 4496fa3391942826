import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import type { FollowUpContext } from '../../src/understanding/frame';
import { EventKnowledge } from '../../src/understanding/knowledge';

/** Questions about the programme itself: what one misses, who is on a panel, the first talk, a part by its name. */

function knowledgeOf(letter: string, id: string): EventKnowledge {
  return new EventKnowledge(parseEvent(importLetter(letter, { today: '2027-02-01', id }).event, `${id}.txt`));
}

const now = DateTime.fromISO('2027-02-01T10:00:00+01:00', { setZone: true });

function conversation(knowledge: EventKnowledge, ...turns: string[]): string[] {
  let context: FollowUpContext | undefined;
  return turns.map((turn) => {
    const asked = ask(turn, knowledge, { now, context });
    context = asked.answer ? { ...asked.answer.memory, lang: asked.understanding.lang } : context;
    return asked.answer?.text ?? '';
  });
}

/** A morning meeting with a timed programme: a welcome, two talks, networking. */
const MORNING = knowledgeOf(
  [
    'Emne: Morgenmøde for virksomheder – onsdag 10. marts 2027 kl. 8.00-10.00',
    '',
    'Kære virksomhed',
    '',
    'Kom til morgenmøde onsdag den 10. marts 2027 kl. 8.00-10.00 i Kantinen, Industrivej 4, 7100 Vestby.',
    '',
    'PROGRAM',
    '',
    '8.00   Ankomst og kaffe',
    '8.20   Velkomst',
    '       v/ borgmester Ib Rasmussen',
    '8.30   "Robotter i den lille virksomhed"',
    '       v/ direktør Tove Lund, Lund Metal',
    '9.00   "Eksport til Tyskland – de første skridt"',
    '       v/ konsulent Ali Demir, Eksportrådet',
    '9.30   Netværk',
    '10.00  Tak for i dag',
    '',
    'Tilmelding senest 1. marts på www.vestby.example/morgen',
    '',
    'Venlig hilsen',
    'Karen Holt, Vestby Kommune, tlf. 12 34 56 78',
  ].join('\n'),
  'morgenmoede-vestby',
);

/** An online network meeting with a numbered agenda and no times of its items. */
const AGENDA = knowledgeOf(
  [
    'Subject: Network meeting, Tuesday 16 March 2027 at 13.00-14.30 (Teams)',
    '',
    'Dear all',
    '',
    'Our spring network meeting is held online on Teams on Tuesday 16 March 2027 at 13.00-14.30.',
    '',
    'Agenda:',
    '1. Welcome and news from the members',
    '2. Lessons from the new case system by Peter Holm, Nordby',
    '3. Joint procurement – status by Sara Vik',
    '4. Any other business',
    '',
    'Best regards',
    'Sara Vik, coordinator, sara@nordby.example.org',
  ].join('\n'),
  'network-meeting-nordby',
);

describe('what one misses by coming late or leaving early', () => {
  it('coming late at a time: the items that start before it, not those after', () => {
    for (const question of ['jeg kan først komme kl 8.45, hvad misser jeg', 'I can only get there at 8.45, what will I miss?']) {
      const [answer] = conversation(MORNING, question);
      assert.match(answer!, /Ib Rasmussen/, question);
      assert.match(answer!, /Robotter/, question);
      assert.doesNotMatch(answer!, /Eksport/, question);
    }
  });

  it('leaving early at a time: the items from then on', () => {
    const [answer] = conversation(MORNING, 'jeg skal gå kl 9.15, hvad går jeg glip af');
    assert.match(answer!, /Netværk/);
    assert.doesNotMatch(answer!, /Robotter/);
  });

  it('coming late at no time said: the first items, in timed and untimed programmes', () => {
    const [morning] = conversation(MORNING, 'jeg kommer lidt senere pga andet møde, hvad går jeg glip af');
    assert.match(morning!, /Ankomst og kaffe/);
    for (const question of ['jeg kommer lidt senere pga andet møde, hvad går jeg glip af', "I'll be a bit late, what will I miss"]) {
      const [answer] = conversation(AGENDA, question);
      assert.match(answer!, /news from the members/, question);
      assert.doesNotMatch(answer!, /Any other business/, question);
    }
  });
});
