import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUNDLED_EVENTS_DIR } from '../../src/config';
import { EventFileError, loadEventFile, parseEventText } from '../../src/event/load';
import { eventFileFrom, klEvent, SYNTHETIC_EVENT_FILE, syntheticEvent } from '../helpers/event';
import { trackTemporary } from '../helpers/temporary';

const problemsOf = (run: () => unknown): EventFileError['problems'] => {
  try {
    run();
  } catch (error) {
    if (error instanceof EventFileError) return error.problems;
    throw error;
  }
  assert.fail('expected an EventFileError');
};

describe('event file', () => {
  it('the KL invitation holds what the letter says', () => {
    assert.equal(klEvent.start, '2024-10-30T17:00');
    assert.equal(klEvent.end, '2024-10-30T18:45');
    assert.equal(klEvent.venue.address?.street, 'Torvet 5');
    assert.equal(klEvent.programme.length, 6);
    assert.equal(klEvent.registration?.url, 'https://tilmeld.kl.dk/politiskmoede-regionmidtjylland2024');
    assert.ok(klEvent.people.some((person) => person.name === 'Thomas Gyldal Petersen' && person.roles.includes('signatory')));
  });

  it('every bundled event file is valid', () => {
    const files = readdirSync(BUNDLED_EVENTS_DIR).filter((name) => /\.(ya?ml|json)$/.test(name));
    assert.ok(files.length >= 4, 'the KL invitation and the examples');
    for (const file of files) assert.doesNotThrow(() => loadEventFile(path.join(BUNDLED_EVENTS_DIR, file)), file);
  });

  it('the loader splits the text into passages and fills in what a short file leaves out', () => {
    assert.ok(syntheticEvent.passages.length >= 3);
    assert.equal(syntheticEvent.timeZone, 'Europe/Copenhagen');
    assert.equal(syntheticEvent.end, '2027-06-10T20:00', 'an end given as a time is on the start day');
    assert.equal(syntheticEvent.venue.address?.postalCode, '9999', 'the address line is read into its parts');
  });

  it('the same text gives the same event, frozen: a second bot or a reload reuses it, and nothing can change it in place', () => {
    const text = readFileSync(SYNTHETIC_EVENT_FILE, 'utf8');
    const first = parseEventText(text, 'a');
    assert.equal(parseEventText(text, 'b'), first);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.programme) && Object.isFrozen(first.venue));
    assert.throws(() => {
      (first as { title: unknown }).title = { da: 'x' };
    }, TypeError);
    assert.notEqual(parseEventText(`${text}\n# another text\n`, 'c'), first, 'another text is parsed on its own');
  });

  it('a minimal file — id, title, start, end, venue, text — is enough', () => {
    const event = parseEventText(
      'id: kort-moede\ntitle: Kort møde\nstart: 2027-03-01T10:00\nend: "11:00"\nvenue: { name: Salen }\ntext: Vi mødes i salen.\n',
      'kort.yaml',
    );
    assert.equal(event.id, 'kort-moede');
    assert.equal(event.end, '2027-03-01T11:00');
    assert.equal(event.programme.length, 0);
    assert.deepEqual(event.practical, {});
  });

  it('when a required field is missing, then it is named', () => {
    const problems = problemsOf(() =>
      parseEventText('id: kort-moede\ntitle: Kort møde\nstart: 2027-03-01T10:00\nvenue: { name: Salen }\ntext: Vi mødes.\n', 'kort.yaml'),
    );
    assert.ok(problems.some((p) => p.path === 'end'));
  });

  it('when a field is broken, then the error names it and its line', () => {
    const file = eventFileFrom(SYNTHETIC_EVENT_FILE, (raw) => {
      (raw.venue as Record<string, unknown>).address = '';
    });
    const problems = problemsOf(() => loadEventFile(file));
    assert.ok(
      problems.some((p) => p.path.startsWith('venue') && typeof p.line === 'number'),
      JSON.stringify(problems),
    );
  });

  it('when the meeting ends before it starts, then "end" is named', () => {
    const file = eventFileFrom(SYNTHETIC_EVENT_FILE, (raw) => {
      raw.end = '17:00';
    });
    assert.ok(problemsOf(() => loadEventFile(file)).some((p) => p.path === 'end'));
  });

  it('when the time zone is not real, then "timeZone" is named', () => {
    const file = eventFileFrom(SYNTHETIC_EVENT_FILE, (raw) => {
      raw.timeZone = 'Europe/Testby';
    });
    assert.ok(problemsOf(() => loadEventFile(file)).some((p) => p.path === 'timeZone'));
  });

  it('when a key appears twice or the YAML is broken, then the line is named', () => {
    const problems = problemsOf(() => parseEventText('id: a\nid: b\n', 'twice.yaml'));
    assert.equal(problems[0]?.path, '(syntax)');
    assert.equal(problems[0]?.line, 2);
  });

  it('when the file is missing, then the message says so and names the file', () => {
    const dir = trackTemporary(mkdtempSync(path.join(tmpdir(), 'moedebot-event-')));
    writeFileSync(path.join(dir, 'present.yaml'), 'id: [');
    assert.throws(() => loadEventFile(path.join(dir, 'absent.yaml')), /absent\.yaml[\s\S]*cannot be read \(ENOENT\)/);
    assert.throws(() => loadEventFile(path.join(dir, 'present.yaml')), /present\.yaml/);
  });
});
