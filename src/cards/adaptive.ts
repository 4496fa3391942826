import type { Attachment } from 'botbuilder';

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
 * Someone's own words in a card: a TextRun inside a RichTextBlock is never parsed as markdown,
 * so "**bold**" or "<at>x</at>" shows as typed.
 */
export function literal(text: string) {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text }] };
}
