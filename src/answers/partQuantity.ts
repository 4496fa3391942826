/**
 * How long, how far or how many of a PART of the meeting: "how long is the walk" (2 km), "how long is each pitch" (4
 * minutes), "hvor lang tid har vi i Stege" (en times tid), "how many people fit in the hall" (150). The answer is the
 * letter's sentence (or programme line) that names that part and gives a quantity of the kind asked; never the
 * meeting's own length, which is not the part's. When the letter names the part but gives no such quantity, the
 * meeting's length is no answer either: not stated.
 */
import { glossaryForms, withGlossary } from '../understanding/glossary';
import type { Frame } from '../understanding/frame';
import { sentencesOfLine, stemWord, tokenize } from '../understanding/normalize';
import { messages } from '../i18n';
import { perEvent } from '../event/memo';
import type { AnswerContext, Part } from './parts';

/** A clock time: "18.30", "09:45". */
const CLOCK = /(?<![\d.,:])\d{1,2}[.:]\d{2}(?![\d])/gu;

type Kind = 'distance' | 'duration' | 'count';

/** The kinds of quantity a question asks for, from its wording (a folded, lower-case clause). */
function kindsAsked(clause: string): Kind[] {
  if (/(?<![\p{L}])(?:how far|hvor langt|what distance|hvor mange (?:km|kilometer|meter))(?![\p{L}])/iu.test(clause)) return ['distance'];
  if (
    /(?<![\p{L}])(?:how much time|how many (?:minutes|mins|hours)|hvor lang tid|hvor længe|hvor laenge|hvor mange (?:minutter|timer))(?![\p{L}])/iu.test(
      clause,
    )
  )
    return ['duration'];
  if (/(?<![\p{L}])(?:how long|hvor lang)(?![\p{L}])/iu.test(clause)) return ['distance', 'duration'];
  if (
    /(?<![\p{L}])(?:how many|hvor mange)\s+(?:people|ppl|persons|participants|members|deltagere|personer|mennesker|folk|pladser|seats|places)/iu.test(
      clause,
    )
  )
    return ['count'];
  return [];
}

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?(?:\s*[–—-]\s*\d+(?:[.,]\d+)?)?)`;
/** A quantity of each kind as a letter writes it. */
const QUANTITY: Record<Kind, RegExp> = {
  distance: new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s*(?:km|kilometer\p{L}*|meter|m)(?![\p{L}])`, 'iu'),
  duration: new RegExp(
    String.raw`(?<![\p{L}\d])(?:${NUMBER}\s*(?:min\.?|minut\p{L}*|mins?|timer?|hours?|hrs?|sek\p{L}*|seconds?)|(?:en|én|halvanden|an|one|half an)\s+(?:times?\s+tid|time|hour|minut|minute))(?![\p{L}])`,
    'iu',
  ),
  count: new RegExp(
    String.raw`(?<![\p{L}\d])(?:${NUMBER}\s*(?:people|persons|participants|deltagere|personer|mennesker|pladser|seats|places)|(?:plads til|room for|space for|seats?|max\.?|maks\.?|højst|up to|op til)\s+(?:ca\.?\s+|about\s+|up to\s+)?${NUMBER})(?![\p{L}])`,
    'iu',
  ),
};

/** A journey's length asked, or a total: not a part of the meeting. */
const JOURNEY =
  /(?<![\p{L}])(?:take|takes|taking|tager|tage|from|fra|drive|driving|køre|koere|kore|cykle|train|tog|toget|bus|bussen|car|bil|bilen|travel|rejse|get there|komme derhen|komme dertil|i alt|ialt|in total|altogether|total|totalt|tilsammen)(?![\p{L}])/iu;

/** Words of a question that name no part: question words, pronouns, the quantity asked, the meeting itself. */
const NOT_A_PART = new Set(
  (
    'how long far many much time is are was the a an each every per of in at on for to from do does did we i you they it ' +
    'there have has get gets take takes will be can could fit fits people ppl persons participants minutes mins hours ' +
    'distance what which whole entire all about roughly approximately exactly going our my your their this that ' +
    'hvor lang langt længe laenge tid er var har vi jeg du de den det en et hver hvert pr per i på pa til af om med ' +
    'man får far kan skal være vaere der mange meget minutter timer hele ca cirka egentlig så sa ud ind hen nu ' +
    'sig selv os jer mig dig last lasts varer vare alt ' +
    // The meeting itself: its length is the meeting's answer.
    'meeting møde mødet mode modet event day dagen dag days dage course kursus kurset seminar seminaret webinar ' +
    'webinaret conference konference konferencen arrangement arrangementet trip tur turen udflugt udflugten ' +
    'excursion tour studietur session sessions program programme programmet agenda dagsorden'
  ).split(' '),
);

