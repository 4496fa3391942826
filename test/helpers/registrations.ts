import { DateTime } from 'luxon';
import type { FieldKind, MeetingEvent, Registration, RegistrationField } from '../../src/event/model';
import { otherChoiceOf } from '../../src/registrations/fields';
import type { Answers } from '../../src/registrations/model';

/**
 * Sign-up data made from an event's field roles, never from its field ids: the same test code fills in the KL
 * form (name, e-mail, municipality, role, topic) and the synthetic one (name, e-mail, street, greeting).
 */

export const fieldsOf = (event: MeetingEvent): RegistrationField[] => event.registration?.fields ?? [];

/** The event's first field of a kind; fails the test when the event has none. */
export function fieldOfKind(event: MeetingEvent, kind: FieldKind): RegistrationField {
  const field = fieldsOf(event).find((f) => f.kind === kind);
  if (!field) throw new Error(`${event.id} has no ${kind} field`);
  return field;
}

export const fieldsOfKind = (event: MeetingEvent, kind: FieldKind) => fieldsOf(event).filter((f) => f.kind === kind);

/** The field ids a cancellation may keep: marked keepAfterCancel and not personal (and their "other" texts). */
export const keptFieldIds = (event: MeetingEvent) =>
  fieldsOf(event)
    .filter((f) => f.keepAfterCancel && !f.personal)
    .map((f) => f.id);

/** A choice by its place in the list, wrapping round a short list. */
export const choiceAt = (field: RegistrationField, index: number) => field.choices[index % field.choices.length]!;

/** A choice field's "something else" answer: the free text under `<id>Other`, else its own "Andet" choice. */
export function otherAnswer(field: RegistrationField, text: string): Answers {
  if (field.other) return { [field.id]: otherChoiceOf(field)?.id ?? 'other', [`${field.id}Other`]: text };
  const other = otherChoiceOf(field);
  return { [field.id]: (other ?? field.choices.at(-1)!).id };
}

/** A name the form accepts (letters only), different for every n. */
export function personName(n: number): string {
  let letters = '';
  for (let rest = n + 26 * 26; rest > 0; rest = Math.floor(rest / 26)) letters = String.fromCharCode(97 + (rest % 26)) + letters;
  return `Deltager ${letters[0]!.toUpperCase()}${letters.slice(1)}`;
}

/**
 * Complete answers for person `n`, field by field from its kind: choice fields get the n-th choice, optional text
 * fields stay empty unless `text` is given. `overrides` replace answers by field kind or id.
 */
export function answersFor(event: MeetingEvent, n: number, options: { text?: string; choice?: number; name?: string } = {}): Answers {
  const answers: Answers = {};
  for (const field of fieldsOf(event)) {
    switch (field.kind) {
      case 'name':
        answers[field.id] = options.name ?? personName(n);
        break;
      case 'email':
        answers[field.id] = `p${n}@example.dk`;
        break;
      case 'phone':
        answers[field.id] = `20 30 ${String(40 + (n % 50)).padStart(2, '0')} 50`;
        break;
      case 'organisation':
        answers[field.id] = `Forening nr. ${n}`;
        break;
      case 'choice':
        answers[field.id] = choiceAt(field, options.choice ?? n).id;
        break;
      case 'text':
        answers[field.id] = options.text ?? (field.optional ? '' : `Tekst ${n}`);
        break;
    }
  }
  return answers;
}

/** A copy of the event with its registration changed (capacity, deadline, fields' roles) — the loaded one stays as it is. */
export function withRegistration(event: MeetingEvent, change: (registration: Registration, copy: MeetingEvent) => void): MeetingEvent {
  const copy = structuredClone(event);
  if (!copy.registration) throw new Error(`${event.id} takes no sign-up`);
  change(copy.registration, copy);
  return copy;
}

/** A copy under another id: a second meeting just like this one, open at the same time. */
export function otherMeeting(event: MeetingEvent, suffix = 'andet'): MeetingEvent {
  return { ...structuredClone(event), id: `${event.id}-${suffix}` };
}

/** A settable clock for RegistrationService, starting at `now`. */
export function testClock(now: string) {
  const clock: { now: DateTime } = { now: DateTime.fromISO(now, { setZone: true }) };
  return { clock, read: () => clock.now };
}
