import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { titleOf } from '../../src/event/format';
import { messages } from '../../src/i18n';
import { startBot, type TestBot } from '../helpers/app';
import { projectRoot } from '../helpers/process';
import { TEST_EVENTS } from '../helpers/event';
import { CHROMIUM, CHROMIUM_ARGS, OUTPUT } from './browser';

/**
 * `npm run playground`: the Microsoft 365 Agents Playground (a dev dependency) against the bot, driven in headless
 * Chromium as a person uses it — personal chat, a group chat and a team's channel, as Teams has them. It speaks as
 * Teams with an en-US locale, whatever the person writes.
 */

const PLAYGROUND = path.join(projectRoot, 'node_modules', '.bin', 'agentsplayground');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the Playground against `endpoint` on a free port, in a temp folder (it writes its log to ./devTools). */
async function startPlayground(endpoint: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), 'moedebot-playground-'));
  const child: ChildProcess = spawn(PLAYGROUND, ['-e', endpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(port)], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Playground did not start: ${output}`)), 30_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.once('exit', (code) => reject(new Error(`the Playground exited (${code}): ${output}`)));
  });
  return {
    url: `http://localhost:${port}/`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The Playground's message box (a rich-text editor). */
const messageBox = (page: Page) => page.locator('[data-lexical-editor="true"]').first();

async function type(page: Page, text: string): Promise<void> {
  await messageBox(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Types "@Test" and picks the bot from the list, as one mentions it in Teams, then the question. */
async function mention(page: Page, text: string): Promise<void> {
  await messageBox(page).click();
  await page.keyboard.type('@Test', { delay: 50 });
  await page
    .locator('#typeahead-menu')
    .getByRole('menuitem', { name: /Test Bot/ })
    .click();
  await page.keyboard.type(` ${text}`);
  await page.keyboard.press('Enter');
}

const conversation = (page: Page, name: string) => page.getByText(name, { exact: true }).first().click();

for (const test of TEST_EVENTS) {
  const { event } = test;

  describe(`npm run playground: personal chat, group chat and channel (${test.name} event)`, () => {
    let bot: TestBot;
    let playground: Awaited<ReturnType<typeof startPlayground>>;
    let browser: Browser;
    let page: Page;
    const shot = (name: string) => page.screenshot({ path: path.join(OUTPUT, `playground-${test.name}-${name}.png`) });

    before(async () => {
      bot = await startBot({ EVENT_FILE: test.file, BOT_NOW: test.now });
      playground = await startPlayground(`${bot.url}/api/messages`);
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1300, height: 1400 } });
      // The Playground's page is a large bundle: on a busy machine it takes longer than the default 30 s to load.
      await page.goto(playground.url, { timeout: 120_000 });
    });
    after(async () => {
      await browser?.close();
      await playground?.stop();
      await bot?.close();
    });

    it('when the Playground opens, then the welcome (in its en-US) comes as a card whose four choices are buttons', async () => {
      const s = messages('en').suggestions;
      await page
        .getByText(messages('en').welcome(titleOf(event, 'en'), 0))
        .first()
        .waitFor({ timeout: 20_000 });
      for (const title of [s.when, s.where, s.programme, s.signUp])
        await page.getByRole('button', { name: title, exact: true }).first().waitFor();
      await shot('01-personal-welcome');
    });

    it('when "program" is typed, then the programme comes in Danish, on a card', async () => {
      await type(page, 'program');
      await page.getByText(messages('da').suggestions.signUp, { exact: true }).last().waitFor({ timeout: 15_000 });
      await shot('02-personal-programme');
    });

    it('when sign-up starts, then the privacy notice keeps its paragraphs', async () => {
      await page.getByText(messages('da').suggestions.signUp, { exact: true }).last().click();
      const notice = page.getByText(messages('da').registration.privacyQuestion, { exact: false }).last();
      await notice.waitFor({ timeout: 15_000 });
      assert.ok((await notice.innerHTML()).includes('<br'), 'a line break before the question');
      await shot('03-personal-privacy-notice');
    });

    it('in a group chat, the welcome asks to be @mentioned and has no buttons; @mentioned, the bot answers; its card button opens the sign-up in personal chat, in Danish', async () => {
      await conversation(page, 'Group Chat');
      await page
        .getByText(messages('en').welcome(titleOf(event, 'en'), 0, 'group'))
        .first()
        .waitFor({ timeout: 20_000 });
      assert.equal(await page.getByRole('button', { name: messages('en').suggestions.when, exact: true }).count(), 0);
      await mention(page, 'program');
      await page.getByText(messages('da').suggestions.signUp, { exact: true }).last().waitFor({ timeout: 15_000 });
      await page.getByText(messages('da').suggestions.signUp, { exact: true }).last().click();
      await page.getByText(messages('da').sentPrivately).first().waitFor({ timeout: 15_000 });
      await shot('04-group-chat');
      await conversation(page, 'Personal Chat');
      await page.getByText(messages('da').registration.privacyQuestion, { exact: false }).nth(1).waitFor({ timeout: 15_000 });
    });

    it("in a team's channel, the welcome is accepted and offers no buttons", async () => {
      await conversation(page, 'General');
      await page
        .getByText(messages('en').welcome(titleOf(event, 'en'), 0, 'group'))
        .first()
        .waitFor({ timeout: 20_000 });
      assert.equal(await page.getByRole('button', { name: messages('en').suggestions.when, exact: true }).count(), 0);
      await shot('05-channel');
    });
  });
}
