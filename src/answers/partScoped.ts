import { MONTHS } from '../event/months';
import { messages } from '../i18n';
import type { Frame } from '../understanding/frame';
import { ORDINAL_WORDS } from '../understanding/lexicon/ordinals';
import { ABOUT_ASKED, PART_NUMBER_WORDS, PART_WORDS, SAID_FOR, WHEN_ASKED } from '../understanding/lexicon/parts';
import { YES_NO } from '../understanding/days';
import { partsNamed } from '../understanding/partNames';
import { dayOfPart, daysByDate, partSentences, sameKind, samePart, type PartSentence } from '../understanding/partText';
import { contentWords, speaksOf, states, wantedOf, type Wanted } from './coveringSentence';
import type { AnswerContext, Part } from './parts';

/**
 * Questions of one part of a meeting in several parts ("hvem underviser dag 2", "når er modul 2", "link for session
 * 2", "where do we meet on day 1"), answered from the sentences of the letter about that part only; and the answer of
 * another part ("Modul 2 er i maj" for module 3, "morgenmad … den første dag" for day 2) taken for none.
 */

const PART_WORD_SET = new Set([...Object.values(PART_WORDS).flat(), ...Object.keys(ORDINAL_WORDS), ...Object.keys(PART_NUMBER_WORDS)]);

