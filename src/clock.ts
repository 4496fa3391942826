import { DateTime } from 'luxon';

/** The bot's notion of "now": the system clock, or a fixed instant from BOT_NOW. */
export type Clock = () => DateTime;

export function createClock(fixed?: string): Clock {
  if (!fixed) return () => DateTime.now();
  const instant = DateTime.fromISO(fixed, { setZone: true });
  return () => instant;
}
