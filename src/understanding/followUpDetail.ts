import type { FollowUpContext, Frame, Topic } from './frame';
import { EventKnowledge, LEXICON } from './knowledge';
import { splitSentences, stemWord, tokenize } from './normalize';
import type { PracticalTopic } from '../event/model';
import { PLACE_SAID, detailSentence, isSignUpSentence } from './timedSentence';
import { DETAIL_KINDS } from './lexicon/qualifiers';

/**
 * "hvor kan man parkere?" then "hvor er indkørslen?", "can I join online?" then "does that cost anything?": a short
 * follow-up that asks a detail of the thing the question before asked about, not of the meeting. Only a sentence of
 * the letter that names that thing and the detail answers it; the meeting's own fee or venue never does.
 */

/** An amount or a price as letters say one: "50 kr.", "EUR 195", "gratis", "free of charge", "koster". */
const PRICE_SAID =
  /(?<!\p{L})(?:kr\.?|dkk|eur|euro|€|gratis|free|koster|costs?|charged?|fee|gebyr|betal\p{L}*|pay\p{L}*|pris\p{L}*|price)(?!\p{L})|\d\s*(?:kr|,-)/iu;
/** Anything: a detail named by its own words needs no more of the sentence. */
const ANY_WORD = /\p{L}/u;
/** Topics a follow-up takes from its question word alone ("koster det noget?", "hvor er den?"): the meeting's by default. */
const BARE: ReadonlySet<Topic | undefined> = new Set<Topic | undefined>(['price', 'where']);
/** Topics before that are the meeting's own, not a thing of it. */
const OF_MEETING: ReadonlySet<Topic> = new Set<Topic>(['when', 'end', 'duration', 'weekday', 'where', 'price', 'items', 'person', 'times']);
/** Words of a follow-up that ask, refer back or fill, and name no detail ("og", "så", "also", "then"). */
const FILLER = /^(?:og|and|men|but|so|så|sa|også|ogsa|also|too|then|da|der|there|nu|now|igen|again|af|på|pa|til|for|med|with|of|the)$/u;

/** The folded content words of a text: what it names, not how it asks. */
function contentWords(text: string, knowledge: EventKnowledge): string[] {
  return tokenize(text)
    .map((token) => token.folded)
    .filter(
      (word) =>
        word.length >= 3 &&
        !FILLER.test(word) &&
        !LEXICON.questionWords.has(word) &&
        !EventKnowledge.isEntityOrFunction(word) &&
        !knowledge.titleStems.has(stemWord(word)) &&
        !knowledge.kindStems.has(stemWord(word)),
    );
}

/** Whether a text names one of the words by the word itself or its stem. */
function namesOwnWord(text: string, words: readonly string[]): boolean {
  const said = tokenize(text).map((token) => token.folded);
  return words.some((word) => {
    const stem = stemWord(word);
    return said.some(
      (other) => other === word || (stem.length >= 4 && other.startsWith(stem)) || (stem.length >= 5 && other.endsWith(stem)),
    );
  });
}

/**
 * "can I join online?" then "does that cost anything?": the one sentence of the practical fact answered before that
 * holds the detail ("Online participation is free of charge; …"), however the letter's own lines break it. None when
 * two sentences of it could be meant.
 */
function sentenceOfFactBefore(
  topic: Topic | undefined,
  named: readonly string[],
  knowledge: EventKnowledge,
  said: RegExp,
): { text: string; ownFact: true } | undefined {
  const fact = topic && topic in knowledge.event.practical ? knowledge.event.practical[topic as PracticalTopic] : undefined;
  const text = fact && (fact.text[knowledge.event.language] ?? Object.values(fact.text).find(Boolean));
  if (!text) return undefined;
  const holding = splitSentences(text).filter((sentence) => said.test(sentence) && (named.length === 0 || namesOwnWord(sentence, named)));
  return holding.length === 1 ? { text: holding[0]!.trim(), ownFact: true } : undefined;
}

/** The frame of a follow-up asking a detail of the thing asked before, or the frame as it was. */
export function detailOfThingBefore(frame: Frame, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  const before = context?.passageQuestion ?? context?.thingQuestion;
  // "bliver det optaget?" then "også spørgsmålene?": a word or two that happen to title an item ("Spørgsmål og svar")
  // ask them of the thing before, when one sentence of the letter names both; else the item, as before.
  const itemWords = frame.items !== undefined && !/\d/u.test(frame.clause) && tokenize(frame.clause).length <= 3;
  if (!before || frame.check || (frame.items && !itemWords) || frame.person || frame.elsewhere || frame.passage || frame.personContact)
    return frame;
  // "hvem skal den gives til?": whom is asked of people, which whoever the letter names answers on its own.
  if (frame.aspect === 'who') return frame;
  if (tokenize(frame.clause).length > 6) return frame;
  const previous = context?.topics?.[0];
  if (previous && OF_MEETING.has(previous)) return frame;
  // A topic named by a word of its own ("og parkering?") is asked as it is; only one taken from the question word or
  // from the question before is the thing's.
  const bare = frame.inherited || (BARE.has(frame.topic) && (frame.cueWords?.length ?? 0) === 0);
  if (frame.topic !== undefined && !bare && !itemWords) return frame;
  const thing = contentWords(before, knowledge);
  if (thing.length === 0) return frame;
  const own = new Set(thing.map(stemWord));
  const detail = contentWords(frame.clause, knowledge).filter((word) => !own.has(stemWord(word)));
  const asksPrice = frame.topic === 'price' && !frame.inherited;
  const asksPlace = frame.topic === 'where' && !frame.inherited;
  // "fra hvilken alder?", "er der tidsbegrænsning?": a word naming a kind of fact asks for that fact of the thing,
  // which the letter writes in its own way ("fra 3 år", "2 timers parkering").
  const kind = frame.topic === undefined ? DETAIL_KINDS.find((entry) => detail.some((word) => entry.asked.test(word))) : undefined;
  // "does that cost anything?": its words ("cost", "anything") ask; the amount said is the detail.
  const named = asksPrice || kind ? [] : detail;
  if (named.length === 0 && !asksPrice && !asksPlace && !kind) return frame;
  // "hvem skal fuldmagten gives til?": a clause whose own words find the letter's paragraph is no vague follow-up.
  if (frame.topic === undefined && !kind && !frame.whenOf && knowledge.passages.search(frame.clause)) return frame;
  const said = kind ? kind.said : asksPrice ? PRICE_SAID : asksPlace ? PLACE_SAID : ANY_WORD;
  const sentence = sentenceOfFactBefore(previous, named, knowledge, said) ?? detailSentence(thing, named, knowledge, said);
  // Asked in the letter's own language, the thing is named by its own word, not only by a looser counterpart
  // ("skraldebil" is no "affald").
  const found =
    sentence &&
    ('ownFact' in sentence || !isSignUpSentence(sentence.text, knowledge)) &&
    (context?.lang !== knowledge.event.language || namesOwnWord(sentence.text, thing))
      ? sentence
      : undefined;
  if (!found) return frame;
  const { topic: _topic, aspect: _aspect, inherited: _inherited, items: _items, ...rest } = frame;
  // The kind's word ("tidsbegrænsning") is answered by the fact of its kind ("2 timers parkering"), not by the word:
  // the thing is the one asked before, so the sentence is not held to the follow-up's own words.
  return { ...rest, foreign: [], passage: { id: '', text: found.text, score: 0, matchedTerms: 1 }, ...(kind ? { inherited: true } : {}) };
}
