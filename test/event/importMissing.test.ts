import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractLetterText, formatSummary, ImportError, importLetter, renderDraft, type ImportResult } from '../../src/event/import';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';

const TODAY = '2026-11-30';

/** Imports a letter's text, renders the draft and reads it back as the bot would. */
function imported(text: string): { result: ImportResult; yaml: string; event: MeetingEvent; summary: string } {
  const result = importLetter(text, { today: TODAY });
  const file = `events/${result.event.id}.yaml`;
  const yaml = renderDraft(result.event, result.checks, { letter: 'letter.txt', file, generatedOn: TODAY });
  return { result, yaml, event: parseEventText(yaml, 'letter.txt'), summary: formatSummary(result, file) };
}

/** The part of the summary under one heading, up to the next blank line. */
function section(summary: string, heading: string): string {
  const start = summary.indexOf(heading);
  assert.ok(start >= 0, `the summary has "${heading}"`);
  const end = summary.indexOf('\n\n', start);
  return summary.slice(start, end < 0 ? undefined : end);
}

describe('letters that leave something out still give a valid draft, and the summary says what is missing', () => {
  it('no end time: start plus two hours, marked as an estimate, with a CHECK', () => {
    const { event, yaml, summary } = imported(
      [
        'Sommerfest i Grundejerforeningen Skovbrynet',
        '',
        'Kære medlemmer',
        '',
        'Vi inviterer alle medlemmer til sommerfest lørdag den 19. juni 2027 kl. 15.00.',
        '',
        'Festen holdes i Fælleshuset, Skovbrynet 12, 8600 Silkeborg.',
        '',
        'Tilmelding senest den 1. juni 2027 til festudvalget på fest@skovbrynet.dk.',
        '',
        'Med venlig hilsen',
        'Festudvalget',
      ].join('\n'),
    );
    assert.equal(event.start, '2027-06-19T15:00');
    assert.equal(event.end, '2027-06-19T17:00');
    assert.equal(event.endIsEstimate, true);
    assert.match(yaml, /# CHECK: the letter gives no end time[^\n]*\nend: "17:00"\nendIsEstimate: true/);
    assert.match(section(summary, 'Missing'), /end time \(estimated as start \+ 2 hours\)/);
    assert.match(section(summary, 'To check'), /- end: the letter gives no end time/);
    assert.equal(event.venue.address?.line, 'Skovbrynet 12, 8600 Silkeborg');
    assert.equal(event.venue.name?.da, 'Fælleshuset');
    assert.deepEqual([event.registration?.email, event.registration?.deadline], ['fest@skovbrynet.dk', '2027-06-01T23:59']);
  });

  it('a venue without an address, no programme, no sign-up needed', () => {
    const { event, yaml, summary } = imported(
      [
        'Temamøde om ensomhed',
        'Onsdag den 8. september 2027 kl. 19.00-21.00',
        '',
        'Mødet holdes på Hotel Hvide Hus i Aalborg.',
        '',
        'Alle er velkomne. Det er gratis at deltage, og der kræves ingen tilmelding.',
      ].join('\n'),
    );
    assert.equal(event.title.da, 'Temamøde om ensomhed');
    assert.equal(event.venue.name?.da, 'Hotel Hvide Hus i Aalborg');
    assert.equal(event.venue.address, undefined);
    assert.match(yaml, /# CHECK: the letter names the venue without an address\nvenue:/);
    assert.equal(event.registration?.required, false);
    assert.deepEqual(event.programme, []);
    assert.deepEqual(event.practical.price?.free, true);
    const missing = section(summary, 'Missing');
    assert.match(missing, /- venue address/);
    assert.match(missing, /- programme/);
    assert.doesNotMatch(missing, /sign up|deadline/);
    assert.match(section(summary, 'Found'), /registration\s+no sign-up needed/);
  });

  it('no venue at all: the draft says so in the letter’s language and asks for it', () => {
    const { event, yaml, summary } = imported(
      ['Generalforsamling', '', 'Tirsdag den 9. marts 2027 kl. 19.30-21.30.', '', 'Dagsorden ifølge vedtægterne.'].join('\n'),
    );
    assert.equal(event.venue.notStated, true);
    assert.equal(event.venue.name, undefined);
    assert.match(yaml, /# CHECK: the letter does not say where the meeting is; fill in the venue\nvenue:/);
    assert.match(section(summary, 'Missing'), /- venue\n/);
    assert.equal(event.registration, undefined);
  });

  it('no sign-up (English): no registration key, and the summary asks how to sign up', () => {
    const { event, result, summary } = imported(
      [
        'Neighbourhood meeting',
        '',
        'Dear neighbours,',
        '',
        'You are invited to a neighbourhood meeting on Thursday 9 September 2027 from 7pm to 9pm at the Community Hall, Parkvej 4, 7100 Vejle.',
        '',
        'Programme',
        '19.00 Welcome by Anna Holm',
        '19.15 Traffic plans with Peter Lund',
        '20.30 Questions',
        '',
        'Kind regards',
        'Anna Holm',
        "Chair, Parkvej Residents' Association",
      ].join('\n'),
    );
    assert.equal(event.language, 'en');
    assert.deepEqual([event.start, event.end], ['2027-09-09T19:00', '2027-09-09T21:00']);
    assert.deepEqual([event.venue.name?.en, event.venue.address?.line], ['Community Hall', 'Parkvej 4, 7100 Vejle']);
    assert.equal(event.registration, undefined);
    assert.deepEqual(
      event.programme.map((item) => [item.start, item.end, item.title.en, item.by?.en]),
      [
        ['19:00', '19:15', 'Welcome', 'Anna Holm'],
        ['19:15', '20:30', 'Traffic plans', 'Peter Lund'],
        ['20:30', '21:00', 'Questions', undefined],
      ],
    );
    assert.deepEqual(event.people.find((p) => p.name === 'Anna Holm')?.roles, ['speaker', 'signatory']);
    assert.equal(event.people.find((p) => p.name === 'Anna Holm')?.title?.en, "Chair, Parkvej Residents' Association");
    assert.ok(result.missing.includes('how to sign up (link, e-mail or phone)'));
    assert.match(section(summary, 'Missing'), /- how to sign up/);
    assert.match(section(summary, 'Missing'), /- organisers/);
  });
});

describe('what is not a letter', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'moedebot-import-garbage-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Bytes from a fixed seed, so the test is the same on every run. */
  function noise(length: number): Buffer {
    let seed = 20261130;
    return Buffer.from(Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
  }

  it('an empty file', async () => {
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, '');
    await assert.rejects(extractLetterText(file), (e: unknown) => e instanceof ImportError && /empty/.test(e.message));
    writeFileSync(file, '\n  \n');
    await assert.rejects(
      async () => importLetter(await extractLetterText(file), { today: TODAY }),
      (e: unknown) => e instanceof ImportError && /empty/.test(e.message),
    );
  });

  it('random bytes, and a PDF or Word file that is none', async () => {
    const file = path.join(dir, 'noise.txt');
    writeFileSync(file, noise(4096));
    await assert.rejects(
      extractLetterText(file),
      (e: unknown) => e instanceof ImportError && /not a text letter \(it looks binary\)/.test(e.message),
    );
    for (const name of ['noise.pdf', 'noise.docx']) {
      writeFileSync(path.join(dir, name), noise(4096));
      await assert.rejects(
        extractLetterText(path.join(dir, name)),
        (e: unknown) => e instanceof ImportError && /is not a valid (PDF|DOCX) file/.test(e.message),
      );
    }
  });

  it('a text without any date', () => {
    assert.throws(
      () =>
        importLetter('Kære alle\n\nVi holder et møde snart. Mere information følger, når vi kender datoen.\n\nHilsen Bestyrelsen', {
          today: TODAY,
        }),
      (e: unknown) => e instanceof ImportError && /names no date for the meeting/.test(e.message),
    );
  });

  it('a file that does not exist', async () => {
    await assert.rejects(
      extractLetterText(path.join(dir, 'absent.md')),
      (e: unknown) => e instanceof ImportError && /cannot be read \(ENOENT\)/.test(e.message),
    );
  });
});
