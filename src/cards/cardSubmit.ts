import { z } from 'zod';

/**
 * What Mødebot's own cards send back (Action.Submit data). Anything else in `activity.value`
 * is ignored with a polite reply: a card submit is user input like any other.
 */
export const cardSubmitSchema = z.discriminatedUnion('moedebot', [
  z.object({ moedebot: z.literal('signUp') }),
  z.object({ moedebot: z.literal('review'), choice: z.enum(['confirm', 'change', 'cancel']) }),
  z.object({ moedebot: z.literal('field'), field: z.string().max(50), choice: z.string().max(200).optional() }),
  z.object({ moedebot: z.literal('yesNo'), answer: z.boolean() }),
]);

export type CardSubmit = z.infer<typeof cardSubmitSchema>;

export function parseCardSubmit(value: unknown): CardSubmit | undefined {
  const result = cardSubmitSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
