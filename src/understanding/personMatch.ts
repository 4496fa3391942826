import { type EventKnowledge, type IndexedPerson, LEXICON } from './knowledge';
import { foldWord, stemWord } from './normalize';
import type { WordForms } from './phrases';
import { withGlossary } from './glossary';

/**
 * The person of the letter a clause names: by name, or by a distinctive word of their title.
 */

/** "karstens oplæg", "Karsten's talk": a name in the genitive is the name. */
const isName = (word: WordForms, name: string) =>
  word.forms.includes(name) ||
  (name.length >= 3 && word.folded.length === name.length + 1 && word.folded.endsWith('s') && word.folded.startsWith(name));

/** Words of a title that stand for the meeting itself ("the conference secretariat" is no one's name for the chair). */
export const MEETING_TITLE_WORDS = new Set(
  ['konference', 'conference', 'mode', 'meeting', 'event', 'arrangement', 'forum', 'seminar'].map((w) => stemWord(foldWord(w))),
);

/** Words that make a title the deputy's: "vice chair", "deputy mayor", "vice-formand". */
const DEPUTY = /^(?:vice|deputy|naest|viceformand|vicechair|vice-chair)$/;
const DEPUTY_STEM = /^(?:vice?$|deput|naest)/;

export function personNamed(forms: WordForms[], knowledge: EventKnowledge): IndexedPerson | undefined {
  if (knowledge.people.length === 0) return undefined;
  const joined = forms.map((word) => word.folded).join(' ');
  // Loops over the sets, not copies of them: this runs for every person at every clause.
  const namedBy = (indexed: IndexedPerson) => {
    for (const name of indexed.names) {
      if (name.includes(' ')) {
        if (joined.includes(name)) return true;
      } else for (const word of forms) if (isName(word, name)) return true;
    }
    return false;
  };
  const byName = knowledge.people.filter(namedBy);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1)
    return byName.find((indexed) => [...indexed.names].some((name) => name.includes(' ') && joined.includes(name))) ?? byName[0];
  // "borgmesteren", "the mayor", "formanden": a person by a distinctive word of their title.
  const stems = withGlossary(
    forms
      .flatMap((word) => word.forms)
      .filter((word) => word.length > 3)
      .map(stemWord),
  );
  // "the vice chair", "deputy mayor": not the one whose title is the chair or mayor itself; "the chair" not the deputy.
  const deputy = forms.some((word) => DEPUTY.test(word.folded));
  const longestTitleWord = (indexed: IndexedPerson) => {
    const isDeputy = [...indexed.titleStems].some((stem) => DEPUTY_STEM.test(stem));
    if (deputy !== isDeputy) return 0;
    let longest = 0;
    let role = false;
    // The meeting's own kind ("the course" of a course) names no "course coordinator".
    for (const stem of indexed.titleStems)
      if (stem.length >= 4 && !MEETING_TITLE_WORDS.has(stem) && !knowledge.kindStems.has(stem) && stems.has(stem)) {
        longest = Math.max(longest, stem.length);
        if (!indexed.qualifierStems.has(stem)) role = true;
      }
    // "networking" names no "Network Coordinator": a word that only qualifies the role, without the role.
    if (!role) return 0;
    return longest > 0 && otherQualifier(forms, indexed) ? 0 : longest;
  };
  const matched = knowledge.people
    .map((indexed) => ({ indexed, length: longestTitleWord(indexed) }))
    .filter((entry) => entry.length > 0)
    .sort((a, b) => b.length - a.length);
  // "the vice chair" names "næstformand" rather than "formand": the longer (more specific) title wins.
  if (matched.length === 1 || (matched.length > 1 && matched[0]!.length > matched[1]!.length)) return matched[0]!.indexed;
  return undefined;
}

/** Words that tie what a title is of to it: "head of distribution", "formand for udvalget". */
const OF_WORD = /^(?:of|for|at|i|ved|hos|fra|from)$/;
/** Words before a title word that are no qualifier of it: articles, possessives. */
const NO_QUALIFIER =
  /^(?:the|a|an|our|your|their|his|her|its|this|that|den|det|de|en|et|vores|jeres|deres|hans|hendes|who|whos|hvem|is|er|are)$/;

/** A body a title is of, which a letter's own title often leaves out: the board, the committee, the association. */
const BODY =
  /^(?:bestyrelse\p{L}*|board|udvalg\p{L}*|committee|forening\p{L}*|association|klub\p{L}*|club|rad|radet|council|netvaerk\p{L}*|network|selskab\p{L}*|society)$/u;

/**
 * "who is the plant manager?" of a letter whose one manager is its "Programme Manager": the word qualifying the title
 * asked ("plant", "of distribution") is not in the person's title or organisation, so another manager is asked of.
 */
function otherQualifier(forms: WordForms[], indexed: IndexedPerson): boolean {
  const own = [indexed.person.title, indexed.person.organisation]
    .flatMap((text) => Object.values(text ?? {}))
    .map((text) => foldWord(String(text).toLowerCase()).replace(/[^\p{L}\d]+/gu, ''))
    .join(' ');
  const inTitle = (word: string) => own.includes(stemWord(word));
  const qualifies = (word: WordForms | undefined) =>
    word !== undefined &&
    word.folded.length >= 3 &&
    !NO_QUALIFIER.test(word.folded) &&
    !LEXICON.common.has(word.folded) &&
    !/\d/.test(word.folded) &&
    !inTitle(word.folded);
  const names = (word: WordForms) =>
    word.folded.length >= 4 &&
    [...withGlossary(word.forms.filter((form) => form.length > 3).map(stemWord))].some((stem) => indexed.titleStems.has(stem));
  return forms.some((word, i) => {
    if (!names(word)) return false;
    const before = forms[i - 1];
    const of = OF_WORD.test(forms[i + 1]?.folded ?? '') ? forms[i + 2] : undefined;
    // "the plant manager": a qualifier right before, itself after an article or the question's verb.
    const qualifier = qualifies(before) && (i < 2 || NO_QUALIFIER.test(forms[i - 2]!.folded));
    // "formand for bestyrelsen", "chair of the committee": the body a chair's title is of goes without saying.
    return qualifier || (qualifies(of) && !BODY.test(of!.folded));
  });
}
