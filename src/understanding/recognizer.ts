import type { MeetingEvent } from '../event/schema';
import type { Lang } from '../i18n';
import { detectLanguage } from './language';
import {
  COMMAND_INTENTS,
  CONTENT_INTENTS,
  ORGANISER_INTENTS,
  FUNCTION_WORDS,
  intentCues,
  MEETING_WORDS,
  QUESTION_WORDS,
  UNKNOWN_TOPICS,
  type Intent,
} from './lexicon';
import { foldWord, splitClauses, tokenize, type Token } from './normalize';
import { PassageSearch, type PassageHit } from './passageSearch';
import { Vocabulary } from './vocabulary';

/** What the bot made of one message. */
export interface Understanding {
  lang: Lang;
  /** Intents in the order they were asked; empty when nothing was understood. */
  intents: Intent[];
  /** True when (part of) the message asks about something the invitation does not cover. */
  unknownTopic: boolean;
  /** A paragraph of the invitation that answers a question no intent covers. */
  passage?: PassageHit;
}

/** The seam for another recogniser (a cloud service, say): text in, understanding out. */
export interface Recognizer {
  recognize(text: string, languageHint?: Lang): Understanding;
}

interface CompiledCue {
  intent: Intent | 'unknownTopic';
  words: string[];
  weight: number;
  lang: Lang;
}

interface ClauseResult {
  intents: Intent[];
  unknownTopic: boolean;
  /** Only bare question words or supporting words matched ("where is it?"). */
  weak: boolean;
  /** The clause names the meeting itself ("hvor er mødet"), so it is not about some other thing. */
  namesMeeting: boolean;
}

const SMALL_TALK = new Set<Intent>(['greeting', 'help', 'thanks']);
const REQUESTS: readonly string[] = [...COMMAND_INTENTS, ...ORGANISER_INTENTS];
const SUBSTANTIVE: readonly string[] = [...CONTENT_INTENTS, ...REQUESTS];
/** Anything but small talk: a question about the meeting or a request about one's registration. */
const isSubstantive = (intent: Intent): boolean => SUBSTANTIVE.includes(intent);

/**
 * Words of the invitation's own strings, so "Herning" or "dagtilbud" never count as unknown.
 * The sign-up form's prompts are left out: they are the bot's words, not the invitation's.
 */
function eventWords(event: MeetingEvent): string[] {
  const { registration: _form, ...invitation } = event;
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(invitation);
  return strings.flatMap((text) => tokenize(text).map((token) => token.folded));
}

/**
 * Intent matching by weighted cue phrases over folded, typo-corrected words, clause by clause,
 * with passage search behind it. Deterministic, local, and explainable: every decision traces to a cue.
 */
export class CueRecognizer implements Recognizer {
  private readonly cues: CompiledCue[];
  /** Cues by their first word, so a clause is matched in time linear in its length. */
  private readonly cuesByFirstWord = new Map<string, CompiledCue[]>();
  private readonly vocabulary: Vocabulary;
  private readonly passages: PassageSearch;
  private readonly meetingWords = new Set([...MEETING_WORDS.da, ...MEETING_WORDS.en].map(foldWord));
  private readonly questionWords = new Set(QUESTION_WORDS.map((word) => tokenize(word).map((t) => t.folded).join(' ')));

  constructor(event: MeetingEvent) {
    const compile = (phrase: string): string[] => tokenize(phrase).map((token) => token.folded);
    this.cues = [
      ...intentCues().map((cue) => ({ intent: cue.intent, words: compile(cue.phrase), weight: cue.weight, lang: cue.lang })),
      ...(['da', 'en'] as const).flatMap((lang) =>
        UNKNOWN_TOPICS[lang].map((phrase) => ({ intent: 'unknownTopic' as const, words: compile(phrase), weight: 3, lang })),
      ),
    ].filter((cue) => cue.words.length > 0);
    for (const cue of this.cues) {
      const list = this.cuesByFirstWord.get(cue.words[0]!) ?? [];
      list.push(cue);
      this.cuesByFirstWord.set(cue.words[0]!, list);
    }
    const cueWords = this.cues.flatMap((cue) => cue.words);
    const other = [
      ...FUNCTION_WORDS.da,
      ...FUNCTION_WORDS.en,
      ...MEETING_WORDS.da,
      ...MEETING_WORDS.en,
    ].map((word) => foldWord(word));
    this.vocabulary = new Vocabulary(cueWords, [...other, ...eventWords(event)]);
    this.passages = new PassageSearch(event);
  }

