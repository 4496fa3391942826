import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

export type { Logger };

/** The correlation id of the HTTP request being handled, carried across awaits without passing it around. */
const correlation = new AsyncLocalStorage<string>();

/** Runs `work` so that every log line written during it carries `turn: id`. */
export function withCorrelationId<T>(id: string, work: () => T): T {
  return correlation.run(id, work);
}

/**
 * Field names that would hold what a user typed or registered: a message, a registration's answers (whatever fields
 * an event asks for, they live under `answers`), a single answer's value, an address or a phone number. Code never logs them
 * (see below); if a future change does by mistake, pino writes "[redacted]" instead of the value.
 */
const PERSONAL_FIELDS = ['text', 'answers', 'answer', 'value', 'email', 'phone', 'question'];
const REDACT = ['req.headers.authorization', 'headers.authorization', ...PERSONAL_FIELDS, ...PERSONAL_FIELDS.map((field) => `*.${field}`)];

/**
 * Errors are logged by name, code and where they happened, never by message: messages of dependencies quote what
 * they failed on (a state document with a user's answers, a request body). Code logs `{ err }` and gets this.
 */
function errorFields(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') return { name: typeof value };
  const error = value as { name?: unknown; code?: unknown; statusCode?: unknown; stack?: unknown };
  const frames =
    typeof error.stack === 'string'
      ? error.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .slice(0, 8)
          .map((line) => line.trim())
      : undefined;
  return {
    name: typeof error.name === 'string' ? error.name : 'Error',
    ...(typeof error.code === 'string' || typeof error.code === 'number' ? { code: error.code } : {}),
    ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
    ...(frames?.length ? { frames } : {}),
  };
}

/**
 * Structured JSON logs (pino). Never pass what a user typed or any registration field:
 * logs hold activity types, intents, ids of events and error codes only. Each line written during a request
 * carries its correlation id (`turn`).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'moedebot' },
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err: errorFields },
    mixin: () => {
      const turn = correlation.getStore();
      return turn ? { turn } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Where a dependency's console.error output should go while it runs: our logger, at debug level, with a source. */
const dependencyConsole = new AsyncLocalStorage<{ log: Logger; source: string }>();
let consoleRouted = false;

/**
 * Runs `work` so that what a dependency writes with console.error meanwhile (botbuilder's token check prints the
 * signing keys and a stack for every bad token) becomes one structured debug line of `log`, not free text on stderr.
 */
export function withDependencyConsole<T>(log: Logger, source: string, work: () => T): T {
  if (!consoleRouted) {
    consoleRouted = true;
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      const target = dependencyConsole.getStore();
      if (!target) return original(...args);
      const error = args.find((arg) => arg instanceof Error);
      target.log.debug(
        error
          ? { err: error, source: target.source }
          : { source: target.source, note: typeof args[0] === 'string' ? args[0].slice(0, 120) : typeof args[0] },
        'dependency reported',
      );
    };
  }
  return dependencyConsole.run({ log, source }, work);
}
