import type { Frame } from '../understanding/frame';
import { DEFINING, DEFINITION_ASKED } from '../understanding/lexicon/words';
import { escapeRegExp } from '../util/regExp';

/**
 * "Hvad er MNA?" of a letter that names MNA only in a programme line ("Screening med MNA i hjemmeplejen"): the line
 * mentions the thing but never says what it is, so quoting it as the answer would pass a mention off as an
 * explanation. The thing asked, when the reply names it without saying what it is; else undefined.
 */
export function thingNotDefined(frame: Frame, reply: string): string | undefined {
  if (frame.topic !== undefined && frame.topic !== 'items') return undefined;
  const asked = DEFINITION_ASKED.exec(frame.clause.trim());
  const thing = asked?.[1]?.replace(/[’']s\b/g, '').trim();
  // What a thing is about or for, a numbered or lettered part ("punkt 5", "workshop B"): not a definition asked.
  if (!thing || /\d|(?<!\p{L})\p{L}(?!\p{L})|(?<!\p{L})(about|om|for|til)$/iu.test(thing)) return undefined;
  const head = thing.split(/\s+/).at(-1)!;
  if (head.length < 3) return undefined;
  const start = escapeRegExp(head.slice(0, Math.max(3, head.length - 2)));
  const named = [...reply.matchAll(new RegExp(`(?<!\\p{L})${start}\\p{L}*`, 'giu'))];
  if (named.length === 0) return undefined;
  const defined = named.some((found) => DEFINING.test(reply.slice(found.index + found[0].length)));
  return defined ? undefined : thing;
}
