import { z } from 'zod';
import { formatSession, labelIsDate, localText } from '../event/format';
import type { FieldChoice, MeetingEvent, RegistrationField } from '../event/model';
import { messages, type FieldProblem, type Lang } from '../i18n';
import { LEXICON } from '../understanding/knowledge';
import { foldWord } from '../understanding/normalize';
import { choiceLabelIn, isOtherChoice, matchChoices } from './choices';
import type { Answers } from './model';

export { choiceKey, matchChoice, matchChoices } from './choices';

/**
 * Sign-up answers as people give them: inside a sentence ("jeg hedder Per Hansen", "min mail er …"), with a trailing
 * dot, abbreviated ("Vestby Kom."), in their own words for a role ("skolechef"). What is taken is shown back; what
 * is only guessed (a fuzzy or free-text match) is confirmed first. Refusals, questions and commands are never
 * stored as answers — the dialog sees to those before a field is parsed.
 */
export type FieldResult =
  | { ok: true; value: string; other?: string; display: string; confirm?: boolean }
  | { ok: false; problem: FieldProblem; /** For "ambiguous": the choices the answer fits, as shown. */ options?: string[] };

/** Characters that would be markup somewhere (HTML, Teams, markdown, Adaptive Card templates). */
const MARKUP = /[<>*_`[\]{}\\|#~]/;
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s.'’-]*$/u;
const SKIP = new Set(
  [
    'spring over',
    'skip',
    'nej',
    'no',
    'ingen',
    'none',
    'nej tak',
    'intet',
    'nothing',
    '-',
    'ingenting',
    'nope',
    'no thanks',
    'pass',
    'videre',
  ].map((w) => fold(w)),
);
/** Words that only ever ask to skip a question, never answer one. */
const SKIP_COMMANDS = new Set(['spring over', 'skip', 'pass', 'videre', 'næste', 'next'].map((w) => fold(w)));
const UNSURE =
  /\b(ved (?:jeg |det )?ikke|jeg ved det ikke|aner (?:det |jeg )?ikke|ikke sikker|hvad skal jeg (skrive|svare)|hvad mener du|don'?t know|do not know|not sure|no idea|what should i (write|answer))\b/i;
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const emailSchema = z.email({ pattern: z.regexes.unicodeEmail }).max(254);

function fold(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => foldWord(word))
    .join(' ')
    .trim();
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
/** "Per Hansen." or "per.hansen@lemvig.dk." — a sentence's last full stop is not part of the answer. */
const trimSentence = (text: string) =>
  text
    .replace(/[\s.,;:!]+$/u, '')
    .replace(/^[\s,;:–-]+/u, '')
    .trim();

/** Lead-ins people put before an answer: "jeg hedder", "min mail er", "det er", "I'm". */
const LEAD_INS: Record<'name' | 'email' | 'phone' | 'organisation' | 'any', RegExp> = {
  name: /^(?:(?:jeg hedder|mit (?:fulde )?navn er|navnet er|navn|name|my (?:full )?name is|i am|i'm|im|this is|det er|jeg er|it's|its)\s*[:=]?\s+)/i,
  email:
    /^(?:(?:min (?:e-?)?mail(?:adresse)? er|(?:e-?)?mail(?:adresse)?|my (?:e-?)?mail(?: address)? is|e-?mail|det er|it's|its)\s*[:=]?\s+)/i,
  phone: /^(?:(?:mit (?:telefon)?nummer er|telefon|tlf\.?|nummer|my (?:phone )?number is|phone)\s*[:=]?\s+)/i,
  organisation:
    /^(?:(?:jeg (?:kommer|er) fra|jeg arbejder (?:i|på|for|hos)|vi kommer fra|fra|i'm from|i am from|i work (?:at|for|in)|from|det er)\s+)/i,
  any: /^(?:(?:det er|det bliver|svaret er|it's|its|it is)\s+)/i,
};

/** A field's label in `lang`: the event's own, else the bot's word for its kind. */
export function fieldLabel(field: RegistrationField, lang: Lang, event: MeetingEvent): string {
  if (field.session && !field.label) return messages(lang).registration.sessionLabel;
  return field.label ? localText(event, field.label, lang).text : messages(lang).registration.fieldLabel(field.kind);
}

export function fieldPrompt(field: RegistrationField, lang: Lang, event: MeetingEvent): string {
  // Which date: each session with its date and time, so that a label such as "Hold 2" is not chosen blind.
  if (field.session && !field.prompt)
    return messages(lang).registration.sessionPrompt(
      event.sessions.map((session) => {
        const label = localText(event, session.label, lang).text;
        const when = formatSession(event, session, lang);
        return messages(lang).answers.sessionLine(labelIsDate(label) ? undefined : label, when);
      }),
    );
  return field.prompt ? localText(event, field.prompt, lang).text : messages(lang).registration.fieldPrompt(field.kind);
}

/** The "other" choice of a field, if it has one: the event's "Andet" choice, or the field's free-text option. */
export function otherChoiceOf(field: RegistrationField): FieldChoice | undefined {
  return field.choices.find(isOtherChoice);
}

/** Words for "something else", typed instead of a choice from the list. */
const OTHER_WORDS = new Set(
  [
    'andet',
    'anden',
    'andre',
    'noget andet',
    'noget helt andet',
    'en anden',
    'et andet',
    'ingen af dem',
    'ingen af delene',
    'ingen af disse',
    'other',
    'others',
    'another',
    'something else',
    'none of them',
    'none of these',
    'none of the above',
  ].map((w) => fold(w)),
);

/** Whether a text names the field's "something else" itself: a word for it, its free-text option's label, its "Andet" choice. */
function namesOther(field: RegistrationField, text: string): boolean {
  const key = fold(trimSentence(text));
  const choice = otherChoiceOf(field);
  const names = [
    ...Object.values(field.other?.label ?? {}),
    ...(choice ? [choice.id, ...Object.values(choice.label), ...choice.aliases] : []),
  ];
  return key.length > 0 && (OTHER_WORDS.has(key) || names.some((name) => fold(name) === key));
}

/** Checks one typed answer against its field. Pure: the dialog decides what to say about a problem. */
export function parseFieldAnswer(field: RegistrationField, input: string, lang: Lang): FieldResult {
  const text = tidy(input);
  if (!text) return field.optional ? { ok: true, value: '', display: '' } : { ok: false, problem: 'empty' };
  if (text.length > field.maxLength + 40) return { ok: false, problem: 'tooLong' };
  if (UNSURE.test(text)) return { ok: false, problem: 'unsure' };
  // "spring over" where a name, an address or a choice is asked skips an optional field and is no answer to a required
  // one (never a choice "not on the list"). A text field may be answered "ingen"; its skipping is decided below.
  if (field.kind !== 'text' && SKIP.has(fold(trimSentence(text))))
    return field.optional ? { ok: true, value: '', display: '' } : { ok: false, problem: 'refusal' };
  switch (field.kind) {
    case 'name': {
      const name = trimSentence(text.replace(LEAD_INS.name, ''));
      if (MARKUP.test(name)) return { ok: false, problem: 'markup' };
      if (!NAME.test(name) || name.replace(/[^\p{L}]/gu, '').length < 2 || name.split(' ').length > 6)
        return { ok: false, problem: 'notAName' };
      if (name.length > field.maxLength) return { ok: false, problem: 'tooLong' };
      // "min kollega Hans skal også med" is a sentence, not a name: names have few everyday words in them.
      const everyday = commonWordsIn(name);
      if (everyday >= 3) return { ok: false, problem: 'notAName' };
      // A name typed in lower case reads better capitalised; one as typed otherwise stays as it is.
      const shown =
        name === name.toLowerCase()
          ? name.replace(/(^|[\s-])(\p{L})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase())
          : name;
      return { ok: true, value: shown, display: shown, confirm: name.split(' ').length === 1 || shown !== name || everyday >= 2 };
    }
    case 'email': {
      const found = EMAIL.exec(text)?.[0];
      if (!found) return { ok: false, problem: 'notAnEmail' };
      const email = trimSentence(found).toLowerCase().normalize('NFC');
      if (!emailSchema.safeParse(email).success || email.includes('..')) return { ok: false, problem: 'notAnEmail' };
      return { ok: true, value: email, display: email, confirm: trimSentence(text.replace(LEAD_INS.email, '')).toLowerCase() !== email };
    }
    case 'phone': {
      const raw = trimSentence(text.replace(LEAD_INS.phone, ''));
      const digits = raw.replace(/[^\d+]/g, '');
      if (!/^\+?\d{8,15}$/.test(digits)) return { ok: false, problem: 'notAPhone' };
      // A Danish number has eight digits after the country code: "+45 1234 567" is a digit short, not foreign.
      if (/^(?:\+|00)45/.test(digits) && !/^(?:\+|00)45\d{8}$/.test(digits)) return { ok: false, problem: 'notAPhone' };
      return { ok: true, value: raw, display: raw };
    }
    case 'organisation': {
      const value = trimSentence(text.replace(LEAD_INS.organisation, ''));
      if (MARKUP.test(value)) return { ok: false, problem: 'markup' };
      if (!/\p{L}{2}/u.test(value)) return { ok: false, problem: 'notAName' };
      return { ok: true, value, display: value, confirm: value !== text };
    }
    case 'choice': {
      const value = trimSentence(text.replace(LEAD_INS.organisation, '').replace(LEAD_INS.any, ''));
      const other = otherChoiceOf(field);
      // "andet" / "other": with a free-text option its text is asked next (no text yet); else it is the "Andet" choice.
      if ((field.other || other) && (namesOther(field, value) || namesOther(field, text))) {
        if (field.other) return { ok: true, value: 'other', display: field.other.label[lang] ?? Object.values(field.other.label)[0] ?? '' };
        return { ok: true, value: other!.id, display: other!.label[lang] ?? Object.values(other!.label)[0] ?? other!.id };
      }
      const matched = matchChoices(field, value, lang) ?? matchChoices(field, text, lang);
      // "politiker" fits a chair and a member, "Østby og Ikast" two municipalities: the person says which.
      if (matched && matched.choices.length > 1)
        return { ok: false, problem: 'ambiguous', options: matched.choices.map((choice) => choiceLabelIn(choice, lang)) };
      if (matched)
        return { ok: true, value: matched.choices[0]!.id, display: choiceLabelIn(matched.choices[0]!, lang), confirm: !matched.exact };
      if (!field.other && !other) return { ok: false, problem: 'noSuchChoice' };
      // Not on the list: kept as written under "other", once the user has confirmed it.
      if (MARKUP.test(value)) return { ok: false, problem: 'markup' };
      if (!/\p{L}{2}/u.test(value)) return { ok: false, problem: 'noSuchChoice' };
      if (value.length > field.maxLength) return { ok: false, problem: 'tooLong' };
      return { ok: true, value: other?.id ?? 'other', other: value, display: value, confirm: true };
    }
    case 'text': {
      // "spring over", "Skip!", or a lone dash ("-", "–"), of which the trimming leaves nothing.
      const bare = trimSentence(text);
      if (field.optional && (!bare || SKIP.has(fold(bare)))) return { ok: true, value: '', display: '' };
      // "spring over" where an answer is required is no answer (an everyday "ingen" may be one).
      if (SKIP_COMMANDS.has(fold(bare))) return { ok: false, problem: 'refusal' };
      const value = trimSentence(text.replace(LEAD_INS.any, '')) || text;
      if (value.length > field.maxLength) return { ok: false, problem: 'tooLong' };
      return { ok: true, value, display: value };
    }
  }
}

/** Particles of names ("van", "de", "af") that are everyday words elsewhere. */
const NAME_PARTICLES = new Set(['af', 'de', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'del', 'ten', 'ter', 'bin', 'al']);

/** How many words of a would-be name are everyday words ("min", "skal", "også", "med"). */
function commonWordsIn(name: string): number {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word && !NAME_PARTICLES.has(word) && LEXICON.common.has(foldWord(word))).length;
}

/** Text for the free "other" answer of a choice field, asked separately. */
export function parseOtherAnswer(field: RegistrationField, input: string): FieldResult {
  const text = trimSentence(tidy(input));
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > field.maxLength) return { ok: false, problem: 'tooLong' };
  if (MARKUP.test(text)) return { ok: false, problem: 'markup' };
  if (!/\p{L}{2}/u.test(text)) return { ok: false, problem: 'notAName' };
  return { ok: true, value: otherChoiceOf(field)?.id ?? 'other', other: text, display: text };
}

/** How an answer reads back to the user: the choice label, the "other" text, or the text itself. */
export function displayAnswer(field: RegistrationField, answers: Answers, lang: Lang): string {
  const value = answers[field.id] ?? '';
  if (field.kind !== 'choice') return value;
  const other = answers[`${field.id}Other`];
  if (other) return other;
  const choice = field.choices.find((c) => c.id === value);
  return choice ? (choice.label[lang] ?? Object.values(choice.label)[0] ?? value) : value;
}

export function setAnswer(answers: Answers, field: RegistrationField, result: { value: string; other?: string }): Answers {
  const next = { ...answers, [field.id]: result.value };
  if (result.other !== undefined) next[`${field.id}Other`] = result.other;
  else delete next[`${field.id}Other`];
  return next;
}

/** Words by which people name a field of each kind ("ret min mail", "change municipality"). */
const KIND_WORDS: Record<RegistrationField['kind'], string[]> = {
  name: ['navn', 'navnet', 'name', 'fornavn', 'efternavn'],
  email: ['e-mail', 'email', 'mail', 'e-mailadresse', 'mailadresse', 'mailen', 'e-mailen', 'adresse', 'address'],
  phone: ['telefon', 'telefonnummer', 'nummer', 'tlf', 'phone', 'number', 'mobil', 'mobile'],
  organisation: ['organisation', 'kommune', 'arbejdsplads', 'organization', 'employer', 'company', 'firma'],
  choice: [],
  text: [],
};

/** The field a user names ("e-mail", "navn", "kommune", "rolle") in "ret min e-mail" or at the review. */
export function findFieldByName(fields: RegistrationField[], text: string, event: MeetingEvent): RegistrationField | undefined {
  const folded = ` ${fold(text).replace(/[^a-z0-9æøå-]+/g, ' ')} `;
  const has = (word: string) => {
    const key = fold(word)
      .replace(/[^a-z0-9æøå-]+/g, ' ')
      .trim();
    return key.length >= 2 && (folded.includes(` ${key} `) || (key.length >= 5 && folded.includes(` ${key}`)));
  };
  for (const field of fields) {
    const labels = [field.id, ...Object.values(field.label ?? {}), ...KIND_WORDS[field.kind]];
    // A label's first word names it too: "Kommune/organisation" is "kommune", "Emne du vil tage op" is "emne".
    const firstWords = Object.values(field.label ?? {}).map((label) => label.split(/[\s/]+/)[0] ?? '');
    if ([...labels, ...firstWords].some(has)) return field;
  }
  void event;
  return undefined;
}
