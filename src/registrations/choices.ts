import type { FieldChoice, RegistrationField } from '../event/model';
import type { Lang } from '../i18n';
import { editDistance } from '../understanding/fuzzy';
import { ROLE_WORDS } from '../understanding/lexicon/roles';
import { foldWord } from '../understanding/normalize';

/**
 * Which of a choice field's choices a text names, however it is written: by number, label (either language), id or
 * alias; inside a longer answer ("Randers Kommune, Børn og Unge", "Favrskov / Hinnerup"); abbreviated ("Østby
 * Kom."); in the plural or definite form ("direktørerne"); by a word of the general role lexicon ("skolechef" for a
 * "Chef/leder" choice, "næstformand" for "Udvalgsmedlem"); as the start of a word ("Ikast" for "Ikast-Brande"), the
 * end of a compound, or with one typo. Everything goes by the field's own choices: nothing here knows an event.
 */

/** Lower case, accents and æ/ø/å folded, word by word: "Århus Kommune" → "arhus kommune". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => foldWord(word))
    .join(' ')
    .trim();
}

/** Words that say what kind of place a name is, not which: "Østby Kommune", "Østby Kom.", "Østby Municipality". */
const PLACE_KIND = /\b(kommune|kommunes|kommunen|kom|komm|kommunalbestyrelse|municipality|municipal|council|kommun)\b\.?/g;

/** A lower-case, accent-folded key for forgiving matching: "Århus Kommune" → "arhus", "Ikast-Brande" → "ikastbrande". */
export function choiceKey(text: string): string {
  return foldText(text)
    .replace(PLACE_KIND, ' ')
    .replace(/[^a-z0-9]+/g, '')
    .trim();
}

/** The words of a text as choiceKey sees them: "Østby Kom., Børn og Unge" → ["ostby", "born", "og", "unge"]. */
export function keyWords(text: string): string[] {
  return foldText(text)
    .replace(PLACE_KIND, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export const isOtherChoice = (choice: FieldChoice) =>
  /^(andet|anden|andre|other|others)$/.test(choice.id) || /^(andet|anden|other)\b/i.test(Object.values(choice.label).join(' '));

export const choiceLabelIn = (choice: FieldChoice, lang: Lang) => choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id;

/** Endings of the plural and definite forms: "direktør-er", "leder-ne", "medlem-m-er", "director-s". */
const INFLECTIONS = new Set(['e', 'en', 'er', 'ere', 'erne', 'ene', 'ne', 'et', 'n', 'r', 'rne', 's', 'es', 'ers', 'ens']);

/** Whether `word` is `base` or one of its plural or definite forms (both folded). */
export function inflectionOf(word: string, base: string): boolean {
  if (word === base) return true;
  if (base.length < 3 || !word.startsWith(base)) return false;
  const rest = word.slice(base.length);
  if (INFLECTIONS.has(rest)) return true;
  // "medlem" → "medlemmer": the last consonant doubles before the ending.
  return rest.length > 1 && rest[0] === base.at(-1) && /[bdfgklmnprstv]/.test(rest[0]!) && INFLECTIONS.has(rest.slice(1));
}

interface CompiledRole {
  role: string;
  within?: string;
  words: string[][];
}

const ROLES: CompiledRole[] = ROLE_WORDS.map((entry) => ({
  role: entry.role,
  within: entry.within,
  words: entry.words.map((word) => keyWords(word)).filter((words) => words.length > 0),
}));
const ROLE_WITHIN = new Map(ROLES.map((entry) => [entry.role, entry.within]));

/** The roles of the lexicon a run of words names: whole words or phrases, inflected, or the end of a compound. */
function rolesIn(words: string[]): Set<string> {
  const found = new Set<string>();
  const used = new Set<number>();
  // Longest phrases first: "vice chair" is a member, not a chair; "næstformand" is no "formand".
  const phrases = ROLES.flatMap((entry) => entry.words.map((phrase) => ({ role: entry.role, phrase }))).sort(
    (a, b) => b.phrase.length - a.phrase.length || b.phrase.join('').length - a.phrase.join('').length,
  );
  for (const { role, phrase } of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.some((_, j) => used.has(i + j))) continue;
      const last = phrase.length - 1;
      const hit = phrase.every((part, j) => (j === last ? inflectionOf(words[i + j]!, part) : words[i + j] === part));
      if (!hit) continue;
      found.add(role);
      for (let j = 0; j < phrase.length; j++) used.add(i + j);
    }
  }
  // A compound ending in a role word: "sundhedschef", "ungdomsskoleledere", "centerdirektøren".
  for (const [i, word] of words.entries()) {
    if (used.has(i)) continue;
    let best: { role: string; length: number } | undefined;
    for (const { role, phrase } of phrases) {
      if (phrase.length !== 1 || phrase[0]!.length < 4) continue;
      const base = phrase[0]!;
      for (let start = 3; start <= word.length - base.length; start++) {
        if (inflectionOf(word.slice(start), base) && (!best || base.length > best.length)) best = { role, length: base.length };
      }
    }
    if (best) found.add(best.role);
  }
  return found;
}

