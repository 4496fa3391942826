import { bulletList, contactLine } from './shared';
import type { ContactFacts, Messages } from './types';

const contactText = (c: ContactFacts) => contactLine(c, { email: 'e-mail', phone: 'phone' });
const list = bulletList;
const and = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const or = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(items);

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
  registrationLink: (url) =>
    `You register by following this link: ${url}\nYou can also sign up right here in the chat – type "sign me up". The invitation gives no registration deadline.`,
  signUp: (url) => `You can sign up through the link in the invitation: ${url}`,
  letterDate: (date, sender) => `The invitation from ${sender} is dated ${date}.`,
  senderAddress: (organisation, lines, website) => `${organisation}'s address is ${lines.join(', ')} (${website}).`,
  contact: (c) => `The invitation is signed by ${contactText(c)}.`,
  dontKnow: (c) =>
    `The invitation doesn't say, so I'm afraid I don't know. Please ask the organiser: ${contactText(c)}.`,
  partlyUnknown: "The invitation doesn't say anything about the rest of your question.",
  passage: (quote, other) => `The invitation says${other ? ' (in Danish)' : ''}: "${quote}"`,
  greeting: (title) => `Hi! Ask me about "${title}" – for example "when is the meeting?" or "what's the programme?".`,
  help: (title) =>
    `I answer questions about "${title}": time, place, programme, who is invited, purpose, background, organisers and registration. Try "where is the meeting?". If the invitation doesn't say, I'll tell you so and who to ask.`,
  thanks: "You're welcome!",
  emptyMessage: 'I received an empty message. Please type your question, for example "when is the meeting?".',
  turnError: "Sorry, something went wrong on my side. Please try again in a moment – nothing you wrote has been lost.",
  storeUnavailable:
    "Sorry – I can't store or look anything up just now, so I couldn't use your message. Nothing you have already answered is lost. Please send it again in a moment. I can still answer questions about the meeting.",
  stateConflict:
    'Your message arrived at the same moment as another one from you, so I have only used the other one. Please look at my latest reply and send your message again if it still applies.',
  calendarOrganisers: (organisers) => `Organised by ${organisers.join(' and ')}`,
  privacyPage: (days, stateDays, organisers) => ({
    title: 'Mødebot – privacy policy',
    paragraphs: [
      `When you sign up for a meeting in the chat, Mødebot stores what the invitation asks for (such as name, e-mail, municipality, role and a topic) so that ${organisers.join(' and ')} can plan the meeting and send you practical information. Nothing else.`,
      `The data is deleted ${days} days after the meeting. If you cancel, your name, e-mail and topic are deleted at once; only municipality and role are kept for the organiser's count.`,
      'Write "my registration" to Mødebot to see your data and "delete my data" to delete everything Mødebot has stored about you.',
      `A sign-up you do not finish is kept only in the conversation and deleted when nothing has been written there for ${stateDays} days.`,
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
  organiser: {
    sentPrivately: "That involves personal data, so I'll send it to you in a personal chat.",
    privateFailed: "I couldn't start a personal chat with you. Please message me directly – find Mødebot under Apps in Teams.",
    notOrganiser: (c) =>
      `Sorry, I can't show you that – only the organisers can see registrations. If you have questions, contact ${c.name} (${c.organisation}), ${c.website}.`,
    onlyInPersonalChat: 'That contains personal data, so I only show it in a personal chat with me. Please message me directly.',
    summary: (registered, waitlisted, cancelled) => `Registered: ${registered}. Waiting list: ${waitlisted}. Cancelled: ${cancelled}.`,
    countFor: (label, registered, waitlisted) =>
      `From ${label}: ${registered} registered${waitlisted ? ` and ${waitlisted} on the waiting list` : ''}.`,
    breakdownTitle: (label) => `Registrations by ${label.toLowerCase()}`,
    countHeader: 'Count',
    total: 'Total',
    listTitle: (count, filter) => `Registered${filter ? ` from ${filter}` : ''}: ${count}`,
    waitingTitle: 'Waiting list:',
    participantLine: (name, role, municipality) => `${name} – ${role}, ${municipality}`,
    page: (page, pages, next) => `Page ${page} of ${pages}. Type "${next}" to see more.`,
    nextPageCommand: (page) => `attendee list page ${page}`,
    nobody: 'Nobody has registered yet.',
    topicsTitle: (count) => `Topics participants want to raise (${count}):`,
    noTopics: 'None of the registered participants has suggested a topic yet.',
    exportReady: (rows) => `Here are all registrations as CSV (${rows} ${rows === 1 ? 'row' : 'rows'}). The file opens in Excel with æ, ø and å intact.`,
    exportConsent: (rows) => `The registrations are ready as CSV (${rows} ${rows === 1 ? 'row' : 'rows'}). Allow me to save the file to your OneDrive.`,
    exportDescription: (title) => `Registrations for ${title} (CSV)`,
    exportUploaded: (name) => `The file ${name} is saved in your OneDrive.`,
    exportDeclined: "Fine – I haven't saved the file.",
    exportFailed: "I couldn't save the file to your OneDrive. Please try again in a moment.",
    csv: {
      status: 'Status',
      registeredAt: 'Registered at',
      waitlistNumber: 'Waiting list no.',
      statuses: { registered: 'Registered', waitlisted: 'Waiting list', cancelled: 'Cancelled' },
      fileName: (id) => `registrations-${id}.csv`,
    },
  },
  registration: {
    privacyNotice: (labels, organisers, days) =>
      `Before we start: I will store your ${and(labels.map((l) => l.toLowerCase()))} so that ${organisers.join(' and ')} can plan the meeting and send you practical information. Nothing else. The data is deleted ${days} days after the meeting. Type "my registration" to see it and "delete my data" to delete it – at any time. Type "cancel" to stop along the way.`,
    prefillConfirm: (label, value) => `From Teams I have your ${label.toLowerCase()}: "${value}". Shall I use it?`,
    fieldProblem: (problem, label, max) =>
      ({
        empty: `I didn't get an answer. ${label}, please.`,
        tooLong: `That is too long – at most ${max} characters. Please try again.`,
        markup: 'Please write it without characters such as < > * _ [ ] { } # – try again.',
        notAName: 'Please write your name in letters, e.g. "Anna Jensen".',
        notAnEmail: "That doesn't look like an e-mail address – it should look like name@example.com. Please try again.",
        noSuchChoice: "I couldn't find that among the options. Please pick one of them.",
      })[problem],
    choicesList: (options, other) => `Options: ${options.join(', ')}${other ? ` – or "other" (${other.toLowerCase()})` : ''}.`,
    choose: 'Choose',
    skip: 'Skip',
    reviewIntro: 'Please check your details:',
    reviewQuestion: 'Is this correct? Answer "yes" to register, "change" and the field (e.g. "change e-mail") to correct it, or "cancel".',
    reviewButtons: { confirm: 'Yes, register me', change: 'Change', cancel: 'Cancel' },
    reviewNotUnderstood: 'I didn\'t understand that. Answer "yes", "change" and the field, or "cancel".',
    whichField: (labels) => `What would you like to change? (${or(labels.map((l) => l.toLowerCase()))})`,
    registered: (title, when) =>
      `You are registered for "${title}" on ${when}. The calendar file is attached. Type "my registration" to see or change it and "cancel my registration" to withdraw.`,
    waitlisted: (position) =>
      `The meeting is fully booked, so you are number ${position} on the waiting list. I'll tell you here in the chat as soon as you move up.`,
    updated: 'Your registration has been updated.',
    unchanged: 'You are already registered with exactly these details – nothing has changed.',
    closed: (reason, when) =>
      ({
        started: `Registration is closed because the meeting has started (${when}).`,
        past: `The meeting took place on ${when}, so registration is closed.`,
        deadline: `The registration deadline was ${when}, so registration is closed.`,
      })[reason],
    alreadyRegistered: 'You are already registered. Would you like to change your registration?',
    keptAsIs: 'Fine – your registration is unchanged.',
    aborted: 'Registration stopped. Nothing has been stored.',
    help: (missing) =>
      `You are registering for the meeting and I still need your ${missing.toLowerCase()}. Answer the question, ask something about the meeting, or type "cancel" to stop. Nothing is stored until you confirm.`,
    reviewHelp: 'All that is left is to confirm. Answer "yes" to register, "change" and the field to correct it, or "cancel" to stop without storing anything.',
    saveFailed: "I couldn't save your registration just now. Your answers are not lost – type \"try again\" in a moment.",
    notRegistered: 'You are not registered. Type "sign me up" to register.',
    statusLine: (status, position) => (status === 'registered' ? 'Status: registered' : `Status: number ${position} on the waiting list`),
    yourRegistration: 'Your registration:',
    cancelQuestion: 'Do you want to withdraw from the meeting?',
    cancelDone: (promoted) =>
      `You are now unregistered, and your name, e-mail and topic have been deleted.${promoted ? ' Your seat has gone to the first person on the waiting list.' : ''}`,
    cancelKept: 'Fine – you are still registered.',
    deleteQuestion: 'Do you want me to delete everything I have stored about you – your registration included?',
    deleteDone: (had) =>
      had
        ? 'I have deleted your registration and everything I stored about you in this conversation.'
        : 'I had no registration from you. Everything I stored about you in this conversation has been deleted.',
    deleteKept: 'Fine – nothing has been deleted.',
    promoted: (title, when) => `Good news: a seat has become free, and you are now registered for "${title}" on ${when}.`,
    yesNo: 'Please answer "yes" or "no".',
    yesNoButtons: { yes: 'Yes', no: 'No' },
    calendarButton: 'Add to calendar',
    cardTitle: 'Your registration',
    staleCard: 'I can no longer use that card answer. Please type what you would like – e.g. "sign me up" or "my registration".',
    noAnswer: '(none)',
  },
};
