import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBot, type TestBot } from '../helpers/app';

/** The few browser globals the in-page functions below use (the project compiles without the DOM library). */
declare const window: { sessionStorage: { setItem(key: string, value: string): void } };
declare const document: { querySelector(selector: string): { textContent: string | null } | null };

/**
 * Headless Chromium from Debian (apt-get install chromium), driven by playwright-core — no browser download, ever
 * (`playwright install` is never run). Each run gets a fresh profile in a temp folder, removed afterwards.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Screenshots of every step, for a person to look at (git-ignored). */
export const OUTPUT = path.join(__dirname, 'output');

export interface BrowserSession {
  bot: TestBot;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far (a Content-Security-Policy violation is one). */
  errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the bot in-process in local mode, as `npm start` does, with `env` on top (EVENT_FILE or EVENTS_DIR and a
 * BOT_NOW while sign-up is open; the KL event and its clock by default), and opens its page in Chromium.
 */
export async function openPage(
  env: Record<string, string> = {},
  options: { userId?: string; locale?: 'da' | 'en'; query?: string } = {},
): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(OUTPUT, { recursive: true });
  const bot = await startBot(env);
  const profile = mkdtempSync(path.join(tmpdir(), 'moedebot-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      viewport: { width: 1000, height: 900 },
    });
  } catch (error) {
    await bot.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The favicon is a data: URL; anything else that fails to load, or any policy violation, is an error.
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  if (options.userId || options.locale) {
    await page.addInitScript(
      ([userId, locale]) => {
        if (userId) window.sessionStorage.setItem('moedebot.userId', userId);
        if (locale) window.sessionStorage.setItem('moedebot.language', locale);
      },
      [options.userId ?? '', options.locale ?? ''] as const,
    );
  }
  await page.goto(`${bot.url}/${options.query ?? ''}`);
  return {
    bot,
    context,
    page,
    errors,
    async screenshot(name) {
      const file = path.join(OUTPUT, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      await bot.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Web Chat's send box. */
export const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]');

/** Types a message into Web Chat and sends it, as a person would. */
export async function say(page: Page, text: string): Promise<void> {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

/** The transcript's text: what the person sees. */
export const transcript = (page: Page) => page.locator('.webchat__basic-transcript');

/** Waits until the transcript shows text matching `pattern` `count` times (default once). */
export async function waitForText(page: Page, pattern: RegExp, count = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([source, flags, wanted]) => {
      const text = document.querySelector('.webchat__basic-transcript')?.textContent ?? '';
      return (text.match(new RegExp(source, `${flags.replace('g', '')}g`)) ?? []).length >= wanted;
    },
    [pattern.source, pattern.flags, count] as const,
    { timeout },
  );
}

/** A suggested action below the transcript (Web Chat also lists them, hidden, for screen readers). */
export const suggestedAction = (page: Page, title: string) => page.getByRole('toolbar').getByRole('button', { name: title, exact: true });

/** The latest Adaptive Card in the transcript. */
export const lastCard = (page: Page) => page.locator('.ac-adaptiveCard').last();

/** A button of the latest card that has one with this title. */
export const cardButton = (page: Page, title: string) => page.locator('.ac-actionSet button', { hasText: title }).last();

/** Clicks the latest link whose data: URL has this type, and returns the file the browser downloads. */
export async function download(page: Page, type: string): Promise<{ name: string; content: Buffer }> {
  const link = page.locator(`a[href^="data:${type}"]`).last();
  await link.waitFor({ timeout: 15_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), content: readFileSync(await file.path()) };
}
