import type { PracticalTopic } from '../event/model';
import { MONTHS } from '../event/months';
import { messages } from '../i18n';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { CALLED_OFF, CALLED_OFF_SAID, DECIDING_WORDS, HOW_MANY, type Qualifier } from '../understanding/lexicon/qualifiers';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { isLetterNoun } from '../understanding/understand';
import { glossaryForms, withGlossary } from '../understanding/glossary';
import type { Frame } from '../understanding/frame';
import { whomToAsk } from './contact';
import type { AnswerContext, Part } from './parts';
import { PRACTICAL, TOPIC_WORDS } from './topics';

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
const PHONE_WORD = /^(tlf|telefon\w*|phone|telephone|nummer\w*|number|mobil\w*)$/;
const MAIL_WORD = /^(e?mail\w*|mailadresse\w*)$/;
const PHONE_NUMBER = /(\+\d{2}\s?)?\b\d{2}(\s?\d{2}){3}\b/;

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

/** Whether a text names a word, in any form or in its translation, or in a compound ("bus" in "Busterminal"). */
export function mentions(text: string, word: string): boolean {
  if (namesAsHead(text, word)) return true;
  const said = new Set(tokenize(text).map((token) => stemWord(token.folded)));
  return [...withGlossary([stemWord(word)])].some(
    (stem) =>
      said.has(stem) ||
      [...said].some(
        (s) => s.length >= 3 && stem.length >= 3 && (s.startsWith(stem) || stem.startsWith(s) || (stem.length >= 5 && s.endsWith(stem))),
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
    if (MAIL_WORD.test(word) && /\S@\S+\.\w/.test(factText)) return true;
    // In any form, in translation, or in a compound: "bus" in "Busterminal", "parkering" in "gadeparkering".
    return mentions(factText, word);
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
  // A time between places the letter does not name: quoting another time ("15 minutes' walk", the meeting's length)
  // would read as the answer; the address as the nearest fact does not.
  if (DURATION.test(part.text) && travelEndsUnsaid(frame, part.text, context.knowledge).length > 0) return undefined;
  if (part.notStated) return part;
  // A yes/no check confirms or corrects the fact named; only a deciding word ("can I swap …") makes it another question.
  const missing = unansweredWords(frame, part.text, context).filter(
    (word) => !(frame.check || frame.itemCheck) || decidingWordOf(foldWord(word.toLowerCase())),
  );
  if (missing.length === 0) return part;
  const m = messages(context.lang).answers;
  return { ...part, text: m.notAnsweredBy(missing, part.text, whomToAsk(context.event, context.lang)), notStated: true, card: false };
}

/** "how long does it take", "hvor lang tid tager det": a time to get somewhere, or of anything else than the meeting. */
const HOW_LONG = /\b(how long|how far|hvor lang tid|hvor langt|hvor lang)\b/i;
/** A length of time as replies and letters write it: "15-minute walk", "5 timer", "1 time og 45 minutter", "2 år". */
const DURATION =
  /\d+\s*-?\s*(min|minut\p{L}*|minute\p{L}*|time|timer|hour\p{L}*|dag\p{L}*|day\p{L}*|uge\p{L}*|week\p{L}*|måned\p{L}*|month\p{L}*|år|aar|years?)(?!\p{L})/iu;
const TIME_RANGE = /\d{1,2}[.:]\d{2}\s*(–|-|til|to|until)\s*\d{1,2}[.:]\d{2}/i;
const DISTANCE = /\d+([.,]\d+)?\s*-?\s*(km|kilomet\w*|meter|metre\w*|m)\b/i;
/** "which municipality", "hvilken kommune": the kind of thing asked for (folded clause). */
const WHICH = / (?:which|what|hvilken|hvilket|hvilke) (\p{L}{4,})/u;
/** Words for where a person works: the organisation the letter gives for them answers these. */
const ORGANISATION_WORD =
  /^(organi[sz]ations?|company|employer|workplace|firm|municipality|council|region|arbejdsplads|virksomhed|firma|arbejdsgiver|kommune|forvaltning)$/;

/** A question of when, and the words besides numbers that can say when (folded text). */
const WHEN_ASKED = /^\s*(hvornår|hvornar|when)\b/i;
const TIME_WORDS =
  / (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i dag|i morgen|today|tomorrow|uge|week|morgen|formiddag|eftermiddag|aften|morning|afternoon|evening|straks|immediately|lobende|ongoing|bagefter|afterwards|efterfolgende|efter modet|after the (meeting|event|conference))/;

/** Asking for an exact time, and a time of day or a day of a month that is one. */
const EXACTLY = /(?<!\p{L})(præcis|præcist|nøjagtig|nøjagtigt|eksakt|exactly|precisely|exact)(?!\p{L})/iu;
const EXACT_TIME = new RegExp(
  String.raw`\d{1,2}[.:]\d{2}|(?<!\p{L})kl\.?\s*\d|\d{1,2}\.?\s*(?:${Object.keys(MONTHS).join('|')})(?!\p{L})|\d{1,2}\/\d{1,2}`,
  'iu',
);

/** Numbers written as words (folded text); not "to" and "en", which are other words as well. */
const NUMBER_WORDS = / (tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) /;

/** A question whether something exists or is offered. */
const EXISTS = /^\s*(is there|are there|will there be|is it possible|er der|findes der|bliver der|kommer der|har (i|de|man|stedet))\b/i;

/** The clause's words (as typed) that the reply's text does not speak of; see coveredOrNot. */
function unansweredWords(frame: Frame, text: string, context: AnswerContext): string[] {
  const { knowledge } = context;
  const folded = ` ${tokenize(text)
    .map((token) => token.folded)
    .join(' ')} `;
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
  for (const token of tokenize(frame.clause)) {
    const word = token.folded;
    const qualifier = decidingWordOf(word);
    if (qualifier) {
      // Named once: "stedfortræder … i stedet" is one thing not said.
      if (!says(qualifier.said) && !reported.has(qualifier)) missing.push(token.raw);
      reported.add(qualifier);
      continue;
    }
    // "whats kirstens email": a phone number does not answer it.
    if ((MAIL_WORD.test(word) && !/\S@\S+\.\w/.test(text)) || (PHONE_WORD.test(word) && !PHONE_NUMBER.test(text))) {
      if (cues.has(word)) missing.push(token.raw);
      continue;
    }
    // "is there a cloakroom at the town hall?": whether a thing the letter never names exists is not answered by the
    // town hall. Elsewhere an unknown word is as often context ("as head of youth services …") or a word the glossary
    // cannot translate ("who gives the welcome speech").
    if (!exists || word.length < 4 || !foreign.has(word) || topicWords.has(stemWord(word))) continue;
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
  const clause = ` ${tokenize(frame.clause)
    .map((token) => token.folded)
    .join(' ')}`;
  for (const qualifier of DECIDING_WORDS)
    for (const start of qualifier.asked.filter((start) => start.includes(' ')))
      if (clause.includes(` ${start}`) && !says(qualifier.said) && !reported.has(qualifier)) missing.push(start);
  // "hvis konferencen bliver aflyst": the meeting called off, which a participant's own cancellation terms do not answer.
  const calledOff = CALLED_OFF.exec(frame.clause);
  if (calledOff && !says(CALLED_OFF_SAID)) missing.push(calledOff[0]);
  missing.push(...travelEndsUnsaid(frame, text, knowledge));
  // "how long does it take from the station": a reply with no length of time (or distance) does not say.
  const howLong = HOW_LONG.exec(frame.clause);
  if (howLong && !DURATION.test(text) && !TIME_RANGE.test(text) && !DISTANCE.test(text)) missing.push(howLong[0]);
  // "which municipality does she work in": only the organisation the letter gives for the person answers it (a title
  // or a time answers "which role", "what time").
  const which = frame.topic === 'person' ? WHICH.exec(clause) : null;
  if (which && ORGANISATION_WORD.test(which[1]!) && !frame.person?.person.organisation && !mentions(text, which[1]!))
    missing.push(which[1]!);
  // "hvornår vedtages strategien?": a paragraph on the strategy that names no time does not say when. (A typed fact
  // may say when by saying there is none: "you don't need to sign up"; so may the organisers' own answer.)
  const when = frame.topic || frame.faq ? null : WHEN_ASKED.exec(frame.clause);
  if (when && !/\d/.test(text) && !TIME_WORDS.test(folded)) missing.push(when[0]);
  // "hvornår præcis starter byggeriet?": "efter sommerferien" says when, but not exactly.
  const exactly = frame.whenOf ? EXACTLY.exec(frame.clause) : null;
  if (exactly && !EXACT_TIME.test(text)) missing.push(exactly[0]);
  const howMany = HOW_MANY.exec(frame.clause);
  if (howMany && !/\d/.test(text) && !NUMBER_WORDS.test(folded)) missing.push(howMany[0]);
  return [...new Set(missing)];
}

/** The deciding word (see DECIDING_WORDS) a folded word is: a start under six letters only with a short ending. */
function decidingWordOf(word: string) {
  return DECIDING_WORDS.find((q) =>
    q.asked.some((start) => word.startsWith(start) && !start.includes(' ') && (start.length >= 6 || word.length <= start.length + 2)),
  );
}

/** "how long does it take from the airport", "… to the station": the places of a travel time the reply does not name. */
function travelEndsUnsaid(frame: Frame, text: string, knowledge: EventKnowledge): string[] {
  if (!HOW_LONG.test(frame.clause)) return [];
  const clause = ` ${tokenize(frame.clause)
    .map((token) => token.folded)
    .join(' ')}`;
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

/** Words for the meeting's own place, as the far end of a travel time (folded). */
const VENUE_WORDS = new Set(
  ['venue', 'there', 'sted', 'stedet', 'mødested', 'mødestedet', 'mødet', 'møde', 'meeting', 'konferencen', 'conference', 'event'].map(
    (word) => foldWord(word),
  ),
);
