import type { EventFileInput, PersonRole } from '../schema';
import type { NamedPerson } from './names';

/** The importer's own shapes, shared by its finders, the draft writer and the summary. */

/** One programme item as the importer finds it: plain texts in the letter's language. */
export interface ProgrammeItemInput {
  number?: number;
  start?: string;
  end?: string;
  date?: string;
  title: string;
  by?: string;
  people?: string[];
  description?: string;
  room?: string;
  items?: ProgrammeItemInput[];
}

export interface ProgrammeFound {
  items: ProgrammeItemInput[];
  /** Lines that belong to the programme, so that other finders leave them alone. */
  lines: Set<number>;
  /** People the programme names, with their role in it. */
  people: Array<Omit<NamedPerson, 'role'> & { role: PersonRole }>;
  /** Items the letter asks people to choose among when they sign up ("choose one when you register"). */
  choices: Array<{ label: string; options: string[] }>;
  /** Why the programme is only a guess, for a `# CHECK:` comment. */
  doubt?: string;
}

/** The event as the importer writes it: the schema's input, with the programme in plain texts. */
export type DraftEvent = Omit<EventFileInput, 'programme'> & { programme?: ProgrammeItemInput[] };

/** Something the organiser should check, at a path of the draft, for a `# CHECK:` comment. */
export interface Check {
  path: Array<string | number>;
  message: string;
}

export interface ImportResult {
  event: DraftEvent;
  checks: Check[];
  /** What the letter does not state, in words for the summary. */
  missing: string[];
}
