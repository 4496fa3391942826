import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { extractEntities } from './entities';
import { EventKnowledge, LEXICON } from './knowledge';
import type { Subject } from './lexicon/topics';
import { foldWord, stemWord, tokenize, type Token } from './normalize';
import type { PassageHit } from './passageSearch';
import { longestFirst, matchPhrases, type PhraseMatch } from './phrases';
import { INFORMATION_STARTS } from './messageWords';
import { PRACTICAL_SUBJECTS } from './subjects';
import { DEADLINE_SAID, isSignUpSentence, timedSentence } from './timedSentence';

/**
 * Deadlines of something else than signing up ("høringsfrist", "afbudsfrist"): whose deadline a clause asks for.
 */

/** Cue words of the deadline that say whose deadline it is: signing up's. */
const SIGN_UP_SUBJECTS = new Set<Subject>(['signUp', 'signUpOpen', 'deadline']);
/** Words letters write a deadline with, to tell the paragraph that gives one from others that name the same thing. */
// A period's last day ("i høring fra 1. marts til 12. april") is its deadline too. Letter-aware edges: "by" is no
// word of "Byrådet".
const DEADLINE_WORDS =
  /(?<!\p{L})(senest|\p{L}*frist\p{L}*|inden|frem til|deadline|no later than|by|until|(?:til|until|through)\s+(?:og med\s+)?(?:\p{L}+\s+){0,2}\d{1,2}\.?\s+\p{L}{3})(?!\p{L})/iu;

/**
 * A deadline asked as a compound whose first part is not signing up ("høringsfrist" of a letter whose sign-up text
 * never says "høring"): the topic that part names ("afbudsfrist" is cancellation's), else the paragraph that names it
 * with a date, else nothing (the word is then unknown). Undefined when the deadline is the sign-up deadline.
 */
export function qualifiedDeadline(
  matches: PhraseMatch<Exclude<Subject, 'meeting'> | 'meeting'>[],
  tokens: readonly Token[],
  knowledge: EventKnowledge,
  clause: string,
): { word: string; subject?: Exclude<Subject, 'meeting'>; passage?: PassageHit; thing?: string[] } | undefined {
  for (const match of matches) {
    if (match.tag !== 'deadline' || match.end - match.start !== 1) continue;
    let word = tokens[match.start]!.folded;
    let qualifier: string;
    if (match.source.startsWith('*')) {
      const cue = foldWord(match.source.slice(1).toLowerCase());
      if (!word.endsWith(cue) || word.length - cue.length < 4) continue;
      // The linking "s" of a Danish compound ("hørings|frist") is no part of the word it joins.
      qualifier = word.slice(0, -cue.length).replace(/s$/, '');
    } else {
      // "early bird deadline": a practical matter named right before the cue is whose deadline it is.
      const owner = matches.find((other) => other.end === match.start && other.tag !== 'meeting' && PRACTICAL_SUBJECTS.has(other.tag));
      if (owner)
        return {
          word: tokens
            .slice(owner.start, match.end)
            .map((token) => token.folded)
            .join(' '),
          subject: owner.tag as Exclude<Subject, 'meeting'>,
        };
      // "consultation deadline": the word before the cue, when it names something.
      const before = tokens[match.start - 1]?.folded;
      if (!before || before.length < 4 || /\d/.test(before) || EventKnowledge.isGeneric(before) || LEXICON.cueWords.has(before)) continue;
      if (INFORMATION_STARTS.has(before) || LEXICON.yesNoStarts.has(before)) continue;
      qualifier = before.replace(/s$/, '');
      word = `${before} ${word}`;
    }
    // A typo of a sign-up word ("registraton deadline") is still the sign-up deadline.
    const forms = [qualifier, ...knowledge.vocabulary.resolve(qualifier)];
    const named = longestFirst(matchPhrases(LEXICON.subjects, [{ folded: qualifier, forms, isNumber: false }]));
    if (named.some((found) => SIGN_UP_SUBJECTS.has(found.tag))) return undefined;
    const other = named.find((found) => found.tag !== 'meeting' && PRACTICAL_SUBJECTS.has(found.tag));
    if (other) return { word, subject: other.tag as Exclude<Subject, 'meeting'> };
    const stem = qualifier.slice(0, Math.max(4, qualifier.length - 1));
    if (signUpWordsOf(knowledge.event).some((said) => said.startsWith(stem))) return undefined;
    // The meeting's own name ("høringsmødet") names the meeting, not what the deadline is for.
    const naming = knowledge.passages
      .containing([stem])
      .filter((text) =>
        tokenize(text).some(
          (token) =>
            token.folded.startsWith(stem) &&
            !knowledge.titleStems.has(stemWord(token.folded)) &&
            !knowledge.kindStems.has(stemWord(token.folded)),
        ),
      );
    // The sentence that dates the thing ("Forslaget er i høring fra 1. marts til 12. april"), not a paragraph that
    // names it and the meeting's own date in another sentence.
    const timed = timedSentence([qualifier], knowledge, clause, DEADLINE_WORDS);
    if (timed && !isSignUpSentence(timed.text, knowledge))
      return { word, passage: { id: '', text: timed.text, score: 0, matchedTerms: 1 } };
    const dated = naming.filter((text) => paragraphHasDates(knowledge, text));
    const text = dated.find((paragraph) => DEADLINE_WORDS.test(paragraph)) ?? dated[0];
    return { word, passage: text ? { id: '', text, score: 0, matchedTerms: 1 } : undefined };
  }
  return deadlineOfWhat(matches, tokens, knowledge, clause);
}

