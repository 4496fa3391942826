import { createHash, randomUUID } from 'node:crypto';
import type { DateTime } from 'luxon';
import type { Clock } from '../clock';
import { lastEndOf } from '../event/format';
import type { MeetingEvent } from '../event/model';
import type { Lang } from '../i18n';
import { personKeyOf, type Identity } from '../identity';
import { ConflictError, PreconditionFailedError, type QuestionStore, type RegistrationStore } from '../storage/port';
import {
  FAQ_DOCUMENT_ID,
  type AnswerNotice,
  type FaqDocument,
  type QuestionRecord,
  type StoredDocument,
  type StoredFaqEntry,
} from '../storage/questions';
import { KeyedQueue } from '../util/keyedQueue';
import { groupQuestions, type QuestionGroup } from './grouping';
import { maskPersonalData, withoutMarkers } from './mask';

/** How long after asking someone is told that their question has been answered. */
export const NOTICE_DAYS = 14;
/** At most one such message per person in this long. */
export const NOTICE_INTERVAL_HOURS = 24;
/** The questions an FAQ entry keeps of the group it answers: the first few wordings. */
const MAX_FAQ_QUESTIONS = 10;
const MAX_RETRIES = 5;

/** Who asked, where they can be written to later — given only for a personal 1:1 chat, never for a channel or group. */
export interface Asker {
  identity: Identity;
  /** A conversation reference of the personal chat (no names); without it, nobody is told later. */
  address?: Record<string, unknown>;
}

/** One clause the bot could not answer, with what the understanding took it to be about. */
export interface AskedClause {
  text: string;
  topic?: string;
}

/** An answer owed to someone: what they asked (masked) and the organisers' answer. */
export interface OwedAnswer {
  event: MeetingEvent;
  question: string;
  entry: StoredFaqEntry;
}

/** Answers owed to one person, taken to be sent in one message to their personal chat. */
export interface Delivery {
  personKey: string;
  address: Record<string, unknown>;
  lang: Lang;
  answers: OwedAnswer[];
  /** The notices it was made from, to give back if the message cannot be sent. */
  notices: Array<StoredDocument<AnswerNotice>>;
}

export interface QuestionServiceOptions {
  /** Registrations, whose names are masked in questions too. */
  registrations?: RegistrationStore;
  /** Whether a folded word is the event's own (a place, an organisation): never taken for a name. */
  eventWord?(event: MeetingEvent): (folded: string) => boolean;
  /** Told after the event's organiser answers changed, with the FAQ document as now stored. */
  onFaqChange?(eventId: string, document: StoredDocument<FaqDocument> | undefined): void;
}

/** The id of an organiser answer to these questions: the same questions answered again update the same entry. */
const entryIdOf = (questionIds: readonly string[]) =>
  createHash('sha256')
    .update([...questionIds].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);

/**
 * What invitees asked that the invitation did not answer, and the organisers' answers to it. Questions are kept
 * masked and without who asked; who to tell once a question is answered is kept apart, for at most 14 days, and
 * only for personal chats. Everything of an event goes with its retention. Plain TypeScript over a QuestionStore.
 */
export class QuestionService {
  private readonly faqWrites = new KeyedQueue();

  constructor(
    private readonly store: QuestionStore,
    private readonly clock: Clock,
    /** Days after a meeting's end that its questions are kept, unless the event says otherwise. */
    private readonly retentionDays = 30,
    private readonly options: QuestionServiceOptions = {},
  ) {}

  get storeKind() {
    return this.store.kind;
  }

  /** When this event's questions, answers and notices must be gone. */
  expiresAt(event: MeetingEvent): DateTime {
    return lastEndOf(event).plus({ days: event.retentionDays ?? this.retentionDays });
  }

  private now(): string {
    return this.clock().toUTC().toISO()!;
  }

  /** Names masked in this event's questions: the letter's people and everyone signed up. */
  private async names(event: MeetingEvent): Promise<string[]> {
    const names = event.people.map((person) => person.name);
    const fields = (event.registration?.fields ?? []).filter((field) => field.kind === 'name').map((field) => field.id);
    if (this.options.registrations && fields.length > 0) {
      for (const registration of await this.options.registrations.list(event.id)) {
        for (const id of fields) if (registration.answers[id]) names.push(registration.answers[id]);
      }
    }
    return names;
  }

  /** Masks a question as it will be kept. */
  async mask(event: MeetingEvent, text: string): Promise<string> {
    return maskPersonalData(text, { names: await this.names(event), isKnownWord: this.options.eventWord?.(event) });
  }

