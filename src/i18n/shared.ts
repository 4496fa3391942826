import type { ContactFacts } from './types';

/** "Name, title (Organisation), e-mail x, phone y, website": the words for e-mail and phone come from the language. */
export function contactLine(c: ContactFacts, words: { email: string; phone: string }): string {
  const who = [c.name, c.title].filter(Boolean).join(', ');
  return [
    c.organisation && !who.includes(c.organisation) ? `${who} (${c.organisation})` : who,
    c.email ? `${words.email} ${c.email}` : undefined,
    c.phone ? `${words.phone} ${c.phone}` : undefined,
    c.website,
  ]
    .filter(Boolean)
    .join(', ');
}

export const bulletList = (items: string[]): string => items.map((item) => `- ${item}`).join('\n');

/** A list joined as the language joins lists: "a, b og c" / "a, b and c". */
export function listOf(items: string[], lang: 'da' | 'en', type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang}:${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(lang === 'da' ? 'da' : 'en-GB', { type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

/** Making an Intl.ListFormat costs more than formatting with it, and answers list things often. */
const listFormats = new Map<string, Intl.ListFormat>();
