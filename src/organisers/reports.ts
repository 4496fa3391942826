import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { MeetingEvent, RegistrationField } from '../event/model';
import { messages, type Lang } from '../i18n';
import { answerGroup, answerHolds } from '../registrations/choices';
import { displayAnswer, fieldLabel } from '../registrations/fields';
import { isActive, type StoredActiveRegistration } from '../registrations/model';
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
  /** The answers to the fields organisers group by, as shown ("Direktør", "Vestby"). */
  details: string[];
  status: 'registered' | 'waitlisted';
}

export interface TopicGroup {
  topic: string;
  count: number;
}

/**
 * A filter on one answer: a choice id (or any of several: "politikere" are chairs and members), or a text written as
 * "other" (compared normalised: "Billund" finds "Billund Kommune"). An answer written in words that name a choice
 * counts as that choice.
 */
export interface AnswerFilter {
  fieldId: string;
  choiceId?: string;
  choiceIds?: string[];
  text?: string;
}

export const PAGE_SIZE = 25;

/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
/** What a stored answer may still hold from an older release: control and format characters go before export. */
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const clean = (value: string) => neutraliseFormula(value.replace(CONTROL, ''));

const foldText = (text: string) =>
  foldWord(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * What organisers may see of one event, computed from the store: exact counts, breakdowns by the fields the event
 * marks for grouping, participant lists, free-text answers and the CSV export. Plain TypeScript; authorisation
 * happens before it is called. Nothing here knows a field by its id: it goes by the fields' roles.
 */
export class OrganiserReports {
  constructor(private readonly store: RegistrationStore) {}

  private fields(event: MeetingEvent): RegistrationField[] {
    return event.registration?.fields ?? [];
  }

  /** The fields organisers count by (municipality, role, …), in the event's order. */
  groupFields(event: MeetingEvent): RegistrationField[] {
    return this.fields(event).filter((field) => field.groupBy);
  }

  async summary(event: MeetingEvent): Promise<Summary> {
    const [registered, waitlisted, cancelled] = await Promise.all(
      (['registered', 'waitlisted', 'cancelled'] as const).map((status) => this.store.count(event.id, status)),
    );
    return { registered: registered!, waitlisted: waitlisted!, cancelled: cancelled! };
  }

  private matches(event: MeetingEvent, registration: { answers: Record<string, string> }, filter: AnswerFilter): boolean {
    const field = this.fields(event).find((f) => f.id === filter.fieldId);
    if (!field) return false;
    const group = answerGroup(field, registration.answers, 'da');
    const choices = [...(filter.choiceId !== undefined ? [filter.choiceId] : []), ...(filter.choiceIds ?? [])];
    if (choices.length > 0) return group?.choice !== undefined && choices.includes(group.choice.id);
    return filter.text !== undefined && group !== undefined && group.choice === undefined && answerHolds(group.label, filter.text);
  }

  /** Counts of registered, waiting and cancelled people with one answer (or with every one of several). */
  async countWhere(event: MeetingEvent, filter: AnswerFilter | AnswerFilter[]): Promise<Summary> {
    const filters = Array.isArray(filter) ? filter : [filter];
    const all = (await this.store.list(event.id)).filter((r) => filters.every((f) => this.matches(event, r, f)));
    return {
      registered: all.filter((r) => r.status === 'registered').length,
      waitlisted: all.filter((r) => r.status === 'waitlisted').length,
      cancelled: all.filter((r) => r.status === 'cancelled').length,
    };
  }

  /**
   * Registered people per answer of a field, largest first. Answers are counted normalised: "other" texts that say
   * the same ("Billund Kommune", "billund") are one row, shown as most people wrote it; one that names a choice
   * counts as that choice.
   */
  async breakdown(event: MeetingEvent, field: RegistrationField, lang: Lang): Promise<BreakdownRow[]> {
    const active = (await this.store.list(event.id)).filter((r) => r.status === 'registered');
    const groups = new Map<string, { count: number; labels: Map<string, number> }>();
    for (const registration of active) {
      const group = answerGroup(field, registration.answers, lang);
      const key = group?.key ?? '';
      const label = group?.label || messages(lang).registration.noAnswer;
      const entry = groups.get(key) ?? { count: 0, labels: new Map<string, number>() };
      entry.count++;
      entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
      groups.set(key, entry);
    }
    // The form most people wrote; on a tie the one written as a name ("Billund Kommune" over "billund").
    const capital = (label: string) => Number(/^\p{Lu}/u.test(label));
    const mostWritten = (labels: Map<string, number>) =>
      [...labels].sort(
        (a, b) => b[1] - a[1] || capital(b[0]) - capital(a[0]) || b[0].length - a[0].length || a[0].localeCompare(b[0], 'da'),
      )[0]![0];
    return [...groups.values()]
      .map((entry) => ({ label: mostWritten(entry.labels), count: entry.count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'da'));
  }

  /** The answers people wrote in their own words for a field (an "other" text, an organisation), each once. */
  async writtenAnswers(event: MeetingEvent, field: RegistrationField): Promise<string[]> {
    const texts = new Set<string>();
    for (const registration of await this.store.list(event.id)) {
      const written = field.kind === 'choice' ? registration.answers[`${field.id}Other`] : registration.answers[field.id];
      if (written?.trim()) texts.add(written.trim());
    }
    return [...texts];
  }

  /** Registered (and waiting) people, optionally with one answer. */
  async participants(event: MeetingEvent, lang: Lang, filter?: AnswerFilter | AnswerFilter[]): Promise<Participant[]> {
    const nameField = this.fields(event).find((f) => f.kind === 'name');
    const groups = this.groupFields(event);
    return (await this.store.list(event.id))
      .filter((r): r is StoredActiveRegistration => isActive(r))
      .filter((r) => !filter || (Array.isArray(filter) ? filter : [filter]).every((f) => this.matches(event, r, f)))
      .map((r) => ({
        name: nameField ? (r.answers[nameField.id] ?? '') : '',
        details: groups.map((field) => displayAnswer(field, r.answers, lang)).filter(Boolean),
        status: r.status,
      }))
      .sort((a, b) =>
        a.status === b.status
          ? (a.details[0] ?? '').localeCompare(b.details[0] ?? '', 'da') || a.name.localeCompare(b.name, 'da')
          : a.status === 'registered'
            ? -1
            : 1,
      );
  }

  /** What people wrote in the event's free-text fields, grouped by wording (case, spacing and æ/ø/å spellings ignored). */
  async topics(event: MeetingEvent): Promise<TopicGroup[]> {
    const textFields = this.fields(event).filter((field) => field.kind === 'text');
    const groups = new Map<string, TopicGroup>();
    for (const registration of await this.store.list(event.id)) {
      if (!isActive(registration)) continue;
      for (const field of textFields) {
        const topic = (registration.answers[field.id] ?? '').trim();
        if (!topic) continue;
        const key = foldText(topic);
        const group = groups.get(key) ?? { topic, count: 0 };
        group.count++;
        groups.set(key, group);
      }
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'da'));
  }

  /** Every registration as CSV: UTF-8 with BOM (Excel shows æ/ø/å), formula-looking cells neutralised. */
  async csv(event: MeetingEvent, lang: Lang): Promise<{ content: string; rows: number }> {
    const c = messages(lang).organiser.csv;
    const fields = this.fields(event);
    // Active registrations in sign-up order, then the cancellations, which keep no time.
    const all = (await this.store.list(event.id)).sort(
      (a, b) =>
        Number(!isActive(a)) - Number(!isActive(b)) ||
        (isActive(a) && isActive(b) ? a.createdAt.localeCompare(b.createdAt) : 0) ||
        a.id.localeCompare(b.id),
    );
    // The place on the waiting list as the chat shows it to the person: the queue order, not the number drawn at
    // sign-up (which stays when those ahead move up or leave).
    const waiting = all
      .filter((r): r is StoredActiveRegistration => r.status === 'waitlisted')
      .sort(
        (a, b) => (a.waitlistNumber ?? 0) - (b.waitlistNumber ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
    const place = new Map(waiting.map((r, index) => [r.id, index + 1]));
    const header = [...fields.map((f) => fieldLabel(f, lang, event)), c.status, c.registeredAt, c.waitlistNumber];
    const rows = all.map((r) => [
      ...fields.map((f) => displayAnswer(f, r.answers, lang)),
      c.statuses[r.status],
      isActive(r) ? DateTime.fromISO(r.createdAt).setZone(event.timeZone).toFormat('yyyy-MM-dd HH:mm') : '',
      place.has(r.id) ? String(place.get(r.id)) : '',
    ]);
    const content = stringify(
      [header, ...rows].map((row) => row.map(clean)),
      { bom: true, record_delimiter: 'windows' },
    );
    return { content, rows: rows.length };
  }
}
