import type { ContactFacts, Messages } from './types';

const contactLine = (c: ContactFacts): string =>
  [
    `${c.name}${c.title ? `, ${c.title}` : ''} (${c.organisation})`,
    c.email ? `e-mail ${c.email}` : undefined,
    c.phone ? `telefon ${c.phone}` : undefined,
    c.website,
  ]
    .filter(Boolean)
    .join(', ');

const list = (items: string[]): string => items.map((item) => `- ${item}`).join('\n');

export const da: Messages = {
  welcome: (title) =>
    `Hej! Jeg er Mødebot og kan svare på spørgsmål om invitationen til „${title}“ – fx hvornår og hvor mødet er, programmet, og hvem der er inviteret. Skriv dit spørgsmål, eller vælg herunder.`,
  suggestions: { when: 'Hvornår?', where: 'Hvor?', programme: 'Program', signUp: 'Tilmeld mig' },
  when: (dateAndTime, relative, state) =>
    state === 'past'
      ? `Mødet blev holdt ${dateAndTime} (${relative}).`
      : state === 'ongoing'
        ? `Mødet er i gang nu: ${dateAndTime}.`
        : `Mødet er ${dateAndTime} – det er ${relative}.`,
  endTime: (time, date) => `Mødet slutter kl. ${time} (${date}).`,
  weekday: (weekday, date) => `Mødet er en ${weekday}: ${date}.`,
  duration: (duration, from, to) => `Mødet varer ${duration}, fra kl. ${from} til kl. ${to}.`,
  where: (venue, address) => `Mødet foregår på ${venue}, ${address}.`,
  programmeHeading: (title, dateAndTime) => `Program for ${title}, ${dateAndTime}:`,
  programmeItem: (number, title, leader) => `${number}. ${title}${leader ? ` v/ ${leader}` : ''}`,
  programmeLeaderLabel: 'v/',
  audience: (audience, summary) => `Invitationen er sendt til:\n${list(audience)}\n\n${summary}`,
  organisers: (organisers) => `Mødet arrangeres af ${organisers.join(' sammen med ')}.`,
  chair: (name, title, items) =>
    `${name}${title ? `, ${title},` : ''} leder mødet${items.length ? ` (programpunkt ${items.join(', ').replace(/, (\d+)$/, ' og $1')})` : ''}.`,
  purpose: (purpose, focus) => `${purpose}\n\n${focus}`,
  background: (points) => `Baggrunden for mødet ifølge invitationen:\n${list(points)}`,
  ownTopics: (allowed, item) =>
    allowed
      ? `Ja. I kan selv bringe emner på banen${item ? ` – det sker under programpunkt ${item}` : ''}.`
      : 'Invitationen nævner ikke mulighed for at bringe egne emner på banen.',
  registrationLink: (url) => `Tilmelding sker ved at følge dette link: ${url}\nInvitationen nævner ingen tilmeldingsfrist.`,
  signUp: (url) => `Du kan tilmelde dig via linket i invitationen: ${url}`,
  letterDate: (date, sender) => `Invitationen fra ${sender} er dateret ${date}.`,
  senderAddress: (organisation, lines, website) => `${organisation}s adresse er ${lines.join(', ')} (${website}).`,
  contact: (c) => `Invitationen er underskrevet af ${contactLine(c)}.`,
  dontKnow: (c) =>
    `Det står der ikke noget om i invitationen, så det ved jeg desværre ikke. Spørg arrangøren: ${contactLine(c)}.`,
  partlyUnknown: 'Resten af dit spørgsmål står der ikke noget om i invitationen.',
  passage: (quote, other) => `Invitationen skriver${other ? ' (på engelsk)' : ''}: „${quote}“`,
  greeting: (title) => `Hej! Spørg mig om „${title}“ – fx „hvornår er mødet?“ eller „hvad er programmet?“.`,
  help: (title) =>
    `Jeg svarer på spørgsmål om „${title}“: tidspunkt, sted, program, hvem der er inviteret, formål, baggrund, arrangører og tilmelding. Skriv fx „hvor er mødet?“. Svaret står ikke i invitationen? Så siger jeg det og fortæller, hvem du kan spørge.`,
  thanks: 'Selv tak!',
  emptyMessage: 'Jeg modtog en tom besked. Skriv gerne dit spørgsmål, fx „hvornår er mødet?“.',
  turnError: 'Beklager, der gik noget galt hos mig. Prøv igen om lidt – intet af det, du har skrevet, er gået tabt.',
};
