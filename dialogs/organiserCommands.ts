import type { TurnContext } from 'botbuilder';
import { auditIdOf, type Identity } from '../src/identity';
import { personOf } from './turnInput';
import { textReply } from '../src/bot/replies';
import { breakdownCard, csvAttachment, fileConsentCard } from '../src/cards/organiserCards';
import { contactFacts } from '../src/answers/compose';
import type { MeetingEvent } from '../src/event/schema';
import { messages, type Lang } from '../src/i18n';
import type { Logger } from '../src/log';
import type { OrganiserDirectory } from '../src/organisers/authorization';
import { PAGE_SIZE, type OrganiserReports } from '../src/organisers/reports';
import { matchChoice } from '../src/registrations/fields';
import type { OrganiserIntent } from '../src/understanding/lexicon';
import { tokenize } from '../src/understanding/normalize';

export interface OrganiserDeps {
  event: MeetingEvent;
  reports: OrganiserReports;
  organisers: OrganiserDirectory;
  log: Logger;
}

/** Lists, exports and topics name people (or may): never in a channel or group chat. */
const PERSONAL_DATA: readonly OrganiserIntent[] = ['orgList', 'orgExport', 'orgTopics'];

export const CSV_EXPORT_CONTEXT = 'moedebot-csv-export';

export function isPersonalChat(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

/** Who asked, for the audit log: the Entra object id in Teams, else the channel user id. Never attendee data. */
export function auditActor(identity: Identity): string {
  return auditIdOf(identity);
}

/** A municipality named in the text ("hvor mange fra Herning?", "from Ringkøbing-Skjern"), if any. */
function municipalityIn(event: MeetingEvent, text: string, lang: Lang) {
  const field = event.registration.fields.find((f) => f.id === 'municipality');
  if (!field) return undefined;
  const words = tokenize(text).map((t) => t.raw).filter((w) => w.length >= 3);
  for (let i = 0; i < words.length; i++) {
    for (const window of [words.slice(i, i + 2).join(' '), words[i]!]) {
      const choice = matchChoice(field, window, lang);
      if (choice) return { field, choice };
    }
  }
  return undefined;
}

/**
 * Answers an organiser's request after checking who asks. Anyone else gets the same polite refusal whatever
 * they asked, so a refusal tells nothing about who, or whether anyone, is registered.
 */
export async function handleOrganiserRequest(context: TurnContext, intent: OrganiserIntent, text: string, lang: Lang, deps: OrganiserDeps): Promise<void> {
  const m = messages(lang).organiser;
  const identity = personOf(context);
  const actor = auditActor(identity);
  if (!deps.organisers.isOrganiser(identity)) {
    deps.log.info({ audit: { action: intent, actor, eventId: deps.event.id, allowed: false } }, 'organiser request refused');
    await context.sendActivity(textReply(m.notOrganiser(contactFacts(deps.event, lang)), lang));
    return;
  }
  if (PERSONAL_DATA.includes(intent) && !isPersonalChat(context)) {
    await context.sendActivity(textReply(m.onlyInPersonalChat, lang));
    return;
  }
  const audit = (rows: number) =>
    deps.log.info({ audit: { action: intent, actor, eventId: deps.event.id, channel: context.activity.channelId, rows, allowed: true } }, 'organiser data accessed');

  switch (intent) {
    case 'orgCount': {
      const named = municipalityIn(deps.event, text, lang);
      if (named) {
        const people = await deps.reports.participants(lang, { fieldId: named.field.id, choiceId: named.choice.id });
        const registered = people.filter((p) => p.status === 'registered').length;
        await context.sendActivity(textReply(m.countFor(named.choice.label[lang], registered, people.length - registered), lang));
        audit(1);
        return;
      }
      const summary = await deps.reports.summary();
      await context.sendActivity(textReply(m.summary(summary.registered, summary.waitlisted, summary.cancelled), lang));
      audit(1);
      return;
    }
    case 'orgBreakdown': {
      const fieldId = /rolle|roller|role|stilling/i.test(text) ? 'role' : 'municipality';
      const field = deps.event.registration.fields.find((f) => f.id === fieldId);
      const rows = await deps.reports.breakdown(fieldId, lang);
      const title = m.breakdownTitle(field?.label[lang] ?? fieldId);
      const lines = rows.map((row) => `${row.label}: ${row.count}`);
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      const fallback = [title, ...lines, `${m.total}: ${total}`].join('\n');
      const reply = textReply(fallback, lang);
      reply.attachments = [breakdownCard(title, field?.label[lang] ?? fieldId, m.countHeader, m.total, rows, fallback)];
      await context.sendActivity(reply);
      audit(rows.length);
      return;
    }
    case 'orgList': {
      const named = municipalityIn(deps.event, text, lang);
      const people = await deps.reports.participants(lang, named ? { fieldId: named.field.id, choiceId: named.choice.id } : undefined);
      if (people.length === 0) {
        await context.sendActivity(textReply(m.nobody, lang));
        audit(0);
        return;
      }
      const pages = Math.max(1, Math.ceil(people.length / PAGE_SIZE));
      const requested = Number(/(?:side|page)\s*(\d+)/i.exec(text)?.[1] ?? '1');
      const page = Math.min(Math.max(1, requested), pages);
      const shown = people.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const registered = people.filter((p) => p.status === 'registered').length;
      const lines = [m.listTitle(registered, named?.choice.label[lang])];
      let waitingHeaderShown = false;
      for (const person of shown) {
        if (person.status === 'waitlisted' && !waitingHeaderShown) {
          lines.push(m.waitingTitle);
          waitingHeaderShown = true;
        }
        lines.push(`- ${m.participantLine(person.name, person.role, person.municipality)}`);
      }
      if (pages > 1) lines.push(m.page(page, pages, m.nextPageCommand(Math.min(page + 1, pages))));
      await context.sendActivity(textReply(lines.join('\n'), lang));
      audit(shown.length);
      return;
    }
    case 'orgTopics': {
      const topics = await deps.reports.topics();
      const body = topics.length
        ? [m.topicsTitle(topics.length), ...topics.map((t) => `- ${t.topic}${t.count > 1 ? ` (${t.count})` : ''}`)].join('\n')
        : m.noTopics;
      await context.sendActivity(textReply(body, lang));
      audit(topics.length);
      return;
    }
    case 'orgExport': {
      const { content, rows } = await deps.reports.csv(lang);
      const name = m.csv.fileName(deps.event.id);
      if (context.activity.channelId === 'msteams') {
        // Teams takes files from a bot only through file consent: the organiser allows an upload to their OneDrive.
        const reply = textReply(m.exportConsent(rows), lang);
        reply.attachments = [
          fileConsentCard(name, m.exportDescription(deps.event.title[lang]), Buffer.byteLength(content), { kind: CSV_EXPORT_CONTEXT, lang }),
        ];
        await context.sendActivity(reply);
      } else {
        const reply = textReply(m.exportReady(rows), lang);
        reply.attachments = [csvAttachment(name, content)];
        await context.sendActivity(reply);
      }
      audit(rows);
      return;
    }
  }
}
