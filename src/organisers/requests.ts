import { formatWhen, titleOf } from '../event/format';
import type { MeetingEvent, RegistrationField } from '../event/model';
import { messages, type Lang } from '../i18n';
import { listOf } from '../i18n/shared';
import { choiceLabelIn, inflectionOf, keyWords, matchChoices } from '../registrations/choices';
import { fieldLabel, findFieldByName, otherChoiceOf } from '../registrations/fields';
import { LEXICON } from '../understanding/knowledge';
import { reply, type Reply } from '../replies';
import { foldWord, tokenize } from '../understanding/normalize';
import { PAGE_SIZE, type AnswerFilter, type OrganiserReports } from './reports';

export const CSV_EXPORT_CONTEXT = 'moedebot-csv-export';

export type OrganiserRequest = 'orgCount' | 'orgBreakdown' | 'orgList' | 'orgExport' | 'orgTopics';

export interface OrganiserAsk {
  event: MeetingEvent;
  lang: Lang;
  text: string;
  /** Teams hands files over only through file consent; elsewhere the CSV is an attachment. */
  teams: boolean;
}

interface Group {
  field: RegistrationField;
  filter: AnswerFilter;
  label: string;
}

/** Whether every word of a written answer (but everyday ones) is in the text: "Billund Kommune" in "… fra billund". */
function namesAnswer(textWords: string[], answer: string): boolean {
  const words = keyWords(answer).filter((word) => !LEXICON.common.has(word));
  return (
    words.length > 0 && words.some((word) => word.length >= 3) && words.every((word) => textWords.some((have) => inflectionOf(have, word)))
  );
}

/**
 * The groups a text names, one per field organisers count by: choices by name, alias, abbreviation or inflection
 * ("direktørerne", "Østby Kom.") or by the role lexicon ("politikere" are chairs and members); else an answer people
 * wrote in their own words ("fra Billund" finds "Billund Kommune"). Several fields may be named at once ("direktører
 * fra Østby"). A place after "fra"/"from" that nobody wrote is a group with no one in it.
 */
async function groupsNamed(event: MeetingEvent, text: string, lang: Lang, reports: OrganiserReports): Promise<Group[]> {
  const found: Group[] = [];
  const textWords = keyWords(text);
  for (const field of reports.groupFields(event)) {
    if (field.kind === 'choice') {
      const matched = matchChoices(field, text, lang);
      if (matched && (matched.how === 'name' || matched.how === 'role')) {
        const label = listOf(
          matched.choices.map((choice) => choiceLabelIn(choice, lang)),
          lang,
        );
        found.push({ field, filter: { fieldId: field.id, choiceIds: matched.choices.map((choice) => choice.id) }, label });
        continue;
      }
    }
    const written = (await reports.writtenAnswers(event, field)).filter((answer) => namesAnswer(textWords, answer));
    // The answer that says most ("Billund Kommune, Børn og Unge" over "Billund"), as the organiser can read it.
    const answer = written.sort((a, b) => keyWords(b).length - keyWords(a).length)[0];
    if (answer) found.push({ field, filter: { fieldId: field.id, text: answer }, label: answer });
  }
  if (found.length > 0) return found;
  const from = /\b(?:fra|from)\s+([\p{L}][\p{L}\p{M}-]{2,}(?:\s+\p{Lu}[\p{L}\p{M}-]+)?)/u.exec(text);
  const place = from?.[1];
  const writtenField = reports
    .groupFields(event)
    .find((field) => (field.kind === 'choice' && (field.other || otherChoiceOf(field))) || field.kind === 'organisation');
  if (place && writtenField && !keyWords(place).every((word) => LEXICON.common.has(word)))
    return [{ field: writtenField, filter: { fieldId: writtenField.id, text: place }, label: place }];
  return [];
}

/**
 * An organiser's request about one event, after authorisation, in their own words: counts (all, cancelled, or of a
 * group), breakdowns by a field the event groups by, the participant list (filtered, paged), what people wrote, and
 * the export. Plain TypeScript: replies as data.
 */
