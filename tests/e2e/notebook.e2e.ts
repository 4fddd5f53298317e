/**
 * Issue 18 (the reader's notebook and the options built for readers) in real Chromium, on the fixture news
 * page tests/fixtures/pages/visit-harbin-2024.html: a quote saved from the page appears in the popup and
 * survives export, clearing and import; 'Add this article as an event' creates an event that is then linked
 * on that page; the own-event form takes 'Putin, Harbin' through the picker; sources show as outlets; and
 * axe-core finds nothing serious in the new views, light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchLens, openPopupFor, type LensBrowser } from './harness';
import { sendTabMessage, waitForMarks } from './content-helpers';
import { describeProblems, seriousViolations } from './a11y-helpers';
import { selectSentence } from './page-selection';
import { dataset } from '../../data/dataset';

const PAGE = '/pages/visit-harbin-2024.html';
const QUOTE = 'Xi Jinping called the visit a new starting point.';

/** Selects one sentence of the page, as a reader dragging over it would. */
async function selectText(page: Page, text: string) {
  await page.evaluate(selectSentence, text);
}

async function setTheme(lens: LensBrowser, theme: 'light' | 'dark') {
  await lens.serviceWorker.evaluate(async (theme) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), theme } });
  }, theme);
}

async function openOptions(lens: LensBrowser): Promise<Page> {
  const options = await lens.context.newPage();
  options.on('dialog', (d) => void d.accept());
  await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
  const want = String(dataset.events.length);
  await expect.poll(() => options.getByTestId('dataset-events').getAttribute('data-count').catch(() => null), { timeout: 30000 }).toBe(want);
  return options;
}

