import { watch, readdirSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { DateTime } from 'luxon';
import type { Logger } from '../log';
import { lastEndOf, startOf } from './format';
import { EventFileError, loadEventFile } from './load';
import type { MeetingEvent } from './model';

const EVENT_FILE = /\.(ya?ml|json)$/i;

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
        if (clash)
          throw new EventFileError(file, [{ path: 'id', message: `"${event.id}" is also the id of ${path.basename(clash.file)}` }]);
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
      // The folder removed or unreadable: the events loaded keep running; an unhandled 'error' would stop the process.
      this.watcher.on('error', (error) => this.log?.warn({ err: error }, 'stopped watching the event files; changes need a restart'));
    } catch (error) {
      this.log?.warn({ err: error }, 'cannot watch the event files; changes need a restart');
    }
  }

  reload(): void {
    try {
      for (const problem of this.load())
        this.log?.error({ file: problem.file, problems: problem.problems }, 'event file not valid; skipped');
      this.log?.info({ events: this.events.size }, 'event files read');
    } catch (error) {
      // The folder itself cannot be read (removed, renamed, permissions): keep serving what was loaded.
      this.log?.error({ err: error }, 'event files could not be read again; the loaded events keep running');
    }
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
    return this.all().filter((event) => lastEndOf(event) > now);
  }
}

/** The upcoming event a conversation can default to: the only upcoming one, if exactly one is. */
export function onlyUpcoming(catalogue: EventCatalogue, now: DateTime): MeetingEvent | undefined {
  const upcoming = catalogue.upcoming(now);
  return upcoming.length === 1 ? upcoming[0] : undefined;
}

export { startOf };
