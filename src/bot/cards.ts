import type { Attachment } from 'botbuilder';
import { z } from 'zod';
import type { Submit } from '../../dialogs/dialog';
import { programmeText } from '../answers/programme';
import { formatClock, formatWhen, localText, titleOf } from '../event/format';
import type { MeetingEvent, ProgrammeItem } from '../event/model';
import { messages, type Lang } from '../i18n';
import { displayAnswer, fieldLabel, fieldPrompt } from '../registrations/fields';
import type { Card } from '../replies';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** An Adaptive Card 1.5 (what Teams renders) with a plain-text fallback for channels that cannot draw it. */
export function adaptiveCard(body: unknown[], actions: unknown[] = [], fallbackText = ''): Attachment {
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      fallbackText,
      body,
      ...(actions.length ? { actions } : {}),
    },
  };
}

/**
 * Text in a card that is never read as markdown: a TextRun inside a RichTextBlock. Web Chat and Teams render
 * TextBlocks as markdown, so "1. Velkommen" in several TextBlocks would each become a list starting at 1, and a
 * user's "**x**" would turn bold.
 */
export function literal(text: string, style: { weight?: 'Bolder'; subtle?: boolean; size?: 'Medium' | 'Large' } = {}) {
  return {
    type: 'RichTextBlock',
    inlines: [
      {
        type: 'TextRun',
        text,
        ...(style.weight ? { weight: style.weight } : {}),
        ...(style.subtle ? { isSubtle: true } : {}),
        ...(style.size ? { size: style.size } : {}),
      },
    ],
  };
}

/** Several lines of plain text, one block each (a TextRun has no line breaks of its own in every client). */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => literal(line));

/** What Mødebot's own cards and buttons send back. Anything else in `activity.value` is ignored with a polite reply. */
const submitSchema = z.discriminatedUnion('moedebot', [
  z.object({ moedebot: z.literal('signUp'), eventId: z.string().max(100).optional() }),
  z.object({ moedebot: z.literal('review'), choice: z.enum(['confirm', 'change', 'cancel']) }),
  z.object({ moedebot: z.literal('field'), field: z.string().max(50), choice: z.string().max(200).optional() }),
  z.object({ moedebot: z.literal('yesNo'), answer: z.union([z.boolean(), z.enum(['yes', 'no'])]) }),
  z.object({ moedebot: z.literal('event'), eventId: z.string().max(100).optional(), choice: z.string().max(100).optional() }),
  z.object({ moedebot: z.literal('feedback'), helpful: z.union([z.boolean(), z.enum(['yes', 'no'])]) }),
]);

/** A card submit as the router's Submit, or undefined for anything the bot did not send. */
export function parseSubmit(value: unknown): Submit | undefined {
  const parsed = submitSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  switch (data.moedebot) {
    case 'signUp':
      return { action: 'signUp', eventId: data.eventId };
    case 'review':
      return { action: 'review', choice: data.choice };
    case 'field':
      return { action: 'field', field: data.field, choice: data.choice };
    case 'yesNo':
      return { action: 'yesNo', answer: data.answer === true || data.answer === 'yes' };
    case 'event': {
      const eventId = data.eventId ?? data.choice;
      return eventId ? { action: 'event', eventId } : undefined;
    }
    case 'feedback':
      return { action: 'feedback', helpful: data.helpful === true || data.helpful === 'yes' };
  }
}

const submitAction = (title: string, data: Record<string, unknown>) => ({ type: 'Action.Submit', title, data });

function answerRows(event: MeetingEvent, answers: Record<string, string>, lang: Lang) {
  const none = messages(lang).registration.noAnswer;
  return (event.registration?.fields ?? []).map((field) => ({
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 2, items: [literal(fieldLabel(field, lang, event), { weight: 'Bolder' })] },
      { type: 'Column', width: 3, items: [literal(displayAnswer(field, answers, lang) || none)] },
    ],
  }));
}

/**
 * An item's number (where the letter numbers its items, or gives no time) and its time, as the text answer shows
 * them: on the letter's clock (a letter written with am/pm gets am/pm in English).
 */
