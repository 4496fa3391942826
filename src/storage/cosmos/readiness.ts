import type { Database } from '@azure/cosmos';
import type { Logger } from '../../log';
import { StoreUnavailableError } from '../port';

export interface ReadinessOptions {
  /** First and longest pause between background tries. */
  backoffMs: number;
  maxBackoffMs: number;
  log?: Logger;
  /** Named in log lines (the endpoint; never the key). */
  endpoint: string;
}

/**
 * Whether the Cosmos DB database and its containers are prepared. Start-up tries once; if Cosmos DB cannot be
 * reached, the bot runs degraded and this keeps trying in the background with doubling back-off. A store operation
 * or health check while it is not ready starts a try at once (if none is running) rather than waiting for the
 * timer, so the bot recovers as soon as Cosmos DB answers — without a restart. Until then operations fail with
 * StoreUnavailableError and users are told to try again.
 */
export class CosmosReadiness {
  private database?: Database;
  private attempt?: Promise<Database | undefined>;
  private timer?: NodeJS.Timeout;
  private delayMs: number;
  private failures = 0;
  private lastFailureAt = 0;
  /** Off until the caller chooses to run degraded: a failed first try alone schedules nothing. */
  private retrying = false;
  private closed = false;
  /** Why the last try failed (CosmosStartupError: names the endpoint and the reason, never the key). */
  lastError?: Error;

  constructor(
    private readonly prepare: () => Promise<Database>,
    private readonly options: ReadinessOptions,
  ) {
    this.delayMs = options.backoffMs;
  }

  get ready(): boolean {
    return this.database !== undefined;
  }

  /** One try now; true when prepared. */
  async start(): Promise<boolean> {
    return (await this.tryNow()) !== undefined;
  }

  /** Not prepared at start-up: run degraded, keep trying in the background, and say so in the log. */
  retryInBackground(): void {
    if (this.database || this.retrying) return;
    this.retrying = true;
    this.warn();
    this.schedule();
  }

  /** The prepared database; StoreUnavailableError (after one immediate try) while Cosmos DB is not ready. */
  async get(): Promise<Database> {
    if (this.database) return this.database;
    // Many users writing during an outage share one try, and start at most one per back-off step.
    const database = this.attempt || Date.now() - this.lastFailureAt >= this.options.backoffMs ? await this.tryNow() : undefined;
    if (database) return database;
    throw new StoreUnavailableError(this.lastError, 'Cosmos DB (not prepared yet)');
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private tryNow(): Promise<Database | undefined> {
    if (this.database) return Promise.resolve(this.database);
    if (this.closed) return Promise.resolve(undefined);
    clearTimeout(this.timer);
    this.attempt ??= this.prepare().then(
      (database) => {
        this.attempt = undefined;
        this.database = database;
        if (this.failures > 0)
          this.options.log?.info(
            { endpoint: this.options.endpoint, failedTries: this.failures },
            'Cosmos DB is reachable again; storage works',
          );
        return database;
      },
      (error: Error) => {
        this.attempt = undefined;
        this.lastError = error;
        this.lastFailureAt = Date.now();
        this.failures++;
        if (this.retrying) {
          // Every tenth failure: enough to see in the logs, not a line per second.
          if (this.failures % 10 === 0) this.warn();
          this.schedule();
        }
        return undefined;
      },
    );
    return this.attempt;
  }

  private warn(): void {
    const error = this.lastError;
    this.options.log?.warn(
      {
        err: error,
        reason: (error as { reason?: string } | undefined)?.reason,
        endpoint: this.options.endpoint,
        failedTries: this.failures,
        retryInMs: this.delayMs,
      },
      'Cosmos DB not reachable; running degraded and retrying in the background',
    );
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tryNow(), this.delayMs);
    this.timer.unref();
    this.delayMs = Math.min(this.delayMs * 2, this.options.maxBackoffMs);
  }
}
