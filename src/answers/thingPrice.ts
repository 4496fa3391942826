import { messages } from '../i18n';
import { perEvent } from '../event/memo';
import type { PracticalTopic } from '../event/model';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { foldWord, sentencesOfLine, stemWord, tokenize } from '../understanding/normalize';
import type { Frame } from '../understanding/frame';
import { GLOSSARY } from '../understanding/lexicon/glossary';
import { whomToAsk } from './contact';
import { mentions } from './coverage';
import type { AnswerContext, Part } from './parts';
import { PRACTICAL, TOPIC_STEMS, TOPIC_WORDS } from './topics';

/**
 * What a particular thing costs ("hvad koster spisningen", "price per night at the hotel?", "hvad er kontingentet for
 * studerende", "er der studierabat"): the letter's sentence or price line that names that thing (or group) and ties
 * an amount to it, or says it is free or included. A sentence that names the thing with no amount ("øl og vand til
 * klubpris") does not say what it costs: then the letter does not say. The meeting's own fee, asked with no thing
 * named, is the price fact's (see practical.ts).
 */

/** An amount of money as letters write it, in millions or thousands too ("14,6 mio. kr.", "EUR 2.5 million"). */
const AMOUNT =
  /(\d[\d.,]*\s*(?:(?:mio|mia|mill|millioner|million|millions|billion|t|tusind|thousand)\.?\s*)?(kr\.?|kroner|dkk|eur|euro|€|\$|usd|nok|sek|,-))|((kr\.?|dkk|eur|€|\$|usd|£)\s*\d)/i;
/** That something is free or included in a price (folded words). */
const FREE_OR_INCLUDED =
  / (gratis|free|free of charge|uden beregning|uden betaling|no charge|costs nothing|koster ikke noget|included|includes|including|inkl|incl|inkluderet|inklusive|inklusiv|indeholdt|indgar|i prisen|in the price|in the fee|daekker|covers|covered) /;

/** A sentence saying what a thing costs (not what one pays to take part): by a verb of costing or an estimate. */
const COST_SAID =
  /(?<!\p{L})(koster|kostede|costs?|anslået|anslaaet|estimated|budget\p{L}*|anlægsudgift\p{L}*|udgift\p{L}*|expenditure)(?!\p{L})/iu;
/** Asking what something costs, by a verb or a noun of price. */
const COST_ASKED =
  /(?<!\p{L})(koster|kostede|koste|cost|costs|price\p{L}*|pris|prisen|priser|how much|hvor meget|kontingent\p{L}*|\p{L}*kontingent\p{L}*|fee|fees|gebyr\p{L}*|charge|rate|takst\p{L}*)(?!\p{L})/iu;
