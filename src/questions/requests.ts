import type { MeetingEvent } from '../event/model';
import { messages, type Lang } from '../i18n';
import { reply, type Reply } from '../replies';
import type { StoredFaqEntry } from '../storage/questions';
import { LEXICON } from '../understanding/knowledge';
import { detectLanguage } from '../understanding/language';
import { tokenize } from '../understanding/normalize';
import { groupQuestions, type QuestionGroup } from './grouping';
import { showMasked } from './mask';
import type { QuestionService } from './service';

export type QuestionRequest = 'orgUnanswered' | 'orgAnswer' | 'orgShowAnswers' | 'orgEditAnswer' | 'orgRemoveAnswer';

/** How many groups of questions the list shows. */
export const LIST_SIZE = 15;

/** What an organiser's command says: which answer or question by number, and the text that follows, if any. */
export interface FaqCommand {
  request: 'orgAnswer' | 'orgEditAnswer' | 'orgRemoveAnswer';
  number: number;
  text: string;
}

const NUMBER = String.raw`\s*(?:nr\.?|no\.?|number|nummer|#)?\s*(\d{1,3})(?!\d)\s*[:.\-–—]?\s*`;
const COMMANDS: Array<[FaqCommand['request'], RegExp]> = [
  [
    'orgEditAnswer',
    new RegExp(String.raw`^\s*(?:ret|ændr|ændre|rediger|edit|change|correct)\s+(?:svar(?:et)?|answer)${NUMBER}([\s\S]*)$`, 'iu'),
  ],
  ['orgRemoveAnswer', new RegExp(String.raw`^\s*(?:fjern|slet|remove|delete)\s+(?:svar(?:et)?|answer)${NUMBER}()$`, 'iu')],
  [
    'orgAnswer',
    new RegExp(
      String.raw`^\s*(?:svar|besvar|answer|reply)(?:\s+(?:på|til|to|on))?(?:\s+(?:spørgsmål|spm\.?|question))?${NUMBER}([\s\S]*)$`,
      'iu',
    ),
  ],
];

/**
 * "svar på 2: Der er gratis parkering", "ret svar 3: …", "fjern svar 3": the organiser's commands, read by their
 * form before anything else — the answer that follows may say anything ("afmeld dig på …") and is no request itself.
 */
export function faqCommandOf(text: string): FaqCommand | undefined {
  for (const [request, pattern] of COMMANDS) {
    const match = pattern.exec(text);
    if (match) return { request, number: Number(match[1]), text: (match[2] ?? '').trim() };
  }
  return undefined;
}

/** The language of a command itself ("svar på 2", "ret svar 3"), not of the answer after it. */
export function commandLanguage(text: string, command: FaqCommand, fallback: { previous?: Lang; hint?: Lang }): Lang {
  const words = command.text ? text.slice(0, text.lastIndexOf(command.text)) : text;
  return detectLanguage(tokenize(words), { ...fallback, cues: LEXICON.languageCues });
}

/** The language an answer is written in: its own words decide, the organiser's language breaks a tie. */
export function answerLanguage(text: string, lang: Lang): Lang {
  return detectLanguage(tokenize(text), { hint: lang, cues: LEXICON.languageCues });
}

/** A question as organisers read it: what was masked named ("[navn]"). */
export const shownQuestion = (text: string, lang: Lang) => showMasked(text, messages(lang).unanswered.masked);

/** An answer's text in the organiser's language, else in the other. */
export const answerText = (entry: StoredFaqEntry, lang: Lang) => entry.answer[lang] ?? entry.answer[lang === 'da' ? 'en' : 'da'] ?? '';

/** "ubesvarede spørgsmål": the open questions, grouped, most asked first, numbered for answering. */
export function unansweredList(groups: readonly QuestionGroup[], lang: Lang): Reply {
  const m = messages(lang).unanswered;
  if (groups.length === 0) return reply(m.none, lang);
  const shown = groups.slice(0, LIST_SIZE);
  const lines = [
    m.title(groups.length),
    ...shown.map((group, i) => m.line(i + 1, shownQuestion(group.text, lang), group.count, group.lang)),
  ];
  if (groups.length > shown.length) lines.push(m.more(groups.length - shown.length));
  lines.push('', m.howToAnswer);
  return reply(lines.join('\n'), lang);
}

/** "vis svar": the answers organisers added in chat, numbered for changing or removing. */
export function answersList(entries: readonly StoredFaqEntry[], lang: Lang): Reply {
  const m = messages(lang).unanswered;
  if (entries.length === 0) return reply(m.noAnswers, lang);
  const lines = entries.map((entry, i) => m.answerLine(i + 1, entry.questions.slice(0, 3).join(' / '), answerText(entry, lang)));
  return reply([m.answersTitle(entries.length), ...lines].join('\n'), lang);
}

/** The open groups as the organiser last saw them numbered (kept in the conversation), else as they are now. */
export async function groupNumbered(
  service: QuestionService,
  event: MeetingEvent,
  number: number,
  shown: { eventId: string; groups: string[][] } | undefined,
): Promise<{ ids: string[]; text: string } | undefined> {
  if (shown?.eventId === event.id) {
    const ids = shown.groups[number - 1];
    if (!ids) return undefined;
    const open = (await service.questions(event, ids)).filter((question) => !question.answeredBy);
    if (open.length === 0) return undefined;
    return { ids: open.map((question) => question.id), text: groupQuestions(open)[0]!.text };
  }
  const group = (await service.openGroups(event))[number - 1];
  return group ? { ids: group.ids, text: group.text } : undefined;
}

/** The organiser answer as the organiser last saw it numbered, else by its place now. */
export async function entryNumbered(
  service: QuestionService,
  event: MeetingEvent,
  number: number,
  shown: { eventId: string; ids: string[] } | undefined,
): Promise<{ entry: StoredFaqEntry; number: number } | undefined> {
  const entries = (await service.faq(event.id))?.entries ?? [];
  const id = shown?.eventId === event.id ? shown.ids[number - 1] : entries[number - 1]?.id;
  const index = entries.findIndex((entry) => entry.id === id);
  return index >= 0 ? { entry: entries[index]!, number: index + 1 } : undefined;
}
