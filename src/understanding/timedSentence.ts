import { MONTHS } from '../event/months';
import { extractEntities } from './entities';
import { EventKnowledge } from './knowledge';
import { splitSentences, stemWord, tokenize } from './normalize';
import type { Frame } from './frame';
import { GLOSSARY_STEMS } from './glossary';

/**
 * When of something else than the meeting ("hvornår kan man ringe?"): only a sentence of the letter that names the
 * thing with a time or date answers it, never the meeting's own time.
 */

const NOT_LETTER = String.raw`(?<!\p{L})`;
const NOT_AFTER = String.raw`(?!\p{L})`;
const MONTH_NAMES = Object.keys(MONTHS)
  .filter((name) => name.length >= 4 || name === 'maj')
  .join('|');
/**
 * A time or date as letters write them: "kl. 8-14", "17.00", "14. april", "27/10", "efter sommerferien 2027",
 * "i efteråret". Not phone numbers or amounts ("76 94 18 37", "2.400").
 */
export const TIME_OR_DATE = new RegExp(
  [
    String.raw`${NOT_LETTER}(?:kl|klokken)\.?\s*\d{1,2}`,
    String.raw`(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)`,
    String.raw`${NOT_LETTER}\d{1,2}\.?\s*(?:${MONTH_NAMES})${NOT_AFTER}`,
    String.raw`${NOT_LETTER}(?:${MONTH_NAMES})\s+(?:\d{1,2}(?!\d)|20\d{2})`,
    String.raw`(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])`,
    String.raw`${NOT_LETTER}(?:i|in|the|this|next|efter|after|før|inden|before|til|until|by|senest|over|fra|from)\s+(?:the\s+)?` +
      String.raw`(?:efteråret|efterår|foråret|forår|sommeren|sommerferien|vinteren|vinterferien|efterårsferien|julen|jul|påske|påsken|nytår|` +
      String.raw`autumn|spring|summer|winter|summer holidays?|christmas|easter|new year)${NOT_AFTER}`,
  ].join('|'),
  'iu',
);

/** "12.00 Frokost": a line of the programme, answered by its item. */
export const PROGRAMME_LINE = /^[\W_]*(?:\d{1,2}[.)]\s+)?(?:kl\.?\s*)?\d{1,2}[.:]\d{2}/i;
/** Asking for a time of day, and one as letters write it ("kl. 9-12", "17.00"). */
const CLOCK_ASKED = /(?<!\p{L})(what time|which time|hvad tid|klokken hvad|hvilket klokkeslæt|hvad klokken)(?!\p{L})/iu;
const CLOCK_TIME = /(?<!\p{L})(?:kl|klokken)\.?\s*\d|(?<![\d.,])\d{1,2}[.:]\d{2}(?![.,]?\d)|\d\s*(?:am|pm)(?!\p{L})/iu;
/** Words of beginning and of ending, Danish and English. */
const STARTS = /(?<!\p{L})(begynd\p{L}*|start\p{L}*|går i gang|igangsæt\p{L}*|åbne\p{L}*|begin\p{L}*|opens?|from|fra)(?!\p{L})/iu;
const ENDS =
  /(?<!\p{L})(færdig\p{L}*|slut\p{L}*|afslut\p{L}*|ender|lukke\p{L}*|senest|indtil|finish\p{L}*|done|complet\p{L}*|ends?|close\p{L}*|until|by the end)(?!\p{L})/iu;
/** Words that ask when: a cue like "starter" or "til" alone does not ("hvad er afgørende for …"). */
export const WHEN_QUESTION =
  /(?<!\p{L})(hvornår|hvornar|when|what time|which time|hvad tid|hvilket tidspunkt|klokken hvad|hvor sent|how late|hvilken dato|which date|what date)(?!\p{L})/iu;

/**
 * The sentence of the letter that names what a when-question asks about and says a time or date: the one naming most
 * of its words (or their counterparts in the other language). Programme lines are left to their items.
 */