/** A clause that asks what (or how much) rather than whether one can: "hvad bliver kontingentet", "price per night?". */
const ASKS_WHAT =
  /^\s*(?:(?:og|and|men|but|so)\s+)?(?:hvad|what|whats|what's|how much|hvor meget|hvilken|hvilket|which|price|prices|pris|prisen|priser|kontingent\p{L}*|fee|fees|cost)(?!\p{L})/iu;
/** Asking about a lower price: a discount, cheaper (folded words and compounds). */
const DISCOUNT_ASKED =
  /(?<!\p{L})(\p{L}*rabat\p{L}*|discount\p{L}*|cheaper|billigere|reduced|reduction|nedsat|reduceret|concession\p{L}*)(?!\p{L})/iu;
/** Asking something else of a thing: when, where, who, how — its price is no answer. */
const OTHER_ASKED =
  /(?<!\p{L})(hvornår|hvornar|when|hvor(?! meget)|where|hvem|who|hvordan|how(?! much)|hvilken dato|what time|deadline|frist\p{L}*|nr|nummer\p{L}*|number|tlf|telefon\p{L}*|phone|konto\p{L}*|account|mobilepay\p{L}*|afbud\p{L}*|afmeld\p{L}*|framel\p{L}*|cancel\p{L}*|refund\p{L}*|refusion|udebliv\p{L}*|inkluderet|inklusive|inkl|included|include|includes|covered|covers|dækket|dækker|indgår|med i prisen|punkt|pkt|item|point|dagsorden|agenda|i år|næste år|sidste år|this year|next year|last year)(?!\p{L})|\d{4}/iu;
/** Words that tell one kind of a thing from another ("a double room"): never left out of what is asked. */
const KIND_OF = /^(double|single|twin|dobbelt|enkelt|delt|shared)$/;

/** Words of asking a price, of a discount, and of taking part in the meeting: none names a thing (folded). */
const NOT_A_THING = new Set(
  [
    'koster',
    'kostede',
    'koste',
    'cost',
    'costs',
    'price',
    'prices',
    'pris',
    'prisen',
    'priser',
    'much',
    'meget',
    'fee',
    'fees',
    'gebyr',
    'gebyret',
    'charge',
    'rate',
    'betale',
    'betaler',
    'betaling',
    'pay',
    'pays',
    'paying',
    'paid',
    'betales',
    'amount',
    'belob',
    'belobet',
    'rabat',
    'rabatten',
    'discount',
    'discounts',
    'cheaper',
    'billigere',
    'reduced',
    'reduction',
    'nedsat',
    'reduceret',
    'deltage',
    'deltagelse',
    'deltager',
    'attend',
    'attending',
    'participate',
    'participation',
    'join',
    'komme',
    'people',
    'folk',
    'personer',
    'participants',
    'deltagere',
    'nogen',
    'any',
    'anything',
    'noget',
    'there',
    'bliver',
    'will',
    'get',
    'fa',
    'free',
    'gratis',
    'betalt',
    'ticket',
    'tickets',
    'billet',
    'billetten',
    'entre',
    'admission',
    'entrance',
  ].map(foldWord),
);

/** Groups prices are given for, each by the words letters and questions name it with (folded). */
const GROUPS: ReadonlyArray<readonly string[]> = [
  ['studerende', 'studenter', 'studie', 'studiekort', 'student', 'students', 'phd', 'stud'],
  ['medlem', 'medlemmer', 'medlemmerne', 'member', 'members', 'membership'],
  ['barn', 'born', 'bornene', 'child', 'children', 'kids', 'kid'],
  ['voksen', 'voksne', 'adult', 'adults'],
  ['pensionist', 'pensionister', 'senior', 'seniorer', 'seniors', 'pensioner', 'pensioners'],
].map((group) => group.map(foldWord));

/** Drinks, and the words letters sell them by ("20 kr. pr. genstand", "Drikke:"). */
const DRINKS = new Set(
  ['ol', 'ollen', 'vin', 'vinen', 'sodavand', 'fadol', 'beer', 'beers', 'wine', 'soda', 'drink', 'drinks'].map(foldWord),
);
const DRINKS_SOLD = / (genstand\w*|drikke\w*|drik|drinks?|beverages?) /;

/** A sentence that speaks of what the one before it names: "Det koster …", "Prisen er …", "It costs …". */
const ANAPHOR =
  /^(det|den|dette|prisen|beløbet|betalingen|it|this|that|the price|the fee|the cost|(\p{L}+\s)?(pris|price|cost))(?!\p{L})/iu;

interface PriceUnit {
  /** The sentence as the letter writes it (with the one before it when it speaks of that one's thing). */
  quote: string;
  /** Its clauses, each with whether it gives an amount or says free or included. */
  clauses: Array<{ text: string; priced: boolean; monetary: boolean }>;
  /** What the sentence is about besides its own words: the sentence before an anaphor, a line's label. */
  about: string;
  /** The paragraph it is in. */
  passage: string;
}

function joined(text: string): string {
  return ` ${tokenize(text)
    .map((token) => token.folded)
    .join(' ')} `;
}

/** The letter's sentences, each with its clauses and what it speaks of. */
function unitsOf(context: AnswerContext): readonly PriceUnit[] {
  return UNITS(context.event, 'priceUnits', () =>
    context.event.passages.flatMap((passage) => {
      const sentences = passage.text
        .split('\n')
        // The items of a list written in one line ("… - Drikke: … - Pris: …") are lines of their own.
        .flatMap((line) => line.split(/\s+[-•▪●◦]\s+(?=\p{Lu})/u))
        .flatMap((line) => {
          const clean = line.replace(/^[\s#>|*•-]+|\*+/g, '').trim();
          const label = /^([^:.!?]{2,30}):\s*\S/u.exec(clean)?.[1] ?? '';
          return sentencesOfLine(clean).map((sentence) => ({ sentence: sentence.trim(), label }));
        })
        .filter(({ sentence }) => sentence.length >= 3);
      return sentences.map(({ sentence, label }, i) => {
        const before = i > 0 && ANAPHOR.test(sentence) ? sentences[i - 1]!.sentence : '';
        const clauses = sentence
          .split(/\s*[;–—]\s*|\s+-\s+|,\s+(?=(?:og|and|men|but|mens|while|derefter|then)\s)/u)
          .filter((clause) => clause.trim().length > 0)
          .map((text) => ({ text, monetary: AMOUNT.test(text), priced: AMOUNT.test(text) || FREE_OR_INCLUDED.test(joined(text)) }));
        return { quote: before ? `${before} ${sentence}` : sentence, clauses, about: `${before} ${label}`, passage: passage.text };
      });
    }),
  );
}

const UNITS = perEvent<readonly PriceUnit[]>();

/** Whether a text names a word asked: in any form or translation, by its group's words, a drink by the drinks sold. */
function names(text: string, word: string): boolean {
  const stems = stemsOf(text);
  const own = stemWord(word);
  // The same word, or the head of a compound the letter writes ("afdelingskontingent"), or a compound of it
  // ("studiekort"); never only the head of the word asked ("værelse" does not say "dobbeltværelse").
  const said = (asked: string) => saysStem(stems, asked);
  if (said(own)) return true;
  // A translation, every word of it: "membership fee" of "kontingent".
  if ((COUNTERPARTS.get(own) ?? []).some((phrase) => phrase.every(said))) return true;
  const group = GROUPS.find((words) => words.includes(word));
  if (group?.some((other) => other !== word && joined(text).includes(` ${other}`))) return true;
  return DRINKS.has(word) && DRINKS_SOLD.test(joined(text));
}

/** Whether stems say a stem asked: the same, the head of a compound written, or a compound of it. */
function saysStem(stems: readonly string[], asked: string): boolean {
  return stems.some((stem) => stem === asked || (asked.length >= 4 && (stem.endsWith(asked) || stem.startsWith(asked))));
}

/** Whether a text names every word asked, a word of a phrase the glossary translates also by a translation of it. */
function namesAll(text: string, words: readonly string[], phrases: ReadonlyMap<string, string[][]>): boolean {
  const stems = stemsOf(text);
  return words.every(
    (word) => names(text, word) || (phrases.get(word) ?? []).some((phrase) => phrase.every((stem) => saysStem(stems, stem))),
  );
}

/**
 * The glossary's phrases of several words a question writes ("single room", "annual fee"), each of its words with
 * the phrase's translations: "enkeltværelse" says "single room" though it says neither word alone.
 */
function phraseCounterparts(clause: string): Map<string, string[][]> {
  const tokens = tokenize(clause);
  const stems = tokens.map((token) => stemWord(token.folded));
  const map = new Map<string, string[][]>();
  for (let i = 0; i < tokens.length; i++) {
    for (let length = 2; length <= 3 && i + length <= tokens.length; length++) {
      const key = stems.slice(i, i + length).join(' ');
      const others = (PHRASES.get(key) ?? []).filter((phrase) => phrase.join(' ') !== key);
      for (const token of tokens.slice(i, i + length)) map.set(token.folded, [...(map.get(token.folded) ?? []), ...others]);
    }
  }
  return map;
}

/** A text's stems (folded). */
function stemsOf(text: string): string[] {
  return tokenize(text).map((token) => stemWord(token.folded));
}

/** The glossary's phrases (as stems) by the stem of each one-word phrase of their entry: a word's translations. */
const COUNTERPARTS = (() => {
  const map = new Map<string, string[][]>();
  for (const [da, en] of GLOSSARY) {
    const phrases = [...da, ...en].map(stemsOf);
    for (const phrase of phrases) if (phrase.length === 1) map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), ...phrases]);
  }
  return map;
})();

