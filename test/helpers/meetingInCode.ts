import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { MeetingEvent } from '../../src/event/model';

/**
 * Nothing in src/ or dialogs/ may name a person, place, organisation, date, id or registration field of a particular
 * meeting: the checks, for any set of events. The fast suite asks them of the bundled and test events, the slow one of
 * every development letter as the importer reads it.
 */
const ROOT = path.join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The code that must know no meeting: every TypeScript file under src/ and dialogs/. */
export const SOURCES = [...filesUnder(path.join(ROOT, 'src')), ...filesUnder(path.join(ROOT, 'dialogs'))];
export const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

export function describeNoMeetingInCode(which: string, eventsOf: () => MeetingEvent[]): void {
  describe(`no meeting in the code: ${which}`, () => {
    const events = eventsOf();
    /** Words any meeting may use: they say nothing of a particular one. */
    const GENERIC = new Set([
      'kommune',
      'region',
      'rådhuset',
      'rådhus',
      'kulturhuset',
      'conference',
      'centre',
      'center',
      'hotel',
      'network',
      'denmark',
      'danmark',
      'microsoft teams',
      'teams',
      'zoom',
      'biblioteket',
      // A letter signed "Bestyrelsen" (the board) names no one in particular.
      'bestyrelsen',
      'board',
      'kundeservice',
      'skolens kontor',
      // "building 1532, room 122, …" read as the street: a word every campus uses.
      'building',
    ]);

    function namesOf(event: MeetingEvent): string[] {
      const found = new Set<string>([event.id]);
      for (const person of event.people) found.add(person.name);
      const address = event.venue.address;
      if (address?.street) found.add(address.street.replace(/\s+\d.*$/, ''));
      if (address?.city) found.add(address.city.replace(/\s+[A-ZÆØÅ]$/, ''));
      if (address?.postalCode) found.add(address.postalCode);
      for (const name of Object.values(event.venue.name ?? {})) if (name) found.add(name);
      for (const organisation of [...event.organisers, ...(event.sender ? [event.sender] : [])]) {
        for (const name of Object.values(organisation.name)) if (name && name.length > 3) found.add(name);
      }
      found.add(event.start.slice(0, 10));
      return [...found].filter((name) => name.length >= 4 && !GENERIC.has(name.toLowerCase()));
    }

    it(`names no person, place, organisation, date or id of the ${which}`, () => {
      const hits: string[] = [];
      for (const file of SOURCES) {
        const text = readFileSync(file, 'utf8').toLowerCase();
        for (const event of events) {
          for (const name of namesOf(event)) {
            // A plain search first: building and running a pattern for every name in every file took seconds.
            if (!text.includes(name.toLowerCase())) continue;
            const pattern = new RegExp(
              `(?<![\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
              'u',
            );
            if (pattern.test(text)) hits.push(`${relative(file)}: "${name}" (${event.id})`);
          }
        }
      }
      assert.deepEqual(hits, []);
    });

    it('uses no registration field id of a particular event: fields are found by their roles', () => {
      // A field whose id is its kind ("name", "email") is the default every event gets; the others are the event's own.
      const KINDS = new Set(['name', 'email', 'phone', 'organisation', 'choice', 'text']);
      const ids = new Set(
        events.flatMap((event) => event.registration?.fields.map((field) => field.id) ?? []).filter((id) => !KINDS.has(id)),
      );
      const hits: string[] = [];
      for (const file of SOURCES) {
        const text = readFileSync(file, 'utf8');
        for (const id of ids) {
          const quoted = new RegExp(
            `\\bid\\s*(===?|!==?|:)\\s*['"\`]${id}['"\`]|['"\`]${id}['"\`]\\s*(===?|!==?)\\s*[\\w.]*\\bid\\b|answers\\.${id}\\b|answers\\[['"\`]${id}['"\`]\\]|\\.get\\(['"\`]${id}['"\`]\\)`,
          );
          if (quoted.test(text)) hits.push(`${relative(file)}: ${id}`);
        }
      }
      assert.deepEqual(hits, []);
    });
  });
}