/** The role a choice stands for, read from its labels, aliases and id: "Chef/leder" is head, "Udvalgsmedlem" member. */
function roleOfChoice(choice: FieldChoice): string | undefined {
  const names = [...Object.values(choice.label), ...choice.aliases, choice.id].flatMap((name) =>
    name.split(/[/,]|\s+(?:og|or|and|eller)\s+/),
  );
  for (const name of names) {
    const roles = rolesIn(keyWords(name));
    if (roles.size === 1) return [...roles][0];
  }
  return undefined;
}

const roleCache = new WeakMap<FieldChoice, string | null>();
const roleOf = (choice: FieldChoice) => {
  let role = roleCache.get(choice);
  if (role === undefined) {
    role = roleOfChoice(choice) ?? null;
    roleCache.set(choice, role);
  }
  return role ?? undefined;
};

/**
 * The choices whose role the text names: the same role first ("formand" → a chair choice); else a choice for the
 * group it belongs to ("formand" → a "Politiker" choice); a group named ("politikere") takes every choice within it.
 */
function choicesByRole(choices: readonly FieldChoice[], words: string[]): FieldChoice[] {
  const named = rolesIn(words);
  if (named.size === 0) return [];
  const withRole = choices
    .map((choice) => ({ choice, role: roleOf(choice) }))
    .filter((c): c is { choice: FieldChoice; role: string } => c.role !== undefined);
  const same = withRole.filter((c) => named.has(c.role));
  const narrower = withRole.filter((c) => !named.has(c.role) && named.has(ROLE_WITHIN.get(c.role) ?? ''));
  if (same.length > 0 || narrower.length > 0) return [...same, ...narrower].map((c) => c.choice);
  return withRole.filter((c) => [...named].some((role) => ROLE_WITHIN.get(role) === c.role)).map((c) => c.choice);
}

export interface ChoiceMatch {
  /** One choice, or several when the text fits more than one ("politiker": chair or member). */
  choices: FieldChoice[];
  /** Sure enough to take without asking: the number, a name or an alias as written (or inflected). */
  exact: boolean;
  /** How: by its number, a name or alias in the text, the role lexicon, or a guess (a prefix, a compound, a typo). */
  how: 'number' | 'name' | 'role' | 'guess';
}