function itemLabel(item: ProgrammeItem, lang: Lang, clock: MeetingEvent['clock']): string {
  const number = item.numbered || !item.start ? `${item.number}.` : undefined;
  const time = item.start
    ? item.end
      ? `${formatClock(item.start, lang, clock)}–${formatClock(item.end, lang, clock)}`
      : formatClock(item.start, lang, clock)
    : undefined;
  return [number, time].filter(Boolean).join(' ');
}

/**
 * What the reply's text says besides the programme (the meeting it is about, another question's answer), before and
 * after it: the card shows it too, since a client that draws the card never shows the text.
 */
function aroundProgramme(intro: string, event: MeetingEvent, lang: Lang): { before: string; after: string } {
  const at = intro.indexOf(programmeText(event, lang));
  if (at < 0) return { before: '', after: '' };
  return { before: intro.slice(0, at), after: intro.slice(at + programmeText(event, lang).length) };
}

/** The programme: numbers and times in their own column, as plain text (never a markdown list). */
function programmeBody(event: MeetingEvent, lang: Lang) {
  return event.programme.map((item) => ({
    type: 'ColumnSet',
    spacing: 'Medium',
    columns: [
      { type: 'Column', width: 'auto', items: [literal(itemLabel(item, lang, event.clock), { weight: 'Bolder' })] },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          literal(localText(event, item.title, lang).text, { weight: 'Bolder' }),
          ...(item.by ? [literal(`${lang === 'da' ? 'v/' : 'by'} ${localText(event, item.by, lang).text}`, { subtle: true })] : []),
          ...item.items.map((sub) => literal(`• ${localText(event, sub.title, lang).text}`)),
        ],
      },
    ],
  }));
}

