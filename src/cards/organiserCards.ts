import type { Attachment } from 'botbuilder';
import type { BreakdownRow } from '../organisers/reports';
import { adaptiveCard, literal } from './adaptive';

/** A two-column Adaptive Card table (schema 1.5, rendered by Teams) with a total row; values shown literally. */
export function breakdownCard(title: string, labelHeader: string, countHeader: string, totalLabel: string, rows: BreakdownRow[], fallbackText: string): Attachment {
  const cell = (text: string, bold = false) => ({
    type: 'TableCell',
    items: [bold ? { type: 'TextBlock', text, weight: 'Bolder', wrap: true } : literal(text)],
  });
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'Table',
        firstRowAsHeader: true,
        columns: [{ width: 3 }, { width: 1 }],
        rows: [
          { type: 'TableRow', cells: [cell(labelHeader, true), cell(countHeader, true)] },
          ...rows.map((row) => ({ type: 'TableRow', cells: [cell(row.label), cell(String(row.count))] })),
          { type: 'TableRow', cells: [cell(totalLabel, true), cell(String(total), true)] },
        ],
      },
    ],
    [],
    fallbackText,
  );
}

/** Teams' file-consent card: the user allows the bot to put a file in their OneDrive. */
export function fileConsentCard(name: string, description: string, sizeInBytes: number, context: Record<string, string>): Attachment {
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name,
    content: { description, sizeInBytes, acceptContext: context, declineContext: context },
  };
}

export function fileInfoCard(name: string, contentUrl: string, uniqueId: string, fileType: string): Attachment {
  return { contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl, name, content: { uniqueId, fileType } };
}

export function csvAttachment(name: string, content: string): Attachment {
  return { contentType: 'text/csv', name, contentUrl: `data:text/csv;charset=utf-8;base64,${Buffer.from(content, 'utf8').toString('base64')}` };
}
