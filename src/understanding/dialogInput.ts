import type { Lang } from '../i18n';
import { EventKnowledge, LEXICON } from './knowledge';
import type { Request } from './lexicon/requests';
import { tokenize } from './normalize';
import { longestFirst, matchPhrases, type WordForms } from './phrases';
import { understand } from './understand';
import type { Understanding } from './frame';

/** What a message means while a dialog waits for an answer. */
export type DialogIntent =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'leave' }
  | { kind: 'help' }
  /** "ret navn", "vent, jeg skrev mit navn forkert": back to an earlier answer. */
  | { kind: 'change' }
  /** "tilmeld mig" (or "… og min kollega": `others`) while a dialog runs. */
  | { kind: 'signUp'; others: boolean }
  /** A request that ends the dialog ("slet mine data", "min tilmelding", an organiser's count). */
  | { kind: 'request'; request: Request }
  /** A question about the meeting. */
  | { kind: 'question'; understanding: Understanding }
  | { kind: 'answer' };

const forms = (text: string): WordForms[] =>
  tokenize(text).map((token) => ({ folded: token.folded, forms: [token.folded], isNumber: /^\d+$/.test(token.folded) }));

/** Yes or no as a whole answer ("ja", "nej tak", "👍"), else undefined. */
export function yesOrNo(text: string): boolean | undefined {
  const trimmed = text.trim();
  if (/^(👍|✅|✔️?)$/u.test(trimmed)) return true;
  if (/^(👎|❌)$/u.test(trimmed)) return false;
  const words = forms(trimmed);
  if (words.length === 0 || words.length > 5) return undefined;
  const matches = longestFirst(matchPhrases(LEXICON.yesNo, words));
  const covered = matches.reduce((sum, match) => sum + match.end - match.start, 0);
  if (matches.length === 0 || covered < words.length - 1) return undefined;
  const answers = new Set(matches.map((match) => match.tag));
  return answers.size === 1 ? [...answers][0] : undefined;
}

const HELP = /^\s*(\?|hjælp|help|hjælp mig|help me|hvad nu|what now|hvad mangler du|what do you need)\s*[?!.]*\s*$/i;
const CHANGE =
  /\b(ret|rette|ændr|ændre|skift|skifte|fix|change|correct|edit|update|opdater)\b|\b(skrev|stavede|tastede|wrote|typed|spelled)\b.*\b(forkert|wrong|forkerte)\b|\bforkert\b.*\b(navn|mail|e-mail|email|kommune|rolle)\b/i;

/**
 * Reads a message sent while a dialog waits: a yes or no, leaving ("annuller", "jeg gider ikke alligevel",
 * "never mind, I'll do it later"), help, going back to an earlier answer, another request, a question about the
 * meeting — or, failing all of those, an answer.
 */
export function readDialogInput(text: string, knowledge: EventKnowledge, lang: Lang): DialogIntent {
  const answer = yesOrNo(text);
  const words = forms(text);
  const leave = longestFirst(matchPhrases(LEXICON.leave, words));
  // "nej tak, alligevel ikke" is a no that leaves.
  if (answer !== undefined && !(answer === false && leave.length > 0)) return { kind: answer ? 'yes' : 'no' };
  if (answer === false) return { kind: 'leave' };
  if (HELP.test(text)) return { kind: 'help' };
  if (leave.length > 0) {
    const covered = new Set(leave.flatMap((match) => Array.from({ length: match.end - match.start }, (_, i) => match.start + i)));
    const rest = words.filter((word, i) => !covered.has(i) && !EventKnowledge.isGeneric(word.folded));
    if (rest.length <= 1) return { kind: 'leave' };
  }
  if (CHANGE.test(text) && words.length <= 9) return { kind: 'change' };
  const understanding = understand(text, knowledge, { hint: lang, context: { lang } });
  if (understanding.kind === 'request') {
    if (understanding.request === 'changeRegistration') return { kind: 'change' };
    if (understanding.request === 'signUp' || understanding.request === 'signUpOthers')
      return { kind: 'signUp', others: understanding.request === 'signUpOthers' || understanding.others === true };
    if (understanding.request !== 'answerInLanguage') return { kind: 'request', request: understanding.request };
  }
  if (understanding.kind === 'question' && understanding.frames.some((frame) => frame.topic && frame.question))
    return { kind: 'question', understanding };
  return { kind: 'answer' };
}

/** A clear question: it asks (a question word or "?") about something the bot recognised. */
export function isClearQuestion(text: string, intent: DialogIntent): boolean {
  if (intent.kind !== 'question') return false;
  const first = tokenize(text)[0]?.folded ?? '';
  return text.trim().endsWith('?') && LEXICON.questionWords.has(first);
}
