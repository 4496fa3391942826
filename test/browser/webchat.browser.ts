import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatWhen, localText, titleOf } from '../../src/event/format';
import { messages } from '../../src/i18n';
import { TEST_EVENTS } from '../helpers/event';
import { openPage, say, sendBox, suggestedAction, transcript, waitForText, type BrowserSession } from './browser';

/** The browser global the in-page function below uses (the project compiles without the DOM library). */
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/**
 * The try-it page in headless Chromium, as a newcomer meets it after `npm start`: the bot in-process in local mode,
 * its page at /, Web Chat on the bot's own Direct Line. On both test events; screenshots of each step go to
 * test/browser/output/.
 */
for (const test of TEST_EVENTS) {
  const { event } = test;
  const shot = (name: string) => `${test.name}-${name}`;

  describe(`try-it page in Chromium: welcome, a suggested action, a question (${test.name} event)`, () => {
    let session: BrowserSession;
    before(async () => {
      session = await openPage({ EVENT_FILE: test.file, BOT_NOW: test.now });
    });
    after(() => session.close());

    it('when the page opens, then the welcome arrives in Danish, naming the meeting, with its suggested actions', async () => {
      const { page } = session;
      await waitForText(page, escape(messages('da').welcome(titleOf(event, 'da'), 0)));
      const s = messages('da').suggestions;
      for (const title of [s.when, s.where, s.programme, s.signUp]) assert.ok(await suggestedAction(page, title).isVisible(), title);
      assert.equal(await sendBox(page).getAttribute('placeholder'), 'Skriv din meddelelse');
      await session.screenshot(shot('01-welcome'));
    });

    it("when a suggested action is clicked, then it is sent and answered with the meeting's date and time", async () => {
      const { page } = session;
      await suggestedAction(page, messages('da').suggestions.when).click();
      await waitForText(page, escape(formatWhen(event, 'da')));
      await session.screenshot(shot('02-suggested-action'));
    });

    it('when the person asks "hvor er mødet?", then the answer names the place from the invitation', async () => {
      const { page } = session;
      await say(page, 'hvor er mødet?');
      await waitForText(page, escape(event.venue.address!.line));
      const text = (await transcript(page).textContent()) ?? '';
      assert.ok(text.lastIndexOf('hvor er mødet?') < text.lastIndexOf(event.venue.address!.line), 'question before answer');
      assert.ok(text.includes(localText(event, event.venue.name!, 'da').text));
      await session.screenshot(shot('03-question-answered'));
    });

    it('when English is chosen, then Web Chat speaks English and the bot answers in English', async () => {
      const { page } = session;
      await page.locator('#language').selectOption('en');
      await page.waitForFunction(
        () => document.querySelector('[data-id="webchat-sendbox-input"]')?.getAttribute('placeholder') === 'Type your message',
      );
      await say(page, 'where is the meeting?');
      await waitForText(page, escape(`${localText(event, event.venue.name!, 'en').text}, ${event.venue.address!.line}`));
      await session.screenshot(shot('04-english'));
    });

    it('nothing on the page failed: no script error, no Content-Security-Policy violation, nothing missing', () => {
      assert.deepEqual(session.errors, []);
    });
  });
}
