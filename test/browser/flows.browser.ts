import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { formatClock, formatWhen, localText, titleOf } from '../../src/event/format';
import type { MeetingEvent, RegistrationField } from '../../src/event/model';
import { messages } from '../../src/i18n';
import { meetingCalendar } from '../../src/registrations/calendar';
import { fieldPrompt } from '../../src/registrations/fields';
import { eventsFolder, KL_EVENT_FILE, KL_NOW, SYNTHETIC_EVENT_FILE, syntheticEvent, TEST_EVENTS } from '../helpers/event';
import { fieldsOf } from '../helpers/registrations';
import { cardButton, download, lastCard, openPage, say, suggestedAction, transcript, waitForText, type BrowserSession } from './browser';

/** The browser global the in-page functions below use (the project compiles without the DOM library). */
declare const document: { querySelector(selector: string): { textContent: string | null } | null };

/*
 * The longer scenarios of the try-it page in headless Chromium, on both test events: the programme card, a whole
 * sign-up (choices on suggested actions, on a drop-down card, and "something else"), the calendar download, an
 * organiser's export and someone else's refusal, and a deployment with several meetings. Screenshots of each step
 * go to test/browser/output/.
 */

const r = messages('da').registration;
const s = messages('da').suggestions;
const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const choiceLabel = (choice: RegistrationField['choices'][number]) => choice.label.da ?? Object.values(choice.label)[0] ?? choice.id;
/** An address with æ, ø and å in its name and its domain. */
const EMAIL = 'søren.ærø@ærøkommune.dk';

/** How often the transcript shows this text so far. */
async function occurrences(page: Page, text: string): Promise<number> {
  const all = await page.evaluate(() => document.querySelector('.webchat__basic-transcript')?.textContent ?? '');
  return all.split(text).length - 1;
}

/** Does `act`, then waits until the transcript shows `text` once more than before. */
async function thenShows(page: Page, text: string, act: () => Promise<unknown>): Promise<void> {
  const before = await occurrences(page, text);
  await act();
  await waitForText(page, escape(text), before + 1);
}

