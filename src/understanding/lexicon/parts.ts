/**
 * Words for the numbered parts of a meeting held in several parts ("dag 2", "modul 3", "session 1", "morning 2"), by
 * the kind of part each counts: a question's "day 2" is the letter's "Dag 2", its "module 2" the letter's "Modul 2".
 * Forms as written and folded (ae/oe/aa); plurals for lists ("Sessions 1 and 3", "dag 1 og 2").
 */
export const PART_WORDS: Readonly<Record<string, readonly string[]>> = {
  day: [
    'dag',
    'dagen',
    'dage',
    'kursusdag',
    'kursusdagen',
    'mødedag',
    'moededag',
    'day',
    'days',
    'morning',
    'mornings',
    'formiddag',
    'formiddagen',
    'evening',
    'evenings',
    'aften',
    'aftenen',
    'aftener',
  ],
  module: ['modul', 'modulet', 'moduler', 'module', 'modules'],
  session: [
    'session',
    'sessionen',
    'sessions',
    'sessioner',
    'webinar',
    'webinaret',
    'webinars',
    'lektion',
    'lektionen',
    'lesson',
    'kursusgang',
    'kursusgangen',
    'mødegang',
    'gang',
    'gangen',
  ],
};

/** Kinds of part a meeting over several days may count its days by, when its letter numbers none of that kind. */
export const DAY_LIKE_KINDS: ReadonlySet<string> = new Set(['day', 'session']);

/** Number words after a part's word ("day two", "modul tre"); not "en", "to", which are other words there too. */
export const PART_NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, tre: 3, four: 4, fire: 4 };

/** "that day", "den dag", "samme dag": a follow-up about the part the last answer was about. */
export const THAT_PART =
  /(?<![\p{L}])(?:that|the same|this|den|samme|denne|det|dette)\s+(?:same\s+)?(?:day|dag|morning|formiddag|evening|aften|session|modul|module|webinar)(?![\p{L}])/iu;

/** "når er modul 2": asks when, as "hvornår" does. */
export const WHEN_ASKED = /(?<![\p{L}])(?:når|naar|hvornår|hvornaar|hvornar)(?![\p{L}])/iu;

/** Asks what a part is about: "hvad handler dag 2 om", "what is day 2 about", "indholdet af modul 1". */
export const ABOUT_ASKED =
  /(?<![\p{L}])(?:handler\s+(?:\p{L}+\s+){0,3}om|om hvad|indhold\p{L}*|emne\p{L}*|tema\p{L}*|about|topics?|themes?|content|subject)(?![\p{L}])/iu;

/**
 * Words of a question (folded, by their start) and what a sentence says for them without the same word: a teacher
 * ("hvem underviser", "who teaches") is said by "Underviser:", "by …", "led by …"; meeting by "Meeting point:",
 * "Mødested"; a link by a web address.
 */
export const SAID_FOR: ReadonlyArray<{ asked: RegExp; said: RegExp }> = [
  {
    asked: /^(?:teach|underv|speak|talk|tal(?:er|e)?$|present|lead|led$|instruct|opl[ea]g|facilit|kursusleder|leder)/,
    said: /(?<![\p{L}])(?:underviser\p{L}*|teachers?|instructors?|speakers?|oplægsholder\p{L}*|taler\p{L}*|by|led by|ved|v\/|med|kursusleder\p{L}*|facilitator\p{L}*|presenter\p{L}*)(?![\p{L}])/iu,
  },
  {
    asked: /^(?:meet|mod(?:es|ested|er)|samles|fremmod)/u,
    said: /(?<![\p{L}])(?:meeting point|meet\p{L}*|mødested\p{L}*|mødes|samles|fremmøde\p{L}*)(?![\p{L}])/iu,
  },
  { asked: /^(?:link|links|linket|url|zoomlink\p{L}*)$/u, said: /https?:\/\/|www\./i },
];
