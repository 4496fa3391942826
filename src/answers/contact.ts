import { localText } from '../event/format';
import type { MeetingEvent } from '../event/model';
import type { ContactFacts, Lang } from '../i18n';

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

export function whomToAsk(event: MeetingEvent, lang: Lang): ContactFacts[] {
  const contacts = event.people.filter((person) => person.roles.includes('contact'));
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
  return organisations.map((organisation) => ({
    name: localText(event, organisation.name, lang).text,
    email: organisation.email ?? event.registration?.email,
    phone: organisation.phone,
    website: organisation.website ?? event.sender?.website,
  }));
}
