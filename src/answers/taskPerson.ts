import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { messages } from '../i18n';
import type { Frame } from '../understanding/frame';
import { glossaryForms } from '../understanding/glossary';
import { EventKnowledge, LEXICON } from '../understanding/knowledge';
import { foldWord, stemWord, tokenize } from '../understanding/normalize';
import { passageSentences } from '../understanding/passageSentences';
import { matchPhrases } from '../understanding/phrases';
import { wordFormsOf } from '../understanding/saidBy';
import { ASKS_MAIL, ASKS_PHONE, MAIL_ADDRESS as MAIL, PHONE_NUMBER as PHONE, writesMailOrPhone } from './contactDetailWords';
import { forwarderDetails } from './forwarder';
import type { AnswerContext, Part } from './parts';

/**
 * "who takes the sign-ups?", "hvem samler ind?", "if I'm running late, who do I call?", "where do I send questions
 * beforehand?": the person the letter names for that task, in the sentence that gives it ("Tilmelding sker til Eva
 * Storm på tlf. …", "På dagen kan chaufføren Ib Lund kontaktes på …, hvis du bliver forsinket") — not the general
 * contact. The one sentence that speaks of the task asked and names someone with a phone or e-mail of their own
 * (there, or beside their name elsewhere in the letter); nothing when none or several do.
 */

/** Asking whom: "who", "hvem", "whom"; or where to send something ("where do I send …", "hvor sender jeg …"). */
const ASKS_WHOM = /(?<!\p{L})(?:who|whom|whos|who's|hvem)(?!\p{L})/iu;
const ASKS_WHERE_TO_SEND = /(?<!\p{L})(?:where|hvor)(?!\p{L}).*(?<!\p{L})(?:send|sende|sender|sendes|mail|maile)(?!\p{L})/iu;

/** Words of a task question that say whom is asked, not what the task is (folded). */
const ASKING_WORDS = new Set(
  [
    'call',
    'ring',
    'ringe',
    'ringer',
    'contact',
    'kontakt',
    'kontakte',
    'send',
    'sende',
    'sender',
    'sige',
    'siger',
    'tell',
    'ask',
    'spørge',
    'spørger',
    'henvende',
    'write',
    'skrive',
    'mail',
    'maile',
    'email',
    'takes',
    'take',
    'tager',
    'handles',
    'handle',
    'står',
    'doing',
    'does',
    'person',
    'personen',
  ].map(foldWord),
);

/** Subjects too broad to tie a sentence to a task: the meeting itself, contacts and speakers in general. */
const BROAD_SUBJECTS = new Set(['meeting', 'contact', 'speakers', 'purpose', 'programme', 'when', 'where', 'deadline', 'title']);

/** Roles, a person named, the sender: their own answers say who. */
const OWN_ANSWERS = new Set(['chair', 'moderator', 'host', 'person', 'sender', 'signatory', 'organisers', 'audience']);

/** A capitalised word, or a run of them: a name as a letter writes it. */
const CAPITALISED_RUN = /(?<![\p{L}\d@.])\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+){0,2}(?![\p{L}@])/gu;

/** Asking whom to reach: call, write, tell, ask, send to. */
const REACHING =
  /(?<!\p{L})(?:call|ring\p{L}*|contact|kontakt\p{L}*|send\p{L}*|sige til|siger til|tell|ask|spørge|sporge|henvende\p{L}*|write to|skrive til|melde\p{L}* til)(?!\p{L})/iu;

/** Danish verb particles written after the verb that make a compound written before it. */
const PARTICLE = /^(?:ind|op|ud)$/;

interface Concern {
  subjects: Set<string>;
  late: boolean;
}

function concernOf(text: string): Concern {
  const subjects = new Set(
    matchPhrases(LEXICON.subjects, wordFormsOf(text))
      .map((match) => String(match.tag))
      .filter((tag) => !BROAD_SUBJECTS.has(tag)),
  );
  const late = matchPhrases(LEXICON.lateOrEarly, wordFormsOf(text)).length > 0;
  return { subjects, late };
}

/** A sentence that may say whom to reach: it names someone the letter gives a phone or e-mail of, or gives one itself. */
interface Candidate {
  text: string;
  stems: string[];
  /** Each person named (as written) with whether this sentence gives their detail itself. */
  names: { name: string; here: boolean }[];
  detailed: boolean;
  concern?: Concern;
}

/** The letter's sentences that may say whom to reach, and each name's details, made once per event. */
interface Reachable {
  candidates: readonly Candidate[];
  /** The phone and e-mail the letter writes right after a name (one of each at most; several of a kind: none of it). */
  detailsOf: (name: string) => string[];
}

const REACHABLE = perEvent<Reachable>();