/** Renders a reply's card; `intro` is the reply's text, shown at the top of the card (and as its fallback). */
export function renderCard(
  card: Card,
  intro: string,
  lang: Lang,
  event: (id: string) => MeetingEvent | undefined,
  signUpOpen: (event: MeetingEvent) => boolean,
): Attachment | undefined {
  const m = messages(lang);
  switch (card.kind) {
    case 'programme': {
      const found = event(card.eventId);
      if (!found) return undefined;
      const actions = signUpOpen(found) ? [submitAction(m.suggestions.signUp, { moedebot: 'signUp', eventId: found.id })] : [];
      const { before, after } = aroundProgramme(intro, found, lang);
      return adaptiveCard(
        [
          ...paragraphs(before),
          literal(titleOf(found, lang), { weight: 'Bolder', size: 'Large' }),
          literal(formatWhen(found, lang), { subtle: true }),
          ...programmeBody(found, lang),
          ...paragraphs(after),
        ],
        actions,
        intro,
      );
    }
    case 'review': {
      const found = event(card.eventId);
      if (!found) return undefined;
      const r = m.registration;
      return adaptiveCard(
        [literal(r.reviewIntro, { weight: 'Bolder', size: 'Medium' }), ...answerRows(found, card.answers, lang)],
        [
          submitAction(r.reviewButtons.confirm, { moedebot: 'review', choice: 'confirm' }),
          submitAction(r.reviewButtons.change, { moedebot: 'review', choice: 'change' }),
          submitAction(r.reviewButtons.cancel, { moedebot: 'review', choice: 'cancel' }),
        ],
        intro,
      );
    }
    case 'registration': {
      const found = event(card.eventId);
      if (!found) return undefined;
      const r = m.registration;
      return adaptiveCard(
        [
          ...paragraphs(intro),
          literal(r.cardTitle, { weight: 'Bolder', size: 'Medium' }),
          literal(titleOf(found, lang)),
          literal(formatWhen(found, lang), { subtle: true }),
          literal(card.status, { weight: 'Bolder' }),
          ...answerRows(found, card.answers, lang),
        ],
        card.calendarUrl ? [{ type: 'Action.OpenUrl', title: r.calendarButton, url: card.calendarUrl }] : [],
        intro,
      );
    }
    case 'choice': {
      const found = event(card.eventId);
      const field = found?.registration?.fields.find((f) => f.id === card.fieldId);
      if (!found || !field) return undefined;
      const r = m.registration;
      const choices = field.choices.map((choice) => ({
        title: choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id,
        value: choice.id,
      }));
      if (field.other) choices.push({ title: localText(found, field.other.label, lang).text, value: 'other' });
      // A label and an error message for the required input (Web Chat refuses a required input without them), and
      // no preselected value: a careless click must not register a choice the user never made.
      return adaptiveCard(
        [
          ...paragraphs(fieldPrompt(field, lang, found)),
          {
            type: 'Input.ChoiceSet',
            id: 'choice',
            style: 'compact',
            isRequired: true,
            label: r.chooseLabel(fieldLabel(field, lang, found)),
            errorMessage: r.chooseError,
            placeholder: r.choose,
            choices,
          },
        ],
        [submitAction(r.choose, { moedebot: 'field', field: field.id })],
        intro,
      );
    }
    case 'table': {
      const cell = (text: string, bold = false) => ({ type: 'TableCell', items: [literal(text, bold ? { weight: 'Bolder' } : {})] });
      const total = card.rows.reduce((sum, row) => sum + row.count, 0);
      return adaptiveCard(
        [
          literal(card.title, { weight: 'Bolder', size: 'Medium' }),
          {
            type: 'Table',
            firstRowAsHeader: true,
            columns: [{ width: 3 }, { width: 1 }],
            rows: [
              { type: 'TableRow', cells: [cell(card.column, true), cell(card.countHeader, true)] },
              ...card.rows.map((row) => ({ type: 'TableRow', cells: [cell(row.label), cell(String(row.count))] })),
              { type: 'TableRow', cells: [cell(card.totalLabel, true), cell(String(total), true)] },
            ],
          },
        ],
        [],
        intro,
      );
    }
    case 'overview': {
      const cell = (text: string, bold = false) => ({ type: 'TableCell', items: [literal(text, bold ? { weight: 'Bolder' } : {})] });
      const h = card.headers;
      return adaptiveCard(
        [
          literal(card.title, { weight: 'Bolder', size: 'Medium' }),
          {
            type: 'Table',
            firstRowAsHeader: true,
            columns: [{ width: 4 }, { width: 1 }, { width: 1 }, { width: 1 }],
            rows: [
              {
                type: 'TableRow',
                cells: [cell(h.event, true), cell(h.registered, true), cell(h.waitlisted, true), cell(h.cancelled, true)],
              },
              ...card.rows.map((row) => ({
                type: 'TableRow',
                cells: [
                  cell(`${row.title} (${row.when})`),
                  cell(String(row.registered)),
                  cell(String(row.waitlisted)),
                  cell(String(row.cancelled)),
                ],
              })),
            ],
          },
        ],
        [],
        intro,
      );
    }
    case 'events': {
      // The reply's own words (a welcome, say) head the card, unless they list the meetings: the buttons do that.
      const [first = '', ...rest] = (intro && !card.options.some((option) => intro.includes(option.label)) ? intro : card.title)
        .split('\n')
        .filter((line) => line.trim() !== '');
      return adaptiveCard(
        [literal(first, { weight: 'Bolder' }), ...rest.map((line) => literal(line))],
        card.options.map((option) => submitAction(option.label, { moedebot: 'event', eventId: option.id })),
        intro,
      );
    }
    case 'fileConsent':
      return {
        contentType: 'application/vnd.microsoft.teams.card.file.consent',
        name: card.name,
        content: {
          description: card.description,
          sizeInBytes: card.sizeInBytes,
          acceptContext: card.context,
          declineContext: card.context,
        },
      };
    case 'fileInfo':
      return {
        contentType: 'application/vnd.microsoft.teams.card.file.info',
        contentUrl: card.contentUrl,
        name: card.name,
        content: { uniqueId: card.uniqueId, fileType: card.fileType },
      };
  }
}

/** A card of buttons, for choices where suggested actions cannot go (Teams shows at most three, and none in channels). */
export function buttonsCard(text: string, buttons: Array<{ title: string; value?: Record<string, string> }>): Attachment {
  return adaptiveCard(
    paragraphs(text),
    buttons.map((button) => submitAction(button.title, button.value ?? { msteams: { type: 'imBack', value: button.title } })),
    text,
  );
}
