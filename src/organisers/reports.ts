import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { MeetingEvent, RegistrationField } from '../event/schema';
import { messages, type Lang } from '../i18n';
import { displayAnswer } from '../registrations/fields';
import { isActive, type StoredRegistration } from '../registrations/model';
import type { RegistrationStore } from '../storage/port';
import { foldWord } from '../understanding/normalize';

export interface Summary {
  registered: number;
  waitlisted: number;
  cancelled: number;
}

export interface BreakdownRow {
  label: string;
  count: number;
}

export interface Participant {
  name: string;
  role: string;
  municipality: string;
  status: 'registered' | 'waitlisted';
}

export interface TopicGroup {
  topic: string;
  count: number;
}

export const PAGE_SIZE = 25;

/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * What organisers may see, computed from the store: exact counts (single-partition queries), breakdowns,
 * participant lists, topics and the CSV export. Plain TypeScript; authorisation happens before it is called.
 */
export class OrganiserReports {
  constructor(
    private readonly store: RegistrationStore,
    private readonly event: MeetingEvent,
  ) {}

  private field(id: string): RegistrationField | undefined {
    return this.event.registration.fields.find((field) => field.id === id);
  }

  async summary(): Promise<Summary> {
    const [registered, waitlisted, cancelled] = await Promise.all(
      (['registered', 'waitlisted', 'cancelled'] as const).map((status) => this.store.count(this.event.id, status)),
    );
    return { registered: registered!, waitlisted: waitlisted!, cancelled: cancelled! };
  }

  /** Registered people per answer of a choice field, largest first; "other" answers are listed by their text. */
  async breakdown(fieldId: string, lang: Lang): Promise<BreakdownRow[]> {
    const field = this.field(fieldId);
    if (!field) return [];
    const active = (await this.store.list(this.event.id)).filter((r) => r.status === 'registered');
    const counts = new Map<string, number>();
    for (const registration of active) {
      const label = displayAnswer(field, registration.answers, lang) || messages(lang).registration.noAnswer;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'da'));
  }

  /** Registered (and waiting) people, optionally from one choice (e.g. municipality "aarhus"). */
  async participants(lang: Lang, filter?: { fieldId: string; choiceId: string }): Promise<Participant[]> {
    const municipality = this.field('municipality');
    const role = this.field('role');
    const nameField = this.event.registration.fields.find((f) => f.kind === 'name');
    return (await this.store.list(this.event.id))
      .filter((r): r is StoredRegistration & { status: 'registered' | 'waitlisted' } => r.status !== 'cancelled')
      .filter((r) => !filter || r.answers[filter.fieldId] === filter.choiceId)
      .map((r) => ({
        name: nameField ? (r.answers[nameField.id] ?? '') : '',
        role: role ? displayAnswer(role, r.answers, lang) : '',
        municipality: municipality ? displayAnswer(municipality, r.answers, lang) : '',
        status: r.status,
      }))
      .sort((a, b) => (a.status === b.status ? a.municipality.localeCompare(b.municipality, 'da') || a.name.localeCompare(b.name, 'da') : a.status === 'registered' ? -1 : 1));
  }

  /** Topics participants gave, grouped by their wording (case, spacing and æ/ø/å spellings ignored). */
  async topics(): Promise<TopicGroup[]> {
    const groups = new Map<string, TopicGroup>();
    for (const registration of await this.store.list(this.event.id)) {
      if (registration.status === 'cancelled') continue;
      const topic = (registration.answers.topic ?? '').trim();
      if (!topic) continue;
      const key = foldWord(topic.toLowerCase()).replace(/[^a-z0-9]+/g, ' ').trim();
      const group = groups.get(key) ?? { topic, count: 0 };
      group.count++;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'da'));
  }

  /** Every registration as CSV: UTF-8 with BOM (Excel shows æ/ø/å), formula-looking cells neutralised. */
  async csv(lang: Lang): Promise<{ content: string; rows: number }> {
    const c = messages(lang).organiser.csv;
    const fields = this.event.registration.fields;
    // Active registrations in sign-up order, then the cancellations, which keep no time.
    const all = (await this.store.list(this.event.id)).sort(
      (a, b) => Number(!isActive(a)) - Number(!isActive(b)) || (isActive(a) && isActive(b) ? a.createdAt.localeCompare(b.createdAt) : 0) || a.id.localeCompare(b.id),
    );
    const header = [...fields.map((f) => f.label[lang]), c.status, c.registeredAt, c.waitlistNumber];
    const rows = all.map((r) => [
      ...fields.map((f) => displayAnswer(f, r.answers, lang)),
      c.statuses[r.status],
      isActive(r) ? DateTime.fromISO(r.createdAt).setZone(this.event.timeZone).toFormat('yyyy-MM-dd HH:mm') : '',
      r.status === 'waitlisted' && r.waitlistNumber !== undefined ? String(r.waitlistNumber) : '',
    ]);
    const content = stringify([header, ...rows].map((row) => row.map(neutraliseFormula)), { bom: true, record_delimiter: 'windows' });
    return { content, rows: rows.length };
  }
}
