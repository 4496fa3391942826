import { da } from './da';
import { en } from './en';
import type { Lang, Messages } from './types';

export * from './types';

const catalogue: Record<Lang, Messages> = { da, en };

export function messages(lang: Lang): Messages {
  return catalogue[lang];
}

/** Luxon/Intl locale for a language: en-GB gives "30 October 2024" rather than the US order. */
export function localeOf(lang: Lang): string {
  return lang === 'da' ? 'da' : 'en-GB';
}
