import type { Attachment } from 'botbuilder';
import { formatWhen } from '../event/format';
import type { MeetingEvent } from '../event/schema';
import { messages, type Lang } from '../i18n';
import { adaptiveCard } from './adaptive';
import type { CardSubmit } from './cardSubmit';

/**
 * The programme as an Adaptive Card (schema 1.5, which Teams renders), with a sign-up button.
 * Every string comes from the event file or i18n.
 */
export function programmeCard(event: MeetingEvent, lang: Lang, fallbackText: string): Attachment {
  const m = messages(lang);
  const rows = event.programme.map((item) => ({
    type: 'ColumnSet',
    spacing: 'Medium',
    columns: [
      { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: `${item.number}.`, weight: 'Bolder' }] },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          { type: 'TextBlock', text: item.title[lang], wrap: true, weight: 'Bolder' },
          ...(item.leader
            ? [{ type: 'TextBlock', text: `${m.programmeLeaderLabel} ${item.leader[lang]}`, wrap: true, isSubtle: true, spacing: 'None' }]
            : []),
          ...item.subItems.map((sub) => ({ type: 'TextBlock', text: `• ${sub[lang]}`, wrap: true, spacing: 'None' })),
        ],
      },
    ],
  }));
  return adaptiveCard(
    [
      { type: 'TextBlock', text: event.title[lang], size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: formatWhen(event, lang), wrap: true, isSubtle: true, spacing: 'None' },
      ...rows,
    ],
    [{ type: 'Action.Submit', title: m.suggestions.signUp, data: { moedebot: 'signUp' } satisfies CardSubmit }],
    fallbackText,
  );
}
