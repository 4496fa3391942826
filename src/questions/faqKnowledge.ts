import type { FaqEntry, MeetingEvent } from '../event/model';
import type { Logger } from '../log';
import type { QuestionStore } from '../storage/port';
import { FAQ_DOCUMENT_ID, type FaqDocument, type StoredDocument } from '../storage/questions';
import { EventKnowledge } from '../understanding/knowledge';

/** How often an instance asks the store whether an event's organiser answers changed (one point read). */
export const FAQ_CHECK_MS = 1_000;
/** Longest a turn waits for that check: a slow or unreachable store leaves the answers known last in use meanwhile. */
export const FAQ_CHECK_WAIT_MS = 1_000;

interface Known {
  /** The stored FAQ document's version; undefined when there is none. */
  etag?: string;
  entries: FaqEntry[];
  checkedAt: number;
  checking?: Promise<void>;
}

/** No organiser answers (one array, so that knowledge built without any is reused). */
const NONE: FaqEntry[] = [];

/** The organiser answers as the event model's FAQ entries. */
export function faqEntriesOf(document: FaqDocument | undefined): FaqEntry[] {
  return (document?.entries ?? []).map((entry) => ({ questions: entry.questions, answer: entry.answer, source: 'organiser' as const }));
}

const sameText = (a: FaqEntry, b: FaqEntry) => (a.answer.da ?? '') === (b.answer.da ?? '') && (a.answer.en ?? '') === (b.answer.en ?? '');

/**
 * What the bot knows of each event: the invitation with its FAQ entries — those of the event file and those the
 * organisers added in chat, kept in the store. Knowledge is built once per (event, answers) and used synchronously by
 * the router; `refresh` (awaited at the start of every turn) asks the store whether an event's answers changed: one
 * point read of the event's FAQ document, at most once a second per event and instance, and the knowledge is built
 * again only when its etag changed. So an answer added on one instance is used by every instance from its next
 * message on (within a second), without a message bus. The instance that makes a change knows it at once.
 * If the store cannot be read, the knowledge known last is used: questions are still answered.
 */
/**
 * Knowledge built, by event and the organiser answers it was built with: shared by every bot of the process (events
 * are frozen, and the same file's text gives the same event), so a second bot or a reload does not index a letter
 * again.
 */
const built = new WeakMap<MeetingEvent, WeakMap<FaqEntry[], EventKnowledge>>();

export class FaqKnowledge {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly store: QuestionStore,
    private readonly options: { checkEveryMs?: number; waitMs?: number; log?: Logger; now?: () => number } = {},
  ) {}

  /** The event's knowledge with every FAQ entry known now; built again only when the entries changed. */
  knowledge(event: MeetingEvent): EventKnowledge {
    const stored = this.known.get(event.id)?.entries ?? NONE;
    const byEntries = built.get(event) ?? new WeakMap<FaqEntry[], EventKnowledge>();
    built.set(event, byEntries);
    const cached = byEntries.get(stored);
    if (cached) return cached;
    // An answer exported into the event file (npm run event:faq) is not counted twice.
    const added = stored.filter((entry) => !event.faq.some((own) => sameText(own, entry)));
    const knowledge = new EventKnowledge(event, [...event.faq, ...added]);
    byEntries.set(stored, knowledge);
    return knowledge;
  }

  /**
   * Brings the organiser answers of these events up to date (see the class comment). Never throws, and waits at most
   * FAQ_CHECK_WAIT_MS: a check still running then updates the knowledge when it ends.
   */
  async refresh(events: readonly MeetingEvent[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.waitMs ?? FAQ_CHECK_WAIT_MS);
      timer.unref();
    });
    await Promise.race([this.check(events), waited]);
    clearTimeout(timer);
  }

  private check(events: readonly MeetingEvent[]): Promise<unknown> {
    const now = (this.options.now ?? Date.now)();
    return Promise.all(
      events.map((event) => {
        const known = this.known.get(event.id);
        if (known?.checking) return known.checking;
        if (known && now - known.checkedAt < (this.options.checkEveryMs ?? FAQ_CHECK_MS)) return Promise.resolve();
        const entry: Known = known ?? { entries: NONE, checkedAt: 0 };
        this.known.set(event.id, entry);
        entry.checking = this.read(event.id, entry, now).finally(() => {
          entry.checking = undefined;
        });
        return entry.checking;
      }),
    );
  }

  private async read(eventId: string, entry: Known, now: number): Promise<void> {
    try {
      const document = await this.store.get(eventId, FAQ_DOCUMENT_ID);
      const faq = document?.type === 'faq' ? document : undefined;
      this.changed(eventId, faq, entry);
      entry.checkedAt = now;
    } catch (error) {
      this.options.log?.warn({ err: error, eventId }, "could not read the organisers' answers; using those known");
    }
  }

  /** The event's FAQ document as now stored (after this instance changed it, or read from the store). */
  changed(eventId: string, document: StoredDocument<FaqDocument> | undefined, entry = this.known.get(eventId)): void {
    const known = entry ?? { entries: NONE, checkedAt: 0 };
    if (!entry) this.known.set(eventId, known);
    if (document?.etag === known.etag) return;
    known.etag = document?.etag;
    known.entries = faqEntriesOf(document);
  }
}
