import type { TurnContext } from 'botbuilder';
import type { CardSubmit } from '../src/cards/cardSubmit';
import type { Lang } from '../src/i18n';

/** What the bot hands each turn to the dialogs: the cleaned text, a recognised card submit, the language hint. */
export interface TurnInput {
  text: string;
  submit?: CardSubmit;
  languageHint?: Lang;
}

/** turnState keys: the turn's input, and the language the bot answered in (for the error handler). */
export const TURN_INPUT = Symbol('moedebot.turnInput');
export const TURN_LANG = Symbol('moedebot.turnLang');

export function turnInput(context: TurnContext): TurnInput {
  return (context.turnState.get(TURN_INPUT) as TurnInput | undefined) ?? { text: '' };
}
