import type { Lang } from '../../src/i18n';
import { detectLanguage } from '../../src/understanding/language';
import { intentCues, UNKNOWN_TOPICS, type Intent } from '../../src/understanding/lexicon';
import { tokenize } from '../../src/understanding/normalize';
import type { Recognizer, Understanding } from '../../src/understanding/recognizer';

type Vector = Map<string, number>;

function grams(text: string): string[] {
  const padded = ` ${tokenize(text).map((t) => t.folded).join(' ')} `;
  const result: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) result.push(padded.slice(i, i + 3));
  return result;
}

/**
 * The baseline ARCHITECTURE.md measured at 86%: character-trigram TF-IDF, nearest neighbour,
 * trained on the same cue phrases as the CueRecognizer (plus the unknown topics as "none").
 * Kept in bench/ only, to compare matchers on the same dev set.
 */
export class NgramNearestRecognizer implements Recognizer {
  private readonly examples: Array<{ label: Intent | 'none'; vector: Vector }> = [];
  private readonly idf = new Map<string, number>();

  constructor(private readonly floor = 0.35) {
    const raw: Array<{ label: Intent | 'none'; text: string }> = [
      ...intentCues().filter((cue) => cue.weight >= 2).map((cue) => ({ label: cue.intent, text: cue.phrase })),
      ...(['da', 'en'] as const).flatMap((lang) => UNKNOWN_TOPICS[lang].map((text) => ({ label: 'none' as const, text }))),
    ];
    const df = new Map<string, number>();
    for (const { text } of raw) for (const gram of new Set(grams(text))) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const [gram, count] of df) this.idf.set(gram, Math.log((1 + raw.length) / (1 + count)) + 1);
    for (const { label, text } of raw) this.examples.push({ label, vector: this.vectorize(text) });
  }

  private vectorize(text: string): Vector {
    const vector: Vector = new Map();
    for (const gram of grams(text)) vector.set(gram, (vector.get(gram) ?? 0) + (this.idf.get(gram) ?? 1));
    let norm = 0;
    for (const value of vector.values()) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    for (const [gram, value] of vector) vector.set(gram, value / norm);
    return vector;
  }

  recognize(text: string, languageHint?: Lang): Understanding {
    const vector = this.vectorize(text);
    let best: { label: Intent | 'none'; score: number } = { label: 'none', score: 0 };
    for (const example of this.examples) {
      let score = 0;
      for (const [gram, value] of vector) score += value * (example.vector.get(gram) ?? 0);
      if (score > best.score) best = { label: example.label, score };
    }
    const lang = detectLanguage(tokenize(text), { da: 0, en: 0 }, languageHint);
    if (best.label === 'none' || best.score < this.floor) return { lang, intents: [], unknownTopic: best.label === 'none' };
    return { lang, intents: [best.label], unknownTopic: false };
  }
}
