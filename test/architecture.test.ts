import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUNDLED_EVENTS_DIR } from '../src/config';
import { loadEventFile } from '../src/event/load';
import { describeNoMeetingInCode, relative, SOURCES } from './helpers/meetingInCode';

/**
 * The shape of the code: layers import one way (HTTP edge → bot → dialogs → domain → understanding → i18n → event
 * and storage → foundation), no import cycles, botbuilder only at the edge, and nothing in src/ or dialogs/ that
 * names a person, place, date or field of a particular meeting (the last for the development letters in the slow
 * suite: test/slow/devLettersInCode.test.ts).
 */

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

describeNoMeetingInCode('bundled and test events', () =>
  [
    ...readdirSync(BUNDLED_EVENTS_DIR)
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .map((name) => path.join(BUNDLED_EVENTS_DIR, name)),
    path.join(__dirname, 'fixtures', 'events', 'sommermoede-testby-2027.yaml'),
  ].map(loadEventFile),
);
