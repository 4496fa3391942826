import { da } from './da';
import { en } from './en';
import type { Lang, Messages } from './types';

export * from './types';

const catalogue: Record<Lang, Messages> = { da, en };

export function messages(lang: Lang): Messages {
  return catalogue[lang];
}

export { localeOf } from '../event/format';
