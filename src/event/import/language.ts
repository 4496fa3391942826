import type { EventLang } from '../schema';

/** Short words that are frequent in one language and rare in the other; "for", "i" and "til" are left out. */
const DANISH = new Set(
  'og at er det der som på med af den de vi du jer dig mødet møde kl ikke kan vil skal har være bliver også hvor hvordan hvad eller efter inden senest tilmelding velkommen hilsen venlig samt ved om fra'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and of to is are you we our your will be with on at by this that from please register registration welcome regards meeting conference which who what how or after before'.split(
    ' ',
  ),
);

/** The letter's language by counting frequent words of each; æ, ø and å tip a close count to Danish. */
export function detectLanguage(text: string): EventLang {
  let danish = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DANISH.has(word)) danish++;
    if (ENGLISH.has(word)) english++;
  }
  if (danish === english) return /[æøå]/i.test(text) ? 'da' : 'en';
  return danish > english ? 'da' : 'en';
}
