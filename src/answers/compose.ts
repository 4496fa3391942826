import type { DateTime } from 'luxon';
import {
  endOf,
  formatDate,
  formatDuration,
  formatPlainDate,
  formatRelative,
  formatTime,
  formatWeekday,
  formatWhen,
  meetingState,
  startOf,
} from '../event/format';
import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/schema';
import { messages, type ContactFacts, type Lang } from '../i18n';
import { ORGANISER_INTENTS, type Intent } from '../understanding/lexicon';
import type { Understanding } from '../understanding/recognizer';

/** A reply as plain data; the bot turns it into activities. */
export interface Answer {
  text: string;
  /** Show the programme card beside the text. */
  programmeCard?: boolean;
  /** The intents this answer covers, for logs and tests (never the user's words). */
  intents: Array<Intent | 'passage' | 'dontKnow'>;
}

export function contactFacts(event: MeetingEvent, lang: Lang): ContactFacts {
  return {
    name: event.contact.name,
    title: event.contact.title?.[lang],
    organisation: event.contact.organisation,
    website: event.sender.website,
    email: event.contact.email,
    phone: event.contact.phone,
  };
}

function addressLine(address: MeetingEvent['venue']['address']): string {
  return `${address.street}, ${address.postalCode} ${address.city}`;
}

/**
 * Sentences that depend on nothing but the event and the language, made once per event (an event is never changed
 * after loading): luxon's time-zone arithmetic behind the dates costs more than understanding the question.
 */
const fixed = perEvent<string>();

/** The sentence for one intent, from the event data alone (and, for "when", the clock). */
export function answerIntent(intent: Intent, event: MeetingEvent, lang: Lang, now: DateTime): string {
  // Only "when" says how far away the meeting is; every other answer is fixed for the event and language.
  if (intent === 'when') {
    return messages(lang).when(formatWhen(event, lang), formatRelative(event, now, lang), meetingState(event, now));
  }
  return fixed(event, `intent:${lang}:${intent}`, () => fixedAnswer(intent, event, lang));
}

function fixedAnswer(intent: Exclude<Intent, 'when'>, event: MeetingEvent, lang: Lang): string {
  const m = messages(lang);
  const title = event.title[lang];
  switch (intent) {
    case 'endTime':
      return m.endTime(formatTime(endOf(event), lang), formatDate(endOf(event), lang));
    case 'weekday':
      return m.weekday(formatWeekday(event, lang), formatWhen(event, lang));
    case 'duration':
      return m.duration(formatDuration(event, lang), formatTime(startOf(event), lang), formatTime(endOf(event), lang));
    case 'where':
      return m.where(event.venue.name[lang], addressLine(event.venue.address));
    case 'programme':
      return programmeText(event, lang);
    case 'audience':
      return m.audience(
        event.audience.map((a) => a[lang]),
        event.invitedSummary[lang],
      );
    case 'organisers':
      return m.organisers(event.organisers.map((o) => o[lang]));
    case 'chair':
      return m.chair(
        event.chair.name,
        event.chair.title?.[lang],
        event.programme.filter((item) => item.leader?.[lang].includes(event.chair.name)).map((item) => item.number),
      );
    case 'purpose':
      return m.purpose(event.purpose[lang], event.focus[lang]);
    case 'background':
      return m.background(event.background.map((b) => b[lang]));
    case 'ownTopics':
      return m.ownTopics(event.ownTopics.allowed, event.ownTopics.programmeItem);
    case 'registrationLink':
      return m.registrationLink(event.registration.url);
    case 'signUp':
      return m.signUp(event.registration.url);
    case 'letterDate':
      return m.letterDate(formatPlainDate(event.letterDate, lang), event.sender.organisation);
    case 'klAddress': {
      const a = event.sender.address;
      const lines = [a.street, a.postBox, `${a.postalCode} ${a.city}`].filter((line): line is string => Boolean(line));
      return m.senderAddress(event.sender.organisation, lines, event.sender.website);
    }
    case 'contact':
      return m.contact(contactFacts(event, lang));
    case 'myRegistration':
    case 'changeRegistration':
    case 'cancelRegistration':
    case 'deleteData':
      // Handled by the dialogs; reached only when composing without them (benchmarks).
      return m.help(title);
    case 'orgCount':
    case 'orgBreakdown':
    case 'orgList':
    case 'orgExport':
    case 'orgTopics':
      // Organisers are answered by the dialogs after authorisation; anyone else learns nothing.
      return m.organiser.notOrganiser(contactFacts(event, lang));
    case 'greeting':
      return m.greeting(title);
    case 'help':
      return m.help(title);
    case 'thanks':
      return m.thanks;
  }
}

export function programmeText(event: MeetingEvent, lang: Lang): string {
  const m = messages(lang);
  const lines = event.programme.flatMap((item) => [
    m.programmeItem(item.number, item.title[lang], item.leader?.[lang]),
    ...item.subItems.map((sub) => `   - ${sub[lang]}`),
  ]);
  return `${m.programmeHeading(event.title[lang], formatWhen(event, lang))}\n${lines.join('\n')}`;
}

/** Turns an understanding into one answer: every intent answered in order, or an honest "I don't know". */
export function composeAnswer(understanding: Understanding, event: MeetingEvent, now: DateTime): Answer {
  const { lang } = understanding;
  const m = messages(lang);
  if (understanding.intents.some((intent) => (ORGANISER_INTENTS as readonly string[]).includes(intent))) {
    return { text: m.organiser.notOrganiser(contactFacts(event, lang)), intents: ['dontKnow'] };
  }
  if (understanding.intents.length > 0) {
    const parts = understanding.intents.map((intent) => answerIntent(intent, event, lang, now));
    if (understanding.unknownTopic) parts.push(m.partlyUnknown);
    return {
      text: parts.join('\n\n'),
      programmeCard: understanding.intents.includes('programme'),
      intents: understanding.intents,
    };
  }
  if (understanding.passage) {
    return { text: m.passage(understanding.passage.text, lang !== event.sourceLanguage), intents: ['passage'] };
  }
  return { text: m.dontKnow(contactFacts(event, lang)), intents: ['dontKnow'] };
}
