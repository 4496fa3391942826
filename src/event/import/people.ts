/**
 * The people a letter names and what they do: speakers and moderators from the programme, a moderator or chair
 * named in a sentence ("Aftenens ordstyrer er Rikke Sand …"), the contact person with e-mail and phone ("Har du
 * spørgsmål … kontakte projektleder Sara Vinther … på mette@… eller tlf. 99 45 46 82"), and the signatory under
 * "Med venlig hilsen" / "Kind regards" with the title line below the name.
 */
import type { EventFileInput, PersonRole } from '../schema';
import { findEmails, findPhones } from './contactDetails';
import { findDates, findTimes } from './dates';
import { applyInitials, findInitialsLegend } from './initials';
import type { Letter, Line } from './letter';
import { findNames, isOrganisationWord, looksLikeOrganisation, parsePeople, TITLE_NOUNS, TITLE_WORD, type NamedPerson } from './names';
import type { ProgrammeFound } from './programme';
import { describedInProse, proseSpeakers } from './proseSpeakers';
import { GREETING } from './venue';

export type PersonInput = NonNullable<EventFileInput['people']>[number];

export interface PeopleFound {
  people: PersonInput[];
  /** The contact's details when the letter gives them without a person's name ("Questions: info@…"). */
  contactDetails?: { email?: string; phone?: string };
  /** Organisation lines in the signature ("Nordby Kommune", "Teknik og Miljø"). */
  signatureOrganisations: string[];
  /** Organisations named in a signature's title line ("Koordinator, NetVest"). */
  signatureTitleOrganisations: string[];
}

const CONTACT_CUE =
  /(?<![\p{L}])(kontakt\p{L}*|spørgsmål|henvendelse\p{L}*|questions?|contact|get in touch|reach|ring til|ring på|call|skriv til|write to|yderligere information|mere information|more information|further information|(?:yderligere|flere|nærmere) oplysninger|further details|(?:sms|text)\s+(?:til|to))(?![\p{L}])/iu;
const ROLE_IN_SENTENCE: Array<[RegExp, PersonRole]> = [
  [
    // "Moderator for all sessions:", "Ordstyrer for hele dagen er": what the role is for may come before the name.
    /\b(ordstyrer(?:en|e)?|moderator(?:en|s)?|facilitator(?:s|er)?|moderated by|styres af)\b(?:\s+(?:for|of|på)(?:\s+[\p{L}-]+){1,3})?(?:\s+(?:er|is|bliver|will be|i dag))?\s*:?\s*$/iu,
    'moderator',
  ],
  // "Samtalen ledes af bibliotekar Ida Storm": who leads a conversation, debate or panel moderates it.
  [
    /(?<!\p{L})(?:samtalen|debatten|paneldebatten|panelet|diskussionen|interviewet|the (?:conversation|debate|discussion|panel|interview))\s+(?:ledes|styres|modereres|faciliteres|is (?:led|moderated|chaired|facilitated))\s+(?:af|by)\s*:?\s*$/iu,
    'moderator',
  ],
  [/\b(dirigent(?:en)?|mødeleder(?:en)?|chaired by|chair(?:person)?\s*:|mødet ledes af|ledes af)\s*(?:er|is|bliver)?\s*:?\s*$/i, 'chair'],
  [/\b(vært(?:en)?|værter|hosted by|host\s*:|our host)\s*(?:er|is|bliver)?\s*:?\s*$/i, 'host'],
  // "a short welcome by our chair, Anna Vestergaard Holm", "velkomst ved formand Anna Holm".
  [
    /(?<![\p{L}])(?:welcome|welcoming|velkomst|velkommen|tale|speech|address|oplæg|toast)\s+(?:by|ved|v\/|af|fra|from)\s+(?:(?:our|vores|the|vores nye|our new)\s+)?(?:\p{Ll}[\p{Ll}-]*\s*,?\s*)?$/iu,
    'speaker',
  ],
];

function person(
  named: Pick<NamedPerson, 'name' | 'title' | 'organisation'>,
  role: PersonRole,
  details: { email?: string; phone?: string } = {},
): PersonInput {
  return ordered({
    name: named.name,
    // "Ida Storm, 23 45 67 89": a number after the name is their phone, no title.
    title: named.title && /\p{L}/u.test(named.title) ? named.title : undefined,
    organisation: named.organisation,
    email: details.email,
    phone: details.phone,
    roles: [role],
  });
}

/** Keys in the order the event file documents them, without empty ones. */
export function ordered(p: PersonInput): PersonInput {
  const result: PersonInput = { name: p.name };
  if (p.title) result.title = p.title;
  if (p.organisation) result.organisation = p.organisation;
  if (p.email) result.email = p.email;
  if (p.phone) result.phone = p.phone;
  result.roles = p.roles ?? [];
  return result;
}

/** "… contact the conference secretariat, Marie-Louise Holm, at …": the words between the verb and the name. */
function appositiveTitle(before: string): string | undefined {
  const match = /(?:contact|kontakte?|til|to)\s+(?:the\s+|vores\s+|our\s+)?([\p{Ll}][\p{Ll} -]{2,40}),\s*$/u.exec(before);
  return match?.[1]?.trim();
}

/**
 * A block headed "Contact" in a column of facts: "Contact" / "Conference secretariat:" / "Sara Lund" /
 * "secretariat@…" / "+45 …": the name, the line that says what they are, the e-mail and phone.
 */
