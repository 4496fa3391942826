import type { AnswerMessages } from './answers.types';
import { contactLine, listOf } from './shared';
import type { ContactFacts } from './types';

const contactText = (c: ContactFacts) => contactLine(c, { email: 'e-mail', phone: 'phone' });
const contacts = (list: ContactFacts[]) => (list.length === 0 ? 'the organiser' : listOf(list.map(contactText), 'en', 'disjunction'));
const itemName = (label: string) => `item ${label}`;
const LANGUAGE = { da: 'Danish', en: 'English' } as const;

/** English answers to questions about the meeting. */
export const enAnswers: AnswerMessages = {
  when: (dateAndTime, relative, state) =>
    state === 'past'
      ? `The meeting took place on ${dateAndTime} (${relative}).`
      : state === 'ongoing'
        ? `The meeting is under way now: ${dateAndTime}.`
        : `The meeting is on ${dateAndTime} – that is ${relative}.`,
  noTimeStated: 'The invitation gives no time of day.',
  day: (number, dateAndTime) => `Day ${number} is ${dateAndTime}.`,
  sessions: (lines) =>
    `The meeting is held ${lines.length === 2 ? 'twice' : `${lines.length} times`} – you attend one of the dates:\n${lines.join('\n')}`,
  session: (label, dateAndTime) => `${label} is on ${dateAndTime}.`,
  sessionNumber: (number, dateAndTime) => `Date ${number} is ${dateAndTime}.`,
  sessionLine: (label, fact) => (label ? `• ${label}: ${fact}` : `• ${fact}`),
  sessionDeadlines: (lines) => `The sign-up deadline depends on the date:\n${lines.join('\n')}`,
  sessionPlaces: (lines) => `The place depends on the date:\n${lines.join('\n')}`,
  sessionMatches: (label, dateAndTime, others) =>
    `Yes – ${label ? `${label} is` : 'it is held'} on ${dateAndTime}.${others > 0 ? ` It is also held on ${others === 1 ? 'another date' : `${others} other dates`}; you attend one of them.` : ''}`,
  dayEnd: (number, time, date) => `Day ${number} ends at ${time} (${date}).`,
  dayProgramme: (number, lines) => `Day ${number}:\n${lines.join('\n')}`,
  end: (time, date) => `The meeting ends at ${time} (${date}).`,
  duration: (duration, from, to) => `The meeting lasts ${duration}, from ${from} to ${to}.`,
  weekday: (weekday, dateAndTime) => `The meeting is on a ${weekday}: ${dateAndTime}.`,
  where: (venue, address, room) =>
    !venue && !address && room
      ? `The meeting is held in ${room}.`
      : `The meeting is held at ${[venue, address].filter(Boolean).join(', ')}${room ? ` (${room})` : ''}.`,
  online: (name, url) => `The meeting is held online${name ? ` (${name})` : ''}.${url ? ` Link: ${url}` : ''}`,
  postalCode: (code, city) => `The postal code is ${code}${city ? ` ${city}` : ''}.`,
  city: (city, where) => `The meeting is in ${city}. ${where}`,
  room: (room) => `The invitation says about the room: ${room}`,
  programmeHeading: (title, dateAndTime) => `Programme for ${title}, ${dateAndTime}:`,
  programmeItem: (number, time, title, by) =>
    `${number !== undefined ? `${number}. ` : ''}${time ? `${time} ` : ''}${title}${by ? ` – ${by}` : ''}`,
  subItem: (title) => `   – ${title}`,
  item: (label, title, by, time, subItems, day) =>
    `Item ${label}${time || day ? ` (${[day, time].filter(Boolean).join(', ')})` : ''}: ${title}${by ? ` – ${by}` : ''}${subItems.length ? `\n${subItems.map((s) => `   – ${s}`).join('\n')}` : ''}`,
  itemLabel: (label, title, time) => `- ${itemName(label)}: ${title}${time ? ` (${time})` : ''}`,
  itemBy: (label, title, by) => `- ${itemName(label)} (${title}): ${by}`,
  itemSays: (label, title, text) => `- ${itemName(label)} (${title}): "${text}"`,
  itemRoom: (label, title, room) => `- ${itemName(label)} (${title}) is in room ${room}`,
  itemAt: (label, title, start, end, day) => `- ${itemName(label)} (${title}): ${day ? `${day}, ` : ''}${start}${end ? `–${end}` : ''}`,
  itemEnds: (label, title, end) => `- ${itemName(label)} (${title}) ends at ${end}`,
  itemLasts: (label, title, duration, from, to) => `- ${itemName(label)} (${title}) lasts ${duration}, ${from}–${to}`,
  noPersonNamed: (items) => `The invitation doesn't name the person – only the organisation:\n${items.join('\n')}`,
  itemNotStated: (what, items, meeting) =>
    `The invitation doesn't say ${what === 'time' ? 'when' : 'who leads'} ${listOf(
      items.map((i) => `${itemName(i.label)} (${i.title})`),
      'en',
    )}${what === 'time' ? ` ${items.length > 1 ? 'are' : 'is'} – it only gives the time of the whole meeting: ${meeting}` : ''}.`,
  itemsBefore: (lines) => `The programme before then:\n${lines.join('\n')}`,
  itemsFirst: (lines) => `The programme starts with:\n${lines.join('\n')}`,
  programmeBegins: (time, title) => `The programme itself begins at ${time}: ${title}.`,
  itemsFrom: (lines) => `The programme from then on:\n${lines.join('\n')}`,
  noSuchItem: (count) =>
    count === 0 ? 'The invitation has no numbered programme.' : `The programme has ${count} items – there is no such item.`,
  times: (start, end) => `The meeting starts at ${start}${end ? ` and ends at ${end}` : ''}.`,
  speakers: (lines) => `According to the programme:\n${lines.join('\n')}`,
  role: (role, people) =>
    `${listOf(people, 'en')} ${people.length > 1 ? 'are' : 'is'} the ${{ chair: 'chair', moderator: 'moderator', host: 'host' }[role]}.`,
  titledPeople: (people) => `The invitation names ${listOf(people, 'en')}.`,
  roleNotStated: (role, items) =>
    `The invitation doesn't say who the ${{ chair: 'chair', moderator: 'moderator', host: 'host' }[role]} is. It names these at the programme items:\n${items.join('\n')}`,
  person: (line, items, contact) =>
    `${line}.${items.length ? `\nAccording to the programme:\n${items.join('\n')}` : ''}${contact ? `\nContact: ${contact}` : ''}`,
  organisers: (names) => `The meeting is organised by ${listOf(names, 'en')}.`,
  audience: (text) => `The invitation says who is invited: ${text}`,
  purpose: (texts) => texts.join('\n\n'),
  background: (text) => `The background, according to the invitation: ${text}`,
  ownTopics: (text, item) => `${text}${item ? ` (programme item ${item})` : ''}`,
  signUpWays: (ways) => {
    const said = signUpWaysSaid(ways);
    return said ? `You sign up ${said}.` : '';
  },
  cancelWays: (ways) => {
    const said = signUpWaysSaid(ways);
    return said ? `Sign-up is ${said}.` : '';
  },
  replyTo: ({ url, email, phone }, owner) => {
    const ways = [
      email ? `by e-mail to ${email}${owner ? ` (${owner})` : ''}` : undefined,
      url ? `at ${url}` : undefined,
      phone ? `by phone on ${phone}` : undefined,
    ].filter(Boolean);
    return `You reply ${listOf(ways as string[], 'en', 'disjunction')}.`;
  },
  addressNotStated: (venue, where) => `The invitation doesn't give the address of ${venue}. ${where}`,
  signUpStillOpen: 'Yes – registration is open.',
  signUpInChat: 'You can also sign up right here in the chat – type "sign me up".',
  signUpPerPart: (other) => `You sign up for each part separately. The invitation says${other ? ` (in ${LANGUAGE[other]})` : ''}:`,
  signUpClosed: (reason, when) =>
    ({
      notOffered: "The invitation doesn't say anything about signing up.",
      notRequired: 'There is no sign-up.',
      deadline: `The registration deadline was ${when}, so registration is closed.`,
      started: 'Registration is closed because the meeting has started.',
      past: `The meeting has taken place (${when}), so registration is closed.`,
    })[reason],
  signUpNotRequired: (text) => `You don't need to sign up.${text ? ` The invitation says: "${text}"` : ''}`,
  deadline: (date, passed) => (passed ? `The registration deadline was ${date} – it has passed.` : `The registration deadline is ${date}.`),
  noDeadline: (meeting) =>
    `The invitation gives no registration deadline. Registration closes when the meeting starts (${meeting}) at the latest.`,
  capacity: (seats) => `There is room for ${seats} participants.`,
  noWaitingListStated: (seats) => `The invitation doesn't mention a waiting list. There is room for ${seats} participants.`,
  waitingListCountNotStated: (said, original) =>
    `The invitation doesn't say how many are on the waiting list. It says${original ? ` (in ${LANGUAGE[original]})` : ''}: "${said}"`,
  contact: (list) => (list.length === 0 ? 'The invitation names no contact person.' : `You can contact ${contacts(list)}.`),
  noContactPerson: (list, signatories = []) =>
    `The invitation names no contact person.${signatories.length ? ` It is signed by ${listOf(signatories, 'en')}.` : ''}${list.length ? ` Please ask ${contacts(list)}.` : ''}`,
  signerToContact: (list) => `The invitation names no contact person, but it is signed by ${listOf(list.map(contactText), 'en')}.`,
  signatory: (names) => `The invitation is signed by ${listOf(names, 'en')}.`,
  sentBy: (sender, signatories) =>
    `The invitation is sent by ${sender}${signatories.length ? ` and signed by ${listOf(signatories, 'en')}` : ''}.`,
  otherMeeting: (date, where) => `The invitation is about the meeting on ${date} and says nothing about one in ${where}.`,
  notDefined: (thing, said) => `The invitation doesn't explain what ${thing} is – it only mentions it here:\n${said}`,
  townNotStated: (where) => `The invitation doesn't say which town it is in. ${where}`,
  notStatedThen: (what, fact) => `The invitation says nothing about ${what}. ${fact}`,
  letterDate: (date, sender) => `The invitation${sender ? ` from ${sender}` : ''} is dated ${date}.`,
  forwardedBy: (name, details) => `The invitation was forwarded by ${name}${details.length ? ` (${details.join(', ')})` : ''}.`,
  forwardedOn: (name, date) => `${name} forwarded the invitation on ${date}.`,
  sender: (name, address, website) =>
    address
      ? `${name}'s address is ${address}${website ? ` (${website})` : ''}.`
      : `The invitation doesn't give ${name}'s address${website ? ` – only ${website}` : ''}.`,
  title: (title) => `The meeting is called "${title}".`,
  practical: (topic, fact) => {
    switch (topic) {
      case 'arrival':
        return fact.time ? `Doors open at ${fact.time}.` : undefined;
      case 'price':
        return fact.free
          ? 'Taking part is free of charge.'
          : fact.amount !== undefined
            ? `The fee is ${fact.currency ?? ''} ${fact.amount.toLocaleString('en-GB')}.`.replace('  ', ' ')
            : undefined;
      case 'parking':
        return fact.free ? 'Parking is free.' : undefined;
      case 'accessibility':
        return (
          [fact.wheelchair ? 'There is wheelchair access.' : undefined, fact.hearingLoop ? 'There is a hearing loop.' : undefined]
            .filter(Boolean)
            .join(' ') || undefined
        );
      case 'online':
        return fact.url ? `Link: ${fact.url}` : undefined;
      case 'accommodation':
        return fact.bookingCode ? `Booking code: ${fact.bookingCode}` : undefined;
      default:
        return undefined;
    }
  },
  roleCheck: (holds, fact) => `${holds ? 'Yes' : 'No'}. ${fact}`,
  letterSays: (text, original) => (original ? `The invitation says (in ${LANGUAGE[original]}): "${text}"` : text),
  notStatedButSays: (words, said, original) =>
    `The invitation says nothing about ${listOf(words, 'en')}. It says${original ? ` (in ${LANGUAGE[original]})` : ''}: "${said}"`,
  notAnsweredBy: (words, said, list) =>
    `The invitation says nothing about ${listOf(words, 'en')}, so I can't tell you that – please ask ${contacts(list)}. What it does say:\n${said}`,
  askedNotSaid: (asked, said, list) => {
    const what =
      asked.kind === 'currency'
        ? `The invitation gives no amount in ${asked.currency}`
        : asked.kind === 'free'
          ? `The invitation doesn't say whether ${asked.thing} is free`
          : asked.kind === 'total'
            ? 'The invitation gives no total'
            : asked.kind === 'price'
              ? `The invitation doesn't say what ${asked.thing} costs`
              : asked.kind === 'discount'
                ? `The invitation mentions no ${asked.word || 'discount'}${asked.rest ? ` ${asked.rest}` : ''}`
                : `The invitation doesn't say whether ${asked.party} is invited or taking part`;
    return `${what}, so I can't tell you that – please ask ${contacts(list)}. What it does say:\n${said}`;
  },
  noContactDetails: (person, list) =>
    `The invitation gives no contact details for ${person}.${list.length ? ` Please ask ${contacts(list)}.` : ''}`,
  faq: (answer, original) =>
    original ? `The organisers' answer (in ${LANGUAGE[original]}): "${answer}"` : `The organisers' answer: ${answer}`,
  passage: (quote, other) => `The invitation says${other ? ' (in Danish)' : ''}: "${quote}"`,
  passageWithSite: (quote, site, other) => `The invitation says${other ? ' (in Danish)' : ''}: "${quote}"\nThe website is ${site}.`,
  numericDate: (written, date) => `(${written} is ${date}.)`,
  letterDeadline: (quote, other) => `The forwarded invitation itself says${other ? ' (in Danish)' : ''}: "${quote}"`,
  joinDetails: (platform, quote, other) => `For the ${platform} meeting the invitation says${other ? ' (in Danish)' : ''}: "${quote}"`,
  dontKnow: (list) => `The invitation doesn't say, so I'm afraid I don't know. Please ask ${contacts(list)}.`,
  partlyUnknown: (topics, list) => {
    const named = topics.filter((topic): topic is string => Boolean(topic));
    return `${named.length ? `The invitation says nothing about ${listOf([...new Set(named)], 'en')}` : "The invitation doesn't cover the rest of your question"} – please ask ${contacts(list)}.`;
  },
  datesInOwnLanguage: (dates) => `(In English: ${listOf(dates, 'en')}.)`,
  quotedInOriginal: (language) => `(The invitation is written in ${LANGUAGE[language]}, so I quote it in ${LANGUAGE[language]}.)`,
  yes: (fact) => `Yes – ${fact[0]!.toLowerCase()}${fact.slice(1)}`,
  no: (fact) => `No – ${fact[0]!.toLowerCase()}${fact.slice(1)}`,
  which: (fact) => fact,
  topicLabels: {
    time: 'the time',
    bring: 'what to bring',
    menu: 'what is served',
    parking: 'parking',
    food: 'food and drink',
    price: 'the price',
    accessibility: 'accessibility',
    online: 'taking part online',
    language: 'the language',
    accommodation: 'accommodation',
    dressCode: 'the dress code',
    cancellation: 'cancelling',
    travel: 'getting there',
    arrival: 'arrival',
    deadline: 'a registration deadline',
    capacity: 'the number of places',
    end: 'the end time',
    duration: 'how long it lasts',
    chair: 'who chairs it',
    moderator: 'the moderator',
    room: 'the room',
    postalCode: 'the postal code',
    audience: 'who is invited',
    purpose: 'the purpose',
    background: 'the background',
    ownTopics: 'raising your own topics',
    organisers: 'the organiser',
    signUp: 'signing up',
    speakers: 'the speakers',
    items: 'that programme item',
  },
};

/** The sign-up's ways (link, e-mail, phone) as one phrase: "via x eller på telefon y". */
function signUpWaysSaid({ url, email, phone, owner }: { url?: string; email?: string; phone?: string; owner?: string }): string {
  const whose = owner ? ` (${owner})` : '';
  const ways = [
    url ? `at ${url}` : undefined,
    email ? `by e-mail to ${email}${whose}` : undefined,
    phone ? `by phone on ${phone}${email ? '' : whose}` : undefined,
  ].filter(Boolean);
  return ways.length ? listOf(ways as string[], 'en', 'disjunction') : '';
}
