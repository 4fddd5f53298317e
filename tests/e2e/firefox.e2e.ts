/**
 * The built Firefox add-on in real Firefox ESR (Debian's, over WebDriver BiDi): marks on our EN/ZH/RU
 * fixture pages, the toolbar badge, the hover card, the panel and popup search in three languages. Runs on
 * the system firefox-esr and on the oldest ESR we claim (strict_min_version), where it is unpacked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firefoxBuilds, firefoxExtensionDir, launchFirefoxLens, pageMarks, pollPage, shadowText, waitForPageMarks, type FirefoxLens } from './firefox-harness';
import { loadFixtureArticles } from '../../scripts/fixture-pages';

/** Runs `fn` in an extension page (it has the `browser` API) for the newest other tab: the page opened last. */
async function forNewestPage<T>(lens: FirefoxLens, fn: string): Promise<T> {
  const ext = await lens.openExtensionPage('popup.html');
  try {
    return (await ext.evaluate(
      `(async () => {
        const me = await browser.tabs.getCurrent();
        const tabs = await browser.tabs.query({});
        const tabId = Math.max(...tabs.filter((t) => t.id !== me.id && t.id !== undefined).map((t) => t.id));
        return (${fn})(tabId);
      })()`,
    )) as T;
  } finally {
    await ext.close();
  }
}

const marksOf = (marks: Record<string, string[]>) => Object.entries(marks).filter(([n]) => !n.startsWith('crlens-date') && n !== 'crlens-current' && n !== 'crlens-hover');

describe('the manifest for Firefox', () => {
  it('declares the oldest Firefox we test, and only the permissions it uses', () => {
    const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'storage']);
  });
});