for (const test of TEST_EVENTS) {
  const { event } = test;
  const env = { EVENT_FILE: test.file, BOT_NOW: test.now };
  const shot = (name: string) => `${test.name}-${name}`;

  describe(`the programme card in the page (${test.name} event)`, () => {
    let session: BrowserSession;
    before(async () => {
      session = await openPage(env);
    });
    after(() => session.close());

    it('when "Program" is clicked, then one card lists every item, each numbered (1 to N) or timed as the letter gives it, once', async () => {
      const { page } = session;
      await waitForText(page, escape(titleOf(event, 'da')));
      await suggestedAction(page, s.programme).click();
      await lastCard(page).locator('.ac-columnSet').first().waitFor();
      // What a reader sees at the left of each item: the first column of each row.
      const labels = await lastCard(page)
        .locator('.ac-columnSet')
        .evaluateAll((rows) =>
          rows.map((row) =>
            (
              (row as unknown as { querySelector(s: string): { textContent: string | null } | null }).querySelector('.ac-container')
                ?.textContent ?? ''
            ).trim(),
          ),
        );
      assert.equal(labels.length, event.programme.length, labels.join(' | '));
      event.programme.forEach((item, index) => {
        if (item.numbered || !item.start)
          assert.ok(labels[index]!.startsWith(`${index + 1}.`), `${labels[index]} is numbered ${index + 1}`);
        if (item.start) assert.ok(labels[index]!.includes(formatClock(item.start, 'da')), `${labels[index]} shows ${item.start}`);
      });
      const text = (await lastCard(page).textContent()) ?? '';
      for (const item of event.programme)
        assert.ok(text.includes(localText(event, item.title, 'da').text), localText(event, item.title, 'da').text);
      // Text and card are never both shown: the programme's heading (the text's first line) is nowhere outside the card.
      const heading = messages('da').answers.programmeHeading(titleOf(event, 'da'), formatWhen(event, 'da'));
      assert.equal(await occurrences(page, heading), 0);
      await session.screenshot(shot('30-programme-card'));
    });

    it('nothing on the page failed', () => {
      assert.deepEqual(session.errors, []);
    });
  });

  describe(`a whole sign-up in the page, ending with the calendar download (${test.name} event)`, () => {
    let session: BrowserSession;
    before(async () => {
      session = await openPage(env);
    });
    after(() => session.close());

    it('when "Tilmeld mig" is clicked and the notice accepted, then the first field is asked', async () => {
      const { page } = session;
      await waitForText(page, escape(titleOf(event, 'da')));
      await thenShows(page, r.privacyQuestion, () => suggestedAction(page, s.signUp).click());
      await session.screenshot(shot('10-signup-privacy-notice'));
      await thenShows(page, fieldPrompt(fieldsOf(event)[0]!, 'da', event), () => suggestedAction(page, r.yesNoButtons.yes).click());
    });

    it('when every field is answered — choices on buttons or on a drop-down card that preselects nothing — then the review shows the answers', async () => {
      const { page } = session;
      const fields = fieldsOf(event);
      for (const [index, field] of fields.entries()) {
        const next = fields[index + 1] ? fieldPrompt(fields[index + 1]!, 'da', event) : r.reviewIntro;
        if (field.kind === 'name') await thenShows(page, next, () => say(page, 'Anna Jensen'));
        else if (field.kind === 'email') await thenShows(page, next, () => say(page, EMAIL));
        else if (field.kind === 'choice') await choose(session, event, field, next, shot);
        else if (field.optional) await thenShows(page, next, () => suggestedAction(page, r.skip).click());
        else await thenShows(page, next, () => say(page, 'Inklusion i udskolingen'));
      }
      const review = (await lastCard(page).textContent()) ?? '';
      assert.ok(review.includes('Anna Jensen') && review.includes(EMAIL), review);
      await session.screenshot(shot('11-signup-review'));
    });

    it('when the review is confirmed on its card, then the registration is confirmed, and the calendar file downloads with the meeting in it', async () => {
      const { page } = session;
      await thenShows(page, r.registered(titleOf(event, 'da'), formatWhen(event, 'da'), 'attached'), () =>
        cardButton(page, r.reviewButtons.confirm).click(),
      );
      await session.screenshot(shot('12-signup-confirmed'));
      const ics = await download(page, 'text/calendar');
      assert.match(ics.name, /\.ics$/);
      const content = ics.content.toString('utf8');
      assert.match(content, /BEGIN:VCALENDAR/);
      const start = /^DTSTART.*$/m.exec(meetingCalendar(event, 'da'))![0];
      assert.ok(content.includes(start), `${start} in the file`);
      assert.ok(!content.includes('Anna Jensen') && !content.includes(EMAIL), 'nothing of the person in the file');
    });

    it('nothing on the page failed', () => {
      assert.deepEqual(session.errors, []);
    });
  });

  describe(`an organiser exports the registrations as CSV (${test.name} event)`, () => {
    const organiser = 'organiser-webchat-1';
    const attendee = { name: 'Bo Hansen', email: 'bo.hansen@example.dk' };
    let session: BrowserSession;
    before(async () => {
      // In local mode the page's user id is the one this tab keeps in sessionStorage; the organiser list names it.
      session = await openPage({ ...env, ORGANISER_IDS: `webchat:${organiser}` }, { userId: organiser });
    });
    after(() => session.close());

    it('when someone has signed up and the organiser asks for the count and the export, then 1, and a CSV (BOM, CRLF) with them in it', async () => {
      const { page } = session;
      // Someone signs up meanwhile through another client of the same bot (npm run chat's way: HTTP, expectReplies).
      const other = session.bot.client({ id: 'bo' });
      await other.say('tilmeld mig');
      await other.say('ja');
      for (const field of fieldsOf(event)) {
        await other.say(
          field.kind === 'name'
            ? attendee.name
            : field.kind === 'email'
              ? attendee.email
              : field.kind === 'choice'
                ? choiceLabel(field.choices[0]!)
                : field.optional
                  ? 'spring over'
                  : 'Inklusion',
        );
      }
      await other.say('ja');
      await waitForText(page, escape(titleOf(event, 'da')));
      await thenShows(page, messages('da').organiser.summary(titleOf(event, 'da'), 1, 0, 0, event.registration?.capacity), () =>
        say(page, 'hvor mange er tilmeldt?'),
      );
      await thenShows(page, messages('da').organiser.exportReady(1), () => say(page, 'eksportér som CSV'));
      await session.screenshot(shot('20-organiser-export'));
      const csv = await download(page, 'text/csv');
      assert.match(csv.name, /\.csv$/);
      assert.deepEqual([...csv.content.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM, so Excel shows æ/ø/å');
      const text = csv.content.toString('utf8');
      assert.match(text, /\r\n/);
      assert.ok(text.includes(attendee.name) && text.includes(attendee.email), text);
    });

    it('when someone who is not an organiser asks, then the refusal, and no file', async () => {
      const stranger = await openPage({ ...env, ORGANISER_IDS: `webchat:${organiser}` }, { userId: 'not-an-organiser' });
      try {
        await waitForText(stranger.page, escape(titleOf(event, 'da')));
        await thenShows(stranger.page, messages('da').organiser.notOrganiser, () => say(stranger.page, 'eksportér som CSV'));
        assert.equal(await stranger.page.locator('a[href^="data:text/csv"]').count(), 0);
        assert.ok(!((await transcript(stranger.page).textContent()) ?? '').includes(attendee.name));
        await stranger.screenshot(shot('21-export-refused'));
        assert.deepEqual(stranger.errors, []);
      } finally {
        await stranger.close();
      }
    });

    it('nothing on the page failed', () => {
      assert.deepEqual(session.errors, []);
    });
  });
}

/**
 * Answers a choice field as the page offers it. A drop-down card (a long list): nothing is preselected, sending it
 * unchosen shows the card's error message and sends nothing, then a choice is picked. Buttons: a field that takes
 * "something else" gets that, typed; any other gets its last choice.
 */
async function choose(
  session: BrowserSession,
  event: MeetingEvent,
  field: RegistrationField,
  next: string,
  shot: (name: string) => string,
): Promise<void> {
  const { page } = session;
  // The field's own drop-down: the latest card with a list that offers this field's choices.
  const dropDown = lastCard(page).locator('select', { has: page.locator('option', { hasText: choiceLabel(field.choices[0]!) }) });
  if ((await dropDown.count()) > 0) {
    assert.equal(await dropDown.inputValue(), '', 'nothing preselected');
    const sentBefore = await page.locator('.webchat__bubble--from-user').count();
    await lastCard(page).getByRole('button', { name: r.choose, exact: true }).click();
    await lastCard(page).getByText(r.chooseError).waitFor();
    assert.equal(await page.locator('.webchat__bubble--from-user').count(), sentBefore, 'nothing sent unchosen');
    await session.screenshot(shot('13-choice-card-unchosen'));
    await dropDown.selectOption({ label: choiceLabel(field.choices[1]!) });
    await thenShows(page, next, () => lastCard(page).getByRole('button', { name: r.choose, exact: true }).click());
    return;
  }
  if (field.other) {
    await thenShows(page, field.other.prompt ? localText(event, field.other.prompt, 'da').text : fieldPrompt(field, 'da', event), () =>
      suggestedAction(page, r.otherButton).click(),
    );
    await thenShows(page, next, () => say(page, 'Møllevej'));
    return;
  }
  await thenShows(page, next, () => suggestedAction(page, choiceLabel(field.choices.at(-1)!)).click());
}

describe('the page with several meetings', () => {
  let session: BrowserSession;
  before(async () => {
    session = await openPage({ EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]), BOT_NOW: KL_NOW });
  });
  after(() => session.close());

  it('when the page opens, then the welcome offers the meetings on a card; choosing one makes the questions about it', async () => {
    const { page } = session;
    const e = messages('da').events;
    await waitForText(page, escape(messages('da').welcomeMany(2)));
    await session.screenshot('40-several-meetings');
    const when = formatWhen(syntheticEvent, 'da');
    await thenShows(page, e.chosen(titleOf(syntheticEvent, 'da'), when), () =>
      cardButton(page, e.option(titleOf(syntheticEvent, 'da'), when)).click(),
    );
    await thenShows(page, when, () => say(page, 'hvornår er det?'));
    assert.deepEqual(session.errors, []);
  });
});

describe('a link to the page that names a meeting', () => {
  let session: BrowserSession;
  before(async () => {
    session = await openPage(
      { EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]), BOT_NOW: KL_NOW },
      { query: `?event=${syntheticEvent.id}` },
    );
  });
  after(() => session.close());

  it('when the page opens with ?event=<id>, then the welcome is for that meeting, not the list, and questions are about it', async () => {
    const { page } = session;
    const title = titleOf(syntheticEvent, 'da');
    await waitForText(page, escape(title));
    assert.equal(await occurrences(page, messages('da').welcomeMany(2)), 0);
    await session.screenshot('41-linked-meeting');
    await thenShows(page, formatWhen(syntheticEvent, 'da'), () => say(page, 'hvornår er det?'));
    assert.deepEqual(session.errors, []);
  });
});
