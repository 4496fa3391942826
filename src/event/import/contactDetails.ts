/**
 * Web addresses, e-mail addresses and phone numbers as letters write them: with or without a scheme
 * ("bronderslev.dk/tilmeld"), Danish numbers in pairs ("99 45 46 82"), with a country code ("+45 87 32 10 40").
 * Each is returned as written, so the bot quotes the letter's own spelling.
 */

export interface Found {
  /** Position in the searched text. */
  index: number;
  value: string;
}

/** Top-level domains seen on invitations here; a bare "name.tld" only counts as a web address with one of them. */
const TLDS = 'dk|com|org|net|eu|se|no|fi|de|uk|nl|io|info|nu|gl|fo|is|int|edu|gov|app|dev|events|online';

const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const BARE_URL = new RegExp(`(?<![@\\w.\\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?:\\/[^\\s<>"'\`]*)?(?![\\w@-])`, 'gi');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

const PHONE_PATTERNS = [
  // With a country code: "+45 87 32 10 40", "0045 12345678", "+46 8 123 456 78".
  /(?<![\w+])(?:\+|00)\d{1,3}(?:[\s-]?\d{1,4}){2,5}(?!\d)/g,
  // A Danish number in pairs or halves: "99 45 46 82", "9945 4682".
  /(?<![\d+.,/:-])(?:\d{2}[ -]\d{2}[ -]\d{2}[ -]\d{2}|\d{4}[ -]\d{4})(?![\d.,:]\d|\d)/g,
];
/** Eight digits in a row count only after a word that says "phone", since they could be any number. */
const PLAIN_PHONE = /(?:tlf|telefon|phone|tel|ring|call|mobil|mob|sms)\.?(?:\s*(?:nr|no)\.?)?\s*(?:på|on|:)?\s*(\d{8})(?!\d)/gi;

/** Trailing punctuation is the sentence's, not the address's. */
function trimUrl(value: string): string {
  let url = value.replace(/[.,;:!?'"»”]+$/, '');
  while (url.endsWith(')') && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length) url = url.slice(0, -1);
  return url.replace(/[.,;:!?]+$/, '');
}

function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))];
}

export function findUrls(text: string): Found[] {
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of [URL_WITH_SCHEME, BARE_URL]) {
    for (const match of matches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const value = trimUrl(match[0]);
      if (value.length < 4 || !/\.[a-z]{2,}/i.test(value)) continue;
      taken.push([start, end]);
      found.push({ index: start, value });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findEmails(text: string): Found[] {
  return matches(EMAIL, text).map((match) => ({ index: match.index, value: match[0].replace(/[.]+$/, '') }));
}

export function findPhones(text: string): Found[] {
  const masked = maskLinks(text);
  const found: Found[] = [];
  const overlaps = (index: number, value: string): boolean =>
    found.some((f) => index < f.index + f.value.length && index + value.length > f.index);
  for (const pattern of PHONE_PATTERNS) {
    for (const match of matches(pattern, masked)) {
      if (/(cvr|ean|konto|reg)\.?\s*(nr\.?)?\s*$/i.test(masked.slice(Math.max(0, match.index - 12), match.index))) continue;
      const value = match[0].trim();
      if (!overlaps(match.index, value)) found.push({ index: match.index, value });
    }
  }
  for (const match of matches(PLAIN_PHONE, masked)) {
    const value = match[1]!;
    const index = match.index + match[0].lastIndexOf(value);
    if (!overlaps(index, value)) found.push({ index, value });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The text with web and e-mail addresses blanked out (same length, so positions stay): numbers in a link
 * ("…/2027/04/…", "nef2027.dk") are no dates, times or phone numbers.
 */
export function maskLinks(text: string): string {
  let masked = text;
  for (const found of [...findUrls(text), ...findEmails(text)]) {
    const length = found.value.length;
    masked = masked.slice(0, found.index) + ' '.repeat(length) + masked.slice(found.index + length);
  }
  return masked;
}

/** A link as the bot can show it: angle brackets and "mailto:" gone. */
export function cleanUrl(value: string): string {
  return value.replace(/^<|>$/g, '').replace(/^mailto:/i, '');
}
