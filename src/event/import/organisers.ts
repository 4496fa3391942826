/**
 * Who invites and who sends. Organisers are named where the letter invites ("KL inviterer sammen med Vestby
 * Kommune", "Nordby Kommune inviterer", "Derfor inviterer KL …") or says who arranges ("organised by X in
 * cooperation with Y", "Arrangør: …"). The sender is the letterhead or e-mail header: "Fra: …", a footer with a
 * web address, a letterhead address block, the organisation under the signature.
 */
import type { EventFileInput } from '../schema';
import { findEmails, findPhones, findUrls } from './contactDetails';
import type { Letter } from './letter';
import { findDates } from './dates';
import { findNames, looksLikeOrganisation, organisationAt } from './names';
import { EVENT_KIND } from './title';
import { GREETING, type AddressFound } from './venue';

export type OrganisationInput = NonNullable<EventFileInput['organisers']>[number];

export interface OrganisersFound {
  organisers: OrganisationInput[];
  sender?: OrganisationInput;
  /** The person an e-mail is from ("Fra: Hanne Bro Jensen <hbj@…>"), with the address. */
  fromPerson?: { name: string; email?: string };
  /** Why a value is only a guess, for a `# CHECK:` comment. */
  doubt?: string;
}

const INVITES = /\b(inviterer|indbyder|invites|invite)\b/i;
const ORGANISED_BY = /\b(?:organi[sz]ed|arranged|hosted|arrangeret|arrangeres|afholdes|afholdt|planlagt|presented)\s+(?:by|af)\s+/gi;
const PARTNER =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?(?:sammen med|i samarbejde med|i fællesskab med|in (?:cooperation|collaboration|partnership) with|together with|and|og|&)\s+/i;
const ORGANISER_LABEL = /^(arrangør(?:er)?|medarrangør(?:er)?|organi[sz]ers?|organi[sz]ed by|arrangeret af|værter|hosts?)\s*:\s*(.+)$/i;
/** Words that start a sentence before "inviterer" without being who invites ("Derfor inviterer KL …"). */
const NOT_SUBJECTS =
  /^(derfor|hermed|nu|igen|så|også|dermed|endelig|atter|vi|we|i|og|and|today|i dag|i år|this year|you|du|de|they|hereby)$/i;

/** An organisation's name as organisers are written: a known kind of body, an acronym, or several capitalised words. */
function plausible(name: string | undefined): name is string {
  if (!name || NOT_SUBJECTS.test(name)) return false;
  return looksLikeOrganisation(name) || name.split(/\s+/).length >= 2;
}

/** The organisation named at `index`, and the partners listed after it ("… sammen med Vestby Kommune"). */
function withPartners(text: string, index: number): string[] {
  const names: string[] = [];
  let position = index;
  for (let guard = 0; guard < 4; guard++) {
    const name = organisationAt(text, position);
    if (!plausible(name)) break;
    names.push(name);
    const after = text.indexOf(name, position) + name.length;
    const partner = PARTNER.exec(text.slice(after));
    if (!partner) break;
    position = after + partner[0].length;
  }
  return names;
}