/** The glossary's phrases (as stems) by each phrase of several words of their entry, joined. */
const PHRASES = (() => {
  const map = new Map<string, string[][]>();
  for (const [da, en] of GLOSSARY) {
    const phrases = [...da, ...en].map(stemsOf);
    for (const phrase of phrases) if (phrase.length > 1) map.set(phrase.join(' '), [...(map.get(phrase.join(' ')) ?? []), ...phrases]);
  }
  return map;
})();

/** The words of a clause that name a thing (or group) whose price is asked, as folded; a discount compound's other part. */
function thingWords(
  clause: string,
  knowledge: EventKnowledge,
  topic: Frame['topic'],
): { words: string[]; topicWord: boolean; subject: string[] } {
  const generic = new Set(
    (topic && PRACTICAL.has(topic) && topic !== 'price' ? (TOPIC_WORDS[topic as PracticalTopic] ?? []) : []).map((word) =>
      stemWord(foldWord(word)),
    ),
  );
  let topicWord = false;
  const words: string[] = [];
  const subject: string[] = [];
  for (const { folded } of tokenize(clause)) {
    // "studierabat": the group it is a discount for.
    const word = /^(.{4,})rabat\w*$/.exec(folded)?.[1] ?? folded;
    if (word.length < 2 || /\d/.test(word)) continue;
    if (KIND_OF.test(word)) {
      words.push(word);
      continue;
    }
    if (EventKnowledge.isGeneric(word) || LEXICON.questionWords.has(word) || NOT_A_THING.has(word)) continue;
    if (generic.has(stemWord(word))) {
      topicWord = true;
      continue;
    }
    const stem = stemWord(word);
    if (knowledge.kindStems.has(stem)) continue;
    // "gangbroen" of "Borgermøde om ny gangbro": the thing the meeting is about, not the meeting.
    if (knowledge.titleStems.has(stem)) subject.push(word);
    else words.push(word);
  }
  return { words: [...new Set(words)], topicWord, subject };
}

