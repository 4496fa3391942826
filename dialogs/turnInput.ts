import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { CardSubmit } from '../src/cards/cardSubmit';
import type { Lang } from '../src/i18n';
import type { Identity } from '../src/identity';
import type { Understanding } from '../src/understanding/recognizer';

/** What the bot hands each turn to the dialogs: the cleaned text, a recognised card submit, the language hint. */
export interface TurnInput {
  text: string;
  /** Who wrote, as the channel vouches for it (see identityOf). */
  identity: Identity;
  submit?: CardSubmit;
  languageHint?: Lang;
  /** What the bot already made of `text` this turn, so it is not recognised twice. */
  understanding?: Understanding;
}

/** turnState keys: the turn's input, and the language the bot answered in (for the error handler). */
export const TURN_INPUT = Symbol('moedebot.turnInput');
export const TURN_LANG = Symbol('moedebot.turnLang');
/** Set when a running dialog gave way to a command ("slet mine data" mid-sign-up): route the text afresh. */
export const TURN_REROUTE = Symbol('moedebot.turnReroute');

export function turnInput(context: TurnContext): TurnInput {
  const input = context.turnState.get(TURN_INPUT) as TurnInput | undefined;
  if (!input) throw new Error('no turn input: the bot sets it before any dialog runs');
  return input;
}

/** Who wrote this turn, as the registrations service knows people. */
export function personOf(context: TurnContext): Identity {
  return turnInput(context).identity;
}

/** What the bot hands a message to: the main dialog (or whatever stands in front of it). Returns the answer's language. */
export interface TurnRunner {
  run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>, input: TurnInput): Promise<Lang>;
}