/** Every choice a text names, best kind of match first; see the module comment. */
export function matchChoices(field: RegistrationField, text: string, lang: Lang): ChoiceMatch | undefined {
  const trimmed = text.trim();
  const index = Number.parseInt(trimmed, 10);
  if (String(index) === trimmed && index >= 1 && index <= field.choices.length)
    return { choices: [field.choices[index - 1]!], exact: true, how: 'number' };
  const key = choiceKey(text);
  if (!key) return undefined;
  const candidates = field.choices
    .filter((choice) => !isOtherChoice(choice) || foldText(text) === foldText(choiceLabelIn(choice, lang)))
    .flatMap((choice) =>
      [choice.id, ...Object.values(choice.label), ...choice.aliases].map((name) => ({
        choice,
        key: choiceKey(name),
        words: keyWords(name),
      })),
    )
    .filter((candidate) => candidate.key.length > 0);
  const distinct = (found: Array<{ choice: FieldChoice }>) => [...new Set(found.map((c) => c.choice))];
  const exact = candidates.find((candidate) => candidate.key === key);
  if (exact) return { choices: [exact.choice], exact: true, how: 'name' };
  const words = keyWords(text);
  // A name as a word or phrase of the answer, or a word in its plural or definite form ("direktørerne").
  const contained = distinct(
    candidates.filter(
      (c) =>
        c.key.length >= 3 &&
        words.some(
          (_, i) =>
            c.words.length > 0 &&
            c.words.every((part, j) => (j === c.words.length - 1 ? inflectionOf(words[i + j] ?? '', part) : words[i + j] === part)),
        ),
    ),
  );
  const byRole = choicesByRole(
    field.choices.filter((choice) => !isOtherChoice(choice)),
    words,
  );
  // "vice chair of the committee" holds "chair", but names a member: a role phrase that names another choice wins.
  const overruled =
    contained.length > 0 &&
    byRole.length > 0 &&
    !contained.some((choice) => byRole.includes(choice)) &&
    contained.every((choice) => roleOf(choice) !== undefined);
  if (contained.length > 0 && !overruled) return { choices: contained, exact: contained.length === 1, how: 'name' };
  if (byRole.length > 0) return { choices: byRole, exact: false, how: 'role' };
  const started = distinct(candidates.filter((c) => c.key.length >= 4 && words.some((word) => word.length >= 4 && c.key.startsWith(word))));
  if (started.length === 1) return { choices: started, exact: false, how: 'guess' };
  const compound = distinct(
    candidates.filter((c) => c.key.length >= 4 && words.some((word) => word.length > c.key.length + 2 && word.endsWith(c.key))),
  );
  if (compound.length === 1) return { choices: compound, exact: false, how: 'guess' };
  const near = distinct(
    candidates.filter(
      (c) =>
        c.key.length >= 5 &&
        (editDistance(key, c.key, 1) <= 1 || words.some((word) => word.length >= 5 && editDistance(word, c.key, 1) <= 1)),
    ),
  );
  if (near.length === 1) return { choices: near, exact: false, how: 'guess' };
  return undefined;
}

/** The one choice a text names, and whether it is sure; undefined when it names none or several. */
export function matchChoice(field: RegistrationField, text: string, lang: Lang): { choice: FieldChoice; exact: boolean } | undefined {
  const matched = matchChoices(field, text, lang);
  return matched?.choices.length === 1 ? { choice: matched.choices[0]!, exact: matched.exact } : undefined;
}

/**
 * What an answer to a field counts as, for organisers: a choice (also when it was written as "other" in words that
 * name a choice — "Østby Kom." from before choices were matched), or the "other" text by its normalised key, so
 * "Billund Kommune", "Billund Kom." and "billund" are one group.
 */
export function answerGroup(
  field: RegistrationField,
  answers: Record<string, string>,
  lang: Lang,
): { key: string; label: string; choice?: FieldChoice } | undefined {
  const value = answers[field.id] ?? '';
  const other = field.kind === 'choice' ? answers[`${field.id}Other`] : undefined;
  const written = other ?? (field.kind === 'choice' ? undefined : value);
  if (written !== undefined) {
    const named = field.kind === 'choice' ? matchChoices(field, written, lang) : undefined;
    if (named?.choices.length === 1 && named.how === 'name' && !isOtherChoice(named.choices[0]!))
      return { key: `choice:${named.choices[0]!.id}`, label: choiceLabelIn(named.choices[0]!, lang), choice: named.choices[0]! };
    const key = choiceKey(written);
    return key ? { key: `text:${key}`, label: written.trim() } : undefined;
  }
  const choice = field.choices.find((c) => c.id === value);
  if (choice) return { key: `choice:${choice.id}`, label: choiceLabelIn(choice, lang), choice };
  return value ? { key: `text:${choiceKey(value)}`, label: value } : undefined;
}

/** Whether an answer's words hold a text's words ("Billund Kommune" holds "billund"), inflections aside. */
export function answerHolds(answer: string, text: string): boolean {
  const have = keyWords(answer);
  const want = keyWords(text);
  return want.length > 0 && want.every((word) => have.some((h) => inflectionOf(h, word) || inflectionOf(word, h)));
}
