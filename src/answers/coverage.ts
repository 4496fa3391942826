import { BEGIN_END_WORDS, OWN_PEOPLE, PROXY } from '../understanding/lexicon/words';
import type { MeetingEvent, PracticalTopic } from '../event/model';
import { formatDate, startOf, endOf } from '../event/format';
import { MONTHS } from '../event/months';
import { messages, type AskedNotSaid } from '../i18n';
import { EventKnowledge, LEXICON, startsWithStem } from '../understanding/knowledge';
import { CALLED_OFF, CALLED_OFF_SAID, DECIDING_WORDS, HOW_MANY, type Qualifier } from '../understanding/lexicon/qualifiers';
import { foldWord, stemWord, tokenize, unsyncopated } from '../understanding/normalize';
import { isLetterNoun } from '../understanding/understand';
import { glossaryForms, withGlossary } from '../understanding/glossary';
import { saysThingOf } from '../understanding/saidBy';
import type { Frame, Topic } from '../understanding/frame';
import { whomToAsk } from './contact';
import type { AnswerContext, Part } from './parts';
import { PRACTICAL, TOPIC_STEMS, TOPIC_WORDS } from './topics';
import { escapeRegExp } from '../util/regExp';

/**
 * Whether a reply speaks of what was asked: the question's own words, deciding words, numbers, times and places that
 * the reply's text must name for it to stand as an answer rather than as a nearby fact.
 */

/** Words that qualify what is asked without naming something of their own ("vegan options", "phone number"). */
const QUALIFIERS = new Set([
  'option',
  'options',
  'mulighed',
  'muligheder',
  'nummer',
  'number',
  'nr',
  'kr',
  'kroner',
  'dkk',
  'info',
  'information',
  'oplysninger',
]);

/** Words asking for a phone number or an e-mail address, and a phone number as letters write them. */
const PHONE_WORD = /^(tlf|telefon\w*|phone|telephone|nummer\w*|number|mobil(?!epay)\w*)$/;
/** "nummer", "number": any number answers it when it follows the thing the question names ("MobilePay på 2468 13"). */
const NUMBER_WORD = /^(nummer\w*|number|nr)$/;
const MAIL_WORD = /^(e?mail\w*|mailadresse\w*)$/;
/** A Danish phone number ("72 48 19 30", "4032 7715") or an international one ("+46 70 412 88 30"). */
const PHONE_NUMBER = /(\+\d{2}\s?)?\b\d{2}(\s?\d{2}){3}\b|\+\d{1,3}(?:[\s-]?\d{1,4}){3,5}\b/;

/** "mobilepay nummer?" of "Betaling … MobilePay på 2468 13": a number the text gives right after a thing the clause names. */
function numberOfNamedThing(clause: string, text: string): boolean {
  const tokens = tokenize(clause).map((token) => token.folded);
  if (!tokens.some((word) => NUMBER_WORD.test(word))) return false;
  const folded = foldWord(text.toLowerCase());
  return tokens.some(
    (word) =>
      word.length >= 4 &&
      !PHONE_WORD.test(word) &&
      !EventKnowledge.isGeneric(word) &&
      new RegExp(`(?<!\\p{L})${word.replace(/[^\p{L}\d]/gu, '')}\\p{L}*[^\\p{L}\\d]+(?:\\p{L}+[^\\p{L}\\d]+){0,2}\\d[\\d ]{3,}`, 'u').test(
        folded,
      ),
  );
}

/**
 * "is there a dial-in number?" of a text with a meeting ID and no phone number: quoting it, its other number would be
 * read as the one asked for.
 */
export function otherNumberThanAsked(clause: string, text: string): boolean {
  const asked = tokenize(clause).some(({ folded }) => PHONE_WORD.test(folded));
  if (numberOfNamedThing(clause, text)) return false;
  return asked && !PHONE_NUMBER.test(text) && /\d{3}/.test(text.replace(/\d{1,2}[.:]\d{2}/g, ' '));
}

/**
 * A text's folded words, joined (" a b c "), and their stems (made when first asked for): one reply or clause is read
 * so by several checks in a row, word by word for each word asked. Kept for the last few texts only.
 */
class Read {
  readonly joined: string;
  private stemSet: ReadonlySet<string> | undefined;

  constructor(readonly words: readonly string[]) {
    this.joined = ` ${words.join(' ')} `;
  }

  get stems(): ReadonlySet<string> {
    return (this.stemSet ??= new Set(this.words.map(stemWord)));
  }
}

function read(text: string): Read {
  let known = readTexts.get(text);
  if (!known) {
    known = new Read(tokenize(text).map((token) => token.folded));
    if (readTexts.size >= 32) readTexts.clear();
    readTexts.set(text, known);
  }
  return known;
}

const readTexts = new Map<string, Read>();

/**
 * Whether a text has a word or its translation as written as the head of a compound: "toilet" in "handicaptoilet",
 * "loop" → "teleslynge". Stems do not show it: a compound stems otherwise than its head ("handicaptoil", "toil").
 */
function namesAsHead(text: string, word: string): boolean {
  const forms = [...glossaryForms(foldWord(word.toLowerCase()))].filter((form) => form.length >= 5);
  return tokenize(text).some(({ folded }) =>
    forms.some((form) => {
      const at = folded.lastIndexOf(form);
      return at >= 0 && folded.length - at - form.length <= 4;
    }),
  );
}

/**
 * "traffic safety plan" of "Trafiksikkerhedsplan": a word inside a compound counts as said when the compound is
 * also made of another word the question names, so the words asked are that compound's parts, not a chance string.
 */
function insideCompound(text: string, word: string, asked: readonly string[]): boolean {
  const formsOf = (w: string) => [...glossaryForms(foldWord(w.toLowerCase()))].filter((form) => form.length >= 5);
  const forms = formsOf(word);
  if (forms.length === 0) return false;
  const others = asked.filter((other) => other !== word).flatMap((other) => formsOf(other));
  return tokenize(text).some(
    ({ folded }) =>
      forms.some((form) => folded.includes(form)) &&
      others.some((other) => folded.includes(other) && !forms.some((form) => form.includes(other) || other.includes(form))),
  );
}

/** Whether a text names a word, in any form or in its translation, or in a compound ("bus" in "Busterminal"). */
export function mentions(text: string, word: string, options: { whole?: boolean } = {}): boolean {
  if (namesAsHead(text, word)) return true;
  const { words, stems: said } = read(text);
  // "forretten" of "Forret:": the stem of the inflected word asked is the text's word itself, which stems shorter.
  const own = stemWord(foldWord(word.toLowerCase()));
  if (own.length >= 5 && words.some((w) => w.startsWith(own) && w.length - own.length <= 2)) return true;
  // "tallerkner" of "tallerken": a plural that drops the "e" of its singular's last syllable.
  const singular = own.length >= 5 ? unsyncopated(own) : undefined;
  if (singular && words.some((w) => w.startsWith(singular) && w.length - singular.length <= 3)) return true;
  const asked = stemWord(word);
  return [...withGlossary([asked])].some(
    (stem) =>
      said.has(stem) ||
      [...said].some(
        (s) =>
          s.length >= 3 &&
          stem.length >= 3 &&
          // The text's word as the start of the word asked ("kaffe" for "kaffepause") only when it is a word of its own,
          // not a little word ("ved" is not "vedtager"); not at all when the whole thing must be named ("skole" does
          // not say "skolebus").
          // A word of three letters starts another only as a compound's first part, with a word after it: "tea" is
          // not "Teams".
          ((s.startsWith(stem) && (stem.length >= 4 || s.length - stem.length >= 3)) ||
            // Of a counterpart only a longer word: "spis(er)" starts "spisning", a counterpart of "aftensmad" it does not
            // say; "kørsel" starts "kørselsgodtgørelse".
            (!options.whole && s.length >= (stem === asked ? 4 : 5) && stem.startsWith(s)) ||
            // … though its head names its kind ("direktør" of "kommunaldirektør").
            (options.whole === true && s.length >= 5 && stem.endsWith(s)) ||
            (stem.length >= 5 && s.endsWith(stem))),
      ),
  );
}

/**
 * The question's own words for its subject (and its unknown words) when the letter's text contains none of them:
 * then the text is about the topic but not about what was asked. Across languages a word counts through the
 * glossary; one the glossary does not know cannot be checked and is let pass.
 */

export function unsaidWords(frame: Frame, topic: PracticalTopic, factText: string, knowledge: EventKnowledge): string[] {
  const generic = new Set((TOPIC_WORDS[topic] ?? []).map((word) => stemWord(foldWord(word))));
  // Besides the cue and unknown words, what else the letter names that the question asks about ("the kids" at a
  // question of food): a fact about the topic that does not name it does not answer it.
  const nouns = tokenize(frame.clause)
    .map((token) => token.folded)
    .filter(
      (word) =>
        isLetterNoun(word, knowledge) ||
        (word.length === 4 &&
          knowledge.words.has(word) &&
          !EventKnowledge.isGeneric(word) &&
          !LEXICON.cueWords.has(word) &&
          !knowledge.placeWords.has(word)),
    );
  const specific = [...new Set([...(frame.cueWords ?? []), ...frame.foreign.map((word) => foldWord(word.toLowerCase())), ...nouns])]
    .filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word) && !QUALIFIERS.has(word))
    .filter((word) => !generic.has(stemWord(word)));
  const present = (word: string) => {
    // A number or an address written out says what "tlf" or "e-mail" asks for.
    if (PHONE_WORD.test(word) && PHONE_NUMBER.test(factText)) return true;
    if (NUMBER_WORD.test(word) && numberOfNamedThing(frame.clause, factText)) return true;
    if (MAIL_WORD.test(word) && /\S@\S+\.\w/.test(factText)) return true;
    // A deciding word is said by the thing it stands for: "watch it later" by a sentence about the recording.
    const qualifier = decidingWordOf(word);
    if (qualifier && saysQualifier(factText, qualifier)) return true;
    // In any form, in translation, or in a compound: "bus" in "Busterminal", "parkering" in "gadeparkering"; or by
    // the letter's own words for it: "morgenmad" by "kaffe og rundstykker".
    return mentions(factText, word) || saysThingOf(word, factText) || insideCompound(factText, word, specific);
  };
  // Across languages a word the glossary cannot translate counts as said only when the text has it as written
  // ("browser", "app"): better "it does not say" with the quote beside it than a quote that does not answer.
  return specific.filter((word) => !present(word));
}

