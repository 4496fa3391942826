import { ROLE_WORDS } from './lexicon/roles';
import type { EventKnowledge } from './knowledge';
import { glossaryForms } from './glossary';
import { stemWord, tokenize } from './normalize';

/**
 * "who is the plant manager?", "hvem er kommunaldirektøren i Vestby?": who holds a role the letter never writes. No
 * one the letter names is that: not the speaker whose title shares a word, nor the contact of a sentence naming the
 * municipality. Asked so, the letter does not say.
 */

/** "who is the X (of …)", "hvem er X (for …)": the role words X, one or two. */
const WHO_IS =
  /^(?:(?:og|and|men|but)\s+)?(?:who(?:'s|\s+is|\s+are)|hvem\s+er)\s+(?:(?:the|den|det|de)\s+)?(\p{L}+(?:\s+\p{L}+)?)(?:\s+(?:of|for|at|in|i|hos|på|ved|til)\s+.+)?\s*[?!.]*$/iu;

/** The role words of each role of the lexicon, one word each (the last of a phrase), folded. */
const ROLE_ENTRIES = ROLE_WORDS.map((entry) =>
  [...new Set(entry.words.map((phrase) => tokenize(phrase).at(-1)?.folded ?? ''))].filter((word) => word.length >= 3),
);
const ROLE_ENDINGS = [...new Set(ROLE_ENTRIES.flat())];

/** Danish and English endings of a role word: "direktøren", "lederne", "managers". */
const INFLECTED = /^(?:|e|en|et|er|erne|ne|s|es)$/;

/** The role word a word ends in, as the lexicon writes it: "kommunaldirektøren" → "direktor" (folded). */
function roleEnding(word: string): string | undefined {
  return ROLE_ENDINGS.find((role) => {
    const at = word.lastIndexOf(role);
    return at >= 0 && INFLECTED.test(word.slice(at + role.length));
  });
}

/**
 * Whether the letter writes the word: in any inflection (its stem), through the glossary (knowledge.words), or in a
 * compound of it or of its other-language word ("committee" of "Miljøudvalget").
 */
function written(word: string, knowledge: EventKnowledge): boolean {
  if (knowledge.words.has(word)) return true;
  const stem = stemWord(word);
  const parts = [...glossaryForms(word)].flatMap((form) => [form, stemWord(form)]).filter((form) => form.length >= 4);
  for (const own of knowledge.words) {
    if (own.length >= 3 && stemWord(own) === stem) return true;
    if (parts.some((part) => own.includes(part))) return true;
  }
  return false;
}

/** The role asked of a who-is question that the letter never writes, or undefined. */
export function unwrittenRoleAsked(clause: string, knowledge: EventKnowledge): string | undefined {
  const asked = WHO_IS.exec(clause.trim());
  if (!asked) return undefined;
  const words = tokenize(asked[1]!).map((token) => token.folded);
  const last = words.at(-1)!;
  const role = roleEnding(last);
  if (!role) return undefined;
  // A compound whose parts the letter writes ("udvalgsformand" of "formand for udvalget") is a role it names.
  const prefix = last.slice(0, last.lastIndexOf(role)).replace(/s$/, '');
  // Another word for the same role ("chair" of "chairwoman", "formand" of "borgmester") leaves it to the answers.
  const sameRole = ROLE_ENTRIES.filter((entry) => entry.includes(role)).flat();
  const lastWritten =
    written(last, knowledge) ||
    (written(role, knowledge) && (prefix.length === 0 || written(prefix, knowledge))) ||
    sameRole.some((word) => written(word, knowledge));
  if (!lastWritten) return asked[1];
  if (words.length === 1) return undefined;
  // A role the lexicon writes in two words ("vice chair", "committee chair"), when the letter writes any word for it
  // ("næstformand"): left to the answers.
  const phrase = words.join(' ');
  const entry = ROLE_WORDS.find((role) =>
    role.words.some(
      (said) =>
        tokenize(said)
          .map((token) => token.folded)
          .join(' ') === phrase,
    ),
  );
  if (entry?.words.some((said) => tokenize(said).every((token) => written(token.folded, knowledge)))) return undefined;
  // "the network chair": the letter writes the two together, or names someone by the bare role ("formand") that the
  // word before it may qualify ("the committee chair"); "Training Manager" is no "plant manager".
  const qualifier = stemWord(words[0]!);
  const together = tokenize(knowledge.event.text)
    .map((token) => token.folded)
    .some((word, i, all) => stemWord(word) === qualifier && roleEnding(all[i + 1] ?? '') !== undefined);
  const bare = knowledge.people.some(({ person }) =>
    Object.values(person.title ?? {}).some((title) => {
      const head = tokenize(title?.split(/[,(|–]/)[0] ?? '').map((token) => token.folded);
      return head.length === 1 && roleEnding(head[0]!) !== undefined && sameRole.includes(roleEnding(head[0]!)!);
    }),
  );
  return together || bare ? undefined : asked[1];
}