function contactBlock(letter: Letter, skip: Set<number>): PersonInput | undefined {
  for (const block of letter.blocks) {
    const [label, ...rest] = block.lines.map((line) => line.text);
    if (skip.has(block.lines[0]!.index) || !contactLabel(label ?? '') || rest.length === 0) continue;
    const lines = rest.length > 0 ? rest : [];
    const nameLine = lines.findIndex((line) => findNames(line)[0]?.index === 0 && !contactLineOf(line));
    if (nameLine < 0) continue;
    const text = lines.join(' ');
    const email = findEmails(text)[0]?.value;
    const phone = findPhones(text)[0]?.value;
    if (!email && !phone) continue;
    const name = findNames(lines[nameLine]!)[0]!.name;
    const described = lines[nameLine - 1]?.replace(/:$/, '');
    const after = lines[nameLine]!.slice(name.length)
      .replace(/^[\s,–—-]+/, '')
      .trim();
    return person({ name, title: after || (described && !findEmails(described).length ? described : undefined) }, 'contact', {
      email,
      phone,
    });
  }
  return undefined;
}

/**
 * The line that heads a contact's lines: "Kontakt:", "Questions? Contact:", "Yderligere oplysninger fås hos",
 * "Spørgsmål kan rettes til": a short line that asks for contact and ends where the name below goes on.
 */
function contactLabel(text: string): boolean {
  if (/^(kontakt|kontaktperson|contact|contact person|contacts|spørgsmål|questions)\s*:?$/i.test(text)) return true;
  return (
    text.split(/\s+/).length <= 8 && CONTACT_CUE.test(text) && LEADS_ON.test(text) && !contactLineOf(text) && findNames(text).length === 0
  );
}

/** A line that ends where the next one goes on: a colon or question mark, or a word that takes the name after it. */
const LEADS_ON = /(?:[:?]|(?<![\p{L}])(?:hos|til|to|contact|kontakt|kontakte|with))\s*:?$/iu;

function contactLineOf(text: string): boolean {
  return findEmails(text).length > 0 || findPhones(text).length > 0;
}

const CONTACT_HEADING =
  /^(kontakt|kontakter|kontaktpersoner?|kontaktoplysninger|contacts?|contact persons?|contact details|spørgsmål|questions)\s*:?$/i;

/**
 * A section headed "Kontakt" / "Contacts" with one line per person, each with their own remit:
 * "Programme: Anna Lund, al@…, +45 …", "Praktiske spørgsmål: kursussekretær Ole Bak, tlf. …". Every person
 * with an e-mail or phone is a contact; what the letter calls them, else their remit, is the title.
 */
function contactSection(letter: Letter, skip: Set<number>, remits: Map<string, string>): PersonInput[] {
  const found: PersonInput[] = [];
  const heading = letter.lines.findIndex(
    (line) => !skip.has(line.index) && CONTACT_HEADING.test(line.text) && (line.heading > 0 || line.bold || line.allCaps),
  );
  if (heading < 0) return found;
  for (const line of letter.lines.slice(heading + 1)) {
    if (line.heading > 0 || line.furniture || GREETING.test(line.text)) break;
    if (line.blank) continue;
    const text = line.text.replace(/^[-•*–▪◦·]\s+/, '');
    const email = findEmails(text)[0]?.value;
    const phone = findPhones(text)[0]?.value;
    if (!email && !phone) continue;
    const label = /^([^:]{2,80}):\s+/.exec(text);
    const rest = label ? text.slice(label[0].length) : text;
    const name = findNames(rest).find((span) => span.index <= 40 && !looksLikeOrganisation(span.name));
    if (!name || findNames(rest).filter((span) => !looksLikeOrganisation(span.name)).length > 1) continue;
    const named = parsePeople(rest).find((p) => p.name === name.name);
    const title = named?.title && named.title.split(/\s+/).length <= 6 ? named.title : undefined;
    found.push(person({ name: name.name, title, organisation: named?.organisation }, 'contact', { email, phone }));
    if (!title && label) remits.set(name.name, label[1]!);
  }
  if (found.length === 0) {
    const card = nameCard(letter, heading);
    if (card) found.push(card);
  }
  return found;
}

/**
 * Under the section's heading and a sentence inviting questions, a card of lines: "Ida Storm" / "Specialkonsulent,
 * Planlægning" / "Vestby Kommune" / "Tlf. …" / "ida@…": the name on a line of its own, then what she is, where she
 * works, and her details.
 */
function nameCard(letter: Letter, heading: number): PersonInput | undefined {
  for (const block of letter.blocks) {
    const first = block.lines[0]!;
    if (first.index <= heading) continue;
    if (first.heading > 0 || GREETING.test(first.text)) break;
    const texts = block.lines.map((line) => line.text);
    const name = findNames(texts[0]!)[0];
    if (!name || name.index !== 0 || looksLikeOrganisation(name.name)) continue;
    // "Maja Lind, forum coordinator": what she is may follow her name on the same line.
    const after = texts[0]!.slice(name.end).replace(/[\s,]+$/, '');
    const said = /^,\s*([^\d@]{2,80})$/u.exec(after)?.[1];
    if (after !== '' && (!said || said.split(/\s+/).length > 8)) continue;
    const details = texts.slice(1).join(' ');
    const email = findEmails(details)[0]?.value;
    const phone = findPhones(details)[0]?.value;
    if (!email && !phone) continue;
    const described = [...(said ? [said] : []), ...texts.slice(1).filter((text) => !contactLineOf(text))];
    return person({ name: name.name, title: described[0], organisation: described[1] }, 'contact', { email, phone });
  }
  return undefined;
}

/** "kontakte skolens kontor … på telefon 99 99 99 99", "contact the conference secretariat at …": an office, no person. */
const OFFICE =
  /(?<![\p{L}])(?:kontakte?|contact|ring(?:e)? til|call|skriv(?:e)? til|write to)\s+((?:the\s+|vores\s+|our\s+|\p{L}+s\s+)?(?:\p{Ll}+[-\s])?(?:kontor(?:et)?|sekretariat(?:et)?|reception(?:en)?|kundeservice|borgerservice|kundecenter(?:et)?|servicecenter(?:et)?|support(?:en)?|office|secretariat|reception|front desk|helpdesk|help desk|service desk|hotline|customer service|customer support|support))(?![\p{L}])/iu;