/** A month alone answers when a part is ("Modul 2 er i maj 2030"). */
const MONTH_NAMED = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(MONTHS)
    .filter((name) => name.length > 3)
    .join('|')})(?![\\p{L}])`,
  'iu',
);

/** Two words with a capital in a row, as a name is written. */
const NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** The kind of fact asked, as the covering sentences read it, or by the frame's topic. */
function wantedOfFrame(frame: Frame): Wanted | undefined {
  const wanted = wantedOf(frame.clause);
  if (wanted) return wanted;
  if (WHEN_ASKED.test(frame.clause) || frame.topic === 'when' || frame.topic === 'end') return 'time';
  if (frame.topic === 'where') return 'place';
  if (frame.aspect === 'who') return 'person';
  return undefined;
}

/** What the part is: its label line, and the line after it when the label gives little more than the part's date. */
function aboutPart(candidates: readonly PartSentence[]): string[] {
  const index = candidates.findIndex((sentence) => sentence.label);
  if (index < 0 || candidates.filter((sentence) => sentence.label).length > 1) return [];
  const label = candidates[index]!.text;
  const words = label.split(/[^\p{L}]+/u).filter((word) => word.length > 3 && !PART_WORD_SET.has(word.toLowerCase()));
  return words.length >= 3 || index + 1 >= candidates.length ? [label] : [label, candidates[index + 1]!.text];
}

/** The sentences of the part asked of that answer the question: of its words, and of the kind of fact it asks. */
function fitting(frame: Frame, candidates: readonly PartSentence[], context: AnswerContext, ownItems: boolean): string[] {
  const clause = frame.clause;
  if (ABOUT_ASKED.test(clause) || frame.topic === 'purpose' || frame.topic === 'programme') {
    const about = aboutPart(candidates);
    if (about.length > 0) return about;
  }
  const wanted = wantedOfFrame(frame);
  const own = contentWords(clause).filter((word) => !PART_WORD_SET.has(word) && !/^\d+$/.test(word) && !WHEN_ASKED.test(word));
  const cues = own.length > 0 || wanted ? [] : (frame.cueWords ?? []).filter((word) => word.length >= 2 && !PART_WORD_SET.has(word));
  // Words a sentence says otherwise ("underviser" for teaching); a teacher asked of is a person wanted, not a word.
  const said = [...own, ...cues].map((word) => SAID_FOR.find((entry) => entry.asked.test(word))?.said);
  const words = [...own, ...cues].filter((_, i) => !(said[i] && wanted === 'person'));
  // Items of that day named ("when is session 2", "who speaks in session 3"): the programme's answer of them stands.
  if (words.length === 0 && (!wanted || ownItems)) return [];
  const covers = [...own, ...cues].map((word, i) => {
    const other = said[i];
    const same = speaksOf(word, clause, context.event.language);
    return other ? (text: string) => other.test(text) || same(text) : same;
  });
  const roles = said.filter((pattern): pattern is RegExp => pattern !== undefined);
  const scored = candidates.map((sentence) => {
    const covered = covers.filter((cover) => cover(sentence.text)).length;
    const stated = wanted
      ? states(sentence.text, wanted, clause, context.knowledge) || (wanted === 'time' && MONTH_NAMED.test(sentence.text))
      : false;
    // A question with words of its own is answered only by a sentence speaking of them: the day's only time is not
    // when breakfast is.
    const role = roles.some((pattern) => pattern.test(sentence.text)) ? 1 : 0;
    // "Underviser: revisor A. B. Hansen": a role's word before a name says who, whatever words the name has.
    const named = stated || (wanted === 'person' && role > 0 && NAME.test(sentence.text));
    const eligible = words.length > 0 ? covered > 0 && (wanted !== 'person' || stated) : wanted === 'person' ? named : stated;
    return { text: sentence.text, score: eligible ? 2 * covered + (named ? 1 : 0) + role : 0 };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return [];
  const top = [...new Set(scored.filter((entry) => entry.score === best).map((entry) => entry.text))];
  return top.length <= 3 ? top : [];
}

/** The answer from the sentences of the part asked of, or undefined where they do not answer it. */
export function partScopedPart(frame: Frame, context: AnswerContext): Part | undefined {
  const asked = frame.part;
  if (!asked || frame.day !== undefined || frame.check || frame.itemCheck || frame.after || frame.times?.length) return undefined;
  const { event, lang } = context;
  // A part that is an item of the programme ("Session 2: Title", with its host and room): the programme's
  // answers of it stand, its checks too ("is session 2 in room X?").
  const titled = (frame.items ?? []).some((indexed) =>
    Object.values(indexed.item.title).some((title) => title && partsNamed(title).some((part) => samePart(asked, part, event))),
  );
  if (titled) return undefined;
  const candidates = partSentences(event).filter((sentence) => sentence.parts.some((part) => samePart(asked, part, event)));
  if (candidates.length === 0) return undefined;
  const day = dayOfPart(asked, event);
  const ownItems =
    day !== undefined && (frame.items?.length ?? 0) > 0 && frame.items!.every((indexed) => indexed.item.date === event.days[day]!.date);
  const found = fitting(frame, candidates, context, ownItems);
  if (found.length === 0) return undefined;
  const text = found.join(' … ');
  const other = event.language !== lang;
  const person = event.people.find((candidate) => text.includes(candidate.name))?.name;
  return { text: messages(lang).answers.passage(text, other), other, ...(person ? { person } : {}) };
}

/** Whether an answer is of another part than the one asked of: it quotes or names only parts of its kind but that. */
export function answersOtherPart(text: string, frame: Frame, context: AnswerContext): boolean {
  const { event } = context;
  const asked = frame.part!;
  // A date asked of is corrected by the date the letter gives ("er det d. 12.?" – "nej, d. 19."): no other part's answer.
  if (frame.partByDate && YES_NO.test(frame.clause)) return false;
  const parts = [
    ...partSentences(event)
      .filter((sentence) => sentence.text.length >= 12 && text.includes(sentence.text))
      .flatMap((sentence) => sentence.parts),
    ...(frame.partByDate ? [] : partsNamed(text)),
    // The date an answer gives ("Friday 3 May 2030, 08:30–14:00") tells its day too.
    ...daysByDate(text, event),
  ];
  const kin = parts.filter((part) => sameKind(asked, part, event));
  return kin.length > 0 && !kin.some((part) => samePart(asked, part, event));
}
