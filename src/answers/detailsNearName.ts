import type { Frame } from '../understanding/frame';
import { EventKnowledge } from '../understanding/knowledge';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { messages } from '../i18n';
import { escapeRegExp } from '../util/regExp';
import type { AnswerContext, Part } from './parts';

import { ASKS_MAIL, ASKS_PHONE, MAIL_ADDRESS as MAIL, PHONE_NUMBER as PHONE } from './contactDetailWords';

/** What the word names, with a genitive or Danish definite ending taken off: "karstens", "ullas", "sekretæren". */
function forms(word: string): string[] {
  const out = new Set([word]);
  if (word.endsWith('s') && word.length >= 4) out.add(word.slice(0, -1));
  for (const ending of ['en', 'et', 'ens', 'ets'])
    if (word.endsWith(ending) && word.length - ending.length >= 5) out.add(word.slice(0, -ending.length));
  return [...out];
}

/**
 * What follows a name up to the next name: the capitalised words right after it (a surname, or the name after a role
 * word) belong to it; a later capitalised word starts someone else's part ("Birte laver mad; ring til Karsten på …").
 */
function ownPart(after: string): string {
  const own = /^(?:\s+\p{Lu}[\p{L}-]*)*/u.exec(after)![0];
  const rest = after.slice(own.length);
  const next = /\s\p{Lu}\p{Ll}/u.exec(rest);
  return own + (next ? rest.slice(0, next.index) : rest);
}

/**
 * "whats karstens number?", "hvad er ullas mail", "tlf nr til sekretæren?": a phone or e-mail the letter gives in the same
 * sentence, right after a first name or a role word the question names ("Sig til Karsten på sms 61 72 83 94", "Afbud
 * til klubsekretær Ulla Brink på ulla@… eller tlf. 71 82 93 04"). A first name must be capitalised in the
 * letter; a role word may end a compound ("klubsekretær"). Only when every such sentence gives the same single
 * detail of the kind asked; else nothing, and the usual contact answer stands.
 */
export function detailsNearNamePart(frame: Frame, context: AnswerContext): Part | undefined {
  const words = tokenize(frame.clause).map((token) => token.folded);
  const phone = words.some((word) => ASKS_PHONE.test(word));
  const mail = words.some((word) => ASKS_MAIL.test(word));
  if (phone === mail) return undefined;
  const asked = words
    .filter((word) => !ASKS_PHONE.test(word) && !ASKS_MAIL.test(word) && word.length >= 3 && !/\d/.test(word))
    .filter((word) => !EventKnowledge.isGeneric(word))
    .flatMap(forms);
  if (asked.length === 0) return undefined;
  const sentences = context.event.text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .map((sentence) => sentence.trim());
  const found = new Map<string, string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(/\p{L}[\p{L}-]*/gu)) {
      const raw = match[0];
      const folded = foldWord(raw.toLowerCase());
      const capitalised = /^\p{Lu}\p{Ll}/u.test(raw);
      const names = asked.some((word) => (capitalised && folded === word) || (!capitalised && word.length >= 5 && folded.endsWith(word)));
      if (!names) continue;
      const after = ownPart(sentence.slice(match.index + raw.length));
      const details = (after.match(mail ? MAIL : PHONE) ?? []).map((detail) => detail.trim());
      if (details.length === 1) found.set(details[0]!.replace(/\s+/g, ''), sentence);
    }
  }
  if (found.size !== 1) return undefined;
  const sentence = [...found.values()][0]!;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(sentence, other), other: other || undefined };
}

/**
 * "hvem skal jeg melde afbud til?": the one sentence of the letter that speaks of what the question names and gives
 * someone's phone or e-mail ("Afbud sendes til klubsekretær Ulla Brink på …") says whom, better than the
 * general contact. Nothing when no sentence, or more than one, does.
 */
export function contactSentencePart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.aspect !== 'who') return undefined;
  const asked = new Set(
    tokenize(frame.clause)
      .map((token) => token.folded)
      .filter((word) => word.length >= 5 && !/\d/.test(word) && !EventKnowledge.isGeneric(word))
      .map(stemWord),
  );
  if (asked.size === 0) return undefined;
  const chosen = sentencesOf(context).filter((sentence) => {
    const speaksOf = tokenize(sentence).some((token) => asked.has(stemWord(token.folded)));
    const mails = sentence.match(MAIL) ?? [];
    const phones = sentence.match(PHONE) ?? [];
    // Someone named after its first word, with one way to reach them.
    // "… reach out to me on Teams or call me on …" names no one: the writer is meant, whom the contact answer names.
    const named = /\s\p{Lu}\p{Ll}+/u.test(sentence) && !(WRITER.test(sentence) && !namesSomeone(sentence, context));
    return speaksOf && named && mails.length <= 1 && phones.length <= 1 && mails.length + phones.length > 0;
  });
  if (chosen.length !== 1) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(chosen[0]!, other), other: other || undefined };
}

/** The writer speaking of themself: "contact me", "ring til mig". */
const WRITER = /(?<![\p{L}])(?:me|mig)(?![\p{L}])/iu;

/** Whether the sentence names one of the letter's people, by full or first name. */
function namesSomeone(sentence: string, context: AnswerContext): boolean {
  return context.event.people.some((person) =>
    new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(person.name)}|${escapeRegExp(person.name.split(/\s+/)[0]!)})(?![\\p{L}])`, 'u').test(
      sentence,
    ),
  );
}

function sentencesOf(context: AnswerContext): string[] {
  return context.event.text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .map((sentence) => sentence.trim());
}