  /**
   * Records questions the bot could not answer (or whose answer was marked as not it): masked, with the language and
   * the time, never who asked. With an asker in a personal chat, who to tell once each is answered is kept apart.
   */
  async record(
    event: MeetingEvent,
    clauses: readonly AskedClause[],
    lang: Lang,
    reason: QuestionRecord['reason'],
    asker?: Asker,
  ): Promise<QuestionRecord[]> {
    const now = this.clock();
    const askedAt = this.now();
    const eventExpiry = this.expiresAt(event);
    if (now >= eventExpiry) return [];
    const expiresAt = eventExpiry.toUTC().toISO()!;
    const recorded: QuestionRecord[] = [];
    for (const clause of clauses) {
      const text = (await this.mask(event, clause.text)).trim();
      if (!text) continue;
      const record: QuestionRecord = {
        id: randomUUID(),
        eventId: event.id,
        type: 'question',
        text,
        lang,
        reason,
        askedAt,
        expiresAt,
        ...(clause.topic ? { topic: clause.topic } : {}),
      };
      await this.store.create(record);
      recorded.push(record);
      if (asker?.address) {
        const until = now.plus({ days: NOTICE_DAYS });
        const notice: AnswerNotice = {
          id: randomUUID(),
          eventId: event.id,
          type: 'notice',
          questionId: record.id,
          personKey: personKeyOf(asker.identity),
          address: asker.address,
          lang,
          askedAt,
          expiresAt: (until < eventExpiry ? until : eventExpiry).toUTC().toISO()!,
        };
        await this.store.create(notice);
      }
    }
    return recorded;
  }

  /** The questions no organiser answer covers yet, grouped by similarity, most asked first. */
  async openGroups(event: MeetingEvent): Promise<QuestionGroup[]> {
    const now = this.now();
    const open = (await this.store.list(event.id, 'question')).filter(
      (question) => !question.answeredBy && (!question.expiresAt || question.expiresAt > now),
    );
    return groupQuestions(open);
  }

  /** The recorded questions with these ids that are still there. */
  async questions(event: MeetingEvent, ids: readonly string[]): Promise<QuestionRecord[]> {
    const found = await Promise.all(ids.map((id) => this.store.get(event.id, id)));
    return found.filter((document): document is StoredDocument<QuestionRecord> => document?.type === 'question');
  }

  /** The event's organiser answers as stored, in the order they were added, with the document (for its etag). */
  async faq(eventId: string): Promise<StoredDocument<FaqDocument> | undefined> {
    const document = await this.store.get(eventId, FAQ_DOCUMENT_ID);
    return document?.type === 'faq' ? document : undefined;
  }