function inSentences(letter: Letter, skip: Set<number>): string[] {
  const names: string[] = [];
  for (const sentence of letter.sentences) {
    if (skip.has(sentence.line)) continue;
    const text = sentence.text;
    const invites = INVITES.exec(text);
    if (invites) {
      // "… Association cordially invites", "KL inviterer hermed": the adverb is no part of who invites.
      const subject = text
        .slice(0, invites.index)
        .trim()
        .replace(/\s+(?:\p{Ll}+ly|hermed|derfor|gerne|igen|hereby|also|også)$/u, '');
      const before = organisationAt(subject, 0);
      // "On 5th October the Northern Council for Town Libraries (NCTL) invites": the name that ends the subject.
      const bare = subject.replace(/\s*\([^()]{1,20}\)$/, '');
      const ending = [...bare.matchAll(/(?:^|\s)(?=\S)/g)]
        .map((match) => match.index + match[0].length)
        .find((index) => {
          // The name starts after a word in lower case ("… October the Nordic …").
          if (!/(?:^|\s)\p{Ll}+\s+$/u.test(bare.slice(0, index))) return false;
          const name = organisationAt(bare, index);
          return name !== undefined && bare.slice(index).replace(/^(?:the|det|den|de)\s+/i, '') === name && looksLikeOrganisation(name);
        });
      if (before === subject.replace(/^(?:the|det|den|de)\s+/i, '') && plausible(before)) names.push(...withPartners(text, 0));
      else if (ending !== undefined && ending > 0) names.push(...withPartners(text, ending));
      // "…, og som vi plejer, inviterer Nordby Borgerforening til …": after a clause the Danish verb comes before its subject.
      else if (!before || NOT_SUBJECTS.test(subject) || /,$/.test(subject))
        names.push(...withPartners(text, invites.index + invites[0].length + 1));
    }
    for (const organised of text.matchAll(ORGANISED_BY)) names.push(...withPartners(text, organised.index + organised[0].length));
  }
  for (const line of letter.lines) {
    const label = ORGANISER_LABEL.exec(line.text);
    if (label)
      names.push(
        ...label[2]!
          .split(/,\s*|\s+(?:og|and|&)\s+/)
          .map((name) => name.trim())
          .filter((name) => plausible(name) || /^\p{Lu}/u.test(name)),
      );
  }
  return names;
}

/** The opening greeting of a letter, with or without its comma. */
const SALUTATION = /^(?:kære|dear|hej|hi|hello|goddag|til alle|to all)(?![\p{L}])/iu;

const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\d]/gu, '');
const acronym = (name: string): string =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!.toLowerCase())
    .join('');

/** "www.kl.dk" belongs to "KL"; "nef2027.dk" to "Nordic Education Forum"? Only a plain match counts. */
function domainMatches(website: string, name: string): boolean {
  const host = website
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .split(/[/.]/)[0]!
    .toLowerCase();
  return host === key(name) || (host.length >= 2 && host === acronym(name));
}

/** The letterhead at the top: "Vestby Kommune" / "Børn og Unge", "Nordby Kommune · Social og Sundhed". */
function letterheadOrganisation(letter: Letter): string | undefined {
  const top = letter.lines.filter((line) => !line.blank && !line.furniture).slice(0, 4);
  for (const line of top) {
    // "Kære alle seniorer i Vestby Kommune": the salutation names those invited, and the letterhead is above it.
    if (SALUTATION.test(line.text)) return undefined;
    if (line.text.length > 60 || /^[\p{L} .-]+:/u.test(line.text) || findDates(line.text).length > 0 || line.heading > 0) return undefined;
    const first = line.text.split(/\s[·|•]\s|\s{3,}/)[0]!.trim();
    // "FORFATTERAFTEN PÅ HOVEDBIBLIOTEKET": a heading naming the gathering, not who sends the letter.
    if (EVENT_KIND.test(first)) continue;
    if (looksLikeOrganisation(first) && !/\d/.test(first) && findNames(first).every((span) => looksLikeOrganisation(span.name)))
      return first;
  }
  return undefined;
}

export interface Signed {
  organisations: string[];
  /** From title lines ("Koordinator, NetVest"). */
  titleOrganisations: string[];
}

