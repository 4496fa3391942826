import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../../scripts/eventCheck';
import { eventFileFrom, KL_EVENT_FILE, KL_NOW, SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW, syntheticEvent } from '../helpers/event';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(
    args,
    (text) => (out += text),
    (text) => (err += text),
  );
  return { code, out, err };
}

describe('npm run event:check', () => {
  it('when the file is valid, then it prints the standard answers in Danish and English with the event’s facts', () => {
    const { code, out } = run([SYNTHETIC_EVENT_FILE, '--now', SYNTHETIC_NOW.slice(0, 16)]);
    assert.equal(code, 0);
    for (const question of [
      'hvornår er mødet?',
      'when is the meeting?',
      'hvor er det?',
      'where is it?',
      'hvordan tilmelder jeg mig?',
      'how do I sign up?',
    ])
      assert.ok(out.includes(question), question);
    const time = syntheticEvent.start.slice(11, 16);
    assert.ok(out.includes(time.replace(':', '.')) && out.includes(time), `start ${time} in both languages' spelling`);
    assert.ok(out.includes(syntheticEvent.venue.address!.street!), 'the street');
  });

  it('when the KL file is checked, then every practical fact it states gets its own question', () => {
    const { code, out } = run([KL_EVENT_FILE, '--now', KL_NOW.slice(0, 16)]);
    assert.equal(code, 0);
    assert.match(out, /Torvet 5/);
    assert.match(out, /30\. oktober 2024/);
    assert.match(out, /30 October 2024/);
  });

  it('when the meeting is over, then it says sign-up is closed', () => {
    const { out } = run([KL_EVENT_FILE, '--now', '2025-01-10T12:00']);
    assert.match(out, /over: the bot still answers/);
  });

  it('when a field is wrong, then it names the field and its line and exits 1', () => {
    const broken = eventFileFrom(SYNTHETIC_EVENT_FILE, (raw) => {
      raw.start = 'next tuesday';
    });
    const { code, err, out } = run([broken]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /line \d+: start:/);
  });

  it('when no file is named, then it shows how to use it', () => {
    const { code, err } = run([]);
    assert.equal(code, 1);
    assert.match(err, /Usage: npm run event:check/);
  });
});
