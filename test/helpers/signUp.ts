import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { DateTime } from 'luxon';
import { localText, startOf } from '../../src/event/format';
import type { FieldKind, MeetingEvent, RegistrationField } from '../../src/event/model';
import type { Lang } from '../../src/i18n';
import { channelIdentity } from '../../src/identity';
import { fieldLabel, fieldPrompt } from '../../src/registrations/fields';
import type { RegisterOutcome } from '../../src/registrations/service';
import { cardsOf, textOf, type Speaker } from './conversation';
import { type TEST_EVENTS } from './event';
import { dialogHarness } from './testBot';

/**
 * Sign-up as a test drives it, for any event: what a person types for each field is chosen from the field's kind
 * and choices, and which field the bot asks is read from the event's own prompts. No test needs to know a field id.
 */

export type TestEvent = (typeof TEST_EVENTS)[number];
export type Harness = ReturnType<typeof dialogHarness>;
export const LANGS: readonly Lang[] = ['da', 'en'];
export const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/** What a person types to the bot, in each language. Inputs, not the bot's wording. */
export const SAY = {
  da: {
    signUp: 'tilmeld mig',
    yes: 'ja',
    no: 'nej',
    stop: 'annuller',
    help: 'hjælp',
    skip: 'spring over',
    myRegistration: 'min tilmelding',
    cancelRegistration: 'afmeld mig',
    deleteData: 'slet mine data',
    retry: 'prøv igen',
    where: 'hvor er mødet?',
    change: (label: string) => `ret ${label.toLowerCase()}`,
    changeMine: (label: string) => `ret min ${label.toLowerCase()}`,
    changeAlone: 'ret',
    nameLeadIn: (name: string) => `jeg hedder ${name}.`,
    emailLeadIn: (email: string) => `min mail er ${email}.`,
  },
  en: {
    signUp: 'sign me up',
    yes: 'yes',
    no: 'no',
    stop: 'cancel',
    help: 'help',
    skip: 'skip',
    myRegistration: 'my registration',
    cancelRegistration: 'cancel my registration',
    deleteData: 'delete my data',
    retry: 'try again',
    where: 'where is the meeting?',
    change: (label: string) => `change ${label.toLowerCase()}`,
    changeMine: (label: string) => `change my ${label.toLowerCase()}`,
    changeAlone: 'change',
    nameLeadIn: (name: string) => `my name is ${name}.`,
    emailLeadIn: (email: string) => `my email is ${email}.`,
  },
} as const;

/** A person's details, typed in full so that no answer needs a confirmation. */
export interface Person {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  text: string;
  /** Which choice (by position, skipping "other" choices) they pick in each choice field. */
  choice: number;
}

export const ANNA: Person = {
  name: 'Anna Jensen',
  email: 'anna@example.dk',
  phone: '+45 12 34 56 78',
  organisation: 'Testby Kommune',
  text: 'Inklusion i udskolingen',
  choice: 0,
};
export const BO: Person = {
  name: 'Bo Hansen',
  email: 'bo@example.dk',
  phone: '+45 87 65 43 21',
  organisation: 'Andeby Kommune',
  text: 'Trafik på skolevejen',
  choice: 1,
};

export function person(n: number): Person {
  // Two letters and "sen": never a word such as "Ja" or "No" that reads as a yes or no.
  const letters = `${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}sen`;
  return {
    name: `Deltager ${letters}`,
    email: `deltager${n}@example.dk`,
    phone: `+45 20 00 ${String(n).padStart(4, '0')}`,
    organisation: `Kommune ${letters}`,
    text: `Trafiksikkerhed og ${letters}`,
    choice: n,
  };
}

export const fieldsOf = (event: MeetingEvent): RegistrationField[] => event.registration?.fields ?? [];
export const fieldOfKind = (event: MeetingEvent, kind: FieldKind): RegistrationField | undefined =>
  fieldsOf(event).find((field) => field.kind === kind);
