import { formatClock } from '../event/format';
import { perEvent } from '../event/memo';
import type { PracticalFact, PracticalTopic, ProgrammeItem } from '../event/model';
import { messages } from '../i18n';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { withoutNames } from '../event/import/names';
import { withGlossary } from '../understanding/glossary';
import { wordHasStem } from '../understanding/passageSearch';
import { EventKnowledge } from '../understanding/knowledge';
import type { Frame, Topic } from '../understanding/frame';
import { type AnswerContext, type Part, quote, faqPart } from './parts';
import { TOPIC_STEMS, TOPIC_WORDS } from './topics';
import { amountSaid, decidingUnsaid, mentions, otherNumberThanAsked, saysQualifier, unsaidWords } from './coverage';
import type { Qualifier } from '../understanding/lexicon/qualifiers';
import { amountsIn } from '../understanding/factChecks';
import { joinDetailPart } from './joinDetails';
import { saysThingOf } from '../understanding/saidBy';
import { DISH_WORDS, DRINK_ASKED, DRINK_WORDS } from '../understanding/lexicon/food';
import { NOT_OF_SHORT_WORD } from '../understanding/lexicon/words';

/**
 * Answers about the practical topics (food, parking, price, travel …): the typed fact, else an FAQ entry or the
 * paragraph of the letter that names what was asked.
 */

const SENDS = /(?<!\p{L})(send\p{L}*|mail\p{L}*|e-mail\p{L}*)(?!\p{L})|@/iu;

/** No typed fact: an FAQ entry about it, else a paragraph of the letter that names it, else nothing. */
export function fromText(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.faq) return faqPart(frame, context);
  const stems = frame.topic ? TOPIC_STEMS[frame.topic] : undefined;
  const m = messages(context.lang).answers;
  const other = context.event.language !== context.lang;
  if (stems) {
    // A paragraph with a word of the topic answers only when it names what was asked: "kaffemøde" has the topic's
    // "kaffe" but says nothing of the cake asked about ("er der kage?").
    // A word that only names the topic ("spise", "food") asks for whatever the letter says of it: no paragraph need use it.
    const naming = new Set((TOPIC_WORDS[frame.topic as PracticalTopic] ?? []).map((word) => stemWord(foldWord(word))));
    // Little words of a cue ("in", "to") name nothing: "in english" is not said by any "in".
    const asked = (frame.cueWords ?? []).filter((word) => word.length >= 3 && !naming.has(stemWord(word)));
    // A copy: it may be sorted below.
    // "er der parkering?": a paragraph that parks only bikes ("hovedindgangen ved cykelparkeringen") says nothing of cars.
    const carsAsked = frame.topic === 'parking' && !BIKE_ASKED.test(frame.clause);
    const found = paragraphsOfTopic(context.knowledge, frame.topic!).filter(
      (text) =>
        !carsAsked ||
        knowsStem(
          text.replace(BIKES, ' '),
          (TOPIC_STEMS.parking ?? []).map((stem) => foldWord(stem.toLowerCase())),
        ),
    );
    // A point of one's own is sent somewhere: the paragraph that says where, before the programme that lists the item.
    if (frame.topic === 'ownTopics') found.sort((a, b) => Number(SENDS.test(b)) - Number(SENDS.test(a)));
    // "hvad får vi til morgenmad": what is served; a paragraph that only names the meal (the meeting's kind, its
    // programme line) does not say it.
    const menuAsked = frame.topic === 'food' && MENU_ASKED.test(frame.clause);
    const menu = menuPart(frame, context, '');
    if (menu) return menu;
    const place = placeAsked(frame.clause);
    const paragraph = found.find(
      (text) =>
        (asked.length === 0 || asked.some((word) => mentions(text, word))) &&
        !(place && !mentions(text, place) && topicOnlyElsewhere(text, frame.topic!, context.knowledge)) &&
        !qualifiesOtherTopic(text, frame.topic!, frame.clause) &&
        (frame.topic !== 'language' || LANGUAGE_SAID.test(text)) &&
        (!menuAsked || saysWhatIsServed(text, frame.clause)),
    );
    if (paragraph) return { text: m.passage(paragraph, other), other, quoted: paragraph };
    // "jeg har nøddeallergi" of a paragraph on allergies of any kind: the compound asked by its head.
    const byHead = asked.length === 1 ? ofCompoundHead(context, asked[0]!, new Set(found)) : [];
    if (byHead.length === 1 || byHead.length === 2) return { text: m.passage(byHead[0]!, other), other, quoted: byHead[0] };
  }
  if (frame.passage) return { text: m.passage(frame.passage.text, other), other };
  return frame.foreign.length > 0 ? paragraphNaming(context, frame.foreign) : undefined;
}

