import type { MeetingEvent } from './model';

/**
 * A cache of values derived from an event alone, by key: an event is never changed after loading, so what is made
 * from it (parsed dates, fixed sentences) can be made once. Weakly held, so a dropped event takes its values along.
 */
export function perEvent<T>(): (event: MeetingEvent, key: string, make: () => T) => T {
  const values = new WeakMap<MeetingEvent, Map<string, T>>();
  return (event, key, make) => {
    let forEvent = values.get(event);
    if (!forEvent) {
      forEvent = new Map();
      values.set(event, forEvent);
    }
    if (!forEvent.has(key)) forEvent.set(key, make());
    return forEvent.get(key)!;
  };
}
