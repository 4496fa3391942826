import { findNames, leading } from '../event/import/names';
import type { MeetingEvent } from '../event/model';
import { EventKnowledge } from '../understanding/knowledge';
import { tokenize } from '../understanding/normalize';

/**
 * The people an item's title names in its own words when no one is typed as its leader: "Kort byvandring med
 * lokalhistoriker Hans Lund", "Borgmester Hans Lund byder velkommen", "Præsentation af lærerne Ida Berg og Ole Dam".
 * A name counts when a title or role stands right before it (or it is joined by "og"/"and"/a comma to one that has),
 * or the letter names that person elsewhere: two capitalised words alone ("Planning Tomorrow") are no person.
 */
export function namedInTitle(title: string, event: MeetingEvent): string[] {
  const names: string[] = [];
  let previous: { end: number; kept: boolean } | undefined;
  for (const span of findNames(title)) {
    const before = title.slice(previous?.end ?? 0, span.index);
    const titled = isTitle(leading(before)) || TITLE_ACRONYM.test(before);
    // "kasserer Ida Berg (genopstiller) og Ole Dam": the next name of the same list.
    const joined = previous?.kept === true && /^\s*(?:\([^()]*\))?\s*(?:,|og|and|&)\s*$/u.test(before);
    const known = event.people.some((person) => person.name === span.name);
    const kept = titled || joined || known;
    if (kept) names.push(span.name);
    previous = { end: span.end, kept };
  }
  return names;
}

/** A title written as capitals right before a name: "CEO Anna Berg", "CFO Ole Dam". */
const TITLE_ACRONYM = /(?<!\p{L})(?:CEO|CFO|COO|CTO|CIO|CDO|CMO|HR-chef|IT-chef)\s+$/u;

/** A word before a name that can be a title: not a common word ("across Lillebælt Bridge", "visit Navitas Park"). */
function isTitle(word: string | undefined): boolean {
  if (word === undefined) return false;
  const folded = tokenize(word).map((token) => token.folded);
  return folded.length > 0 && !folded.some((token) => EventKnowledge.isGeneric(token));
}
