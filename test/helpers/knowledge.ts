import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';

const built = new WeakMap<MeetingEvent, EventKnowledge>();

/**
 * An event's knowledge, built once per event object in a process, as the bot builds it once per event and uses it
 * for every turn: building it (vocabulary, passage index) costs more than most questions asked of it, and files ask
 * the same event hundreds of times. Knowledge is only read after it is built; a test that changes an event changes
 * a copy (structuredClone, or the event parsed from changed YAML), which is another object with knowledge of its own.
 */
export function knowledgeOf(event: MeetingEvent): EventKnowledge {
  let knowledge = built.get(event);
  if (!knowledge) built.set(event, (knowledge = new EventKnowledge(event)));
  return knowledge;
}