/** Whether a text speaks of a practical topic (a stem of its own words). */
function ofTopic(text: string, topic: Frame['topic']): boolean {
  const stems = topic ? TOPIC_STEMS[topic] : undefined;
  if (!stems) return true;
  // Its stems, and the stems of the words that only name it ("spise" of "spisning").
  const named = (TOPIC_WORDS[topic as PracticalTopic] ?? [])
    .map((word) => stemWord(foldWord(word)))
    .filter((stem) => stem.length >= 4 && !EventKnowledge.isGeneric(stem));
  const folded = joined(text);
  return [...stems.map((stem) => foldWord(stem.toLowerCase())), ...named].some((stem) => folded.includes(` ${stem}`));
}

/** The answer to what a thing named costs, or undefined when the question asks no such thing (see above). */
export function thingPricePart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.check || frame.itemCheck || frame.elsewhere || frame.faq) return undefined;
  const discount = DISCOUNT_ASKED.test(frame.clause);
  const costNamed = COST_ASKED.test(frame.clause) && ASKS_WHAT.test(frame.clause);
  const cost = discount || frame.aspect === 'cost' || costNamed || frame.topic === 'price';
  if (!cost || OTHER_ASKED.test(frame.clause) || (frame.aspect !== undefined && frame.aspect !== 'cost')) return undefined;
  const { words, topicWord, subject } = thingWords(frame.clause, context.knowledge, frame.topic);
  // Of the price's topic with no word of asking a price ("im a phd student"): only a group the letter may price.
  const asked = discount || frame.aspect === 'cost' || costNamed;
  const units = unitsOf(context);
  const m = messages(context.lang).answers;
  const other = context.event.language !== context.lang;
  if (!asked && !(words.length > 0 && words.every((word) => GROUPS.some((group) => group.includes(word))))) return undefined;
  // What the thing the meeting's title names costs ("hvad koster gangbroen"): its paragraph's sentences of costing.
  const ofSubject = words.length === 0 && subject.length > 0 ? costAsked(frame, costNamed, subject, units) : undefined;
  if (ofSubject) return { text: m.passage(ofSubject.join(' … '), other), other };
  // The meeting's own fee, asked with no thing named: the price fact's.
  if (words.length === 0 && !(topicWord && frame.topic !== 'price')) return undefined;
  const needsTopic = topicWord && frame.topic !== undefined && frame.topic !== 'price';
  const phrases = phraseCounterparts(frame.clause);
  const found = units.filter((unit) =>
    unit.clauses.some((clause) => {
      if (!(discount ? clause.monetary : clause.priced)) return false;
      const said = `${clause.text} ${unit.about}`;
      return (
        namesAll(said, words, phrases) &&
        (!needsTopic || ofTopic(said, frame.topic)) &&
        !boughtApart(clause.text, (part) => namesAll(part, words, phrases))
      );
    }),
  );
  // An amount said beats "free" or "included" said of the topic's other things ("Kaffen er gratis" of "hvad koster maden").
  const monetary = found.filter((unit) => unit.clauses.some((clause) => clause.monetary));
  const quotes = [...new Set((needsTopic && monetary.length > 0 ? monetary : found).map((unit) => unit.quote))];
  if (quotes.length > 0 && quotes.length <= 3) return { text: m.passage(quotes.join(' … '), other), other };
  // "hvad koster cykelstien" of a paragraph on the bike path whose sentence says "Forslag A koster 14,6 mio. kr.": the
  // thing is named in the paragraph, not in the sentence that says what (each proposal for) it costs.
  const costs = quotes.length === 0 ? costAsked(frame, costNamed, words, units) : undefined;
  if (costs) return { text: m.passage(costs.join(' … '), other), other };
  if (quotes.length > 3 || words.length === 0) return undefined;
  // Named, but with no amount of its own: the letter does not say what it costs.
  const named = units.filter((unit) => unit.clauses.some((clause) => namesAll(`${clause.text} ${unit.about}`, words, phrases)));
  const written = tokenize(frame.clause)
    .filter(({ folded }) => words.includes(folded))
    .map((token) => token.raw)
    .join(' ');
  const contacts = whomToAsk(context.event, context.lang);
  if (discount) {
    const price = context.event.practical.price?.text;
    const said = price ? (price[context.lang] ?? Object.values(price).find(Boolean)) : undefined;
    if (!said) return undefined;
    // As the question writes it: "studierabat", "discount for people from non-member towns".
    const asked = DISCOUNT_ASKED.exec(frame.clause)!;
    const compound = /rabat/i.test(asked[0]) && !/^rabat/i.test(asked[0]) ? asked[0] : '';
    const rest = frame.clause
      .slice(asked.index + asked[0].length)
      .replace(/[?!.]+\s*$/, '')
      .trim();
    return {
      text: m.askedNotSaid({ kind: 'discount', word: compound, rest }, said, contacts),
      notStated: true,
      other: !price?.[context.lang],
    };
  }
  if (named.length === 0 || named.length > 2) return undefined;
  // Of a sentence whose amount is another thing's ("Pris 150 kr. pr. person, drikkevarer købes i baren"), only the part
  // that names the thing: the amount beside it would read as its price.
  const quote = named[0]!.quote;
  const own = AMOUNT.test(quote)
    ? partsOf(quote).find((part) => !AMOUNT.test(part) && BOUGHT_APART.test(part) && namesAll(part, words, phrases))
    : undefined;
  return { text: m.askedNotSaid({ kind: 'price', thing: written }, own ?? quote, contacts), notStated: true, other };
}