for (const build of firefoxBuilds()) {
  describe(`the add-on in ${build.name}`, () => {
    let lens: FirefoxLens;
    const articles = loadFixtureArticles();
    beforeAll(async () => {
      lens = await launchFirefoxLens(build.path);
      console.log(`[firefox] ${build.name}: ${lens.version}`);
    }, 90000);
    afterAll(async () => {
      await lens?.close();
    });

    it('marks names on English, Chinese and Russian pages with our adopted stylesheet, and the badge counts them', async () => {
      for (const slug of ['en-harbin-visit', 'zh-moscow-visit', 'ru-harbin-expo']) {
        const article = articles.find((a) => a.slug === slug)!;
        const page = await lens.openPage(lens.server.url(`/article/${slug}.html`));
        const marks = await waitForPageMarks(page, 3);
        const texts = marksOf(marks).flatMap(([, list]) => list);
        const expected = { 'en-harbin-visit': 'Xi Jinping', 'zh-moscow-visit': '习近平', 'ru-harbin-expo': 'Харбин' }[slug]!;
        expect(texts.some((t) => t.includes(expected)), `${slug}: ${texts.join(', ')}`).toBe(true);
        // The highlight rules reach the page as an adopted sheet (Firefox ESR 140 refused it through Xrays).
        const adopted = await page.evaluate(() =>
          [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(crlens-'))),
        );
        expect(adopted, slug).toBe(true);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(article.lang);
        await page.bringToFront();
        // The badge is set through browserAction in Manifest V2 (browser.action is undefined there).
        const count = texts.length;
        await expect
          .poll(() => forNewestPage<string>(lens, '(tabId) => browser.browserAction.getBadgeText({ tabId })'), { timeout: 10000 })
          .toBe(String(count));
        await page.close();
      }
    });

    it("hovering a marked 'Putin' opens the card in our shadow root", async () => {
      const page = await lens.openPage(lens.server.url('/article/en-harbin-visit.html'));
      await waitForPageMarks(page, 5);
      const point = await page.evaluate(() => {
        const range = [...(CSS.highlights.get('crlens-person') ?? [])].find((r) => r.toString() === 'Putin') as Range | undefined;
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      expect(point).not.toBeNull();
      await page.mouse.move(point!.x, point!.y);
      await page.waitForFunction(() => !!document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-card .crl-event'), { timeout: 10000 });
      const card = await shadowText(page, '.crl-card');
      expect(card).toContain('Vladimir Putin');
      await page.close();
    });

    it("a click on a marked name opens its card (the caret finds it where highlightsFromPoint is missing); marks in a link keep the link's look", async () => {
      const page = await lens.openPage(lens.server.url('/pages/links-theme.html'));
      await waitForPageMarks(page, 5);
      const point = await page.evaluate(() => {
        const range = [...(CSS.highlights.get('crlens-person') ?? [])].find((r) => r.toString().includes('Wang Yi')) as Range | undefined;
        if (!range) return null;
        const box = range.getClientRects()[0]!;
        return { x: box.right - 6, y: box.top + box.height / 2 };
      });
      expect(point).not.toBeNull();
      // Dispatched without moving the pointer there first, so no hover can open it.
      await page.evaluate(({ x, y }) => {
        document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
      }, point!);
      await page.waitForFunction(() => document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-card .crl-name')?.textContent === 'Wang Yi', { timeout: 5000 });
      const inLink = await page.evaluate(() => [...(CSS.highlights.get('crlens-person-link') ?? [])].map((r) => r.toString()));
      expect(inLink).toContain('Sergey Lavrov');
      await page.close();
    });

    it('the panel lists the references by entity', async () => {
      const page = await lens.openPage(lens.server.url('/article/en-tianjin-summit.html'));
      await waitForPageMarks(page, 5);
      // The same path the Alt+Shift+L command takes: the background forwards 'toggle-panel' to the tab.
      await forNewestPage(lens, "(tabId) => browser.tabs.sendMessage(tabId, { lens: 'toggle-panel' })");
      await page.waitForFunction(() => !!document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-panel [role="listbox"]'), { timeout: 10000 });
      const groups = await page.evaluate(() => document.querySelector('crlens-ui')!.shadowRoot!.querySelectorAll('.crl-panel [role="group"]').length);
      expect(groups).toBeGreaterThan(2);
      expect(await shadowText(page, '.crl-panel')).toContain('Alexei Miller');
      await page.close();
    });

    it('the popup searches the dataset in English, Chinese and Russian', async () => {
      const results = async (popup: Page) => {
        await pollPage(popup, () => document.querySelectorAll('#search-results [data-event-id]').length > 0, 20000);
        return popup.$$eval('#search-results [data-event-id]', (els) => els.map((e) => e.textContent ?? ''));
      };
      for (const [query, expected] of [['Samarkand', 'Samarkand'], ['普京', 'Putin'], ['Путин', 'Putin']] as const) {
        const popup = await lens.openExtensionPage(`popup.html?q=${encodeURIComponent(query)}`);
        const found = await results(popup);
        expect(found.length, query).toBeGreaterThan(0);
        expect(found.some((t) => t.includes(expected)), `${query}: ${found.slice(0, 5).join(' | ')}`).toBe(true);
        await popup.close();
      }
    });

    it('the popup loads the search index shipped with the add-on instead of building it', async () => {
      // The searches above built and stored an index (a query typed at once does not wait for the file): drop it.
      const ext = await lens.openExtensionPage('popup.html');
      await ext.evaluate(`new Promise((resolve, reject) => {
        const open = indexedDB.open('china-russia-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete('popupSearchIndex');
          tx.oncomplete = () => { open.result.close(); resolve(true); };
          tx.onerror = () => reject(tx.error);
        };
      })`);
      await ext.close();
      const popup = await lens.openExtensionPage('popup.html');
      const ready = () => performance.getEntriesByName('crlens:index-loaded').length + performance.getEntriesByName('crlens:index-built').length > 0;
      await pollPage(popup, ready, 20000);
      const marks = (await popup.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name))) as string[];
      expect(marks).toContain('crlens:index-loaded');
      expect(marks).not.toContain('crlens:index-built');
      expect(marks).toContain('crlens:shipped-index');
      await popup.close();
    });

    it('stays silent on a page about one country', async () => {
      const page = await lens.openPage(lens.server.url('/pages/negative-bone-china.html'));
      await new Promise((r) => setTimeout(r, 1500));
      expect(marksOf(await pageMarks(page))).toEqual([]);
      await page.close();
    });
  });
}