function senderFrom(
  letter: Letter,
  organisers: string[],
  signed: Signed,
  addresses: AddressFound[],
  venueLine: number | undefined,
): { sender?: OrganisationInput; fromPerson?: { name: string; email?: string } } {
  let fromPerson: { name: string; email?: string } | undefined;
  // An e-mail header: "Fra: Klimanetværk Vest <info@…>"; from a person, the sender is the organisation they sign for.
  const from = letter.lines.find((line) => /^(fra|from|afsender|sender)\s*:/i.test(line.text));
  if (from) {
    const rest = from.text.replace(/^[^:]+:\s*/, '');
    const email = findEmails(rest)[0]?.value;
    const name = rest
      .replace(/<[^>]*>|\S+@\S+|\[mailto:[^\]]*\]/g, '')
      .replace(/["“”]/g, '')
      .trim();
    const person = findNames(name)[0];
    if (name && person && person.index === 0 && person.name === name && !looksLikeOrganisation(name)) {
      fromPerson = email ? { name, email } : { name };
      const organisation = letterheadOrganisation(letter) ?? signed.organisations[0] ?? signed.titleOrganisations[0];
      return { sender: organisation ? { name: organisation } : undefined, fromPerson };
    }
    if (name) return { sender: { name, ...(email ? { email } : {}) } };
  }
  // A footer or header with a web address: "Nordic Network for Teacher Education · nef2027.dk   Page 1 of 2".
  for (const line of letter.lines.filter((l) => l.furniture)) {
    const parts = line.text.split(/\s[·|•]\s|\s{3,}|\s[–—]\s/).map((part) => part.trim());
    const website = parts.map((part) => findUrls(part)[0]?.value).find(Boolean);
    const name = parts.find((part) => !findUrls(part).length && looksLikeOrganisation(part) && !/\d/.test(part));
    if (website && name) return { sender: { name, website } };
  }
  // A letterhead: a web address alone on a line, an address block near it, the organiser the domain belongs to.
  const websiteLine = letter.lines.find((line) => /^(?:https?:\/\/|www\.)\S+$/i.test(line.text) && findUrls(line.text).length === 1);
  const website = websiteLine ? findUrls(websiteLine.text)[0]!.value : undefined;
  const letterhead = websiteLine
    ? addresses.find(
        (address) => address.line !== venueLine && Math.abs(address.lastLine - websiteLine.index) <= 6 && address.lastLine > address.line,
      )
    : undefined;
  const named = website ? organisers.find((name) => domainMatches(website, name)) : undefined;
  const name = named ?? letterheadOrganisation(letter) ?? signed.organisations[0];
  if (!name) return footerSender(letter, addresses, venueLine);
  const sender: OrganisationInput = { name };
  if (website && (named || signed.organisations.length > 0)) sender.website = website;
  if (letterhead) sender.address = letterhead.text;
  return { sender };
}

/**
 * A footer under the signature: "Vestbyskolen · Skolegade 2 · 9990 Vestby" / "Tlf. 12 34 56 78 ·
 * www.vestbyskolen.dk": the organisation's name, address, phone and web address.
 */
function footerSender(letter: Letter, addresses: AddressFound[], venueLine: number | undefined): { sender?: OrganisationInput } {
  const greeting = letter.lines.findIndex((line) => GREETING.test(line.text));
  if (greeting < 0) return {};
  const footer = addresses.filter((address) => address.line > greeting && address.line !== venueLine);
  const address = footer[0];
  const name = address?.before.trim();
  if (
    footer.length !== 1 ||
    !address ||
    !name ||
    !looksLikeOrganisation(name) ||
    findNames(name).some((span) => !looksLikeOrganisation(span.name))
  )
    return {};
  const sender: OrganisationInput = { name, address: address.text };
  const below = letter.lines.slice(address.lastLine + 1, address.lastLine + 3).map((line) => line.text);
  const website = below.map((text) => findUrls(text)[0]?.value).find(Boolean);
  const phone = below.map((text) => findPhones(text)[0]?.value).find(Boolean);
  if (website) sender.website = website;
  if (phone) sender.phone = phone;
  return { sender };
}

export function findOrganisers(
  letter: Letter,
  skip: Set<number>,
  signed: Signed,
  addresses: AddressFound[],
  venueLine: number | undefined,
): OrganisersFound {
  const names: string[] = [];
  for (const name of inSentences(letter, skip)) if (!names.some((known) => key(known) === key(name))) names.push(name);
  const { sender, fromPerson } = senderFrom(letter, names, signed, addresses, venueLine);
  const organisers: OrganisationInput[] = names.map((name) => {
    const organiser: OrganisationInput = { name };
    if (sender && typeof sender.name === 'string' && key(sender.name) === key(name) && sender.website) organiser.website = sender.website;
    return organiser;
  });
  if (organisers.length === 0 && sender) {
    return {
      organisers: [{ name: sender.name }],
      sender,
      fromPerson,
      doubt: 'the letter does not say who invites; the sender is assumed to be the organiser',
    };
  }
  return { organisers, sender, fromPerson };
}