/** "… ved at skrive direkte til Ole Bak", "contact our treasurer, Anna Holm": the words right before a contact's name. */
const WRITE_TO =
  /(?<![\p{L}])(?:kontakte?|contact|ring(?:e)?\s+til|call|skriv(?:e)?(?:\s+\p{Ll}+)?\s+til|write(?:\s+\p{Ll}+)?\s+to|rettes\s+til|henvend(?:e|er)?\s+(?:dig|jer)\s+til|get in touch with|reach out to)\s+(?:(?:vores|our|the)\s+)?(?:\p{Ll}[\p{Ll}-]+,?\s+){0,2}$/iu;

const REMIT_LABEL =
  /^(?:spørgsmål|questions?|henvendelser|kontakt|contact|enquiries|inquiries)\s+(?:om|til|vedr\.?|vedrørende|about|regarding|on|concerning)\s+(.{3,60}?)\s*:?$/iu;

/**
 * Blocks that each say what they answer for, then who: "Spørgsmål om faktura og betaling:" / "Økonomiafdelingen,
 * Netværk X" / "faktura@… · tlf. …". A person keeps their own title; an office is called after its remit.
 */
function remitBlocks(letter: Letter, skip: Set<number>): PersonInput[] {
  const found: PersonInput[] = [];
  for (const block of letter.blocks) {
    const [label, who, ...rest] = block.lines.map((line) => line.text);
    if (skip.has(block.lines[0]!.index) || !label || !who || !REMIT_LABEL.test(label) || contactLineOf(who)) continue;
    const text = [who, ...rest].join(' ');
    const email = findEmails(text)[0]?.value;
    const phone = findPhones(text)[0]?.value;
    if (!email && !phone) continue;
    const [first, ...others] = who.split(/,\s*/);
    const name = findNames(who)[0];
    if (name && name.index === 0 && !looksLikeOrganisation(name.name)) {
      const after = who
        .slice(name.end)
        .replace(/^[\s,–—-]+/, '')
        .trim();
      found.push(person({ name: name.name, title: after || undefined }, 'contact', { email, phone }));
    } else if (first && /^\p{Lu}/u.test(first) && first.split(/\s+/).length <= 4) {
      found.push(
        person({ name: first, title: label.replace(/:$/, ''), organisation: others.join(', ') || undefined }, 'contact', { email, phone }),
      );
    }
  }
  return found;
}

/**
 * "Questions? Just reply to this mail or contact me directly", "I er altid velkomne til at ringe eller skrive til
 * mig": the writer is the one to ask.
 */
const CONTACT_ME =
  /(?<![\p{L}])(?:kontakt\p{L}*|ring\p{L}*|skriv\p{L}*|henvend\p{L}*|spørg\p{L}*|contact|call|write|e-?mail|reach|ask|text)\s+(?:(?:eller|or|og|and|gerne|bare|just|også|also|directly|direkte|til|to|\p{Ll}+e)\s+){0,3}(?:mig|me)(?![\p{L}])/iu;

/** Whether the letter asks its readers to contact the writer, with no one else named in that sentence. */
function writerIsContact(letter: Letter, skip: Set<number>): boolean {
  return letter.sentences.some(
    (sentence) =>
      !skip.has(sentence.line) &&
      CONTACT_ME.test(sentence.text) &&
      findNames(sentence.text).every((span) => looksLikeOrganisation(span.name)),
  );
}

/** "… på tlf. 96 40 18 53 (man.-tors. kl. 9-14)": when to call, kept with the number. */
function withHours(text: string, phone: { index: number; value: string } | undefined): string | undefined {
  if (!phone) return undefined;
  const remark = /^\s*\(([^()]{2,40})\)/.exec(text.slice(phone.index + phone.value.length))?.[1];
  const hours =
    remark && (findTimes(remark).length > 0 || /(?<![\d.])\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?(?![\d.])/.test(remark));
  return hours ? `${phone.value} (${remark.trim()})` : phone.value;
}

/**
 * "Har du spørgsmål, er du velkommen til at ringe til Hanne på tlf. …": a contact called by the first name of one
 * person the letter names in full (usually the signer). Their details from that sentence are added.
 */
function contactByFirstName(letter: Letter, skip: Set<number>, people: PersonInput[]): void {
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line) || !CONTACT_CUE.test(sentence.text)) continue;
    const phones = findPhones(sentence.text);
    const email = findEmails(sentence.text)[0]?.value;
    if (phones.length === 0 && !email) continue;
    for (const word of sentence.text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) {
      if (!WRITE_TO.test(sentence.text.slice(0, word.index))) continue;
      const known = people.filter((p) => !looksLikeOrganisation(p.name) && p.name.split(/\s+/)[0] === word[1] && /\s/.test(p.name));
      if (known.length !== 1) continue;
      const found = known[0]!;
      found.roles = [...(found.roles ?? []).filter((role) => role !== 'contact'), 'contact'];
      // The number in this sentence is the one to call (the signature's may be the office's).
      const phone = withHours(sentence.text, phones.find((p) => p.index > word.index) ?? phones[0]);
      if (phone) found.phone = phone;
      found.email ??= email;
      return;
    }
  }
}

/** An online meeting's dial-in ("Or call in … +45 …,,482913771#", "Phone Conference ID: …"): a number, no contact. */
const DIAL_IN = /\d,,\d|(?<![\p{L}])(?:conference[- ]?id|konference-?id|call in|dial[- ]in|ring ind)(?![\p{L}])/iu;