  /** Applies a change to the event's FAQ document, read afresh and written with its etag, retried on a lost race. */
  private changeFaq<T>(event: MeetingEvent, change: (entries: StoredFaqEntry[]) => { entries: StoredFaqEntry[]; result: T }): Promise<T> {
    return this.faqWrites.run(event.id, async () => {
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const current = await this.faq(event.id);
        const { entries, result } = change(structuredClone(current?.entries ?? []));
        const expiresAt = this.expiresAt(event).toUTC().toISO()!;
        try {
          const stored = current
            ? await this.store.replace({ ...current, entries, expiresAt })
            : await this.store.create<FaqDocument>({ id: FAQ_DOCUMENT_ID, eventId: event.id, type: 'faq', entries, expiresAt });
          this.options.onFaqChange?.(event.id, stored);
          return result;
        } catch (error) {
          if (error instanceof PreconditionFailedError || error instanceof ConflictError) continue;
          throw error;
        }
      }
      throw new PreconditionFailedError();
    });
  }

  /**
   * An organiser's answer to a group of questions: stored as an FAQ entry (the same questions answered again update
   * it), the questions marked answered, and whoever asked them owed a notice. Returns the entry and its number.
   */
  async addAnswer(
    event: MeetingEvent,
    questionIds: readonly string[],
    answer: { text: string; lang: Lang },
  ): Promise<{ entry: StoredFaqEntry; number: number }> {
    const questions = await this.questions(event, questionIds);
    const id = entryIdOf(questionIds);
    const wordings = [
      ...new Map(questions.map((question) => [withoutMarkers(question.text).toLowerCase(), withoutMarkers(question.text)])).values(),
    ].slice(0, MAX_FAQ_QUESTIONS);
    const now = this.now();
    const added = await this.changeFaq(event, (entries) => {
      const existing = entries.find((entry) => entry.id === id);
      if (existing) {
        existing.answer = { [answer.lang]: answer.text };
        existing.updatedAt = now;
        return { entries, result: { entry: existing, number: entries.indexOf(existing) + 1 } };
      }
      const entry: StoredFaqEntry = {
        id,
        questions: wordings.length > 0 ? wordings : ['…'],
        answer: { [answer.lang]: answer.text },
        createdAt: now,
        updatedAt: now,
      };
      return { entries: [...entries, entry], result: { entry, number: entries.length + 1 } };
    });
    const ids = new Set(questionIds);
    for (const question of questions)
      await this.update<QuestionRecord>(event.id, question.id, (current) => ({ ...current, answeredBy: id }));
    for (const notice of await this.store.list(event.id, 'notice')) {
      if (ids.has(notice.questionId) && !notice.faqId)
        await this.update<AnswerNotice>(event.id, notice.id, (current) => (current.faqId ? undefined : { ...current, faqId: id }));
    }
    return added;
  }

  /**
   * Changes an answer's text in the language it is written in: a Danish text replaces the Danish one, an English
   * text adds (or replaces) the English one (`added`: there was none). Undefined when there is no such entry.
   */
  editAnswer(
    event: MeetingEvent,
    entryId: string,
    answer: { text: string; lang: Lang },
  ): Promise<{ entry: StoredFaqEntry; number: number; added: boolean } | undefined> {
    const now = this.now();
    return this.changeFaq(event, (entries) => {
      const entry = entries.find((candidate) => candidate.id === entryId);
      if (!entry) return { entries, result: undefined };
      const added = entry.answer[answer.lang] === undefined;
      entry.answer = { ...entry.answer, [answer.lang]: answer.text };
      entry.updatedAt = now;
      return { entries, result: { entry, number: entries.indexOf(entry) + 1, added } };
    });
  }

  /** Removes an answer; the questions it answered are open again, and nobody is told it any more. */
  async removeAnswer(event: MeetingEvent, entryId: string): Promise<boolean> {
    const removed = await this.changeFaq(event, (entries) => ({
      entries: entries.filter((entry) => entry.id !== entryId),
      result: entries.some((entry) => entry.id === entryId),
    }));
    if (!removed) return false;
    for (const question of await this.store.list(event.id, 'question')) {
      if (question.answeredBy === entryId)
        await this.update<QuestionRecord>(event.id, question.id, (current) => ({ ...current, answeredBy: undefined }));
    }
    for (const notice of await this.store.list(event.id, 'notice')) {
      if (notice.faqId === entryId && !notice.sentAt)
        await this.update<AnswerNotice>(event.id, notice.id, (current) => ({ ...current, faqId: undefined }));
    }
    return true;
  }

  /** Re-reads a document and writes the change (undefined: none) with its etag; a lost race reads again, a gone document is left. */
  private async update<T extends QuestionRecord | AnswerNotice>(
    eventId: string,
    id: string,
    change: (current: StoredDocument<T>) => StoredDocument<T> | undefined,
  ): Promise<StoredDocument<T> | undefined> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const current = (await this.store.get(eventId, id)) as StoredDocument<T> | undefined;
      if (!current) return undefined;
      const next = change(current);
      if (!next) return undefined;
      try {
        return await this.store.replace(next);
      } catch (error) {
        if (error instanceof PreconditionFailedError) continue;
        throw error;
      }
    }
    return undefined;
  }

  /** Whether someone was told an answer within the last day, going by their notices. */
  private toldRecently(notices: ReadonlyArray<StoredDocument<AnswerNotice>>): boolean {
    const since = this.clock().minus({ hours: NOTICE_INTERVAL_HOURS }).toUTC().toISO()!;
    return notices.some((notice) => notice.sentAt !== undefined && notice.sentAt > since);
  }

  /** A notice that can be told now: answered, not told, asked within the last 14 days. */
  private owed(notice: StoredDocument<AnswerNotice>, now: string): boolean {
    return notice.faqId !== undefined && notice.sentAt === undefined && (notice.expiresAt === undefined || notice.expiresAt > now);
  }

  /**
   * Marks notices told and turns them into the answers to tell: one per FAQ entry, with the question as they asked
   * it. A notice another instance took meanwhile is skipped; one whose answer was removed is dropped.
   */
  private async claim(
    events: readonly MeetingEvent[],
    notices: ReadonlyArray<StoredDocument<AnswerNotice>>,
  ): Promise<{ answers: OwedAnswer[]; claimed: Array<StoredDocument<AnswerNotice>> }> {
    const sentAt = this.now();
    const answers: OwedAnswer[] = [];
    const claimed: Array<StoredDocument<AnswerNotice>> = [];
    const faqs = new Map<string, StoredFaqEntry[]>();
    for (const notice of notices) {
      const event = events.find((candidate) => candidate.id === notice.eventId);
      if (!event) continue;
      if (!faqs.has(event.id)) faqs.set(event.id, (await this.faq(event.id))?.entries ?? []);
      const entry = faqs.get(event.id)!.find((candidate) => candidate.id === notice.faqId);
      if (!entry) continue;
      try {
        claimed.push(await this.store.replace({ ...notice, sentAt }));
      } catch (error) {
        if (error instanceof PreconditionFailedError) continue;
        throw error;
      }
      if (answers.some((answer) => answer.event.id === event.id && answer.entry.id === entry.id)) continue;
      const question = await this.store.get(event.id, notice.questionId);
      answers.push({ event, question: question?.type === 'question' ? question.text : (entry.questions[0] ?? ''), entry });
    }
    return { answers, claimed };
  }

  /**
   * Answers owed to someone who is writing now, in any of these events, taken to be told in this turn — unless they
   * were told one within the last day (they hear the rest later).
   */
  async takeOwedAnswers(events: readonly MeetingEvent[], person: Identity): Promise<OwedAnswer[]> {
    const owed = await this.owedTo(events, person);
    return owed.length > 0 ? this.takeNotices(events, owed) : [];
  }

  /** The notices someone could be told now (read only; see takeOwedAnswers). */
  async owedTo(events: readonly MeetingEvent[], person: Identity): Promise<Array<StoredDocument<AnswerNotice>>> {
    const personKey = personKeyOf(person);
    const notices = (await Promise.all(events.map((event) => this.store.list(event.id, 'notice', { personKey })))).flat();
    const now = this.now();
    const owed = notices.filter((notice) => this.owed(notice, now));
    return owed.length === 0 || this.toldRecently(notices) ? [] : owed;
  }

  /** Marks these notices told and returns their answers (a notice another turn took meanwhile is left out). */
  async takeNotices(events: readonly MeetingEvent[], notices: ReadonlyArray<StoredDocument<AnswerNotice>>): Promise<OwedAnswer[]> {
    return (await this.claim(events, notices)).answers;
  }

  /**
   * Answers owed to anyone, one message per person — for whoever was not told one within the last day — taken to be
   * sent to their personal chats. A message that cannot go out is given back with `release`.
   */
  async takeDeliveries(events: readonly MeetingEvent[]): Promise<Delivery[]> {
    const now = this.now();
    const all = (await Promise.all(events.map((event) => this.store.list(event.id, 'notice')))).flat();
    const byPerson = new Map<string, Array<StoredDocument<AnswerNotice>>>();
    for (const notice of all) byPerson.set(notice.personKey, [...(byPerson.get(notice.personKey) ?? []), notice]);
    const deliveries: Delivery[] = [];
    for (const [personKey, notices] of byPerson) {
      const owed = notices.filter((notice) => this.owed(notice, now)).sort((a, b) => a.askedAt.localeCompare(b.askedAt));
      if (owed.length === 0 || this.toldRecently(notices)) continue;
      const { answers, claimed } = await this.claim(events, owed);
      if (answers.length === 0) continue;
      const latest = claimed.at(-1)!;
      deliveries.push({ personKey, address: latest.address, lang: latest.lang, answers, notices: claimed });
    }
    return deliveries;
  }

  /** A delivery that could not be sent: its notices are owed again (told at the person's next message). */
  async release(delivery: Delivery): Promise<void> {
    for (const notice of delivery.notices)
      await this.update<AnswerNotice>(notice.eventId, notice.id, (current) => ({ ...current, sentAt: undefined }));
  }

  /** "slet mine data": every notice of the person goes (their questions were kept without them). Returns how many. */
  async deleteUserData(events: readonly MeetingEvent[], person: Identity): Promise<number> {
    const personKey = personKeyOf(person);
    let deleted = 0;
    for (const event of events) {
      for (const notice of await this.store.list(event.id, 'notice', { personKey }))
        if (await this.store.delete(event.id, notice.id)) deleted++;
    }
    return deleted;
  }

  /**
   * Deletes what is past its time: everything of an event past its retention (questions, answers, notices), and
   * notices asked more than 14 days ago. Returns how many documents went.
   */
  async purgeExpired(events: readonly MeetingEvent[]): Promise<number> {
    const now = this.now();
    let purged = 0;
    for (const event of events) {
      const expired = this.clock() >= this.expiresAt(event);
      const documents = [
        ...(await this.store.list(event.id, 'question')),
        ...(await this.store.list(event.id, 'notice')),
        ...(await this.store.list(event.id, 'faq')),
      ];
      for (const document of documents) {
        if (!expired && (document.expiresAt === undefined || document.expiresAt > now)) continue;
        if (await this.store.delete(event.id, document.id)) purged++;
      }
      if (expired && documents.some((document) => document.type === 'faq')) this.options.onFaqChange?.(event.id, undefined);
    }
    return purged;
  }
}

export type { QuestionGroup };
