import type { Entities } from './entities';
import { EventKnowledge, type IndexedItem } from './knowledge';
import { foldWord, stemWord, tokenize } from './normalize';
import { glossaryForms, withGlossary } from './glossary';
import { TIME_OR_DATE, WHEN_QUESTION } from './timedSentence';
import { PRO_FORMS } from './lexicon/ordinals';
import { MONTHS } from '../event/months';
import type { ProgrammeItem } from '../event/model';

/**
 * The programme items a clause names: by number, by a label ("session 2", "track A"), by title words, by what a talk
 * is about, or as the first or last item someone leads.
 */

/**
 * Programme items a clause names by number, or by title words (and who leads them). Words that name the place or an
 * organiser ("Velkommen til Nordby") and words that asked for the whole programme do not name an item.
 */
export function itemsNamed(
  entities: Entities,
  words: string[],
  knowledge: EventKnowledge,
  excluded: ReadonlySet<string>,
): { items: IndexedItem[]; by: 'number' | 'title'; score: number } | undefined {
  const topLevel = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  // "the first keynote" of a programme with items titled "Keynote: …": counted among those (below), not all talks.
  const talkTitled = knowledge.items.some((indexed) =>
    words.some((word) => TALK_TITLE_WORD.test(word) && indexed.titleStems.has(stemWord(word))),
  );
  const talks = entities.talkOrdinals.length > 0 && !talkTitled ? talksOf(knowledge) : [];
  if (talks.length > 0) {
    const items = entities.talkOrdinals
      .map((number) => (number === -1 ? talks.at(-1) : talks[number - 1]))
      .filter((item): item is IndexedItem => item !== undefined);
    return { items, by: 'number', score: 10 };
  }
  // "the first webinar" of a webinar series, "den anden kursusdag" of a course: the kind of gathering the letter calls
  // itself, counted, is one of its days; the nth of the items on different days.
  // "the first one" too: of a series of sessions on different days, "one" stands for a session.
  const counted = entities.ordinals.filter(
    (ordinal) => knowledge.kindStems.has(stemWord(ordinal.word)) || PRO_FORMS.has(ordinal.word.toLowerCase()),
  );
  const datedItems = topLevel.filter((indexed) => indexed.item.date !== undefined);
  const series = datedItems.length >= 2 && new Set(datedItems.map((indexed) => indexed.item.date)).size === datedItems.length;
  if (series && counted.length > 0) {
    const items = counted
      .map((ordinal) => (ordinal.number === -1 ? datedItems.at(-1) : datedItems[ordinal.number - 1]))
      .filter((item): item is IndexedItem => item !== undefined);
    if (items.length > 0) return { items, by: 'number', score: 10 };
  }
  const byMonth = series ? itemsByMonth(words, datedItems) : [];
  if (byMonth.length > 0) return { items: byMonth, by: 'number', score: 10 };
  if (entities.itemNumbers.length > 0) {
    const items = entities.itemNumbers
      .map((number) => (number === -1 ? topLevel.at(-1) : topLevel.find((indexed) => indexed.item.number === number)))
      .filter((item): item is IndexedItem => item !== undefined);
    return { items, by: 'number', score: 10 };
  }
  const labelled = itemsByNumberedTitle(words, knowledge);
  if (labelled.length > 0) return { items: labelled, by: 'title', score: 2 };
  const asked = words.filter(
    (word) =>
      word.length > 2 &&
      !EventKnowledge.isEntityOrFunction(word) &&
      !excluded.has(word) &&
      !knowledge.placeWords.has(word) &&
      !knowledge.organisationWords.has(word),
  );
  const own = new Set(asked.map(stemWord));
  // An ordinary word names a title as written, not through the glossary: "sent out" is no "Check-in" ("out" → "check").
  const stems = new Set([...withGlossary(asked.filter((word) => !EventKnowledge.isGeneric(word)).map(stemWord)), ...own]);
  // Counted over the sets, not copies of them: this runs for every item at every clause.
  const shared = (of: ReadonlySet<string>) => {
    let count = 0;
    for (const stem of of) if (stems.has(stem)) count++;
    return count;
  };
  const sharedOwn = (of: ReadonlySet<string>) => {
    for (const stem of of) if (own.has(stem)) return true;
    return false;
  };
  // Each word asked counts once, by its own stem or a form of it in the other language: "coffee" names "Morning
  // coffee" as much as "Coffee break", whose "break" is only the glossary's word for "kaffepause" again.
  const formsOfWords = asked.map((word) => (EventKnowledge.isGeneric(word) ? new Set([stemWord(word)]) : withGlossary([stemWord(word)])));
  const wordsNamed = (of: ReadonlySet<string>) => {
    let count = 0;
    for (const forms of formsOfWords)
      for (const form of forms)
        if (of.has(form)) {
          count++;
          break;
        }
    return count;
  };
  const parentStems = new Map(knowledge.items.map((indexed) => [indexed.item, indexed.titleStems]));
  const scored = knowledge.items
    .map((indexed) => {
      const byWords = Math.min(shared(indexed.titleStems), wordsNamed(indexed.titleStems));
      // A title named only through the glossary writes a word of it: "referat" names "Minutes of the last meeting",
      // not "a 10-minute walk", whose stem the glossary's "minutes" merely shares.
      const translated = byWords > 0 && !sharedOwn(indexed.titleStems) && !writesGlossaryWord(indexed.item, asked) ? byWords : 0;
      const title = byWords - translated + compoundsNamed(indexed.titleStems, stems);
      // "the cloudburst workshop" of "Spor A: Skybrudssikring …" under "Parallelle workshops": the sub-item, named
      // by its own word and a word of its parent's title that its own does not have.
      const parent = indexed.label.includes('.') && title > 0 ? parentStems.get(indexed.parent) : undefined;
      const more = parent ? [...parent].filter((stem) => stems.has(stem) && !indexed.titleStems.has(stem)).length : 0;
      return { indexed, score: title > 0 ? title + more + shared(indexed.byStems) : 0 };
    })
    .filter((entry) => entry.score > 0);
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return undefined;
  const tiedAtBest = scored.filter((entry) => entry.score === best).map((entry) => entry.indexed);
  // "break" of "Coffee break" and "Coffee and cake": the title that writes the word itself, before one the glossary
  // gives another word of ("coffee").
  const ownNamed = (indexed: IndexedItem) => [...own].filter((stem) => indexed.titleStems.has(stem)).length;
  const mostOwn = Math.max(0, ...tiedAtBest.map(ownNamed));
  const tied = tiedAtBest.length > 1 && mostOwn > 0 ? tiedAtBest.filter((indexed) => ownNamed(indexed) === mostOwn) : tiedAtBest;
  // "morning coffee" of "Coffee break" and "Morning coffee": a day or part of day, no title word on its own, tells tied
  // titles apart when one of them writes it.
  const dayWords = new Set(words.filter((word) => EventKnowledge.isDayWord(word)).map(stemWord));
  const daysNamed = (indexed: IndexedItem) => [...dayWords].filter((stem) => indexed.titleStems.has(stem)).length;
  const mostDays = Math.max(0, ...tied.map(daysNamed));
  const byTitle = tied.length > 1 && mostDays > 0 ? tied.filter((indexed) => daysNamed(indexed) === mostDays) : tied;
  // A sub-item only when no top-level item is named as well.
  const topNamed = byTitle.filter((indexed) => !indexed.label.includes('.'));
  return { items: topNamed.length > 0 ? topNamed : byTitle, by: 'title', score: best };
}

