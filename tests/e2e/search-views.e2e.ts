/**
 * Issue #18 part A in real Chromium: the first result is on screen right after typing (400×600, and at
 * 200 % zoom), the timeline lists events in date order and is driven by the keyboard, the entity view is
 * reachable from search, from a chip and from the in-page card, and the new views are axe-clean in
 * light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser } from './harness';
import { sendTabMessage, waitForMarks } from './content-helpers';
import { describeProblems, focusInfo, seriousViolations } from './a11y-helpers';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { dataset } from '../../data/dataset';

type Theme = 'light' | 'dark';

async function setTheme(lens: LensBrowser, theme: 'auto' | Theme) {
  await lens.serviceWorker.evaluate(async (theme) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), theme } });
  }, theme);
}

async function typeQuery(page: Page, text: string) {
  const box = page.locator('input[type="search"]');
  await box.fill('');
  await box.pressSequentially(text, { delay: 15 });
  await page.waitForFunction((q) => document.querySelector('[role="status"]')?.textContent?.includes(q) ?? false, text);
}

/** Where the first result sits against the window: fully inside means visible without scrolling. */
async function firstResultBox(page: Page) {
  await page.waitForSelector('#search-results [data-event-id]');
  return page.evaluate(() => {
    const r = document.querySelector('#search-results [data-event-id]')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, width: innerWidth, scrollY };
  });
}