/** Words of signing up, as typed ("signing", "registering", "tilmeldingen"). */
const SIGN_UP_WORD = /^(tilmeld|sign|regist|rsvp)/;
/** "frist for", "deadline for", "deadline to": what follows says whose deadline it is. */
const OF_WHAT = new Set(['for', 'til', 'to', 'on', 'pa', 'of', 'af', 'om', 'ved']);

/**
 * "hvornår er fristen for forslag?", "deadline for sending questions in advance?": a deadline of the thing named after
 * it. Signing up ("deadline to register"), a topic of its own ("frist for afmelding"), what the sign-up text itself
 * names, or the meeting is not another thing; else the letter's sentence that names the thing with a date answers,
 * or nothing does — never the sign-up deadline.
 */
function deadlineOfWhat(
  matches: PhraseMatch<Exclude<Subject, 'meeting'> | 'meeting'>[],
  tokens: readonly Token[],
  knowledge: EventKnowledge,
  clause: string,
): { word: string; subject?: Exclude<Subject, 'meeting'>; passage?: PassageHit; thing?: string[] } | undefined {
  const cue = matches.find(
    (match) => match.tag === 'deadline' && !match.source.startsWith('*') && OF_WHAT.has(tokens[match.end]?.folded ?? ''),
  );
  if (!cue) return undefined;
  const after = tokens.slice(cue.end + 1);
  const forms = after.map((token) => ({
    folded: token.folded,
    forms: [token.folded, ...knowledge.vocabulary.resolve(token.folded)],
    isNumber: /^\d+$/.test(token.folded),
  }));
  const named = longestFirst(matchPhrases(LEXICON.subjects, forms));
  // "deadline for signing up", "frist for tilmeldingen": signing up's own deadline.
  if (named.some((found) => SIGN_UP_SUBJECTS.has(found.tag)) || after.some((token) => SIGN_UP_WORD.test(token.folded))) return undefined;
  const thing = after
    .map((token) => token.folded)
    .filter(
      (word) =>
        word.length >= 3 &&
        !/\d/.test(word) &&
        !LEXICON.questionWords.has(word) &&
        !EventKnowledge.isEntityOrFunction(word) &&
        !knowledge.titleStems.has(stemWord(word)) &&
        !knowledge.kindStems.has(stemWord(word)),
    );
  if (thing.length === 0) return undefined;
  const other = named.find((found) => found.tag !== 'meeting' && PRACTICAL_SUBJECTS.has(found.tag));
  if (other) return { word: thing.join(' '), subject: other.tag as Exclude<Subject, 'meeting'> };
  // "frist for bordrøftelserne" where signing up is for the table discussions: the sign-up deadline.
  if (thing.some((word) => signUpTextNames(word, knowledge))) return undefined;
  const timed = timedSentence(thing, knowledge, clause, DEADLINE_WORDS);
  const found = timed && !isSignUpSentence(timed.text, knowledge) ? timed : undefined;
  return { word: thing.join(' '), thing, passage: found ? { id: '', text: found.text, score: 0, matchedTerms: 1 } : undefined };
}

