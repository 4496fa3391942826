import type { FollowUpContext, Frame } from './frame';
import type { EventKnowledge } from './knowledge';
import { foldWord, splitSentences, stemWord, tokenize } from './normalize';

/**
 * "kan jeg give fuldmagt?" answered by its paragraph, then "til hvem?"; "kan jeg bytte hold?" then "hvem skal jeg tale
 * med?": whom is asked of what that paragraph speaks of, and its sentence saying to or with whom answers — not the
 * speakers of the programme or the letter's general contact.
 */

/** "til hvem?", "to whom?", "who to?", "med hvem?", "with whom?": whom, with nothing else. */
const WHOM_ALONE =
  /^\s*(?:(?:og|and|men|but|så|so)\s+)?(?:til hvem|hvem til|to whom|who to|med hvem|hvem med|with whom|who with)\s*\??\s*$/iu;
/** Who to tell, ask or talk to: "hvem skal jeg sige det til", "hvem skal jeg tale med", "who do I ask". */
const WHOM_TOLD =
  /^\s*(?:(?:og|and|so|så)\s+)?(?:hvem|who|whom)\b.*\b(sige|fortælle|fortaelle|melde|give|aflevere|sende|tale|snakke|spørge|sporge|kontakte|henvende|ringe|skrive|tell|inform|let know|send|report|hand|talk|speak|ask|contact|call|write)\b/iu;
/** A sentence saying to or with whom: "meldes til …", "tal med …", "kontakt …". */
const TOLD_TO = /(?<!\p{L})(?:til|to|hos|med|with|kontakt\p{L}*|contact)\s+\p{L}/iu;
/** A pronoun for what was just said: "det", "den", "it", "that". */
const PRONOUN = /(?<!\p{L})(it|they|that|det|den|de|dem)(?!\p{L})/iu;

/** The paragraph the answer before quoted: the one it named, or the one its question found. */
function paragraphBefore(context: FollowUpContext, knowledge: EventKnowledge): string | undefined {
  if (context.quoted) return context.quoted;
  if (!context.passageQuestion || context.topics?.length) return undefined;
  return knowledge.passages.search(context.passageQuestion)?.text;
}

/** The one sentence of a paragraph saying to whom that shares most words with what was asked, else the paragraph. */
function whomSentence(paragraph: string, asked: string): string {
  const stems = new Set(
    tokenize(asked)
      .filter((token) => token.folded.length >= 3)
      .map((token) => stemWord(token.folded)),
  );
  const scored = splitSentences(paragraph)
    .map((sentence) => sentence.trim())
    .filter((sentence) => TOLD_TO.test(sentence))
    .map((sentence) => ({ sentence, score: tokenize(sentence).filter((token) => stems.has(stemWord(token.folded))).length }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score > 0 && (!next || next.score < best.score) ? best.sentence : paragraph;
}

/** The frame of a whom-question about the paragraph just quoted, or the frame as it was. */
export function whomOfParagraphBefore(frame: Frame, knowledge: EventKnowledge, context: FollowUpContext | undefined): Frame {
  if (!context || !frame.question || frame.person || frame.items?.length || frame.check || frame.passage) return frame;
  if (tokenize(frame.clause).length > 8) return frame;
  const alone = WHOM_ALONE.test(frame.clause);
  if (!alone && !WHOM_TOLD.test(frame.clause)) return frame;
  const paragraph = paragraphBefore(context, knowledge);
  if (!paragraph || !TOLD_TO.test(paragraph)) return frame;
  // "hvem skal jeg tale med?" with no pronoun asks whom the paragraph names only when it speaks of that (its verb).
  const verb = alone ? undefined : stemWord(foldWord(WHOM_TOLD.exec(frame.clause)![1]!.toLowerCase()));
  const ownVerb = verb !== undefined && tokenize(paragraph).some((token) => stemWord(token.folded) === verb);
  if (!alone && !PRONOUN.test(frame.clause) && !ownVerb) return frame;
  const asked = `${context.passageQuestion ?? ''} ${frame.clause}`;
  const { topic: _topic, aspect: _aspect, cueWords: _cueWords, ...rest } = frame;
  return { ...rest, foreign: [], passage: { id: '', text: whomSentence(paragraph, asked), score: 0, matchedTerms: 1 } };
}
