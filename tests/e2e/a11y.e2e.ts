/**
 * Accessibility in real Chromium: axe-core (serious and critical rules, colour contrast included) on every
 * popup view, the options page, and the in-page card and panel inside our shadow root, in light and dark;
 * the keyboard paths through each; and the popup and options at 200% zoom with nothing sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser } from './harness';
import { waitForMarks, sendTabMessage, pointOfWord } from './content-helpers';
import { describeProblems, focusInfo, horizontalOverflow, seriousViolations, tabOrder } from './a11y-helpers';
import { loadSeedArticles } from '../../scripts/fixture-pages';

type Theme = 'light' | 'dark';
const SHOTS = process.env.A11Y_SHOTS; // a directory: screenshots of each view, to look at

async function setTheme(lens: LensBrowser, theme: 'auto' | Theme) {
  await lens.serviceWorker.evaluate(async (theme) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), theme } });
  }, theme);
}

async function openPopupFor(lens: LensBrowser): Promise<Page> {
  const popup = await lens.context.newPage();
  await popup.goto(lens.popupUrl());
  const tabId = await popup.evaluate(async () => {
    const me = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.filter((t) => t.id !== me?.id).map((t) => t.id ?? -1));
  });
  await popup.goto(lens.popupUrl(`?tab=${tabId}`));
  return popup;
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const shadowCtx = (sel: string) => ({ include: [['crlens-ui', sel]] });

describe('accessibility in real Chromium', () => {
  let lens: LensBrowser;
  const seed = () => loadSeedArticles().find((a) => a.file.startsWith('002')) ?? loadSeedArticles()[0]!;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`popup views have no serious axe violations (${theme}, system scheme and theme setting agree)`, async () => {
      await setTheme(lens, theme);
      const news = await lens.openPage(lens.server.url(`/seed/${seed().slug}.html`));
      await waitForMarks(news, 1, 20000);
      const popup = await openPopupFor(lens);
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 420, height: 640 });
      const problems: string[] = [];
      const audit = async (where: string) => {
        const found = await seriousViolations(popup);
        if (found.length) problems.push(describeProblems(`${where} (${theme})`, found));
        await shot(popup, `popup-${where}-${theme}`);
      };
      await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
      expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await audit('page');

      await popup.locator('input[type="search"]').fill('Samarkand');
      await popup.waitForSelector('#search-results [data-event-id]');
      await audit('search');

      await popup.locator('input[type="search"]').press('ArrowDown');
      await popup.locator('input[type="search"]').press('Enter');
      await popup.locator('.detail .sources a').first().waitFor();
      await popup.getByTestId('star').click();
      await audit('detail');

      await popup.getByRole('tab', { name: 'Saved' }).click();
      await popup.getByTestId('saved-view').waitFor();
      await audit('saved');

      await popup.getByRole('tab', { name: 'Settings' }).click();
      await popup.getByRole('group', { name: 'Theme' }).waitFor();
      await audit('settings');

      expect(problems.join('\n'), problems.join('\n')).toBe('');
      await popup.close();
      await news.close();
    });

    it(`options page has no serious axe violations (${theme})`, async () => {
      await setTheme(lens, theme);
      const options = await lens.context.newPage();
      await options.emulateMedia({ colorScheme: theme });
      await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
      await options.getByTestId('dataset-version').filter({ hasNotText: '…' }).waitFor();
      const found = await seriousViolations(options);
      await shot(options, `options-${theme}`);
      await options.getByTestId('add-own-event').click();
      await options.getByTestId('own-event-form').waitFor();
      const form = await seriousViolations(options);
      await shot(options, `options-form-${theme}`);
      const report = describeProblems(`options (${theme})`, found) + describeProblems(`options form (${theme})`, form);
      expect(report, report).toBe('');
      await options.close();
    });

    it(`the card and the panel in our shadow root have no serious axe violations (${theme})`, async () => {
      await setTheme(lens, theme);
      const page = await lens.openPage(lens.server.url(`/seed/${seed().slug}.html`));
      await page.emulateMedia({ colorScheme: theme });
      await waitForMarks(page, 5);
      await sendTabMessage(lens, page, { lens: 'toggle-panel' });
      await page.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
      await page.keyboard.press('j');
      await page.locator('crlens-ui .crl-card .crl-event').first().waitFor({ timeout: 5000 });
      await page.locator('crlens-ui .crl-card .crl-star').first().waitFor({ timeout: 5000 });
      const dark = await page.locator('crlens-ui .crl-root').evaluate((el) => el.classList.contains('crl-dark'));
      expect(dark).toBe(theme === 'dark');
      const card = await seriousViolations(page, shadowCtx('.crl-card'));
      const panel = await seriousViolations(page, shadowCtx('.crl-panel'));
      await shot(page, `page-card-panel-${theme}`);
      const report = describeProblems(`card (${theme})`, card) + describeProblems(`panel (${theme})`, panel);
      expect(report, report).toBe('');
      await page.close();
    });
  }
});

describe('200% zoom', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  /**
   * A window of width×height device pixels at 200%: half as many CSS pixels, each drawn twice as large.
   * Screenshots go through the same DevTools session (Playwright's own would reset the metrics).
   */
  async function zoom200(page: Page, width: number, height: number) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: width / 2, height: height / 2, deviceScaleFactor: 2, mobile: false });
    return async (name: string) => {
      if (!SHOTS) return;
      // In window-sized slices from the top, as the reader would scroll through them.
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < Math.min(h, 4 * height); y += height / 2, i++) {
        const clip = { x: 0, y, width: width / 2, height: Math.min(height / 2, h - y), scale: 1 };
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip });
        writeFileSync(`${SHOTS}/${name}-${i}.png`, Buffer.from(data, 'base64'));
      }
    };
  }

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`popup views and options reflow at 200% with nothing sideways (${theme})`, async () => {
      await setTheme(lens, theme);
      const news = await lens.openPage(lens.server.url(`/seed/${loadSeedArticles()[0]!.slug}.html`));
      await waitForMarks(news, 1, 20000);
      const popup = await openPopupFor(lens);
      await popup.emulateMedia({ colorScheme: theme });
      const zshot = await zoom200(popup, 420, 640);
      const problems: string[] = [];
      const check = async (where: string) => {
        const o = await horizontalOverflow(popup);
        if (o.scrolls || o.out.length) problems.push(`${where} (${theme}): scrollWidth ${o.scrollWidth} > ${o.width}: ${o.out.join(', ')}`);
        await zshot(`zoom-popup-${where}-${theme}`);
      };
      await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
      await check('page');
      await popup.locator('input[type="search"]').fill('Putin');
      await popup.waitForSelector('#search-results [data-event-id]');
      await check('search');
      await popup.locator('input[type="search"]').press('ArrowDown');
      await popup.locator('input[type="search"]').press('Enter');
      await popup.locator('.detail .sources a').first().waitFor();
      await check('detail');
      await popup.getByRole('tab', { name: 'Saved' }).click();
      await check('saved');
      await popup.getByTestId('add-own-event').click();
      await check('own-event-form');
      await popup.getByRole('tab', { name: 'Settings' }).click();
      await check('settings');
      const options = await lens.context.newPage();
      await options.emulateMedia({ colorScheme: theme });
      await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
      await options.getByTestId('dataset-version').filter({ hasNotText: '…' }).waitFor();
      const oshot = await zoom200(options, 1280, 900);
      const o = await horizontalOverflow(options);
      if (o.scrolls || o.out.length) problems.push(`options (${theme}): ${o.out.join(', ')}`);
      await oshot(`zoom-options-${theme}`);
      expect(problems.join('\n'), problems.join('\n')).toBe('');
      await options.close();
      await popup.close();
      await news.close();
    });
  }
});
