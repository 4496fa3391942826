import { type EventKnowledge, LEXICON, startsWithStem } from './knowledge';
import type { Request, SmallTalk } from './lexicon/requests';
import type { Token } from './normalize';
import { longestFirst, matchPhrases, type WordForms } from './phrases';
import { INFORMATION_STARTS, covered } from './messageWords';

/**
 * Messages that ask nothing of the meeting: small talk (greetings, thanks, abuse …), keyboard mashing, and requests
 * (sign me up, cancel, the organisers' commands).
 */

/** What people call the bot itself: "Hej Mødebot" greets, it asks nothing. */
const BOT_NAMES = new Set(['modebot', 'moedebot', 'mdebot', 'bot', 'botten', 'chatbot']);

// "kan du tilmelde min klasse": the writer's own group is asked for as they are.
const POLITE_REQUEST =
  /\b(kan|vil|kunne|ville) (du|i) .*\b(mig|os|min|mit|vores)\b|\b(can|could|would|will) you .*\b(me|us|my|our)\b|\bplease\b|\bvenligst\b/i;

/** Keyboard mashing, a run of consonants, a single repeated letter: not words in any language. */
export function looksLikeGibberish(tokens: readonly Token[], knowledge: EventKnowledge): boolean {
  if (tokens.length === 0 || tokens.length > 3) return false;
  return tokens.every((token) => {
    const word = token.folded;
    if (word.length < 4 || /^\d+$/.test(word) || knowledge.isKnown(word)) return false;
    // A compound ("høringsfrist") has long runs of consonants too: a word ending in a known word is no mashing.
    if (knowledge.isKnown(word.slice(-5)) && word.slice(-5).length === 5 && LEXICON.cueWords.has(word.slice(-5))) return false;
    if (startsWithStem(LEXICON.cueStems, word.slice(Math.max(0, word.length - 6)), 4)) return false;
    return (
      !/[aeiouy]/.test(word) ||
      /[bcdfghjklmnpqrstvwxz]{5,}/.test(word) ||
      /^(.)\1+$/.test(word) ||
      /(asdf|qwer|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|jkl|uiop|yxcv|lkj|kjh|jhg|hgf|gfd|fds|dsa|poi|oiu|iuy|mnb|nbv|bvc|vcx)/.test(word)
    );
  });
}

export function smallTalkOf(tokens: readonly Token[], forms: WordForms[], text: string, knowledge: EventKnowledge): SmallTalk | undefined {
  if (tokens.length === 0) return /[\p{Extended_Pictographic}]/u.test(text) ? emojiSmallTalk(text) : undefined;
  // "haha ja sommeren var våd 😂": chat that laughs and asks nothing (no question mark, no word that asks).
  if (LAUGH.test(text) && !text.includes('?') && !asksAnything(forms)) return 'acknowledgement';
  const matches = longestFirst(matchPhrases(LEXICON.smallTalk, forms));
  if (matches.length === 0) return looksLikeGibberish(tokens, knowledge) ? 'gibberish' : undefined;
  const taken = covered(matches);
  // "tak for svarene", "thanks for the quick answer": what one thanks for is no question, unless a word of it asks.
  for (const match of matches.filter((m) => m.tag === 'thanks' && THANKS_FOR.has(tokens[m.end]?.folded ?? ''))) {
    const thanked = forms.slice(match.end + 1, match.end + 4);
    if (thanked.some((word) => LEXICON.questionWords.has(word.folded) || LEXICON.yesNoStarts.has(word.folded))) continue;
    for (let i = match.end; i < Math.min(forms.length, match.end + 4); i++) taken.add(i);
  }
  // "skriv mig op til spisningen tak": a request of common words beside the thanks is what the message says.
  if (matchPhrases(LEXICON.requests, forms).some((match) => match.end - match.start >= 2 && !overlaps(match, taken))) return undefined;
  const rest = forms.filter((word, i) => !taken.has(i) && !LEXICON.common.has(word.folded) && !BOT_NAMES.has(word.folded));
  // Small talk only when it is (nearly) all the message says: "hej, hvornår er mødet?" is a question, and so is
  // "adressen tak" — a word that asks for something is left.
  if (rest.length > (matches[0]!.tag === 'abuse' ? 3 : 1)) return undefined;
  if (rest.some((word) => word.forms.some((form) => LEXICON.askingWords.has(form) || startsWithStem(LEXICON.askingStems, form, 4))))
    return undefined;
  // "where can i see the slides?" asks; "i see" inside it is no acknowledgement.
  const asks = INFORMATION_STARTS.has(tokens[0]?.folded ?? '') && tokens.length >= 3;
  // "what's on the menu?" asks of the event; "menu" or "what can I ask" alone asks for help.
  if (
    asks &&
    matches.every(
      (match) => ['greeting', 'thanks', 'farewell', 'acknowledgement'].includes(match.tag) || (match.tag === 'help' && match.start > 0),
    )
  )
    return undefined;
  const order: SmallTalk[] = [
    'abuse',
    'whatAreYou',
    'speakLanguage',
    'help',
    'howAreYou',
    'farewell',
    'thanks',
    'greeting',
    'acknowledgement',
  ];
  return order.find((kind) => matches.some((match) => match.tag === kind));
}

/** Whether a match shares a word with those already taken. */
function overlaps(match: { start: number; end: number }, taken: ReadonlySet<number>): boolean {
  for (let i = match.start; i < match.end; i++) if (taken.has(i)) return true;
  return false;
}

/** Laughing in chat: "haha", "hehe", "lol", a laughing face. */
const LAUGH = /(?<!\p{L})(?:ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|lol|lmao)(?!\p{L})|😂|🤣|😄|😆|😅/iu;
/** What follows thanks to say what it is for. */
const THANKS_FOR = new Set(['for']);

