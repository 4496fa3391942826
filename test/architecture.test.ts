// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUNDLED_EVENTS_DIR } from '../src/config';
import { loadEventFile } from '../src/event/load';
import type { MeetingEvent } from '../src/event/model';
import { eventOfQuestionSet, loadQuestionSet, questionSetFiles, QUESTIONS_DIR } from './helpers/questionSets';

/**
 * The shape of the code: layers import one way (HTTP edge → bot → dialogs → domain → understanding → i18n → event
 * and storage → foundation), no import cycles, botbuilder only at the edge, and nothing in src/ or dialogs/ that
 * names a person, place, date or field of a particular meeting.
 */
const ROOT = path.join(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const SOURCES = [...filesUnder(path.join(ROOT, 'src')), ...filesUnder(path.join(ROOT, 'dialogs'))];
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** The layer of a file; a file may import its own layer's files and lower layers'. */
function layerOf(file: string): { name: string; rank: number } {
  const rel = relative(file);
  const rules: Array<[RegExp, string, number]> = [
    [/^src\/(index|app|chat)\.ts$|^src\/http\/|^src\/devtools\//, 'edge', 7],
    [/^src\/bot\//, 'bot', 6],
    [/^dialogs\//, 'dialogs', 5],
    [/^src\/(answers|registrations|organisers|questions)\/|^src\/replies\.ts$/, 'domain', 4],
    [/^src\/understanding\//, 'understanding', 3],
    [/^src\/i18n\//, 'i18n', 2],
    [/^src\/event\//, 'event', 1],
    [/^src\/storage\//, 'storage', 1],
    [/^src\/(clock|config|identity|log|paths|housekeeping)\.ts$|^src\/util\//, 'foundation', 0],
  ];
  const found = rules.find(([pattern]) => pattern.test(rel));
  assert.ok(found, `no layer for ${rel}`);
  return { name: found[1], rank: found[2] };
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (SOURCES.includes(candidate)) return candidate;
  return undefined;
}

describe('the shape of the code', () => {
  const graph = new Map(
    SOURCES.map((file) => [
      file,
      importsOf(file)
        .map((spec) => resolve(file, spec))
        .filter((target): target is string => target !== undefined),
    ]),
  );

  it('layers import one way: nothing imports a layer above it', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (to.name !== from.name && to.rank >= from.rank)
          violations.push(`${relative(file)} (${from.name}) → ${relative(target)} (${to.name})`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(relative).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of SOURCES) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it('keeps botbuilder at the edge: the bot, the HTTP server and the bot-state storage adapters', () => {
    const allowed = /^src\/(bot|http|devtools)\/|^src\/(app|chat)\.ts$|^src\/storage\/(index\.ts|.*StateStorage\.ts)$/;
    const offenders = SOURCES.filter(
      (file) => importsOf(file).some((spec) => /^(botbuilder|botframework-)/.test(spec)) && !allowed.test(relative(file)),
    ).map(relative);
    assert.deepEqual(offenders, []);
  });
});

describe('no meeting in the code', () => {
  const eventFiles = readdirSync(BUNDLED_EVENTS_DIR)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => path.join(BUNDLED_EVENTS_DIR, name));
  // The development letters too, as the importer reads them: the understanding is worked on with their questions,
  // so a name of theirs in the code would be a rule fitted to one letter.
  const events: MeetingEvent[] = [
    ...[...eventFiles, path.join(__dirname, 'fixtures', 'events', 'sommermoede-testby-2027.yaml')].map(loadEventFile),
    ...questionSetFiles(path.join(QUESTIONS_DIR, 'dev')).map((file) => eventOfQuestionSet(loadQuestionSet(file)).event),
  ];
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

  it('names no person, place, organisation, date or id of any bundled, development (or test) event', () => {
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
