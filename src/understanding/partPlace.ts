import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { extractEntities } from './entities';
import { glossaryForms } from './glossary';
import { EventKnowledge } from './knowledge';
import { foldWord, sentencesOfLine, stemWord, tokenize } from './normalize';
import { MEETING_TITLE_WORDS } from './personMatch';

/**
 * "is lunch at the inn?", "er middagen på hotellet?", "is the trip to nordby?", "kan man bade i søen?": whether a part
 * of the day (a meal, a trip, an activity) is at a place. The sentence of the letter that places that part decides,
 * never the venue: the venue is where the meeting is, not where lunch or the swim is.
 */

/** A yes/no question naming something, then a word of where, then the place. */
const PART_AT =
  /^\s*(?:is|are|will|does|do|can|er|bliver|foregår|foregaar|holdes|ligger|går|gaar|skal|kan)\s+(.+?)\s+(?:be\s+|held\s+|served\s+|going\s+|go\s+)?(?:at|in|to|i|på|pa|paa|til|ved|hos)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*[?.!]*\s*$/iu;

/** Words that place something in the letter (folded): after them comes where. */
const PLACING = new Set(['at', 'in', 'to', 'i', 'pa', 'paa', 'til', 'ved', 'hos']);

/**
 * Words before the place that ask no place: taking part, coming, bringing, what a price includes ("kan jeg deltage
 * i middagen", "can I bring my partner to the dinner", "is lunch included in the price").
 */
const NOT_PLACING =
  /(?<!\p{L})(?:deltag\p{L}*|participat\p{L}*|join\p{L}*|attend\p{L}*|komme\p{L}*|kommer|come|coming|tilmeld\p{L}*|sign\p{L}*|regist\p{L}*|meld\p{L}*|bring\p{L}*|tage|tager|få|faa|get|gets|getting|betal\p{L}*|pay\p{L}*|have|receive\p{L}*|modtag\p{L}*|medbring\p{L}*|inklu\p{L}*|includ\p{L}*|indeholdt|covered|dækket|with|med|interest\p{L}*|interess\p{L}*|være|there|der|det|it|this|that|dette)(?!\p{L})/iu;

/** A place asked that is no place: a time of day or year, a language, a price, a format. */
const NOT_A_PLACE =
  /^(?:\p{L}*tid\p{L}*|\p{L}*time|hours?|ferie\p{L}*|weekend\p{L}*|\p{L}*pause\p{L}*|breaks?|morning\p{L}*|afternoon\p{L}*|evening\p{L}*|formiddag\p{L}*|eftermiddag\p{L}*|aften\p{L}*|morgen\p{L}*|dag\p{L}*|day|days|week\p{L}*|uge\p{L}*|\p{L}+isk|\p{L}+ish|arabic|pris\p{L}*|price\p{L}*|fee|gebyr\p{L}*|online|teams|zoom|stedet|instead|papir\p{L}*|paper|print\p{L}*|mail|e-?mail\p{L}*|skærm\p{L}*|screen|video|stream\p{L}*|app\p{L}*|link\p{L}*|person|plenum|grupper?|groups?)$/u;

/**
 * The asker as the one doing ("can I borrow the book at the library", "kan jeg låne bogen på biblioteket"): whether
 * they may do something there, which no sentence placing a part of the day answers. "kan man bade i søen" asks of
 * anyone, and is a part's place.
 */
const ASKER_DOES = /^(?:i|jeg|we|vi|you|du)\s/iu;

/** An article before a name ("the Old Granary"). */
const ARTICLE = /^(?:the|den|det|a|an)$/;

/** A room asked by its kind ("room Lind", "lokale 2", "salen"). */
const ROOM_ASKED = /(?<!\p{L})(?:room|rooms|lokale\p{L}*|rum|rummet|sal|salen|hall|hal)(?!\p{L})/iu;
/** A part named by a letter or number of its own ("workshop B", "spor 2"): one of several sessions. */
const LABELLED = /(?<!\p{L})\p{L}{3,}\s+(?:[a-h]|\d{1,2})$/iu;

