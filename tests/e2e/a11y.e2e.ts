/**
 * Accessibility in real Chromium: axe-core (serious and critical rules, colour contrast included) on every
 * popup view, the options page, and the in-page card and panel inside our shadow root, in light and dark;
 * the keyboard paths through each; and the popup and options at 200% zoom with nothing sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser, openPopupFor } from './harness';
import { waitForMarks, sendTabMessage, pointOfWord } from './content-helpers';
import { describeProblems, focusInfo, horizontalOverflow, seriousViolations, tabOrder } from './a11y-helpers';
import { loadFixtureArticles } from '../../scripts/fixture-pages';

type Theme = 'light' | 'dark';
const SHOTS = process.env.A11Y_SHOTS; // a directory: screenshots of each view, to look at

async function setTheme(lens: LensBrowser, theme: 'auto' | 'page' | Theme) {
  await lens.serviceWorker.evaluate(async (theme) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), theme } });
  }, theme);
}


async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const shadowCtx = (sel: string) => ({ include: [['crlens-ui', sel]] });

describe('accessibility in real Chromium', () => {
  let lens: LensBrowser;
  const seed = () => loadFixtureArticles().find((a) => a.slug === 'en-tianjin-summit') ?? loadFixtureArticles()[0]!;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`popup views have no serious axe violations (${theme}, system scheme and theme setting agree)`, async () => {
      await setTheme(lens, theme);
      const news = await lens.openPage(lens.server.url(`/article/${seed().slug}.html`));
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
      const page = await lens.openPage(lens.server.url(`/article/${seed().slug}.html`));
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

  it("the card and the panel follow a dark page by themselves (theme 'Match the page') and keep their contrast", async () => {
    await setTheme(lens, 'page');
    const page = await lens.openPage(lens.server.url('/pages/dark.html'));
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForMarks(page, 3);
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await page.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
    await page.keyboard.press('j');
    await page.locator('crlens-ui .crl-card .crl-name').waitFor({ timeout: 5000 });
    await page.locator('crlens-ui .crl-card .crl-status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
    expect(await page.locator('crlens-ui .crl-root').evaluate((el) => el.classList.contains('crl-dark'))).toBe(true);
    const found = [...(await seriousViolations(page, shadowCtx('.crl-card'))), ...(await seriousViolations(page, shadowCtx('.crl-panel')))];
    await shot(page, 'page-dark-auto');
    const report = describeProblems('card and panel on a dark page', found);
    expect(report, report).toBe('');
    // 'Same as the system' follows the (light) system, not the page.
    await setTheme(lens, 'auto');
    await expect.poll(() => page.locator('crlens-ui .crl-root').evaluate((el) => el.classList.contains('crl-dark')), { timeout: 3000 }).toBe(false);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`the card in a short window (640×560, its description cut, the note below the events) has no serious axe violations (${theme})`, async () => {
      await setTheme(lens, theme);
      const page = await lens.openPage(lens.server.url('/pages/links-theme.html'));
      await page.setViewportSize({ width: 640, height: 560 });
      await page.emulateMedia({ colorScheme: theme });
      await waitForMarks(page, 5);
      const point = await pointOfWord(page, 'Putin', 2);
      await page.mouse.click(point!.x, point!.y);
      await page.locator('crlens-ui .crl-card .crl-event').first().waitFor({ timeout: 5000 });
      await page.locator('crlens-ui .crl-card .crl-note-open').waitFor({ timeout: 5000 });
      const found = await seriousViolations(page, shadowCtx('.crl-card'));
      await shot(page, `page-card-short-${theme}`);
      const report = describeProblems(`short-window card (${theme})`, found);
      expect(report, report).toBe('');
      await setTheme(lens, 'auto');
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
      const news = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[0]!.slug}.html`));
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

      // The page at 200%: the panel and the card stay inside the window, side by side when they fit.
      const zpage = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[0]!.slug}.html`));
      await zpage.emulateMedia({ colorScheme: theme });
      await waitForMarks(zpage, 5);
      const pshot = await zoom200(zpage, 1280, 900);
      await sendTabMessage(lens, zpage, { lens: 'toggle-panel' });
      await zpage.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
      await zpage.keyboard.press('j');
      await zpage.locator('crlens-ui .crl-card .crl-name').waitFor({ timeout: 5000 });
      const boxes = await zpage.evaluate(() => {
        const root = document.querySelector('crlens-ui')!.shadowRoot!;
        const box = (sel: string) => {
          const r = root.querySelector(sel)!.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        return { card: box('.crl-card'), panel: box('.crl-panel'), w: innerWidth, h: innerHeight };
      });
      await pshot(`zoom-page-${theme}`);
      for (const b of [boxes.card, boxes.panel]) {
        expect(b.left, JSON.stringify(boxes)).toBeGreaterThanOrEqual(0);
        expect(b.top, JSON.stringify(boxes)).toBeGreaterThanOrEqual(0);
        expect(b.right, JSON.stringify(boxes)).toBeLessThanOrEqual(boxes.w);
        expect(b.bottom, JSON.stringify(boxes)).toBeLessThanOrEqual(boxes.h);
      }
      const { card, panel } = boxes;
      const overlap = card.left < panel.right && panel.left < card.right && card.top < panel.bottom && panel.top < card.bottom;
      expect(overlap, `the card covers the panel: ${JSON.stringify(boxes)}`).toBe(false);
      await zpage.close();
      await popup.close();
      await news.close();
    });
  }
});

describe('keyboard only', () => {
  let lens: LensBrowser;
  const seed = () => loadFixtureArticles().find((a) => a.slug === 'en-tianjin-summit') ?? loadFixtureArticles()[0]!;
  beforeAll(async () => {
    lens = await launchLens();
    await setTheme(lens, 'auto');
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('popup: focus starts in the search box; every stop in order shows a ring; tabs, lists, Enter and Escape work', async () => {
    const news = await lens.openPage(lens.server.url(`/article/${seed().slug}.html`));
    await waitForMarks(news, 1, 20000);
    const popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    expect((await focusInfo(popup))?.role).toBe('combobox');

    const order = await tabOrder(popup, 60);
    const where = order.map((f) => `${f.role ?? f.tag} ${f.label}`).join(' | ');
    expect(order[0], where).toMatchObject({ role: 'tab', label: 'On this page' });
    expect(order.filter((f) => f.role === 'tab'), where).toHaveLength(1); // one stop for the tab list
    expect(order.some((f) => f.role === 'listbox' && f.label === 'Events this page refers to'), where).toBe(true);
    expect(order.some((f) => f.tag === 'input' && f.role === null), where).toBe(true); // the site switch
    expect(order.filter((f) => !f.ring || !f.visible).map((f) => f.label), where).toEqual([]);
    // The entity chips are one toolbar: one stop, arrows move along it.
    const chipStops = order.filter((f) => f.cls.includes('chip'));
    expect(chipStops, where).toHaveLength(1);
    const chips = popup.getByRole('toolbar', { name: 'Named on this page' }).getByRole('button');
    expect(await chips.count()).toBeGreaterThan(2);
    await chips.first().focus();
    await popup.keyboard.press('ArrowRight');
    expect((await focusInfo(popup))?.label).toBe(await chips.nth(1).textContent());
    await popup.keyboard.press('End');
    expect((await focusInfo(popup))?.label).toBe(await chips.last().textContent());

    // Tabs: arrows move the selection and the focus together.
    await popup.locator('#tab-page').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await focusInfo(popup)).toMatchObject({ id: 'tab-search' });
    expect(await popup.locator('#tab-search').getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('End');
    expect(await focusInfo(popup)).toMatchObject({ id: 'tab-settings' });
    await popup.keyboard.press('Home');
    expect(await focusInfo(popup)).toMatchObject({ id: 'tab-page' });

    // 'On this page' list: arrows pick a row, Enter opens it with focus on its heading, Escape comes back.
    const list = popup.locator('#page-events-list');
    await list.focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    expect(await list.getAttribute('aria-activedescendant')).toBe('page-events-list-1');
    const second = await popup.locator('#page-events-list-1').getAttribute('data-event-id');
    await popup.keyboard.press('Enter');
    expect(await popup.locator('.detail').getAttribute('data-event-id')).toBe(second);
    expect(await focusInfo(popup)).toMatchObject({ tag: 'h2', id: 'detail-title' });
    const detailStops = await tabOrder(popup, 80);
    expect(detailStops.filter((f) => !f.ring || !f.visible).map((f) => f.label)).toEqual([]);
    expect(detailStops.some((f) => f.tag === 'a')).toBe(true);
    await popup.locator('.detail .back').focus();
    await popup.keyboard.press('Escape');
    await popup.locator('.detail').waitFor({ state: 'detached' });
    await expect.poll(() => focusInfo(popup)).toMatchObject({ role: 'listbox', id: 'page-events-list' });

    // Search: typing from the box, arrows and Enter open a result; Escape returns to the box.
    const box = popup.locator('input[type="search"]');
    await box.focus();
    await popup.keyboard.type('Samarkand');
    await popup.waitForSelector('#search-results [data-event-id]');
    await popup.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('search-results-0');
    await popup.keyboard.press('Enter');
    await popup.locator('.detail').waitFor();
    await popup.keyboard.press('Escape');
    await popup.locator('.detail').waitFor({ state: 'detached' });
    await expect.poll(() => focusInfo(popup)).toMatchObject({ role: 'combobox' });
    // The search view's stops: order, list/timeline, the entity link, the folded filters, the results.
    const searchStops = await tabOrder(popup, 40);
    expect(searchStops.filter((f) => f.tag === 'summary')).toHaveLength(1);
    expect(searchStops.filter((f) => !f.ring || !f.visible).map((f) => f.label)).toEqual([]);
    await popup.close();
    await news.close();
  });

  it('panel: focus moves in, Tab cycles through the panel and its card, Escape closes the card then the panel, focus returns', async () => {
    const page = await lens.openPage(lens.server.url(`/article/${seed().slug}.html`));
    await waitForMarks(page, 5);
    const comment = page.locator('textarea').first();
    await comment.focus();
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await page.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
    expect(await focusInfo(page)).toMatchObject({ role: 'listbox', inLens: true, ring: true });
    await page.keyboard.press('j');
    await page.locator('crlens-ui .crl-card .crl-star').first().waitFor({ timeout: 5000 });

    const stops = await tabOrder(page, 60);
    const where = stops.map((f) => `${f.cls || f.tag} ${f.label}`).join(' | ');
    expect(stops.every((f) => f.inLens), where).toBe(true);
    expect(stops.filter((f) => !f.ring || !f.visible).map((f) => f.label), where).toEqual([]);
    for (const want of ['Close panel', 'Close']) expect(stops.some((f) => f.label === want), where).toBe(true);
    expect(stops.some((f) => f.cls.includes('crl-star')), where).toBe(true);
    expect(stops.some((f) => f.tag === 'a'), where).toBe(true);

    // Shift+Tab from the first stop wraps to the last.
    await page.locator('crlens-ui .crl-panel .crl-icon').focus();
    await page.keyboard.press('Shift+Tab');
    expect((await focusInfo(page))?.inLens).toBe(true);

    // Escape from inside the card closes it and puts focus back on the list, not on the page.
    await page.locator('crlens-ui .crl-card .crl-star').first().focus();
    await page.keyboard.press('Escape');
    await page.locator('crlens-ui .crl-card').waitFor({ state: 'detached' });
    expect(await focusInfo(page)).toMatchObject({ role: 'listbox', inLens: true });
    await page.keyboard.press('Escape');
    await page.locator('crlens-ui .crl-panel').waitFor({ state: 'detached' });
    expect(await focusInfo(page)).toMatchObject({ tag: 'textarea', inLens: false });
    await page.close();
  });

  it('options: every control is reached by Tab and shows a ring', async () => {
    const options = await lens.context.newPage();
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    await options.getByTestId('dataset-version').filter({ hasNotText: '…' }).waitFor();
    const stops = await tabOrder(options, 40);
    const where = stops.map((f) => `${f.tag} ${f.label}`).join(' | ');
    for (const want of ['Check the bundled dataset', 'Export CSV', 'Add your own event']) expect(stops.some((f) => f.label === want), where).toBe(true);
    expect(stops.some((f) => f.tag === 'input'), where).toBe(true);
    expect(stops.filter((f) => !f.ring || !f.visible).map((f) => f.label), where).toEqual([]);
    await options.close();
  });

  it('panel on a page with nothing marked: focus lands on its action, not left behind on the page', async () => {
    const page = await lens.openPage(lens.server.url('/pages/negative-one-country.html'));
    await page.waitForTimeout(500);
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await page.locator('crlens-ui .crl-panel').waitFor({ timeout: 5000 });
    await expect.poll(() => focusInfo(page)).toMatchObject({ tag: 'button', label: 'Mark this page anyway', inLens: true });
    await page.keyboard.press('Escape');
    await page.locator('crlens-ui .crl-panel').waitFor({ state: 'detached' });
    await page.close();
  });
});
