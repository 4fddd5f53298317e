/**
 * The interface in the reader's language, in real Chromium started with --lang=zh-CN and with --lang=ru:
 * popup (search, saved, settings), options page, card and panel show no English interface word; dataset
 * text (event titles) is Chinese/Russian; switching the setting to English changes popup and card at once.
 *
 * "No English": every text node (and aria-label/title/placeholder) is read; a word of Latin letters with a
 * lowercase letter counts as English unless it is a link (sources are shown by their site), an acronym
 * (SCO, LNG, G20), a proper name (marked translate="no"), a key or file-format name (Shift, CSV), or text
 * explicitly marked lang="en" (a dataset item without a translation, marked as such).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLens, openPopupFor, type LensBrowser } from './harness';
import { sendTabMessage, waitForMarks } from './content-helpers';

/** English words shown to the reader in `root` (a selector in the page, or our shadow root's). */
function englishWords(page: Page, selector: string, inShadow = false): Promise<string[]> {
  return page.evaluate(
    ({ selector, inShadow }) => {
      const base: ParentNode | null | undefined = inShadow ? document.querySelector('crlens-ui')?.shadowRoot : document;
      const root = base?.querySelector(selector);
      if (!root) return [`(nothing at ${selector})`];
      const found: string[] = [];
      const english = (text: string) => (text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).filter((w) => /[a-z]/.test(w) && w.length >= 3 && !SAME_IN_EVERY_LANGUAGE.has(w));
      // Proper names are marked translate="no" (an organisation's Latin brand: 'Mail.ru集团'); key and file-format
      // names are the same in every language.
      // Dataset summaries are content, not interface (titles are checked for their script separately).
      const exempt = (el: Element | null) => !!el?.closest('a[href], [lang^="en"], [translate="no"], [data-testid="dataset-version"], option[lang], .event-summary, script, style');
      const SAME_IN_EVERY_LANGUAGE = new Set(['Shift', 'Esc', 'Tab', 'Enter', 'iCalendar', 'JSON', 'CSV']);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (exempt(el) || (el && getComputedStyle(el).display === 'none')) continue;
        for (const w of english(n.textContent ?? '')) found.push(`${w} (in “${(n.textContent ?? '').trim().slice(0, 60)}”)`);
      }
      for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (exempt(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder']) {
          for (const w of english(el.getAttribute(attr) ?? '')) found.push(`${w} (${attr} “${el.getAttribute(attr)!.slice(0, 60)}”)`);
        }
      }
      return found;
    },
    { selector, inShadow },
  );
}

const CASES = [
  { lang: 'zh-CN', search: '普京', tab: '搜索', script: /\p{Script=Han}/u },
  { lang: 'ru', search: 'Путин', tab: 'Поиск', script: /\p{Script=Cyrillic}/u },
] as const;

for (const c of CASES) {
  describe(`the interface in ${c.lang}`, () => {
    let lens: LensBrowser;
    beforeAll(async () => {
      lens = await launchLens({ lang: c.lang });
    });
    afterAll(async () => {
      await lens?.close();
    });

    it('popup: search, saved and settings views speak the language, and event titles are translated', async () => {
      const popup = await lens.context.newPage();
      await popup.goto(lens.popupUrl(`?q=${encodeURIComponent(c.search)}`));
      await popup.waitForSelector('#search-results [data-event-id]', { timeout: 30000 });
      expect(await popup.locator('#tab-search').textContent()).toBe(c.tab);
      const titles = await popup.$$eval('#search-results .event-title', (els) => els.slice(0, 5).map((e) => e.textContent ?? ''));
      expect(titles.every((t) => c.script.test(t)), titles.join(' | ')).toBe(true);
      expect(await englishWords(popup, 'body')).toEqual([]);
      await popup.locator('#tab-saved').click();
      await popup.waitForSelector('[data-testid="saved-view"]');
      expect(await englishWords(popup, 'body')).toEqual([]);
      await popup.locator('#tab-settings').click();
      await popup.waitForSelector('.settings select');
      expect(await englishWords(popup, 'body')).toEqual([]);
      await popup.close();
    });

    it('options page speaks the language', async () => {
      const options = await lens.context.newPage();
      await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
      await expect.poll(() => options.getByTestId('dataset-events').getAttribute('data-count'), { timeout: 30000 }).not.toBeNull();
      expect(await englishWords(options, 'body')).toEqual([]);
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(c.lang);
      await options.close();
    });

    it('card and panel speak the language; switching the setting to English changes them at once', async () => {
      const page = await lens.openPage(lens.server.url('/article/en-harbin-visit.html'));
      await waitForMarks(page, 5);
      await sendTabMessage(lens, page, { lens: 'toggle-panel' });
      await page.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 10000 });
      await page.keyboard.press('j');
      await page.locator('crlens-ui .crl-card').waitFor({ timeout: 10000 });
      await page.locator('crlens-ui .crl-card .crl-event').first().waitFor({ timeout: 10000 });
      // Names the page quotes in English are the page's own words; what we say must be in the language.
      const panelWords = await englishWords(page, '.crl-panel .crl-head, .crl-panel .crl-status, .crl-panel .crl-sub, .crl-panel .crl-events, .crl-panel .crl-actions', true);
      expect(panelWords).toEqual([]);
      const cardWords = (await englishWords(page, '.crl-card', true)).filter((w) => !w.includes('crl-matched'));
      const matched = await page.locator('crlens-ui .crl-card .crl-matched').textContent();
      expect(cardWords.filter((w) => !w.startsWith(`${matched} `) && !(matched ?? '').split(/\s+/).some((m) => w.startsWith(`${m} `)))).toEqual([]);
      const eventTitles = await page.locator('crlens-ui .crl-panel .crl-title').allTextContents();
      expect(eventTitles.length).toBeGreaterThan(0);
      expect(eventTitles.every((t) => c.script.test(t)), eventTitles.join(' | ')).toBe(true);

      // The reader switches the interface to English in the popup's settings: the open panel follows.
      const popup = await openPopupFor(lens);
      await popup.locator('#tab-settings').click();
      await popup.locator('.settings select').selectOption('en');
      await expect.poll(() => popup.locator('#tab-search').textContent()).toBe('Search');
      await expect.poll(() => page.locator('crlens-ui .crl-panel h2').textContent(), { timeout: 5000 }).toBe('China–Russia references');
      const englishTitles = await page.locator('crlens-ui .crl-panel .crl-title').allTextContents();
      expect(englishTitles.some((t) => /[a-z]{3}/.test(t))).toBe(true);
      await popup.locator('.settings select').selectOption('browser');
      await expect.poll(() => popup.locator('#tab-search').textContent()).toBe(c.tab);
      await popup.close();
      await page.close();
    });
  });
}