describe("the reader's notebook in real Chromium", () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('a quote saved from a page appears in the popup, is found by its words, and survives export and import', async () => {
    const news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    await selectText(news, QUOTE);
    const button = news.locator('crlens-ui [data-testid="save-quote"]');
    await button.waitFor({ timeout: 10000 });
    await button.click();
    // The form shows what will be kept: the selection as the reader made it.
    expect(await news.locator('crlens-ui .crl-quote-text').textContent()).toBe(QUOTE);
    await news.locator('crlens-ui [data-testid="quote-note"]').fill('Compare with the 2019 visit.');
    await news.locator('crlens-ui [data-testid="quote-confirm"]').click();
    await news.locator('crlens-ui [data-testid="quote-saved"]').waitFor({ timeout: 10000 });

    const popup = await openPopupFor(lens);
    await popup.getByRole('tab', { name: 'Saved' }).click();
    const quote = popup.getByTestId('quote').first();
    await quote.waitFor({ timeout: 10000 });
    expect(await quote.locator('blockquote').textContent()).toBe(QUOTE);
    const meta = (await quote.textContent()) ?? '';
    expect(meta).toContain('Putin ends China trip in Harbin');
    expect(meta).toContain('Compare with the 2019 visit.');
    // The page's own publication date, not today's.
    expect(await quote.locator('time').getAttribute('datetime')).toBe('2024-05-17');
    await popup.getByTestId('notebook-search').fill('starting point');
    await expect.poll(() => popup.getByTestId('quote').count()).toBe(1);
    await popup.getByTestId('notebook-search').fill('hockey');
    await expect.poll(() => popup.getByTestId('quote').count()).toBe(0);
    await popup.close();

    const options = await openOptions(lens);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.quotes).toEqual([expect.objectContaining({ text: QUOTE, url: lens.server.url(PAGE), date: '2024-05-17', dateFrom: 'page', note: 'Compare with the 2019 visit.' })]);
    await options.getByTestId('clear-data').click();
    await expect.poll(() => options.getByTestId('quote').count()).toBe(0);
    await options.getByTestId('import-file').setInputFiles((await download.path())!);
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/1 quotes/);
    await expect.poll(() => options.getByTestId('quote').count()).toBe(1);
    expect(await options.getByTestId('quote').locator('blockquote').textContent()).toBe(QUOTE);
    await options.close();
    await news.close();
  });

  it("from the keyboard: the 'save-quote' shortcut opens the form with focus in the note, Tab and Enter save", async () => {
    const news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    const sentence = 'Officials on both sides said trade had held up';
    await selectText(news, sentence);
    // What the browser's command (Alt+Shift+Q) sends to the tab; headless Chromium can't press commands.
    await sendTabMessage(lens, news, { lens: 'save-quote' });
    await news.locator('crlens-ui [data-testid="quote-form"]').waitFor({ timeout: 10000 });
    await expect.poll(() => news.evaluate(() => document.querySelector('crlens-ui')?.shadowRoot?.activeElement?.getAttribute('data-testid'))).toBe('quote-note');
    await news.keyboard.type('by keyboard');
    await news.keyboard.press('Tab');
    await news.keyboard.press('Enter');
    await news.locator('crlens-ui [data-testid="quote-saved"]').waitFor({ timeout: 10000 });
    const options = await openOptions(lens);
    await expect.poll(() => options.getByTestId('quote').filter({ hasText: sentence }).count()).toBe(1);
    expect(await options.getByTestId('quote').filter({ hasText: sentence }).textContent()).toContain('by keyboard');
    await options.close();
    await news.close();
  });

  it("'Add this article as an event' creates an event that is then linked on that page", async () => {
    const news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    const popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    await popup.getByTestId('add-article-event').click();
    const form = popup.getByTestId('own-event-form');
    // Prefilled from the page: its date, title and address, and the entities its marks name.
    expect(await form.locator('input[name=date]').inputValue()).toBe('2024-05-17');
    expect(await form.locator('input[name=title]').inputValue()).toBe('Putin ends China trip in Harbin after talks with Xi | The Evening Ledger');
    expect(await form.locator('textarea[name=sources]').inputValue()).toBe(lens.server.url(PAGE));
    const chips = await form.locator('[data-testid="picked-entities"] [data-entity-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')));
    const putin = dataset.entities.find((e) => e.name === 'Vladimir Putin')!.id;
    const harbin = dataset.entities.find((e) => e.name === 'Harbin')!.id;
    expect(chips).toEqual(expect.arrayContaining([putin, harbin]));
    await form.locator('input[name=title]').fill('Putin in Harbin (my reading)');
    await form.getByRole('button', { name: 'Add event' }).click();
    await popup.getByTestId('article-added').waitFor({ timeout: 10000 });
    const own = popup.locator('#page-events-list [data-event-id^="own-"]');
    await own.first().waitFor({ timeout: 15000 });
    expect(await own.first().textContent()).toContain('Putin in Harbin (my reading)');
    await popup.close();

    // Loaded again, the page still links it.
    await news.reload();
    await waitForMarks(news, 3, 30000);
    const again = await openPopupFor(lens);
    await again.locator('#page-events-list [data-event-id^="own-"]').first().waitFor({ timeout: 30000 });
    await again.close();
    await news.close();
  });

  it("the own-event form accepts 'Putin, Harbin' through the picker, and a name typed in Russian", async () => {
    const options = await openOptions(lens);
    await options.getByTestId('add-own-event').click();
    const form = options.getByTestId('own-event-form');
    await form.locator('input[name=date]').fill('2024-05-17');
    await form.locator('input[name=title]').fill('Harbin expo');
    const picker = form.locator('input[name=entities]');
    await picker.fill('Putin, Harbin');
    await picker.press('Enter');
    const chips = form.locator('[data-testid="picked-entities"] [data-entity-id]');
    await expect.poll(() => chips.count()).toBe(2);
    expect(await chips.allTextContents()).toEqual([expect.stringContaining('Vladimir Putin'), expect.stringContaining('Harbin')]);
    // A suggestion chosen by keyboard: 'Лавров' → Sergey Lavrov.
    await picker.fill('Лавров');
    await form.locator('[role="option"]').first().waitFor();
    await picker.press('Enter');
    await expect.poll(() => chips.count()).toBe(3);
    // A name the dataset lacks is said in words, and nothing is saved.
    await picker.fill('Pootin');
    await form.getByRole('button', { name: 'Add event' }).click();
    const errors = (await form.getByTestId('form-errors').textContent()) ?? '';
    expect(errors).toContain('“Pootin” is not a name we know');
    expect(errors).not.toMatch(/entities\[|event\.|\bid\b/);
    await picker.fill('');
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => options.getByTestId('own-events-list').locator('[data-event-id]', { hasText: 'Harbin expo' }).count()).toBe(1);
    // Own events open their detail on the options page, with their entities by name and kind as a label.
    await options.getByTestId('own-events-list').locator('button.crl-link', { hasText: 'Harbin expo' }).click();
    const dialog = options.getByTestId('event-dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Meeting');
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await options.close();
  });

  it('event sources show as outlets with type and language, each site once', async () => {
    const popup = await lens.context.newPage();
    await popup.goto(lens.popupUrl());
    const event = dataset.events.find((e) => e.sources.some((s) => /tass\.(com|ru)/.test(s)))!;
    await popup.locator('input[type="search"]').fill(event.title.split(' ').slice(0, 6).join(' '));
    await popup.locator(`[data-event-id="${event.id}"]`).first().click();
    const tass = popup.locator('[data-testid="sources"] li[data-host^="tass."]').first();
    await tass.waitFor({ timeout: 10000 });
    // The outlet table is its own chunk, loaded when sources are first shown: until it arrives the host is shown bare.
    await expect.poll(() => tass.textContent(), { timeout: 10000 }).toMatch(/TASS.*State media/);
    await popup.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the new views have no serious axe violations (${theme})`, async () => {
      await setTheme(lens, theme);
      const problems: string[] = [];
      const audit = async (page: Page, where: string, context?: unknown) => {
        const found = await seriousViolations(page, context as never);
        if (found.length) problems.push(describeProblems(`${where} (${theme})`, found));
      };
      // The quote form in our shadow root.
      const news = await lens.openPage(lens.server.url(PAGE));
      await news.emulateMedia({ colorScheme: theme });
      await waitForMarks(news, 3, 30000);
      await selectText(news, QUOTE);
      await news.locator('crlens-ui [data-testid="save-quote"]').click();
      await news.locator('crlens-ui [data-testid="quote-form"]').waitFor();
      await audit(news, 'quote form', { include: [['crlens-ui', '.crl-quote-ui']] });

      // The popup: the article form with its picker open, and the notebook.
      const popup = await openPopupFor(lens);
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
      await popup.getByTestId('add-article-event').click();
      await popup.locator('input[name=entities]').fill('Пут');
      await popup.locator('[role="option"]').first().waitFor();
      await audit(popup, 'popup article form');
      await popup.getByRole('button', { name: 'Cancel' }).click();
      await popup.getByRole('tab', { name: 'Saved' }).click();
      await popup.getByTestId('notebook').waitFor();
      await audit(popup, 'popup notebook');
      await popup.close();

      // Options: the notebook and the event dialog.
      const options = await openOptions(lens);
      await options.emulateMedia({ colorScheme: theme });
      await options.getByTestId('notebook').waitFor();
      await audit(options, 'options notebook');
      await options.getByTestId('own-events-list').locator('button.crl-link').first().click();
      await options.getByTestId('event-dialog').locator('[data-testid="sources"], p').first().waitFor();
      await audit(options, 'options event dialog');
      await options.close();
      await news.close();
      expect(problems.join('\n'), problems.join('\n')).toBe('');
    });
  }
});
