/**
 * The people a letter names and what they do: speakers and moderators from the programme, a moderator or chair
 * named in a sentence ("Aftenens ordstyrer er Lene Frost …"), the contact person with e-mail and phone ("Har du
 * spørgsmål … kontakte projektleder Mette Thygesen … på mette@… eller tlf. 99 45 46 82"), and the signatory under
 * "Med venlig hilsen" / "Kind regards" with the title line below the name.
 */
import type { EventFileInput, PersonRole } from '../schema';
import { findEmails, findPhones } from './contactDetails';
import { findDates } from './dates';
import type { Letter, Line } from './letter';
import { findNames, looksLikeOrganisation, parsePeople, type NamedPerson } from './names';
import type { ProgrammeFound } from './programme';
import { GREETING } from './venue';

export type PersonInput = NonNullable<EventFileInput['people']>[number];

export interface PeopleFound {
  people: PersonInput[];
  /** The contact's details when the letter gives them without a person's name ("Questions: info@…"). */
  contactDetails?: { email?: string; phone?: string };
  /** Organisation lines in the signature ("Brønderslev Kommune", "Teknik og Miljø"). */
  signatureOrganisations: string[];
}

const CONTACT_CUE =
  /(?<![\p{L}])(kontakt\p{L}*|spørgsmål|henvendelse\p{L}*|questions?|contact|get in touch|reach|ring til|ring på|call|skriv til|write to|yderligere information|mere information|more information|further information)(?![\p{L}])/iu;
const ROLE_IN_SENTENCE: Array<[RegExp, PersonRole]> = [
  [/\b(ordstyrer(?:en)?|moderator(?:en)?|facilitator|moderated by|styres af)\b(?:\s+(?:er|is|bliver|will be|for aftenen|i dag))?\s*:?\s*$/i, 'moderator'],
  [/\b(dirigent(?:en)?|mødeleder(?:en)?|chaired by|chair(?:person)?\s*:|mødet ledes af|ledes af)\s*(?:er|is|bliver)?\s*:?\s*$/i, 'chair'],
  [/\b(vært(?:en)?|værter|hosted by|host\s*:|our host)\s*(?:er|is|bliver)?\s*:?\s*$/i, 'host'],
];

function person(named: Pick<NamedPerson, 'name' | 'title' | 'organisation'>, role: PersonRole, details: { email?: string; phone?: string } = {}): PersonInput {
  return ordered({ name: named.name, title: named.title, organisation: named.organisation, email: details.email, phone: details.phone, roles: [role] });
}

/** Keys in the order the event file documents them, without empty ones. */
function ordered(p: PersonInput): PersonInput {
  const result: PersonInput = { name: p.name };
  if (p.title) result.title = p.title;
  if (p.organisation) result.organisation = p.organisation;
  if (p.email) result.email = p.email;
  if (p.phone) result.phone = p.phone;
  result.roles = p.roles ?? [];
  return result;
}

/** "… contact the conference secretariat, Anne-Sofie Lund, at …": the words between the verb and the name. */
function appositiveTitle(before: string): string | undefined {
  const match = /(?:contact|kontakte?|til|to)\s+(?:the\s+|vores\s+|our\s+)?([\p{Ll}][\p{Ll} -]{2,40}),\s*$/u.exec(before);
  return match?.[1]?.trim();
}

function contacts(letter: Letter, skip: Set<number>): { people: PersonInput[]; details?: PeopleFound['contactDetails'] } {
  let details: PeopleFound['contactDetails'];
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line) || !CONTACT_CUE.test(sentence.text)) continue;
    const email = findEmails(sentence.text)[0]?.value;
    const phone = findPhones(sentence.text)[0]?.value;
    if (!email && !phone) continue;
    const cue = CONTACT_CUE.exec(sentence.text)!;
    const name = findNames(sentence.text).find((span) => span.index > cue.index);
    if (!name) {
      // Details without a name are kept in case no sentence names a contact person.
      details ??= { email, phone };
      continue;
    }
    const named = parsePeople(sentence.text.slice(name.index)).find((p) => p.name === name.name) ?? { name: name.name };
    const before = sentence.text.slice(0, name.index);
    const leading = parsePeople(sentence.text.slice(cue.index)).find((p) => p.name === name.name)?.title;
    const title = appositiveTitle(before) ?? leading ?? named.title;
    return { people: [person({ ...named, title }, 'contact', { email, phone })] };
  }
  return { people: [], details };
}

/** Moderators, chairs and hosts named in running text. */
function rolesInText(letter: Letter, skip: Set<number>): PersonInput[] {
  const found: PersonInput[] = [];
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line)) continue;
    const names = findNames(sentence.text);
    for (const name of names) {
      const before = sentence.text.slice(Math.max(0, name.index - 40), name.index);
      const role = ROLE_IN_SENTENCE.find(([pattern]) => pattern.test(before))?.[1];
      if (!role) continue;
      const named = parsePeople(sentence.text.slice(name.index)).find((p) => p.name === name.name) ?? { name: name.name };
      found.push(person(named, role));
    }
  }
  return found;
}

/** The lines under the closing greeting: organisation lines, then the person and the title line below the name. */
function signature(letter: Letter): { person?: PersonInput; organisations: string[] } {
  const greeting = letter.lines.findIndex((line) => GREETING.test(line.text));
  if (greeting < 0) return { organisations: [] };
  const lines: Line[] = [];
  for (const line of letter.lines.slice(greeting + 1)) {
    if (line.furniture || lines.length >= 4) break;
    if (line.blank) continue;
    if (findDates(line.text).length > 0 || /^(sidst opdateret|last updated|p\.?s\.?)\b/i.test(line.text)) break;
    lines.push(line);
  }
  const organisations: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const name = findNames(text)[0];
    if (name && name.index === 0) {
      const rest = text.slice(name.end).replace(/^[\s,–—-]+/, '').trim();
      const next = lines[i + 1]?.text;
      const title = rest || (next && next.length <= 100 && findNames(next)[0]?.index !== 0 ? next : undefined);
      const signed: PersonInput = { name: name.name, roles: ['signatory'] };
      if (title) signed.title = title;
      return { person: signed, organisations };
    }
    if (text.length <= 80 && (looksLikeOrganisation(text) || organisations.length > 0 || i === 0)) organisations.push(text);
  }
  return { organisations };
}

/** One entry per person: roles add up, the first title, organisation, e-mail and phone given are kept. */
export function mergePeople(people: PersonInput[]): PersonInput[] {
  const merged: PersonInput[] = [];
  for (const p of people) {
    const same = merged.find((m) => m.name.toLowerCase() === p.name.toLowerCase());
    if (!same) {
      merged.push({ ...p, roles: [...(p.roles ?? [])] });
      continue;
    }
    for (const role of p.roles ?? []) if (!(same.roles ?? []).includes(role)) same.roles = [...(same.roles ?? []), role];
    same.title ??= p.title;
    same.organisation ??= p.organisation;
    same.email ??= p.email;
    same.phone ??= p.phone;
  }
  return merged.map(ordered);
}

export function findPeople(letter: Letter, programme: ProgrammeFound): PeopleFound {
  const fromProgramme = programme.people.map((named) => person(named, named.role));
  const contact = contacts(letter, programme.lines);
  const signed = signature(letter);
  const people = mergePeople([...fromProgramme, ...rolesInText(letter, programme.lines), ...contact.people, ...(signed.person ? [signed.person] : [])]);
  return { people, contactDetails: contact.details, signatureOrganisations: signed.organisations };
}
