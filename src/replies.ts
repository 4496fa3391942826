import type { Lang } from './i18n';

/**
 * What the bot says, as plain data: the domain and the dialogs produce replies, the bot layer renders them as
 * activities for each channel (a card with its text as fallback, suggested actions where the channel allows them).
 */
export type Card =
  | { kind: 'programme'; eventId: string }
  | { kind: 'registration'; eventId: string; answers: Record<string, string>; status: string; calendarUrl?: string }
  | { kind: 'review'; eventId: string; answers: Record<string, string> }
  | { kind: 'choice'; eventId: string; fieldId: string }
  | { kind: 'table'; title: string; column: string; countHeader: string; totalLabel: string; rows: Array<{ label: string; count: number }> }
  | { kind: 'events'; title: string; options: Array<{ id: string; label: string }> }
  | {
      kind: 'overview';
      title: string;
      headers: { event: string; registered: string; waitlisted: string; cancelled: string };
      rows: Array<{ title: string; when: string; registered: number; waitlisted: number; cancelled: number }>;
    }
  | { kind: 'fileConsent'; name: string; description: string; sizeInBytes: number; context: Record<string, string> }
  | { kind: 'fileInfo'; name: string; contentUrl: string; uniqueId: string; fileType: string };

/** A quick reply: a button that sends its title as text, or a card-submit value. */
export interface Suggestion {
  title: string;
  value?: Record<string, string>;
}

export interface FileReply {
  name: string;
  contentType: string;
  content: string;
}

export interface Reply {
  text: string;
  lang: Lang;
  card?: Card;
  suggestions?: Suggestion[];
  files?: FileReply[];
  /** Ask "Var det svaret? 👍 / 👎" under this answer. */
  feedback?: boolean;
}

export const reply = (text: string, lang: Lang, extra: Omit<Partial<Reply>, 'text' | 'lang'> = {}): Reply => ({ text, lang, ...extra });
