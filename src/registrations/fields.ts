import { z } from 'zod';
import type { FieldChoice, RegistrationField } from '../event/schema';
import type { Lang } from '../i18n';
import { editDistance } from '../understanding/fuzzy';
import { foldWord, stripMarkup } from '../understanding/normalize';
import type { Answers } from './model';

export type FieldProblem = 'empty' | 'tooLong' | 'markup' | 'notAName' | 'notAnEmail' | 'noSuchChoice';

export type FieldResult =
  | { ok: true; value: string; other?: string }
  | { ok: false; problem: FieldProblem };

/** Characters that would be markup somewhere (HTML, Teams, markdown, Adaptive Card templates). */
const MARKUP = /[<>*_`[\]{}\\|#~]/;
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s.'’-]*$/u;
const SKIP = new Set(['spring over', 'skip', 'nej', 'no', 'ingen', 'none', 'nej tak', 'intet', 'nothing', '-'].map((w) => foldWord(w)));
const OTHER = new Set(['andet', 'anden', 'other', 'andre', 'anden organisation', 'another'].map((w) => foldWord(w)));
const emailSchema = z.email().max(254);

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A lower-case, accent-folded key for forgiving choice matching: "Århus Kommune" → "arhus". */
function choiceKey(text: string): string {
  return foldWord(text.toLowerCase())
    .replace(/\b(kommune|kommunes|municipality|kommun)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '')
    .trim();
}

export function matchChoice(field: RegistrationField, text: string, lang: Lang): FieldChoice | undefined {
  const key = choiceKey(text);
  if (!key) return undefined;
  const index = Number.parseInt(text.trim(), 10);
  if (String(index) === text.trim() && index >= 1 && index <= field.choices.length) return field.choices[index - 1];
  const candidates = field.choices.flatMap((choice) =>
    [choice.id, choice.label.da, choice.label.en, choice.label[lang], ...choice.aliases].map((name) => ({ choice, key: choiceKey(name) })),
  );
  const exact = candidates.find((candidate) => candidate.key === key);
  if (exact) return exact.choice;
  // One typo in a name of five letters or more ("Silkebrg"), and only when one choice is that close.
  const near = new Set(
    candidates.filter((c) => c.key.length >= 5 && editDistance(key, c.key, 1) <= 1).map((c) => c.choice),
  );
  return near.size === 1 ? [...near][0] : undefined;
}

/** Checks one typed answer against its field. Pure: the dialog decides what to say about a problem. */
export function parseFieldAnswer(field: RegistrationField, input: string, lang: Lang): FieldResult {
  const text = tidy(input);
  if (!text) return field.optional ? { ok: true, value: '' } : { ok: false, problem: 'empty' };
  if (text.length > field.maxLength) return { ok: false, problem: 'tooLong' };
  switch (field.kind) {
    case 'name':
      if (MARKUP.test(text)) return { ok: false, problem: 'markup' };
      if (!NAME.test(text) || text.replace(/[^\p{L}]/gu, '').length < 2) return { ok: false, problem: 'notAName' };
      return { ok: true, value: text };
    case 'email': {
      const email = text.toLowerCase();
      return emailSchema.safeParse(email).success ? { ok: true, value: email } : { ok: false, problem: 'notAnEmail' };
    }
    case 'choice': {
      if (field.other && OTHER.has(foldWord(text.toLowerCase()))) return { ok: true, value: 'other' };
      const choice = matchChoice(field, text, lang);
      if (choice) return { ok: true, value: choice.id };
      if (!field.other) return { ok: false, problem: 'noSuchChoice' };
      // Not on the list: take it as "other", written as typed, if it looks like a name of a place or body.
      if (MARKUP.test(text)) return { ok: false, problem: 'markup' };
      if (!/\p{L}{2}/u.test(text)) return { ok: false, problem: 'noSuchChoice' };
      return { ok: true, value: 'other', other: text };
    }
    case 'text':
      if (field.optional && SKIP.has(foldWord(text.toLowerCase()))) return { ok: true, value: '' };
      return { ok: true, value: text };
  }
}

/** Text for the free "other" answer of a choice field. */
export function parseOtherAnswer(field: RegistrationField, input: string): FieldResult {
  const text = tidy(input);
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > field.maxLength) return { ok: false, problem: 'tooLong' };
  if (MARKUP.test(text)) return { ok: false, problem: 'markup' };
  if (!/\p{L}{2}/u.test(text)) return { ok: false, problem: 'notAName' };
  return { ok: true, value: 'other', other: text };
}

/** How an answer reads back to the user: the choice label, the "other" text, or the text itself. */
export function displayAnswer(field: RegistrationField, answers: Answers, lang: Lang): string {
  const value = answers[field.id] ?? '';
  if (field.kind !== 'choice') return value;
  if (value === 'other') return answers[`${field.id}Other`] ?? '';
  return field.choices.find((choice) => choice.id === value)?.label[lang] ?? value;
}

export function setAnswer(answers: Answers, field: RegistrationField, result: { value: string; other?: string }): Answers {
  const next = { ...answers, [field.id]: result.value };
  if (result.other !== undefined) next[`${field.id}Other`] = result.other;
  else delete next[`${field.id}Other`];
  return next;
}

/** Finds the field a user names ("e-mail", "navn", "kommune", "rolle") for "ret min e-mail". */
export function findFieldByName(fields: RegistrationField[], text: string): RegistrationField | undefined {
  const folded = foldWord(stripMarkup(text).toLowerCase());
  const synonyms: Record<string, string[]> = {
    name: ['navn', 'navnet', 'name'],
    email: ['e-mail', 'email', 'mail', 'e-mailadresse', 'mailadresse', 'adresse'],
  };
  for (const field of fields) {
    const words = [
      field.id,
      field.label.da,
      field.label.en,
      ...(synonyms[field.kind] ?? []),
      ...(field.id === 'municipality' ? ['kommune', 'kommunen', 'organisation', 'municipality', 'organisation'] : []),
      ...(field.id === 'role' ? ['rolle', 'rollen', 'role', 'stilling', 'titel', 'title'] : []),
      ...(field.id === 'topic' ? ['emne', 'emnet', 'topic', 'tema'] : []),
    ].map((word) => foldWord(word.toLowerCase()));
    if (words.some((word) => new RegExp(`(^|[^a-z])${word.replace(/[^a-z0-9]/g, '.?')}($|[^a-z])`).test(folded))) return field;
  }
  return undefined;
}
