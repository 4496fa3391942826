import { bulletList, contactLine } from './shared';
import type { ContactFacts, Messages } from './types';

const contactText = (c: ContactFacts) => contactLine(c, { email: 'e-mail', phone: 'telefon' });
const list = bulletList;
const and = (items: string[]) => new Intl.ListFormat('da', { type: 'conjunction' }).format(items);
const or = (items: string[]) => new Intl.ListFormat('da', { type: 'disjunction' }).format(items);

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
  registrationLink: (url) =>
    `Tilmelding sker ved at følge dette link: ${url}\nDu kan også tilmelde dig her i chatten – skriv „tilmeld mig“. Invitationen nævner ingen tilmeldingsfrist.`,
  signUp: (url) => `Du kan tilmelde dig via linket i invitationen: ${url}`,
  letterDate: (date, sender) => `Invitationen fra ${sender} er dateret ${date}.`,
  senderAddress: (organisation, lines, website) => `${organisation}s adresse er ${lines.join(', ')} (${website}).`,
  contact: (c) => `Invitationen er underskrevet af ${contactText(c)}.`,
  dontKnow: (c) =>
    `Det står der ikke noget om i invitationen, så det ved jeg desværre ikke. Spørg arrangøren: ${contactText(c)}.`,
  partlyUnknown: 'Resten af dit spørgsmål står der ikke noget om i invitationen.',
  passage: (quote, other) => `Invitationen skriver${other ? ' (på engelsk)' : ''}: „${quote}“`,
  greeting: (title) => `Hej! Spørg mig om „${title}“ – fx „hvornår er mødet?“ eller „hvad er programmet?“.`,
  help: (title) =>
    `Jeg svarer på spørgsmål om „${title}“: tidspunkt, sted, program, hvem der er inviteret, formål, baggrund, arrangører og tilmelding. Skriv fx „hvor er mødet?“. Svaret står ikke i invitationen? Så siger jeg det og fortæller, hvem du kan spørge.`,
  thanks: 'Selv tak!',
  emptyMessage: 'Jeg modtog en tom besked. Skriv gerne dit spørgsmål, fx „hvornår er mødet?“.',
  turnError: 'Beklager, der gik noget galt hos mig. Prøv igen om lidt – intet af det, du har skrevet, er gået tabt.',
  storeUnavailable:
    'Beklager – jeg kan hverken gemme eller hente oplysninger lige nu, så jeg kunne ikke bruge din besked. Intet af det, du allerede har svaret, er gået tabt. Send den gerne igen om et øjeblik. Spørgsmål om mødet kan jeg stadig svare på.',
  stateConflict:
    'Din besked kom samtidig med en anden fra dig, så jeg har kun brugt den anden. Se mit seneste svar, og send beskeden igen, hvis den stadig passer.',
  calendarOrganisers: (organisers) => `Arrangør: ${organisers.join(' og ')}`,
  privacyPage: (days, stateDays, organisers) => ({
    title: 'Mødebot – privatlivspolitik',
    paragraphs: [
      `Når du tilmelder dig et møde i chatten, gemmer Mødebot de oplysninger, invitationen beder om (fx navn, e-mail, kommune, rolle og et emne), så ${organisers.join(' og ')} kan planlægge mødet og sende dig praktisk information. Intet andet.`,
      `Oplysningerne slettes ${days} dage efter mødet. Melder du fra, slettes navn, e-mail og emne med det samme; kun kommune og rolle gemmes til arrangørens optælling.`,
      'Skriv „min tilmelding“ til Mødebot for at se dine oplysninger og „slet mine data“ for at slette alt, hvad Mødebot har gemt om dig.',
      `En tilmelding, du ikke gør færdig, gemmes kun i samtalen og slettes, når der ikke er skrevet i den i ${stateDays} dage.`,
      'Kun arrangørerne kan se tilmeldingerne. Mødebot skriver aldrig dine svar i sine logfiler.',
    ],
  }),
  termsPage: {
    title: 'Mødebot – vilkår',
    paragraphs: [
      'Mødebot svarer ud fra mødeinvitationen. Står svaret ikke i invitationen, siger Mødebot det og henviser til arrangøren.',
      'Tilmelding i chatten svarer til tilmelding via arrangørens eget link. Spørgsmål om mødet rettes til arrangøren.',
    ],
  },
  organiser: {
    sentPrivately: 'Det indeholder personlige oplysninger, så jeg skriver til dig i en personlig chat.',
    privateFailed: 'Jeg kunne ikke starte en personlig chat med dig. Skriv til mig direkte – find Mødebot under Apps i Teams.',
    notOrganiser: (c) =>
      `Det kan jeg desværre ikke vise dig – tilmeldinger kan kun arrangørerne se. Har du spørgsmål, så kontakt ${c.name} (${c.organisation}), ${c.website}.`,
    onlyInPersonalChat: 'Det indeholder personoplysninger, så jeg viser det kun i en personlig chat med mig. Skriv til mig direkte.',
    summary: (registered, waitlisted, cancelled) => `Tilmeldte: ${registered}. På venteliste: ${waitlisted}. Afmeldte: ${cancelled}.`,
    countFor: (label, registered, waitlisted) =>
      `Fra ${label} er ${registered} tilmeldt${waitlisted ? ` og ${waitlisted} på venteliste` : ''}.`,
    breakdownTitle: (label) => `Tilmeldte fordelt på ${label.toLowerCase()}`,
    countHeader: 'Antal',
    total: 'I alt',
    listTitle: (count, filter) => `Tilmeldte${filter ? ` fra ${filter}` : ''}: ${count}`,
    waitingTitle: 'På venteliste:',
    participantLine: (name, role, municipality) => `${name} – ${role}, ${municipality}`,
    page: (page, pages, next) => `Side ${page} af ${pages}. Skriv „${next}“ for at se flere.`,
    nextPageCommand: (page) => `deltagerlisten side ${page}`,
    nobody: 'Ingen er tilmeldt endnu.',
    topicsTitle: (count) => `Emner, deltagerne vil tage op (${count}):`,
    noTopics: 'Ingen af de tilmeldte har foreslået et emne endnu.',
    exportReady: (rows) => `Her er alle tilmeldinger som CSV (${rows} ${rows === 1 ? 'række' : 'rækker'}). Filen åbner i Excel med æ, ø og å.`,
    exportConsent: (rows) => `Tilmeldingerne er klar som CSV (${rows} ${rows === 1 ? 'række' : 'rækker'}). Tillad, at jeg gemmer filen i din OneDrive.`,
    exportDescription: (title) => `Tilmeldinger til ${title} (CSV)`,
    exportUploaded: (name) => `Filen ${name} er gemt i din OneDrive.`,
    exportDeclined: 'Fint – jeg har ikke gemt filen.',
    exportFailed: 'Jeg kunne ikke gemme filen i din OneDrive. Prøv igen om lidt.',
    csv: {
      status: 'Status',
      registeredAt: 'Tilmeldt',
      waitlistNumber: 'Venteliste nr.',
      statuses: { registered: 'Tilmeldt', waitlisted: 'Venteliste', cancelled: 'Afmeldt' },
      fileName: (id) => `tilmeldinger-${id}.csv`,
    },
  },
  registration: {
    privacyNotice: (labels, organisers, days) =>
      `Før vi går i gang: Jeg gemmer ${and(labels.map((l) => l.toLowerCase()))}, så ${organisers.join(' og ')} kan planlægge mødet og sende dig praktisk information. Intet andet. Oplysningerne slettes ${days} dage efter mødet. Skriv „min tilmelding“ for at se dem og „slet mine data“ for at slette dem – når som helst. Skriv „annuller“ for at stoppe undervejs.`,
    prefillConfirm: (label, value) => `Fra Teams har jeg: ${label.toLowerCase()} „${value}“. Skal jeg bruge det?`,
    fieldProblem: (problem, label, max) =>
      ({
        empty: `Jeg fik ikke noget svar. ${label}, tak.`,
        tooLong: `Det er for langt – højst ${max} tegn. Prøv igen.`,
        markup: 'Skriv venligst uden tegn som < > * _ [ ] { } # – prøv igen.',
        notAName: 'Skriv dit navn med bogstaver, fx „Anna Jensen“.',
        notAnEmail: 'Det ligner ikke en e-mailadresse – den skal have formen navn@domæne.dk. Prøv igen.',
        noSuchChoice: 'Det kunne jeg ikke finde blandt mulighederne. Vælg en af dem, tak.',
      })[problem],
    choicesList: (options, other) => `Muligheder: ${options.join(', ')}${other ? ` – eller „andet“ (${other.toLowerCase()})` : ''}.`,
    choose: 'Vælg',
    skip: 'Spring over',
    reviewIntro: 'Tjek venligst dine oplysninger:',
    reviewQuestion: 'Er det korrekt? Svar „ja“ for at tilmelde dig, „ret“ og feltet (fx „ret e-mail“) for at rette, eller „annuller“.',
    reviewButtons: { confirm: 'Ja, tilmeld mig', change: 'Ret', cancel: 'Annuller' },
    reviewNotUnderstood: 'Det forstod jeg ikke. Svar „ja“, „ret“ og feltet, eller „annuller“.',
    whichField: (labels) => `Hvad vil du rette? (${or(labels.map((l) => l.toLowerCase()))})`,
    registered: (title, when) =>
      `Du er tilmeldt „${title}“ ${when}. Kalenderfilen er vedhæftet. Skriv „min tilmelding“ for at se eller rette den og „afmeld mig“ for at melde fra.`,
    waitlisted: (position) =>
      `Mødet er fuldt booket, så du står på ventelisten som nr. ${position}. Jeg siger til her i chatten, så snart du rykker op.`,
    updated: 'Din tilmelding er opdateret.',
    unchanged: 'Du er allerede tilmeldt med præcis de oplysninger – intet er ændret.',
    closed: (reason, when) =>
      ({
        started: `Tilmeldingen er lukket, fordi mødet er begyndt (${when}).`,
        past: `Mødet blev holdt ${when}, så tilmeldingen er lukket.`,
        deadline: `Tilmeldingsfristen var ${when}, så tilmeldingen er lukket.`,
      })[reason],
    alreadyRegistered: 'Du er allerede tilmeldt. Vil du rette din tilmelding?',
    keptAsIs: 'Fint – din tilmelding er uændret.',
    aborted: 'Tilmeldingen er afbrudt. Intet er gemt.',
    help: (missing) =>
      `Du er ved at tilmelde dig mødet, og jeg mangler: ${missing.toLowerCase()}. Svar på spørgsmålet, stil et spørgsmål om mødet, eller skriv „annuller“ for at stoppe. Intet gemmes, før du har bekræftet.`,
    reviewHelp: 'Du mangler kun at bekræfte. Svar „ja“ for at tilmelde dig, „ret“ og feltet for at rette, eller „annuller“ for at stoppe uden at gemme noget.',
    saveFailed: 'Jeg kunne ikke gemme din tilmelding lige nu. Dine svar er ikke gået tabt – skriv „prøv igen“ om lidt.',
    notRegistered: 'Du er ikke tilmeldt. Skriv „tilmeld mig“ for at tilmelde dig.',
    statusLine: (status, position) => (status === 'registered' ? 'Status: tilmeldt' : `Status: på ventelisten som nr. ${position}`),
    yourRegistration: 'Din tilmelding:',
    cancelQuestion: 'Vil du melde dig fra mødet?',
    cancelDone: (promoted) =>
      `Du er nu afmeldt, og dit navn, din e-mail og dit emne er slettet.${promoted ? ' Din plads er givet videre til den første på ventelisten.' : ''}`,
    cancelKept: 'Fint – du er stadig tilmeldt.',
    deleteQuestion: 'Vil du slette alt, hvad jeg har gemt om dig – også din tilmelding?',
    deleteDone: (had) =>
      had
        ? 'Jeg har slettet din tilmelding og alt, hvad jeg har gemt om dig i denne samtale.'
        : 'Jeg havde ingen tilmelding fra dig. Alt, hvad jeg har gemt om dig i denne samtale, er slettet.',
    deleteKept: 'Fint – intet er slettet.',
    promoted: (title, when) => `Godt nyt: Der er blevet en plads ledig, og du er nu tilmeldt „${title}“ ${when}.`,
    yesNo: 'Svar venligst „ja“ eller „nej“.',
    yesNoButtons: { yes: 'Ja', no: 'Nej' },
    calendarButton: 'Tilføj til kalender',
    cardTitle: 'Din tilmelding',
    staleCard: 'Det kort-svar kan jeg ikke bruge længere. Skriv gerne, hvad du vil – fx „tilmeld mig“ eller „min tilmelding“.',
    noAnswer: '(intet)',
  },
};
