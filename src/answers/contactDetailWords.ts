/** How a letter writes an e-mail address and a Danish or foreign phone number, and the words asking for each. */

/** An e-mail address (global: `text.match` gives every one). */
export const MAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A phone number: one ending a sentence ("tlf. 71 82 93 04.") is one; "04.05" or "12:30" is not. Global too. */
export const PHONE_NUMBER = /(?:\+\d{2}\s?)?(?<![\d.:])\d{2}(?:\s?\d{2}){3}(?![\d:]|\.\d)/g;

/** Words asking for a phone number, or for an e-mail address. */
export const ASKS_PHONE = /^(tlf|telefon\w*|phone|nummer\w*|number|nr|mobil\w*|sms|ring\w*|call)$/;
export const ASKS_MAIL = /^(e?mail\w*|mailadresse\w*)$/;

/** Whether a text writes an e-mail address or a phone number. */
export function writesMailOrPhone(text: string): boolean {
  return (text.match(MAIL_ADDRESS)?.length ?? 0) + (text.match(PHONE_NUMBER)?.length ?? 0) > 0;
}