/** What a question about a part's place asks, as `partPlace` reads it. */
export type PartPlace =
  /** The sentence placing the part, and whether the place asked is the place it gives. */
  | { kind: 'placed'; sentence: string; holds: boolean }
  /** The part named, which no sentence of the letter places. */
  | { kind: 'unplaced'; part: string[] }
  /** The part is the meeting itself: where it is held is the venue's to say. */
  | { kind: 'meeting' };

interface PlacedSentence {
  text: string;
  /** Its words as written, folded and stemmed; `capital` when written with a capital (a name). */
  tokens: readonly { folded: string; stem: string; capital: boolean }[];
}

const sentencesMemo = perEvent<readonly PlacedSentence[]>();

/** The letter's sentences line by line, tokenized once per event. */
function letterSentences(event: MeetingEvent): readonly PlacedSentence[] {
  return sentencesMemo(event, 'partPlaceSentences', () => {
    const seen = new Set<string>();
    const made: PlacedSentence[] = [];
    for (const passage of event.passages) {
      // A programme run together on one line ("12:00 Lunch at … 13:00 Bus tour …"): each time starts a sentence.
      for (const line of passage.text.split(/\n|\s[-–•]\s(?=\p{Lu})|\s(?=(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s+\p{Lu})/u)) {
        for (const raw of sentencesOfLine(line.trim())) {
          const text = raw.trim();
          if (text.length < 5 || seen.has(text)) continue;
          seen.add(text);
          const tokens = (text.match(/[\p{L}\d][\p{L}\d'’]*/gu) ?? []).map((word) => {
            const folded = foldWord(word.toLowerCase());
            return { folded, stem: stemWord(folded), capital: /^\p{Lu}/u.test(word) };
          });
          made.push({ text, tokens });
        }
      }
    }
    return made;
  });
}

/** The stems a word asked is found by: its own and its counterparts in the other language. */
function stemsOf(word: string): string[] {
  return [...new Set([...glossaryForms(word)].map((form) => stemWord(foldWord(form))))].filter((stem) => stem.length >= 3);
}

/** A word of the letter that is the word asked, or a compound it starts or ends ("frokosten", "badetøj", "sommerfrokost"). */
function names(stems: readonly string[], token: { folded: string; stem: string }): boolean {
  return stems.some(
    (stem) =>
      token.stem === stem ||
      token.folded === stem ||
      (stem.length >= 4 && token.folded.startsWith(stem)) ||
      (stem.length >= 5 && token.folded.endsWith(stem)),
  );
}

/** How many words after the part a word of where may come ("The joint dinner on 14 September is held at …"). */
const PART_TO_PLACE = 8;
/** How many words after the word of where the place is read in ("Restaurant Lindely, Kløvervej 3, 9990 Nordby"). */
const PLACE_LENGTH = 8;

/**
 * A yes/no question whether a part of the meeting is at a place: the sentence placing it, that no sentence does, or
 * that the part is the meeting itself (its venue answers). Nothing when the question asks no such thing.
 */
export function partPlace(clause: string, knowledge: EventKnowledge): PartPlace | undefined {
  const asked = PART_AT.exec(clause);
  if (!asked) return undefined;
  const [partText, placeText] = [asked[1]!, asked[2]!];
  if (NOT_PLACING.test(partText) || ASKER_DOES.test(partText) || /\d/.test(placeText)) return undefined;
  // "is workshop B in room 2?", "er spor b i lokale Lind?": a room of a session is the rooms' own check.
  if (ROOM_ASKED.test(placeText) || LABELLED.test(partText)) return undefined;
  const entities = extractEntities(placeText);
  if (entities.dates.length + entities.weekdays.length + entities.relative.length + entities.times.length > 0) return undefined;
  const ofMeeting = (word: string) =>
    [...glossaryForms(word)].some((form) => {
      const stem = stemWord(foldWord(form));
      return (
        MEETING_TITLE_WORDS.has(stem) ||
        knowledge.kindStems.has(stem) ||
        knowledge.titleStems.has(stem) ||
        [...knowledge.kindStems, ...knowledge.titleStems].some((own) => stem.length >= 3 && own.length > stem.length && own.endsWith(stem))
      );
    });
  const content = (text: string) =>
    tokenize(text)
      .map((token) => token.folded)
      .filter((word) => word.length >= 3 && !EventKnowledge.isEntityOrFunction(word) && !EventKnowledge.isGeneric(word));
  const place = content(placeText);
  // "can I bring my partner to the meeting": the meeting named by its kind is no place; a title may name one.
  const meetingKind = (word: string) =>
    [...glossaryForms(word)].some((form) => {
      const stem = stemWord(foldWord(form));
      return MEETING_TITLE_WORDS.has(stem) || knowledge.kindStems.has(stem);
    });
  if (place.length === 0 || place.some((word) => NOT_A_PLACE.test(word)) || place.every(meetingKind)) return undefined;
  // An ordinary word ("bade", "spise") names a part as well as a noun does.
  // "er rådhuset i Nordby tilgængeligt for …": a longer tail asks something else of the place than where it is.
  if (tokenize(placeText).length > 4) return undefined;
  const part = tokenize(partText)
    .map((token) => token.folded)
    .filter((word) => word.length >= 3 && !EventKnowledge.isEntityOrFunction(word));
  if (part.length === 0) return undefined;
  // The venue itself ("er rådhuset i Nordby?"): the venue's own place check answers.
  if (part.some((word) => knowledge.venueWords.has(word) || knowledge.placeWords.has(word))) return { kind: 'meeting' };
  const meeting = part.every(ofMeeting);
  // The meeting itself, with a venue: the venue's place check answers.
  if (meeting && !knowledge.event.venue.notStated) return { kind: 'meeting' };
  // The meeting by a compound of its title ("turen" of a "Studietur"): the title's own words find its sentence.
  const partStems = part.flatMap((word) => {
    const own = stemsOf(word);
    if (!meeting) return own;
    const titled = [...knowledge.kindStems, ...knowledge.titleStems].filter((title) =>
      own.some((stem) => title === stem || title.endsWith(stem)),
    );
    return [...own, ...titled];
  });
  const placeStems = place.map(stemsOf);
  let best: { sentence: string; holds: boolean; distance: number } | undefined;
  for (const sentence of letterSentences(knowledge.event)) {
    const { tokens } = sentence;
    tokens.forEach((token, i) => {
      if (!names(partStems, token)) return;
      // "limited to 40 participants": a number after the word is no place.
      const at = tokens.findIndex(
        (later, j) => j > i && j <= i + PART_TO_PLACE && PLACING.has(later.folded) && !/^\d/.test(tokens[j + 1]?.folded ?? ''),
      );
      if (at < 0) return;
      const where = tokens.slice(at + 1, at + 1 + PLACE_LENGTH);
      if (where.length === 0) return;
      const holds = placeStems.every((stems) => where.some((word) => names(stems, word)));
      // Another place is a name ("frokost på Klintevig Kro"): "parkering på pladsen" places no lunch elsewhere.
      if (!holds && !(where[0]!.capital || (ARTICLE.test(where[0]!.folded) && where[1]?.capital))) return;
      const distance = at - i;
      // A sentence where the place holds wins; of those alike, the closest word of where.
      if (!best || (holds && !best.holds) || (holds === best.holds && distance < best.distance))
        best = { sentence: sentence.text, holds, distance };
    });
  }
  if (best) return { kind: 'placed', sentence: best.sentence, holds: best.holds };
  return meeting ? undefined : { kind: 'unplaced', part };
}
