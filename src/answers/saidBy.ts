import { messages } from '../i18n';
import { perEvent } from '../event/memo';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { stemWord, tokenize } from '../understanding/normalize';
import { matchPhrases, type WordForms } from '../understanding/phrases';
import { SAID_THINGS, wordFormsOf } from '../understanding/saidBy';
import type { Frame } from '../understanding/frame';
import { mentions } from './coverage';
import { MENU_ASKED } from './practical';
import { PROXY } from '../understanding/lexicon/words';
import type { AnswerContext, Part } from './parts';

/**
 * The last resort before "the invitation doesn't say" for a thing a letter says by other words than the question's
 * (see SAID_BY): "er der morgenmad?" of "Vi starter med kaffe og rundstykker", "må min kæreste komme med?" of
 * "Ledsagere kan ikke deltage". Only for a question that asks whether there is such a thing, or what it is — not
 * when, where, who or what it costs, which the sentence need not say — and only when one or two paragraphs say it.
 */

const COMPILED = SAID_THINGS;

/** Asking for another kind of fact than the thing itself: its time, place, person, amount or count. */
const ASKS_OTHER_FACT =
  /(?<!\p{L})(hvornår|hvornar|hvor|hvem|hvilken tid|hvad tid|hvad koster|koster|pris\p{L}*|when|where|who|whom|what time|how much|how many|how long|cost\p{L}*|price\p{L}*)(?!\p{L})/iu;

/** A meal as a time ("after lunch", "efter frokost"): what happens then, not the meal. */
const MEAL_AS_TIME =
  /(?<!\p{L})(efter|før|inden|under|after|before|during)\s+(the\s+)?(frokost\p{L}*|lunch|middag\p{L}*|dinner|morgenmad\p{L}*|breakfast)(?!\p{L})/iu;

/** Whether a clause asks something else of the thing than whether it is there: its time, place, price, menu, or what follows it. */
function asksOtherThanThing(clause: string): boolean {
  return ASKS_OTHER_FACT.test(clause) || MENU_ASKED.test(clause) || MEAL_AS_TIME.test(clause);
}

/** Words that ask nothing of their own beside the thing: whether it is there, included, to be brought or allowed. */
const ASKS_NOTHING = new Set(
  [
    'included',
    'include',
    'includes',
    'inkluderet',
    'inkluderede',
    'inklusive',
    'indeholdt',
    'provided',
    'served',
    'serveres',
    'sørget',
    'særligt',
    'særlig',
    'speciel',
    'special',
    'selv',
    'bring',
    'need',
    'noget',
    'komme',
    'come',
    'along',
    'tage',
    'sende',
    'send',
    'plads',
    'place',
    'stedet',
    'instead',
    'forhindret',
    'deltage',
    'attend',
    'join',
  ].map((word) => tokenize(word)[0]!.folded),
);

const formsOf = wordFormsOf;

const PARAGRAPH_FORMS = perEvent<ReadonlyArray<{ text: string; forms: WordForms[] }>>();

/** The letter's paragraphs (bullet by bullet) with their words, made once per event. */
function paragraphs(knowledge: EventKnowledge): ReadonlyArray<{ text: string; forms: WordForms[] }> {
  return PARAGRAPH_FORMS(knowledge.event, 'saidBy', () =>
    knowledge.passages.matching(/\S/).map((text) => ({ text, forms: formsOf(text) })),
  );
}

/** The one or two paragraphs of the letter that say the thing a clause asks about by the letter's own words. */
export function saidByParagraphs(clause: string, knowledge: EventKnowledge): string[] {
  if (asksOtherThanThing(clause)) return [];
  const forms = formsOf(clause);
  for (const entry of COMPILED) {
    const matches = matchPhrases(entry.asked, forms);
    if (matches.length === 0) continue;
    const covered = new Set(matches.flatMap((match) => Array.from({ length: match.end - match.start }, (_, k) => match.start + k)));
    // Every other word of the question asks nothing of its own, or the paragraph must name it too.
    const rest = forms
      .map((form, i) => (covered.has(i) ? undefined : form.folded))
      .filter(
        (word): word is string =>
          word !== undefined &&
          word.length >= 3 &&
          !ASKS_NOTHING.has(word) &&
          !LEXICON.questionWords.has(word) &&
          !EventKnowledge.isGeneric(word) &&
          !LEXICON.cueWords.has(word),
      );
    const found = paragraphs(knowledge)
      .filter(({ text, forms: said }) => matchPhrases(entry.said, said).length > 0 && rest.every((word) => mentions(text, word)))
      .map(({ text }) => text);
    if (found.length > 0 && found.length <= 2 && rest.length <= 1) return found;
  }
  return [];
}