  recognize(text: string, languageHint?: Lang): Understanding {
    const votes = { da: 0, en: 0 };
    const clauses = splitClauses(text).map((clause) => this.recognizeClause(tokenize(clause), votes));
    const unknownTopic = clauses.some((clause) => clause.unknownTopic);
    const intents: Intent[] = [];
    for (const clause of clauses) {
      // Beside a question about something unknown, a bare "and where is it?" is about that thing, not the meeting.
      if (unknownTopic && clause.weak && !clause.namesMeeting) continue;
      for (const intent of clause.intents) if (!intents.includes(intent)) intents.push(intent);
    }
    const lang = detectLanguage(tokenize(text), votes, languageHint);
    const content = intents.filter(isSubstantive);
    if (content.length > 0) return { lang, intents: content, unknownTopic };
    if (!unknownTopic) {
      const passage = this.passages.search(text);
      if (passage) return { lang, intents: [], unknownTopic: false, passage };
    }
    return { lang, intents: unknownTopic ? [] : intents.filter((intent) => SMALL_TALK.has(intent)), unknownTopic };
  }

  private recognizeClause(tokens: Token[], votes: { da: number; en: number }): ClauseResult {
    const words = tokens.map((token) => token.folded);
    const resolved = words.map((word) => new Set([word, ...this.vocabulary.resolve(word)]));
    const matches: Array<{ cue: CompiledCue; start: number; end: number }> = [];
    for (let start = 0; start < words.length; start++) {
      for (const first of resolved[start]!) {
        for (const cue of this.cuesByFirstWord.get(first) ?? []) {
          if (start + cue.words.length > words.length) continue;
          if (cue.words.every((word, offset) => resolved[start + offset]!.has(word))) {
            matches.push({ cue, start, end: start + cue.words.length });
          }
        }
      }
    }
    // Longer phrases win their words: "hvor lang tid" is a duration, so its "hvor" is not a "where".
    matches.sort((a, b) => b.end - b.start - (a.end - a.start));
    const consumed = new Array<number>(words.length).fill(0);
    const scores = new Map<Intent, { score: number; best: number }>();
    let unknownTopic = false;
    for (const match of matches) {
      const length = match.end - match.start;
      let blocked = false;
      for (let i = match.start; i < match.end; i++) if (consumed[i]! > length) blocked = true;
      if (blocked) continue;
      for (let i = match.start; i < match.end; i++) consumed[i] = Math.max(consumed[i]!, length);
      votes[match.cue.lang] += match.cue.words.length;
      if (match.cue.intent === 'unknownTopic') {
        unknownTopic = true;
        continue;
      }
      const entry = scores.get(match.cue.intent) ?? { score: 0, best: 0 };
      entry.score += match.cue.weight;
      entry.best = Math.max(entry.best, match.cue.weight);
      scores.set(match.cue.intent, entry);
    }
    const namesMeeting = words.some((word) => this.meetingWords.has(word));
    if (unknownTopic) return { intents: [], unknownTopic: true, weak: false, namesMeeting };

    const unknownWords = words.filter((word, i) => consumed[i] === 0 && !this.vocabulary.isKnown(word)).length;
    // A supporting word alone answers only a question or a keyword query, not a remark ("har fået den videresendt").
    const isQuestion = words.length <= 2 || words.some((word) => this.questionWords.has(word));
    const firstPosition = (intent: Intent): number =>
      Math.min(...matches.filter((m) => m.cue.intent === intent).map((m) => m.start));

    let accepted = [...scores.entries()]
      .filter(([, { score, best }]) => best === 3 || score >= 4 || (unknownWords === 0 && (best === 1 || (isQuestion && score >= 2))))
      .map(([intent, { best }]) => ({ intent, best }));
    // A bare question word yields to any real cue in the same clause ("hvornår slutter det?" is about the end).
    if (accepted.some((a) => a.best >= 2)) accepted = accepted.filter((a) => a.best >= 2);
    // Within one clause, a weak supporting word yields to a decisive one.
    if (accepted.some((a) => a.best === 3)) accepted = accepted.filter((a) => a.best === 3 || scores.get(a.intent)!.score >= 4);
    let intents = accepted.map((a) => a.intent);
    // A request about one's own registration outranks the question words around it ("ret min e-mail").
    const commands = intents.filter((i) => REQUESTS.includes(i));
    if (commands.length > 0) intents = commands;
    // Asking how to register is not asking to be registered, and "when does it end" is not "when".
    if (intents.includes('registrationLink') && intents.includes('signUp')) intents = intents.filter((i) => i !== 'signUp');
    if (intents.some((i) => i === 'endTime' || i === 'duration' || i === 'weekday')) {
      intents = intents.filter((i) => i !== 'when');
    }
    intents.sort((a, b) => firstPosition(a) - firstPosition(b));
    return { intents, unknownTopic: false, weak: intents.every((intent) => scores.get(intent)!.best < 3), namesMeeting };
  }
}
