import { findNames } from '../event/import/names';
import { perEvent } from '../event/memo';
import { MONTHS } from '../event/months';
import { extractEntities } from './entities';
import { glossaryForms } from './glossary';
import { EventKnowledge, LEXICON } from './knowledge';
import { foldWord, splitSentences, stemWord, tokenize } from './normalize';

/**
 * "who's doing the TR bit?", "hvem kommer fra PPR?", "who's giving the talk?", "who's hosting this time?" of a letter
 * that says so in prose ("Til sidst tager Mikkel (TR) et kort punkt", "Lars fra PPR kommer og fortæller",
 * "fortæller Hans Rørby fra Nordby Forsyning om …", "har Nordby Forsyning sagt ja til at være værter"): the one sentence of the
 * letter that speaks of what was asked and names someone — a person by their full name, a first name as letters
 * write one beside what the person is ("Lars fra PPR", "Mikkel (TR)"), or, for a host, an organisation.
 */

/** Asking who (at the start, after "og"/"and"). */
const ASKS_WHO = /^\s*(?:(?:og|and|so|så)\s+)?(?:who|whos|who's|whom|hvem)(?!\p{L})/iu;

/** Asking who belongs to a body or group: "hvem sidder i …", "who is on the board", "hvem er med i …", "members of". */
const MEMBERS_ASKED =
  /(?<!\p{L})(?:sidder|sider|er med|are in|is in|is on|are on|sits? on|members?|medlem\p{L}*|består|consists?)(?!\p{L})/iu;
/** A sentence that tells who belongs: members, who sits in it, what it consists of. */
const MEMBERS_SAID = /(?<!\p{L})(?:medlem\p{L}*|members?|membership|sidder i|sits on|består af|consists of|made up of)(?!\p{L})/iu;

/** Leave from work in two words, read as one the glossary knows: "time off", "day off". */
const TIME_OFF = /(?<!\p{L})(time|days?)\s+off(?!\p{L})/giu;

/** Month names, folded. */
const MONTH_WORDS = new Set(Object.keys(MONTHS).map((month) => foldWord(month.toLowerCase())));
/** Another occasion: "næste gang", "last year", "sidste år". */
const OTHER_TIME = /^(?:neste|sidste|forrige|next|last|previous|tidligere|earlier)$/u;

/** Words of a who-question that say nothing of what is asked about (folded). */
const FILLER = new Set(
  [
    'doing',
    'does',
    'do',
    'did',
    'giving',
    'gives',
    'give',
    'bit',
    'part',
    'piece',
    'this',
    'time',
    'kommer',
    'komme',
    'coming',
    'come',
    'holder',
    'står',
    'tager',
    'have',
    'has',
    'gang',
    'denne',
    'dennegang',
    'actually',
    'exactly',
    'egentlig',
    'præcis',
  ].map(foldWord),
);

/** Words for giving a talk (folded stems' beginnings): asked alone, the sentence must tell of someone talking. */
const TALK_ASKED = /^(?:talk|speak|speech|present|opleg|foredrag|taler|tale|keynote|fortel)/u;
/** A sentence telling of someone giving a talk. */
const TALK_SAID =
  /(?<!\p{L})(?:fortæller|fortaeller|holder (?:et |sit )?oplæg|oplæg\p{L}*|foredrag\p{L}*|taler om|præsenterer|gives? (?:a |the )?talk|talks? (?:about|on)|speaks?|presents?|keynote)(?!\p{L})/iu;

/** Words for hosting (folded stems' beginnings): asked, the sentence must tell of a host. */
const HOST_ASKED = /^(?:host|vert)/u;
const HOST_SAID = /(?<!\p{L})(?:vært\p{L}*|vaert\p{L}*|host\p{L}*)(?!\p{L})/iu;

/** A run of names written with a capital ("Hans Rørby", "Nordby Forsyning"). */
const NAME_RUN = /(?<![\p{L}\d])\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)+/gu;
/** After a person's name: where they are from or what they are. */
const PERSON_AFTER = /^\s*(?:fra|from|of|,|\(|–|-)/u;
/** Before a person's name: who leads or tells. */
// "hos centerleder Ole Bak", "to your manager Ida Berg": one whom something goes to, with their title.
const PERSON_BEFORE =
  /(?:v\/|(?<!\p{L})(?:ved|by|af|med|with|fortæller|taler|og|and)|(?<!\p{L})(?:hos|til|to)\s+(?:(?:your|jeres|din|dit)\s+)?\p{Ll}[\p{Ll}-]{3,})\s*$/iu;
/** A first name beside what the person is: "Lars fra PPR", "Mikkel (TR)", "Lise fra 3. årgang". */
const FIRST_NAME_BESIDE = /(?<![\p{L}\d])(\p{Lu}\p{Ll}{2,})\s+(?:fra|from|\()/gu;

/** The letter's sentences (cut once per event). */
const SENTENCES = perEvent<readonly string[]>();

function sentencesOf(knowledge: EventKnowledge): readonly string[] {
  return SENTENCES(knowledge.event, 'who', () => [
    ...new Set(
      knowledge.event.passages
        .flatMap((passage) => withLists(passage.text.split('\n')))
        .flatMap((line) => splitSentences(line))
        .map((sentence) => sentence.replace(/^[\s#*>•-]+|\*+/g, '').trim())
        // A programme's lines run together (two times or more) tell no one thing: the programme's own answers do.
        .filter((sentence) => sentence.length >= 12 && sentence.length <= 300 && (sentence.match(CLOCK) ?? []).length < 2),
    ),
  ]);
}

/** A line ending in a colon with the list under it ("Fra entreprenøren kommer:" and its "- Aksel Ravn, …" lines), as one. */
function withLists(lines: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.trim().endsWith(':')) while (i + 1 < lines.length && LIST_LINE.test(lines[i + 1]!)) line = `${line} ${lines[++i]!.trim()}`;
    joined.push(line);
  }
  return joined;
}

const LIST_LINE = /^\s*[-•▪●◦*]\s+\S/u;

/** Words that make a run of capitals an organisation's or a place's name, not a person's (folded). */
const BODY_WORD =
  /^(?:a\/s|as|aps|kommune|region|skole\p{L}*|forening\p{L}*|center|centret|hus|huset|anleg|university|municipality|council|school|association|team|group|gruppe|ltd|inc)$/u;

/** A clock time ("9.45", "14:00"), a range of two counted once. */
const CLOCK = /(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:])(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?/g;

/** The words the letter writes in lower case somewhere (folded): no name's. */
const LOWER = perEvent<ReadonlySet<string>>();

function lowerCaseWords(knowledge: EventKnowledge): ReadonlySet<string> {
  return LOWER(
    knowledge.event,
    'lower',
    () => new Set([...knowledge.event.text.matchAll(/(?<![\p{L}\d])\p{Ll}\p{L}*/gu)].map((match) => foldWord(match[0]))),
  );
}

/** Whether a word written with a capital may be a person's name: never written in lower case, no place, no cue. */
function nameLike(word: string, knowledge: EventKnowledge, asked: ReadonlySet<string>): boolean {
  const folded = foldWord(word.toLowerCase());
  return (
    !asked.has(folded) &&
    !lowerCaseWords(knowledge).has(folded) &&
    !knowledge.placeWords.has(folded) &&
    !knowledge.organisationWords.has(folded) &&
    !LEXICON.common.has(folded) &&
    !LEXICON.cueWords.has(folded)
  );
}

/** First names the letter also writes alone ("… for Birgitte fredag", "skriv "Birgitte""), as one does a person's (folded). */
const ALONE = perEvent<ReadonlySet<string>>();

function givenNameAlone(word: string, knowledge: EventKnowledge): boolean {
  return ALONE(knowledge.event, 'givenAlone', () => {
    const alone = new Set<string>();
    for (const match of knowledge.event.text.matchAll(/(?<![\p{L}\d])(\p{Lu}\p{Ll}{2,})(?![\p{L}])(?!\s+\p{Lu})/gu)) {
      // Not the first word of a sentence or line, where any word has a capital.
      const before = knowledge.event.text.slice(Math.max(0, match.index - 3), match.index);
      if (/\p{Ll}[\s,]+$|["“„«]$/u.test(before)) alone.add(foldWord(match[1]!.toLowerCase()));
    }
    return alone;
  }).has(foldWord(word.toLowerCase()));
}

/** Whether a sentence names someone (see above), a word of the question itself aside. */
function namesSomeone(sentence: string, knowledge: EventKnowledge, asked: ReadonlySet<string>, organisation: boolean): boolean {
  const body = (name: string) => name.split(/\s+/).some((word) => BODY_WORD.test(foldWord(word.toLowerCase())));
  if (knowledge.event.people.some((person) => sentence.includes(person.name) && (organisation || !body(person.name)))) return true;
  // The sentence's first word has a capital for that alone.
  const start = /^\P{L}*/u.exec(sentence)![0].length;
  for (const run of sentence.matchAll(NAME_RUN)) {
    const words = run[0].split(/\s+/);
    const named = run.index === start ? words.slice(1) : words;
    if (organisation) {
      if (named.length >= 1 && words.length >= 2) return true;
    } else if (
      !body(run[0]) &&
      named.filter((word) => nameLike(word, knowledge, asked) || givenNameAlone(word, knowledge)).length >= 2 &&
      // Written as a person is: beside where they are from or what they are ("Hans Rørby fra …", "v/ Ida Storm,").
      (PERSON_AFTER.test(sentence.slice(run.index + run[0].length)) ||
        PERSON_BEFORE.test(sentence.slice(0, run.index)) ||
        givenNameAlone(named[0]!, knowledge))
    )
      return true;
  }
  // A first name as the sentence's first word too: a word the letter never writes in lower case.
  return [...sentence.matchAll(FIRST_NAME_BESIDE)].some((match) => nameLike(match[1]!, knowledge, asked));
}

/** Whether a sentence speaks of a word asked: in any form, translation or compound. */
function speaksOf(sentence: string, word: string): boolean {
  const stems = tokenize(sentence).map((token) => stemWord(token.folded));
  return [...glossaryForms(word)].some((form) => {
    const own = stemWord(form);
    return stems.some((stem) => stem === own || (own.length >= 4 && stem.length >= own.length + 3 && stem.startsWith(own)));
  });
}

/** Names still to come: "names to be announced", "navnene følger", "offentliggøres senere", "TBA". */
const LATER_NAMED =
  /(?<!\p{L})(?:to be announced|tba|tbc|to be confirmed|will be announced|announced later|følger senere|følger snarest|offentliggøres senere|meldes ud senere|annonceres senere|oplyses senere|kommer senere|navne følger|navnene følger)(?!\p{L})/iu;

/** Whether the letter says anywhere that names are to come (tested once per event). */
const NAMES_LATER = perEvent<boolean>();

/**
 * "who are the finance directors on the panel?" of "a short panel with two municipal finance directors (names to be
 * announced)": the one sentence that speaks of everything asked and says the names are still to come — not yet stated,
 * which no one the programme names elsewhere answers.
 */
export function namedLaterSentence(clause: string, knowledge: EventKnowledge): string | undefined {
  if (!ASKS_WHO.test(clause) || !NAMES_LATER(knowledge.event, 'namedLater', () => LATER_NAMED.test(knowledge.event.text))) return undefined;
  const words = thingWords(tokenize(clause), 3);
  if (words.length === 0) return undefined;
  const found = sentencesOf(knowledge).filter((sentence) => LATER_NAMED.test(sentence) && words.every((word) => speaksOf(sentence, word)));
  return found.length === 1 ? found[0] : undefined;
}

/** The words of a who-question after its first that may name a thing: no filler, question, generic or function word. */
function thingWords(tokens: ReturnType<typeof tokenize>, minLength: number): string[] {
  return tokens
    .slice(1)
    .map((token) => token.folded)
    .filter(
      (word) =>
        word.length >= minLength &&
        !FILLER.has(word) &&
        !LEXICON.questionWords.has(word) &&
        !EventKnowledge.isGeneric(word) &&
        !EventKnowledge.isEntityOrFunction(word),
    );
}

/** The one sentence of the letter that answers who of a clause (see above), or undefined. */
export function whoSentence(clause: string, knowledge: EventKnowledge): string | undefined {
  if (!ASKS_WHO.test(clause)) return undefined;
  // "hvem er vært i december?": a time asked of is another occasion than the one the sentence tells of.
  const entities = extractEntities(clause);
  if (entities.dates.length + entities.weekdays.length + entities.relative.length + entities.times.length > 0) return undefined;
  if (tokenize(clause).some((token) => MONTH_WORDS.has(token.folded) || OTHER_TIME.test(token.folded))) return undefined;
  const tokens = tokenize(clause.replace(TIME_OFF, (_, day: string) => `${day}off`));
  const asked = new Set(tokens.map((token) => token.folded));
  const words = thingWords(tokens, 2);
  const talk = words.filter((word) => TALK_ASKED.test(word));
  const host = words.filter((word) => HOST_ASKED.test(word));
  const things = words.filter((word) => !talk.includes(word) && !host.includes(word));
  if (things.length + talk.length + host.length === 0 || things.length > 2) return undefined;
  // "hvem sidder i udvalget?" asks its members: a sentence naming one person who leads it does not answer that.
  const members = MEMBERS_ASKED.test(clause);
  const found = sentencesOf(knowledge).filter(
    (sentence) =>
      things.every((word) => speaksOf(sentence, word)) &&
      (!members || MEMBERS_SAID.test(sentence) || findNames(sentence).length >= 2) &&
      (talk.length === 0 || TALK_SAID.test(sentence)) &&
      (host.length === 0 || HOST_SAID.test(sentence)) &&
      namesSomeone(sentence, knowledge, asked, host.length > 0),
  );
  return found.length === 1 ? found[0] : undefined;
}
