import { foldWord, stripMarkup } from '../understanding/normalize';

const YES = ['ja', 'jep', 'jo', 'ja tak', 'ja gerne', 'gerne', 'yes', 'yep', 'yeah', 'ok', 'okay', 'sure', 'correct', 'korrekt', 'rigtigt', 'det er rigtigt', 'bekræft', 'bekræfter', 'confirm', 'selvfølgelig', 'absolut', 'helt sikkert', 'y', 'j', '👍', 'prøv igen', 'try again', 'retry'];
const NO = ['nej', 'nej tak', 'nope', 'no', 'no thanks', 'nah', 'ikke', 'forkert', 'wrong', 'n', '👎'];

const fold = (text: string) =>
  stripMarkup(text)
    .toLowerCase()
    .replace(/[.!,]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => (/\p{L}/u.test(word) ? foldWord(word) : word))
    .join(' ');

const YES_SET = new Set(YES.map(fold));
const NO_SET = new Set(NO.map(fold));

/**
 * Danish and English yes/no, which botbuilder's ConfirmPrompt does not know in Danish.
 * Whole answers only: "ja" and "nej tak" count, "jamen hvor er det?" does not.
 */
export function recognizeYesNo(text: string): boolean | undefined {
  const folded = fold(text);
  if (YES_SET.has(folded)) return true;
  if (NO_SET.has(folded)) return false;
  return undefined;
}