/** The folded words of the clause that name a part of the meeting. */
function partWords(clause: string): string[] {
  return tokenize(clause)
    .map((token) => token.folded)
    .filter((word) => word.length >= 4 && !/^\d/.test(word) && !NOT_A_PART.has(word));
}

/** A sentence's words name the part: a form of the word, its glossary counterpart, or a compound with it. */
function names(sentence: string, word: string): boolean {
  const forms = [...glossaryForms(word)];
  const stems = [...withGlossary([stemWord(word)])];
  return tokenize(sentence).some((token) => {
    const folded = token.folded;
    const stem = stemWord(folded);
    if (forms.includes(folded) || stems.includes(stem)) return true;
    // "foredragssalen" for "salen" (the hall): a compound ending in the word.
    if (forms.some((form) => form.length >= 4 && folded.length > form.length && folded.endsWith(form))) return true;
    // "gåturen" for "tur", "byvandringen" for "vandring"; "en tur" for "gåtur".
    return stems.some(
      (other) => other.length >= 4 && (folded.includes(other) || (stem.length >= 3 && other.length >= 5 && other.endsWith(stem))),
    );
  });
}

/** The letter's sentences and programme lines, made once per event. */
function sentencesOf(context: AnswerContext): readonly string[] {
  return SENTENCES(context.event, 'sentences', () => {
    const passages = context.event.passages.flatMap((passage) => passage.text.split('\n'));
    const items = (context.event.programme ?? []).flatMap((item) => Object.values(item.title).filter((t): t is string => Boolean(t)));
    return [
      ...new Set(
        [...passages, ...items]
          .flatMap((line) => sentencesOfLine(line))
          .flatMap((sentence) => sentence.split(/\s+[-•▪●◦*]\s+|^\s*[-•▪●◦*]\s+/u))
          .map((text) =>
            text
              .replace(/^[\s#*>•|-]+|\*+/g, '')
              // "19.05 Kandidaterne …" of the letter is the programme item "Kandidaterne …": said once.
              .replace(/^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s+/iu, '')
              .trim(),
          )
          // A whole programme run into one line is no sentence of one part: its items are each read on their own.
          .filter((text) => text.length > 0 && (text.match(CLOCK) ?? []).length <= 2),
      ),
    ];
  });
}

const SENTENCES = perEvent<readonly string[]>();

/**
 * The answer to a quantity asked of a part: the sentences that give it, or not stated when the letter names the part
 * and gives none (so that the meeting's length is not said for it). Undefined when the question is no such question
 * or the part is nowhere in the letter; 'notStated' when nothing may be answered.
 */
export function partQuantityPart(frame: Frame, context: AnswerContext): Part | 'notStated' | undefined {
  const clause = frame.clause.toLowerCase();
  // "how long does it take from the station", "hvor lang tid tager det at køre hjemmefra": a journey, no part.
  if (JOURNEY.test(clause)) return undefined;
  const kinds = kindsAsked(clause);
  if (kinds.length === 0) return undefined;
  const words = partWords(clause).filter((word) => !context.knowledge.namesMeeting(word));
  if (words.length === 0) return undefined;
  const sentences = sentencesOf(context);
  const naming = sentences.filter((sentence) => words.some((word) => names(sentence, word)));
  if (naming.length === 0) return undefined;
  // Every word named beats some: "the city walk" is the walk, not any sentence of the city.
  const best = naming.filter((sentence) => words.every((word) => names(sentence, word)));
  const pool = best.length > 0 ? best : naming;
  for (const kind of kinds) {
    const giving = pool.filter((sentence) => QUANTITY[kind].test(sentence));
    if (giving.length > 0 && giving.length <= 3) {
      const other = context.event.language !== context.lang;
      return { text: messages(context.lang).answers.passage(giving.join(' … '), other), other };
    }
    if (giving.length > 3) return undefined;
  }
  // Named, but no quantity of the kind asked: the meeting's own length would be wrong for the part.
  return frame.topic === 'duration' ? 'notStated' : undefined;
}
