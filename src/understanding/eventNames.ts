import type { MeetingEvent } from '../event/model';
import { startOf } from '../event/format';
import { extractEntities } from './entities';
import { foldWord, stemWord, tokenize } from './normalize';

/** Words too common in events' names to tell one from another (an online meeting's platform is no name). */
const GENERIC = new Set(
  [
    'mode',
    'moder',
    'modet',
    'meeting',
    'event',
    'invitation',
    'kommune',
    'region',
    'dag',
    'the',
    'og',
    'and',
    'for',
    'til',
    'om',
    'i',
    'in',
    'of',
    'pa',
    'hvad',
    'skal',
    'vores',
    'kunne',
    'teams',
    'microsoft',
    'zoom',
    'online',
    'webinar',
    'meet',
    'skype',
  ].map((word) => stemWord(foldWord(word))),
);

/** Words of an event's title, town, venue and organisers that can tell it from others. */
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

const identities = new WeakMap<MeetingEvent, Set<string>>();
const identityOf = (event: MeetingEvent) => {
  let found = identities.get(event);
  if (!found) {
    found = identityWords(event);
    identities.set(event, found);
  }
  return found;
};

/**
 * The events a text names, by a word only that event's name, town, venue or organisers use ("borgermødet",
 * "Nordby", "the Vestby forum"), else by its date ("mødet den 14. april"). Empty when the text names none, or
 * names them all alike.
 */
export function eventsNamed(events: readonly MeetingEvent[], text: string): MeetingEvent[] {
  if (events.length < 2) return [];
  const words = new Set(tokenize(text).map((token) => stemWord(token.folded)));
  const counts = new Map<string, number>();
  for (const event of events) for (const word of identityOf(event)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const byWord = events.filter((event) => [...identityOf(event)].some((word) => counts.get(word) === 1 && words.has(word)));
  if (byWord.length > 0) return byWord.length < events.length ? byWord : [];
  const dates = extractEntities(text).dates.filter((date) => date.month !== undefined);
  if (dates.length === 0) return [];
  const byDate = events.filter((event) => {
    const start = startOf(event);
    return dates.some(
      (date) => date.day === start.day && date.month === start.month && (date.year === undefined || date.year === start.year),
    );
  });
  return byDate.length < events.length ? byDate : [];
}
