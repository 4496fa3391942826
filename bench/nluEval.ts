import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { composeAnswer } from '../src/answers/compose';
import type { MeetingEvent } from '../src/event/schema';
import type { Recognizer } from '../src/understanding/recognizer';

export interface DevQuestion {
  text: string;
  lang: 'da' | 'en';
  intents: string[];
  facts: string[];
  kind: string;
}

export interface Miss {
  question: DevQuestion;
  got: string[];
  missingFacts: string[];
  wrongLanguage: boolean;
}

export interface Evaluation {
  total: number;
  inScope: number;
  /** Every fact present, in the question's language, and not an "I don't know". The headline figure. */
  inScopeCorrect: number;
  /** Stricter: also exactly the expected intents, nothing extra (a paragraph quote counts as "passage"). */
  exactIntents: number;
  outOfScope: number;
  falseFacts: number;
  wrongLanguage: number;
  misses: Miss[];
}

export function loadQuestions(name: string): DevQuestion[] {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'test', 'fixtures', name), 'utf8')) as DevQuestion[];
}

/** A fixed clock before the meeting, so "when" answers read as they would to an invitee. */
export const EVAL_NOW = DateTime.fromISO('2024-10-27T12:00:00', { zone: 'Europe/Copenhagen' });

const lower = (text: string): string => text.toLowerCase();

/**
 * In scope: right intents (order-free), every fact in the answer, answered in the question's language.
 * Out of scope: anything but "I don't know" is a false fact.
 */
export function evaluate(recognizer: Recognizer, event: MeetingEvent, questions: DevQuestion[]): Evaluation {
  const result: Evaluation = { total: questions.length, inScope: 0, inScopeCorrect: 0, exactIntents: 0, outOfScope: 0, falseFacts: 0, wrongLanguage: 0, misses: [] };
  for (const question of questions) {
    const understanding = recognizer.recognize(question.text);
    const answer = composeAnswer(understanding, event, EVAL_NOW);
    const got = [...answer.intents];
    const wrongLanguage = understanding.lang !== question.lang;
    if (wrongLanguage) result.wrongLanguage++;
    if (question.intents.length === 1 && question.intents[0] === 'none') {
      result.outOfScope++;
      const honest = got.length === 1 && got[0] === 'dontKnow';
      if (!honest) {
        result.falseFacts++;
        result.misses.push({ question, got, missingFacts: [], wrongLanguage });
      }
      continue;
    }
    result.inScope++;
    const sameIntents = [...got].sort().join() === [...question.intents].sort().join();
    const missingFacts = question.facts.filter((fact) => !lower(answer.text).includes(lower(fact)));
    // An intent without facts (sign-up, small talk) is right only when recognised as such.
    const needsIntent = question.facts.length === 0;
    const answered = !got.includes('dontKnow') && missingFacts.length === 0 && !wrongLanguage && (!needsIntent || sameIntents);
    if (answered) result.inScopeCorrect++;
    if (answered && sameIntents) result.exactIntents++;
    if (!answered) result.misses.push({ question, got, missingFacts, wrongLanguage });
  }
  return result;
}
