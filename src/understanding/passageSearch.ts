import MiniSearch from 'minisearch';
import type { MeetingEvent } from '../event/schema';
import { FUNCTION_WORDS, MEETING_WORDS } from './lexicon';
import { foldWord, tokenize } from './normalize';

export interface PassageHit {
  id: string;
  text: string;
  score: number;
  matchedTerms: number;
}

/** Words too common in this kind of invitation to say which passage a question is about. */
const GENERIC = new Set(
  [...FUNCTION_WORDS.da, ...FUNCTION_WORDS.en, ...MEETING_WORDS.da, ...MEETING_WORDS.en, 'kl', 'kommune', 'kommunerne', 'kommuner']
    .map((word) => foldWord(word)),
);

const terms = (text: string): string[] =>
  tokenize(text)
    .map((token) => token.folded)
    .filter((word) => word.length > 2 && !GENERIC.has(word));

/**
 * Full-text search over the invitation's own paragraphs, for questions no intent covers.
 * A hit counts only when at least `minTerms` distinct content words match and the score clears `minScore`:
 * quoting a loosely related paragraph would be a wrong answer.
 */
export class PassageSearch {
  private readonly index: MiniSearch<{ id: string; text: string }>;
  private readonly texts = new Map<string, string>();

  constructor(
    event: MeetingEvent,
    private readonly minScore = 6,
    private readonly minTerms = 2,
  ) {
    this.index = new MiniSearch({
      fields: ['text'],
      storeFields: ['text'],
      tokenize: (text) => terms(text),
      processTerm: (term) => term,
      searchOptions: { fuzzy: (term) => (term.length >= 6 ? 0.2 : term.length >= 4 ? 1 : 0), prefix: (term) => term.length >= 5 },
    });
    this.index.addAll(event.passages);
    for (const passage of event.passages) this.texts.set(passage.id, passage.text);
  }

  search(question: string): PassageHit | undefined {
    const [best] = this.index.search(question);
    if (!best) return undefined;
    const matchedTerms = new Set(best.queryTerms).size;
    if (matchedTerms < this.minTerms || best.score < this.minScore) return undefined;
    return { id: String(best.id), text: this.texts.get(String(best.id)) ?? '', score: best.score, matchedTerms };
  }
}