function reachableOf(knowledge: EventKnowledge): Reachable {
  return REACHABLE(knowledge.event, 'taskPerson', () => {
    const sentences = [...new Set(passageSentences(knowledge.event).flat())].filter((text) => text.length >= 12 && text.length <= 400);
    const named = sentences.map((text) => ({ text, names: namesIn(text, knowledge) }));
    // Each name's details as the letter writes them right after it; a first name stands for the whole name too.
    const mails = new Map<string, Set<string>>();
    const phones = new Map<string, Set<string>>();
    for (const { names } of named)
      for (const { written, after } of names)
        for (const key of new Set([written, written.split(' ')[0]!])) {
          for (const mail of after.match(MAIL) ?? []) mails.set(key, new Set([...(mails.get(key) ?? []), mail]));
          for (const phone of after.match(PHONE) ?? []) phones.set(key, new Set([...(phones.get(key) ?? []), phone.trim()]));
        }
    const detailsOf = (name: string) => [
      ...(mails.get(name)?.size === 1 ? mails.get(name)! : []),
      ...(phones.get(name)?.size === 1 ? phones.get(name)! : []),
    ];
    const candidates = named.flatMap(({ text, names }) => {
      const reachable = names
        .map(({ written }) => ({ name: written, details: detailsOf(written) }))
        .filter(({ details }) => details.length > 0)
        .map(({ name, details }) => ({ name, here: details.some((detail) => text.includes(detail)) }));
      const detailed = writesMailOrPhone(text);
      return reachable.length > 0 || detailed
        ? [{ text, stems: tokenize(text).map((token) => stemWord(token.folded)), names: reachable, detailed }]
        : [];
    });
    return { candidates, detailsOf };
  });
}

/** What a candidate sentence is about, worked out when first asked. */
function concernOfCandidate(candidate: Candidate): Concern {
  candidate.concern ??= concernOf(candidate.text);
  return candidate.concern;
}

/** Whether a sentence speaks of a word asked: in any form, translation or compound. */
function speaksOf(stems: readonly string[], word: string): boolean {
  return [...glossaryForms(word)].some((form) => {
    const own = stemWord(form);
    return stems.some((stem) => stem === own || (own.length >= 4 && stem.length >= own.length + 3 && stem.startsWith(own)));
  });
}

/** The words the letter writes in lower case somewhere (folded): no name's. */
const LOWER = perEvent<ReadonlySet<string>>();

function lowerCaseWords(event: MeetingEvent): ReadonlySet<string> {
  return LOWER(event, 'taskPersonLower', () => {
    // Not the words of an address ("eva.storm@…", "www.eva.dk"): a name is written in lower case there.
    const text = event.text.replace(/\S*[@/.]\S*[@/.]\S*|\S+@\S+/g, ' ');
    return new Set([...text.matchAll(/(?<![\p{L}\d])\p{Ll}\p{L}*/gu)].map((m) => foldWord(m[0])));
  });
}

/** Whether a capitalised word may be a person's name: never written in lower case, no place, organisation or cue. */
function nameLike(word: string, knowledge: EventKnowledge): boolean {
  const folded = foldWord(word.toLowerCase());
  return (
    !lowerCaseWords(knowledge.event).has(folded) &&
    !knowledge.placeWords.has(folded) &&
    !knowledge.organisationWords.has(folded) &&
    !LEXICON.common.has(folded) &&
    !LEXICON.cueWords.has(folded)
  );
}

/** What follows a name up to the next capitalised word that starts someone else's part of the sentence. */
function ownPart(after: string): string {
  const next = /\s\p{Lu}\p{Ll}/u.exec(after);
  return next ? after.slice(0, next.index) : after;
}

/** The names a sentence writes (first name, or first and last), each with what follows it up to the next name. */
function namesIn(sentence: string, knowledge: EventKnowledge): { written: string; after: string }[] {
  const start = /^\P{L}*/u.exec(sentence)![0].length;
  const found: { written: string; after: string }[] = [];
  for (const run of sentence.matchAll(CAPITALISED_RUN)) {
    // The sentence's first word has a capital for that alone.
    const words = run[0].split(/\s+/).slice(run.index === start ? 1 : 0);
    if (words.length === 0 || !words.every((word) => nameLike(word, knowledge))) continue;
    found.push({ written: words.join(' '), after: ownPart(sentence.slice(run.index + run[0].length)) });
  }
  return found;
}

/** The person of the event the name is of (full name, or the only one with that first name), else the name as written. */
function personOf(name: string, event: MeetingEvent): string {
  const exact = event.people.find((person) => person.name === name);
  if (exact) return exact.name;
  const first = event.people.filter((person) => person.name.split(/\s+/)[0] === name);
  return first.length === 1 ? first[0]!.name : name;
}

/** The writer speaking of themself: "contact me", "ring til mig". */
const WRITER = /(?<![\p{L}])(?:me|mig)(?![\p{L}])/iu;

