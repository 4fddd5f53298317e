import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser, openPopupFor } from './harness';
import { waitForMarks } from './content-helpers';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { dataset } from '../../data/dataset';

const putinEvents = new Set(dataset.events.filter((e) => e.entities.includes('vladimir-putin')).map((e) => e.id));


async function listedIds(page: Page, list = '#search-results'): Promise<string[]> {
  return page.$$eval(`${list} [data-event-id]`, (els) => els.map((e) => e.getAttribute('data-event-id')!));
}

async function typeQuery(page: Page, text: string) {
  const box = page.locator('input[type="search"]');
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
  await page.waitForFunction((q) => document.querySelector('[role="status"]')?.textContent?.includes(q) ?? false, text);
}

describe('the popup in real Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it("lists a seed page's referred events under 'On this page', and reports time to first results", async () => {
    const articles = loadFixtureArticles();
    const article = articles.find((a) => a.slug === 'en-tianjin-summit') ?? articles[0]!;
    const news = await lens.openPage(lens.server.url(`/article/${article.slug}.html`));
    // The reader opens the popup on a page the lens has already read.
    await waitForMarks(news, 1, 20000);
    const popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    const dates = await popup.$$eval('#page-events-list [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-date')!));
    // Every referred event that the dataset holds must be listed (matched by its date).
    const expected = article.refersTo.map((r) => r.date).filter((d) => dataset.events.some((e) => e.date === d));
    expect(expected.length).toBeGreaterThan(0);
    const missing = expected.filter((d) => !dates.includes(d));
    expect(missing, `listed: ${dates.join(', ')}`).toEqual([]);
    const ms = await popup.evaluate(() => Number(document.documentElement.dataset.firstResultsMs));
    const marks = await popup.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('crlens:', '')} ${m.startTime.toFixed(0)}`));
    console.log(`[popup] time to first 'On this page' results (seed ${article.slug}, page already read): ${ms.toFixed(0)} ms [${marks.join(', ')}] (load average ${loadavg()[0].toFixed(1)})`);
    await popup.close();
    await news.close();
  });

  it('loads the search index shipped with the extension instead of building it (the reader has no own events)', async () => {
    const popup = await lens.context.newPage();
    await popup.goto(lens.popupUrl());
    await expect.poll(() => popup.getByTestId('event-count').textContent(), { timeout: 20000 }).toContain('events');
    const ready = () => performance.getEntriesByName('crlens:index-loaded').length + performance.getEntriesByName('crlens:index-built').length > 0;
    await popup.waitForFunction(ready, undefined, { timeout: 20000 });
    const marks = await popup.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toContain('crlens:index-loaded');
    expect(marks).not.toContain('crlens:index-built');
    // From the shipped file, not from an index an earlier popup stored.
    expect(marks).toContain('crlens:shipped-index');
    await typeQuery(popup, 'Samarkand');
    expect((await popup.$$eval('#search-results [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-date'))))[0]).toMatch(/^2022-09/);
    await popup.close();
  });

  it('searches in English, Chinese and Russian; filters narrow; sources are links; count is the bundled count', async () => {
    const popup = await lens.context.newPage();
    // A first open right after install waits for the seeding; time the popup as readers meet it after that.
    await popup.goto(lens.popupUrl());
    await expect.poll(() => popup.getByTestId('event-count').textContent(), { timeout: 20000 }).toContain('events');
    await popup.goto(lens.popupUrl('?q=Samarkand'));
    await popup.waitForSelector('#search-results [data-event-id]');
    const firstMs = await popup.evaluate(() => Number(document.documentElement.dataset.firstResultsMs));
    const marks = await popup.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('crlens:', '')} ${m.startTime.toFixed(0)}`));
    console.log(`[popup] time to first search results (?q=Samarkand, navigation start → first row, index built or loaded on the way): ${firstMs.toFixed(0)} ms [${marks.join(', ')}] (load average ${loadavg()[0].toFixed(1)})`);
    expect(await popup.getByTestId('event-count').getAttribute('data-bundled')).toBe(String(dataset.events.length));
    await expect.poll(() => popup.getByTestId('event-count').textContent()).toContain(`${dataset.events.length.toLocaleString('en')} events`);

    await typeQuery(popup, 'Samarkand');
    const samarkand = await popup.$$eval('#search-results [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-date')));
    expect(samarkand[0]).toMatch(/^2022-09/);

    for (const q of ['普京', 'Путин']) {
      await typeQuery(popup, q);
      const ids = await listedIds(popup);
      expect(ids.length, q).toBeGreaterThan(5);
      expect(ids.filter((id) => putinEvents.has(id)).length, q).toBe(ids.length);
    }

    await typeQuery(popup, 'Putin');
    // The filters are folded away under one disclosure.
    await popup.locator('.filter-box > summary').click();
    const before = Number((await popup.locator('[role="status"]').textContent())!.match(/\d+/)![0]);
    await popup.getByRole('combobox', { name: 'Kind', exact: false }).first().selectOption('call');
    await expect.poll(async () => Number((await popup.locator('[role="status"]').textContent())!.match(/\d+/)?.[0] ?? 0)).toBeLessThan(before);
    const kinds = await popup.$$eval('#search-results .event-kind', (els) => [...new Set(els.map((e) => e.textContent))]);
    expect(kinds).toEqual(['Call or video meeting']);

    // A year range narrows the list to it.
    await popup.getByRole('combobox', { name: 'Kind', exact: false }).first().selectOption('');
    await popup.getByRole('spinbutton', { name: 'From' }).fill('2022');
    await popup.getByRole('spinbutton', { name: 'From' }).press('Tab');
    await popup.getByRole('spinbutton', { name: 'To' }).fill('2022');
    await popup.getByRole('spinbutton', { name: 'To' }).press('Tab');
    await expect.poll(async () => [...new Set(await popup.$$eval('#search-results [data-event-date]', (els) => els.map((e) => e.getAttribute('data-event-date')!.slice(0, 4))))].join(',')).toBe('2022');
    // Clearing keeps the filters open where the reader left them.
    await popup.getByRole('button', { name: 'Clear filters' }).click();
    await popup.getByRole('combobox', { name: 'Kind', exact: false }).first().selectOption('call');

    // Keyboard: arrow down from the search box, Enter opens the detail with its sources as links.
    await popup.locator('input[type="search"]').press('ArrowDown');
    await popup.locator('input[type="search"]').press('Enter');
    const link = popup.locator('.sources a').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    mkdirSync('docs', { recursive: true });
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByRole('button', { name: '← Back' }).click();
    await popup.getByRole('combobox', { name: 'Kind', exact: false }).first().selectOption('');
    await popup.locator('.filter-box > summary').click(); // folded again, as a reader meets it
    await typeQuery(popup, 'Samarkand');
    // The README's picture is refreshed on request only (UPDATE_SCREENSHOTS=1): a test run must not dirty the tree.
    if (process.env.UPDATE_SCREENSHOTS) await popup.screenshot({ path: 'docs/screenshot-popup.png', fullPage: false });
    await popup.close();
  });

  it('shows the empty state with scan-anyway on a page that is not about China and Russia, and answers after a forced scan', async () => {
    const news = await lens.openPage(lens.server.url('/pages/negative-bone-china.html'));
    const popup = await openPopupFor(lens);
    await popup.getByRole('heading', { name: 'No China–Russia story on this page' }).waitFor({ timeout: 20000 });
    expect(await popup.locator('#page-events-list [data-event-id]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Scan this page anyway' }).click();
    // Forced, it answers again: either what it found on request, or still nothing.
    await popup.getByRole('heading', { name: /Scanned on request|No China–Russia story on this page/ }).waitFor({ timeout: 20000 });
    await expect.poll(() => popup.getByRole('button', { name: 'Scanning…' }).count(), { timeout: 20000 }).toBe(0);
    await popup.close();
    await news.close();
  });

  it("offers the per-site switch for the page's own site (the content script reports its hostname)", async () => {
    const news = await lens.openPage(lens.server.url('/pages/negative-bone-china.html'));
    const popup = await openPopupFor(lens);
    await popup.getByRole('heading', { name: 'No China–Russia story on this page' }).waitFor({ timeout: 20000 });
    const site = popup.getByRole('checkbox', { name: /127\.0\.0\.1/ });
    await site.waitFor({ timeout: 5000 });
    expect(await site.isChecked()).toBe(true);
    await popup.close();
    await news.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    expect(lens.externalRequests()).toEqual([]);
  });
});
