import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { glossaryForms } from './glossary';
import { stemWord, tokenize } from './normalize';

/**
 * "hvad er forslag b?", "what's option 2": an entry of the letter's own labelled list, as its line says it
 * ("Forslag B: Enkeltrettede cykelstier …", or line 2 of a list headed "De tre udfordringer"). The programme's items
 * are found by number elsewhere; this is any other list whose entries a word and a letter or number name.
 */

/** A word and the letter or number after it: "forslag b", "option 2", "challenge 3". */
const NAMED = /(?<![\p{L}\d])(\p{L}{4,})\s+([a-z]|\d{1,2})(?![\p{L}\d.,:/])/giu;

/** A line that starts with its label: "Forslag A: …", "- Option 2) …" (a dash heads a block of its own). */
const LABELLED_LINE = /^[\s\-•*▪●◦]*(\p{L}{4,})\s+([A-Za-z]|\d{1,2})\s*[:)]\s*(\S.*)$/u;

/** A numbered line: "2. Smarter transport …", "2) …". */
const NUMBERED_LINE = /^[\s\-•*]*(\d{1,2})[.)]\s+(\S.*)$/u;

interface Entry {
  stem: string;
  label: string;
  line: string;
}

const ENTRIES = perEvent<readonly Entry[]>();
const PROGRAMME = perEvent<string>();

/** The programme's items as text in lower case, made once per event. */
function programmeText(event: MeetingEvent): string {
  return PROGRAMME(event, 'programmeText', () => JSON.stringify(event.programme).toLowerCase());
}

/** The letter's labelled entries, each by its label word's stem and its letter or number (lower case). */
function entriesOf(event: MeetingEvent): readonly Entry[] {
  return ENTRIES(event, 'labelledEntries', () => {
    const entries: Entry[] = [];
    for (const passage of event.passages) {
      // A list the importer ran into one line ("1. … 2. … 3. …", "- … - …") is a line an entry.
      const lines = passage.text
        .split('\n')
        .flatMap((line) => line.split(/\s+-\s+(?=\p{Lu})/u))
        .flatMap((line) => line.split(/\s+(?=\d{1,2}[.)]\s+\p{Lu})/u));
      // The heading's words name the numbered lines under it ("THE THREE CHALLENGES" → "challenge 2").
      let heading: string[] = [];
      for (const line of lines) {
        const labelled = LABELLED_LINE.exec(line);
        const numbered = NUMBERED_LINE.exec(line);
        if (labelled) {
          const stem = stemWord(tokenize(labelled[1]!)[0]?.folded ?? '');
          entries.push({ stem, label: labelled[2]!.toLowerCase(), line: line.replace(/^[\s\-•*▪●◦]+/u, '').trim() });
        } else if (numbered) {
          for (const stem of heading) entries.push({ stem, label: numbered[1]!, line: numbered[2]!.trim() });
        } else if (line.trim() !== '') {
          heading = /[.!?]\s*$/.test(line.trim()) ? [] : tokenize(line).map((token) => stemWord(token.folded));
        }
      }
    }
    return entries;
  });
}

/** The line of the one entry the clause names by a word and a label, in the letter's own words; else undefined. */
export function labelledEntry(clause: string, event: MeetingEvent): string | undefined {
  const entries = entriesOf(event);
  if (entries.length === 0) return undefined;
  const found = new Set<string>();
  for (const match of clause.matchAll(NAMED)) {
    const word = tokenize(match[1]!)[0]?.folded;
    if (!word) continue;
    const stems = new Set([...glossaryForms(word)].map(stemWord));
    const label = match[2]!.toLowerCase();
    // The programme's own parts named so ("Workshop B") are answered as its items.
    if (programmeText(event).includes(`${match[1]!.toLowerCase()} ${label}`)) return undefined;
    for (const entry of entries) if (entry.label === label && stems.has(entry.stem)) found.add(entry.line);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
