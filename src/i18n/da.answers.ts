import type { AnswerMessages } from './answers.types';
import { contactLine, listOf } from './shared';
import type { ContactFacts } from './types';

const contactText = (c: ContactFacts) => contactLine(c, { email: 'e-mail', phone: 'telefon' });
const contacts = (list: ContactFacts[]) => (list.length === 0 ? 'arrangøren' : listOf(list.map(contactText), 'da', 'disjunction'));
const itemName = (label: string) => `punkt ${label}`;
const LANGUAGE = { da: 'dansk', en: 'engelsk' } as const;

/** Danish answers to questions about the meeting. */
export const daAnswers: AnswerMessages = {
  when: (dateAndTime, relative, state) =>
    state === 'past'
      ? `Mødet blev holdt ${dateAndTime} (${relative}).`
      : state === 'ongoing'
        ? `Mødet er i gang nu: ${dateAndTime}.`
        : `Mødet er ${dateAndTime} – det er ${relative}.`,
  noTimeStated: 'Invitationen nævner intet klokkeslæt.',
  day: (number, dateAndTime) => `Dag ${number} er ${dateAndTime}.`,
  sessions: (lines) => `Mødet holdes ${lines.length} gange – du deltager på én af datoerne:\n${lines.join('\n')}`,
  session: (label, dateAndTime) => `${label} er ${dateAndTime}.`,
  sessionNumber: (number, dateAndTime) => `Dato nr. ${number} er ${dateAndTime}.`,
  sessionLine: (label, fact) => (label ? `• ${label}: ${fact}` : `• ${fact}`),
  sessionDeadlines: (lines) => `Tilmeldingsfristen afhænger af datoen:\n${lines.join('\n')}`,
  sessionPlaces: (lines) => `Stedet afhænger af datoen:\n${lines.join('\n')}`,
  sessionMatches: (label, dateAndTime, others) =>
    `Ja – ${label ? `${label} er` : 'mødet holdes'} ${dateAndTime}.${others > 0 ? ` Mødet holdes også på ${others === 1 ? 'en anden dato' : `${others} andre datoer`}; du deltager på én af dem.` : ''}`,
  dayEnd: (number, time, date) => `Dag ${number} slutter kl. ${time} (${date}).`,
  dayProgramme: (number, lines) => `Dag ${number}:\n${lines.join('\n')}`,
  end: (time, date) => `Mødet slutter kl. ${time} (${date}).`,
  duration: (duration, from, to) => `Mødet varer ${duration}, fra kl. ${from} til kl. ${to}.`,
  weekday: (weekday, dateAndTime) => `Mødet er en ${weekday}: ${dateAndTime}.`,
  where: (venue, address, room) =>
    !venue && !address && room
      ? `Mødet foregår i ${room}.`
      : `Mødet foregår på ${[venue, address].filter(Boolean).join(', ')}${room ? ` (${room})` : ''}.`,
  online: (name, url) => `Mødet foregår online${name ? ` (${name})` : ''}.${url ? ` Link: ${url}` : ''}`,
  postalCode: (code, city) => `Postnummeret er ${code}${city ? ` ${city}` : ''}.`,
  city: (city, where) => `Mødet er i ${city}. ${where}`,
  room: (room) => `Invitationen skriver om lokalet: ${room}`,
  programmeHeading: (title, dateAndTime) => `Program for ${title}, ${dateAndTime}:`,
  programmeItem: (number, time, title, by) =>
    `${number !== undefined ? `${number}. ` : ''}${time ? `${time} ` : ''}${title}${by ? ` v/ ${by}` : ''}`,
  subItem: (title) => `   – ${title}`,
  item: (label, title, by, time, subItems, day) =>
    `${itemName(label)[0]!.toUpperCase()}${itemName(label).slice(1)}${time || day ? ` (${[day, time ? `kl. ${time}` : undefined].filter(Boolean).join(', ')})` : ''}: ${title}${by ? ` v/ ${by}` : ''}${subItems.length ? `\n${subItems.map((s) => `   – ${s}`).join('\n')}` : ''}`,
  itemLabel: (label, title, time) => `- ${itemName(label)}: ${title}${time ? ` (kl. ${time})` : ''}`,
  itemBy: (label, title, by) => `- ${itemName(label)} (${title}): ${by}`,
  itemSays: (label, title, text) => `- ${itemName(label)} (${title}): „${text}“`,
  itemRoom: (label, title, room) => `- ${itemName(label)} (${title}) er i lokale ${room}`,
  itemAt: (label, title, start, end, day) => `- ${itemName(label)} (${title}): ${day ? `${day} ` : ''}kl. ${start}${end ? `–${end}` : ''}`,
  itemEnds: (label, title, end) => `- ${itemName(label)} (${title}) slutter kl. ${end}`,
  itemLasts: (label, title, duration, from, to) => `- ${itemName(label)} (${title}) varer ${duration}, kl. ${from}–${to}`,
  noPersonNamed: (items) => `Invitationen nævner ikke, hvem der gør det – kun organisationen:\n${items.join('\n')}`,
  itemNotStated: (what, items, meeting) =>
    `Invitationen siger ikke, ${what === 'time' ? 'hvornår' : 'hvem der står for'} ${listOf(
      items.map((i) => `${itemName(i.label)} (${i.title})`),
      'da',
    )}${what === 'time' ? ` – den giver kun tiden for hele mødet: ${meeting}` : ''}.`,
  itemsBefore: (lines) => `Inden da står der på programmet:\n${lines.join('\n')}`,
  itemsFirst: (lines) => `Programmet begynder med:\n${lines.join('\n')}`,
  programmeBegins: (time, title) => `Selve programmet begynder kl. ${time}: ${title}.`,
  itemsFrom: (lines) => `Programmet derfra:\n${lines.join('\n')}`,
  noSuchItem: (count) =>
    count === 0 ? 'Invitationen har intet nummereret program.' : `Programmet har ${count} punkter – det punkt findes ikke.`,
  times: (start, end) => `Mødet begynder kl. ${start}${end ? ` og slutter kl. ${end}` : ''}.`,
  speakers: (lines) => `Ifølge programmet:\n${lines.join('\n')}`,
  role: (role, people) => `${listOf(people, 'da')} er ${{ chair: 'mødeleder', moderator: 'ordstyrer', host: 'vært' }[role]}.`,
  titledPeople: (people) => `Invitationen nævner ${listOf(people, 'da')}.`,
  roleNotStated: (role, items) =>
    `Invitationen siger ikke, hvem der er ${{ chair: 'mødeleder', moderator: 'ordstyrer', host: 'vært' }[role]}. Den nævner disse ved programpunkterne:\n${items.join('\n')}`,
  person: (line, items, contact) =>
    `${line}.${items.length ? `\nIfølge programmet:\n${items.join('\n')}` : ''}${contact ? `\nKontakt: ${contact}` : ''}`,
  organisers: (names) => `Mødet arrangeres af ${listOf(names, 'da')}.`,
  audience: (text) => `Invitationen skriver om, hvem der er inviteret: ${text}`,
  purpose: (texts) => texts.join('\n\n'),
  background: (text) => `Baggrunden ifølge invitationen: ${text}`,
  ownTopics: (text, item) => `${text}${item ? ` (programpunkt ${item})` : ''}`,
  signUpWays: (ways) => {
    const said = signUpWaysSaid(ways);
    return said ? `Du tilmelder dig ${said}.` : '';
  },
  cancelWays: (ways) => {
    const said = signUpWaysSaid(ways);
    return said ? `Tilmeldingen foregår ${said}.` : '';
  },
  replyTo: ({ url, email, phone }, owner) => {
    const ways = [
      email ? `på e-mail til ${email}${owner ? ` (${owner})` : ''}` : undefined,
      url ? `via ${url}` : undefined,
      phone ? `på telefon ${phone}` : undefined,
    ].filter(Boolean);
    return `Du svarer ${listOf(ways as string[], 'da', 'disjunction')}.`;
  },
  addressNotStated: (venue, where) => `Invitationen giver ikke adressen på ${venue}. ${where}`,
  signUpStillOpen: 'Ja – tilmeldingen er åben.',
  signUpInChat: 'Du kan også tilmelde dig her i chatten – skriv „tilmeld mig“.',
  signUpPerPart: (other) => `Man tilmelder sig hver del for sig. Invitationen skriver${other ? ` (på ${LANGUAGE[other]})` : ''}:`,
  signUpClosed: (reason, when) =>
    ({
      notOffered: 'Invitationen siger ikke noget om tilmelding.',
      notRequired: 'Der er ingen tilmelding.',
      deadline: `Tilmeldingsfristen var ${when}, så tilmeldingen er lukket.`,
      started: 'Tilmeldingen er lukket, fordi mødet er begyndt.',
      past: `Mødet er holdt (${when}), så tilmeldingen er lukket.`,
    })[reason],
  signUpNotRequired: (text) => `Du behøver ikke at tilmelde dig.${text ? ` Invitationen skriver: „${text}“` : ''}`,
  deadline: (date, passed) => (passed ? `Tilmeldingsfristen var ${date} – den er overskredet.` : `Tilmeldingsfristen er ${date}.`),
  noDeadline: (meeting) => `Invitationen nævner ingen tilmeldingsfrist. Tilmeldingen lukker senest, når mødet begynder (${meeting}).`,
  capacity: (seats) => `Der er plads til ${seats} deltagere.`,
  noWaitingListStated: (seats) => `Invitationen nævner ikke en venteliste. Der er plads til ${seats} deltagere.`,
  waitingListCountNotStated: (said, original) =>
    `Invitationen siger ikke, hvor mange der står på venteliste. Den skriver${original ? ` (på ${LANGUAGE[original]})` : ''}: „${said}“`,
  contact: (list) => (list.length === 0 ? 'Invitationen nævner ingen kontaktperson.' : `Du kan kontakte ${contacts(list)}.`),
  noContactPerson: (list, signatories = []) =>
    `Invitationen nævner ingen kontaktperson.${signatories.length ? ` Den er underskrevet af ${listOf(signatories, 'da')}.` : ''}${list.length ? ` Spørg ${contacts(list)}.` : ''}`,
  signerToContact: (list) => `Invitationen nævner ingen kontaktperson, men den er underskrevet af ${listOf(list.map(contactText), 'da')}.`,
  signatory: (names) => `Invitationen er underskrevet af ${listOf(names, 'da')}.`,
  sentBy: (sender, signatories) =>
    `Invitationen er sendt af ${sender}${signatories.length ? ` og underskrevet af ${listOf(signatories, 'da')}` : ''}.`,
  otherMeeting: (date, where) => `Invitationen handler om mødet ${date} og siger ikke noget om et møde i ${where}.`,
  notDefined: (thing, said) => `Invitationen forklarer ikke, hvad ${thing} er – den nævner det kun her:\n${said}`,
  townNotStated: (where) => `Invitationen skriver ikke, hvilken by det er i. ${where}`,
  notStatedThen: (what, fact) => `Invitationen siger ikke noget om ${what}. ${fact}`,
  letterDate: (date, sender) => `Invitationen${sender ? ` fra ${sender}` : ''} er dateret ${date}.`,
  forwardedBy: (name, details) => `Invitationen er videresendt af ${name}${details.length ? ` (${details.join(', ')})` : ''}.`,
  forwardedOn: (name, date) => `${name} videresendte invitationen ${date}.`,
  sender: (name, address, website) =>
    address
      ? `${name}s adresse er ${address}${website ? ` (${website})` : ''}.`
      : `Invitationen giver ikke ${name}s adresse${website ? ` – kun ${website}` : ''}.`,
  title: (title) => `Mødet hedder „${title}“.`,
  practical: (topic, fact) => {
    switch (topic) {
      case 'arrival':
        return fact.time ? `Dørene åbner kl. ${fact.time}.` : undefined;
      case 'price':
        return fact.free
          ? 'Det er gratis at deltage.'
          : fact.amount !== undefined
            ? `Prisen er ${fact.currency ?? 'kr.'} ${fact.amount.toLocaleString('da-DK')}.`
            : undefined;
      case 'parking':
        return fact.free ? 'Parkering er gratis.' : undefined;
      case 'accessibility':
        return (
          [fact.wheelchair ? 'Der er adgang for kørestol.' : undefined, fact.hearingLoop ? 'Der er teleslynge.' : undefined]
            .filter(Boolean)
            .join(' ') || undefined
        );
      case 'online':
        return fact.url ? `Link: ${fact.url}` : undefined;
      case 'accommodation':
        return fact.bookingCode ? `Bookingkode: ${fact.bookingCode}` : undefined;
      default:
        return undefined;
    }
  },
  roleCheck: (holds, fact) => `${holds ? 'Ja' : 'Nej'}. ${fact}`,
  letterSays: (text, original) => (original ? `Invitationen skriver (på ${LANGUAGE[original]}): „${text}“` : text),
  notStatedButSays: (words, said, original) =>
    `Invitationen siger ikke noget om ${listOf(words, 'da')}. Den skriver${original ? ` (på ${LANGUAGE[original]})` : ''}: „${said}“`,
  notAnsweredBy: (words, said, list) =>
    `Invitationen siger ikke noget om ${listOf(words, 'da')}, så det kan jeg ikke svare på – spørg ${contacts(list)}. Det, den skriver, er:\n${said}`,
  askedNotSaid: (asked, said, list) => {
    const what =
      asked.kind === 'currency'
        ? `Invitationen giver ikke noget beløb i ${asked.currency}`
        : asked.kind === 'free'
          ? `Invitationen siger ikke, om ${asked.thing} er gratis`
          : asked.kind === 'total'
            ? 'Invitationen giver ikke noget tal i alt'
            : asked.kind === 'price'
              ? `Invitationen siger ikke, hvad ${asked.thing} koster`
              : asked.kind === 'discount'
                ? `Invitationen nævner ikke nogen ${asked.word || 'rabat'}${asked.rest ? ` ${asked.rest}` : ''}`
                : `Invitationen siger ikke, om ${asked.party} er inviteret eller deltager`;
    return `${what}, så det kan jeg ikke svare på – spørg ${contacts(list)}. Det, den skriver, er:\n${said}`;
  },
  noContactDetails: (person, list) =>
    `Invitationen giver ikke kontaktoplysninger på ${person}.${list.length ? ` Spørg ${contacts(list)}.` : ''}`,
  faq: (answer, original) => (original ? `Arrangørerne svarer (på ${LANGUAGE[original]}): „${answer}“` : `Arrangørerne svarer: ${answer}`),
  passage: (quote, other) => `Invitationen skriver${other ? ' (på engelsk)' : ''}: „${quote}“`,
  passageWithSite: (quote, site, other) => `Invitationen skriver${other ? ' (på engelsk)' : ''}: „${quote}“\nHjemmesiden er ${site}.`,
  numericDate: (written, date) => `(${written} er ${date}.)`,
  letterDeadline: (quote, other) => `Selve den videresendte invitation skriver${other ? ' (på engelsk)' : ''}: „${quote}“`,
  joinDetails: (platform, quote, other) => `Til ${platform}-mødet skriver invitationen${other ? ' (på engelsk)' : ''}: „${quote}“`,
  dontKnow: (list) => `Det står der ikke noget om i invitationen, så det ved jeg desværre ikke. Spørg ${contacts(list)}.`,
  partlyUnknown: (topics, list) => {
    const named = topics.filter((topic): topic is string => Boolean(topic));
    return `${named.length ? `Om ${listOf([...new Set(named)], 'da')} står der ikke noget i invitationen` : 'Resten af dit spørgsmål står der ikke noget om i invitationen'} – spørg ${contacts(list)}.`;
  },
  datesInOwnLanguage: (dates) => `(På dansk: ${listOf(dates, 'da')}.)`,
  quotedInOriginal: (language) => `(Invitationen er skrevet på ${LANGUAGE[language]}, så jeg citerer den på ${LANGUAGE[language]}.)`,
  yes: (fact) => `Ja – ${fact[0]!.toLowerCase()}${fact.slice(1)}`,
  no: (fact) => `Nej – ${fact[0]!.toLowerCase()}${fact.slice(1)}`,
  which: (fact) => fact,
  topicLabels: {
    time: 'tidspunktet',
    bring: 'hvad man skal have med',
    menu: 'hvad der serveres',
    parking: 'parkering',
    food: 'mad og drikke',
    price: 'pris',
    accessibility: 'tilgængelighed',
    online: 'online-deltagelse',
    language: 'sproget',
    accommodation: 'overnatning',
    dressCode: 'påklædning',
    cancellation: 'afbud',
    travel: 'transport',
    arrival: 'ankomst',
    deadline: 'tilmeldingsfrist',
    capacity: 'antal pladser',
    end: 'sluttidspunktet',
    duration: 'varigheden',
    chair: 'mødelederen',
    moderator: 'ordstyreren',
    room: 'lokalet',
    postalCode: 'postnummeret',
    audience: 'hvem der er inviteret',
    purpose: 'formålet',
    background: 'baggrunden',
    ownTopics: 'egne emner',
    organisers: 'arrangøren',
    signUp: 'tilmelding',
    speakers: 'talerne',
    items: 'programpunktet',
  },
};

/** The sign-up's ways (link, e-mail, phone) as one phrase: "via x eller på telefon y". */
function signUpWaysSaid({ url, email, phone, owner }: { url?: string; email?: string; phone?: string; owner?: string }): string {
  const whose = owner ? ` (${owner})` : '';
  const ways = [
    url ? `via ${url}` : undefined,
    email ? `på e-mail til ${email}${whose}` : undefined,
    phone ? `på telefon ${phone}${email ? '' : whose}` : undefined,
  ].filter(Boolean);
  return ways.length ? listOf(ways as string[], 'da', 'disjunction') : '';
}
