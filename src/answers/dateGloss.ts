import type { Lang } from '../i18n';

/**
 * Dates of a text quoted in the letter's language, written as the asker's language writes them: "fra den 1. marts"
 * quoted in an English answer is "1 March". Only months whose names differ between the languages are glossed;
 * "15. august" reads the same either way.
 */

const DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DIFFERING = DA.map((_, i) => i).filter((i) => DA[i] !== EN[i]!.toLowerCase());

/** "1. marts", "17. oktober 2027" as Danish letters write dates. */
const DANISH_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s*(${DIFFERING.map((i) => DA[i]).join('|')})(?!\p{L})(?:\s+(20\d{2})(?!\d))?`,
  'giu',
);
/** "16 August 2027", "May 25", "25th May" as English letters write dates. */
const ENGLISH_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${DIFFERING.map((i) => EN[i]).join('|')})|(${DIFFERING.map((i) => EN[i]).join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\d])(?:,?\s+(20\d{2})(?!\d))?`,
  'gu',
);

/** The dates of a text written in the other language than `lang`, as `lang` writes them, each once, in order. */
export function datesInOwnLanguage(text: string, lang: Lang): string[] {
  const found: string[] = [];
  const add = (day: string, month: number, year: string | undefined) => {
    const written = lang === 'en' ? `${Number(day)} ${EN[month]}` : `${Number(day)}. ${DA[month]}`;
    const full = year ? `${written} ${year}` : written;
    if (!found.includes(full) && Number(day) >= 1 && Number(day) <= 31) found.push(full);
  };
  if (lang === 'en') {
    for (const m of text.matchAll(DANISH_DATE)) add(m[1]!, DA.indexOf(m[2]!.toLowerCase()), m[3]);
  } else {
    for (const m of text.matchAll(ENGLISH_DATE)) add(m[1] ?? m[4]!, EN.indexOf(m[2] ?? m[3]!), m[5]);
  }
  return found;
}

/** "2. sal", "3. etage" as Danish letters number floors; "stueetagen" the ground floor. */
const DANISH_FLOOR = /(?<![\p{L}\d])(\d{1,2})\.\s*(?:sal|etage)(?!\p{L})|(?<!\p{L})(stueetage)\p{L}*/giu;
/** "2nd floor", "ground floor" as English letters write floors. */
const ENGLISH_FLOOR = /(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th)|(ground))\s+floor(?!\p{L})/giu;

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * The floors of a text written in the other language than `lang`, as `lang` writes them: "2. sal" quoted in an English
 * answer is "2nd floor" (Danish counts floors above the ground floor, as British English does).
 */
export function floorsInOwnLanguage(text: string, lang: Lang): string[] {
  const found: string[] = [];
  const add = (written: string) => {
    if (!found.includes(written)) found.push(written);
  };
  if (lang === 'en') {
    for (const m of text.matchAll(DANISH_FLOOR)) add(m[2] ? 'ground floor' : `${Number(m[1])}${ordinalSuffix(Number(m[1]))} floor`);
  } else {
    for (const m of text.matchAll(ENGLISH_FLOOR)) add(m[2] ? 'stueetagen' : `${Number(m[1])}. sal`);
  }
  return found;
}
