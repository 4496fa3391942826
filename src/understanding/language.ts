import type { Lang } from '../i18n';
import { FUNCTION_WORDS } from './lexicon';
import { foldWord, type Token } from './normalize';

const folded = (words: string[]): Set<string> => new Set(words.map(foldWord));
const DA = folded(FUNCTION_WORDS.da);
const EN = folded(FUNCTION_WORDS.en);
const DANISH_ONLY = new Set([...DA].filter((word) => !EN.has(word)));
const ENGLISH_ONLY = new Set([...EN].filter((word) => !DA.has(word)));

/**
 * Danish or English, from the words themselves. The client's locale is only a hint for a tie:
 * a Teams client set to English still gets Danish answers to Danish questions.
 * `cueVotes` are the language-tagged cue matches the recogniser found.
 */
export function detectLanguage(tokens: Token[], cueVotes: { da: number; en: number }, hint?: Lang): Lang {
  let da = cueVotes.da;
  let en = cueVotes.en;
  for (const token of tokens) {
    if (/[æøå]/.test(token.raw)) da += 2;
    if (DANISH_ONLY.has(token.folded)) da += 1;
    if (ENGLISH_ONLY.has(token.folded)) en += 1;
  }
  if (da > en) return 'da';
  if (en > da) return 'en';
  return hint ?? 'da';
}

/** Maps a Bot Framework locale ("en-US", "da-DK") to a language hint. */
export function languageFromLocale(locale: string | undefined): Lang | undefined {
  if (!locale || typeof locale !== 'string') return undefined;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  if (primary === 'da' || primary === 'nb' || primary === 'no' || primary === 'sv') return 'da';
  if (primary === 'en') return 'en';
  return undefined;
}
