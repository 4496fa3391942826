import type { ContactFacts, Messages } from './types';

const contactLine = (c: ContactFacts): string =>
  [
    `${c.name}${c.title ? `, ${c.title}` : ''} (${c.organisation})`,
    c.email ? `e-mail ${c.email}` : undefined,
    c.phone ? `phone ${c.phone}` : undefined,
    c.website,
  ]
    .filter(Boolean)
    .join(', ');

const list = (items: string[]): string => items.map((item) => `- ${item}`).join('\n');

export const en: Messages = {
  welcome: (title) =>
    `Hi! I'm Mødebot. I can answer questions about the invitation to "${title}" – when and where it is, the programme, who is invited and more. Type your question or pick one below.`,
  suggestions: { when: 'When?', where: 'Where?', programme: 'Programme', signUp: 'Sign me up' },
  when: (dateAndTime, relative, state) =>
    state === 'past'
      ? `The meeting took place on ${dateAndTime} (${relative}).`
      : state === 'ongoing'
        ? `The meeting is under way now: ${dateAndTime}.`
        : `The meeting is on ${dateAndTime} – that is ${relative}.`,
  endTime: (time, date) => `The meeting ends at ${time} (${date}).`,
  weekday: (weekday, date) => `The meeting is on a ${weekday}: ${date}.`,
  duration: (duration, from, to) => `The meeting lasts ${duration}, from ${from} to ${to}.`,
  where: (venue, address) => `The meeting is held at ${venue}, ${address}.`,
  programmeHeading: (title, dateAndTime) => `Programme for ${title}, ${dateAndTime}:`,
  programmeItem: (number, title, leader) => `${number}. ${title}${leader ? ` – ${leader}` : ''}`,
  programmeLeaderLabel: 'by',
  audience: (audience, summary) => `The invitation is addressed to:\n${list(audience)}\n\n${summary}`,
  organisers: (organisers) => `The meeting is organised by ${organisers.join(' together with ')}.`,
  chair: (name, title, items) =>
    `${name}${title ? `, ${title},` : ''} leads the meeting${items.length ? ` (programme items ${items.join(', ').replace(/, (\d+)$/, ' and $1')})` : ''}.`,
  purpose: (purpose, focus) => `${purpose}\n\n${focus}`,
  background: (points) => `The background for the meeting, according to the invitation:\n${list(points)}`,
  ownTopics: (allowed, item) =>
    allowed
      ? `Yes. Participants can raise their own topics${item ? ` – that happens under programme item ${item}` : ''}.`
      : 'The invitation does not mention raising your own topics.',
  registrationLink: (url) => `You register by following this link: ${url}\nThe invitation gives no registration deadline.`,
  signUp: (url) => `You can sign up through the link in the invitation: ${url}`,
  letterDate: (date, sender) => `The invitation from ${sender} is dated ${date}.`,
  senderAddress: (organisation, lines, website) => `${organisation}'s address is ${lines.join(', ')} (${website}).`,
  contact: (c) => `The invitation is signed by ${contactLine(c)}.`,
  dontKnow: (c) =>
    `The invitation doesn't say, so I'm afraid I don't know. Please ask the organiser: ${contactLine(c)}.`,
  partlyUnknown: "The invitation doesn't say anything about the rest of your question.",
  passage: (quote, other) => `The invitation says${other ? ' (in Danish)' : ''}: "${quote}"`,
  greeting: (title) => `Hi! Ask me about "${title}" – for example "when is the meeting?" or "what's the programme?".`,
  help: (title) =>
    `I answer questions about "${title}": time, place, programme, who is invited, purpose, background, organisers and registration. Try "where is the meeting?". If the invitation doesn't say, I'll tell you so and who to ask.`,
  thanks: "You're welcome!",
  emptyMessage: 'I received an empty message. Please type your question, for example "when is the meeting?".',
  turnError: "Sorry, something went wrong on my side. Please try again in a moment – nothing you wrote has been lost.",
};
