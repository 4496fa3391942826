import type { DateTime } from 'luxon';
import type { MeetingEvent } from '../event/model';
import { PRACTICAL_TOPICS, type PracticalTopic } from '../event/schema';
import type { Lang } from '../i18n';
import { EventKnowledge } from '../understanding/knowledge';
import { ask } from './ask';

/**
 * The standard questions an organiser sees answered before going live: when, where, programme, contact, sign-up,
 * and one for each practical fact the event states — asked as invitees ask them, in both languages.
 */
const STANDARD: Array<{ topic: string; da: string; en: string }> = [
  { topic: 'when', da: 'hvornår er mødet?', en: 'when is the meeting?' },
  { topic: 'end', da: 'hvornår slutter det?', en: 'when does it end?' },
  { topic: 'where', da: 'hvor er det?', en: 'where is it?' },
  { topic: 'programme', da: 'hvad er programmet?', en: "what's the programme?" },
  { topic: 'contact', da: 'hvem kan jeg kontakte?', en: 'who can I contact?' },
  { topic: 'signUp', da: 'hvordan tilmelder jeg mig?', en: 'how do I sign up?' },
  { topic: 'deadline', da: 'hvornår er tilmeldingsfristen?', en: "what's the deadline to sign up?" },
];

const PRACTICAL_QUESTIONS: Record<PracticalTopic, { da: string; en: string }> = {
  arrival: { da: 'hvornår kan man komme?', en: 'when can I arrive?' },
  food: { da: 'er der mad?', en: 'is there food?' },
  parking: { da: 'hvor kan jeg parkere?', en: 'where can I park?' },
  accessibility: { da: 'kan man komme ind i kørestol?', en: 'is it wheelchair accessible?' },
  online: { da: 'kan man deltage online?', en: 'can I join online?' },
  price: { da: 'hvad koster det?', en: 'how much does it cost?' },
  language: { da: 'hvilket sprog foregår det på?', en: 'what language is it in?' },
  accommodation: { da: 'er der overnatning?', en: 'is there accommodation?' },
  dressCode: { da: 'hvad skal man have på?', en: 'what should I wear?' },
  transport: { da: 'hvordan kommer jeg derhen?', en: 'how do I get there?' },
  cancellation: { da: 'hvad hvis jeg bliver forhindret?', en: 'what if I cannot come?' },
};

export interface PreviewEntry {
  topic: string;
  question: Record<Lang, string>;
  answer: Record<Lang, string>;
  /** The bot says it does not know (fully or partly). */
  unanswered: Record<Lang, boolean>;
}

/** What invitees will get for the standard questions, in Danish and English, from the event as written. */
export function previewAnswers(event: MeetingEvent, now: DateTime): PreviewEntry[] {
  const knowledge = new EventKnowledge(event);
  const questions = [
    ...STANDARD.filter((entry) => (entry.topic === 'deadline' ? event.registration?.deadline !== undefined : true)),
    ...PRACTICAL_TOPICS.filter((topic) => event.practical[topic]).map((topic) => ({ topic, ...PRACTICAL_QUESTIONS[topic] })),
  ];
  return questions.map(({ topic, da, en }) => {
    const answers = { da: ask(da, knowledge, { now, hint: 'da' }), en: ask(en, knowledge, { now, hint: 'en' }) };
    return {
      topic,
      question: { da, en },
      answer: { da: answers.da.answer?.text ?? '', en: answers.en.answer?.text ?? '' },
      unanswered: { da: answers.da.answer?.kind !== 'answer', en: answers.en.answer?.kind !== 'answer' },
    };
  });
}