/**
 * "the march one", "the one in may": the one session of a series in the month named beside "one", when only one is.
 */
function itemsByMonth(words: readonly string[], dated: readonly IndexedItem[]): IndexedItem[] {
  const month = words.find(
    (word, i) =>
      MONTHS[word] !== undefined && (PRO_FORMS.has(words[i + 1] ?? '') || (words[i - 1] === 'in' && PRO_FORMS.has(words[i - 2] ?? ''))),
  );
  if (month === undefined) return [];
  const inMonth = dated.filter((indexed) => Number(indexed.item.date!.slice(5, 7)) === MONTHS[month]);
  return inMonth.length === 1 ? inMonth : [];
}

/**
 * "the town hall square" of "Rådhuspladsen", "the sorting hall" of "Sorteringshallen": a compound of the title named by
 * two words of the clause (or their counterparts in the other language), its first part and its last. Each part has
 * four letters or more; a linking "s" or "e" between them is the compound's.
 */
function compoundsNamed(titleStems: ReadonlySet<string>, stems: ReadonlySet<string>): number {
  let count = 0;
  for (const title of titleStems) if (!stems.has(title) && compoundParts(title, stems)) count++;
  return count;
}

/**
 * The two stems of `stems` a compound stem is made of ("personale" and "lob" of "personalelob"), or undefined. The
 * first has four letters or more; the last as many, or three when it is all the rest ("løb").
 */