/** Bikes and their parking, in one or two words: "cykelparkeringen", "bike parking", "cykelstativer". */
const BIKES = /(?<!\p{L})(?:cykel|cykle|bike|bicycle)\p{L}*(?:\s+(?:parkering\p{L}*|parking|racks?|stativ\p{L}*))?/giu;
const BIKE_ASKED = new RegExp(BIKES.source, 'iu');

/** A place the question asks at ("ved kursuscentret", "at the station", "near the hotel"), folded; not the meeting. */
function placeAsked(clause: string): string | undefined {
  const found = PLACE_ASKED.exec(clause);
  const word = found ? foldWord(found[1]!.toLowerCase()) : undefined;
  return word && !EventKnowledge.isGeneric(word) ? word : undefined;
}

const PLACE_ASKED = /(?<!\p{L})(?:ved|hos|nær|naer|omkring|at|near|by|outside|close to)\s+(?:the\s+|den\s+|det\s+)?(\p{L}{4,})(?!\p{L})/iu;

/** "ved Rosenhaven", "at Nordby Station": a place named by a capital after a word of placing. */
const PLACED_AT = /^(?:ved|hos|bag|nær|at|near|behind|by|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u;

/**
 * Whether a text uses the topic's words only of another named place than the meeting's ("fra personaleparkeringen ved
 * Rosenhaven"): a paragraph about parking there says nothing of parking where the question asks.
 */
function topicOnlyElsewhere(text: string, topic: Topic, knowledge: EventKnowledge): boolean {
  const stems = (TOPIC_STEMS[topic] ?? []).filter((stem) => !/\s/.test(stem.trim())).map((stem) => foldWord(stem.toLowerCase()));
  const uses = [...text.matchAll(/\p{L}+/gu)].filter((match) => {
    const folded = foldWord(match[0].toLowerCase());
    return stems.some((stem) => folded.includes(stem));
  });
  return (
    uses.length > 0 &&
    uses.every((match) => {
      const after = PLACED_AT.exec(text.slice(match.index + match[0].length).trimStart());
      if (!after) return false;
      const name = foldWord(after[1]!.toLowerCase());
      return !knowledge.placeWords.has(name) && !knowledge.venueWords.has(name);
    })
  );
}

/** Asking what is served ("hvad får vi til frokost", "hvad står der på menuen", "what's for lunch"), not whether there is food. */
export const MENU_ASKED =
  /^\s*(hvad (får|faar|far|skal) (vi|man|jeg|i) (have |ha )?(til|at spise|at drikke)|hvad (er der|bliver der|serveres|serverer (i|de)|står der|star der) (til|at spise|af mad|på menuen|pa menuen)|hvad (er|bliver) menuen|hvad består (\p{L}+) af|what('s|’s|s| is| will be| will we (get|have|eat)| do we (get|have|eat)| are we having)? ?(for|to eat|served|on the menu|the menu))(?!\p{L})/iu;
/** Words that say what is served: serving, a menu, dishes. */
const SERVED =
  /(?<!\p{L})(server\p{L}*|menu\p{L}*|buffet\p{L}*|ret|retter|dish\p{L}*|består|consists?|tapas|smørrebrød|sandwich\p{L}*|salat\p{L}*|salad\p{L}*|suppe|soup|brød\p{L}*|bread|rundstyk\p{L}*|boller|frugt|fruit|kage\p{L}*|cake\p{L}*|juice|yoghurt|pastries|wienerbrød|kaffe|coffee|te|tea|øl|beer|vin|wine|vand|water|sodavand|kød|meat|fisk|fish|kylling\p{L}*|chicken|flæsk|svin\p{L}*|pork|kartof\p{L}*|potato\p{L}*|ost|cheese|vegetar\p{L}*|vegan\p{L}*|pizza|pasta|burger\p{L}*|grill\p{L}*|steg\p{L}*)(?!\p{L})|\p{L}+\s*:\s*\p{L}/iu;

/** A meal by its name (folded): "frokosten", "lunch", "aftensmad". */
const MEAL = /^(frokost\p{L}*|lunch\p{L}*|middag\p{L}*|dinner\p{L}*|aftensmad\p{L}*|morgenmad\p{L}*|breakfast\p{L}*|brunch\p{L}*)$/u;

/** A meal, then "og"/"and" or a comma, as one of a list of things ("frokost og kaffe", "lunches, coffee"). */
const MEAL_AND = /(?<!\p{L})(?:frokost|lunch|middag|dinner|aftensmad|morgenmad|breakfast|brunch)\p{L}*\s*(?:,|og|and|&)\s/u;

/** Whether a paragraph says what is served, beyond the meal the question names. */
function saysWhatIsServed(text: string, clause: string): boolean {
  const asked = new Set(tokenize(clause).map((token) => token.folded));
  // "hvad får vi til frokost" of "kaffe og rundstykker i bussen … 12.15 Frokost på Restaurant …": what is served at
  // the meal named, so only the parts of the text that name that meal (a sentence, or a programme line by its time).
  const meals = [...asked].filter((word) => MEAL.test(word));
  const parts = meals.length > 0 ? text.split(/(?<=[.!?])\s+|\n|(?=(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:]))/u) : [text];
  const ofMeal = parts
    .filter((part) => meals.length === 0 || meals.some((meal) => mentions(part, meal) || saysThingOf(meal, part)))
    .join(' ');
  const served = ofMeal.match(new RegExp(SERVED.source, 'giu')) ?? [];
  // "Prisen dækker …, frokost og kaffe/te": drinks listed beside the meal named say nothing of what the meal is.
  const listed = meals.length > 0 && MEAL_AND.test(foldWord(ofMeal.toLowerCase()));
  const drinksOnly = (word: string) => listed && isOneOf(foldWord(word.toLowerCase()), DRINK_WORDS);
  return served.some((word) => !asked.has(foldWord(word.toLowerCase())) && !drinksOnly(word));
}

/** Whether a word (folded) is one of these starts: a short start with a short ending, a long one as a compound's head. */
function isOneOf(word: string, starts: readonly string[]): boolean {
  return starts.some(
    (start) =>
      (word.startsWith(start) && (start.length >= 6 || word.length - start.length <= 3)) || (start.length >= 4 && word.endsWith(start)),
  );
}

/**
 * How many dishes (or drinks, when drinks are asked) a text names at the meal asked, beyond the question's own words,
 * and the parts of it that name that meal (its sentences or programme lines; the whole text when no meal is named).
 */
function servedAt(text: string, clause: string): { score: number; parts: string[] } {
  const asked = new Set(tokenize(clause).map((token) => token.folded));
  const meals = [...asked].filter((word) => MEAL.test(word));
  const kinds = [...asked].some((word) => isOneOf(word, DRINK_ASKED)) ? DRINK_WORDS : DISH_WORDS;
  const parts =
    meals.length > 0
      ? text
          // Before a clock time, or the "kl." that leads it: a programme's lines.
          .split(/(?<=[.!?])\s+(?!\d)|\n|(?<!kl\.?\s*)(?=(?:kl\.?\s*)?(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:]))/iu)
          .filter((part) => meals.some((meal) => mentions(part, meal) || saysThingOf(meal, part)))
      : [text];
  const named = new Set(
    parts.flatMap((part) =>
      tokenize(part)
        .map((token) => token.folded)
        .filter((word) => !asked.has(word) && isOneOf(word, kinds)),
    ),
  );
  return { score: named.size, parts };
}

/** The letter's passages about food, whole: a menu's list stays with the line that introduces it. */
function foodPassages(context: AnswerContext): readonly string[] {
  return FOOD_PASSAGES(context.event, 'foodPassages', () => {
    // "Bagefter er der spisning", "MENUEN": where the food is said without naming a meal.
    const stems = [...(TOPIC_STEMS.food ?? []), 'spis', 'menu'].map((stem) => foldWord(stem.toLowerCase()));
    return context.event.passages
      .map((passage) => passage.text)
      .filter((text) => tokenize(text).some((token) => stems.some((stem) => token.folded.startsWith(stem))));
  });
}

const FOOD_PASSAGES = perEvent<readonly string[]>();

/**
 * "hvad skal vi have at spise" when the typed fact names the meal but not the dishes ("en god middag torsdag aften"):
 * the one paragraph of the letter that names the most dishes at that meal (a menu, "Middag (3 retter)"), more than the
 * fact does; undefined when none does, or several do alike.
 */
function menuPart(frame: Frame, context: AnswerContext, stated: string): Part | undefined {
  if (frame.topic !== 'food' || !MENU_ASKED.test(frame.clause)) return undefined;
  const own = stated ? servedAt(stated, frame.clause).score : 0;
  const scored = foodPassages(context).map((text) => ({ text, ...servedAt(text, frame.clause) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best <= own || top.length !== 1) return undefined;
  const { text, parts } = top[0]!;
  // The meal's own lines of a long paragraph (a programme), else the paragraph as the letter writes it (a menu's list).
  const quoted = parts.length === 1 && parts[0] === text ? text : parts.join(' ');
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(quoted, other), other };
}

const topicParagraphs = new WeakMap<EventKnowledge, Map<Topic, readonly string[]>>();

/** The letter's paragraphs with a word of a topic (TOPIC_STEMS): the same for every question of it, so found once per event. */
function paragraphsOfTopic(knowledge: EventKnowledge, topic: Topic): readonly string[] {
  let byTopic = topicParagraphs.get(knowledge);
  if (!byTopic) topicParagraphs.set(knowledge, (byTopic = new Map<Topic, readonly string[]>()));
  let found = byTopic.get(topic);
  if (!found) {
    const stems = (TOPIC_STEMS[topic] ?? []).map((stem) => foldWord(stem.toLowerCase()));
    // Food in a programme is served, whatever the title says around it ("Nytårstale og kransekage").
    const subjects = topic === 'food' ? [] : subjectTitles(knowledge.event.programme, stems);
    // "5. Forslag: Etablering af cykelparkering ved blok C": an agenda item whose title only mentions the topic is a
    // subject the meeting treats, not a word about the meeting's own parking; a paragraph that names the topic
    // nowhere else says nothing of it.
    // "afgang fra Parkeringspladsen, Vestbyvej 4": a place named with a word of parking says nothing of parking.
    const elsewhere = (text: string) => {
      const rest = subjects.reduce((left, title) => left.split(title).join(' '), text.replace(/\s+/g, ' '));
      return knowsStem(topic === 'parking' ? withoutNames(rest) : rest, stems);
    };
    byTopic.set(
      topic,
      (found = knowledge.passages.containing(stems).filter((text) => (subjects.length === 0 && topic !== 'parking') || elsewhere(text))),
    );
  }
  return found;
}

/** Whether a text has a word of one of these stems (single words) or the words of one in a row (phrases). */
function knowsStem(text: string, stems: readonly string[]): boolean {
  const words = tokenize(text).map((token) => token.folded);
  const joined = ` ${words.join(' ')} `;
  return stems.some((stem) =>
    /\s/.test(stem.trim())
      ? joined.includes(
          ` ${tokenize(stem)
            .map((token) => token.folded)
            .join(' ')} `,
        )
      : words.some((word) => wordHasStem(word, stem)),
  );
}

/**
 * The programme's titles (whitespace made single) that treat a topic as a subject: a long title where a word of
 * the topic is not the first ("Etablering af overdækket cykelparkering"), not an item that is the thing itself
 * ("Frokost i kantinen", "Velkomst og kaffe").
 */
function subjectTitles(programme: readonly ProgrammeItem[], stems: readonly string[]): string[] {
  return programme.flatMap((item) => {
    const title = (item.title.da ?? item.title.en ?? '').replace(/\s+/g, ' ').trim();
    const words = tokenize(title).map((token) => token.folded);
    const first = words.findIndex((word) => stems.some((stem) => !/\s/.test(stem.trim()) && wordHasStem(word, stem)));
    const subject = words.length > 4 && first > 0 ? [title] : [];
    return [...subject, ...subjectTitles(item.items, stems)];
  });
}

/**
 * "der er gratis parkering": each time the paragraph uses a word of the topic, it is said of another topic's thing
 * the question does not name ("is it free?" is not answered by free parking).
 */
function qualifiesOtherTopic(text: string, topic: Topic, clause: string): boolean {
  const words = tokenize(text).map((token) => token.folded);
  const asked = tokenize(clause).map((token) => token.folded);
  const stemsOf = (of: Topic) =>
    (TOPIC_STEMS[of] ?? []).filter((stem) => !/\s/.test(stem.trim())).map((stem) => foldWord(stem.toLowerCase()));
  const own = stemsOf(topic);
  const others = (Object.keys(TOPIC_STEMS) as Topic[])
    .filter((of) => of !== topic)
    .flatMap(stemsOf)
    .filter((stem) => stem.length >= 4 && !own.includes(stem) && !asked.some((word) => word.startsWith(stem)));
  const uses = words.flatMap((word, i) => (own.some((stem) => word.startsWith(stem)) ? [i] : []));
  // "betalingsparkering": the topic's word as the first part of a compound whose head is another topic's thing.
  const modifiesOther = (word: string) =>
    own.some((stem) => word.startsWith(stem) && others.some((other) => other.length >= 5 && word.slice(stem.length).includes(other)));
  return (
    uses.length > 0 &&
    uses.every(
      (i) =>
        modifiesOther(words[i]!) ||
        [words[i - 1], words[i + 1]].some((near) => near !== undefined && others.some((stem) => near.startsWith(stem))),
    )
  );
}

const LOG_ON = /(?<![\p{L}])(log\p{L}*|link\p{L}*)(?![\p{L}])/iu;
/** A clock time in a fact's text: "kl. 12", "12.30", "12:30". */
const CLOCK = /(?<![\d])(?:kl\.?\s*\d{1,2}|\d{1,2}[.:]\d{2})(?![\d])/iu;
/** A time said in words: "ved ankomst", "i pausen", "efter mødet", "on arrival", "in the afternoon". */
const WHEN_SAID =
  /(?<![\p{L}])(?:ved ankomst|on arrival|when you arrive|når (?:vi|i|du)|undervejs|i pausen|i pauserne|during the breaks?|efter|før|inden|bagefter|after|before|afterwards|til sidst|at the end|morgen|formiddag\p{L}*|middag|eftermiddag\p{L}*|aften\p{L}*|morning|midday|noon|afternoon|evening|dag \d|day \d)(?![\p{L}])/iu;
const DOORS = /(?<![\p{L}])(dør\p{L}*|doors?)(?![\p{L}])/iu;

export function practicalPart(topic: PracticalTopic, frame: Frame, context: AnswerContext): Part | undefined {
  const fact: PracticalFact | undefined = context.event.practical[topic];
  if (!fact) return fromText(frame, context);
  // "mødeid?", "what's the passcode": the line of the join block that gives it, not the whole block.
  const join = topic === 'online' ? joinDetailPart(frame, fact, context) : undefined;
  if (join) return join;
  const m = messages(context.lang).answers;
  const text = quote(context, fact.text);
  const said = m.letterSays(text.text, text.other ? context.event.language : undefined);
  // "is the booking code NEF2027?": a code named is confirmed or corrected by the codes the letter gives.
  const codes = (value: string) => [...value.matchAll(/\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{4,}\b/g)].map((m) => m[0].toLowerCase());
  const askedCodes = codes(frame.clause);
  const statedCodes = codes([fact.text.da, fact.text.en].filter(Boolean).join(' '));
  if (askedCodes.length === 1 && statedCodes.length > 0)
    return { text: statedCodes.includes(askedCodes[0]!) ? m.yes(said) : m.no(said), other: text.other };
  // "foregår det på engelsk?": the language named is confirmed or corrected by the languages the letter names.
  const statedText = [fact.text.da, fact.text.en].filter(Boolean).join(' ');
  const menu = menuPart(frame, context, statedText);
  if (menu) return menu;
  // "whats the booking code": the code the importer found ("…, quoting "NEF2027"") says it, in the answer's words.
  const typed = topic === 'accommodation' && fact.bookingCode ? (m.practical(topic, fact) ?? '') : '';
  const missing = unsaidWords(frame, topic, `${statedText} ${typed}`, context.knowledge);
  if (topic === 'language' && missing.every((word) => LANGUAGE_NAMES.some(([, pattern]) => pattern.test(word)))) {
    const asked = LANGUAGE_NAMES.filter(([, pattern]) => pattern.test(frame.clause)).map(([name]) => name);
    const stated = LANGUAGE_NAMES.filter(([, pattern]) => pattern.test([fact.text.da, fact.text.en].filter(Boolean).join(' '))).map(
      ([name]) => name,
    );
    if (asked.length === 1 && stated.length > 0) return { text: stated.includes(asked[0]!) ? m.yes(said) : m.no(said), other: text.other };
    // "is it in english or swedish?": a choice between languages is answered by the letter's sentence that names one.
    // Neither language asked is the letter's: no, and the language it does name.
    if (asked.length > 1 && stated.length > 0 && CHOICE.test(frame.clause))
      return { text: stated.some((name) => asked.includes(name)) ? said : m.no(said), other: text.other };
  }
  // Asked for something more specific than the fact says ("aftensmad" when it says "kaffe og kage", what parking costs
  // when it only says it is paid): a paragraph of the letter that names it, else say it does not say, and what it does.
  // Across languages the words cannot be compared: the fact is quoted as it is.
  const costUnsaid = frame.aspect === 'cost' && topic !== 'price' && !amountSaid(text.text);
  // "hvad får vi til morgenmad" of a fact that only names the meal.
  const menuUnsaid = topic === 'food' && MENU_ASKED.test(frame.clause) && !saysWhatIsServed(statedText, frame.clause);
  // "hvornår holder vi frokostpause" of a fact that says lunch is served but gives no time: the time is not said.
  const timeUnsaid = topic === 'food' && frame.aspect === 'when' && !fact.time && !CLOCK.test(statedText) && !WHEN_SAID.test(statedText);
  // "can I watch it later?" of a fact that only says the meeting is online: the words missing are those the deciding
  // thing (a recording) stands for; the paragraph that speaks of it answers, before saying the fact does not.
  const decidedFirst = missing.length > 0 ? decidingUnsaid(frame.clause, statedText) : [];
  if (decidedFirst.length > 0 && missing.every((word) => decidedFirst.some((u) => u.word === foldWord(word.toLowerCase())))) {
    const elsewhere = paragraphDeciding(context, frame, decidedFirst);
    if (elsewhere) return elsewhere;
  }
  if (missing.length > 0 || costUnsaid || menuUnsaid || timeUnsaid) {
    const elsewhere = missing.length > 0 ? paragraphNaming(context, missing, frame.topic) : undefined;
    // "mobilepay nummer?" of a price that does not say it: the paragraph that gives that number, never another number.
    if (elsewhere && !otherNumberThanAsked(frame.clause, elsewhere.text)) return elsewhere;
    if (otherNumberThanAsked(frame.clause, text.text)) return undefined;
    // "kan jeg betale med kort?" of a letter that says "kontant eller MobilePay": how one can pay is the nearest answer.
    const meansAsked = topic === 'price' && missing.length > 0 && missing.every((word) => PAYMENT_MEANS.test(word));
    // The price says no means: the one or two paragraphs of the price that do ("Betaling sker … kontant eller MobilePay").
    const meansParagraphs =
      meansAsked && !PAYMENT_MEANS.test(statedText) ? paragraphsOfTopic(context.knowledge, topic).filter((p) => PAYMENT_MEANS.test(p)) : [];
    const means = meansParagraphs.length > 0 && meansParagraphs.length <= 2 ? meansParagraphs[0] : undefined;
    const nearest = meansAsked && (means !== undefined || PAYMENT_MEANS.test(statedText));
    return {
      nearest: nearest || undefined,
      text: m.notStatedButSays(
        missing.length > 0 ? missing : [(costUnsaid ? m.topicLabels.price : timeUnsaid ? m.topicLabels.time : m.topicLabels.menu) ?? topic],
        means ?? text.text,
        context.event.language !== context.lang && (means !== undefined || text.other) ? context.event.language : undefined,
      ),
      notStated: true,
      other: text.other,
    };
  }
  // "where do I get the zoom link?" of a fact that speaks only of recordings: the paragraph that speaks of the deciding
  // thing (the platform, money back, a colleague) and names the most of what was asked.
  const undecided = decidingUnsaid(frame.clause, statedText);
  if (undecided.length > 0) {
    const elsewhere = paragraphDeciding(context, frame, undecided);
    if (elsewhere) return elsewhere;
  }
  // "Linket virker fra kl. 9.15": a time to log on, not doors that open; the letter's words say it.
  const logOn = topic === 'arrival' && LOG_ON.test(statedText) && !DOORS.test(statedText);
  // Several prices (members and others, early and late): one amount said alone would be wrong for the rest.
  const severalPrices = topic === 'price' && new Set(amountsIn(statedText)).size > 1;
  const details =
    logOn || severalPrices
      ? undefined
      : m.practical(topic, { ...fact, time: fact.time ? formatClock(fact.time, context.lang, context.event.clock) : undefined });
  const same = (a: string, b: string) =>
    foldWord(a.toLowerCase()).replace(/[^a-z0-9]/g, '') === foldWord(b.toLowerCase()).replace(/[^a-z0-9]/g, '');
  const saysItAlready = (a: string, b: string) =>
    same(a, b) ||
    foldWord(b.toLowerCase())
      .replace(/[^a-z0-9]/g, '')
      .includes(foldWord(a.toLowerCase()).replace(/[^a-z0-9]/g, ''));
  const redundant = details !== undefined && (saysItAlready(details, text.text) || quoteGivesFact(topic, fact, text.text, text.other));
  return { text: details && !redundant ? `${details}\n${said}` : said, other: text.other };
}

const FREE_WORDS = /(?<!\p{L})(gratis|free|free of charge|uden beregning|no charge|no fee|koster ikke noget|costs nothing)(?!\p{L})/iu;
const WHEELCHAIR_WORDS = /(kørestol|korestol|wheelchair|handicap|niveaufri|step-free|elevator|lift)/iu;
const HEARING_LOOP_WORDS = /(teleslynge|hearing loop|induction loop|høreslynge)/iu;

/**
 * Whether the quote of the letter already gives the fact the typed sentence would say ("Link: …" before a quote with the
 * link, "Det er gratis" before "Deltagelse er gratis"): said twice, the answer reads like a machine's. Numbers, links
 * and codes read alike in both languages; words only when the quote is in the language of the answer.
 */
function quoteGivesFact(topic: PracticalTopic, fact: PracticalFact, quoted: string, otherLanguage: boolean): boolean {
  const folded = quoted.toLowerCase();
  switch (topic) {
    case 'online':
      return fact.url !== undefined && folded.includes(fact.url.toLowerCase());
    case 'accommodation':
      return fact.bookingCode !== undefined && folded.includes(fact.bookingCode.toLowerCase());
    case 'arrival': {
      const [hour, minute] = (fact.time ?? '').split(':').map(Number);
      if (hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)) return false;
      const mm = String(minute).padStart(2, '0');
      return new RegExp(`(?<!\\d)0?${hour}[.:]${mm}(?!\\d)`).test(folded);
    }
    case 'price':
      if (fact.free) return !otherLanguage && FREE_WORDS.test(folded);
      return fact.amount !== undefined && amountsIn(quoted).includes(fact.amount);
    case 'parking':
      return fact.free === true && !otherLanguage && FREE_WORDS.test(folded);
    case 'accessibility':
      return (
        !otherLanguage && (!fact.wheelchair || WHEELCHAIR_WORDS.test(folded)) && (!fact.hearingLoop || HEARING_LOOP_WORDS.test(folded))
      );
    default:
      return false;
  }
}

/** Ways to pay, as questions and letters name them. */
const PAYMENT_MEANS =
  /(?<!\p{L})(kort|card|dankort|kreditkort|betalingskort|credit card|kontant\p{L}*|cash|mobilepay|mobile pay|swish|vipps|faktura\p{L}*|invoice\p{L}*|ean|bankoverf\p{L}*|overførsel|bank transfer|transfer)(?!\p{L})/iu;

/** A choice between things named: "engelsk eller svensk", "english or swedish". */
const CHOICE = /(?<!\p{L})(eller|or)(?!\p{L})/iu;

/**
 * A paragraph that says in what language something is held: a word for language or interpreting, or a language after
 * a verb of holding or speaking ("held in English", "foregår på dansk"); not a language's name as an adjective
 * ("AI in Danish municipal case handling", "de syddanske kommuner").
 */
const LANGUAGE_SAID =
  /(?<!\p{L})(sprog\p{L}*|language\p{L}*|tolk\p{L}*|interpret\p{L}*)(?!\p{L})|(?<!\p{L})(held|taught|given|conducted|run|presented|spoken|speak|foregår|foregar|holdes|afholdes|undervises|tales|taler|is|are|er|bliver|be)\s+(in|på|pa)\s+(dansk|danish|engelsk|english|svensk|swedish|norsk|norwegian|tysk|german|skandinavisk|scandinavian|nordisk)(?!\p{L})/iu;

const LANGUAGE_NAMES: Array<[string, RegExp]> = [
  ['da', /\b(dansk|danish)\b/i],
  ['en', /\b(engelsk|english)\b/i],
  ['de', /\b(tysk|german)\b/i],
  ['sv', /\b(svensk|swedish)\b/i],
  ['no', /\b(norsk|norwegian)\b/i],
];

/**
 * The one or two paragraphs of the letter that use these words (as stems), quoted; undefined when none or many do.
 * With a topic, a word the letter does not use is looked for through its translations ("breakfast" → "Morgenmad"),
 * but only in a paragraph of that topic that names every word asked: a translation is a looser match.
 */
export function paragraphNaming(context: AnswerContext, words: string[], topic?: Topic): Part | undefined {
  const stems = words.map((word) => stemWord(foldWord(word.toLowerCase()))).filter((stem) => stem.length >= 4);
  const topicStems = topic ? TOPIC_STEMS[topic] : undefined;
  const passages = context.knowledge.passages;
  // "ean": a word too short to look for as a stem, but a whole word of a paragraph of the topic.
  if (stems.length === 0) return topicStems ? ofTopicMentioning(context, words, topic!) : undefined;
  // Every word asked: a paragraph naming only the place of "kan jeg parkere ved rådhuspladsen" is not about parking.
  let found = passages.containingStems(stems).filter((text) => stems.every((stem) => passages.containingStems([stem]).includes(text)));
  // Several words asked and too many paragraphs with one of them ("zoom link"): the one or two that name them all.
  const distinct = new Set(stems);
  if (found.length > 2 && distinct.size >= 2) {
    const most = passages.containingMostStems([...distinct]);
    if (most.count === distinct.size) found = most.texts;
  }
  if (found.length === 0 && topicStems) {
    const ofTopic = new Set(paragraphsOfTopic(context.knowledge, topic!));
    const translated = stems.map((stem) => [...withGlossary([stem])].filter((other) => other.length >= 4));
    found = passages
      .containingStems(translated.flat())
      .filter((text) => ofTopic.has(text) && translated.every((forms) => passages.containingStems(forms).includes(text)));
    if (found.length === 0 && words.length === 1) found = ofCompoundHead(context, words[0]!, ofTopic);
  }
  // "ev charging" at parking: "the full fee will be charged" shares the stem but is the price's paragraph, not the
  // topic's; a paragraph of another practical topic only, not of the one asked, says something else.
  // What is paid for is the food's too ("prisen inkluderer drikkevarer").
  if (topicStems && topic !== 'food' && found.length > 0) {
    const ofTopic = new Set(paragraphsOfTopic(context.knowledge, topic!));
    const otherTopic = (text: string) =>
      !ofTopic.has(text) && PRACTICAL_OTHER.some((of) => of !== topic && paragraphsOfTopic(context.knowledge, of).includes(text));
    found = found.filter((text) => !otherTopic(text));
  }
  if (found.length === 0 || found.length > 2) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found[0]!, other), other, quoted: found[0] };
}

