import type { Attachment } from 'botbuilder';
import type { MeetingEvent, RegistrationField } from '../event/schema';
import { displayAnswer } from '../registrations/fields';
import type { Answers } from '../registrations/model';
import { messages, type Lang } from '../i18n';
import { adaptiveCard as card, literal } from './adaptive';
import type { CardSubmit } from './cardSubmit';


const submit = (title: string, data: CardSubmit) => ({ type: 'Action.Submit', title, data });

/** Label/answer rows of a registration; labels come from the event file, answers are shown literally. */
function answerRows(event: MeetingEvent, answers: Answers, lang: Lang) {
  const none = messages(lang).registration.noAnswer;
  return event.registration.fields.map((field) => ({
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 2, items: [{ type: 'TextBlock', text: field.label[lang], weight: 'Bolder', wrap: true }] },
      { type: 'Column', width: 3, items: [literal(displayAnswer(field, answers, lang) || none)] },
    ],
  }));
}

export function summaryLines(event: MeetingEvent, answers: Answers, lang: Lang): string {
  const none = messages(lang).registration.noAnswer;
  return event.registration.fields.map((field) => `${field.label[lang]}: ${displayAnswer(field, answers, lang) || none}`).join('\n');
}

/** The review before anything is stored: the answers and Confirm / Change / Cancel. */
export function reviewCard(event: MeetingEvent, answers: Answers, lang: Lang): Attachment {
  const r = messages(lang).registration;
  return card(
    [{ type: 'TextBlock', text: r.reviewIntro, weight: 'Bolder', size: 'Medium', wrap: true }, ...answerRows(event, answers, lang)],
    [
      submit(r.reviewButtons.confirm, { moedebot: 'review', choice: 'confirm' }),
      submit(r.reviewButtons.change, { moedebot: 'review', choice: 'change' }),
      submit(r.reviewButtons.cancel, { moedebot: 'review', choice: 'cancel' }),
    ],
    summaryLines(event, answers, lang),
  );
}

/** The stored registration, with its status and (where the bot has a public URL) a calendar link. */
export function registrationCard(
  event: MeetingEvent,
  answers: Answers,
  lang: Lang,
  status: string,
  when: string,
  calendarUrl?: string,
): Attachment {
  const r = messages(lang).registration;
  return card(
    [
      { type: 'TextBlock', text: r.cardTitle, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: event.title[lang], wrap: true },
      { type: 'TextBlock', text: when, isSubtle: true, spacing: 'None', wrap: true },
      { type: 'TextBlock', text: status, weight: 'Bolder', wrap: true },
      ...answerRows(event, answers, lang),
    ],
    calendarUrl ? [{ type: 'Action.OpenUrl', title: r.calendarButton, url: calendarUrl }] : [],
    `${status}\n${summaryLines(event, answers, lang)}`,
  );
}

/** A choice question as a compact drop-down (19 municipalities do not fit as buttons). */
export function choiceCard(field: RegistrationField, lang: Lang): Attachment {
  const r = messages(lang).registration;
  const choices = field.choices.map((choice) => ({ title: choice.label[lang], value: choice.id }));
  if (field.other) choices.push({ title: field.other.label[lang], value: 'other' });
  return card(
    [
      { type: 'TextBlock', text: field.prompt[lang], wrap: true },
      { type: 'Input.ChoiceSet', id: 'choice', style: 'compact', isRequired: true, choices, value: choices[0]?.value },
    ],
    [submit(r.choose, { moedebot: 'field', field: field.id })],
    field.prompt[lang],
  );
}

/** The meeting's calendar file as an attachment (Emulator, Web Chat); Teams gets a link instead. */
export function calendarAttachment(ics: string, fileName: string): Attachment {
  return { contentType: 'text/calendar', name: fileName, contentUrl: `data:text/calendar;charset=utf-8;base64,${Buffer.from(ics, 'utf8').toString('base64')}` };
}