export async function organiserRequest(
  request: OrganiserRequest,
  ask: OrganiserAsk,
  reports: OrganiserReports,
): Promise<{ replies: Reply[]; rows: number }> {
  const { event, lang, text } = ask;
  const m = messages(lang).organiser;
  const title = titleOf(event, lang);
  switch (request) {
    case 'orgCount': {
      const groups = await groupsNamed(event, text, lang, reports);
      const cancelled = /\b(afmeld|meldt fra|meldt sig fra|cancel|withdr|unregist|deregist)/i.test(text);
      if (groups.length > 0) {
        const label = groups.map((group) => group.label).join(', ');
        const counts = await reports.countWhere(
          event,
          groups.map((group) => group.filter),
        );
        return {
          replies: [
            reply(cancelled ? m.countCancelledFor(label, counts.cancelled) : m.countFor(label, counts.registered, counts.waitlisted), lang),
          ],
          rows: 1,
        };
      }
      const summary = await reports.summary(event);
      if (cancelled) return { replies: [reply(m.countCancelled(summary.cancelled), lang)], rows: 1 };
      return {
        replies: [reply(m.summary(title, summary.registered, summary.waitlisted, summary.cancelled, event.registration?.capacity), lang)],
        rows: 1,
      };
    }
    case 'orgBreakdown': {
      const groups = reports.groupFields(event);
      const field = findFieldByName(groups, text, event) ?? groups[0];
      if (!field) return { replies: [reply(m.noGroups, lang)], rows: 0 };
      const rows = await reports.breakdown(event, field, lang);
      const label = fieldLabel(field, lang, event);
      const heading = m.breakdownTitle(label);
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      const fallback = [heading, ...rows.map((row) => `${row.label}: ${row.count}`), `${m.total}: ${total}`].join('\n');
      return {
        replies: [
          reply(fallback, lang, {
            card: { kind: 'table', title: heading, column: label, countHeader: m.countHeader, totalLabel: m.total, rows },
          }),
        ],
        rows: rows.length,
      };
    }
    case 'orgList': {
      const groups = await groupsNamed(event, text, lang, reports);
      const group = groups.length > 0 ? { label: groups.map((g) => g.label).join(', ') } : undefined;
      const people = await reports.participants(
        event,
        lang,
        groups.map((g) => g.filter),
      );
      if (people.length === 0) return { replies: [reply(group ? m.nobodyFrom(group.label) : m.nobody, lang)], rows: 0 };
      const pages = Math.max(1, Math.ceil(people.length / PAGE_SIZE));
      const requested = Number(/(?:side|page)\s*(\d+)/i.exec(text)?.[1] ?? '1');
      const page = Math.min(Math.max(1, requested), pages);
      const shown = people.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const registered = people.filter((p) => p.status === 'registered').length;
      const lines: string[] = [];
      if (requested > pages) lines.push(m.onlyPages(pages));
      lines.push(m.listTitle(registered, group?.label));
      let waitingShown = false;
      for (const person of shown) {
        if (person.status === 'waitlisted' && !waitingShown) {
          lines.push(m.waitingTitle);
          waitingShown = true;
        }
        lines.push(`- ${m.participantLine(person.name, person.details)}`);
      }
      if (page < pages) lines.push(m.page(page, pages, m.nextPageCommand(page + 1)));
      return { replies: [reply(lines.join('\n'), lang)], rows: shown.length };
    }
    case 'orgTopics': {
      if (!event.registration?.fields.some((field) => field.kind === 'text')) return { replies: [reply(m.noTopicField, lang)], rows: 0 };
      const topics = await reports.topics(event);
      const body = topics.length
        ? [m.topicsTitle(topics.length), ...topics.map((t) => `- ${t.topic}${t.count > 1 ? ` (${t.count})` : ''}`)].join('\n')
        : m.noTopics;
      return { replies: [reply(body, lang)], rows: topics.length };
    }
    case 'orgExport': {
      const { content, rows } = await reports.csv(event, lang);
      const name = m.csv.fileName(event.id);
      if (ask.teams) {
        // Teams takes files from a bot only through file consent: the organiser allows an upload to their OneDrive.
        return {
          replies: [
            reply(m.exportConsent(rows), lang, {
              card: {
                kind: 'fileConsent',
                name,
                description: m.exportDescription(title),
                sizeInBytes: Buffer.byteLength(content),
                context: { kind: CSV_EXPORT_CONTEXT, lang, eventId: event.id },
              },
            }),
          ],
          rows,
        };
      }
      return { replies: [reply(m.exportReady(rows), lang, { files: [{ name, contentType: 'text/csv', content }] })], rows };
    }
  }
}

/** "oversigt": each upcoming event of the organiser with registered / waiting / cancelled counts, in one card. */
export async function overview(events: readonly MeetingEvent[], lang: Lang, reports: OrganiserReports): Promise<Reply> {
  const m = messages(lang).organiser;
  if (events.length === 0) return reply(m.overviewNone, lang);
  const rows = await Promise.all(
    events.map(async (event) => {
      const summary = await reports.summary(event);
      return { title: titleOf(event, lang), when: formatWhen(event, lang), ...summary };
    }),
  );
  const fallback = [
    m.overviewTitle,
    ...rows.map((row) => m.overviewLine(row.title, row.when, row.registered, row.waitlisted, row.cancelled)),
  ].join('\n');
  return reply(fallback, lang, { card: { kind: 'overview', title: m.overviewTitle, headers: m.overviewHeaders, rows } });
}

export const foldedWords = (text: string) => tokenize(text).map((token) => foldWord(token.folded));