export function timedSentence(
  thing: readonly string[],
  knowledge: EventKnowledge,
  clause: string,
  prefer?: RegExp,
): { text: string; score: number } | undefined {
  if (thing.length === 0) return undefined;
  // "hvornår er byggeriet færdigt?" is not answered by when it begins, nor "when does it start" by when it must end.
  const asksEnd = ENDS.test(clause) && !STARTS.test(clause);
  const asksStart = STARTS.test(clause) && !ENDS.test(clause);
  const asksClock = CLOCK_ASKED.test(clause);
  const asked = thing.map((word) => {
    const own = stemWord(word);
    const counterparts = [...(GLOSSARY_STEMS.get(own) ?? [])].filter((stem) => stem.length >= 3 && !EventKnowledge.isGeneric(stem));
    // An ordinary word ("send", "have") counts beside another, but does not by itself make a sentence about the thing.
    return { stems: new Set([own, ...counterparts]), strong: !EventKnowledge.isGeneric(word) || counterparts.length > 0 };
  });
  const programme = programmeLines(knowledge);
  let best: { text: string; score: number } | undefined;
  for (const paragraph of knowledge.passages.matching(TIME_OR_DATE)) {
    // "… senest d. 27/10. Kan jeres forening …": a date ends a sentence when a capital starts the next.
    for (const sentence of splitSentences(paragraph).flatMap((text) => text.split(/(?<=\d\.)\s+(?=\p{Lu})/u))) {
      if (!TIME_OR_DATE.test(sentence) || PROGRAMME_LINE.test(sentence) || programme.test(sentence)) continue;
      if ((asksEnd && STARTS.test(sentence) && !ENDS.test(sentence)) || (asksStart && ENDS.test(sentence) && !STARTS.test(sentence)))
        continue;
      // "what time can I phone?": a date is no time of day.
      if (asksClock && !CLOCK_TIME.test(sentence)) continue;
      // An address or a link ("planogbyg@…") is no word of the sentence: it names no "plan".
      const stems = tokenize(sentence.replace(/\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*/gi, ' ')).map((token) => stemWord(token.folded));
      const found = asked.filter(({ stems: forms }) =>
        [...forms].some((stem) => stems.some((said) => said === stem || (stem.length >= 4 && said.startsWith(stem)))),
      );
      // Of two sentences naming the thing alike, the one written as a deadline ("senest …") when a deadline is asked.
      const score = found.length + (prefer?.test(sentence) ? 0.5 : 0);
      if (found.some((entry) => entry.strong) && (!best || score > best.score)) best = { text: sentence, score };
    }
  }
  return best;
}

/** A time followed by a programme item's title: the programme run together in one paragraph, left to its items. */
function programmeLines(knowledge: EventKnowledge): RegExp {
  const titles = knowledge.items
    .flatMap((indexed) => Object.values(indexed.item.title))
    .filter((title): title is string => typeof title === 'string' && title.length >= 3)
    .map((title) => title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (titles.length === 0) return /(?!)/;
  return new RegExp(String.raw`\d{1,2}[.:]\d{2}\s*[-–|]?\s*(?:${titles.join('|')})`, 'iu');
}

/** A frame answered by the sentence saying when the thing asked about is, or by nothing (not the meeting's time). */
export function whenOfFrame(frame: Frame, thing: string[], found: { text: string } | undefined): Frame {
  const { topic: _topic, aspect: _aspect, items: _items, person: _person, ...rest } = frame;
  return {
    ...rest,
    whenOf: thing,
    ...(found ? { passage: { id: '', text: found.text, score: 0, matchedTerms: 1 } } : {}),
  };
}

/**
 * A sentence of the letter's sign-up text that gives its deadline ("tilmeld dig senest …, så vi kan planlægge …"): it
 * answers when signing up closes, not when the other things it names in passing are.
 */
export function isSignUpSentence(sentence: string, knowledge: EventKnowledge): boolean {
  const registration = knowledge.event.registration;
  if (!registration?.deadline || !registration.text) return false;
  // Only the sentence with the deadline's own date: "du får besked senest 14. april" of the same text is another date.
  const [month, day] = [Number(registration.deadline.slice(5, 7)), Number(registration.deadline.slice(8, 10))];
  const givesDeadline = (text: string) => extractEntities(text).dates.some((date) => date.day === day && date.month === month);
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const asked = flat(sentence);
  return [registration.text.da, registration.text.en]
    .flatMap((text) => (text ? splitSentences(text) : []))
    .map(flat)
    .some((said) => said.length >= 20 && givesDeadline(said) && (asked.includes(said) || said.includes(asked)));
}