/** Topics whose paragraphs say one thing clearly enough that a word found there is said of it. */
const PRACTICAL_OTHER: readonly Topic[] = ['price', 'cancellation'];

/** A word that says "of whatever kind" before the next one: "eventuelle allergier", "any allergies". */
const ANY_KIND = /^(eventuel\p{L}*|evt|any|særlig\p{L}*|serlig\p{L}*|special|specific|andre|other)$/u;

/** Whether a text names a word start right after a word of any kind ("eventuelle allergier", "any special allergies"). */
function anyKindOf(text: string, start: string): boolean {
  const words = tokenize(text).map((token) => token.folded);
  if (words.some((word, i) => word.startsWith(start) && words.slice(Math.max(0, i - 2), i).some((before) => ANY_KIND.test(before))))
    return true;
  // "Allergier skal meldes til …": the plural alone opening a sentence speaks of every kind.
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((sentence) => tokenize(sentence.replace(/^[\s*•-]+/, ''))[0]?.folded ?? '')
    .some((first) => first.startsWith(start) && PLURAL_END.test(first.slice(start.length)));
}

/**
 * "nøddeallergi", "glutenallergiker": a compound the letter does not use, by its head, where a paragraph of the
 * topic says it of any kind ("eventuelle allergier", "any allergies"); "sandwich" does not say "vegetarsandwich".
 */
