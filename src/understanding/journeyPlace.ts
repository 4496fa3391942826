import { EventKnowledge, type IndexedItem } from './knowledge';
import { GLOSSARY_STEMS } from './glossary';
import { stemWord } from './normalize';
import { ADDRESS_SAID } from './timedSentence';

/**
 * "what's the address of the sorting plant?" of a programme that goes there first ("13.30 Bus til Nordby
 * Genbrugscenter, Kløvervej 9" then "14.00 Rundvisning på anlægget"): the item naming the place has no address,
 * but the journey just before it goes to one. Both lines are the answer, as the letter writes them.
 */

/** A journey to a place: a bus, a drive, a walk or a transfer "til"/"to" it. */
const JOURNEY_TO =
  /(?<!\p{L})(?:bus\p{L}*|kørsel|kører|køre|transport\p{L}*|transfer\p{L}*|afgang|gåtur|går|walk\p{L}*|drive|driving|coach\p{L}*|tog|train)\s+(?:\p{L}+\s+)?(?:til|to|mod|towards)\s+\p{Lu}/iu;

const titleOf = (indexed: IndexedItem) => Object.values(indexed.item.title).find((text): text is string => !!text) ?? '';
const lineOf = (indexed: IndexedItem) => `${indexed.item.start ? `${indexed.item.start} ` : ''}${titleOf(indexed)}`;

/** The journey's line and the named item's, when the item naming the thing is reached by a journey to an address. */
export function placeByJourney(thing: readonly string[], knowledge: EventKnowledge): string | undefined {
  const stems = new Set(
    thing
      .flatMap((word) => [stemWord(word), ...(GLOSSARY_STEMS.get(stemWord(word)) ?? [])])
      .filter((stem) => stem.length >= 4 && !EventKnowledge.isGeneric(stem)),
  );
  if (stems.size === 0) return undefined;
  const top = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const named = top.filter((indexed) => [...indexed.titleStems].some((stem) => stems.has(stem)));
  if (named.length !== 1) return undefined;
  const item = named[0]!;
  if (ADDRESS_SAID.test(titleOf(item))) return undefined;
  const before = top[top.indexOf(item) - 1];
  if (!before) return undefined;
  const journey = titleOf(before);
  if (!JOURNEY_TO.test(journey) || !ADDRESS_SAID.test(journey)) return undefined;
  return `${lineOf(before)}\n${lineOf(item)}`;
}