function contacts(
  letter: Letter,
  skip: Set<number>,
  remits: Map<string, string>,
): { people: PersonInput[]; details?: PeopleFound['contactDetails'] } {
  const byRemit = remitBlocks(letter, skip);
  if (byRemit.length > 0) return { people: byRemit };
  const inBlock = contactBlock(letter, skip);
  if (inBlock) return { people: [inBlock] };
  const inSection = contactSection(letter, skip, remits);
  if (inSection.length > 0) return { people: inSection };
  let details: PeopleFound['contactDetails'];
  const offices: PersonInput[] = [];
  let contact: PersonInput | undefined;
  /** A person the letter says to write to, without their details: the contact when no one else is. */
  let written: PersonInput | undefined;
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line) || DIAL_IN.test(sentence.text)) continue;
    const email = findEmails(sentence.text)[0]?.value;
    const phone = findPhones(sentence.text)[0]?.value;
    if (!email && !phone) {
      const name = written ? undefined : findNames(sentence.text).find((span) => WRITE_TO.test(sentence.text.slice(0, span.index)));
      if (name && !looksLikeOrganisation(name.name)) {
        // "Ole Bak (Byggesag)": the bracket after the name says where they work; the rest of the sentence does not.
        const remark = /^\s*\(([^()]{2,40})\)/.exec(sentence.text.slice(name.end))?.[1];
        written = person({ name: name.name, organisation: remark }, 'contact');
      }
      continue;
    }
    if (!CONTACT_CUE.test(sentence.text) && !OFFICE.test(sentence.text)) continue;
    const cue = CONTACT_CUE.exec(sentence.text) ?? OFFICE.exec(sentence.text)!;
    const name = findNames(sentence.text).find((span) => span.index > cue.index);
    if (!name) {
      // Details without a name are kept in case no sentence names a contact person.
      if (CONTACT_CUE.test(sentence.text)) details ??= { email, phone };
      const called = OFFICE.exec(sentence.text)?.[1];
      if (called && !offices.some((office) => office.phone === phone && office.email === email)) {
        const office = called.replace(/^the\s+/i, '');
        // "Du kan også ringe til kundeservice på …": no title of its own. The section's heading is no title either:
        // "Tilmelding til sorteringshallen" would make the office the answer to who shows people round the hall.
        offices.push(person({ name: office[0]!.toUpperCase() + office.slice(1) }, 'contact', { email, phone }));
      }
      continue;
    }
    if (contact || !CONTACT_CUE.test(sentence.text)) continue;
    const named = parsePeople(sentence.text.slice(name.index)).find((p) => p.name === name.name) ?? { name: name.name };
    const before = sentence.text.slice(0, name.index);
    const leading = parsePeople(sentence.text.slice(cue.index)).find((p) => p.name === name.name)?.title;
    const title = appositiveTitle(before) ?? leading ?? named.title;
    contact = person({ ...named, title }, 'contact', { email, phone: withHours(sentence.text, findPhones(sentence.text)[0]) });
  }
  // A named contact first; an office with other details is a second one, for what its section is about.
  if (contact)
    return { people: [contact, ...offices.filter((office) => office.phone !== contact.phone || office.email !== contact.email)] };
  if (offices.length > 0) return { people: written ? [written, ...offices] : offices, details };
  return { people: written ? [written] : [], details };
}

/** "Fra entreprenøren, Brødrene Toft A/S, kommer:", "Attending from the council:": a list of who comes. */
const COMING =
  /(?<![\p{L}])(?:kommer|deltager|deltagere|deltar|er med|stiller|attending|coming|joining|present|will be there|will attend)(?![\p{L}])[^:]{0,30}:$/iu;

/**
 * People listed under a line that says who comes, one a line: "- Ole Bak, projektleder" / "- Ida Storm,
 * formand – det er ham …". They have no role at the meeting; their title and the organisation the line names are kept,
 * so "who is the foreman?" finds them.
 */