/** A word that asks: a question word, a yes/no start, or a word of a subject or aspect. */
function asksAnything(forms: WordForms[]): boolean {
  return forms.some(
    (word) =>
      LEXICON.questionWords.has(word.folded) ||
      (LEXICON.yesNoStarts.has(word.folded) && !LEXICON.common.has(word.folded)) ||
      word.forms.some(
        (form) => (LEXICON.askingWords.has(form) && !LEXICON.common.has(form)) || startsWithStem(LEXICON.askingStems, form, 4),
      ),
  );
}

function emojiSmallTalk(text: string): SmallTalk {
  if (/👎|😡|🤬|💩/u.test(text)) return 'abuse';
  if (/👋/u.test(text)) return 'greeting';
  if (/🙏/u.test(text)) return 'thanks';
  return 'acknowledgement';
}

/** Asking whether one must: "do I need to …", "skal vi …", "behøver man …", "is it necessary to …". */
const NEED_QUESTION =
  /^\s*(?:(?:do|does|must|should|shall) (?:i|we|you|one|they|my \p{L}+)\b|(?:do|does) (?:i|we|you|one) (?:need|have)|(?:skal|behøver|bør) (?:jeg|vi|man|i|du)\b|(?:is it|er det) (?:necessary|required|nødvendigt|påkrævet)\b)/iu;
/** "mig og min mand", "me and my colleague": the sender named among those to sign up (not "for mig", on their behalf). */
const SENDER_TOO = /(?<![\p{L}])(?<!for )(?:mig|me|myself|os|us)(?![\p{L}])/iu;

/** A limit asked of: "how many participants max", "hvor mange kan der højst være" ask the letter's capacity, not a count. */
const LIMIT_ASKED =
  /(?<!\p{L})(?:max|maks|maximum|maksimum|maksimalt|maximalt|højst|hoejst|hojst|at most|limit|capacity|kapacitet|room for|plads til|loft)(?!\p{L})/iu;

/** A link or web page asked for: "link to sign up", "tilmeldingslinket", "the url", "hjemmesiden". */
/** "deadline to sign up?", "tilmeldingsfrist?": when sign-up closes, which the letter answers. */
const DEADLINE_ASKED = /(?<!\p{L})(?:deadline|\p{L}*frist\p{L}*|last day|by when|closes?)(?!\p{L})/iu;
const LINK_ASKED = /(?<!\p{L})(\p{L}*link\p{L}*|url|website|webside\p{L}*|hjemmeside\p{L}*)(?!\p{L})/iu;

export function requestOf(tokens: readonly Token[], forms: WordForms[], text: string): Request | undefined {
  const matches = matchPhrases(LEXICON.requests, forms).filter((match) => {
    const words = match.end - match.start;
    // A bare word ("tilmeld", "register", "csv") is a request only as (nearly) the whole message.
    return words >= 2 || tokens.length <= 3;
  });
  if (matches.length === 0) return undefined;
  const first = tokens[0]?.folded ?? '';
  const requests = new Set(matches.map((match) => match.tag));
  // "hvornår skal jeg tilmelde mig?" and "kan jeg stadig nå at tilmelde mig?" ask about signing up; "kan du tilmelde
  // mig?" asks to be signed up.
  // "do I need to sign up?", "skal vi tilmelde os?", "er det nødvendigt at tilmelde sig?" ask whether one must.
  // "link to sign up?", "tilmeldingslink?": where to sign up, which the letter's link answers.
  const informationQuestion =
    (INFORMATION_STARTS.has(first) ||
      /^\s*(kan|må|can|may|could) (jeg|man|vi|i|we|one)\b/i.test(text) ||
      NEED_QUESTION.test(text) ||
      LINK_ASKED.test(text) ||
      DEADLINE_ASKED.test(text)) &&
    !POLITE_REQUEST.test(text);
  // "skriv mig og min mand på": the sender is among those signed up, so it is their own sign-up, with others.
  if (requests.has('signUpOthers') && !requests.has('signUp') && /tilmeld|sign|register|meld|skriv/.test(text.toLowerCase()))
    return SENDER_TOO.test(text) && !informationQuestion ? 'signUp' : 'signUpOthers';
  // "og på engelsk?", "in English please": a switch of language; "is the conference in Danish?" asks about its language.
  const switchesLanguage =
    /^\s*(og|and|svar|answer|reply|write|skriv|kan du|can you|please|venligst|oversæt|translate|på|in)\b/i.test(text) ||
    (tokens.length <= 3 && !LEXICON.yesNoStarts.has(first));
  if (requests.has('answerInLanguage') && !switchesLanguage) requests.delete('answerInLanguage');
  const order: Request[] = [
    'deleteData',
    'cancelRegistration',
    'changeRegistration',
    'myRegistration',
    'orgAnswer',
    'orgEditAnswer',
    'orgRemoveAnswer',
    'orgShowAnswers',
    'orgUnanswered',
    'orgExport',
    'orgBreakdown',
    'orgTopics',
    'orgList',
    'orgCount',
    'orgOverview',
    'orgBind',
    'listEvents',
    'answerInLanguage',
    'signUp',
  ];
  for (const request of order) {
    if (!requests.has(request)) continue;
    // "hvordan afmelder jeg mig?" starts cancelling (which asks to confirm); asking how to sign up is answered.
    if (informationQuestion && (request === 'signUp' || request === 'changeRegistration' || request === 'answerInLanguage')) continue;
    if (request === 'orgCount' && LIMIT_ASKED.test(text)) continue;
    return request;
  }
  return undefined;
}
