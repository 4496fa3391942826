/**
 * How a question asks about a thing the letter names in its text (not the meeting itself): where to see or read it,
 * how many of it there are. Generic, both languages; matched against the question as typed, lower-cased.
 */

/** "where can i see all the stands", "hvor kan jeg læse regnskabet": the thing is the word that ends the match. */
export const WHERE_TO_SEE =
  /(?<!\p{L})(?:where|how) (?:can|do|could|should) (?:i|we|you|one) (?:see|read|find|get|download|view|look at|check)(?: (?:all|the|a|an|full|complete|whole|entire|of))* (\p{L}[\p{L}-]+)|(?<!\p{L})hvor (?:(?:kan|skal) (?:jeg|vi|man|du|i) (?:se|læse|laese|finde|hente|downloade)|finder (?:jeg|vi|man|du|i))(?: (?:hele|alle|den|det|de|fulde|samlede))* (\p{L}[\p{L}-]+)/u;

/** "how many stands are there", "hvor mange stande er der": the thing counted is the word after. */
export const HOW_MANY_OF = /(?<!\p{L})(?:how many|hvor mange) (\p{L}[\p{L}-]+)/u;

/**
 * Things a count question asks that other answers give (people and places at the meeting, lengths of time): a number
 * before these words in the letter is a capacity or a duration, not a count of things on offer.
 */
export const NOT_COUNTED_HERE = new Set([
  'people',
  'persons',
  'participants',
  'attendees',
  'guests',
  'seats',
  'places',
  'spots',
  'tickets',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'km',
  'personer',
  'deltagere',
  'gaester',
  'gester',
  'tilmeldte',
  'pladser',
  'billetter',
  'minutter',
  'timer',
  'dage',
  'uger',
  'maneder',
  'ar',
]);

/** Words by which a letter says "the website" without writing its address in the sentence. */
export const WEBSITE_WORDS = /(?<!\p{L})(?:hjemmeside\p{L}*|websted\p{L}*|website|homepage|web site)(?!\p{L})/iu;

/**
 * Words for one of several choices a letter lists by letter ("Forslag A", "Option B", "Model C"): asked by any of them,
 * an entry listed under another is meant ("how wide is option a" of "Forslag A: …"). Folded.
 */
export const CHOICE_WORDS: ReadonlySet<string> = new Set([
  'forslag',
  'forslaget',
  'losningsforslag',
  'losning',
  'losningen',
  'model',
  'modellen',
  'alternativ',
  'alternativet',
  'scenarie',
  'scenariet',
  'mulighed',
  'muligheden',
  'option',
  'proposal',
  'alternative',
  'scenario',
  'variant',
  'varianten',
]);

/** "hvad kan man vinde i quizzen", "what can you win in the raffle": the thing is the last word. */
export const WIN_ASKED =
  /(?<!\p{L})(?:hvad|what) (?:kan|can|could) (?:man|jeg|vi|du|i|you|we|one|i) (?:vinde|win)(?: (?:i|ved|til|in|at|on))?(?: (?:the|den|det))? (\p{L}[\p{L}-]+)/u;
/** A prize the letter names: "præmier: gavekort", "præmien er en kurv", "the prize is a voucher". */
export const PRIZE_NAMED =
  /(?<!\p{L})(?:præmie\p{L}*|gevinst\p{L}*|prizes?|the prize)\s*(?::|er|is|are|bliver|will be)\s*\p{L}|(?<!\p{L})(?:vinde|win)\s+(?:et |en |to |a |an )?\p{L}{3,}/iu;

/**
 * "does the course centre have a pool", "har hotellet en sauna": whether a thing has a feature, the feature last.
 * The feature is the last group.
 */
export const HAS_FEATURE =
  /^\s*(?:(?:does|do|will|did)\s+(?:the\s+|it\s+|they\s+)?(?:[\p{L}-]+\s+){0,3}?(?:have|has|offer|provide)|(?:har|tilbyder)\s+(?:[\p{L}-]+\s+){1,3}?(?:en|et|nogen|noget))\s+(?:a\s+|an\s+|any\s+)?([\p{L}-]{3,})\s*[?.!]*\s*$/iu;
