import type { Clock } from '../clock';
import type { MeetingEvent } from '../event/schema';
import type { Lang } from '../i18n';
import type { Recognizer, Understanding } from '../understanding/recognizer';
import { composeAnswer, type Answer } from './compose';

/** Question in, answer out: understanding plus composition, with the bot's clock. No botbuilder here. */
export class MeetingAssistant {
  constructor(
    readonly event: MeetingEvent,
    private readonly recognizer: Recognizer,
    private readonly clock: Clock,
  ) {}

  understand(text: string, languageHint?: Lang): Understanding {
    return this.recognizer.recognize(text, languageHint);
  }

  answer(understanding: Understanding): Answer {
    return composeAnswer(understanding, this.event, this.clock());
  }

  now() {
    return this.clock();
  }
}