function peopleComing(letter: Letter, skip: Set<number>): PersonInput[] {
  const found: PersonInput[] = [];
  for (const intro of letter.lines) {
    if (intro.blank || skip.has(intro.index) || !COMING.test(intro.text)) continue;
    // The lines right under it, up to a blank line (a bulleted list may be read as a block a line).
    const next = letter.lines.slice(intro.index + 1).findIndex((line) => line.blank);
    const rest = letter.lines.slice(intro.index + 1, next < 0 ? undefined : intro.index + 1 + next);
    // "Fra entreprenøren, Brødrene Toft Anlæg A/S, kommer:": the organisation named in the line.
    const organisation = intro.text
      .replace(/:$/, '')
      .split(/,\s*/)
      .map((part) => part.trim())
      .find(
        (part) =>
          /^\p{Lu}/u.test(part) &&
          !/^(?:fra|from)\s/i.test(part) &&
          part.split(/\s+/).length <= 6 &&
          !/(?<![\p{L}])(?:kommer|deltager|attending|coming|joining)(?![\p{L}])/iu.test(part) &&
          findDates(part).length === 0,
      );
    for (const line of rest) {
      const text = line.text.replace(/^[-•*–▪◦·]\s+/, '');
      const name = findNames(text)[0];
      if (!name || name.index !== 0 || looksLikeOrganisation(name.name)) continue;
      const title = /^,\s*([^,–—(]{2,40}?)\s*(?:$|[,–—(])/u.exec(text.slice(name.end))?.[1]?.trim();
      found.push(ordered({ name: name.name, title, organisation, roles: [] }));
    }
  }
  return found;
}

const roleBefore = (text: string): PersonRole | undefined => ROLE_IN_SENTENCE.find(([pattern]) => pattern.test(text))?.[1];

/** One or two lower-case words right before a name, no joining word among them: a job title ("journalist"). */
const JOB_TITLE_BEFORE_NAME = /(?<=\s)((?:(?!(?:og|and|eller|or|samt|med|with|er|is|af|by|ved|v)\s)\p{Ll}[\p{Ll}-]+\s+){1,2})$/u;

/** An honorific or academic title written with a capital right before a name: "Dr.", "Associate Professor". */
const CAPITAL_TITLE_END =
  /(?:^|\s)(?:(?:Associate|Assistant|Adjunct|Senior|Visiting|Full)\s+)?(?:Dr|Prof|Professor|Mr|Mrs|Ms|Lecturer|Lektor|Docent|Adjunkt)\.?\s+$/;

/** Moderators, chairs and hosts named in running text. */
function rolesInText(letter: Letter, skip: Set<number>): PersonInput[] {
  const found: PersonInput[] = [];
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line)) continue;
    const names = findNames(sentence.text);
    let previous: { end: number; role: PersonRole } | undefined;
    for (const name of names) {
      const before = sentence.text.slice(Math.max(0, name.index - 40), name.index);
      // "Ordstyrer: Rikke Sand og Ole Bak": a name joined to one with a role shares it.
      const joined = previous && /^\s*(?:,|og|and|&)\s*$/iu.test(sentence.text.slice(previous.end, name.index)) ? previous.role : undefined;
      // "Ordstyrer er journalist Rikke Sand": a job title of one or two words between the role and the name.
      const titled = JOB_TITLE_BEFORE_NAME.exec(before);
      const withoutTitle = titled ? before.slice(0, titled.index) : undefined;
      const role =
        roleBefore(before) ??
        (withoutTitle !== undefined && !/\s$/.test(withoutTitle) ? undefined : roleBefore(withoutTitle ?? '')) ??
        // "our external facilitator, Dr. Ida Storm": the role, then the name in apposition with an honorific.
        roleBefore(before.replace(CAPITAL_TITLE_END, ' ').replace(/,\s*$/, '')) ??
        joined;
      previous = role ? { end: name.end, role } : undefined;
      if (!role) continue;
      const named = parsePeople(sentence.text.slice(name.index)).find((p) => p.name === name.name) ?? { name: name.name };
      // "… by our chair, Anna Vestergaard Holm": what the letter calls them.
      const called = /(?:our|vores|the)\s+(?:new\s+|nye\s+)?(\p{Ll}[\p{Ll}-]+),?\s*$/u.exec(before)?.[1];
      const jobTitle = roleBefore(before) ? undefined : titled?.[1]?.trim();
      found.push(person({ ...named, title: named.title ?? called ?? jobTitle }, role));
    }
  }
  return found;
}

/**
 * "Chair Ana Berg and Vice-chair Ida Bro are not up for election", "Næstformand Ole Bak": a title written with a
 * capital right before a name. It is what the person is, not a part they have at the meeting, so no role is given.
 */
function titledInText(letter: Letter, skip: Set<number>): PersonInput[] {
  const found: PersonInput[] = [];
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line)) continue;
    for (const name of findNames(sentence.text)) {
      if (looksLikeOrganisation(name.name)) continue;
      const title = /(?:^|[\s(])(\p{Lu}[\p{Ll}-]+)\s+$/u.exec(sentence.text.slice(Math.max(0, name.index - 40), name.index))?.[1];
      if (title && TITLE_WORD.test(title)) found.push(ordered({ name: name.name, title, roles: [] }));
    }
  }
  return found;
}

/** "Direkte: 99 74 15 62 | Mobil: 21 63 08 47", "Tlf. 46 31 72 05", "E-mail: …": a signature's contact line. */
function contactLine(text: string): { email?: string; phone?: string } | undefined {
  const emails = findEmails(text);
  const phones = findPhones(text);
  if (emails.length === 0 && phones.length === 0) return undefined;
  const rest = text.replace(/[\w.+-]+@[\w.-]+/g, '').replace(/[+\d][\d ]{6,}\d/g, '');
  if (rest.split(/\s+/).filter((word) => /\p{L}{3}/u.test(word)).length > 4) return undefined;
  // Several numbers keep the letter's label for each: "99 74 15 62 (direkte), 21 63 08 47 (mobil)".
  const labelled = phones.map((found) => {
    const label = /([\p{L}-]+)\.?\s*:?\s*$/u.exec(text.slice(0, found.index).split('|').pop() ?? '')?.[1];
    return phones.length > 1 && label && !/^(tlf|tel|telefon|phone)$/i.test(label)
      ? `${found.value} (${label.toLowerCase()})`
      : found.value;
  });
  const result: { email?: string; phone?: string } = {};
  if (emails[0]) result.email = emails[0].value;
  if (labelled.length > 0) result.phone = labelled.join(', ');
  return result;
}

/**
 * "Centerchef | Børn og Familie" → title "Centerchef", organisation "Børn og Familie"; "Koordinator, DigiNet
 * Sjælland" stays the title as written, and names the organisation too (for the sender).
 */
function titleAndOrganisation(text: string): { title: string; organisation?: string; organisations: string[] } {
  const bars = text.split(/\s+\|\s+/);
  if (bars.length >= 2) return { title: bars[0]!, organisation: bars.slice(1).join(', '), organisations: bars.slice(1) };
  const parts = text.split(/,\s+/);
  const named = parts.slice(1).filter((part) => looksLikeOrganisation(part) || /^\p{Lu}/u.test(part));
  return { title: text, organisations: named };
}

/**
 * The lines under the closing greeting: organisation lines, then each person who signs with the title line below
 * the name, the organisation and the phone numbers and e-mail under it. Two people may sign (side by side in the
 * letter, one after the other once read).
 */
