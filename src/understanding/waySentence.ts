import { EventKnowledge } from './knowledge';
import { splitSentences, stemWord, tokenize } from './normalize';
import { GLOSSARY_STEMS } from './glossary';
import { PROGRAMME_LINE, SUBMIT } from './timedSentence';
import type { Frame } from './frame';

/**
 * How something other than signing up is sent or handed in ("hvordan sender jeg et høringssvar?", "whats the email
 * for comments", "hvor afleverer jeg mit forslag?"): only a sentence of the letter that names the thing together with
 * a way to send it — a link, an e-mail address, a phone number or a street address — answers, not the letter's
 * contact person or its sender.
 */

/** A way of sending asked for by name: "the email for comments", "link til høringssvar". */
export const WAY_FOR =
  /(?<!\p{L})(e-?mail\p{L}*|mail\p{L}*|link\p{L}*|adresse\p{L}*|address\p{L}*|portal\p{L}*)\s+(?:for|til|to|on|på)(?!\p{L})/iu;
/** How or where: the question words a way answers. */
export const HOW_OR_WHERE = /(?<!\p{L})(hvordan|hvorhen|hvor|how|where|hvilken|hvilket|which|what|whats|hvad)(?!\p{L})/iu;

const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?<!\d)(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)/;
/** "Egevej 23", "Kongensgade 5", "12 High Street": a place to hand something in. */
const STREET =
  /\p{L}+(?:vej|gade|allé|alle|plads|torv|stræde|vænge|boulevard)\s+\d+|\d+\s+\p{Lu}\p{L}+\s+(?:street|road|avenue|square)(?!\p{L})/iu;

/** The ways a question asks for by name: an e-mail address, a link, or any. */
function wayAsked(clause: string): RegExp | undefined {
  if (/(?<!\p{L})(e-?mail\p{L}*|mail\p{L}*|mailadresse)(?!\p{L})/iu.test(clause)) return EMAIL;
  if (/(?<!\p{L})(link\p{L}*|portal\p{L}*|url|hjemmeside|website)(?!\p{L})/iu.test(clause)) return URL;
  return undefined;
}

/**
 * The letter's sentences that name what is to be sent (or its counterpart in the other language) and say how: the
 * ones naming most of its words, with the way asked for first. Undefined when none does.
 */
export function waySentence(thing: readonly string[], knowledge: EventKnowledge, clause: string): { text: string } | undefined {
  if (thing.length === 0) return undefined;
  const asked = thing.map((word) => {
    const own = stemWord(word);
    const counterparts = [...(GLOSSARY_STEMS.get(own) ?? [])].filter((stem) => stem.length >= 3 && !EventKnowledge.isGeneric(stem));
    return { stems: new Set([own, ...counterparts]), strong: !EventKnowledge.isGeneric(word) || counterparts.length > 0 };
  });
  const preferred = wayAsked(clause);
  const scored: Array<{ text: string; score: number }> = [];
  for (const { text, stems, submits } of sentencesGivingAWay(knowledge)) {
    const found = asked.filter(({ stems: forms }) =>
      [...forms].some((stem) => stems.some((said) => said === stem || (stem.length >= 4 && said.startsWith(stem)))),
    );
    if (!found.some((entry) => entry.strong)) continue;
    // The way asked for by name, and a sentence that itself speaks of sending, come first.
    scored.push({ text, score: found.length + (preferred?.test(text) ? 0.5 : 0) + (submits ? 0.25 : 0) });
  }
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return undefined;
  // Two ways the letter gives alike ("on the portal …", "or by e-mail to …") are both the answer.
  const top = scored.filter((entry) => entry.score === best).slice(0, 2);
  return { text: top.map((entry) => entry.text).join(' ') };
}

const waySentences = new WeakMap<EventKnowledge, ReadonlyArray<{ text: string; stems: readonly string[]; submits: boolean }>>();

/**
 * The letter's sentences that give a way (a link, an e-mail address, a phone number, an address), with their words'
 * stems: split, tested and tokenized once per event, not for every question of how to send something.
 */
function sentencesGivingAWay(knowledge: EventKnowledge): ReadonlyArray<{ text: string; stems: readonly string[]; submits: boolean }> {
  let found = waySentences.get(knowledge);
  if (found) return found;
  found = knowledge.passages.matching(/@|https?:\/\/|www\.|\/|\d/).flatMap((paragraph) => {
    // "Forslag sendes skriftligt pr. mail eller …": a piece that starts in lower case continues the sentence before it.
    // "… senest d. 27/10. Kan jeres …", "… Solbakkevej 23. Eventuelle …": a number's full stop ends a sentence too.
    const pieces = splitSentences(paragraph).flatMap((text) => text.split(/(?<=\d\.)\s+(?=\p{Lu})/u));
    const sentences = pieces.reduce<string[]>((joined, piece) => {
      if (joined.length > 0 && /^\p{Ll}/u.test(piece)) joined[joined.length - 1] += ` ${piece}`;
      else joined.push(piece);
      return joined;
    }, []);
    return sentences
      .filter((sentence) => !PROGRAMME_LINE.test(sentence) && [URL, EMAIL, PHONE, STREET].some((way) => way.test(sentence)))
      .map((text) => ({
        text,
        // Words of the sentence itself: an address or a link names nothing ("planogbyg@…" is no "plan").
        stems: [...new Set(tokenize(text.replace(/\S*[@/]\S*|\S+\.[a-z]{2,4}\b\S*/gi, ' ')).map((token) => stemWord(token.folded)))],
        submits: SUBMIT.test(text),
      }));
  });
  waySentences.set(knowledge, found);
  return found;
}

/** A frame answered by the sentence that says how the thing is sent. */
export function wayFrame(frame: Frame, found: { text: string }): Frame {
  const { topic: _topic, aspect: _aspect, items: _items, person: _person, ...rest } = frame;
  return { ...rest, passage: { id: '', text: found.text, score: 0, matchedTerms: 1 } };
}
