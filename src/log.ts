import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Never pass what a user typed or any registration field:
 * logs hold activity types, intents, ids of events and error codes only.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { app: 'moedebot' }, redact: ['req.headers.authorization'] };
  return destination ? pino(options, destination) : pino(options);
}