export function compoundParts(title: string, stems: ReadonlySet<string>): [string, string] | undefined {
  if (title.length < 8) return undefined;
  for (const left of stems) {
    if (left.length < 4 || left.length > title.length - 3 || !title.startsWith(left)) continue;
    const rest = title.slice(left.length);
    for (const right of [rest, rest.replace(/^[se]/, '')])
      for (const part of stems)
        if (
          part !== left &&
          (part === right ? part.length >= 3 : part.length >= 4 && right.startsWith(part) && right.length - part.length <= 2)
        )
          return [left, part];
  }
  return undefined;
}

/**
 * "hvornår starter 5 km?", "and heat 2?": an item titled by a short label with a number ("5 km", "Heat 2", "Hold B2"),
 * named by that label written as it is. Its words are too short or too plain to name it one by one.
 */
function itemsByNumberedTitle(words: readonly string[], knowledge: EventKnowledge): IndexedItem[] {
  const found: IndexedItem[] = [];
  for (const indexed of knowledge.items) {
    for (const title of Object.values(indexed.item.title)) {
      if (typeof title !== 'string' || !/\d/.test(title)) continue;
      const label = tokenize(title).map((token) => token.folded);
      if (label.length < 2 || label.length > 3) continue;
      const at = words.findIndex((_, i) => label.every((word, k) => words[i + k] === word));
      if (at >= 0 && !found.includes(indexed)) found.push(indexed);
    }
  }
  return found;
}

/** Words for a talk that a programme may title its items by ("Keynote: …", "Oplæg: …"). */
const TALK_TITLE_WORD = /^(?:talk|indl[eæ]g|opl[eæ]g|foredrag|presentation|keynote)/;

/** A word and a number or letter after it: "session 2", "track A", "spor B", "workshop 3". */
const LABELLED = /(?<!\p{L})(\p{L}{4,})\s+(\d{1,2}|[a-h])(?![\p{L}\d])/giu;
/** Words that number the programme's own items ("punkt 2"): those are counted among the top-level items. */
const PROGRAMME_ITEM_WORDS = new Set([
  'punkt',
  'punktet',
  'programpunkt',
  'programpunktet',
  'nummer',
  'item',
  'point',
  'number',
  'klokken',
]);

/**
 * The items a programme numbers or letters by a word of their own: "session 2" is the item titled "… session 2" or
 * "Session 2: …", else the second of the sessions listed under an item titled "Parallel sessions"; "track A" is
 * "Track A – …". After an answer about some items, those under them ("and session 2?" after track A).
 */