const isOtherChoice = (choice: RegistrationField['choices'][number]) => /^(andet|anden|andre|other|others)$/.test(choice.id);
export const plainChoices = (field: RegistrationField) => field.choices.filter((choice) => !isOtherChoice(choice));
export const choiceLabel = (choice: RegistrationField['choices'][number], lang: Lang) =>
  choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id;

/** What the person types for a field, and what the bot must store for it. */
export function answerFor(field: RegistrationField, lang: Lang, who: Person = ANNA): { text: string; stored: string } {
  switch (field.kind) {
    case 'name':
      return { text: who.name, stored: who.name };
    case 'email':
      return { text: who.email, stored: who.email };
    case 'phone':
      return { text: who.phone, stored: who.phone };
    case 'organisation':
      return { text: who.organisation, stored: who.organisation };
    case 'choice': {
      const choices = plainChoices(field);
      const choice = choices[who.choice % choices.length]!;
      return { text: choiceLabel(choice, lang), stored: choice.id };
    }
    case 'text':
      return { text: who.text, stored: who.text };
  }
}

/** The answers a complete sign-up of `who` stores, by field id. */
export function expectedAnswers(event: MeetingEvent, lang: Lang, who: Person = ANNA): Record<string, string> {
  return Object.fromEntries(fieldsOf(event).map((field) => [field.id, answerFor(field, lang, who).stored]));
}

export const labelOf = (event: MeetingEvent, field: RegistrationField, lang: Lang) => fieldLabel(field, lang, event);
export const promptOf = (event: MeetingEvent, field: RegistrationField, lang: Lang) => fieldPrompt(field, lang, event);

/** The field a turn's last reply asks for, found by the event's own prompts; undefined when it asks none. */
export function askedField(event: MeetingEvent, lang: Lang, replies: Partial<Activity>[]): RegistrationField | undefined {
  const last = textOf(replies.slice(-1));
  return fieldsOf(event).find((field) => last.includes(promptOf(event, field, lang)));
}

/** The "other" prompt of a choice field (its own, or the field's prompt). */
export function otherPromptOf(event: MeetingEvent, field: RegistrationField, lang: Lang): string {
  return field.other?.prompt ? localText(event, field.other.prompt, lang).text : promptOf(event, field, lang);
}

const submitsOf = (replies: Partial<Activity>[]) =>
  (cardsOf(replies) as Array<{ actions?: Array<{ data?: { moedebot?: string } }> }>)
    .flatMap((card) => card.actions ?? [])
    .map((action) => action.data?.moedebot);

/** The turn ends with the review (the card with confirm / change / cancel). */
export const isReview = (replies: Partial<Activity>[]) => submitsOf(replies.slice(-1)).includes('review');

/** The turn asks a yes/no question (buttons that answer yes and no). */
export const asksYesNo = (replies: Partial<Activity>[]) => (replies.at(-1)?.suggestedActions?.actions.length ?? 0) === 2;

/** Every reply of the turn is in `lang` (the locale the bot set on it). */
export function assertLanguage(replies: Partial<Activity>[], lang: Lang, what = ''): void {
  assert.ok(replies.length > 0, `no reply ${what}`);
  for (const reply of replies) assert.match(reply.locale ?? '', new RegExp(`^${lang}`), `${what}: ${reply.text ?? textOf([reply])}`);
}

/** The registration card of a turn: its answers as shown (label and value rows), as JSON text to look into. */
export const cardJson = (replies: Partial<Activity>[]) => JSON.stringify(cardsOf(replies));

/** A calendar file attached to a turn, decoded. */
export function calendarOf(replies: Partial<Activity>[]): string | undefined {
  const file = replies.flatMap((reply) => reply.attachments ?? []).find((a) => a.contentType === 'text/calendar');
  return file ? Buffer.from((file.contentUrl ?? '').split(',')[1] ?? '', 'base64').toString('utf8') : undefined;
}

