/**
 * Initials that stand for people: an agenda names who is responsible for each item by initials ("Budget (KE)",
 * "Status (IS, OB)") and a legend explains them ("KE – Kari Eide, financial officer, Vestby Kommune",
 * "OB = Ole Bak, formand"). The legend gives the people; the items get the names their initials stand for.
 */
import type { EventFileInput, PersonRole } from '../schema';
import type { Letter } from './letter';
import { findNames } from './names';
import type { ProgrammeItemInput } from './types';

type PersonInput = NonNullable<EventFileInput['people']>[number];

export interface InitialsLegend {
  /** Initials, as written, to the person they stand for. */
  people: Map<string, PersonInput>;
  lines: Set<number>;
}

/** "KE – Kari Eide, …", "OB = Ole Bak", "IS: Ida Storm (formand)". */
const LEGEND_LINE = /^(\p{Lu}{2,4})\s*(?:–|—|-|=|:)\s*(.+)$/u;
const CHAIR_TITLE = /(?<![\p{L}-])(?:chair(?:man|woman|person)?|formand|forkvinde|mødeleder|dirigent)(?![\p{L}])/iu;

/** "Anne-Lise Kragh" → "ALK": the first letter of each part of the name. */
function nameInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** Initials a name can have: all its parts', or its first and last part's ("Ole Bak Holm" is OBH or OH). */
function fits(initials: string, name: string): boolean {
  const all = nameInitials(name);
  if (initials === all) return true;
  return initials.length === 2 && initials[0] === all[0] && initials[1] === all[all.length - 1];
}

function legendPerson(text: string): { initials: string; person: PersonInput } | undefined {
  const line = LEGEND_LINE.exec(text);
  if (!line) return undefined;
  const [, initials, rest] = line;
  const name = findNames(rest!)[0];
  if (!name || name.index !== 0 || !fits(initials!, name.name)) return undefined;
  const after = rest!.slice(name.end);
  if (after !== '' && !/^\s*[,(–-]/.test(after)) return undefined;
  // "Ida Storm (formand, Vestby)": the brackets hold what follows a comma elsewhere.
  const bracketed = /^\s*\((.*)\)\s*$/.exec(after)?.[1];
  const parts = (bracketed ?? after.replace(/^\s*[,–-]\s*/, '')).split(/\s*,\s*/).filter(Boolean);
  const [title, ...organisation] = parts;
  const roles: PersonRole[] = title && CHAIR_TITLE.test(title) && !/vice|næst/i.test(title) ? ['chair'] : [];
  const person: PersonInput = { name: name.name, roles };
  if (title) person.title = title;
  if (organisation.length > 0) person.organisation = organisation.join(', ');
  return { initials: initials!, person };
}

/** A legend is two or more such lines together; a single "KL – Kommunernes Landsforening" line is no legend. */
export function findInitialsLegend(letter: Letter, skip: Set<number> = new Set()): InitialsLegend {
  const people = new Map<string, PersonInput>();
  const lines = new Set<number>();
  let run: Array<{ line: number; initials: string; person: PersonInput }> = [];
  const close = () => {
    if (run.length >= 2) {
      for (const entry of run) {
        people.set(entry.initials, entry.person);
        lines.add(entry.line);
      }
    }
    run = [];
  };
  for (const line of letter.lines) {
    if (line.blank) continue;
    const found = skip.has(line.index) ? undefined : legendPerson(line.text.replace(/^[-•*]\s+/, ''));
    if (found) run.push({ line: line.index, ...found });
    else close();
  }
  close();
  return { people, lines };
}

/** "(SH, JV)", "(KE)": initials in brackets, each one the legend's. */
const BRACKETED = /\(([\p{Lu}]{2,4}(?:\s*(?:,|\/|&|og|and)\s*[\p{Lu}]{2,4})*)\)/gu;

/** Items that name their responsible people by initials get those people's names. */
export function applyInitials(items: ProgrammeItemInput[], legend: InitialsLegend): void {
  if (legend.people.size === 0) return;
  for (const item of items) {
    if (item.items) applyInitials(item.items, legend);
    if (item.people && item.people.length > 0) continue;
    const names: string[] = [];
    for (const match of item.title.matchAll(BRACKETED)) {
      const initials = match[1]!.split(/\s*(?:,|\/|&|og|and)\s*/);
      if (!initials.every((one) => legend.people.has(one))) continue;
      for (const one of initials) names.push(legend.people.get(one)!.name);
    }
    if (names.length === 0) continue;
    item.people = [...new Set(names)];
    item.by ??= item.people.join(', ');
  }
}
