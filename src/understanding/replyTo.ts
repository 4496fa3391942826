/**
 * Asking where one's reply or sign-up goes: "who do I send my reply to?", "hvilken mail skal jeg svare til?", "who do
 * I send my sign up to?", "where do I send the RSVP?". The way the letter gives to reply is the answer (its sign-up
 * address, and whose it is), not the contact person in general nor one's own registration.
 */

/** Danish: "svare til", "sende mit svar/min tilmelding til", "hvem skal jeg svare", "hvor sender jeg svaret hen". */
const REPLY_TO_DA =
  /(?<!\p{L})(?:hvem|hvilken|hvilket|hvad|hvor)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:svare?r?|sende?r?\s+(?:\p{L}+\s+)?(?:svar(?:et)?|tilmelding(?:en)?|afbud(?:det)?))\s+(?:til|hen)(?!\p{L})|^\s*(?:og\s+)?hvem\s+(?:skal|kan)\s+(?:jeg|vi|man)\s+svare\s*\??\s*$/iu;

/** English: "reply to", "respond to", "send my reply/sign up/registration/RSVP to", "who do I RSVP to". */
const REPLY_TO_EN =
  /(?<!\p{L})(?:who|whom|which|what|where)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:reply|respond|rsvp|send\s+(?:\p{L}+\s+)?(?:reply|answer|rsvp|response|sign[\s-]?up|registration))(?!\p{L})(?:\s+(?:\p{L}+\s+)?to(?!\p{L})|\s*\??\s*$)/iu;

/** Whether a clause asks where one's reply or sign-up is to be sent. */
export function asksReplyTo(clause: string): boolean {
  return REPLY_TO_DA.test(clause) || REPLY_TO_EN.test(clause);
}
