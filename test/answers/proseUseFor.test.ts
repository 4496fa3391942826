import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import { loadEventFile } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { eventFileFrom, SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW } from '../helpers/event';

// A synthetic event whose sender's short name reads like "kl." (klokken), with prose on what it uses the meetings for.
const file = eventFileFrom(SYNTHETIC_EVENT_FILE, (raw) => {
  raw.sender = { name: 'KL', website: 'testby.example' };
  raw.text = `${String(raw.text)}\nKL bruger både møderne og besøgene som grundlag for sin handlingsplan for byen.\n`;
});

describe('what a thing is used for, asked of the letter’s prose', () => {
  const knowledge = new EventKnowledge(loadEventFile(file));
  const now = DateTime.fromISO(SYNTHETIC_NOW, { setZone: true });

  it('when asked what the sender uses the meetings for, then the meeting time is no answer', () => {
    const { understanding, answer } = ask('Hvad bruger KL møderne til?', knowledge, { now });
    assert.equal(understanding.kind, 'question');
    assert.ok(understanding.kind === 'question' && understanding.frames.every((frame) => frame.topic !== 'when'));
    assert.doesNotMatch(answer?.text ?? '', /18[.:]00/);
  });

  it('when asked when the meeting is, then it is still the meeting time', () => {
    const { answer } = ask('Hvornår er mødet?', knowledge, { now });
    assert.match(answer?.text ?? '', /18[.:]00/);
  });
});