function signature(letter: Letter): { people: PersonInput[]; organisations: string[]; titleOrganisations: string[] } {
  let greeting = letter.lines.findIndex((line) => GREETING.test(line.text));
  // "Mange varme hilsner", "Solrige sommerhilsner", "Warmest wishes": a closing of warmer words than the usual ones.
  if (greeting < 0) greeting = letter.lines.findIndex((line) => WARM_CLOSING.test(line.text));
  const lines: Line[] = [];
  if (greeting < 0) {
    // "On behalf of the Board," / "Ida Storm": the closing names whom the signer writes for.
    greeting = letter.lines.findIndex((line) => BEHALF_CLOSING.test(line.text));
    if (greeting >= 0) lines.push({ ...letter.lines[greeting]!, text: letter.lines[greeting]!.text.replace(/[,.:]$/, '') });
  }
  if (greeting < 0) {
    // "Mvh Karin, 12 34 56 78": the name, and perhaps the number, on the greeting's own line.
    greeting = letter.lines.findIndex((line) => GREETING_AND_NAME.test(line.text));
    if (greeting >= 0) lines.push({ ...letter.lines[greeting]!, text: GREETING_AND_NAME.exec(letter.lines[greeting]!.text)![1]! });
  }
  if (greeting < 0) {
    // "Glædelig jul!" / "Personaleforeningen" / "Anna Holm (Park), Ole Bak (Byg) og …": no greeting, but the letter's
    // last lines are a group and the names of those who sign.
    const closing = closingNames(letter);
    if (!closing) return { people: [], organisations: [], titleOrganisations: [] };
    greeting = closing - 1;
  }
  for (const line of letter.lines.slice(greeting + 1)) {
    if (line.furniture || lines.length >= 12 || /^\s*[-=_*~·.]{3,}\s*$/.test(line.raw)) break;
    if (line.blank || /^\[cid:|^\[image/i.test(line.text)) continue;
    if (findDates(line.text).length > 0 || /^(sidst opdateret|last updated|p\.?s\.?)\b/i.test(line.text)) break;
    // A disclaimer or a postscript: sentences, not a signature.
    if (line.text.length > 100 || (/[.!]$/.test(line.text) && line.text.split(/\s+/).length > 6)) break;
    lines.push(line);
  }
  const organisations: string[] = [];
  /** Organisations named in a title line ("Koordinator, NetVest"): whom an e-mail's sender works for. */
  const titleOrganisations: string[] = [];
  const people: PersonInput[] = [];
  let current: PersonInput | undefined;
  /** "Eva Lund og Ole Bak" / "Klasselærere": two who sign on one line share the title below. */
  let partner: PersonInput | undefined;
  for (const line of lines) {
    // "Ældrerådet" / "v/ Ida Storm (turleder) og Ole Bak (formand)": who signs for the body, after "v/".
    const text = line.text.replace(/^(?:v\/|ved)\s+(?=\p{Lu})/u, '');
    const behalf = /^(?:på vegne af|on behalf of)\s+(.+)$/i.exec(text);
    if (behalf) {
      if (/^\p{Lu}/u.test(behalf[1]!)) organisations.push(behalf[1]!);
      continue;
    }
    const listed = nameList(text);
    // "Ida Storm og Kasper Holm" / "Klasselærere": a plain pair shares the title below (further down).
    if (listed && (listed.length > 2 || listed.some((named) => named.remark))) {
      partner = undefined;
      current = undefined;
      // "(turleder)" in lower case is what the person is; "(Park)" where they work.
      for (const named of listed) {
        const title = named.remark && /^\p{Ll}/u.test(named.remark) ? named.remark : undefined;
        people.push(ordered({ name: named.name, title, organisation: title ? undefined : named.remark, roles: ['signatory'] }));
      }
      continue;
    }
    // "Nørre Voldgade 34, 1358 København K", "Adelgade 44, 8660 Vestby": an address is nobody's name.
    if (STREET_AND_POSTCODE.test(text)) continue;
    const name = findNames(text)[0] ?? (current ? undefined : givenName(letter, lines));
    const contact = contactLine(text);
    if (name && name.index === 0 && !looksLikeOrganisation(name.name)) {
      partner = undefined;
      const second = findNames(text).find((span) => span.index > name.end);
      const pair = second && /^\s*(?:og|and|&)\s*$/i.test(text.slice(name.end, second.index)) && text.slice(second.end).trim() === '';
      if (pair && !looksLikeOrganisation(second.name)) {
        partner = { name: name.name, roles: ['signatory'] };
        people.push(partner);
        current = { name: second.name, roles: ['signatory'] };
        people.push(current);
        continue;
      }
      current = { name: name.name, roles: ['signatory'] };
      const rest = text
        .slice(name.end)
        .replace(/^[\s,–—-]+/, '')
        .trim();
      if (contact) {
        current.email = contact.email;
        current.phone = contact.phone;
      } else if (rest) {
        const split = titleAndOrganisation(rest);
        current.title = split.title;
        if (split.organisation) {
          current.organisation = split.organisation;
          organisations.push(...split.organisations);
        } else titleOrganisations.push(...split.organisations);
      }
      people.push(current);
      continue;
    }
    if (current && contact) {
      current.email ??= contact.email;
      current.phone ??= contact.phone;
      continue;
    }
    // The line under the name is the title ("Skoleleder, Nordbyskolen"), unless it only names the organisation.
    // "Sekretær for Vejudvalget", "Events & Network Coordinator": a job, though it names a body.
    const words = text.split(/\s+/);
    const job = JOB_FIRST.test(words[0]!) || TITLE_NOUNS.has(words[words.length - 1]!.toLowerCase());
    const onlyOrganisation = looksLikeOrganisation(text) && !/,|\s\|\s/.test(text) && !job;
    if (current && !current.title && !onlyOrganisation && text.length <= 100) {
      const split = titleAndOrganisation(text);
      current.title = split.title;
      if (partner) partner.title = split.title;
      if (split.organisation) {
        current.organisation = split.organisation;
        if (partner) partner.organisation = split.organisation;
        organisations.push(...split.organisations);
      } else titleOrganisations.push(...split.organisations);
      continue;
    }
    if (text.length <= 80 && (looksLikeOrganisation(text) || /^\p{Lu}/u.test(text))) {
      const parts = text.split(/,\s+/);
      // Lines under the title name the organisation, department first: "Børn og Familie, Vestby Kommune".
      const known = typeof current?.organisation === 'string' ? current.organisation : undefined;
      if (current && !known?.includes(text)) current.organisation = known ? `${known}, ${text}` : text;
      organisations.push(...(parts.some(looksLikeOrganisation) ? parts : [text]));
    }
  }
  // The organisation proper first ("Vestby Kommune" before its department "Børn og Familie").
  const unique = [...new Set(organisations)];
  // "Bestyrelsen, Vestby Roklub": a body named by a common noun alone is part of the named organisation.
  const generic = (name: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(name) && isOrganisationWord(name);
  const ranked = [
    ...unique.filter((o) => looksLikeOrganisation(o) && !generic(o)),
    ...unique.filter((o) => looksLikeOrganisation(o) && generic(o)),
    ...unique.filter((o) => !looksLikeOrganisation(o)),
  ];
  return { people: people.map(ordered), organisations: ranked, titleOrganisations };
}

/** A closing greeting of a few warm words on its own line: "Mange varme hilsner", "Sommerhilsner", "Warmest wishes". */
const WARM_CLOSING =
  /^(?:(?:med|mange|de|venlige?|varme|bedste|kærlige?|hjertelige?|glade?|solrige?|sportslige?|sommerlige?|festlige?)\s+){0,3}\p{L}*hils(?:en|ner|ener)[,.!]?$|^(?:(?:with\s+)?(?:warm|warmest|kind|kindest|best|all the best|many|warm and|sunny)\s+)+(?:wishes|regards|greetings)[,.!]?$/iu;

/** The first word of a line that says what the signer is: "Sekretær for …", "Frivilligkoordinator i …". */
const JOB_FIRST =
  /^\p{L}*(?:koordinator|konsulent|chef|leder|direktør|formand|sekretær|assistent|rådgiver|coordinator|manager|officer|director|adviser|advisor|consultant|secretary|chair|president|treasurer)$/iu;

/** "On behalf of the Board," / "På vegne af bestyrelsen": a closing on a line of its own, the signer below. */
const BEHALF_CLOSING = /^(?:på vegne af|on behalf of)\s+\p{L}.{0,60}[,.:]?$/iu;

/**
 * "Anna Holm (Vej og Park), Ole Bak (Byggesag) og Eva Lund (Miljø)": a line that only lists people, each perhaps
 * with a remark in brackets (their department). Two names or more.
 */
function nameList(text: string): Array<{ name: string; remark?: string }> | undefined {
  const parts = text
    .replace(/[.!]$/, '')
    // Not inside brackets: "(Vej og Park)" is one remark.
    .split(/(?:,\s*|\s+(?:og|and|&)\s+)(?![^()]*\))/)
    .map((part) => part.trim());
  if (parts.length < 2) return undefined;
  const listed: Array<{ name: string; remark?: string }> = [];
  for (const part of parts) {
    const match = /^(.+?)(?:\s*\(([^)]+)\))?$/.exec(part);
    const name = match ? findNames(match[1]!)[0] : undefined;
    if (!match || !name || name.index !== 0 || name.name !== match[1]!.trim() || looksLikeOrganisation(name.name)) return undefined;
    listed.push(match[2] ? { name: name.name, remark: match[2].trim() } : { name: name.name });
  }
  return listed;
}

/**
 * A letter closed without a greeting: its last block, of at most three short lines that are no sentences, one of
 * them names people. The line the block starts on.
 */
function closingNames(letter: Letter): number | undefined {
  const content = letter.lines.filter((line) => !line.blank && !line.furniture);
  const last = content[content.length - 1];
  if (!last) return undefined;
  const block = letter.blocks.find((b) => b.lines.some((line) => line.index === last.index));
  const lines = block?.lines.filter((line) => !line.blank) ?? [];
  if (lines.length === 0 || lines.length > 3 || lines.some((line) => line.text.length > 120 || /[.!?]$/.test(line.text))) return undefined;
  const names = lines.some((line) => nameList(line.text) !== undefined || (findNames(line.text)[0]?.index === 0 && line.text.length <= 60));
  return names ? lines[0]!.index : undefined;
}

const GREETING_WORDS =
  'med venlig hilsen|venlig hilsen|mvh\\.?|vh\\.?|kh\\.?|de bedste hilsner|bedste hilsner|mange hilsner|hilsen|kind regards|best regards|warm regards|regards|best wishes|best(?=,)|cheers';
/** "Mvh Karin", "Mange hilsner, Karin – 12 34 56 78", "Best, Anna Holm": a greeting with the signer on its line. */
const GREETING_AND_NAME = new RegExp(`^(?:${GREETING_WORDS})[,.!]?\\s+(\\p{Lu}.{0,60})$`, 'iu');

/**
 * A chatty e-mail is signed with the first name alone ("Karin"): it is the signer when the e-mail is from her
 * ("Fra: Eva Lind", whose full name it takes) or when her number or e-mail stands by it. The first signature line only.
 */
function givenName(letter: Letter, lines: Line[]): { index: number; end: number; name: string } | undefined {
  const first = lines[0];
  const word = first ? /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=$|[\s,–—-])/u.exec(first.text)?.[1] : undefined;
  if (!first || !word || looksLikeOrganisation(word)) return undefined;
  const from = letter.lines.find((line) => /^(fra|from)\s*:/i.test(line.text));
  const full = from ? findNames(from.text.replace(/^[^:]+:\s*/, ''))[0] : undefined;
  if (full && full.index === 0 && full.name.startsWith(`${word} `)) return { index: 0, end: word.length, name: full.name };
  const details = lines.slice(0, 3).some((line) => contactLine(line.text) !== undefined);
  return details ? { index: 0, end: word.length, name: word } : undefined;
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

/** A table column that says whom a person belongs to: "Parti", "Organisation", "Kommune". */
const ORGANISATION_COLUMN =
  /^(?:parti|partier|party|parties|organisation|organisationer|organization|forening|kommune|municipality|virksomhed|company|employer|arbejdsplads|institution|liste|list)$/iu;
/** Headings or columns that say the people in a table take part from the stage: candidates, panel, speakers. */
const SPEAKERS_WORD =
  /(?<![\p{L}])(?:kandidat\p{L}*|candidates?|panel\p{L}*|oplægsholder\p{L}*|speakers?|talere|debattører|debaters?|presenters?)(?![\p{L}])/iu;

/**
 * A table of people outside the programme ("| Parti | Kandidat |" / "| Venstre | Anne Vang, landmand |"): each
 * row a person, with the rest of the name's cell as their title and an organisation column as their organisation.
 * They speak when the table's header or the heading above it says they are candidates, a panel or speakers.
 */
function tablePeople(letter: Letter, skip: Set<number>): PersonInput[] {
  const found: PersonInput[] = [];
  const tables: Line[][] = [];
  let table: Line[] = [];
  for (const line of letter.lines) {
    if (line.cells && !skip.has(line.index)) table.push(line);
    else if (table.length > 0 && /^\s*\|[\s|:-]+\|\s*$/.test(line.raw)) continue;
    else if (table.length > 0) {
      tables.push(table);
      table = [];
    }
  }
  if (table.length > 0) tables.push(table);
  for (const rows of tables) {
    const [header, ...body] = rows;
    if (!header || body.length < 2) continue;
    const nameAt = (cell: string) => {
      const name = findNames(cell)[0];
      return name && name.index === 0 && /^(?:\s*,|\s*\(|\s*$)/u.test(cell.slice(name.end)) ? name : undefined;
    };
    const columns = header.cells!.length;
    const nameColumn = [...Array(columns).keys()].find(
      (column) => body.filter((row) => nameAt(row.cells![column] ?? '')).length >= Math.max(2, Math.ceil((body.length * 2) / 3)),
    );
    if (nameColumn === undefined) continue;
    const organisationColumn = header.cells!.findIndex((cell, column) => column !== nameColumn && ORGANISATION_COLUMN.test(cell));
    const heading = letter.lines
      .slice(0, header.index)
      .reverse()
      .find((line) => !line.blank && (line.heading > 0 || line.bold || line.allCaps));
    const speaking = SPEAKERS_WORD.test(header.cells!.join(' ')) || (heading !== undefined && SPEAKERS_WORD.test(heading.text));
    for (const row of body) {
      const cell = row.cells![nameColumn] ?? '';
      const name = nameAt(cell);
      if (!name) continue;
      const title = cell
        .slice(name.end)
        .replace(/^[\s,]+/, '')
        .trim();
      const organisation = organisationColumn >= 0 ? (row.cells![organisationColumn] ?? '').trim() : '';
      found.push(
        ordered({
          name: name.name,
          title: title || undefined,
          organisation: organisation || undefined,
          roles: speaking ? ['speaker'] : [],
        }),
      );
    }
  }
  return found;
}

/** A street with its number, then a postcode and town: an address line. */
const STREET_AND_POSTCODE = /^\p{Lu}[\p{L} .'-]*\s\d{1,4}\s?\p{L}?\b[^@]*?,?\s*(?:DK-)?\d{4}\s+\p{Lu}/u;

/** `days`: the meeting's dates (ISO), so a speaker of another day's session is not taken for this one's. */
export function findPeople(letter: Letter, programme: ProgrammeFound, days: readonly string[] = []): PeopleFound {
  const fromProgramme = programme.people.map((named) => person(named, named.role));
  /** "Logistics (registration, hotel): Ole Bak, …": what a contact answers for, their title if nothing else is. */
  const remits = new Map<string, string>();
  const contact = contacts(letter, programme.lines, remits);
  const signed = signature(letter);
  const legend = findInitialsLegend(letter, programme.lines);
  applyInitials(programme.items, legend);
  const people = mergePeople([
    ...fromProgramme,
    ...rolesInText(letter, programme.lines),
    ...titledInText(letter, programme.lines),
    ...proseSpeakers(letter, programme.lines, days).map(ordered),
    ...tablePeople(letter, programme.lines),
    ...contact.people,
    ...signed.people,
    ...legend.people.values(),
    ...peopleComing(letter, programme.lines),
  ]);
  describedInProse(letter, people);
  if (!people.some((p) => p.roles?.includes('contact'))) contactByFirstName(letter, programme.lines, people);
  // "… contact me directly" over a single signature: the signer is the contact.
  const signers = people.filter((p) => p.roles?.includes('signatory'));
  if (!people.some((p) => p.roles?.includes('contact')) && signers.length === 1 && writerIsContact(letter, programme.lines))
    signers[0]!.roles = [...(signers[0]!.roles ?? []), 'contact'];
  for (const p of people) if (!p.title && remits.has(p.name)) p.title = remits.get(p.name);
  return {
    people,
    contactDetails: contact.details,
    signatureOrganisations: signed.organisations,
    signatureTitleOrganisations: signed.titleOrganisations,
  };
}
