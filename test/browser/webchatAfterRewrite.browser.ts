import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, say, suggestedAction, waitForText, type BrowserSession } from './browser';

/*
 * EXPECTED TO BE COMPLETED AFTER THE REWRITE of the bot's internals (understanding, dialogs, router, event model),
 * which happens on another branch. These are the longer browser scenarios: a whole sign-up with the
 * municipality card and the calendar download, an organiser's export, and the programme card numbered 1–6.
 *
 * Each runs against the bot as it is today wherever it already can — the sign-up through today's dialog (the
 * municipality is typed: today there is no municipality card), the export, the programme card's six items. What
 * the current bot cannot do yet is a `todo` test: it runs and is reported, and its failure does not fail the run.
 * When the rewrite lands, replace the typed municipality by a click on its card and drop the `todo` marks.
 */

/** The Adaptive Card button with this title (the latest one, if several cards carry it). */
const cardButton = (page: Page, title: string) => page.locator('.ac-actionSet button', { hasText: title }).last();

describe('after the rewrite: a whole sign-up in the page, ending with the calendar download', () => {
  let session: BrowserSession;
  before(async () => {
    session = await openPage();
  });
  after(() => session.close());

  it('when "Tilmeld mig" is clicked, then the bot says what it stores and asks for the name', async () => {
    const { page } = session;
    await waitForText(page, /Hej! Jeg er Mødebot/);
    await suggestedAction(page, 'Tilmeld mig').click();
    await waitForText(page, /gemmer/);
    await waitForText(page, /navn/i);
    await session.screenshot('10-signup-privacy-notice');
  });

  it('when name, e-mail, municipality, role and topic are answered, then the review shows them', async () => {
    const { page } = session;
    const steps: Array<[string, RegExp]> = [
      ['Anna Jensen', /e-mail/i],
      ['anna@herning.dk', /Hvilken kommune/],
      // After the rewrite: choose Herning on the municipality card instead of typing it.
      ['Herning', /rolle|Hvad er din/i],
      ['Direktør', /emne/i],
      ['spring over', /Tjek venligst dine oplysninger/],
    ];
    for (const [answer, next] of steps) {
      await say(page, answer);
      await waitForText(page, next, 1);
    }
    await waitForText(page, /anna@herning\.dk/, 2);
    await session.screenshot('11-signup-review');
  });

  it('when the review is confirmed on its card, then the registration is confirmed and the calendar file downloads', async () => {
    const { page } = session;
    await cardButton(page, 'Ja, tilmeld mig').click();
    await waitForText(page, /Du er tilmeldt/);
    await session.screenshot('12-signup-confirmed');
    const link = page.locator('a[href^="data:text/calendar"]').last();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics, /DTSTART:20241030T160000Z/);
  });

  it('when the municipality is asked, then a card offers the municipalities to choose from', { todo: 'the municipality card comes with the rewritten sign-up dialog' }, async () => {
    const fresh = await openPage();
    try {
      await waitForText(fresh.page, /Hej! Jeg er Mødebot/);
      await suggestedAction(fresh.page, 'Tilmeld mig').click();
      for (const answer of ['Bo Hansen', 'bo@example.dk']) await say(fresh.page, answer);
      await waitForText(fresh.page, /Hvilken kommune/);
      await fresh.page.locator('.ac-adaptiveCard', { hasText: 'Herning' }).last().waitFor({ timeout: 5_000 });
    } finally {
      await fresh.close();
    }
  });
});

describe('after the rewrite: an organiser exports the registrations as CSV', () => {
  const organiser = 'organiser-webchat-1';
  let session: BrowserSession;
  before(async () => {
    // In local mode the page's user id is the one this tab keeps in sessionStorage; the organiser list names it.
    session = await openPage({ ORGANISER_IDS: `webchat:${organiser}` }, { userId: organiser });
  });
  after(() => session.close());

  it('when the organiser asks for the count and the export, then 1 and a CSV (BOM, CRLF) with the attendee download', async () => {
    const { page } = session;
    // Someone signs up meanwhile, in another channel of the same bot (npm run chat's way: HTTP, expectReplies).
    const attendee = session.bot.client({ id: 'anna' });
    for (const answer of ['tilmeld mig', 'Anna Jensen', 'anna@herning.dk', 'Herning', 'Direktør', 'spring over', 'ja']) await attendee.say(answer);
    await waitForText(page, /Hej! Jeg er Mødebot/);
    await say(page, 'hvor mange er tilmeldt?');
    await waitForText(page, /Tilmeldte: 1\./);
    await say(page, 'eksportér som CSV');
    const link = page.locator('a[href^="data:text/csv"]').last();
    await link.waitFor({ timeout: 15_000 });
    await session.screenshot('20-organiser-export');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = readFileSync((await download.path())!);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM, so Excel shows æ/ø/å');
    assert.match(csv.toString('utf8'), /\r\n/);
    assert.match(csv.toString('utf8'), /Anna Jensen.*anna@herning\.dk|anna@herning\.dk.*Anna Jensen/);
  });

  it('when someone who is not an organiser asks, then the one polite refusal', async () => {
    const other = await openPage({ ORGANISER_IDS: `webchat:${organiser}` }, { userId: 'not-an-organiser' });
    try {
      await waitForText(other.page, /Hej! Jeg er Mødebot/);
      await say(other.page, 'eksportér som CSV');
      await waitForText(other.page, /arrangør/i);
      assert.equal(await other.page.locator('a[href^="data:text/csv"]').count(), 0);
      await other.screenshot('21-export-refused');
    } finally {
      await other.close();
    }
  });
});

describe('after the rewrite: the programme card', () => {
  let session: BrowserSession;
  before(async () => {
    session = await openPage();
  });
  after(() => session.close());

  it('when "Program" is clicked, then a card lists the six items of the programme', async () => {
    const { page } = session;
    await waitForText(page, /Hej! Jeg er Mødebot/);
    await suggestedAction(page, 'Program').click();
    const card = page.locator('.ac-adaptiveCard').last();
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    for (const item of ['Velkommen', 'Drøftelser ved bordene', 'Opsamling i plenum', 'Tak for i dag']) assert.match(text, new RegExp(item));
    await session.screenshot('30-programme-card');
  });

  it('when the card is shown, then its items are numbered 1 to 6', { todo: 'today the card shows "1." before every item (each numbered line is its own Markdown list); the rewrite numbers them' }, async () => {
    const card = session.page.locator('.ac-adaptiveCard').last();
    // The numbers a reader sees: list markers (an <ol>'s start, counting on per item) or a number typed in the text.
    const numbers = await card.locator('.ac-textBlock').evaluateAll((blocks) =>
      blocks.flatMap((block) => {
        const list = block.querySelector('ol');
        if (list) return Array.from(list.children, (_item, index) => (list as unknown as { start: number }).start + index);
        const typed = /^\s*(\d+)[.)]\s/.exec(block.textContent ?? '');
        return typed ? [Number(typed[1])] : [];
      }),
    );
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6]);
  });
});