/** The meeting's start as an iCalendar UTC time, e.g. 20241030T160000Z. */
export const icsStart = (event: MeetingEvent) => startOf(event).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** A clock `offset` from the meeting's start, as BOT_NOW. */
export const nowAround = (event: MeetingEvent, offset: { days?: number; hours?: number; minutes?: number }) =>
  startOf(event).plus(offset).toISO({ suppressMilliseconds: true })!;
export const isoDay = (time: string) => DateTime.fromISO(time, { setZone: true }).toISODate()!;

/** The harness for one of the test events, in a fresh data folder. */
export function harnessFor(
  test: { file: string; now: string },
  env: Record<string, string> = {},
  overrides: Parameters<typeof dialogHarness>[1] = {},
): Harness {
  return dialogHarness({ EVENT_FILE: test.file, BOT_NOW: test.now, ...env }, overrides);
}

/** Asks to sign up and accepts the privacy notice; returns the turn that asks the first field (or offers a value). */
export async function startSignUp(say: Speaker, lang: Lang): Promise<Partial<Activity>[]> {
  await say(SAY[lang].signUp);
  return say(SAY[lang].yes);
}

/** Answers every field in order, asserting each is asked in turn; returns the turn that shows the review. */
export async function answerAll(
  say: Speaker,
  event: MeetingEvent,
  lang: Lang,
  who: Person = ANNA,
  first?: Partial<Activity>[],
): Promise<Partial<Activity>[]> {
  let replies = first ?? (await startSignUp(say, lang));
  for (const field of fieldsOf(event)) {
    assert.equal(askedField(event, lang, replies)?.id, field.id, `expected the ${field.id} question, got: ${textOf(replies)}`);
    replies = await say(answerFor(field, lang, who).text);
  }
  assert.ok(isReview(replies), `expected the review, got: ${textOf(replies)}`);
  return replies;
}

/** A whole sign-up, confirmed; returns the confirming turn. */
export async function signUp(say: Speaker, event: MeetingEvent, lang: Lang, who: Person = ANNA): Promise<Partial<Activity>[]> {
  await answerAll(say, event, lang, who);
  return say(SAY[lang].yes);
}

/**
 * A sign-up stored through the registration service, with exactly the answers a confirmed sign-up of `who` stores
 * (signUp.test.ts holds the dialog to that): for tests about what follows a sign-up — seeing, changing, cancelling,
 * counting — where chatting through the whole form would be most of their time. `id` is the speaker's id on the
 * test channel.
 */
export async function registerDirectly(
  h: Harness,
  event: MeetingEvent,
  lang: Lang,
  who: Person = ANNA,
  id = 'user-1',
): Promise<Exclude<RegisterOutcome, { kind: 'closed' | 'unchanged' | 'updated' }>> {
  // The event as the bot serves it (an event file a test changed, such as its capacity), as the dialog would use it.
  const served = h.catalogue.byId(event.id);
  assert.ok(served, `the bot serves no ${event.id}`);
  const outcome = await h.service.register(served, channelIdentity('test', id), expectedAnswers(served, lang, who));
  assert.ok(outcome.kind === 'registered' || outcome.kind === 'waitlisted', `${who.name} not newly registered: ${outcome.kind}`);
  return outcome;
}

/** The registrations the event's store holds (registered, waiting and cancellation records). */
export const stored = (h: Harness, event: MeetingEvent) => h.store.list(event.id);
export const active = async (h: Harness, event: MeetingEvent) => (await stored(h, event)).filter((r) => r.status !== 'cancelled');

/** The dialog a conversation's state holds (undefined when none runs), read from the bot's state storage. */
export async function dialogIn(
  h: Harness,
  conversationId: string,
  channelId = 'test',
): Promise<{ kind: string; step?: string; answers?: Record<string, string> } | undefined> {
  const key = `${channelId}/conversations/${conversationId}/`;
  const item = (await h.stateStorage.read([key]))[key] as
    { memory?: { dialog?: { kind: string; step?: string; answers?: Record<string, string> } } } | undefined;
  return item?.memory?.dialog;
}
