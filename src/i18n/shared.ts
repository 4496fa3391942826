import type { ContactFacts } from './types';

/** "Name, title (Organisation), e-mail x, phone y, website": the words for e-mail and phone come from the language. */
export function contactLine(c: ContactFacts, words: { email: string; phone: string }): string {
  return [
    `${c.name}${c.title ? `, ${c.title}` : ''} (${c.organisation})`,
    c.email ? `${words.email} ${c.email}` : undefined,
    c.phone ? `${words.phone} ${c.phone}` : undefined,
    c.website,
  ]
    .filter(Boolean)
    .join(', ');
}

export const bulletList = (items: string[]): string => items.map((item) => `- ${item}`).join('\n');
