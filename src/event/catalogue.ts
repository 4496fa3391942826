import { watch, readdirSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { DateTime } from 'luxon';
import type { Logger } from '../log';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { endOf, startOf } from './format';
import { EventFileError, loadEventFile } from './load';
import type { MeetingEvent } from './model';

const EVENT_FILE = /\.(ya?ml|json)$/i;

/** Words too common in events' names to tell one from another. */
const GENERIC = new Set(
  ['mode', 'moder', 'modet', 'meeting', 'event', 'invitation', 'regionalt', 'politisk', 'kommune', 'region', 'dag', 'the', 'og', 'and', 'for', 'til', 'om', 'i', 'in', 'of', 'pa', 'hvad', 'skal', 'vores', 'kunne'].map(
    (word) => stemWord(foldWord(word)),
  ),
);

/**
 * Every invitation the bot serves: the event files in EVENTS_DIR (or the one EVENT_FILE), validated at start-up and
 * read again when a file changes. A broken file is reported and skipped — a file that breaks after it loaded keeps
 * its last good version, so a half-saved edit never takes a meeting off the air.
 */
export class EventCatalogue {
  private events = new Map<string, { event: MeetingEvent; file: string }>();
  private readonly listeners: Array<(event: MeetingEvent) => void> = [];
  private watcher?: FSWatcher;
  private reloadTimer?: NodeJS.Timeout;

  constructor(
    private readonly source: { dir?: string; file?: string },
    private readonly log?: Logger,
  ) {}

  /** Loads every file; returns the problems of the broken ones (they are skipped). */
  load(): EventFileError[] {
    const problems: EventFileError[] = [];
    const next = new Map<string, { event: MeetingEvent; file: string }>();
    for (const file of this.files()) {
      try {
        const event = loadEventFile(file);
        const clash = next.get(event.id);
        if (clash) throw new EventFileError(file, [{ path: 'id', message: `"${event.id}" is also the id of ${path.basename(clash.file)}` }]);
        next.set(event.id, { event, file });
      } catch (error) {
        if (!(error instanceof EventFileError)) throw error;
        problems.push(error);
        const previous = [...this.events.values()].find((entry) => entry.file === file);
        if (previous) next.set(previous.event.id, previous);
      }
    }
    const changed = [...next.values()].filter((entry) => this.events.get(entry.event.id)?.event !== entry.event);
    this.events = next;
    for (const entry of changed) for (const listener of this.listeners) listener(entry.event);
    return problems;
  }

  private files(): string[] {
    if (this.source.file) return [this.source.file];
    const dir = this.source.dir!;
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && EVENT_FILE.test(entry.name))
      .map((entry) => path.join(dir, entry.name))
      .sort();
  }

  /** Reloads when an event file changes (debounced); broken files are logged with their problems and skipped. */
  watch(): void {
    const target = this.source.dir ?? path.dirname(this.source.file!);
    try {
      this.watcher = watch(target, { persistent: false }, () => {
        clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => this.reload(), 200);
        this.reloadTimer.unref();
      });
    } catch (error) {
      this.log?.warn({ err: error }, 'cannot watch the event files; changes need a restart');
    }
  }

  reload(): void {
    for (const problem of this.load()) this.log?.error({ file: problem.file, problems: problem.problems }, 'event file not valid; skipped');
    this.log?.info({ events: this.events.size }, 'event files read');
  }

  close(): void {
    this.watcher?.close();
    clearTimeout(this.reloadTimer);
  }

  /** Called with an event whenever it is loaded anew (for what is derived from it). */
  onChange(listener: (event: MeetingEvent) => void): void {
    this.listeners.push(listener);
  }

  all(): MeetingEvent[] {
    return [...this.events.values()].map((entry) => entry.event).sort((a, b) => a.start.localeCompare(b.start));
  }

  byId(id: string | undefined): MeetingEvent | undefined {
    return id === undefined ? undefined : this.events.get(id)?.event;
  }

  /** Events that have not ended yet, soonest first: the ones to offer. */
  upcoming(now: DateTime): MeetingEvent[] {
    return this.all().filter((event) => endOf(event) > now);
  }

  /**
   * The events a text names, by a word only that event's name, town or organisers use ("borgermødet", "Brønderslev",
   * "the Aarhus forum"), or by its date. Empty when the text names none (or all of them alike).
   */
  named(text: string, now: DateTime): MeetingEvent[] {
    const events = this.all();
    if (events.length < 2) return [];
    const words = new Set(tokenize(text).map((token) => stemWord(token.folded)));
    const identities = events.map((event) => ({ event, words: identityWords(event) }));
    const counts = new Map<string, number>();
    for (const { words: own } of identities) for (const word of own) counts.set(word, (counts.get(word) ?? 0) + 1);
    const byWord = identities.filter(({ words: own }) => [...own].some((word) => counts.get(word) === 1 && words.has(word))).map(({ event }) => event);
    if (byWord.length > 0) return byWord.length < events.length ? byWord : [];
    void now;
    return [];
  }
}

/** The words that name an event: its title, its town and venue, its organisers. */
function identityWords(event: MeetingEvent): Set<string> {
  const texts = [
    ...Object.values(event.title),
    event.venue.address?.city ?? '',
    ...Object.values(event.venue.name ?? {}),
    ...event.organisers.flatMap((organisation) => Object.values(organisation.name)),
  ];
  return new Set(
    texts
      .flatMap((text) => tokenize(text ?? ''))
      .map((token) => stemWord(token.folded))
      .filter((word) => word.length >= 4 && !GENERIC.has(word) && !/^\d+$/.test(word)),
  );
}

/** The upcoming event a conversation can default to: the only upcoming one, if exactly one is. */
export function onlyUpcoming(catalogue: EventCatalogue, now: DateTime): MeetingEvent | undefined {
  const upcoming = catalogue.upcoming(now);
  return upcoming.length === 1 ? upcoming[0] : undefined;
}

export { startOf };
