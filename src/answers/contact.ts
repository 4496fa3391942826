import { localText } from '../event/format';
import type { MeetingEvent } from '../event/model';
import type { ContactFacts, Lang } from '../i18n';
import { glossaryForms } from '../understanding/glossary';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';

/**
 * Whom to ask about what the invitation does not say: the event's contact people; else its organisers (with
 * their details where the letter gives them); else the sender. Never a speaker or the person who signed the letter
 * just because they are named.
 */
/** Those who signed the letter with an e-mail or phone of their own: whom to ask when the letter names no contact. */
export function reachableSigners(event: MeetingEvent, lang: Lang): ContactFacts[] {
  return event.people
    .filter((person) => person.roles.includes('signatory') && (person.email || person.phone))
    .map((person) => ({
      name: person.name,
      title: person.title ? localText(event, person.title, lang).text : undefined,
      organisation: person.organisation ? localText(event, person.organisation, lang).text : undefined,
      email: person.email,
      phone: person.phone,
    }));
}

/**
 * "who do I contact about the hotel?" of a letter with a contact for the programme and one for "registration, hotel,
 * transport": the contacts whose own line of the letter (or the line before it) names what is asked about, when
 * that leaves some out; else undefined (all contacts answer).
 */
export function contactsAbout(event: MeetingEvent, about: readonly string[]): MeetingEvent['people'] | undefined {
  const contacts = event.people.filter((person) => person.roles.includes('contact'));
  if (contacts.length < 2 || about.length === 0) return undefined;
  const asked = new Set(about.flatMap((word) => [...glossaryForms(word)].map(stemWord)).filter((stem) => stem.length >= 3));
  const names = (stem: string) =>
    asked.has(stem) || [...asked].some((own) => own.length >= 4 && stem.length >= 4 && (stem.startsWith(own) || own.startsWith(stem)));
  const lines = event.text.split('\n').map((line) => foldWord(line.toLowerCase()));
  const marksOf = (person: (typeof contacts)[number]) =>
    [person.name, person.email, person.phone].filter((mark): mark is string => !!mark).map((mark) => foldWord(mark.toLowerCase()));
  const anyContact = (line: string) => contacts.some((person) => marksOf(person).some((mark) => line.includes(mark)));
  const chosen = contacts.filter((person) => {
    const marks = marksOf(person);
    // The line before counts as a heading of the contact's line ("Spørgsmål om fakturering:"), not when it is
    // another contact's own line.
    return lines.some(
      (line, i) =>
        marks.some((mark) => line.includes(mark)) &&
        [line, i > 0 && !anyContact(lines[i - 1]!) ? lines[i - 1]! : ''].some((text) =>
          tokenize(text).some((token) => names(stemWord(token.folded))),
        ),
    );
  });
  return chosen.length > 0 && chosen.length < contacts.length ? chosen : undefined;
}

export function whomToAsk(event: MeetingEvent, lang: Lang, only?: MeetingEvent['people']): ContactFacts[] {
  const contacts = only ?? event.people.filter((person) => person.roles.includes('contact'));
  if (contacts.length > 0) {
    return contacts.map((person) => ({
      name: person.name,
      title: person.title ? localText(event, person.title, lang).text : undefined,
      organisation: person.organisation ? localText(event, person.organisation, lang).text : undefined,
      email: person.email,
      phone: person.phone,
    }));
  }
  const organisations = event.organisers.length > 0 ? event.organisers : event.sender ? [event.sender] : [];
  // The organiser that also sends the letter: the e-mail and phone the letter gives for the sender are its own
  // ("If you have any questions, please contact the seminar organisers at …").
  const named = (organisation: (typeof organisations)[number]) => localText(event, organisation.name, lang).text;
  const sender = (organisation: (typeof organisations)[number]) =>
    event.sender && named(event.sender) === named(organisation) ? event.sender : undefined;
  return organisations.map((organisation) => ({
    name: localText(event, organisation.name, lang).text,
    email: organisation.email ?? sender(organisation)?.email ?? event.registration?.email,
    phone: organisation.phone ?? sender(organisation)?.phone,
    website: organisation.website ?? event.sender?.website,
  }));
}
