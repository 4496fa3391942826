/**
 * What the importer tells the organiser after writing a draft: what it found (each field and its value, short),
 * what the letter does not state, and every value marked `# CHECK:` in the file.
 */
import type { TextInput } from '../schema';
import type { DraftEvent, ImportResult } from './types';

const short = (text: string, max = 90): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const plain = (value: TextInput | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : (value.da ?? value.en ?? '');

type Practical = NonNullable<DraftEvent['practical']>;

function practicalLine(practical: Practical): string {
  return Object.entries(practical)
    .filter(([, fact]) => fact !== undefined)
    .map(([topic, fact]) => {
      const details = Object.entries(fact as Record<string, unknown>)
        .filter(([key]) => key !== 'text')
        .map(([key, value]) => (value === true ? key : `${key}: ${Array.isArray(value) ? value.join('/') : String(value)}`));
      return details.length > 0 ? `${topic} (${details.join(', ')})` : topic;
    })
    .join('; ');
}

function found(event: DraftEvent): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') rows.push([label, short(value)]);
  };
  add('title', plain(event.title));
  add('id', event.id);
  add('language', event.language);
  add('start', event.start.replace('T', ' '));
  add('end', `${event.end.replace('T', ' ')}${event.endIsEstimate ? ' (estimate)' : ''}`);
  const venue = event.venue;
  add(
    'venue',
    [
      venue.online ? 'online' : undefined,
      plain(venue.name),
      plain(venue.room),
      typeof venue.address === 'string' ? venue.address : undefined,
    ]
      .filter(Boolean)
      .join(', '),
  );
  add('letter date', event.letterDate);
  add('organisers', (event.organisers ?? []).map((o) => plain(o.name)).join('; '));
  if (event.sender)
    add(
      'sender',
      [plain(event.sender.name), event.sender.website, typeof event.sender.address === 'string' ? event.sender.address : undefined]
        .filter(Boolean)
        .join(', '),
    );
  add('audience', plain(event.audience));
  add('purpose', plain(event.purpose));
  add('focus', plain(event.focus));
  add('background', plain(event.background));
  if (event.ownTopics) add('own topics', `${plain(event.ownTopics.text)}${event.ownTopics.item ? ` (item ${event.ownTopics.item})` : ''}`);
  add(
    'people',
    (event.people ?? [])
      .map((p) => `${p.name} (${(p.roles ?? []).join(', ')}${p.email ? `, ${p.email}` : ''}${p.phone ? `, ${p.phone}` : ''})`)
      .join('; '),
  );
  const items = event.programme ?? [];
  if (items.length > 0) {
    const titles = items.map((item) => `${item.number ? `${item.number}. ` : item.start ? `${item.start} ` : ''}${plain(item.title)}`);
    rows.push(['programme', short(`${items.length} items: ${titles.join('; ')}`, 120)]);
  }
  const r = event.registration;
  if (r) {
    const parts = [
      r.required === false ? 'no sign-up needed' : undefined,
      r.url ? `link ${r.url}` : undefined,
      r.email ? `e-mail ${r.email}` : undefined,
      r.phone ? `phone ${r.phone}` : undefined,
      r.deadline ? `deadline ${r.deadline}` : undefined,
      r.capacity ? `${r.capacity} seats` : undefined,
      r.fields ? `questions: ${r.fields.map((f) => f.id).join(', ')}` : undefined,
    ].filter(Boolean);
    rows.push(['registration', short(parts.join('; '), 120)]);
  }
  if (event.practical && Object.keys(event.practical).length > 0) rows.push(['practical', short(practicalLine(event.practical), 200)]);
  return rows;
}

export function formatSummary(result: ImportResult, file: string): string {
  const rows = found(result.event);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [`Draft written: ${file}`, '', 'Found:'];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}${value}`);
  lines.push('', 'Missing (the letter does not say):');
  if (result.missing.length === 0) lines.push('  (nothing)');
  for (const item of result.missing) lines.push(`  - ${item}`);
  lines.push('', 'To check (marked "# CHECK:" in the file):');
  if (result.checks.length === 0) lines.push('  (nothing)');
  for (const check of result.checks) lines.push(`  - ${check.path.join('.')}: ${check.message}`);
  lines.push('', `Then run: npm run event:check -- ${file}`);
  return lines.join('\n');
}