function ofCompoundHead(context: AnswerContext, word: string, ofTopic: ReadonlySet<string>): string[] {
  const passages = context.knowledge.passages;
  const ofAny = (part: string) => passages.containing([part]).filter((text) => ofTopic.has(text) && anyKindOf(text, part));
  const head = compoundHead(foldWord(word.toLowerCase()), (part) => ofAny(part).length > 0);
  return head ? ofAny(head) : [];
}

/** What a plural adds to a word's start: "allergi|er", "allerg|ies", "need|s". */
const PLURAL_END = /^(?:er|r|s|ies|ier)$/u;

/**
 * The longest part of a compound after its first three letters, of five letters or more and with at most three letters
 * after it, that the letter uses (as a word start): "allergi" of "nøddeallergi" and "glutenallergiker".
 */
function compoundHead(word: string, used: (part: string) => boolean): string | undefined {
  let best: string | undefined;
  for (let start = 3; start <= word.length - 5; start++)
    for (let end = word.length; end >= Math.max(start + 5, word.length - 3); end--) {
      const part = word.slice(start, end);
      if ((!best || part.length > best.length) && used(part)) best = part;
    }
  return best;
}

/** The one or two paragraphs of a topic that have every short word asked ("ean") as a whole word. */
function ofTopicMentioning(context: AnswerContext, words: string[], topic: Topic): Part | undefined {
  const asked = words.map((word) => foldWord(word.toLowerCase())).filter((word) => word.length === 3);
  if (asked.length === 0) return undefined;
  // "is there a bus" of "Business casual for the seminar": a longer word that only starts like the word asked is another.
  const ownWord = (text: string, word: string) =>
    !NOT_OF_SHORT_WORD[word] ||
    tokenize(text).some((token) => token.folded.startsWith(word) && !NOT_OF_SHORT_WORD[word]!.test(token.folded));
  const found = paragraphsOfTopic(context.knowledge, topic).filter((text) =>
    asked.every((word) => mentions(text, word, { whole: true }) && ownWord(text, word)),
  );
  if (found.length === 0 || found.length > 2) return undefined;
  const other = context.event.language !== context.lang;
  return { text: messages(context.lang).answers.passage(found[0]!, other), other };
}

