/**
 * The documents of what invitees asked that the invitation did not answer, and of the organisers' answers: the
 * QuestionStore's contract. Every document belongs to one event (one partition).
 */

/** A text in Danish, English or both (the event model's Localized, as stored). */
export interface StoredText {
  da?: string;
  en?: string;
}

/**
 * One question the bot could not answer, or whose answer was marked as wrong: the text with e-mail addresses, phone
 * numbers and names masked, its language and when — never who asked. Expires with the event's retention.
 */
export interface QuestionRecord {
  id: string;
  eventId: string;
  type: 'question';
  /** Masked (see src/questions/mask.ts). */
  text: string;
  lang: 'da' | 'en';
  /** What the understanding took it to be about ("parking"), for grouping similar questions. */
  topic?: string;
  /** Why it was recorded: the bot did not know, or someone said the answer was not it. */
  reason: 'unanswered' | 'feedback';
  askedAt: string;
  /** The organiser answer (FAQ entry id) that now answers it. */
  answeredBy?: string;
  expiresAt?: string;
}

/**
 * Who to tell once a question is answered: the person and the 1:1 conversation they asked in. Personal data: kept at
 * most 14 days after the question (and never past the event's retention), deleted by "slet mine data", and never
 * shown to organisers.
 */
export interface AnswerNotice {
  id: string;
  eventId: string;
  type: 'notice';
  questionId: string;
  /** personKeyOf(identity). */
  personKey: string;
  /** Where to write to them: a Bot Framework conversation reference of a personal chat, without names. */
  address: Record<string, unknown>;
  lang: 'da' | 'en';
  askedAt: string;
  /** The FAQ entry that answers the question, once there is one. */
  faqId?: string;
  /** When they were told. */
  sentAt?: string;
  expiresAt?: string;
}

/** One answer an organiser added in chat. */
export interface StoredFaqEntry {
  id: string;
  /** The (masked) questions it answers, as invitees asked them. */
  questions: string[];
  answer: StoredText;
  createdAt: string;
  updatedAt: string;
}

/** Every organiser answer of one event, in one document: read in one go, changed with optimistic concurrency. */
export interface FaqDocument {
  id: typeof FAQ_DOCUMENT_ID;
  eventId: string;
  type: 'faq';
  entries: StoredFaqEntry[];
  expiresAt?: string;
}

export const FAQ_DOCUMENT_ID = 'faq';

export type QuestionDocument = QuestionRecord | AnswerNotice | FaqDocument;
export type QuestionDocumentType = QuestionDocument['type'];
export type DocumentOfType<K extends QuestionDocumentType> = Extract<QuestionDocument, { type: K }>;

/** A document as stored, with the store's version tag for optimistic concurrency. */
export type StoredDocument<T extends QuestionDocument = QuestionDocument> = T & { etag: string };