/** The sign-up text names the word (a link or an address is no word of it). */
function signUpTextNames(word: string, knowledge: EventKnowledge): boolean {
  const stem = word.slice(0, Math.max(4, word.length - 1));
  return signUpWordsOf(knowledge.event).some((said) => said.startsWith(stem));
}

const signUpWords = perEvent<string[]>();

/** The sign-up text's words (folded), in both languages: a link or an address ("…/rus-hoering") is no word of it. */
function signUpWordsOf(event: MeetingEvent): string[] {
  return signUpWords(event, 'words', () => {
    const registration = event.registration?.text;
    const text = [registration?.da, registration?.en]
      .filter(Boolean)
      .join(' ')
      .replace(/\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*/gi, ' ');
    return tokenize(text).map((token) => token.folded);
  });
}

const datedParagraphs = new WeakMap<EventKnowledge, Map<string, boolean>>();

/** Whether a paragraph of the letter gives a date, read once per event and paragraph. */
function paragraphHasDates(knowledge: EventKnowledge, paragraph: string): boolean {
  let dated = datedParagraphs.get(knowledge);
  if (!dated) datedParagraphs.set(knowledge, (dated = new Map<string, boolean>()));
  let has = dated.get(paragraph);
  if (has === undefined) dated.set(paragraph, (has = extractEntities(paragraph).dates.length > 0));
  return has;
}

/** Telling someone, as a deadline asks it ("tell you", "give besked", "melde"): no thing of its own. */
const TELLING = /^(meld|sig$|sige|give|giv$|tell|let$|inform|notif|besked|have|need|must|skal|ska$)/;

/**
 * "by when do I have to tell you my deputy is coming?": a deadline asked with a thing named, but no "frist for", of
 * a letter whose sentence names that thing with a deadline and a date ("Giv besked senest 12. april, så
 * stedfortræderen …"). Never when signing up is asked, nor by the sign-up text's own sentence.
 */
export function deadlineOfNamedThing(
  tokens: readonly Token[],
  knowledge: EventKnowledge,
  clause: string,
): { text: string; thing: string[] } | undefined {
  if (tokens.some((token) => SIGN_UP_WORD.test(token.folded) || /^(afbud|afmeld|cancel)/.test(token.folded))) return undefined;
  const thing = tokens
    .map((token) => token.folded)
    .filter(
      (word) =>
        word.length >= 4 &&
        !/\d/.test(word) &&
        !LEXICON.questionWords.has(word) &&
        !EventKnowledge.isEntityOrFunction(word) &&
        !DEADLINE_SAID.test(word) &&
        !TELLING.test(word) &&
        !knowledge.titleStems.has(stemWord(word)) &&
        !knowledge.kindStems.has(stemWord(word)),
    );
  if (thing.length === 0) return undefined;
  const timed = timedSentence(thing, knowledge, clause, DEADLINE_WORDS);
  if (!timed || !DEADLINE_SAID.test(timed.text) || isSignUpSentence(timed.text, knowledge)) return undefined;
  return { text: timed.text, thing };
}
