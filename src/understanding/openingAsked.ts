import { EventKnowledge, LEXICON } from './knowledge';
import { stemWord, tokenize } from './normalize';

/**
 * "hvornår åbner baren?", "when does the cloakroom open?": when a thing opens that the letter never names. Its doors
 * opening or the arrival is another thing's time; the letter does not say.
 */

const OPENS_DA = /(?<!\p{L})(?:hvornår|hvornaar|hvornar|når|naar)\s+(?:åbner|aabner|abner)\s+(\p{L}+)/iu;
const OPENS_EN = /(?<!\p{L})(?:when|what time)\s+(?:does|do|will|is)\s+(?:the\s+)?(\p{L}+)\s+(?:open|opens|opening|be open)(?!\p{L})/iu;

/** What the meeting is held in, opening as the meeting does: "salen", "huset", "the hall", "the venue". */
const BUILDING =
  /(?:sal|hal|lokale|rum|hus|sted|bygning|kirke|skole|center|centret|centeret|bibliotek|room|hall|venue|building|house|place|centre|center)(?:en|et|n|e|s)?$/u;

/** Whether the letter writes the word (not only a common word of the same stem: "bare" is no "baren"). */
function writes(word: string, knowledge: EventKnowledge): boolean {
  if (knowledge.words.has(word)) return true;
  const stem = stemWord(word);
  for (const own of knowledge.words) if (own.length >= 3 && !LEXICON.common.has(own) && stemWord(own) === stem) return true;
  return false;
}

/** The thing asked to open that is neither the meeting, its doors, its building nor anything the letter names. */
export function unwrittenOpening(clause: string, knowledge: EventKnowledge): string | undefined {
  const raw = (OPENS_DA.exec(clause) ?? OPENS_EN.exec(clause))?.[1];
  if (!raw) return undefined;
  const word = tokenize(raw)[0]?.folded ?? '';
  const stem = stemWord(word);
  const ofMeeting =
    word.length < 3 ||
    LEXICON.cueWords.has(word) ||
    EventKnowledge.isGeneric(word) ||
    BUILDING.test(word) ||
    knowledge.kindStems.has(stem) ||
    knowledge.titleStems.has(stem) ||
    knowledge.venueWords.has(word);
  return ofMeeting || writes(word, knowledge) ? undefined : raw;
}