/**
 * A reply stands as an answer only when it speaks of what the clause asks: its own words for a thing ("browser",
 * "kalenderinvitation"), the words that decide the question ("skifte", "uden", "anbefale"), a number for "how many".
 * Else it is a nearby fact: said as what the letter says instead, with whom to ask.
 */
export function coveredOrNot(frame: Frame, part: Part | undefined, context: AnswerContext): Part | undefined {
  if (!part || frame.inherited) return part;
  // "hvad dato er mødet i september" of a meeting in June: another meeting than the letter's; its date does not answer.
  // "hvornår er mødet i Region Vestby" of a meeting elsewhere: a place the letter never names.
  const other =
    frame.topic === 'when' || frame.topic === 'weekday'
      ? (otherMonthNamed(frame, context.event) ?? otherPlaceNamed(frame, context.knowledge))
      : undefined;
  if (other) {
    const m = messages(context.lang).answers;
    return { text: m.otherMeeting(formatDate(startOf(context.event), context.lang), other), notStated: true, nearest: true, card: false };
  }
  // A time between places the letter does not name: quoting another time ("15 minutes' walk", the meeting's length)
  // would read as the answer; the address as the nearest fact does not.
  if (DURATION.test(part.text) && travelEndsUnsaid(frame, part.text, context.knowledge).length > 0) return undefined;
  // "hvornår er første kamp i forårssæsonen" of item "Vagtplan for cafeen i forårssæsonen", whose time is not
  // stated: the item shares a word of the question, not the thing asked of; the meeting's time beside it is no answer.
  if (part.notStated && frame.topic === 'items' && thingsUnnamed(frame, part.text).length > 0) return undefined;
  if (part.notStated) return part;
  // A sum in another currency, a thing free, a total, a party taking part: what the reply speaks of but does not give.
  const unsaid = askedNotSaid(frame.clause, part.text, context.knowledge, {
    audience: frame.topic === 'audience',
    programme: (part.items?.length ?? 0) > 0,
    price: frame.topic === 'price',
  });
  if (unsaid) {
    const m = messages(context.lang).answers;
    // "is Harbour Engineering invited?" of an audience that does not name them: the letter's sentence that they attend.
    const taking = unsaid.kind === 'party' ? partySentences(frame.clause, context.knowledge) : [];
    if (taking.length > 0) {
      const other = context.event.language !== context.lang;
      return { text: m.passage(taking.join(' … '), other), other };
    }
    return { ...part, text: m.askedNotSaid(unsaid, part.text, whomToAsk(context.event, context.lang)), notStated: true, card: false };
  }
  // A yes/no check confirms or corrects the fact named; only a deciding word ("can I swap …") makes it another question.
  const missing = unansweredWords(frame, part.text, context).filter(
    (word) => !(frame.check || frame.itemCheck) || decidingWordOf(foldWord(word.toLowerCase())),
  );
  // "er der adgang med kørestol til kantinen på 1. sal?": the floor named agrees with the letter's sentence, but the
  // sentence says nothing of the wheelchair the question is about; a yes would confirm what it does not say.
  if (frame.check?.kind === 'stated' && frame.topic && !speaksOfTopic(frame.check.sentence, frame.topic)) {
    // "does registration open at 9?": the verb asks the time the check gives, no thing the sentence must name.
    const unsaid = new Set((frame.cueWords ?? []).filter((word) => !BEGIN_END_WORDS.has(word) && thingUnsaid(word, part.text)));
    missing.push(...tokenize(frame.clause).flatMap((token) => (unsaid.has(token.folded) ? [token.raw] : [])));
  }
  if (missing.length === 0) return part;
  const m = messages(context.lang).answers;
  return { ...part, text: m.notAnsweredBy(missing, part.text, whomToAsk(context.event, context.lang)), notStated: true, card: false };
}

/** The question's own words for a thing (unknown to the lexicon) that a text does not name. */
function thingsUnnamed(frame: Frame, text: string): string[] {
  return frame.foreign.filter(
    (word) =>
      word.length >= 4 &&
      !QUALIFIERS.has(foldWord(word.toLowerCase())) &&
      !EventKnowledge.isGeneric(foldWord(word.toLowerCase())) &&
      !mentions(text, word) &&
      !insideCompound(text, word, frame.foreign),
  );
}

/** Whether a text uses a word of a topic (TOPIC_STEMS); a topic without such words is taken as spoken of. */
function speaksOfTopic(text: string, topic: Topic): boolean {
  const stems = TOPIC_STEMS[topic];
  if (!stems) return true;
  const folded = read(text).joined;
  return stems.some((stem) => folded.includes(` ${foldWord(stem.toLowerCase())}`));
}

/** A cue word of a thing (not a unit, a little word or a word of asking) that a text does not name. */
function thingUnsaid(word: string, text: string): boolean {
  return word.length >= 4 && !EventKnowledge.isGeneric(word) && !QUALIFIERS.has(word) && !UNIT_WORDS.has(word) && !mentions(text, word);
}

/** Words that only say what kind a fact is ("kr", "sal", "kl"), no thing it is of. */
const UNIT_WORDS = new Set(['kroner', 'etage', 'floor', 'klokken', 'tiden', 'telefon', 'phone', 'stadig', 'still', 'dato', 'date']);

/** "how long does it take", "hvor lang tid tager det": a time to get somewhere, or of anything else than the meeting. */
const HOW_LONG = /\b(how long|how far|hvor lang tid|hvor langt|hvor lang)\b/i;
/** A length of time as replies and letters write it: "15-minute walk", "5 timer", "1 time og 45 minutter", "2 år". */
const DURATION =
  /\d+\s*-?\s*(min|minut\p{L}*|minute\p{L}*|time|timer|hour\p{L}*|dag\p{L}*|day\p{L}*|uge\p{L}*|week\p{L}*|måned\p{L}*|month\p{L}*|år|års|aar|year\p{L}*)(?!\p{L})|(?<!\p{L})(en halv time|halvanden time|et kvarter|en time|an hour|half an hour|a quarter of an hour)(?!\p{L})/iu;
/** Asking for a length of time, which a distance does not give. */
const TAKES_TIME = /(?<!\p{L})(tid|tager|tage|take|takes|minutter|minutes|timer|hours)(?!\p{L})/iu;
const TIME_RANGE = /\d{1,2}[.:]\d{2}\s*(–|-|til|to|until)\s*\d{1,2}[.:]\d{2}/i;
const DISTANCE = /\d+([.,]\d+)?\s*-?\s*(km|kilomet\w*|meter|metre\w*|m)\b/i;
/** "which municipality", "hvilken kommune": the kind of thing asked for (folded clause). */
const WHICH = / (?:which|what|hvilken|hvilket|hvilke) (\p{L}{4,})/u;
/** Words for where a person works: the organisation the letter gives for them answers these. */
const ORGANISATION_WORD =
  /^(organi[sz]ations?|company|employer|workplace|firm|municipality|council|region|arbejdsplads|virksomhed|firma|arbejdsgiver|kommune|forvaltning)$/;

/** Topics of the meeting's times, whose answer names no other thing. */
const TIME_TOPICS = new Set<Topic>(['when', 'end', 'duration', 'weekday', 'times']);
/** "is there a test …", "er der en prøve …": the thing whose existence is asked. */
const EXISTS_THING =
  /^\s*(?:is there|are there|will there be|er der|bliver der|kommer der)\s+(?:(?:a|an|any|some|en|et|nogen|noget|nogle)\s+)?(\p{L}{3,})/iu;
/** The ordinary times of a place or a thing, not the meeting's: "normal opening hours", "til daglig". */
const REGULAR =
  /(?<!\p{L})(?:normal|normally|usual|usually|ordinary|regular|normale|normalt|sædvanlig\p{L}*|til daglig|til hverdag|i hverdagen)(?!\p{L})/iu;
/** Words of time itself, which the times do say. */
const TIME_THINGS =
  /^(time|tid|tidspunkt|break|breaks|pause|pauser|end|slut|start|deadline|frist|dag|day|days|dage|date|dato|session|sessions|meeting|møde|mødet|event)$/iu;