describe('search, timeline and entity view in real Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
    // The first open after install waits for the seeding.
    const p = await lens.context.newPage();
    await p.goto(lens.popupUrl());
    // expect.poll only runs inside a test: wait for the seeded count by hand.
    await p.getByTestId('event-count').filter({ hasText: 'events' }).waitFor({ timeout: 30000 });
    await p.close();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('shows the first result without scrolling at 400×600 after typing', async () => {
    const popup = await lens.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(lens.popupUrl());
    for (const q of ['Li Qiang', 'Putin', 'Power of Siberia']) {
      await typeQuery(popup, q);
      const box = await firstResultBox(popup);
      expect(box.scrollY, q).toBe(0);
      expect(box.bottom, `${q}: first result ends at y=${box.bottom} of ${box.height}`).toBeLessThanOrEqual(box.height);
      console.log(`[search-views] 400×600 '${q}': first result at y=${box.top.toFixed(0)}–${box.bottom.toFixed(0)}`);
    }
    // A person's name brings that person's events only.
    await typeQuery(popup, 'Li Qiang');
    const ids = await popup.$$eval('#search-results [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')!));
    const liQiang = new Set(dataset.events.filter((e) => e.entities.includes('li-qiang')).map((e) => e.id));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !liQiang.has(id))).toEqual([]);
    expect(await popup.$$eval('#search-results mark', (els) => els.map((e) => e.textContent!.toLowerCase()))).not.toContain('jiang');
    await popup.close();
  });

  it('shows the first result without scrolling at 200 % zoom (a 400×600 window: 200×300 CSS pixels, each drawn twice)', async () => {
    const popup = await lens.context.newPage();
    // Chrome's page zoom at 200 % halves the CSS viewport and doubles the device pixel ratio; DevTools'
    // device metrics give exactly that, as the a11y test's zoom check does.
    const cdp = await popup.context().newCDPSession(popup);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 200, height: 300, deviceScaleFactor: 2, mobile: false });
    await popup.goto(lens.popupUrl());
    for (const q of ['Li Qiang', 'Putin']) {
      await typeQuery(popup, q);
      const box = await firstResultBox(popup);
      expect(box.width).toBe(200);
      expect(box.scrollY, q).toBe(0);
      // Its top line (date and kind) and the start of its title are on screen.
      expect(box.top, `${q}: first result starts at y=${box.top} of ${box.height}`).toBeLessThan(box.height - 40);
      console.log(`[search-views] 200% zoom '${q}': first result at y=${box.top.toFixed(0)}–${box.bottom.toFixed(0)} of ${box.height}`);
    }
    await popup.close();
  });

  it('offers the nearer query when several words find nothing', async () => {
    const popup = await lens.context.newPage();
    await popup.goto(lens.popupUrl());
    await typeQuery(popup, 'Wang Yi Lavrov 1995');
    const offer = popup.getByTestId('relaxed-query');
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/^Try “Wang Yi Lavrov”: \d+ events$/);
    await offer.click();
    await expect.poll(() => popup.locator('input[type="search"]').inputValue()).toBe('Wang Yi Lavrov');
    await popup.waitForSelector('#search-results [data-event-id]');
    await popup.close();
  });

  it('sorts by date and shows the matches on a keyboard-operable timeline in date order', async () => {
    const popup = await lens.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(lens.popupUrl());
    await typeQuery(popup, 'Power of Siberia');
    await popup.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
    await expect.poll(async () => {
      const d = await popup.$$eval('#search-results [data-event-date]', (els) => els.map((e) => e.getAttribute('data-event-date')!));
      return d.length > 3 && d.join() === [...d].sort().join();
    }).toBe(true);

    await popup.getByRole('button', { name: 'Timeline' }).click();
    const track = popup.locator('#search-track');
    await track.waitFor();
    const dates = await track.locator('[data-event-date]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-date')!));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort());
    // Grouped by year, each year a heading with its events' titles under it.
    const years = await track.locator('.track-year-label').allTextContents();
    expect(years).toEqual([...new Set(dates.map((d) => d.slice(0, 4)))]);

    // One Tab stop; arrows move; Enter opens the event.
    const first = track.locator('button[data-event-id]').first();
    await first.focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const focused = await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId);
    expect(focused).toBe(await track.locator('button[data-event-id]').nth(2).getAttribute('data-event-id'));
    expect(await track.locator('button[tabindex="0"]').count()).toBe(1);
    expect((await focusInfo(popup))?.ring).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.detail').getAttribute('data-event-id')).toBe(focused);
    // Nearby events are listed in date order.
    const near = await popup.$$eval('#related-events [data-event-date]', (els) => els.map((e) => e.getAttribute('data-event-date')!));
    expect(near).toEqual([...near].sort());
    await popup.keyboard.press('Escape');
    await track.waitFor();

    // The scrubber: periods as buttons of at least 24×24 px; choosing one moves the track there.
    const bars = popup.locator('.scrubber button');
    expect(await bars.count()).toBeGreaterThan(1);
    for (const b of await bars.all()) {
      const box = (await b.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const last = bars.last();
    const from = Number(await last.getAttribute('data-from'));
    await last.focus();
    await popup.keyboard.press('Enter');
    // The track moves focus in an effect after it re-renders, so wait for it rather than read it at once.
    const focusedYear = () => popup.evaluate(() => Number(((document.activeElement as HTMLElement).dataset.eventDate ?? '').slice(0, 4)));
    await expect.poll(focusedYear, { timeout: 5000 }).toBeGreaterThanOrEqual(from);
    await popup.close();
  });

  it('reaches the entity view from search and from a chip: description, names in three languages, events on the timeline', async () => {
    const popup = await lens.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(lens.popupUrl());
    await typeQuery(popup, 'Лаврова');
    const lavrov = dataset.entities.find((e) => e.id === 'sergey-lavrov')!;
    const n = dataset.events.filter((e) => e.entities.includes('sergey-lavrov')).length;
    const link = popup.locator('[data-entity-link="sergey-lavrov"]');
    expect(await link.textContent()).toBe(`All ${n} events with ${lavrov.name} →`);
    await link.click();
    const view = popup.locator('.entity-view[data-entity-id="sergey-lavrov"]');
    await view.waitFor();
    expect(await focusInfo(popup)).toMatchObject({ tag: 'h2', id: 'entity-title' });
    expect(await view.locator('.summary').textContent()).toContain(lavrov.description.slice(0, 20));
    expect(await view.locator('.entity-names dd').allTextContents()).toEqual([lavrov.names?.en ?? lavrov.name, lavrov.names!.zh, lavrov.names!.ru]);
    const dates = await view.locator('.track [data-event-date]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-date')!));
    expect(dates).toHaveLength(n);
    expect(dates).toEqual([...dates].sort());
    // From an event's chip to another entity's view; Back returns.
    await view.locator('.track button[data-event-id]').first().click();
    await popup.locator('.detail').waitFor();
    await popup.locator('.detail .chips button').first().click();
    await popup.locator('.entity-view').waitFor();
    // The view takes focus in an effect, after it is drawn: Escape is the view's key once focus is in it.
    await expect.poll(() => focusInfo(popup), { timeout: 5000 }).toMatchObject({ id: 'entity-title' });
    await popup.keyboard.press('Escape');
    await popup.locator('.detail').waitFor();
    await popup.close();
  });

  it("reaches the entity view from the in-page card's 'All N events →'", async () => {
    const article = loadFixtureArticles().find((a) => a.slug === 'en-tianjin-summit') ?? loadFixtureArticles()[0]!;
    const page = await lens.openPage(lens.server.url(`/article/${article.slug}.html`));
    await waitForMarks(page, 5);
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await page.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
    await page.keyboard.press('j');
    const all = page.locator('crlens-ui .crl-card').getByRole('button', { name: /All \d+ events/ }).first();
    await all.waitFor({ timeout: 10000 });
    const opened = lens.context.waitForEvent('page');
    await all.click();
    const popup = await opened;
    await popup.waitForURL(/popup\.html\?entity=/);
    const id = new URL(popup.url()).searchParams.get('entity')!;
    await popup.locator(`.entity-view[data-entity-id="${id}"] .track [data-event-id]`).first().waitFor({ timeout: 20000 });
    await popup.close();
    await page.close();
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`the timeline, the entity view and the folded filters have no serious axe violations (${theme})`, async () => {
      await setTheme(lens, theme);
      const popup = await lens.context.newPage();
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(lens.popupUrl());
      const problems: string[] = [];
      const audit = async (where: string) => {
        const found = await seriousViolations(popup);
        if (found.length) problems.push(describeProblems(`${where} (${theme})`, found));
      };
      await typeQuery(popup, 'Li Qiang');
      await popup.waitForSelector('#search-results [data-event-id]');
      await popup.locator('.filter-box > summary').click();
      await audit('search with entity link and open filters');
      await popup.getByRole('button', { name: 'Timeline' }).click();
      await popup.locator('#search-track').waitFor();
      await audit('search timeline');
      await typeQuery(popup, 'Wang Yi Lavrov 1995');
      await popup.getByTestId('relaxed-query').waitFor();
      await audit('relaxed offer');
      await popup.goto(lens.popupUrl('?entity=li-qiang'));
      await popup.locator('.entity-view .track [data-event-id]').first().waitFor();
      await audit('entity view');
      expect(problems.join('\n'), problems.join('\n')).toBe('');
      await popup.close();
    });
  }

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    expect(lens.externalRequests()).toEqual([]);
  });
});
