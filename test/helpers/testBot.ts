import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import { MeetingAssistant } from '../../src/answers/assistant';
import { MoedeBot } from '../../src/bot/moedeBot';
import { createClock } from '../../src/clock';
import { createLogger } from '../../src/log';
import { CueRecognizer } from '../../src/understanding/recognizer';
import { bundledEvent } from './event';

/** The real bot and dialogs on botbuilder's in-memory TestAdapter: for dialog-level tests without HTTP. */
export function dialogHarness(now = '2024-10-27T12:00:00+01:00') {
  const assistant = new MeetingAssistant(bundledEvent, new CueRecognizer(bundledEvent), createClock(now));
  const storage = new MemoryStorage();
  const bot = new MoedeBot(assistant, new MainDialog(assistant), new ConversationState(storage), new UserState(storage), createLogger('silent'));
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.locale = 'da-DK';
  return {
    adapter,
    /** Sends one activity and returns every reply of that turn. */
    async turn(activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
      const before = adapter.activeQueue.length;
      await adapter.receiveActivity(activity);
      return adapter.activeQueue.splice(before);
    },
  };
}