/** A sentence's parts between commas and semicolons. */
function partsOf(text: string): string[] {
  return text
    .split(/\s*[,;–—]\s+/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Bought or paid for apart from the price ("drikkevarer købes i baren", "drinks at own expense"). */
const BOUGHT_APART =
  /(?<!\p{L})(købes|kobes|kan købes|sælges|saelges|egen regning|egen betaling|betales selv|betaler selv|for egen|own expense|own cost|own account|can be bought|can be purchased|are sold|is sold|for sale|pay for (?:your|them|their)\p{L}*|not included|ikke inkluderet|ikke med i prisen|ikke inkl\p{L}*)(?!\p{L})/iu;

/**
 * Whether a clause names the thing only in a part of it that says the thing is bought apart, with no amount of its own
 * there: the clause's amount is then another thing's.
 */
function boughtApart(clause: string, namesThing: (part: string) => boolean): boolean {
  const parts = partsOf(clause).filter(namesThing);
  return parts.length > 0 && parts.every((part) => BOUGHT_APART.test(part) && !AMOUNT.test(part));
}

/**
 * What a thing the question names costs, said in its paragraph by a sentence of costing that does not name it ("Forslag
 * A koster ca. 14,6 mio. kr."): those sentences, one or two; undefined when the question names no such thing.
 */
function costAsked(frame: Frame, costNamed: boolean, words: readonly string[], units: readonly PriceUnit[]) {
  if (frame.aspect !== 'cost' && !costNamed) return undefined;
  // The words of the thing: those asked, else the topic's own word the question names it by ("cykelstien").
  const things =
    words.length > 0
      ? words
      : (frame.cueWords ?? []).filter((word) => word.length >= 4 && !EventKnowledge.isGeneric(word) && !NOT_A_THING.has(word));
  if (things.length === 0) return undefined;
  const costing = units.filter(
    (unit) =>
      COST_SAID.test(unit.quote) &&
      unit.clauses.some((clause) => clause.monetary) &&
      !PER_PERSON.test(unit.quote) &&
      things.every((word) => names(unit.passage, word) || mentions(unit.passage, word)),
  );
  const quotes = [...new Set(costing.map((unit) => unit.quote))];
  return quotes.length > 0 && quotes.length <= 2 ? quotes : undefined;
}

/** A price per person or member: what one pays to take part, not what a thing costs. */
const PER_PERSON =
  /(?<!\p{L})(pr\.? (?:person|deltager|kuvert|medlem|næse)|per (?:person|participant|member|head|night)|kontingent\p{L}*|deltagerbetaling|deltagergebyr|deltagelse|participation|fee)(?!\p{L})/iu;

/** Asking who pays ("hvem betaler for middagen", "who pays for it"). */
const WHO_PAYS =
  /(?<!\p{L})(hvem betaler|hvem skal betale|hvem afholder udgift\p{L}*|who pays|who is paying|who will pay|who covers the cost)(?!\p{L})/iu;
/** Asking how to pay ("hvordan betaler man", "how do I pay"). */
const HOW_TO_PAY =
  /(?<!\p{L})(hvordan betaler|hvordan skal (?:jeg|man|vi) betale|hvordan foregår betaling\p{L}*|how do (?:i|we|you) pay|how (?:can|should|do) (?:i|we) pay|how is payment|payment method\p{L}*|betalingsmetode\p{L}*)(?!\p{L})/iu;
/** A sentence saying who pays: invoiced, paid by, one's own expense (as written). */
const PAYER_SAID =
  /(?<!\p{L})(faktur\p{L}*|invoice\p{L}*|EAN\p{L}*|betales af|paid by|egen regning|own expense|own cost|betaler selv|pay for yourself|arbejdsgiver\p{L}*|employer\p{L}*)(?!\p{L})/iu;
/** Ways to pay as letters write them. */
const MEANS_SAID =
  /(?<!\p{L})(mobilepay|mobile pay|swish|vipps|dankort|betalingskort|kreditkort|credit card|kontant\p{L}*|cash|bankoverf\p{L}*|overførsel|bank transfer|kontonummer|kontonr|reg\.?\s?nr\p{L}*|account number|iban|faktur\p{L}*|invoice\p{L}*|EAN\p{L}*)(?!\p{L})/iu;

/**
 * Who pays, or how: the letter's sentences that say it ("… og faktureres den enkelte kommune", "Betaling sker via
 * MobilePay …"), of the thing named when one is ("for middagen"); else of the meeting's own price, in the one
 * paragraph that gives an amount and says it. Undefined when the question asks neither or the letter says neither.
 */
export function payingPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.check || frame.itemCheck || frame.elsewhere || frame.faq) return undefined;
  const who = WHO_PAYS.test(frame.clause);
  if (!who && !HOW_TO_PAY.test(frame.clause)) return undefined;
  const said = who ? PAYER_SAID : MEANS_SAID;
  const { words } = thingWords(frame.clause, context.knowledge, undefined);
  let quotes: string[];
  if (words.length > 0) {
    quotes = unitsOf(context)
      .filter((unit) => said.test(unit.quote) && words.every((word) => names(`${unit.quote} ${unit.about}`, word)))
      .map((unit) => unit.quote);
  } else {
    // The meeting's own: the paragraphs that give an amount and say it, each said sentence of them.
    const paragraphs = context.event.passages.filter((passage) => AMOUNT.test(passage.text) && said.test(passage.text));
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u).filter((sentence) => said.test(sentence));
    // How to pay, often said apart from the amount ("Betaling sker via MobilePay …"): the letter's few sentences of it.
    if (!who) quotes = context.event.passages.flatMap((passage) => sentences(passage.text));
    else if (paragraphs.length === 1) quotes = sentences(paragraphs[0]!.text);
    else return undefined;
  }
  quotes = [...new Set(quotes.map((quote) => quote.replace(/^[\s#>|*•-]+|\*+/g, '').trim()))];
  if (quotes.length === 0 || quotes.length > 3) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(quotes.join(' '), other), other };
}