/** "hvad er præmien", "what is the prize": what a thing is. */
const WHAT_IS = /^\s*(?:hvad er|hvad bliver|what is|what's|whats|what will be)\s+(?:the\s+)?(\p{L}{5,})(?!\p{L})/iu;
/** "der er", "there is a": the words before a thing said only to be there. */
const THERE_IS =
  /(?<!\p{L})(?:der er|der bliver|der vil være|there is|there's|there will be|there are)\s+(?:(?:a|an|en|et|also|også)\s+)?$/iu;

/**
 * Whether a text names a thing (by the start of its word, without a definite ending) only as being there ("Der er
 * præmie til …"), never saying what it is (no colon or bracket after it).
 */
function onlyThere(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const start = lower.length > 5 ? lower.slice(0, -2) : lower;
  const found = [...text.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(start)}\\p{L}*`, 'giu'))];
  return (
    found.length > 0 &&
    found.every((match) => THERE_IS.test(text.slice(0, match.index)) && !/^\s*[:(–-]/.test(text.slice(match.index + match[0].length)))
  );
}

/** A question whether something exists or is offered. */
const EXISTS = /^\s*(is there|are there|will there be|is it possible|er der|findes der|bliver der|kommer der|har (i|de|man|stedet))\b/i;

/** "what time does it start each morning": a reply giving the times of several days or sessions answers each of them. */
function timesOfEach(frame: Frame, qualifier: Qualifier, text: string): boolean {
  if (!qualifier.asked.includes('each') || !frame.topic || !TIME_TOPICS.has(frame.topic)) return false;
  return (text.match(new RegExp(TIME_RANGE.source, 'gi'))?.length ?? 0) >= 2;
}

/** The clause's words (as typed) that the reply's text does not speak of; see coveredOrNot. */
function unansweredWords(frame: Frame, text: string, context: AnswerContext): string[] {
  const { knowledge } = context;
  const folded = read(text).joined;
  // A start of three letters or less is a whole word ("pr" is not "projektleder").
  const says = (starts: readonly string[]) => starts.some((start) => folded.includes(start.length <= 3 ? ` ${start} ` : ` ${start}`));
  const topicWords = new Set(
    (frame.topic && PRACTICAL.has(frame.topic) ? (TOPIC_WORDS[frame.topic as PracticalTopic] ?? []) : []).map((word) =>
      stemWord(foldWord(word)),
    ),
  );
  const cues = new Set(frame.cueWords ?? []);
  const foreign = new Set(frame.foreign.map((word) => foldWord(word.toLowerCase())));
  const exists = EXISTS.test(frame.clause);
  const missing: string[] = [];
  const reported = new Set<Qualifier>();
  // "kan min kollega give mig fuldmagt" of a sentence on proxies: the colleague is the proxy's party, not one brought.
  const proxy = PROXY.test(frame.clause) && PROXY.test(text);
  const own = new Set([...frame.clause.matchAll(OWN_PEOPLE)].map((match) => foldWord(match[0].split(/\s+/).pop()!.toLowerCase())));
  for (const token of tokenize(frame.clause)) {
    const word = token.folded;
    if (proxy && own.has(word)) continue;
    const qualifier = decidingWordOf(word);
    if (qualifier) {
      // Named once: "stedfortræder … i stedet" is one thing not said.
      if (!says(qualifier.said) && !reported.has(qualifier) && !timesOfEach(frame, qualifier, text)) missing.push(token.raw);
      reported.add(qualifier);
      continue;
    }
    // "whats kirstens email": a phone number does not answer it.
    if (
      (MAIL_WORD.test(word) && !/\S@\S+\.\w/.test(text)) ||
      (PHONE_WORD.test(word) && !PHONE_NUMBER.test(text) && !(NUMBER_WORD.test(word) && numberOfNamedThing(frame.clause, text)))
    ) {
      if (cues.has(word)) missing.push(token.raw);
      continue;
    }
    // "is there a cloakroom at the town hall?": whether a thing the letter never names exists is not answered by the
    // town hall. Elsewhere an unknown word is as often context ("as head of youth services …") or a word the glossary
    // cannot translate ("who gives the welcome speech").
    // A thing the letter never names, though the lexicon knows it ("er der toilet i bussen?"), is asked of as well.
    // Across languages only a word the glossary translates can be looked for.
    const unnamed =
      !knowledge.words.has(word) &&
      !LEXICON.cueWords.has(word) &&
      !cues.has(word) &&
      !EventKnowledge.isGeneric(word) &&
      (context.lang === knowledge.event.language || withGlossary([stemWord(word)]).size > 1);
    if (!exists || word.length < 4 || !(foreign.has(word) || unnamed) || topicWords.has(stemWord(word))) continue;
    if (
      knowledge.placeWords.has(word) ||
      knowledge.organisationWords.has(word) ||
      knowledge.titleStems.has(stemWord(word)) ||
      knowledge.kindStems.has(stemWord(word)) ||
      frame.person?.names.has(word)
    )
      continue;
    if (!mentions(text, word)) missing.push(token.raw);
  }
  // "hvornår vedtager byrådet planen": an item named by a word of its title, asked of with a word the letter never
  // uses ("vedtager"), is asked about something the item does not say.
  if ((frame.topic === 'items' || frame.topic === 'person') && frame.question && !frame.check && !frame.itemCheck) {
    for (const word of frame.foreign)
      if (
        word.length >= 4 &&
        !QUALIFIERS.has(foldWord(word.toLowerCase())) &&
        !mentions(text, word) &&
        !insideCompound(text, word, frame.foreign)
      )
        missing.push(word);
    missing.push(...compoundsMatchedByFirstPart(frame, text));
  }
  const clause = read(frame.clause).joined.slice(0, -1);
  for (const { start, qualifier } of DECIDING_PHRASES)
    if (clause.includes(` ${start}`) && !says(qualifier.said) && !reported.has(qualifier)) missing.push(start);
  // "hvis konferencen bliver aflyst": the meeting called off, which a participant's own cancellation terms do not answer.
  const calledOff = CALLED_OFF.exec(frame.clause);
  if (calledOff && !says(CALLED_OFF_SAID)) missing.push(calledOff[0]);
  missing.push(...travelEndsUnsaid(frame, text, knowledge));
  // "is there a test at the end of the day": asked of a time ("the end of the day"), whether a thing exists there; the
  // day's times do not say it, unless they name the thing.
  const existing = frame.topic && TIME_TOPICS.has(frame.topic) ? EXISTS_THING.exec(frame.clause) : null;
  if (existing && !TIME_THINGS.test(existing[1]!) && !mentions(text, existing[1]!)) missing.push(existing[1]!);
  // "what will the normal opening hours be": the times of every day, which the meeting's own time is not.
  const regular = frame.topic && TIME_TOPICS.has(frame.topic) ? REGULAR.exec(frame.clause) : null;
  if (regular && !mentions(text, regular[0])) missing.push(regular[0]);
  // "hvad er præmien for …" of "Der er præmie til den grimmeste": that there is one does not say what it is.
  const what = WHAT_IS.exec(frame.clause);
  if (what && onlyThere(text, what[1]!)) missing.push(what[1]!);
  // "which municipality does she work in": only the organisation the letter gives for the person answers it (a title
  // or a time answers "which role", "what time").
  const which = frame.topic === 'person' ? WHICH.exec(clause) : null;
  if (which && ORGANISATION_WORD.test(which[1]!) && !frame.person?.person.organisation && !mentions(text, which[1]!))
    missing.push(which[1]!);
  missing.push(...kindsUnsaid(frame, text, knowledge));
  // "kan jeg tage min mand med til middagen": whom or what is brought must be named (a companion or guest for a
  // person), not only the dinner.
  const brought = BRINGS.exec(frame.clause);
  const thing = brought ? (brought[1] ?? brought[2])! : undefined;
  if (thing && !EventKnowledge.isGeneric(foldWord(thing.toLowerCase())) && !mentions(text, foldWord(thing.toLowerCase()))) {
    if (!(PERSON_BROUGHT.test(thing) && COMPANION_SAID.test(text))) missing.push(thing);
  }
  // "is the walking tour wheelchair accessible", "er der vegetarisk mad til frokosten": a practical matter asked of an
  // item; the item's title and time answer it only when they speak of it.
  // Not by a person's name that starts alike ("mad" is not a "Mads").
  if (frame.topic === 'items' && !frame.check && !frame.itemCheck && !frame.after) {
    const names = (frame.items ?? []).flatMap((indexed) => indexed.item.people ?? []);
    const unnamed = names.reduce((rest, name) => rest.split(name).join(' '), text);
    missing.push(...(frame.cueWords ?? []).filter((word) => practicalWord(word) && !mentions(unnamed, word)));
  }
  // A paragraph found by search; a sentence chosen for naming the thing asked of (its time, its place) is one already.
  const searched = !frame.topic && !frame.faq && !frame.whenOf && frame.passage?.id !== '';
  // Across languages only a word the glossary translates can be looked for.
  const sameLanguage = context.lang === knowledge.event.language;
  if (searched)
    missing.push(
      ...subjectUnsaid(frame, text, knowledge, sameLanguage),
      ...askedOfPassageUnsaid(frame.clause, frame.passage?.text ?? text, knowledge),
    );
  // "er pressen inviteret?": who is invited answers whether a group the letter never names is.
  // A deciding word ("uden at være medlem") asks something the letter may say in other words ("alle over 60").
  const decided = tokenize(frame.clause).some((token) => decidingWordOf(token.folded));
  if (frame.topic === 'audience' && sameLanguage && !decided)
    missing.push(...frame.foreign.filter((word) => word.length >= 4 && !mentions(text, foldWord(word.toLowerCase()), { whole: true })));
  return [...new Set(missing)];
}

/**
 * A paragraph found by the words it shares with a question ("share" of "will the slides be shared", "bilag" of "kan jeg
 * få bilagene på papir") answers it only when it names each thing the question names: the words that are neither
 * common nor cue words, nor the meeting's own kind or venue. A compound is not named by its first part alone:
 * "skole" does not say "skolebus".
 */
function subjectUnsaid(frame: Frame, text: string, knowledge: EventKnowledge, sameLanguage: boolean): string[] {
  // As written, too: folding makes "kameraet" "kameret", no longer starting with "kamera".
  const written = text.toLowerCase().split(/[^\p{L}\d]+/u);
  const tokens = tokenize(frame.clause);
  // "som medlem af …", "as head of …": who asks, not what is asked about.
  const asWho = new Set(tokens.flatMap((_, i) => (i > 0 && /^(som|as)$/.test(tokens[i - 1]!.folded) ? [i] : [])));
  // "min mand", "my colleague": the asker's own people, who act for or with the asker, are no thing asked about.
  const own = new Set([...frame.clause.matchAll(OWN_PEOPLE)].map((match) => foldWord(match[0].split(/\s+/).pop()!.toLowerCase())));
  const capitalised = new Set(
    frame.clause
      .split(/[^\p{L}\d]+/u)
      .slice(1)
      .filter((word) => /^\p{Lu}\p{Ll}/u.test(word))
      .map((word) => foldWord(word.toLowerCase())),
  );
  return (
    tokens
      .filter((token, i) => !asWho.has(i) && !own.has(token.folded))
      .filter(({ folded }) => folded.length >= 4 && !/\d/.test(folded))
      .filter(({ folded }) => !EventKnowledge.isGeneric(folded) && !LEXICON.cueWords.has(folded) && !QUALIFIERS.has(folded))
      .filter(({ folded }) => !startsWithStem(LEXICON.cueStems, folded, 4) && !VENUE_WORDS.has(folded))
      .filter(({ folded }) => !knowledge.kindStems.has(stemWord(folded)) && !knowledge.venueWords.has(folded))
      // A name as the question writes it ("Vestby Strikkeklub") is looked for as written in any language.
      .filter(({ folded }) => sameLanguage || withGlossary([stemWord(folded)]).size > 1 || capitalised.has(folded))
      .filter(({ folded, raw }) => !mentions(text, folded, { whole: true }) && !written.some((word) => word.startsWith(raw.toLowerCase())))
      .map((token) => token.raw)
  );
}

/** The folded stems: words of a practical matter (access, food, parking …). */
const PRACTICAL_STEMS = [...PRACTICAL].flatMap((topic) => TOPIC_STEMS[topic as Topic] ?? []).map((stem) => foldWord(stem));
function practicalWord(word: string): boolean {
  return !EventKnowledge.isGeneric(word) && PRACTICAL_STEMS.some((stem) => stem.length >= 3 && word.startsWith(stem));
}

/** The deciding words of a clause (see DECIDING_WORDS) a text does not speak of, each with its qualifier. */
export function decidingUnsaid(clause: string, text: string): Array<{ word: string; qualifier: Qualifier }> {
  const folded = read(text).joined;
  const says = (starts: readonly string[]) => starts.some((start) => folded.includes(start.length <= 3 ? ` ${start} ` : ` ${start}`));
  const found: Array<{ word: string; qualifier: Qualifier }> = [];
  for (const token of tokenize(clause)) {
    const qualifier = decidingWordOf(token.folded);
    if (qualifier && !says(qualifier.said) && !found.some((f) => f.qualifier === qualifier)) found.push({ word: token.folded, qualifier });
  }
  return found;
}

/** Whether a text speaks of a qualifier's thing (any of its said starts, but the one the word asked begins with). */
export function saysQualifier(text: string, qualifier: Qualifier, besides?: string): boolean {
  const folded = read(text).joined;
  return qualifier.said.some((start) => !besides?.startsWith(start) && folded.includes(start.length <= 3 ? ` ${start} ` : ` ${start}`));
}

/** The deciding word (see DECIDING_WORDS) a folded word is: a start under six letters only with a short ending. */
function decidingWordOf(word: string) {
  // The starts of the word's first letter, in DECIDING_WORDS' order: the first that fits is the first qualifier's.
  for (const { start, qualifier } of DECIDING_STARTS.get(word[0] ?? '') ?? [])
    if (word.startsWith(start) && (start.length >= 6 || word.length <= start.length + 2)) return qualifier;
  return undefined;
}

/** The one-word starts of DECIDING_WORDS by their first letter, each with its qualifier, in order. */
const DECIDING_STARTS = (() => {
  const byLetter = new Map<string, Array<{ start: string; qualifier: Qualifier }>>();
  for (const qualifier of DECIDING_WORDS)
    for (const start of qualifier.asked)
      if (!start.includes(' ') && start.length > 0) byLetter.set(start[0]!, [...(byLetter.get(start[0]!) ?? []), { start, qualifier }]);
  return byLetter;
})();
/** The starts of several words ("i stedet"), each with its qualifier, in order. */
const DECIDING_PHRASES = DECIDING_WORDS.flatMap((qualifier) =>
  qualifier.asked.filter((start) => start.includes(' ')).map((start) => ({ start, qualifier })),
);

/** "how long does it take from the airport", "… to the station": the places of a travel time the reply does not name. */
function travelEndsUnsaid(frame: Frame, text: string, knowledge: EventKnowledge): string[] {
  if (!HOW_LONG.test(frame.clause)) return [];
  const clause = read(frame.clause).joined.slice(0, -1);
  // "to walk" is no place: after a bare "to" a word the lexicon knows (a verb of travelling) is let pass.
  return [...clause.matchAll(/ (fra|from|til|to) ((?:the|a|an|den|det|en|et) )?(\p{L}+)/gu)]
    .filter((m) => m[2] !== undefined || m[1] !== 'to' || !LEXICON.cueWords.has(m[3]!))
    .map((m) => m[3]!)
    .filter(
      (end) =>
        end.length >= 3 &&
        !EventKnowledge.isGeneric(end) &&
        !VENUE_WORDS.has(end) &&
        !knowledge.placeWords.has(end) &&
        !knowledge.venueWords.has(end) &&
        !knowledge.kindStems.has(stemWord(end)) &&
        !mentions(text, end),
    );
}

/** Bringing someone or something along: "tage min mand med", "have en kollega med", "bring my husband". */
const BRINGS =
  /(?<!\p{L})(?:tage|tager|have|tag)\s+(?:min|mit|mine|en|et|vores|nogle)?\s*(\p{L}{3,})\s+med(?!\p{L})|(?<!\p{L})bring\s+(?:my|a|an|our|some)\s+(\p{L}{3,})/iu;
/** Persons one brings along. */
const PERSON_BROUGHT =
  /^(mand|manden|kone|konen|kæreste|partner|ægtefælle|familie|ven|veninde|søn|datter|børn|barn|husband|wife|spouse|boyfriend|girlfriend|family|friend|son|daughter|kids|children|child|kollega|colleague)$/iu;
/** A text that speaks of companions or guests. */
const COMPANION_SAID =
  /(?<!\p{L})(ledsager\p{L}*|gæst\p{L}*|partner\p{L}*|ægtefæl\p{L}*|familie\p{L}*|companion\p{L}*|guest\p{L}*|spouse\p{L}*|plus one|\+1)(?!\p{L})/iu;

/** Words for the meeting's own place, as the far end of a travel time (folded). */
const VENUE_WORDS = new Set(
  ['venue', 'there', 'sted', 'stedet', 'mødested', 'mødestedet', 'mødet', 'møde', 'meeting', 'konferencen', 'conference', 'event'].map(
    (word) => foldWord(word),
  ),
);

/**
 * The kind of fact a question asks for, which a reply must state to answer it on any path (a typed fact, an item, a
 * paragraph, the organisers' answer): when → a time or a date, how many → a number, what it costs → an amount, how
 * long → a length of time. A paragraph on the thing asked that states none of that kind is a nearby fact.
 */
function kindsUnsaid(frame: Frame, text: string, knowledge: EventKnowledge): string[] {
  const missing: string[] = [];
  // A number the question itself names ("kontingentet for 2027") is no answer to it.
  const ownNumbers = new Set(frame.clause.match(/\d+/g) ?? []);
  const withoutOwn = text.replace(/\d+/g, (digits) => (ownNumbers.has(digits) ? ' ' : digits));
  const howLong = HOW_LONG.exec(frame.clause) ?? HOW_MANY_UNITS.exec(frame.clause);
  // A distance says how far, not how long it takes: "800 m" does not say how long the drive is.
  const far = howLong !== null && !TAKES_TIME.test(frame.clause);
  if (howLong && !DURATION.test(withoutOwn) && !TIME_RANGE.test(withoutOwn) && !(far && DISTANCE.test(withoutOwn)))
    missing.push(howLong[0]);
  const howMany = howLong ? null : HOW_MANY.exec(frame.clause);
  if (howMany && !countSaid(withoutOwn, frame.clause)) missing.push(howMany[0]);
  // "hvornår vedtages strategien?": a reply that names no time does not say when, unless it says none is needed ("you
  // don't need to sign up").
  const when = WHEN_ASKED.exec(frame.clause);
  if (when && !whenSaid(withoutOwn) && !NO_NEED.test(text)) missing.push(when[0]);
  // "hvornår præcis starter byggeriet?": "efter sommerferien" says when, but not exactly.
  const exactly = frame.whenOf ? EXACTLY.exec(frame.clause) : null;
  if (exactly && !EXACT_TIME.test(text)) missing.push(exactly[0]);
  // "where is the case clinic held": an item or a fact that names no place does not say where.
  const where = frame.aspect === 'where' && frame.topic && !VENUE_TOPICS.has(frame.topic) ? WHERE_ASKED.exec(frame.clause) : null;
  // "where do I put my allergies": a wish told at signing up ("oplyses ved tilmeldingen", "the form asks") is placed.
  const toldAtSignUp = frame.topic === 'food' && DIET_ASKED.test(frame.clause) && TOLD_AT_SIGN_UP.test(text);
  // "where is she from?", "hvor er han fra?" of a person the letter gives an organisation or a title: that says it.
  const fromWhere =
    frame.topic === 'person' &&
    ORIGIN_ASKED.test(frame.clause) &&
    (frame.person?.person.organisation !== undefined || frame.person?.person.title !== undefined);
  if (where && !placeSaid(text, knowledge) && !toldAtSignUp && !fromWhere) missing.push(where[0]);
  const cost = COST_ASKED.exec(frame.clause);
  if (cost && !amountSaid(text)) missing.push(cost[0]);
  // "hvor meget får man i kørselspenge": a sum or a number, which a sentence naming only the kind of rate does not give.
  const much = cost || howLong ? null : HOW_MUCH.exec(frame.clause);
  if (much && !amountSaid(withoutOwn) && !countSaid(withoutOwn)) missing.push(much[0]);
  return missing;
}

/** "hvor meget", "how much" of anything but time: an amount or a number answers. */
const HOW_MUCH = /(?<!\p{L})(hvor meget|how much)(?!\s+(?:tid|time)(?!\p{L}))(?!\p{L})/iu;
/** A question of when ("ved du hvornår …"; English "when" only first, elsewhere it is as often "when we arrive"). */
const WHEN_ASKED =
  /^\s*when(?!\p{L})|(?<!\p{L})(hvornår|hvornar|hvad tid|hvilket tidspunkt|what time|hvilken dato|hvad dato|what date|which date|hvilken dag|what day|which day)(?!\p{L})/iu;
/** Besides numbers, the words that can say when (folded text). */
const TIME_WORDS =
  / (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hverdag\w*|weekday\w*|weekend\w*|i dag|i morgen|today|tomorrow|tonight|i aften|uge|week|morgen|formiddag|eftermiddag|aften|morning|afternoon|evening|middag|noon|midnat|midnight|straks|immediately|lobende|ongoing|bagefter|afterwards|efterfolgende|efter modet|after the (meeting|event|conference)|for modet|before the (meeting|event|conference)|senest|no later than|samme dag|same day|dagen for|dagen efter|the day before|the day after|forinden|in advance|pa forhand|beforehand|ved ankomst|on arrival|ved tilmelding\w*|i tilmeldingen|at registration|upon registration|when you (register|sign up)|i pausen|during the break|ved frokost\w*|at lunch\w*)/;
/** A time of day, a date, a year or a range of hours as letters write them. */
const WHEN_WRITTEN = new RegExp(
  String.raw`\d{1,2}[.:]\d{2}|(?<!\p{L})kl\.?\s*\d|\d{1,2}\.?\s*(?:${Object.keys(MONTHS).join('|')})(?!\p{L})|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}\s*(?:am|pm)(?!\p{L})|(?<!\p{L})den \d{1,2}\.`,
  'iu',
);
function whenSaid(text: string): boolean {
  const folded = read(text).joined;
  return WHEN_WRITTEN.test(text) || TIME_WORDS.test(folded) || DURATION.test(text) || TIME_RANGE.test(text);
}
/** A reply saying that nothing is needed, which answers when it is needed. */
const NO_NEED =
  /(?<!\p{L})(ikke nødvendig\p{L}*|behøver ikke|behøves ikke|ikke behov|not necessary|not needed|no need|don'?t need|do not need|not required|ingen tilmelding|no registration)(?!\p{L})/iu;

/** Asking exactly, and a time of day or a day of a month that says it so. */
const EXACTLY = /(?<!\p{L})(præcis|præcist|nøjagtig|nøjagtigt|eksakt|exactly|precisely|exact)(?!\p{L})/iu;
const EXACT_TIME = new RegExp(
  String.raw`\d{1,2}[.:]\d{2}|(?<!\p{L})kl\.?\s*\d|\d{1,2}\.?\s*(?:${Object.keys(MONTHS).join('|')})(?!\p{L})|\d{1,2}\/\d{1,2}`,
  'iu',
);

/** "hvor mange timer", "how many days": a length of time, asked as a number. */
const HOW_MANY_UNITS =
  /(?<!\p{L})(hvor mange|how many) (minutter|timer|dage|uger|måneder|år|minutes|hours|days|weeks|months|years)(?!\p{L})/iu;
/** Numbers written as words (folded text); not "to", "en" and "one", which are other words as well. */
const NUMBER_WORDS =
  / (tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems|hundrede|tusind|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|et par|a couple|both|begge|ubegraenset|unlimited|no limit|ingen begraensning|ingen graense) /;
/**
 * Numbers that count nothing: times, dates, years, ordinals ("0.-klasser", "3. sal"), postal codes, house numbers,
 * phone numbers, items and sections named by number.
 */
const NOT_COUNTS = new RegExp(
  [
    String.raw`(\+\d{2}\s?)?(?<!\d)\d{2}(\s?\d{2}){3}(?!\d)`,
    String.raw`\d{1,2}[.:]\d{2}`,
    String.raw`(?<!\p{L})kl\.?\s*\d{1,2}([.:]\d{2})?`,
    String.raw`\d{1,2}\.?\s*(?:${Object.keys(MONTHS).join('|')})(?!\p{L})`,
    String.raw`\d{1,2}\/\d{1,2}(\/\d{2,4})?`,
    String.raw`(?<!\d)(?:19|20)\d{2}(?!\d)`,
    String.raw`\d+\.(?=\s*\p{Ll}|-)`,
    String.raw`(?<!\p{L})(punkt|pkt|item|session|nr|no|§)\.?\s*\d+`,
  ].join('|'),
  'giu',
);
/** A postal code before a town, a house number after a street: "Ågade 3, 9990 Vestby" (case matters here). */
const ADDRESS_NUMBERS = /(?<!\d)\d{4}(?=\s+\p{Lu})|(?<=\p{Lu}\p{Ll}+\s)\d+\s?\p{Ll}?(?=[,)]|$)/gu;
export function countSaid(text: string, clause?: string): boolean {
  const thing = clause ? countedThing(clause) : undefined;
  const counts = text
    .replace(NOT_COUNTS, ' ')
    .replace(ADDRESS_NUMBERS, ' ')
    .replace(thing && !MONEY_WORDS.has(thing) ? AMOUNTS : /(?!)/, ' ');
  const tokens = tokenize(counts).map((token) => token.folded);
  // "hvor mange elever" of "de tre scenarier", "how many rooms" of "DKK 1,150 per night": a number of another thing.
  if (thing)
    return tokens.some(
      (token, i) => (isCount(token) && !countsOther(tokens, i, thing)) || (SMALL_COUNTS.has(token) && namesThing(tokens[i + 1], thing)),
    );
  return /\d/.test(counts) || NUMBER_WORDS.test(` ${tokens.join(' ')} `);
}

/** A token that is a number: digits or a number word. */
function isCount(token: string): boolean {
  return /^\d/.test(token) || NUMBER_WORDS.test(` ${token} `);
}

/** The thing a "how many" question counts ("hvor mange elever" → elever), folded; none of a bare "hvor mange er vi". */
function countedThing(clause: string): string | undefined {
  const match = /(?<!\p{L})(?:hvor mange|how many)\s+(\p{L}{4,})/iu.exec(clause);
  const word = match ? foldWord(match[1]!.toLowerCase()) : undefined;
  return word && !LEXICON.questionWords.has(word) && !EventKnowledge.isGeneric(word) ? word : undefined;
}

/**
 * Whether the number at tokens[i] counts another thing than the one asked: a number right before a noun that is
 * neither the thing asked, a compound or translation of it, nor (both being people) another word for people.
 */
function countsOther(tokens: readonly string[], i: number, thing: string): boolean {
  const next = tokens[i + 1];
  if (!next || next.length < 4 || /\d/.test(next) || EventKnowledge.isGeneric(next) || LEXICON.questionWords.has(next)) return false;
  if (PEOPLE_WORDS.has(stemWord(next)) && PEOPLE_WORDS.has(stemWord(thing))) return false;
  return !namesThing(next, thing);
}

/** Whether a word names the thing counted: it, a compound or a translation of it. */
function namesThing(word: string | undefined, thing: string): boolean {
  if (!word) return false;
  const said = stemWord(word);
  return [...withGlossary([stemWord(thing)])].some(
    (stem) => said === stem || (stem.length >= 4 && (said.startsWith(stem) || said.endsWith(stem))),
  );
}

/** "to drikkebilletter", "one ticket": the numbers that are other words as well, a count only before the thing asked. */
const SMALL_COUNTS = new Set(['to', 'en', 'et', 'one', 'a']);

/** Amounts of money as letters write them (see AMOUNT). */
const AMOUNTS = /(\d[\d.,]*\s*(kr\.?|kroner|dkk|eur|euro|€|\$|usd|nok|sek|,-))|((kr\.?|dkk|eur|€|\$|usd|£)\s*\d[\d.,]*)/gi;
/** Currencies as folded words: a number beside one is an amount, not a count. */
const MONEY_WORDS = new Set(['kr', 'kroner', 'dkk', 'eur', 'euro', 'euros', 'nok', 'sek', 'usd']);
/** Words for people (stems): a number of participants answers how many people, guests or pupils. */
const PEOPLE_WORDS = new Set(
  [
    'people',
    'persons',
    'personer',
    'person',
    'folk',
    'deltagere',
    'deltager',
    'participants',
    'attendees',
    'guests',
    'gæster',
    'elever',
    'students',
    'pupils',
    'børn',
    'children',
    'kids',
    'members',
    'medlemmer',
    'spillere',
    'players',
    'mennesker',
    'voksne',
    'adults',
    'tilmeldte',
    'pladser',
    'plads',
    'seats',
    'places',
    'spots',
    'spot',
  ].map((word) => stemWord(foldWord(word))),
);

/** Asking what something costs ("hvad koster", "how much is it", "er det gratis"): an amount, or that it is free, answers. */
const COST_ASKED =
  /(?<!\p{L})(hvad koster|hvor meget koster|hvad kostede|hvad skal (jeg|man|vi) betale|hvor meget skal (jeg|man|vi) betale|hvad er prisen|hvad bliver prisen|hvad er gebyret|hvad er deltagergebyret|prisen (for|på)|koster det noget|er det gratis|how much(?! time)|what does .{0,40}cost|what do(es)? (it|we|i|you) (cost|pay)|what('s| is) the (price|fee|cost)|does it cost anything|is it free)(?!\p{L})/iu;
/** An amount of money as letters write it. */
const AMOUNT = /(\d[\d.,]*\s*(kr\.?|kroner|dkk|eur|euro|€|\$|usd|nok|sek|,-))|((kr\.?|dkk|eur|€|\$|usd|£)\s*\d)/i;
/** That something is free (folded text). */
const FREE =
  / (gratis|free|free of charge|uden beregning|uden betaling|ingen betaling|ingen deltagerbetaling|ingen deltagergebyr|no charge|no fee|costs nothing|koster ikke noget|vederlagsfri\w*|omkostningsfri\w*|included|inkluderet|indeholdt i|indgar i|dekket|covered|uden udgift|ingen udgift|ingen egenbetaling) /;
/** Whether a text states an amount of money, or that something is free. */
export function amountSaid(text: string): boolean {
  const folded = read(text).joined;
  return AMOUNT.test(text) || FREE.test(folded);
}

/** A month named as when a meeting is ("mødet i september", "on 3 May"), as written. */
const MONTH_NAMED = new RegExp(
  String.raw`(?<!\p{L})(?:i|in|of|den\s+\d{1,2}\.?|\d{1,2}\.?)\s+(${Object.keys(MONTHS).join('|')})(?!\p{L})`,
  'iu',
);

/** The month a question of when names that none of the meeting's days is in; a yes/no check corrects it elsewhere. */
function otherMonthNamed(frame: Frame, event: MeetingEvent): string | undefined {
  if (frame.check) return undefined;
  const named = MONTH_NAMED.exec(frame.clause);
  if (!named) return undefined;
  const month = MONTHS[foldWord(named[1]!.toLowerCase())] ?? MONTHS[named[1]!.toLowerCase()];
  if (month === undefined) return undefined;
  const start = startOf(event);
  const end = endOf(event);
  const itemMonths = event.programme.flatMap((item) => (item.date ? [Number(item.date.slice(5, 7))] : []));
  const inMeeting = (m: number) => {
    for (let at = start.startOf('month'); at <= end; at = at.plus({ months: 1 })) if (at.month === m) return true;
    return itemMonths.includes(m);
  };
  return inMeeting(month) ? undefined : named[1]!;
}

/**
 * A place a question of when names as where the meeting is ("mødet i Region Vestby", "the meeting in Vestby") that
 * the letter never names: capitalised words after "i"/"in", as written; a yes/no check corrects a place elsewhere.
 */
function otherPlaceNamed(frame: Frame, knowledge: EventKnowledge): string | undefined {
  if (frame.check) return undefined;
  const named = PLACE_AFTER.exec(frame.clause);
  if (!named) return undefined;
  const words = named[1]!.split(/\s+/);
  const unknown = words.filter((word) => {
    const folded = foldWord(word.toLowerCase());
    return (
      folded.length >= 4 &&
      !knowledge.words.has(folded) &&
      !knowledge.placeWords.has(folded) &&
      !EventKnowledge.isGeneric(folded) &&
      !LANGUAGE_OR_ZONE.test(folded)
    );
  });
  return unknown.length > 0 ? named[1] : undefined;
}

/** A language or a time zone after "in" ("in English", "in Danish time"): no place. */
const LANGUAGE_OR_ZONE = /^(danish|english|dansk|engelsk|swedish|svensk|norwegian|norsk|german|tysk|cet|cest|utc|gmt)$/;

/** "i Region Vestby", "in Vestby": capitalised words after "i" or "in" (not a question's first word). */
const PLACE_AFTER = /(?<=\S\s+)(?:i|in)\s+((?:\p{Lu}[\p{Ll}-]+)(?:\s+\p{Lu}[\p{Ll}-]+){0,2})(?!\p{L})/u;

/** Asking where (not "hvor mange", "hvor længe"). */
const WHERE_ASKED =
  /(?<!\p{L})(hvor|where|hvilket lokale|which room)(?!\p{L})(?! (mange|meget|lang|længe|tit|ofte|stor|store|langt|many|much|long|often))/iu;
/** A wish of diet asked about: an allergy, a diet, a vegetarian meal. */
const DIET_ASKED =
  /(?<!\p{L})(?:allerg\p{L}*|vegetar\p{L}*|vegan\p{L}*|diæt\p{L}*|diet\p{L}*|kost\p{L}*|gluten\p{L}*|laktose\p{L}*|lactose\p{L}*)(?!\p{L})/iu;
/** Where a letter has such wishes told: at signing up, in its form. */
const TOLD_AT_SIGN_UP =
  /(?<!\p{L})(?:ved tilmelding\p{L}*|i tilmelding\p{L}*|tilmeldings(?:formular|blanket|skema|link)\p{L}*|formular\p{L}*|form|forms|when (?:you )?(?:register|sign up)|in the (?:registration|sign-?up)|at registration|upon registration)(?!\p{L})/iu;
/** Topics whose answer is the meeting's own place, or a way to get there or to join. */
/** Where someone comes from or works: "hvor er hun fra?", "where is he from", "where does she work". */
const ORIGIN_ASKED = /(?<!\p{L})(?:fra|from)\s*\??\s*$|(?<!\p{L})(?:arbejder|ansat|works?|working|employed)(?!\p{L})/iu;
const VENUE_TOPICS: ReadonlySet<string> = new Set(['where', 'room', 'city', 'postalCode', 'travel', 'online', 'parking', 'arrival']);
/** Words for a place inside a building or on a site (folded starts). */
const PLACE_WORDS =
  / (lokale|sal |salen|sale |auditori|aula|kantine|canteen|room|hall|foyer|lobby|reception|bygning|building|etage|floor|stue|kaelder|kelder|basement|terrasse|terrace|have|garden|gard|plads|restaurant|cafe|hotel|online|teams|zoom|link)/;
/** A place named after a preposition ("på Ågårdspladsen", "at Restaurant Tangloppen"), or an address. */
const PLACE_NAMED = /(?<!\p{L})(at|in|på|i|hos|ved|on)\s+(the\s+)?\p{Lu}|\p{Lu}\p{Ll}+\s\d+\p{Ll}?(?=[,)]|$)/u;
/** An entrance or a floor, also inside a compound: "fra bibliotekets hovedindgang", "på 2. sal", "2nd floor". */
const ENTRANCE_OR_FLOOR =
  /\p{L}*indgang\p{L}*|(?<!\p{L})entrance|(?<![\p{L}\d])\d{1,2}\.\s*(?:sal|etage)(?!\p{L})|\d(?:st|nd|rd|th)\s+floor/iu;
function placeSaid(text: string, knowledge: EventKnowledge): boolean {
  const { words, joined } = read(text);
  return (
    PLACE_NAMED.test(text) ||
    PLACE_WORDS.test(joined) ||
    ENTRANCE_OR_FLOOR.test(text) ||
    words.some((word) => knowledge.placeWords.has(word))
  );
}

/**
 * What a question asks of a thing that a reply speaking of that thing may still not give (see AskedNotSaid): the sum in
 * the currency asked ("hvad koster det i euro" of "900 kr."), that the thing asked of is free ("er parkering gratis"
 * of "Mødet er gratis"), a total ("hvor mange deltagere i alt" of "40 ved hvert bord"), that a party the letter names
 * elsewhere is invited or takes part ("kommer byrådet" of "besluttet af byrådet"). A yes/no check of a fact named is
 * no such question; `answered` says what the reply is: the audience's text, a person's or items' answer.
 */
export function askedNotSaid(
  clause: string,
  text: string,
  knowledge: EventKnowledge,
  answered: { audience?: boolean; programme?: boolean; price?: boolean } = {},
): AskedNotSaid | undefined {
  const asked = read(clause).joined;
  const currency = currencyAsked(clause);
  if (currency && !amountIn(currency.family, text) && !(answered.price && !AMOUNT.test(text) && FREE.test(read(text).joined)))
    return { kind: 'currency', currency: currency.written };
  const thing = freeAsked(clause, knowledge);
  if (thing && !freeSaidOf(thing.words, text)) return { kind: 'free', thing: thing.written };
  if (TOTAL_ASKED.test(asked) && QUANTITY_ASKED.test(asked) && PER_PART.test(text) && !TOTAL_SAID.test(read(text).joined))
    return { kind: 'total' };
  const party = partyAsked(clause);
  if (party && !partySaid(party.words, text, answered)) return { kind: 'party', party: party.written };
  return undefined;
}

/** Currencies by the words and signs letters and questions write them with (folded words; signs as written). */
const CURRENCIES: ReadonlyArray<{ family: string; words: readonly string[]; signs: readonly string[] }> = [
  { family: 'sek', words: ['sek', 'svenske kroner', 'swedish kronor', 'swedish krona', 'swedish crowns'], signs: [] },
  { family: 'nok', words: ['nok', 'norske kroner', 'norwegian kroner', 'norwegian krone', 'norwegian crowns'], signs: [] },
  { family: 'eur', words: ['eur', 'euro', 'euros', 'euroen'], signs: ['€'] },
  { family: 'usd', words: ['usd', 'dollar', 'dollars', 'dollars'], signs: ['$'] },
  { family: 'gbp', words: ['gbp', 'pound', 'pounds', 'pund', 'sterling'], signs: ['£'] },
  { family: 'dkk', words: ['dkk', 'kr', 'kroner', 'danske kroner', 'danish kroner', 'danish crowns', 'kr'], signs: [',-'] },
];

/** Currency codes that are everyday words as well ("nok", "sek"). */
const CODE_AND_WORD = new Set(['nok', 'sek']);

/** The currency a question asks an amount in ("i euro", "in EUR", "hvor mange kroner"); not one after an amount it names. */
function currencyAsked(clause: string): { family: string; written: string } | undefined {
  const joined = read(clause).joined;
  for (const { family, words, signs } of CURRENCIES) {
    for (const word of words) {
      // "jeg kommer nok", "10 sek": a code that is a word as well counts only as a code is written ("NOK").
      if (CODE_AND_WORD.has(word) && !new RegExp(`(?<!\\p{L})${word.toUpperCase()}(?!\\p{L})`, 'u').test(clause)) continue;
      const at = joined.indexOf(` ${word} `);
      // "koster det 150 kr?": an amount named, checked elsewhere, not a currency asked.
      if (at >= 0 && !/\d\s*$/.test(joined.slice(0, at + 1))) return { family, written: word };
    }
    for (const sign of signs) if (clause.includes(sign) && !/\d/.test(clause)) return { family, written: sign };
  }
  return undefined;
}

/** Whether a text gives an amount in a currency: a number beside one of its words or signs. */
function amountIn(family: string, text: string): boolean {
  const currency = CURRENCIES.find((c) => c.family === family)!;
  const lower = text.toLowerCase();
  // "svenske kroner" is no Danish amount: the other families' longer words are taken out first.
  let rest = lower;
  for (const other of CURRENCIES)
    if (other.family !== family) for (const word of other.words.filter((w) => w.includes(' '))) rest = rest.split(word).join(' ');
  const names = [...currency.words.map((word) => `${escapeRegExp(word)}\\.?(?!\\p{L})`), ...currency.signs.map(escapeRegExp)].join('|');
  return new RegExp(`\\d[\\d.,]*\\s*(?:${names})|(?<!\\p{L})(?:${names})\\s*\\d`, 'iu').test(rest);
}

/** Asking whether a thing is free or included ("er parkering gratis", "is the coffee free", "er frokosten inkluderet"). */
const FREE_ASKED =
  /(?<![\p{L}-]|(?:step|barrier|smoke|nut|gluten|lactose|sugar|alcohol|dairy|meat|scent|fragrance|hands|duty|tax|feel|car|cars|traffic|plastic|fossil|emission|carbon|cash|paper|stress|hassle|risk) )(gratis|free of charge|for free|free(?! (?:seats?|spots?|places?|time|tid|day|days|pladser|to|of|from)(?!\p{L}))|omkostningsfri\p{L}*|vederlagsfri\p{L}*)(?!\p{L})/iu;
/**
 * Words of a free question that name no thing: the meeting, taking part in it, its price; cancelling or changing,
 * which the cancellation terms answer (folded).
 */
const FREE_MEETING_WORDS = new Set(
  [
    'det',
    'it',
    'this',
    'deltagelse',
    'deltage',
    'deltager',
    'participation',
    'participate',
    'attend',
    'attending',
    'attendance',
    'entry',
    'entrance',
    'admission',
    'adgang',
    'entre',
    'entréen',
    'entré',
    'join',
    'joining',
    'come',
    'komme',
    'pris',
    'prisen',
    'price',
    'cost',
    'koster',
    'everything',
    'alt',
    'helt',
    'totally',
    'completely',
    'charge',
    'cancel',
    'cancelling',
    'canceling',
    'cancellation',
    'afmelde',
    'afmelding',
    'melde',
    'framelde',
    'framelding',
    'aflyse',
    'change',
    'aendre',
    'ændre',
    'skifte',
    'switch',
    'swap',
    'bytte',
    'rebook',
    'ombooke',
    'transfer',
    'overdrage',
    'refund',
  ].map((word) => foldWord(word)),
);

/** The thing a question asks is free, if it names one besides the meeting itself. */
function freeAsked(clause: string, knowledge: EventKnowledge): { words: string[]; written: string } | undefined {
  const free = FREE_ASKED.exec(clause);
  if (!free) return undefined;
  const freeWords = new Set(tokenize(free[0]).map((token) => token.folded));
  const things = tokenize(clause).filter(({ folded }) => {
    const stem = stemWord(folded);
    return (
      folded.length >= 3 &&
      !freeWords.has(folded) &&
      !EventKnowledge.isGeneric(folded) &&
      !LEXICON.questionWords.has(folded) &&
      !FREE_MEETING_WORDS.has(folded) &&
      !VENUE_WORDS.has(folded) &&
      !knowledge.kindStems.has(stem) &&
      !knowledge.titleStems.has(stem) &&
      !knowledge.venueWords.has(folded) &&
      !knowledge.placeWords.has(folded) &&
      !/\d/.test(folded)
    );
  });
  if (things.length === 0) return undefined;
  return { words: things.map((token) => token.folded), written: things.map((token) => token.raw).join(' ') };
}

/** A sentence saying what a thing costs or that it is free, included or one's own expense (folded starts). */
const PRICE_SAID =
  / (gratis|free|included|including|includes|inkl|incl|inklusiv\w*|inkluder\w*|indgar|med i prisen|in the price|daekker|dekker|covers|covered|egen regning|own expense|own cost|betaler selv|pay for|betale for|costs?|koster|pris|price)/;

/** Whether one sentence of a text names every thing asked and says what it costs or that it is free. */
function freeSaidOf(things: readonly string[], text: string): boolean {
  return sentencesOf(text).some(
    (sentence) => (AMOUNT.test(sentence) || PRICE_SAID.test(read(sentence).joined)) && things.every((thing) => mentions(sentence, thing)),
  );
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/u).filter((sentence) => sentence.trim().length > 0);
}

/** Asking for a total (folded clause): in all, altogether, for both days, the whole course. */
const TOTAL_ASKED =
  / (i alt|ialt|total|totalt|totale|samlet|samlede|tilsammen|sammenlagt|in all|altogether|all together|in total|overall|for begge|for both|for alle (to|tre|fire|fem|seks|\d+)|for all (two|three|four|five|six|\d+)|for hele|for the whole|for the entire) /;
/** Asking a number or a sum (folded clause): "do I register once for all three" asks none. */
const QUANTITY_ASKED =
  / (hvor mange|hvor meget|how many|how much|antal\w*|number|numbers|pris|prisen|price|cost|costs|koster|koste|fee|gebyr\w*|belob\w*|amount|sum|summen|deltagere|participants|pladser|seats|places) /;
/** A number given per part: per day, per person, at each table (as written, "Per" as a name not). */
const PER_PART =
  /(?<!\p{L})(pr\.|pr|per|pro|Pr\.|hver|hvert|Hver|Hvert|each|Each|a day|a night|a head|a person|om dagen|daily|nightly|dagligt)(?!\p{L})/u;
/** A text that says the total, or all the parts together (folded). */
const TOTAL_SAID =
  / (i alt|ialt|total|totalt|samlet|samlede|tilsammen|sammenlagt|in all|altogether|in total|overall|begge|both|alle (to|tre|fire|fem|seks|\d+)|all (two|three|four|five|six|\d+)|hele|whole|entire) /;

/** Asking whether a party is invited or takes part (folded clause); the party is the first group. */
const PARTY_ASKED = [
  /^(?:og |men )?(?:kommer|deltager|medvirker) (?!(?:der|det|den|de|jeg|vi|du|i|man|han|hun|ikke|ind|op|ud|hjem|frem|igen|tilbage|til|nogen|nogle|alle) )(.{2,60}?)(?: ogsa| med| til stede| til modet| pa modet| i dag| i morgen| i aften)?$/,
  /^(?:og |men )?(?:er|bliver) (?!(?:der|det|den|de|jeg|vi|du|i|man|han|hun|ikke|nogen|alle) )(.{2,60}?) (?:ogsa |ogs )?(?:inviteret|inviterede|indbudt|indbudte|til stede|invitert|invited)$/,
  /^(?:og |men )?(?:skal|vil) (?!(?:der|det|den|de|jeg|vi|du|i|man|han|hun|ikke|nogen|alle) )(.{2,60}?) (?:ogsa )?(?:deltage|komme|vere med|vere til stede)$/,
  /^(?:and |but |so )?(?:is|are) (?!(?:there|it|i|we|you|they|he|she|this|that|anyone|everyone|everybody|all) )(.{2,60}?) (?:also |too )?(?:invited|coming|attending|participating|joining|present|taking part|going to (?:be there|attend|come|participate))(?: too| as well)?$/,
  /^(?:and |but |so )?will (?!(?:there|it|i|we|you|they|he|she|this|that|anyone|everyone|everybody|all) )(.{2,60}?) (?:also )?(?:be there|be present|attend|come|join|participate|take part|be invited|be attending|be coming|be joining|show up)(?: too| as well)?$/,
  /^(?:and |but |so )?(?:does|do) (?!(?:there|it|i|we|you|they|he|she|this|that|anyone|everyone|everybody|all) )(.{2,60}?) (?:also )?(?:attend|come|participate|join|take part)$/,
  /^(?:and |but |so )?(?:has|have) (?!(?:there|it|i|we|you|they|he|she|this|that|anyone|everyone|everybody|all) )(.{2,60}?) (?:also )?been invited$/,
  // "kan kommunaldirektører deltage", "can teachers come": whether a group may come is whether it is invited.
  /^(?:og |men )?(?:kan|ma|maa|mon) (?!(?:der|det|den|de|jeg|vi|du|i|man|han|hun|ikke|nogen|alle|folk) )(.{2,60}?) (?:ogsa |godt |gerne )?(?:deltage|komme|komme med|vere med|tilmelde sig|melde sig til)$/,
  /^(?:and |but |so )?(?:can|may|could) (?!(?:there|it|i|we|you|they|he|she|this|that|anyone|everyone|everybody|all|people) )(.{2,60}?) (?:also )?(?:come|attend|join|participate|take part|register|sign up)(?: too| as well)?$/,
  // "is it relevant for me if I'm a teacher", "er det relevant for mig som diætist": the asker's own group.
  /^(?:is it|is this|would it be) (?:relevant|useful|meant) for me (?:if i m|if i am|as)(?: an?)? (.{2,60}?)$/,
  /^(?:er det|er den|er modet) (?:relevant|noget) for mig (?:hvis jeg er|som)(?: en| et)? (.{2,60}?)$/,
];
/** Words that make a party the asker's own ("min kollega", "my team"): whether they may come is who is invited. */
const OWN_PARTY = /(?<!\p{L})(min|mit|mine|vores|jeres|din|dit|dine|my|our|your)(?!\p{L})/u;

/** The party a question asks is invited or takes part, as its words (folded) and as written. */
function partyAsked(clause: string): { words: string[]; written: string } | undefined {
  const joined = read(clause).joined.trim();
  for (const pattern of PARTY_ASKED) {
    const found = pattern.exec(joined);
    if (!found) continue;
    if (OWN_PARTY.test(found[1]!)) return undefined;
    const words = found[1]!.split(' ').filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word));
    if (words.length === 0) return undefined;
    // As the question wrote it: the words of the party, unfolded.
    const spoken = new Set(found[1]!.split(' '));
    const written = clause.split(/\s+/).filter((word) => tokenize(word).some((token) => spoken.has(token.folded)));
    return { words, written: written.join(' ').replace(/[?!.,]+$/, '') };
  }
  return undefined;
}

/** A sentence that says someone takes part: invites, is invited, welcomes, speaks, leads, a programme's line (folded). */
const TAKES_PART =
  / (malgruppe\w*|henvender sig|target group|aimed at|deltag\w*|kommer|inviter\w*|indbud\w*|velkom\w*|medvirk\w*|til stede|opleg\w*|forteller|fortaeller|prasenter\w*|presenter\w*|holder|taler|byder|ordstyrer\w*|moderator\w*|v|participat\w*|attend\w*|invite|invites|invited|inviting|welcom\w*|present\w*|join\w*|speak\w*|talk\w*|chair\w*|host\w*|panel\w*|oplaeg\w*)( |$)/;
const PROGRAMME_LINE = /^\s*[-•*]?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}|^\s*[-•*]?\s*(?:punkt|item)\s+\d/iu;

/**
 * Whether a reply says a party takes part: it names every word of the party, as the audience's text, a programme's
 * answer, or in a sentence that says it invites, is invited, speaks or leads.
 */
function partySaid(party: readonly string[], text: string, answered: { audience?: boolean; programme?: boolean }): boolean {
  // "Alle er velkomne": whoever is asked of is.
  if (answered.audience && ALL_WELCOME.test(read(text).joined)) return true;
  if (!party.every((word) => mentions(text, word, { whole: true }))) return false;
  if (answered.audience || answered.programme) return true;
  return sentencesOf(text).some((sentence) => party.some((word) => mentions(sentence, word, { whole: true })) && takesPart(sentence));
}

function takesPart(sentence: string): boolean {
  // "Til forældre til elever på …": a letter's line of whom it is to.
  return (
    TAKES_PART.test(read(sentence).joined) ||
    /^til /.test(read(sentence).joined.trim()) ||
    PROGRAMME_LINE.test(sentence) ||
    sentence.includes('v/')
  );
}

/** An audience of everyone (folded). */
const ALL_WELCOME =
  / (alle er velkomne|alle er velkommen|alle interesserede|alle borgere|everyone is welcome|everybody is welcome|all are welcome|open to all|open to everyone|abent for alle|aben for alle) /;

/** The letter's sentences that name every word of the party a clause asks of and say it takes part; none when more than two do. */
function partySentences(clause: string, knowledge: EventKnowledge): string[] {
  const party = partyAsked(clause);
  if (!party) return [];
  // A group written in lower case ("young people") in a programme's line is what a talk is about, not who comes.
  const group = party.written === party.written.toLowerCase();
  const found = [
    ...new Set(
      knowledge.event.passages
        .flatMap((passage) => sentencesOf(passage.text))
        .filter((sentence) => !(group && PROGRAMME_LINE.test(sentence)))
        .filter((sentence) => party.words.every((word) => mentions(sentence, word, { whole: true })) && takesPart(sentence)),
    ),
  ];
  return found.length <= 2 ? found : [];
}

/**
 * Besides its unknown words, the words a question about an item or a person was matched by as a compound whose first
 * part alone the reply names: "salgsprisen" of "Salg af grund" asks the price, its head, which the title does not say.
 */
function compoundsMatchedByFirstPart(frame: Frame, text: string): string[] {
  const said = read(text).words;
  const cues = new Set(
    (frame.cueWords ?? []).filter(
      (cue) =>
        cue.length >= 8 &&
        !said.includes(cue) &&
        said.some((word) => {
          if (word.length < 3 || !cue.startsWith(word) || EventKnowledge.isGeneric(word)) return false;
          // The head after a linking "s" or "e" ("salg-s-prisen").
          const head = cue.slice(word.length).replace(/^[se](?=.{4})/, '');
          return head.length >= 4 && !mentions(text, head);
        }),
    ),
  );
  // As typed, for the reply that names them.
  return tokenize(frame.clause)
    .filter(({ folded }) => cues.has(folded))
    .map((token) => token.raw);
}

/** "hvad skal børnehuset hedde", "what will it be called": a name asked for. */
const NAME_ASKED = /(?<!\p{L})(hedde|hedder|kaldes|be called|is called|navngiv\p{L}*|named)(?!\p{L})/iu;
/** Lower case: "Hedebo" is a name, no word of naming. */
const NAME_SAID = /(?<!\p{L})(hed\p{L}*|[nN]avn\p{L}*|[nN]ames?|named|called|kald\p{L}*|døbt)(?!\p{L})/u;
/** "hvilke haller", "which rooms": the things of a kind asked to be named (the word as typed). */
const WHICH_ASKED = /(?<!\p{L})(?:hvilke|hvilken|hvilket|which)\s+(\p{L}{4,})/iu;
/** A name, a number or a list in a text: a capitalised word inside a sentence, a digit, a colon or a bullet. */
const SOMETHING_NAMED = /[^\s.!?:]\s+\p{Lu}\p{Ll}|\d|:\s*\S|\n\s*[-•*]/u;
/** "kan man få slides bagefter": a thing had after the meeting. */
const AFTERWARDS_ASKED =
  /(?<!\p{L})(bagefter|efterfølgende|efterfolgende|afterwards|after the (?:meeting|event|session|webinar|day)|efter mødet|efter modet)(?!\p{L})/iu;
const AFTERWARDS_SAID =
  /(?<!\p{L})(efter\p{L}*|after\p{L}*|bagefter|publi\p{L}*|udgiv\p{L}*|send\p{L}*|udsend\p{L}*|share\p{L}*|del[est]?|delt|tilgængelig\p{L}*|available|upload\p{L}*|lagt|lægges)(?!\p{L})/iu;

/**
 * What a question asks of the thing a searched paragraph names that the paragraph does not give: a name ("hvad skal
 * det nye børnehus hedde" of a paragraph about the new house), which ones ("hvilke haller" of a paragraph about the
 * halls in general, naming none), or having it afterwards ("slides bagefter" of "Slides will be in English"): the
 * words shared are the thing, not the answer.
 */
function askedOfPassageUnsaid(clause: string, text: string, knowledge: EventKnowledge): string[] {
  const missing: string[] = [];
  const name = NAME_ASKED.exec(clause);
  if (name && !NAME_SAID.test(text)) missing.push(name[0]);
  const which = WHICH_ASKED.exec(clause);
  if (which && !SOMETHING_NAMED.test(text)) missing.push(which[0]);
  const afterwards = AFTERWARDS_ASKED.exec(clause);
  if (afterwards) {
    // The thing had afterwards and the having afterwards in one sentence.
    const things = tokenize(clause)
      .map((token) => token.folded)
      .filter((word) => word.length >= 4 && !EventKnowledge.isGeneric(word) && !AFTERWARDS_ASKED.test(word) && knowledge.words.has(word));
    const said = text
      .split(/\n|(?<=[.!?])\s+/)
      .some((sentence) => AFTERWARDS_SAID.test(sentence) && (things.length === 0 || things.some((word) => mentions(sentence, word))));
    if (!said) missing.push(afterwards[0]);
  }
  return missing;
}
