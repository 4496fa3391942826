import { StoreUnavailableError } from '../port';

/** The HTTP status or network error code of a Cosmos SDK error (the SDK puts either in `code`). */
export const statusOf = (error: unknown): string | number | undefined =>
  (error as { code?: string | number } | undefined)?.code ?? (error as { statusCode?: number } | undefined)?.statusCode;

/**
 * Worth another try by the store itself: the connection was refused or dropped, a request timed out, the service
 * was briefly unavailable. An error without any code is a transport failure too. 429 is not here: the SDK has
 * already waited out the server's back-off hints for its whole budget.
 */
const RETRYABLE = new Set<string | number>([
  408,
  449,
  500,
  502,
  503,
  504,
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'TimeoutError',
  'REQUEST_SEND_ERROR',
]);

export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || RETRYABLE.has(status);
}

/** Trouble that means "not now" rather than "never": everything retryable, and throttling past the budget. */
export function isUnavailable(error: unknown): boolean {
  return isRetryable(error) || statusOf(error) === 429;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Bounds one store operation, retries included, and aborts its requests when the time is up: the SDK's own retries
 * (a read on a dropped connection: ten tries a second apart; endpoint discovery: up to two minutes against an
 * unreachable account) would otherwise keep a user waiting far longer than a channel waits for a reply. Work that
 * was already sent may still land, which every write tolerates: registration ids are deterministic and state writes
 * carry eTags.
 */
export function withDeadline<T>(ms: number, what: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return raceDeadline(ms, () => new StoreUnavailableError(new Error(`no answer within ${ms} ms`), what), work);
}

/** Runs `work` with an abort signal; after `ms` aborts it and rejects with `timeoutError()`. */
export async function raceDeadline<T>(ms: number, timeoutError: () => Error, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(timeoutError());
    }, ms);
  });
  const running = work(controller.signal);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined);
  }
}

/**
 * Runs `work` until it succeeds, a failure is not worth repeating, or `attempts` are used up, with doubling pauses
 * from `backoffMs`. `translate` turns the final failure into what the caller throws.
 */
export async function retrying<T>(
  work: () => Promise<T>,
  options: {
    attempts: number;
    backoffMs: number;
    signal: AbortSignal;
    retry: (error: unknown) => boolean;
    translate: (error: unknown) => unknown;
  },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!options.retry(error) || attempt >= options.attempts || options.signal.aborted) throw options.translate(error);
      await pause(options.backoffMs * 2 ** (attempt - 1));
    }
  }
}