export function taskPersonPart(frame: Frame, context: AnswerContext): Part | undefined {
  if (frame.check || frame.person || frame.inherited || frame.items?.length) return undefined;
  if (frame.topic && OWN_ANSWERS.has(frame.topic)) return undefined;
  const { clause } = frame;
  if (!ASKS_WHOM.test(clause) && !ASKS_WHERE_TO_SEND.test(clause)) return undefined;
  const asked = concernOf(clause);
  const folded = tokenize(clause).map((token) => token.folded);
  // A Danish verb with its particle is the compound ("samler ind" → "indsamler", "skriver op" → "opskriver").
  const joined = new Map<string, string>();
  folded.forEach((word, i) => {
    if (PARTICLE.test(folded[i + 1] ?? '') && word.length >= 4) joined.set(folded[i + 1]! + word, word);
  });
  const content = (word: string) =>
    word.length >= 3 &&
    !/\d/.test(word) &&
    !ASKING_WORDS.has(word) &&
    !LEXICON.questionWords.has(word) &&
    !EventKnowledge.isGeneric(word) &&
    !EventKnowledge.isEntityOrFunction(word);
  const words = [...folded, ...joined.keys()].filter(content);
  // Asked who does a thing, every word of the thing must be spoken of, its compound standing for a verb and its
  // particle, and a word of a subject the sentence shares for that word: "who is teaching the course" is not
  // answered by a sentence that only names the course.
  const shared = (concern: Concern | undefined) => [...asked.subjects].some((subject) => concern?.subjects.has(subject));
  const needed = words.filter((word) => !joined.has(word));
  if (words.length === 0 && asked.subjects.size === 0 && !asked.late) return undefined;
  // Asked whom to reach ("who do I call", "hvem skal jeg sige til"), the person's details may stand elsewhere in the
  // letter; asked only who does it ("who takes the sign-ups"), the sentence gives them itself.
  const reaching = REACHING.test(clause);
  let best: { text: string; name: string | undefined }[] = [];
  let bestScore = 0;
  for (const sentence of reachableOf(context.knowledge).candidates) {
    const concern = asked.subjects.size > 0 || asked.late ? concernOfCandidate(sentence) : undefined;
    const score =
      words.filter((word) => speaksOf(sentence.stems, word)).length +
      [...asked.subjects].filter((subject) => concern!.subjects.has(subject)).length +
      (asked.late && concern!.late ? 1 : 0);
    if (score === 0 || score < bestScore) continue;
    const spoken = words.filter((word) => speaksOf(sentence.stems, word));
    const covered = (word: string) =>
      spoken.includes(word) ||
      [...joined].some(([compound, verb]) => verb === word && spoken.includes(compound)) ||
      (LEXICON.cueWords.has(word) && shared(concern));
    if (!reaching && !needed.every(covered)) continue;
    const names = sentence.names.filter((named) => reaching || named.here);
    const name = names.length === 1 ? names[0]!.name : undefined;
    const detailed = sentence.detailed;
    // A sentence giving only an address to write to ("Send dine spørgsmål til info@…") competes too: no one named then.
    if (!name && !detailed) continue;
    if (score > bestScore) [best, bestScore] = [[], score];
    best.push({ text: sentence.text, name });
  }
  if (best.length !== 1 || !best[0]!.name) return undefined;
  // "… reach out to me on Slack or call me on …": the writer is whom to reach; a word with a capital the letter gives no
  // one of its people is no one beside them (the contact answer names the writer).
  const known = context.event.people.some((person) => person.name === personOf(best[0]!.name!, context.event));
  if (!known && WRITER.test(best[0]!.text)) return undefined;
  const other = context.event.language !== context.lang;
  return {
    text: messages(context.lang).answers.passage(best[0]!.text, other),
    other: other || undefined,
    person: personOf(best[0]!.name, context.event),
  };
}

/**
 * "whats her number?" after a task's answer named someone ("til Eva på sms 61 72 83 94"): the phone or e-mail the letter
 * writes beside that name, of the kind asked (both when neither is); nothing when it writes none.
 */
export function namedContactPart(name: string, frame: Frame, context: AnswerContext): Part | undefined {
  const words = tokenize(frame.clause).map((token) => token.folded);
  const phone = words.some((word) => ASKS_PHONE.test(word));
  const mail = words.some((word) => ASKS_MAIL.test(word));
  const details =
    forwarderDetails(name, context.event, phone, mail) ??
    reachableOf(context.knowledge)
      .detailsOf(name)
      .filter((detail) => phone === mail || detail.includes('@') === mail);
  if (details.length === 0) return undefined;
  return { text: messages(context.lang).answers.person(name, [], details.join(', ')), person: name };
}
