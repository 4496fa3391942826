import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, say, sendBox, suggestedAction, transcript, waitForText, type BrowserSession } from './browser';

/** The browser global the in-page function below uses (the project compiles without the DOM library). */
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

/**
 * The try-it page in headless Chromium, as a newcomer meets it after `npm start`: the bot in-process in local mode,
 * its page at /, Web Chat on the bot's own Direct Line. Screenshots of each step go to test/browser/output/.
 */
describe('try-it page in Chromium: welcome, a suggested action, a question', () => {
  let session: BrowserSession;
  before(async () => {
    session = await openPage();
  });
  after(() => session.close());

  it('when the page opens, then the welcome arrives in Danish with its suggested actions', async () => {
    const { page } = session;
    await waitForText(page, /Hej! Jeg er Mødebot/);
    for (const title of ['Hvornår?', 'Hvor?', 'Program', 'Tilmeld mig']) {
      assert.ok(await suggestedAction(page, title).isVisible(), title);
    }
    assert.equal(await sendBox(page).getAttribute('placeholder'), 'Skriv din meddelelse');
    await session.screenshot('01-welcome');
  });

  it('when a suggested action is clicked, then it is sent and answered with the meeting\'s date', async () => {
    const { page } = session;
    await suggestedAction(page, 'Hvornår?').click();
    await waitForText(page, /onsdag den 30\. oktober 2024 kl\. 17\.00–18\.45/);
    await session.screenshot('02-suggested-action');
  });

  it('when the person asks "hvor er mødet?", then the answer names the place from the invitation', async () => {
    const { page } = session;
    await say(page, 'hvor er mødet?');
    await waitForText(page, /Rådhuset i Herning, Torvet 5, 7400 Herning/);
    const text = (await transcript(page).textContent()) ?? '';
    assert.ok(text.indexOf('hvor er mødet?') < text.indexOf('Rådhuset i Herning'), 'question before answer');
    await session.screenshot('03-question-answered');
  });

  it('when English is chosen, then Web Chat speaks English and the bot answers in English', async () => {
    const { page } = session;
    await page.locator('#language').selectOption('en');
    await page.waitForFunction(() => document.querySelector('[data-id="webchat-sendbox-input"]')?.getAttribute('placeholder') === 'Type your message');
    await say(page, 'where is the meeting?');
    await waitForText(page, /The meeting is held at Herning City Hall \(Rådhuset\), Torvet 5, 7400 Herning/);
    await session.screenshot('04-english');
  });

  it('nothing on the page failed: no script error, no Content-Security-Policy violation, nothing missing', () => {
    assert.deepEqual(session.errors, []);
  });
});