export function itemsLabelled(clause: string, knowledge: EventKnowledge, followItems: IndexedItem[]): IndexedItem[] {
  const titleWords = (indexed: IndexedItem) =>
    Object.values(indexed.item.title)
      .filter((value): value is string => typeof value === 'string')
      .map((value) => tokenize(value).map((token) => token.folded));
  const positionOf = (label: string) => (/^\d+$/.test(label) ? Number(label) : label.charCodeAt(0) - 96);
  // "og C?" after workshop A: the sibling of that label.
  const bare = /^\s*(?:og|and)?\s*(\d{1,2}|[a-h])\s*\??\s*$/i.exec(clause);
  if (bare && followItems.length > 0 && followItems.every((followed) => followed.label.includes('.'))) {
    const position = positionOf(bare[1]!.toLowerCase());
    const siblings = knowledge.items.filter(
      (indexed) => indexed.item.number === position && followItems.some((followed) => followed.parent === indexed.parent),
    );
    if (siblings.length > 0) return siblings;
  }
  // "hvad handler a om?", "and b?" after an item with sub-items "A: …", "B: …": that sub-item. A lone letter only at
  // the end or before "om"/"about", so the article in "what is a workshop" names nothing.
  const letterTokens = tokenize(clause).map((token) => token.folded);
  const letterAt = letterTokens.findIndex(
    (word, i) => /^[a-h]$/.test(word) && (i === letterTokens.length - 1 || /^(om|about)$/.test(letterTokens[i + 1]!)),
  );
  const parents = followItems.map((followed) => (followed.label.includes('.') ? followed.parent : followed.item));
  if (letterAt >= 0 && letterTokens.length <= 6 && parents.some((parent) => parent.items.length > 1)) {
    const letter = letterTokens[letterAt]!;
    const subs = knowledge.items.filter((indexed) => indexed.label.includes('.') && parents.includes(indexed.parent));
    const byTitle = subs.filter((indexed) =>
      Object.values(indexed.item.title).some((title) => typeof title === 'string' && new RegExp(`^${letter}\\s*[:).]`, 'i').test(title)),
    );
    const found = byTitle.length > 0 ? byTitle : subs.filter((indexed) => indexed.item.number === positionOf(letter));
    if (found.length > 0) return found;
  }
  for (const match of clause.matchAll(LABELLED)) {
    const word = foldWord(match[1]!.toLowerCase());
    const label = match[2]!.toLowerCase();
    if (PROGRAMME_ITEM_WORDS.has(word)) continue;
    const stems = [...withGlossary([stemWord(word)])].filter((stem) => stem.length >= 4);
    const isWord = (said: string) =>
      stems.some((stem) => said.startsWith(stem) || (stemWord(said).length >= 4 && stem.startsWith(stemWord(said))));
    const titled = knowledge.items.filter((indexed) =>
      titleWords(indexed).some((words) => words.some((said, i) => isWord(said) && words[i + 1] === label)),
    );
    const position = positionOf(label);
    const listed =
      titled.length > 0
        ? titled
        : knowledge.items.filter(
            (indexed) =>
              indexed.label.includes('.') &&
              indexed.item.number === position &&
              knowledge.items.some(
                (parent) =>
                  parent.item === indexed.parent && !parent.label.includes('.') && titleWords(parent).some((words) => words.some(isWord)),
              ),
          );
    if (listed.length === 0) continue;
    const under = listed.filter((indexed) =>
      followItems.some((followed) => indexed.parent === followed.item || indexed.parent === followed.parent),
    );
    return under.length > 0 ? under : listed;
  }
  return [];
}

/** Items that are an occasion, not a talk: arriving, a welcome, a break or meal, networking, the close. */
const NOT_A_TALK =
  /^(?:ankomst|arrival|registrering\w*|registration|check|velkom\w*|welcom\w*|åbning|abning|opening|intro\w*|pause|break|frokost|lunch|middag|dinner|kaffe\w*|coffee|morgenmad|breakfast|netværk\w*|netvaerk\w*|network\w*|mingl\w*|opsamling|afrunding|afslutning|wrap|closing|summing|tak|thanks|farvel|goodbye|eventuelt|evt|aob|end|slut|forventet)$/u;

/**
 * The talks of the programme, in order: top-level items someone leads, besides the arrival, welcome, breaks and
 * close ("det første oplæg" is the first of them, not "Velkomst v/ borgmesteren").
 */
export function talksOf(knowledge: EventKnowledge): IndexedItem[] {
  const top = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  return top.filter((indexed) => (indexed.item.by !== undefined || indexed.item.people.length > 0) && !isOccasion(indexed));
}

