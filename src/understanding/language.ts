import type { Lang } from '../i18n';
import { COMMON_WORDS } from './lexicon/commonWords';
import { FUNCTION_WORDS, LEANING_WORDS } from './lexicon/words';
import { foldWord, type Token } from './normalize';

const folded = (words: readonly string[]): Set<string> => new Set(words.map((word) => foldWord(word)));
const DA = folded([...FUNCTION_WORDS.da, ...COMMON_WORDS.da]);
const EN = folded([...FUNCTION_WORDS.en, ...COMMON_WORDS.en]);
const DANISH_ONLY = new Set([...DA].filter((word) => !EN.has(word)));
const ENGLISH_ONLY = new Set([...EN].filter((word) => !DA.has(word)));
const LEANS_DA = folded(LEANING_WORDS.da);
const LEANS_EN = folded(LEANING_WORDS.en.filter((word) => !word.endsWith('?')));

/**
 * Danish or English, from the words themselves: æ, ø and å and words only one language has count fully, words that
 * merely lean one way count half. Only a tie falls back — to the language of the conversation so far, then to the
 * client's locale (Teams and the Agents Playground may send en-US for a Danish user), then Danish.
 */
export function detectLanguage(
  tokens: readonly Token[],
  fallback: { previous?: Lang; hint?: Lang; cues?: { da: ReadonlySet<string>; en: ReadonlySet<string> } } = {},
): Lang {
  let da = 0;
  let en = 0;
  for (const token of tokens) {
    if (/[æøå]/.test(token.raw)) da += 2;
    if (DANISH_ONLY.has(token.folded)) da += 1;
    else if (ENGLISH_ONLY.has(token.folded)) en += 1;
    else if (LEANS_DA.has(token.folded)) da += 0.5;
    else if (LEANS_EN.has(token.folded)) en += 0.5;
    // A question word of one language's lexicon ("duration?", "weekday?", "tilmelding?").
    else if (fallback.cues?.da.has(token.folded)) da += 0.5;
    else if (fallback.cues?.en.has(token.folded)) en += 0.5;
  }
  if (da > en) return 'da';
  if (en > da) return 'en';
  return fallback.previous ?? fallback.hint ?? 'da';
}

/** Maps a Bot Framework locale ("en-US", "da-DK") to a language hint. */
export function languageFromLocale(locale: string | undefined): Lang | undefined {
  if (!locale || typeof locale !== 'string') return undefined;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  if (primary === 'da' || primary === 'nb' || primary === 'no' || primary === 'sv') return 'da';
  if (primary === 'en') return 'en';
  return undefined;
}