/**
 * The one or two paragraphs that speak of each deciding thing a fact left unsaid and name the most of the question's
 * words (its own, else the deciding words of the same kind: "teams" of a letter held on Zoom); undefined when none do.
 */
function paragraphDeciding(
  context: AnswerContext,
  frame: Frame,
  undecided: Array<{ word: string; qualifier: Qualifier }>,
): Part | undefined {
  // By more than the word asked: "på tværs af teams" is groups, not the platform; "Zoom link", "online on Zoom" are.
  const speaking = context.knowledge.passages
    .matching(/\S/)
    .filter((text) => undecided.every(({ qualifier, word }) => saysQualifier(text, qualifier, word)));
  if (speaking.length === 0) return undefined;
  const asked = [
    ...new Set([...(frame.cueWords ?? []), ...frame.foreign.map((word) => foldWord(word.toLowerCase())), ...undecided.map((u) => u.word)]),
  ];
  const kinds = undecided.flatMap(({ qualifier }) => qualifier.asked.filter((start) => !start.includes(' ') && start.length >= 4));
  for (const words of [asked, kinds]) {
    const stems = [...new Set(words.map((word) => stemWord(foldWord(word))))].filter((stem) => stem.length >= 3);
    const scored = speaking.map((text) => ({ text, count: stems.filter((stem) => mentions(text, stem)).length }));
    const best = Math.max(...scored.map((s) => s.count));
    if (best === 0) continue;
    const top = scored.filter((s) => s.count === best);
    if (top.length > 2) return undefined;
    const other = context.event.language !== context.lang;
    return { text: messages(context.lang).answers.passage(top[0]!.text, other), other };
  }
  return undefined;
}