/** Whether an item is an occasion of the day (arrival, welcome, break, meal, close), by its title's first word. */
export function isOccasion(indexed: IndexedItem): boolean {
  return Object.values(indexed.item.title)
    .filter((value): value is string => typeof value === 'string')
    .some((value) => NOT_A_TALK.test(tokenize(value)[0]?.folded ?? ''));
}

/**
 * The first or last top-level item that names who leads it: "who closes?" is whoever leads the last item someone
 * leads, when the programme ends with "Tak for i dag" that no one does. The first or last item when none names anyone.
 */
export function ledAtEnd(knowledge: EventKnowledge, end: 'first' | 'last'): IndexedItem[] {
  const top = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const led = top.filter((indexed) => indexed.item.by !== undefined || indexed.item.people.length > 0);
  const from = led.length > 0 ? led : top;
  return end === 'first' ? from.slice(0, 1) : from.slice(-1);
}

/**
 * The programme items whose titles name what a question says a talk is about, in either language: a word as written
 * ("AI"), through the glossary ("public transport" → "kollektiv trafik"), or with a long common beginning ("assistant",
 * "AI-assistent"). The items that name most of it; none when no item names any of it.
 */
export function itemsAbout(text: string, knowledge: EventKnowledge): IndexedItem[] {
  const asked = tokenize(text)
    .map((token) => token.folded)
    .filter((word) => word.length >= 2 && !EventKnowledge.isGeneric(word));
  if (asked.length === 0) return [];
  const close = (a: string, b: string) => a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
  const scored = knowledge.items.map((indexed) => {
    const title = new Set(
      Object.values(indexed.item.title)
        .filter((value): value is string => typeof value === 'string')
        .flatMap((value) => tokenize(value).map((token) => stemWord(token.folded))),
    );
    const named = asked.filter((word) => {
      const stems = withGlossary([stemWord(word)]);
      return [...title].some((said) => [...stems].some((stem) => close(stem, said)));
    });
    return { indexed, score: named.length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return best === 0 ? [] : scored.filter((entry) => entry.score === best).map((entry) => entry.indexed);
}

/**
 * Whether an untimed item's own text gives a date to something the clause names: a piece of its title, leader or
 * description ("opstart i SFO den 1. april 2027") with a time or date and a word of the clause besides the asking words.
 */
export function datedInText(indexed: IndexedItem, clause: string): boolean {
  const pieces = datedPieces(indexed);
  if (pieces.length === 0) return false;
  const asked = new Set(
    tokenize(clause)
      .map((token) => token.folded)
      .filter((word) => word.length >= 3 && !EventKnowledge.isGeneric(word) && !WHEN_QUESTION.test(word))
      .map(stemWord),
  );
  return pieces.some((stems) => stems.some((stem) => asked.has(stem)));
}

const piecesOfItems = new WeakMap<IndexedItem, string[][]>();

/** The stems of each piece of an item's own text that has a time or date (see datedInText), found once per item. */
function datedPieces(indexed: IndexedItem): string[][] {
  let pieces = piecesOfItems.get(indexed);
  if (!pieces) {
    const texts = [indexed.item.title, indexed.item.by, indexed.item.description].flatMap((text) =>
      text ? Object.values(text).filter((t): t is string => typeof t === 'string') : [],
    );
    pieces = texts
      .flatMap((text) => text.split(/\s[–-]\s|[,;:]\s|(?<=\p{L}\.)\s(?=\p{Lu})/u))
      .filter((piece) => TIME_OR_DATE.test(piece))
      .map((piece) => tokenize(piece).map((token) => stemWord(token.folded)));
    piecesOfItems.set(indexed, pieces);
  }
  return pieces;
}

/** Whether an item's title writes a word the glossary gives for one of these words (with at most an ending after it). */
function writesGlossaryWord(item: ProgrammeItem, asked: readonly string[]): boolean {
  const forms = asked.flatMap((word) => [...glossaryForms(word)].filter((form) => form !== word && form.length >= 3));
  if (forms.length === 0) return false;
  const titleWords = Object.values(item.title).flatMap((title) => tokenize(title ?? '').map((token) => token.folded));
  return titleWords.some((word) => forms.some((form) => word.startsWith(form) && word.length - form.length <= 3));
}
