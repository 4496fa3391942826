import type { Lang } from '../i18n';
import { LEXICON } from '../understanding/knowledge';
import { stemWord, tokenize } from '../understanding/normalize';
import { withGlossary } from '../understanding/glossary';
import { withoutMarkers } from './mask';

/** What grouping needs of a recorded question. */
export interface AskedQuestion {
  id: string;
  text: string;
  lang: Lang;
  topic?: string;
  askedAt: string;
}

/** Similar questions together: how often they came, the words most used, and when the last came. */
export interface QuestionGroup {
  /** The recorded questions in it, oldest first. */
  ids: string[];
  /** The wording asked most often (the latest of equals). */
  text: string;
  lang: Lang;
  topic?: string;
  count: number;
  lastAskedAt: string;
}

/** The content words of a question as stems, with their Danish/English counterparts: "parkering" meets "parking". */
function stemsOf(text: string): Set<string> {
  const words = tokenize(withoutMarkers(text))
    .map((token) => token.folded)
    .filter((word) => word.length > 2 && !LEXICON.common.has(word) && !/^\d+$/.test(word));
  return withGlossary(words.map(stemWord));
}

const normalised = (text: string) =>
  tokenize(withoutMarkers(text))
    .map((token) => token.folded)
    .join(' ');

/**
 * Whether two questions ask the same: the same topic the understanding recognised ("er der parkering?", "hvor kan
 * jeg parkere", "is there parking?"), or — with no topic on either side — most of the shorter one's content words
 * in the other ("er der wifi?", "har I wifi på stedet?").
 */
function similar(
  a: { topic?: string; stems: Set<string>; text: string },
  b: { topic?: string; stems: Set<string>; text: string },
): boolean {
  if (a.topic && b.topic) return a.topic === b.topic;
  if (a.stems.size === 0 || b.stems.size === 0) return a.text === b.text;
  const shared = [...a.stems].filter((stem) => b.stems.has(stem)).length;
  return shared >= 1 && shared / Math.min(a.stems.size, b.stems.size) >= 0.6;
}

/**
 * Questions grouped by similarity, most asked first (the most recently asked first among equals). Each question
 * joins the first group whose first question it resembles, so a group never drifts away from what it began as.
 */
export function groupQuestions(questions: readonly AskedQuestion[]): QuestionGroup[] {
  const seeds: Array<{ topic?: string; stems: Set<string>; text: string; members: AskedQuestion[] }> = [];
  for (const question of [...questions].sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id))) {
    const features = { topic: question.topic, stems: stemsOf(question.text), text: normalised(question.text) };
    const group = seeds.find((seed) => similar(seed, features));
    if (group) group.members.push(question);
    else seeds.push({ ...features, members: [question] });
  }
  const groups = seeds.map(({ members, topic }) => {
    const wordings = new Map<string, { question: AskedQuestion; count: number }>();
    for (const member of members) {
      const key = normalised(member.text);
      const known = wordings.get(key);
      wordings.set(key, { question: member, count: (known?.count ?? 0) + 1 });
    }
    const [top] = [...wordings.values()].sort((a, b) => b.count - a.count || b.question.askedAt.localeCompare(a.question.askedAt));
    return {
      ids: members.map((member) => member.id),
      text: top!.question.text,
      lang: top!.question.lang,
      ...(topic ? { topic } : {}),
      count: members.length,
      lastAskedAt: members.at(-1)!.askedAt,
    };
  });
  return groups.sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt) || a.text.localeCompare(b.text));
}