/** Rooms and buildings as letters name them (folded): "hallen", "kantinen", "salen", "the canteen". */
const PLACE_KIND =
  /(hal|hallen|kantine\p{L}*|sal|salen|lokale\p{L}*|rum|rummet|hus|huset|bygning\p{L}*|hall|canteen|room|building|auditori\p{L}*|aula\p{L}*|gard\p{L}*|gymnastiksal\p{L}*)$/u;

const CLOCK_TIME = /(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:])/;

/**
 * How many letters two words end alike. Two things of one kind asked between share their head or their ending
 * ("arbejdstiden eller fritiden", "english or swedish"); words that do not ("optaget eller streamet") may be a verb
 * the letter uses in another sense ("I er optagede af").
 */
function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Whether a text has a word: a form of it (by its stem) or a compound that ends in it ("arbejdstiden"). */
function namesWord(text: string, word: string): boolean {
  const stem = stemWord(word);
  return tokenize(text).some(
    ({ folded }) => folded === word || (stem.length >= 4 && (folded.startsWith(stem) || (stem.length >= 5 && folded.endsWith(word)))),
  );
}

/** "A eller B", "A or B" ending a question: the two things asked between. */
const EITHER_OR = /(?<!\p{L})(\p{L}{4,})\s+(?:eller|or)\s+(\p{L}{4,})\s*\??\s*$/iu;

/**
 * "er det i arbejdstiden eller fritiden?": when the letter names one of two things of a kind asked between and never
 * the other, the sentences that name it answer.
 */
export function eitherOrSentences(clause: string, knowledge: EventKnowledge): string[] {
  const match = EITHER_OR.exec(clause);
  if (!match) return [];
  const [first, second] = [match[1]!, match[2]!].map((word) => tokenize(word)[0]?.folded ?? '');
  // Places are asked between as where the meeting is, which a sentence naming one for something else does not say.
  const own = (word: string) =>
    word.length >= 4 &&
    !EventKnowledge.isGeneric(word) &&
    !LEXICON.questionWords.has(word) &&
    !knowledge.placeWords.has(word) &&
    !knowledge.venueWords.has(word) &&
    !PLACE_KIND.test(word);
  if (!own(first!) || !own(second!) || first === second || commonEnding(first!, second!) < 3) return [];
  const sentencesNaming = (word: string) =>
    knowledge.passages
      .matching(/\S/)
      .flatMap((text) => text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u))
      // A programme's line says when a thing is, no choice between two.
      // As the letter's own word (a form of it, or a compound it heads), not through a translation: a choice asked
      // between is a choice of words.
      .filter((sentence) => namesWord(sentence, word) && !CLOCK_TIME.test(sentence));
  const [one, other] = [sentencesNaming(first!), sentencesNaming(second!)];
  const found = one.length > 0 && other.length === 0 ? one : other.length > 0 && one.length === 0 ? other : [];
  return found.length <= 2 ? found.map((sentence) => sentence.trim()) : [];
}

/** A frame no typed fact or sentence answers, answered by the paragraph that says its thing in other words. */
export function saidByPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (!frame.question || frame.check || frame.itemCheck || frame.elsewhere || frame.inherited) return undefined;
  const said = saidByParagraphs(frame.clause, context.knowledge);
  const found = said.length > 0 ? said : eitherOrSentences(frame.clause, context.knowledge);
  if (found.length === 0) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found.join(' … '), other), other };
}

/**
 * A typed fact that does not speak of a thing only its own words say ("Til: Hjemmepleje Nord" for "can my husband
 * come along?", "tag praktisk tøj på" for what to have on one's feet): not an answer to it. The paragraph that says
 * it answers instead, else nothing does.
 */
export function unlessSaidOtherwise(frame: Frame, typed: Part | undefined, context: AnswerContext): Part | undefined {
  if (!typed || typed.notStated || !frame.question || frame.check || asksOtherThanThing(frame.clause)) return typed;
  // "kan jeg give min mand fuldmagt" of a sentence on proxies: the spouse is the proxy's party, not one brought along.
  if (PROXY.test(frame.clause) && PROXY.test(typed.text)) return typed;
  const forms = formsOf(frame.clause);
  const entry = COMPILED.find((compiled) => compiled.only && matchPhrases(compiled.asked, forms).length > 0);
  if (!entry || matchPhrases(entry.said, formsOf(typed.text)).length > 0) return typed;
  return saidByPart(frame, context);
}
