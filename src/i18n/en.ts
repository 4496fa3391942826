import { enAnswers } from './en.answers';
import { listOf } from './shared';
import type { Messages } from './types';

const and = (items: string[]) => listOf(items, 'en');
const or = (items: string[]) => listOf(items, 'en', 'disjunction');

export const en: Messages = {
  welcome: (title, others, where = 'personal') =>
    title
      ? `Hi! I'm Mødebot. I answer questions about "${title}" – when and where it is, the programme and who is invited.${others > 0 ? ` I also know ${others} other ${others === 1 ? 'meeting' : 'meetings'} – type "other meetings".` : ''}${where === 'group' ? ' Mention me with @ in your question.' : ' Type your question or pick one below.'}`
      : "Hi! I'm Mødebot. I answer questions about meetings I have the invitation to. There are no upcoming meetings right now.",
  welcomeMany: (count) =>
    `Hi! I'm Mødebot. I answer questions about ${count} upcoming meetings and take sign-ups. Which meeting would you like to ask about?`,
  suggestions: { when: 'When?', where: 'Where?', programme: 'Programme', signUp: 'Sign me up', otherMeetings: 'Other meetings' },
  answers: enAnswers,
  smallTalk: {
    greeting: (title) => `Hi! Ask me about ${title ? `"${title}"` : 'the meeting'} – for example "when is it?" or "what's the programme?".`,
    thanks: "You're welcome! Just ask if there's anything else.",
    farewell: 'Goodbye – have a nice day!',
    acknowledgement: '👍',
    abuse: "I'm sorry to hear that. I'm trying to help – type your question about the meeting and I'll answer as well as I can.",
    whatAreYou: (title) =>
      `I'm Mødebot, a chat bot that answers from the invitation${title ? ` to "${title}"` : ''} and takes sign-ups. If the invitation doesn't say, I tell you so and who to ask.`,
    speakLanguage: 'Yes – I speak English and Danish. Write in whichever you prefer. / Ja – jeg taler også dansk.',
    howAreYou: 'Fine, thanks! What would you like to know about the meeting?',
    help: (title, signUpOpen) =>
      `I answer questions about ${title ? `"${title}"` : 'the meeting'}: time, place, programme, speakers, who is invited, practical matters and registration.${signUpOpen ? ' Type "sign me up" to register and "my registration" to see it.' : ''} If the invitation doesn't say, I tell you so and who to ask.`,
    gibberish: 'I didn\'t understand that. Please type your question about the meeting, e.g. "where is the meeting?".',
    notUnderstood: 'Noted. Ask me anything about the meeting, e.g. "when does it start?" or "what is the programme?".',
  },
  feedback: {
    question: 'Did that answer it?',
    yes: '👍',
    no: '👎',
    thanks: 'Thanks!',
    recorded: "Thanks – I'll pass the question on to the organisers so the answer can get better.",
  },
  emptyMessage: 'I received an empty message. Please type your question, for example "when is the meeting?".',
  turnError: 'Sorry, something went wrong on my side. Please try again in a moment – nothing you wrote has been lost.',
  storeUnavailable:
    "Sorry – I can't store or look anything up just now, so I couldn't use your message. Nothing you have already answered is lost. Please send it again in a moment. I can still answer questions about the meeting.",
  stateConflict:
    'Your message arrived at the same moment as another one from you, so I have only used the other one. Please look at my latest reply and send your message again if it still applies.',
  staleCard: 'I can no longer use that card answer. Please type what you would like – e.g. "sign me up" or "my registration".',
  sentPrivately: "That involves personal data, so I'll send it to you in a personal chat.",
  privateFailed: "I couldn't start a personal chat with you. Please message me directly – find Mødebot under Apps in Teams.",
  events: {
    choose: (count) => `I know ${count} upcoming meetings. Which one would you like to ask about?`,
    chooseFor: (question) => `Which meeting is "${question}" about?`,
    option: (title, when) => `${title} – ${when}`,
    chosen: (title, when) => `Fine – we're talking about "${title}" (${when}). Type "switch meeting" to pick another.`,
    none: 'There are no upcoming meetings right now.',
    onlyPast: 'There are no upcoming meetings right now, but you can ask about past ones.',
    list: (lines) => `Upcoming meetings:\n${lines.join('\n')}\n\nType the meeting's name, or pick it on the card.`,
    about: (title) => `About "${title}":`,
    notFound: 'I don\'t know that meeting. Type "other meetings" to see the ones I know.',
    bound: (title, where) =>
      `From now on, questions ${{ channel: 'in this channel', team: 'in the whole team', chat: 'in this chat' }[where]} are about "${title}". A question that names another meeting is answered for that one. Type "don't use this meeting here" to undo it.`,
    unbound: (title, where) => `This ${where} is no longer tied to "${title}". Name the meeting in your question, or pick it when I ask.`,
    notBound: 'No meeting is tied to this place.',
    bindOnlyOrganisers: 'Only organisers can choose the meeting for a channel or chat.',
    bindOnlyShared: 'A meeting can be tied to a channel, a team or a group chat in Teams: write it there and mention me.',
    bindNone: "You're not an organiser of any upcoming meeting I know.",
    bindChoose: 'Which meeting should be used here?',
    chooseCancel: (count) => `You're registered for ${count} meetings. Which one would you like to cancel?`,
    chooseOwn: (count) => `You organise ${count} meetings. Which one is it about?`,
    linkMessage: (title) => `I have a question about "${title}"`,
  },
  registration: {
    privacyNotice: (title, fields, organisers, days) =>
      `Signing up for "${title}". I will store your ${and(fields.map((f) => (f.purpose ? `${f.label.toLowerCase()} (${f.purpose})` : f.label.toLowerCase())))} so that ${organisers.length ? and(organisers) : 'the organiser'} can plan the meeting and send you practical information – nothing else. It is deleted ${days} days after the meeting. Type "my registration" to see it and "delete my data" to delete it – at any time.`,
    privacyQuestion: 'Would you like to go on with signing up?',
    privacyDeclined: 'Fine – nothing has been stored. Type "sign me up" if you change your mind.',
    fieldLabel: (kind) =>
      ({ name: 'Name', email: 'E-mail', phone: 'Phone', organisation: 'Organisation', choice: 'Choice', text: 'Answer' })[kind],
    sessionLabel: 'Date',
    sessionPrompt: (lines) => `The meeting is held more than once. Which date will you attend?\n${lines.join('\n')}`,
    fieldPrompt: (kind) =>
      ({
        name: 'What is your full name?',
        email: 'Which e-mail address should we use for practical information about the meeting?',
        phone: 'Which phone number can we reach you on?',
        organisation: 'Which organisation or municipality are you from?',
        choice: 'Please pick an option.',
        text: 'Please type your answer.',
      })[kind],
    prefillConfirm: (label, value) => `From Teams I have your ${label.toLowerCase()}: "${value}". Shall I use it?`,
    fieldProblem: (problem, label, max) =>
      ({
        empty: `I didn't get an answer. ${label}, please.`,
        tooLong: `That is too long – at most ${max} characters. Please try again.`,
        markup: 'Please write it without characters such as < > * _ [ ] { } # – try again.',
        notAName: 'Please write your name in letters, e.g. "Anna Jensen".',
        notAnEmail: "That doesn't look like an e-mail address – it should look like name@example.com. Please try again.",
        notAPhone: 'That doesn\'t look like a phone number – e.g. "+45 12 34 56 78". Please try again.',
        noSuchChoice: "I couldn't find that among the options. Please pick one of them.",
        refusal: 'I won\'t take that as an answer. Please answer the question, or type "cancel" to stop.',
        unsure: `No problem – this question is about your ${label.toLowerCase()}. Type what you'd like to give, or type "cancel" to stop.`,
        ambiguous: 'That fits more than one of the options. Please pick the one you mean.',
        question: `That sounds like a question I can't answer here. Please type your ${label.toLowerCase()}, or type "cancel" to stop.`,
      })[problem],
    understood: (label, value) => `${label}: ${value} ✓`,
    confirmValue: (label, value) => `I understood your ${label.toLowerCase()} as "${value}". Is that right?`,
    confirmChoice: (label, value) => `I understood your ${label.toLowerCase()} as "${value}". Is that right?`,
    confirmTopic: (value) => `Was "${value}" your answer?`,
    confirmOther: (label, value, other) =>
      `"${value}" is not on the list, so I'll put it as your ${label.toLowerCase()} under "${other}". Is that right?`,
    whichChoice: (options) => `Do you mean ${or(options.map((o) => `"${o}"`))}?`,
    signUpUnderWay: 'We are already signing you up.',
    choicesList: (options, other) => `Options: ${options.join(', ')}${other ? ` – or "other" (${other.toLowerCase()})` : ''}.`,
    otherButton: 'Other',
    choose: 'Choose',
    chooseLabel: (label) => `Choose your ${label.toLowerCase()}`,
    chooseError: 'Please pick an option from the list.',
    skip: 'Skip',
    reviewIntro: 'Please check your details:',
    reviewQuestion: (fields) =>
      `Is this correct? Answer "yes" to register. You can change any field – e.g. "change ${fields[0]?.toLowerCase() ?? 'name'}" – or type "cancel".`,
    reviewButtons: { confirm: 'Yes, register me', change: 'Change', cancel: 'Cancel' },
    reviewNotUnderstood: 'I didn\'t understand that. Answer "yes", "change" and the field, or "cancel".',
    whichField: (labels) => `What would you like to change? (${or(labels.map((l) => l.toLowerCase()))})`,
    registered: (title, when, calendar) =>
      `You are registered for "${title}" on ${when}.${calendar === 'attached' ? ' The calendar file is attached.' : calendar === 'link' ? ' Use the "Add to calendar" button on the card.' : ''} Type "my registration" to see or change it and "cancel my registration" to withdraw.`,
    waitlisted: (position) =>
      `The meeting is fully booked, so you are number ${position} on the waiting list. I'll tell you here in the chat as soon as you move up.`,
    updated: 'Your registration has been updated.',
    unchanged: 'You are already registered with exactly these details – nothing has changed.',
    closed: (reason, when) =>
      ({
        notOffered: "The invitation doesn't say anything about signing up, so I can't register you here.",
        notRequired: 'There is no registration for this meeting – just come along.',
        deadline: `The registration deadline was ${when}, so registration is closed.`,
        started: `Registration is closed because the meeting has started (${when}).`,
        past: `The meeting took place on ${when}, so registration is closed.`,
      })[reason],
    notInChat: (ways) => `Sign-up doesn't happen here in the chat. ${ways}`,
    alreadyRegistered: 'You are already registered. Would you like to change your registration?',
    keptAsIs: 'Fine – your registration is unchanged.',
    aborted: 'Registration stopped. Nothing has been stored.',
    help: (label) =>
      `You are signing up, and I still need your ${label.toLowerCase()}. Answer the question, ask something about the meeting, type "change" and a field to correct an earlier answer, or "cancel" to stop. Nothing is stored until you confirm.`,
    reviewHelp:
      'All that is left is to confirm. Answer "yes" to register, "change" and the field to correct it, or "cancel" to stop without storing anything.',
    saveFailed: 'I couldn\'t save your registration just now. Your answers are not lost – type "try again" in a moment.',
    notRegistered: 'You are not registered. Type "sign me up" to register.',
    notRegisteredFor: (title) => `You are not registered for "${title}".`,
    statusLine: (status, position) => (status === 'registered' ? 'Status: registered' : `Status: number ${position} on the waiting list`),
    yourRegistration: (title) => `Your registration for "${title}":`,
    yourRegistrations: (count) => `You are registered for ${count} meetings:`,
    whichRegistration: 'You are registered for several meetings. Which one do you mean?',
    cancelQuestion: (title) => `Do you want to withdraw from "${title}"?`,
    cancelDone: (kept, promoted) =>
      `You are now unregistered and your details have been deleted${kept.length ? ` – only your ${and(kept.map((k) => k.toLowerCase()))} is kept, without your name, for the organiser's count` : ''}.${promoted ? ' Your seat has gone to the first person on the waiting list.' : ''}`,
    cancelKept: 'Fine – you are still registered.',
    deleteQuestion: 'Do you want me to delete everything I have stored about you – your registrations and unfinished sign-ups included?',
    deleteDone: (had) =>
      had
        ? 'I have deleted your registrations and everything I stored about you.'
        : 'I had no registration from you. Everything I stored about you has been deleted.',
    deleteKept: 'Fine – nothing has been deleted.',
    promoted: (title, when) => `Good news: a seat has become free, and you are now registered for "${title}" on ${when}.`,
    yesNo: 'Please answer "yes" or "no".',
    yesNoButtons: { yes: 'Yes', no: 'No' },
    calendarButton: 'Add to calendar',
    cardTitle: 'Your registration',
    noAnswer: '(none)',
    others: ({ url, email, phone }, inChat, alsoYou) => {
      const ways = [
        inChat ? 'write "sign me up" to me in Teams' : undefined,
        url ? `sign up at ${url}` : undefined,
        email ? `sign up by e-mail to ${email}` : undefined,
        phone ? `call ${phone}` : undefined,
      ].filter((w): w is string => w !== undefined);
      return `Everyone signs up themselves – that way their name and e-mail are right.${ways.length ? ` Your colleague can ${or(ways)}.` : ''} ${alsoYou ? "I'll sign you yourself up now." : 'To sign yourself up, type "sign me up".'}`;
    },
    changeWhich: (labels) => `What would you like to change? (${or(labels.map((l) => l.toLowerCase()))})`,
    changedTo: (label, value) => `${label} is now "${value}".`,
    nothingToChange: 'There is nothing to change yet.',
  },
  organiser: {
    notOrganiser: "Sorry, I can't show you that – only the organisers can see registrations and questions.",
    onlyInPersonalChat: 'That contains personal data, so I only show it in a personal chat with me. Please message me directly.',
    summary: (title, registered, waitlisted, cancelled, capacity) =>
      `"${title}": Registered: ${registered}${capacity ? ` (of ${capacity} places)` : ''}. Waiting list: ${waitlisted}. Cancelled: ${cancelled}.`,
    countFor: (label, registered, waitlisted) =>
      `${label}: ${registered} registered${waitlisted ? ` and ${waitlisted} on the waiting list` : ''}.`,
    countCancelled: (cancelled) => `Cancelled: ${cancelled}.`,
    countCancelledFor: (label, cancelled) => `${label}: ${cancelled} cancelled.`,
    breakdownTitle: (label) => `Registrations by ${label.toLowerCase()}`,
    countHeader: 'Count',
    total: 'Total',
    noGroups: 'The sign-up asks nothing that can be counted in groups.',
    listTitle: (count, filter) => `Registered${filter ? ` (${filter})` : ''}: ${count}`,
    waitingTitle: 'Waiting list:',
    participantLine: (name, details) => `${name}${details.length ? ` – ${details.join(', ')}` : ''}`,
    page: (page, pages, next) => `Page ${page} of ${pages}. Type "${next}" to see more.`,
    onlyPages: (pages) => `The list has only ${pages} ${pages === 1 ? 'page' : 'pages'}.`,
    nextPageCommand: (page) => `attendee list page ${page}`,
    nobody: 'Nobody has registered yet.',
    nobodyFrom: (label) => `Nobody has registered from ${label}.`,
    topicsTitle: (count) => `What participants wrote (${count}):`,
    noTopics: 'None of the registered participants has written anything yet.',
    noTopicField: 'The sign-up has no free-text question.',
    exportReady: (rows) =>
      `Here are all registrations as CSV (${rows} ${rows === 1 ? 'row' : 'rows'}). The file opens in Excel with æ, ø and å intact.`,
    exportConsent: (rows) =>
      `The registrations are ready as CSV (${rows} ${rows === 1 ? 'row' : 'rows'}). Allow me to save the file to your OneDrive.`,
    exportDescription: (title) => `Registrations for ${title} (CSV)`,
    exportUploaded: (name) => `The file ${name} is saved in your OneDrive.`,
    exportDeclined: "Fine – I haven't saved the file.",
    exportFailed: "I couldn't save the file to your OneDrive. Please try again in a moment.",
    overviewTitle: 'Your upcoming meetings',
    overviewLine: (title, when, registered, waitlisted, cancelled) =>
      `- ${title} (${when}): ${registered} registered, ${waitlisted} waiting, ${cancelled} cancelled`,
    overviewNone: "You don't organise any upcoming meetings.",
    overviewHeaders: { event: 'Meeting', registered: 'Registered', waitlisted: 'Waiting', cancelled: 'Cancelled' },
    csv: {
      status: 'Status',
      registeredAt: 'Registered at',
      waitlistNumber: 'Waiting list no.',
      statuses: { registered: 'Registered', waitlisted: 'Waiting list', cancelled: 'Cancelled' },
      fileName: (id) => `registrations-${id}.csv`,
    },
  },
  unanswered: {
    title: (count) => `Questions the invitation doesn't answer (${count}) – most asked first:`,
    line: (number, text, count, lang) => `${number}. "${text}"${count > 1 ? ` (${count} times)` : ''}${lang === 'da' ? ' [Danish]' : ''}`,
    more: (count) => `… and ${count} more.`,
    none: 'There are no unanswered questions.',
    howToAnswer: 'Answer with e.g. "answer 1: There is free parking behind the town hall".',
    answerPrompt: (question) => `Type the answer to "${question}".`,
    confirm: (question, answer) => `I'll save this answer to "${question}":\n"${answer}"\nEveryone who asks will see it. Shall I save it?`,
    saved: (number) => `Saved as answer ${number}. Those who asked within the last 14 days get the answer here in the chat.`,
    notSaved: 'Fine – nothing has been saved.',
    noSuchQuestion: (number) => `There is no question number ${number}. Type "unanswered questions" to see the list.`,
    noSuchAnswer: (number) => `There is no answer number ${number}. Type "show answers" to see them.`,
    answersTitle: (count) => `Answers the organisers have added (${count}):`,
    answerLine: (number, questions, answer) => `${number}. "${questions}" → "${answer}"`,
    noAnswers: 'No answers have been added yet.',
    editPrompt: (number, answer) => `Answer ${number} is now: "${answer}". Type the new answer – in Danish to add a Danish version.`,
    editConfirm: (number, answer) => `Answer ${number} will be:\n"${answer}"\nShall I save it?`,
    edited: (number, added) =>
      added ? `Answer ${number} now has ${added === 'en' ? 'an English' : 'a Danish'} version too.` : `Answer ${number} has been changed.`,
    removed: (number) => `Answer ${number} has been removed. Its questions are back on the list of unanswered ones.`,
    removeConfirm: (number, answer) => `Shall I remove answer ${number}: "${answer}"?`,
    closingTheLoop: (question, answer, original) =>
      `You asked about "${question}". The organisers have now answered${original ? ` (in ${original === 'en' ? 'English' : 'Danish'})` : ''}: ${answer}`,
    masked: { email: '[e-mail]', phone: '[phone number]', number: '[number]', name: '[name]' },
  },
  calendarOrganisers: (organisers) => `Organised by ${and(organisers)}`,
  calendarEndEstimated: 'The invitation does not say when the meeting ends – the end time here is only an estimate.',
  privacyPage: (days, stateDays) => ({
    title: 'Mødebot – privacy policy',
    paragraphs: [
      'When you sign up for a meeting in the chat, Mødebot stores what the invitation asks for (usually name and e-mail) so that the organiser can plan the meeting and send you practical information. Nothing else.',
      `The data is deleted ${days} days after the meeting. If you cancel, your data is deleted at once; only the answers the organiser counts cancellations by (such as municipality and role) are kept – without your name or anything that leads back to you.`,
      'Write "my registration" to Mødebot to see your data and "delete my data" to delete everything Mødebot has stored about you.',
      `A sign-up you do not finish is kept only in the conversation and deleted when nothing has been written there for ${stateDays} days.`,
      "Questions the invitation doesn't answer are kept without names, with e-mail addresses, phone numbers and names masked, so the organisers can answer them. They are deleted with the meeting's other data.",
      'If you asked in a personal chat, Mødebot remembers for at most 14 days where to send you the answer when the organisers give one – you get it once, and at most one such message a day. "Delete my data" deletes it.',
      'Only the organisers can see registrations. Mødebot never writes your answers to its logs.',
    ],
  }),
  termsPage: {
    title: 'Mødebot – terms of use',
    paragraphs: [
      'Mødebot answers from the meeting invitation. When the invitation does not say, Mødebot says so and refers you to the organiser.',
      "Signing up in the chat is the same as signing up through the organiser's own link. Questions about the meeting go to the organiser.",
    ],
  },
};
