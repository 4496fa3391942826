import { perEvent } from '../event/memo';
import type { MeetingEvent } from '../event/model';
import { passageSentences } from './passageSentences';

/**
 * "when do i get the zoom link?", "i signed up but havent got any link", "hvornår får vi linket?": when and how the
 * link to join is sent, which only the letter's sentence saying it is sent answers — not the sign-up link or deadline.
 */

const LINK_WORD = /(?<!\p{L})link\p{L}*(?!\p{L})/iu;
/** Getting or being sent something, as typed (folded or not). */
const GETTING =
  /(?<!\p{L})(?:get|gets|got|gotten|getting|receive\p{L}*|arrive\p{L}*|come|comes|coming|sent|send\p{L}*|e-?mailed|få|faa|fået|faaet|får|faar|modtag\p{L}*|kommer|sendt|sendes|tilsendt|udsendes)(?!\p{L})/iu;
/** Signing up named as something still to do ("register", "tilmeldingslink"); "signed up", "tilmeldt" is done. */
const SIGNING_UP = /(?<!\p{L})(?:tilmeld(?!t(?!\p{L}))\p{L}*|sign(?:ing)?\s?up|regist(?!ered)\p{L}*|rsvp)(?!\p{L})/iu;
/** A letter's sentence of a link being sent: "The Zoom link is sent by e-mail the day before", "Linket sendes ud …". */
const SENT = /(?<!\p{L})(?:sent|send\p{L}*|e-?mailed|mailed|tilsendt|udsendt|udsendes|receive\p{L}*|modtage\p{L}*|modtager|får)(?!\p{L})/iu;
/** A web address: the sentence gives a link, it does not say one is sent. */
const ADDRESS = /https?:\/\/|www\.|\p{L}\.\p{L}{2,}\//iu;

/** Whether the clause asks about getting the link to join (not a link to sign up with). */
export function asksLinkSent(clause: string): boolean {
  return LINK_WORD.test(clause) && GETTING.test(clause) && !SIGNING_UP.test(clause);
}

const linkSentences = perEvent<string | undefined>();

/** The letter's sentence saying the link is sent, with the next one when it says more of receiving it; once per event. */
export function linkSentText(event: MeetingEvent): string | undefined {
  return linkSentences(event, 'sent', () => {
    for (const sentences of passageSentences(event)) {
      const at = sentences.findIndex((sentence) => LINK_WORD.test(sentence) && SENT.test(sentence) && !ADDRESS.test(sentence));
      if (at < 0) continue;
      const next = sentences[at + 1];
      return next && SENT.test(next) && !ADDRESS.test(next) ? `${sentences[at]} ${next}` : sentences[at];
    }
    return undefined;
  });
}
