import { daAnswers } from './da.answers';
import { listOf } from './shared';
import type { Messages } from './types';

const and = (items: string[]) => listOf(items, 'da');
const or = (items: string[]) => listOf(items, 'da', 'disjunction');

export const da: Messages = {
  welcome: (title, others, where = 'personal') =>
    title
      ? `Hej! Jeg er Mødebot og svarer på spørgsmål om „${title}“ – fx hvornår og hvor det er, programmet og hvem der er inviteret.${others > 0 ? ` Jeg kender også ${others} ${others === 1 ? 'andet møde' : 'andre møder'} – skriv „andre møder“.` : ''}${where === 'group' ? ' Nævn mig med @ i dit spørgsmål.' : ' Skriv dit spørgsmål, eller vælg herunder.'}`
      : 'Hej! Jeg er Mødebot og svarer på spørgsmål om møder, jeg har fået invitationen til. Der er ingen kommende møder lige nu.',
  welcomeMany: (count) =>
    `Hej! Jeg er Mødebot og svarer på spørgsmål om ${count} kommende møder og tager imod tilmeldinger. Hvilket møde vil du spørge om?`,
  suggestions: { when: 'Hvornår?', where: 'Hvor?', programme: 'Program', signUp: 'Tilmeld mig', otherMeetings: 'Andre møder' },
  answers: daAnswers,
  smallTalk: {
    greeting: (title) => `Hej! Spørg mig om ${title ? `„${title}“` : 'mødet'} – fx „hvornår er det?“ eller „hvad er programmet?“.`,
    thanks: 'Selv tak! Spørg bare, hvis der er mere.',
    farewell: 'Farvel – god dag!',
    acknowledgement: '👍',
    abuse: 'Det er jeg ked af at høre. Jeg prøver at hjælpe – skriv gerne dit spørgsmål om mødet, så svarer jeg så godt, jeg kan.',
    whatAreYou: (title) =>
      `Jeg er Mødebot, en chatbot, der svarer ud fra invitationen${title ? ` til „${title}“` : ''} og tager imod tilmeldinger. Står svaret ikke i invitationen, siger jeg det og fortæller, hvem du kan spørge.`,
    speakLanguage: 'Ja – jeg taler dansk og engelsk. Skriv på det sprog, du foretrækker. / Yes – I speak Danish and English.',
    howAreYou: 'Fint, tak! Hvad vil du vide om mødet?',
    help: (title, signUpOpen) =>
      `Jeg svarer på spørgsmål om ${title ? `„${title}“` : 'mødet'}: tidspunkt, sted, program, hvem der taler, hvem der er inviteret, praktiske forhold og tilmelding.${signUpOpen ? ' Skriv „tilmeld mig“ for at tilmelde dig, „min tilmelding“ for at se den.' : ''} Står svaret ikke i invitationen, siger jeg det og fortæller, hvem du kan spørge.`,
    gibberish: 'Det forstod jeg ikke. Skriv gerne dit spørgsmål om mødet, fx „hvor er mødet?“.',
    notUnderstood: 'Det er noteret. Spørg mig endelig om mødet, fx „hvornår starter det?“ eller „hvad er programmet?“.',
  },
  feedback: {
    question: 'Var det svaret?',
    yes: '👍',
    no: '👎',
    thanks: 'Tak!',
    recorded: 'Tak – jeg giver spørgsmålet videre til arrangørerne, så svaret kan blive bedre.',
  },
  emptyMessage: 'Jeg modtog en tom besked. Skriv gerne dit spørgsmål, fx „hvornår er mødet?“.',
  turnError: 'Beklager, der gik noget galt hos mig. Prøv igen om lidt – intet af det, du har skrevet, er gået tabt.',
  storeUnavailable:
    'Beklager – jeg kan hverken gemme eller hente oplysninger lige nu, så jeg kunne ikke bruge din besked. Intet af det, du allerede har svaret, er gået tabt. Send den gerne igen om et øjeblik. Spørgsmål om mødet kan jeg stadig svare på.',
  stateConflict:
    'Din besked kom samtidig med en anden fra dig, så jeg har kun brugt den anden. Se mit seneste svar, og send beskeden igen, hvis den stadig passer.',
  staleCard: 'Det kort-svar kan jeg ikke bruge længere. Skriv gerne, hvad du vil – fx „tilmeld mig“ eller „min tilmelding“.',
  sentPrivately: 'Det indeholder personlige oplysninger, så jeg skriver til dig i en personlig chat.',
  privateFailed: 'Jeg kunne ikke starte en personlig chat med dig. Skriv til mig direkte – find Mødebot under Apps i Teams.',
  events: {
    choose: (count) => `Jeg kender ${count} kommende møder. Hvilket vil du spørge om?`,
    chooseFor: (question) => `Hvilket møde handler „${question}“ om?`,
    option: (title, when) => `${title} – ${when}`,
    chosen: (title, when) => `Fint – vi taler om „${title}“ (${when}). Skriv „skift møde“ for at vælge et andet.`,
    none: 'Der er ingen kommende møder lige nu.',
    onlyPast: 'Der er ingen kommende møder lige nu, men du kan spørge om de møder, der har været.',
    list: (lines) => `Kommende møder:\n${lines.join('\n')}\n\nSkriv mødets navn, eller vælg på kortet.`,
    about: (title) => `Om „${title}“:`,
    notFound: 'Det møde kender jeg ikke. Skriv „andre møder“ for at se dem, jeg kender.',
    bound: (title, where) =>
      `Fra nu af handler spørgsmål ${{ channel: 'i denne kanal', team: 'i hele teamet', chat: 'i denne chat' }[where]} om „${title}“. Et spørgsmål, der nævner et andet møde, besvares for det. Skriv „brug ikke mødet her“ for at ophæve det.`,
    unbound: (title, where) =>
      `${{ channel: 'Kanalen', team: 'Teamet', chat: 'Chatten' }[where]} er ikke længere knyttet til „${title}“. Nævn mødet i spørgsmålet, eller vælg det, når jeg spørger.`,
    notBound: 'Der er ikke knyttet noget møde hertil.',
    bindOnlyOrganisers: 'Kun arrangørerne kan vælge mødet for en kanal eller chat.',
    bindOnlyShared: 'Et møde kan knyttes til en kanal, et team eller en gruppechat i Teams: skriv det dér, og nævn mig.',
    bindNone: 'Du er ikke arrangør af et kommende møde, som jeg kender.',
    bindChoose: 'Hvilket møde skal bruges her?',
    chooseCancel: (count) => `Du er tilmeldt ${count} møder. Hvilket vil du afmelde?`,
    chooseOwn: (count) => `Du er arrangør af ${count} møder. Hvilket drejer det sig om?`,
    linkMessage: (title) => `Jeg har et spørgsmål om „${title}“`,
  },
  registration: {
    privacyNotice: (title, fields, organisers, days) =>
      `Tilmelding til „${title}“. Jeg gemmer ${and(fields.map((f) => (f.purpose ? `${f.label.toLowerCase()} (${f.purpose})` : f.label.toLowerCase())))}, så ${organisers.length ? and(organisers) : 'arrangøren'} kan planlægge mødet og sende dig praktisk information – intet andet. Oplysningerne slettes ${days} dage efter mødet. Skriv „min tilmelding“ for at se dem og „slet mine data“ for at slette dem – når som helst.`,
    privacyQuestion: 'Vil du fortsætte med tilmeldingen?',
    privacyDeclined: 'Fint – jeg har ikke gemt noget. Skriv „tilmeld mig“, hvis du ombestemmer dig.',
    fieldLabel: (kind) =>
      ({ name: 'Navn', email: 'E-mail', phone: 'Telefon', organisation: 'Organisation', choice: 'Valg', text: 'Svar' })[kind],
    sessionLabel: 'Dato',
    sessionPrompt: (lines) => `Mødet holdes flere gange. Hvilken dato vil du deltage?\n${lines.join('\n')}`,
    fieldPrompt: (kind) =>
      ({
        name: 'Hvad er dit fulde navn?',
        email: 'Hvilken e-mailadresse skal vi bruge til praktisk information om mødet?',
        phone: 'Hvilket telefonnummer kan vi træffe dig på?',
        organisation: 'Hvilken organisation eller kommune kommer du fra?',
        choice: 'Vælg en mulighed.',
        text: 'Skriv dit svar.',
      })[kind],
    prefillConfirm: (label, value) => `Fra Teams har jeg: ${label.toLowerCase()} „${value}“. Skal jeg bruge det?`,
    fieldProblem: (problem, label, max) =>
      ({
        empty: `Jeg fik ikke noget svar. ${label}, tak.`,
        tooLong: `Det er for langt – højst ${max} tegn. Prøv igen.`,
        markup: 'Skriv venligst uden tegn som < > * _ [ ] { } # – prøv igen.',
        notAName: 'Skriv dit navn med bogstaver, fx „Anna Jensen“.',
        notAnEmail: 'Det ligner ikke en e-mailadresse – den skal have formen navn@domæne.dk. Prøv igen.',
        notAPhone: 'Det ligner ikke et telefonnummer – fx „12 34 56 78“. Prøv igen.',
        noSuchChoice: 'Det kunne jeg ikke finde blandt mulighederne. Vælg en af dem, tak.',
        refusal: 'Det tager jeg ikke som svar. Svar på spørgsmålet, eller skriv „annuller“ for at stoppe.',
        unsure: `Intet problem – ${label.toLowerCase()} er det, vi spørger om her. Skriv det, du vil have med, eller skriv „annuller“ for at stoppe.`,
        ambiguous: 'Det passer på flere af mulighederne. Vælg den, du mener.',
        question: `Det lyder som et spørgsmål, som jeg ikke kan svare på her. Skriv ${label.toLowerCase()}, eller skriv „annuller“ for at stoppe.`,
      })[problem],
    understood: (label, value) => `${label}: ${value} ✓`,
    confirmValue: (label, value) => `Jeg har forstået ${label.toLowerCase()} som „${value}“. Er det rigtigt?`,
    confirmChoice: (label, value) => `Jeg forstod ${label.toLowerCase()} som „${value}“. Er det rigtigt?`,
    confirmTopic: (value) => `Var „${value}“ dit svar?`,
    confirmOther: (label, value, other) =>
      `„${value}“ står ikke på listen, så jeg skriver det som ${label.toLowerCase()} under „${other}“. Er det rigtigt?`,
    whichChoice: (options) => `Mener du ${or(options.map((o) => `„${o}“`))}?`,
    signUpUnderWay: 'Vi er allerede i gang med din tilmelding.',
    choicesList: (options, other) => `Muligheder: ${options.join(', ')}${other ? ` – eller „andet“ (${other.toLowerCase()})` : ''}.`,
    otherButton: 'Andet',
    choose: 'Vælg',
    chooseLabel: (label) => `Vælg ${label.toLowerCase()}`,
    chooseError: 'Vælg en mulighed på listen.',
    skip: 'Spring over',
    reviewIntro: 'Tjek venligst dine oplysninger:',
    reviewQuestion: (fields) =>
      `Er det korrekt? Svar „ja“ for at tilmelde dig. Du kan rette ethvert felt – fx „ret ${fields[0]?.toLowerCase() ?? 'navn'}“ – eller skrive „annuller“.`,
    reviewButtons: { confirm: 'Ja, tilmeld mig', change: 'Ret', cancel: 'Annuller' },
    reviewNotUnderstood: 'Det forstod jeg ikke. Svar „ja“, „ret“ og feltet, eller „annuller“.',
    whichField: (labels) => `Hvad vil du rette? (${or(labels.map((l) => l.toLowerCase()))})`,
    registered: (title, when, calendar) =>
      `Du er tilmeldt „${title}“ ${when}.${calendar === 'attached' ? ' Kalenderfilen er vedhæftet.' : calendar === 'link' ? ' Brug knappen „Tilføj til kalender“ på kortet.' : ''} Skriv „min tilmelding“ for at se eller rette den og „afmeld mig“ for at melde fra.`,
    waitlisted: (position) =>
      `Mødet er fuldt booket, så du står på ventelisten som nr. ${position}. Jeg siger til her i chatten, så snart du rykker op.`,
    updated: 'Din tilmelding er opdateret.',
    unchanged: 'Du er allerede tilmeldt med præcis de oplysninger – intet er ændret.',
    closed: (reason, when) =>
      ({
        notOffered: 'Invitationen siger ikke noget om tilmelding, så jeg kan ikke tilmelde dig her.',
        notRequired: 'Der er ingen tilmelding til mødet – du kan bare komme.',
        deadline: `Tilmeldingsfristen var ${when}, så tilmeldingen er lukket.`,
        started: `Tilmeldingen er lukket, fordi mødet er begyndt (${when}).`,
        past: `Mødet blev holdt ${when}, så tilmeldingen er lukket.`,
      })[reason],
    notInChat: (ways) => `Tilmelding sker ikke her i chatten. ${ways}`,
    alreadyRegistered: 'Du er allerede tilmeldt. Vil du rette din tilmelding?',
    keptAsIs: 'Fint – din tilmelding er uændret.',
    aborted: 'Tilmeldingen er afbrudt. Intet er gemt.',
    help: (label) =>
      `Du er ved at tilmelde dig, og jeg mangler: ${label.toLowerCase()}. Svar på spørgsmålet, stil et spørgsmål om mødet, skriv „ret“ og et felt for at rette et tidligere svar, eller „annuller“ for at stoppe. Intet gemmes, før du har bekræftet.`,
    reviewHelp:
      'Du mangler kun at bekræfte. Svar „ja“ for at tilmelde dig, „ret“ og feltet for at rette, eller „annuller“ for at stoppe uden at gemme noget.',
    saveFailed: 'Jeg kunne ikke gemme din tilmelding lige nu. Dine svar er ikke gået tabt – skriv „prøv igen“ om lidt.',
    notRegistered: 'Du er ikke tilmeldt. Skriv „tilmeld mig“ for at tilmelde dig.',
    notRegisteredFor: (title) => `Du er ikke tilmeldt „${title}“.`,
    statusLine: (status, position) => (status === 'registered' ? 'Status: tilmeldt' : `Status: på ventelisten som nr. ${position}`),
    yourRegistration: (title) => `Din tilmelding til „${title}“:`,
    yourRegistrations: (count) => `Du er tilmeldt ${count} møder:`,
    whichRegistration: 'Du er tilmeldt flere møder. Hvilket gælder det?',
    cancelQuestion: (title) => `Vil du melde dig fra „${title}“?`,
    cancelDone: (kept, promoted) =>
      `Du er nu afmeldt, og dine oplysninger er slettet${kept.length ? ` – kun ${and(kept.map((k) => k.toLowerCase()))} gemmes uden dit navn til arrangørens optælling` : ''}.${promoted ? ' Din plads er givet videre til den første på ventelisten.' : ''}`,
    cancelKept: 'Fint – du er stadig tilmeldt.',
    deleteQuestion: 'Vil du slette alt, hvad jeg har gemt om dig – også dine tilmeldinger og påbegyndte tilmeldinger?',
    deleteDone: (had) =>
      had
        ? 'Jeg har slettet dine tilmeldinger og alt, hvad jeg har gemt om dig.'
        : 'Jeg havde ingen tilmelding fra dig. Alt, hvad jeg har gemt om dig, er slettet.',
    deleteKept: 'Fint – intet er slettet.',
    promoted: (title, when) => `Godt nyt: Der er blevet en plads ledig, og du er nu tilmeldt „${title}“ ${when}.`,
    yesNo: 'Svar venligst „ja“ eller „nej“.',
    yesNoButtons: { yes: 'Ja', no: 'Nej' },
    calendarButton: 'Tilføj til kalender',
    cardTitle: 'Din tilmelding',
    noAnswer: '(intet)',
    others: ({ url, email, phone }, inChat, alsoYou) => {
      const ways = [
        inChat ? 'skrive „tilmeld mig“ til mig i Teams' : undefined,
        url ? `tilmelde sig via ${url}` : undefined,
        email ? `tilmelde sig på e-mail til ${email}` : undefined,
        phone ? `ringe på ${phone}` : undefined,
      ].filter((w): w is string => w !== undefined);
      return `Hver deltager tilmelder sig selv – så kommer navn og e-mail rigtigt med.${ways.length ? ` Din kollega kan ${or(ways)}.` : ''} ${alsoYou ? 'Jeg tilmelder dig selv nu.' : 'Vil du tilmelde dig selv, så skriv „tilmeld mig“.'}`;
    },
    changeWhich: (labels) => `Hvad vil du rette? (${or(labels.map((l) => l.toLowerCase()))})`,
    changedTo: (label, value) => `${label} er nu „${value}“.`,
    nothingToChange: 'Der er ikke noget at rette endnu.',
  },
  organiser: {
    notOrganiser: 'Det kan jeg desværre ikke vise dig – tilmeldinger og spørgsmål kan kun arrangørerne se.',
    onlyInPersonalChat: 'Det indeholder personoplysninger, så jeg viser det kun i en personlig chat med mig. Skriv til mig direkte.',
    summary: (title, registered, waitlisted, cancelled, capacity) =>
      `„${title}“: Tilmeldte: ${registered}${capacity ? ` (af ${capacity} pladser)` : ''}. På venteliste: ${waitlisted}. Afmeldte: ${cancelled}.`,
    countFor: (label, registered, waitlisted) => `${label}: ${registered} tilmeldt${waitlisted ? ` og ${waitlisted} på venteliste` : ''}.`,
    countCancelled: (cancelled) => `Afmeldte: ${cancelled}.`,
    countCancelledFor: (label, cancelled) => `${label}: ${cancelled} afmeldt.`,
    breakdownTitle: (label) => `Tilmeldte fordelt på ${label.toLowerCase()}`,
    countHeader: 'Antal',
    total: 'I alt',
    noGroups: 'Tilmeldingen spørger ikke om noget, der kan tælles i grupper.',
    listTitle: (count, filter) => `Tilmeldte${filter ? ` (${filter})` : ''}: ${count}`,
    waitingTitle: 'På venteliste:',
    participantLine: (name, details) => `${name}${details.length ? ` – ${details.join(', ')}` : ''}`,
    page: (page, pages, next) => `Side ${page} af ${pages}. Skriv „${next}“ for at se flere.`,
    onlyPages: (pages) => `Listen har kun ${pages} ${pages === 1 ? 'side' : 'sider'}.`,
    nextPageCommand: (page) => `deltagerlisten side ${page}`,
    nobody: 'Ingen er tilmeldt endnu.',
    nobodyFrom: (label) => `Ingen er tilmeldt fra ${label}.`,
    topicsTitle: (count) => `Det, deltagerne har skrevet (${count}):`,
    noTopics: 'Ingen af de tilmeldte har skrevet noget endnu.',
    noTopicField: 'Tilmeldingen har intet fritekstspørgsmål.',
    exportReady: (rows) =>
      `Her er alle tilmeldinger som CSV (${rows} ${rows === 1 ? 'række' : 'rækker'}). Filen åbner i Excel med æ, ø og å.`,
    exportConsent: (rows) =>
      `Tilmeldingerne er klar som CSV (${rows} ${rows === 1 ? 'række' : 'rækker'}). Tillad, at jeg gemmer filen i din OneDrive.`,
    exportDescription: (title) => `Tilmeldinger til ${title} (CSV)`,
    exportUploaded: (name) => `Filen ${name} er gemt i din OneDrive.`,
    exportDeclined: 'Fint – jeg har ikke gemt filen.',
    exportFailed: 'Jeg kunne ikke gemme filen i din OneDrive. Prøv igen om lidt.',
    overviewTitle: 'Dine kommende møder',
    overviewLine: (title, when, registered, waitlisted, cancelled) =>
      `- ${title} (${when}): ${registered} tilmeldt, ${waitlisted} på venteliste, ${cancelled} afmeldt`,
    overviewNone: 'Du er ikke arrangør af nogen kommende møder.',
    overviewHeaders: { event: 'Møde', registered: 'Tilmeldt', waitlisted: 'Venteliste', cancelled: 'Afmeldt' },
    csv: {
      status: 'Status',
      registeredAt: 'Tilmeldt',
      waitlistNumber: 'Venteliste nr.',
      statuses: { registered: 'Tilmeldt', waitlisted: 'Venteliste', cancelled: 'Afmeldt' },
      fileName: (id) => `tilmeldinger-${id}.csv`,
    },
  },
  unanswered: {
    title: (count) => `Spørgsmål, invitationen ikke svarer på (${count}) – mest stillede først:`,
    line: (number, text, count, lang) => `${number}. „${text}“${count > 1 ? ` (${count} gange)` : ''}${lang === 'en' ? ' [engelsk]' : ''}`,
    more: (count) => `… og ${count} spørgsmål mere.`,
    none: 'Der er ingen ubesvarede spørgsmål.',
    howToAnswer: 'Svar med fx „svar på 1: Der er gratis parkering bag rådhuset“.',
    answerPrompt: (question) => `Skriv svaret på „${question}“.`,
    confirm: (question, answer) =>
      `Jeg gemmer dette svar på „${question}“:\n„${answer}“\nDet kan alle, der spørger, få at se. Skal jeg gemme det?`,
    saved: (number) => `Gemt som svar ${number}. Dem, der har spurgt inden for de sidste 14 dage, får svaret her i chatten.`,
    notSaved: 'Fint – intet er gemt.',
    noSuchQuestion: (number) => `Der er intet spørgsmål nr. ${number}. Skriv „ubesvarede spørgsmål“ for at se listen.`,
    noSuchAnswer: (number) => `Der er intet svar nr. ${number}. Skriv „vis svar“ for at se dem.`,
    answersTitle: (count) => `Svar, arrangørerne har tilføjet (${count}):`,
    answerLine: (number, questions, answer) => `${number}. „${questions}“ → „${answer}“`,
    noAnswers: 'Der er ikke tilføjet nogen svar endnu.',
    editPrompt: (number, answer) =>
      `Svar ${number} er nu: „${answer}“. Skriv det nye svar – på engelsk, hvis du vil tilføje en engelsk udgave.`,
    editConfirm: (number, answer) => `Svar ${number} bliver:\n„${answer}“\nSkal jeg gemme det?`,
    edited: (number, added) =>
      added ? `Svar ${number} har nu også en ${added === 'en' ? 'engelsk' : 'dansk'} udgave.` : `Svar ${number} er rettet.`,
    removed: (number) => `Svar ${number} er fjernet. Spørgsmålene står igen på listen over ubesvarede.`,
    removeConfirm: (number, answer) => `Skal jeg fjerne svar ${number}: „${answer}“?`,
    closingTheLoop: (question, answer, original) =>
      `Du spurgte om „${question}“. Arrangørerne har nu svaret${original ? ` (på ${original === 'en' ? 'engelsk' : 'dansk'})` : ''}: ${answer}`,
    masked: { email: '[e-mail]', phone: '[telefonnummer]', number: '[nummer]', name: '[navn]' },
  },
  calendarOrganisers: (organisers) => `Arrangør: ${and(organisers)}`,
  calendarEndEstimated: 'Invitationen siger ikke, hvornår mødet slutter – sluttidspunktet her er kun et skøn.',
  privacyPage: (days, stateDays) => ({
    title: 'Mødebot – privatlivspolitik',
    paragraphs: [
      'Når du tilmelder dig et møde i chatten, gemmer Mødebot de oplysninger, invitationen beder om (typisk navn og e-mail), så arrangøren kan planlægge mødet og sende dig praktisk information. Intet andet.',
      `Oplysningerne slettes ${days} dage efter mødet. Melder du fra, slettes dine oplysninger med det samme; kun de svar, arrangøren tæller afmeldinger efter (fx kommune og rolle), gemmes – uden dit navn og uden noget, der fører tilbage til dig.`,
      'Skriv „min tilmelding“ til Mødebot for at se dine oplysninger og „slet mine data“ for at slette alt, hvad Mødebot har gemt om dig.',
      `En tilmelding, du ikke gør færdig, gemmes kun i samtalen og slettes, når der ikke er skrevet i den i ${stateDays} dage.`,
      'Spørgsmål, invitationen ikke svarer på, gemmes uden navn og med e-mailadresser, telefonnumre og navne skjult, så arrangørerne kan svare på dem. De slettes sammen med mødets øvrige data.',
      'Spurgte du i en personlig chat, husker Mødebot i højst 14 dage, hvor du skal have svaret, når arrangørerne svarer – det får du én gang, og højst én sådan besked om dagen. „Slet mine data“ sletter det.',
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
};
