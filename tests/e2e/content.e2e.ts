/**
 * The in-page lens in real Chromium: marks on the seed news pages, the hover card, the keyboard
 * panel, living pages, silence on other pages, hostile page text, and an untouched page DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser } from './harness';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { expectArticlesMarked } from './article-marks';
import { lensStats, lensUiText, markedTexts, pageHighlights, pointOfWord, sendTabMessage, waitForMarks } from './content-helpers';


async function waitForScan(page: Page) {
  for (let i = 0; i < 100; i++) {
    const s = await lensStats(page).catch(() => undefined);
    if (s?.completeMs !== undefined) return s;
    await page.waitForTimeout(100);
  }
  throw new Error('the content script never finished its first scan');
}

const shadow = (page: Page, sel: string) => page.locator(`crlens-ui ${sel}`);

describe('content script in real Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it("marks each fixture page's listed entities, and the badge counts the references", async () => {
    await expectArticlesMarked(lens, 'article', loadFixtureArticles());
  });

  it("hovering a marked 'Putin' shows a card with related events; leaving closes it", async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[0]!.slug}.html`));
    await waitForMarks(page, 5);
    expect(await markedTexts(page)).toContain('Putin');
    const nth = await page.evaluate(() => {
      // The first 'Putin' that is itself marked (not inside 'Vladimir Putin').
      const h = CSS.highlights.get('crlens-person');
      return h ? [...h].filter((r) => r.toString() === 'Putin').length : 0;
    });
    expect(nth).toBeGreaterThan(0);
    const texts: string[] = await page.evaluate(() => [...document.querySelectorAll('article p')].map((p) => p.textContent ?? ''));
    // Find a paragraph where 'Putin' stands alone, and point at it.
    const para = texts.findIndex((t) => / Putin[ ,.]/.test(t) && !t.includes('Vladimir Putin'));
    const before = texts.slice(0, para).join('').split('Putin').length - 1 + 1; // + the title's
    const point = await pointOfWord(page, 'Putin', before);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await shadow(page, '.crl-card .crl-event').first().waitFor({ timeout: 5000 });
    const card = (await lensUiText(page, '.crl-card'))!;
    expect(card).toContain('Vladimir Putin');
    expect(card).toContain('Matched “Putin”');
    expect(await shadow(page, '.crl-card .crl-event').count()).toBeGreaterThan(0);
    const rels = await shadow(page, '.crl-card a').evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) expect(r).toBe('_blank noopener noreferrer');
    // The pointer can travel onto the card without it closing.
    const box = (await shadow(page, '.crl-card').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(600);
    expect(await shadow(page, '.crl-card').count()).toBe(1);
    // Stars save an event in the reader's data (through the background), and unsave it.
    const star = shadow(page, '.crl-card .crl-star').first();
    await star.waitFor({ timeout: 5000 });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await page.waitForFunction(() => document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-star')?.getAttribute('aria-pressed') === 'true', null, { timeout: 5000 });
    await star.click();
    await page.waitForFunction(() => document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-star')?.getAttribute('aria-pressed') === 'false', null, { timeout: 5000 });
    await page.mouse.move(5, 880);
    await page.waitForTimeout(700);
    expect(await shadow(page, '.crl-card').count()).toBe(0);
    await page.close();
  });

  it('the panel lists references by entity, and the keyboard steps through them with a card each', async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[1]!.slug}.html`));
    await waitForMarks(page, 5);
    // The same path the Alt+Shift+L command takes: the background forwards 'toggle-panel' to the tab.
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await shadow(page, '.crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
    expect(await shadow(page, '.crl-panel').getAttribute('role')).toBe('dialog');
    expect(await shadow(page, '.crl-panel [role="group"]').count()).toBeGreaterThan(2);
    const focused = await page.evaluate(() => {
      const host = document.querySelector('crlens-ui');
      return document.activeElement === host && host?.shadowRoot?.activeElement?.getAttribute('role');
    });
    expect(focused).toBe('listbox');
    const current = () => page.evaluate(() => [...(CSS.highlights.get('crlens-current') ?? [])].map((r) => r.toString()));
    await page.keyboard.press('j');
    await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
    const first = await current();
    expect(first.length).toBe(1);
    expect(await shadow(page, '[role="option"][aria-selected="true"]').count()).toBe(1);
    const firstCard = await lensUiText(page, '.crl-card');
    expect(firstCard).toContain(`Matched “${first[0]}”`);
    // Step until the selection moves to another entity's group.
    const groupOf = () => shadow(page, '[role="option"][aria-selected="true"]').evaluate((o) => o.parentElement?.getAttribute('aria-labelledby') ?? '');
    const startGroup = await groupOf();
    for (let i = 0; i < 40 && (await groupOf()) === startGroup; i++) await page.keyboard.press('ArrowDown');
    expect(await groupOf()).not.toBe(startGroup);
    const scrolledTo = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('crlens-current') ?? [])][0] as Range | undefined;
      const box = r?.getBoundingClientRect();
      return box ? box.top >= 0 && box.bottom <= innerHeight : false;
    });
    expect(scrolledTo).toBe(true);
    await page.keyboard.press('Escape');
    expect(await shadow(page, '.crl-card').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await shadow(page, '.crl-panel').count()).toBe(0);
    expect(await current()).toEqual([]);
    await page.close();
  });

  it('marks paragraphs added after load and text changed in place; drops marks on removed text', async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[4]!.slug}.html`));
    await waitForMarks(page, 5);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Sergey Lavrov said the Shanghai Cooperation Organization would meet in Astana.';
      document.querySelector('article')!.append(p);
      const first = document.querySelector('article p:not(.byline)')!;
      first.firstChild!.textContent = 'Wang Yi and Sergey Lavrov spoke by phone. ';
      first.id = 'edited';
    });
    const inside = (id: string) =>
      page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const out: string[] = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('crlens-')) continue;
          for (const r of h) if (el.contains((r as Range).startContainer)) out.push((r as Range).toString());
        }
        return out;
      }, id);
    await page.waitForFunction(() => {
      const late = document.getElementById('late')!;
      return [...(CSS.highlights.get('crlens-person') ?? [])].some((r) => late.contains((r as Range).startContainer));
    }, null, { timeout: 10000 });
    expect(await inside('late')).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Shanghai Cooperation Organization']));
    await page.waitForFunction(() => {
      const el = document.getElementById('edited')!;
      return [...(CSS.highlights.get('crlens-person') ?? [])].some((r) => el.contains((r as Range).startContainer) && r.toString() === 'Sergey Lavrov');
    }, null, { timeout: 10000 });
    expect(await inside('edited')).toEqual(expect.arrayContaining(['Wang Yi', 'Sergey Lavrov']));
    await page.evaluate(() => document.getElementById('late')!.remove());
    await page.waitForFunction(() => {
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('crlens-')) for (const r of h) if (!(r as Range).startContainer.isConnected || r.collapsed) return false;
      }
      return true;
    }, null, { timeout: 10000 });
    await page.close();
  });

  it('stays silent on one-country news and on fine bone china', async () => {
    for (const name of ['negative-one-country.html', 'negative-bone-china.html']) {
      const page = await lens.openPage(lens.server.url(`/pages/${name}`));
      const stats = await waitForScan(page);
      await page.waitForTimeout(300);
      expect(stats.marks, name).toBe(0);
      expect(await pageHighlights(page), name).toEqual({});
      expect(await page.evaluate(() => document.querySelector('crlens-ui')), name).toBeNull();
      await page.close();
    }
  });

  it('runs nothing from hostile page text, and the page cannot restyle the card', async () => {
    const page = await lens.openPage(lens.server.url('/pages/hostile.html'));
    await waitForMarks(page, 3);
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await shadow(page, '.crl-panel').waitFor({ timeout: 5000 });
    await page.keyboard.press('j');
    await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
    const panel = (await lensUiText(page, '.crl-panel'))!;
    expect(panel).toContain('<img src=x onerror=');
    const flags = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__crlensPwned')));
    expect(flags).toEqual([]);
    const injected = await page.evaluate(() => document.querySelector('crlens-ui')!.shadowRoot!.querySelectorAll('img, script, svg, iframe').length);
    expect(injected).toBe(0);
    const style = await shadow(page, '.crl-card .crl-name').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, size: s.fontSize, visibility: s.visibility };
    });
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.size).toBe('16px');
    expect(style.visibility).toBe('visible');
    await page.close();
  });

  it("leaves the page's DOM as the page built it, apart from our one shadow host", async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[2]!.slug}.html`));
    await waitForMarks(page, 5);
    await sendTabMessage(lens, page, { lens: 'toggle-panel' });
    await shadow(page, '.crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
    await page.keyboard.press('j');
    await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return {
        body: parsed.body.outerHTML === document.body.outerHTML,
        head: parsed.head.outerHTML === document.head.outerHTML,
        rootChildren: [...document.documentElement.children].map((c) => c.tagName),
        rootAttributes: [...document.documentElement.attributes].map((a) => a.name),
      };
    });
    expect(same).toEqual({ body: true, head: true, rootChildren: ['HEAD', 'BODY', 'CRLENS-UI'], rootAttributes: ['lang'] });
    await page.close();
  });

  it('the per-site switch on the card removes every mark at once, and switching back restores them', async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[3]!.slug}.html`));
    await waitForMarks(page, 5);
    const point = await pointOfWord(page, 'Putin', 0);
    await page.mouse.move(point!.x, point!.y);
    await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
    await shadow(page, '.crl-card button').filter({ hasText: 'Turn off on 127.0.0.1' }).click();
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('crlens-')), null, { timeout: 3000 });
    expect(await page.evaluate(() => document.querySelector('crlens-ui'))).toBeNull();
    await lens.serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), disabledSites: [] } });
    });
    expect((await waitForMarks(page, 5)).length).toBeGreaterThan(4);
    await page.close();
  });

  it("marks a page anyway when the reader asks, and tells the popup the page's state", async () => {
    const page = await lens.openPage(lens.server.url('/pages/negative-one-country.html'));
    await waitForScan(page);
    const before = (await sendTabMessage(lens, page, { lens: 'page-state' })) as { enabled: boolean; sinoRussian: boolean; marked: number };
    expect(before).toMatchObject({ enabled: true, sinoRussian: false, marked: 0 });
    const after = (await sendTabMessage(lens, page, { lens: 'scan-anyway' })) as { marked: number };
    expect(after.marked).toBeGreaterThan(0);
    expect((await waitForMarks(page, 1)).length).toBe(after.marked);
    await page.close();
    // The same from the page panel's own button.
    const again = await lens.openPage(lens.server.url('/pages/negative-one-country.html'));
    await waitForScan(again);
    await sendTabMessage(lens, again, { lens: 'toggle-panel' });
    await shadow(again, '.crl-panel').waitFor({ timeout: 5000 });
    expect(await lensUiText(again, '.crl-panel')).toContain('does not look like China–Russia news');
    await shadow(again, '.crl-panel button').filter({ hasText: 'Mark this page anyway' }).click();
    expect((await waitForMarks(again, 1)).length).toBeGreaterThan(0);
    await shadow(again, '.crl-panel [role="listbox"]').waitFor({ timeout: 5000 });
    await again.close();
  });

  it('single-page navigation: an article swapped in under a new address gets marked', async () => {
    const page = await lens.openPage(lens.server.url('/pages/negative-bone-china.html'));
    await waitForScan(page);
    expect(await markedTexts(page)).toEqual([]);
    await page.evaluate(() => {
      history.pushState({}, '', '/pages/next-article');
      const article = document.querySelector('article')!;
      article.replaceChildren();
      for (const text of [
        'Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday.',
        'The Kremlin said the two leaders signed a joint statement on deepening the partnership between China and Russia.',
      ]) {
        const p = document.createElement('p');
        p.textContent = text;
        article.append(p);
      }
    });
    const marked = await waitForMarks(page, 3);
    expect(marked).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kremlin']));
    await page.close();
  });

  it('still shows its card when the page has claimed our element name for itself', async () => {
    const page = await lens.openPage(lens.server.url('/pages/claims-host-name.html'));
    await waitForMarks(page, 3);
    const point = await pointOfWord(page, 'Putin', 0);
    await page.mouse.move(point!.x, point!.y);
    await page.waitForFunction(() => {
      const host = [...document.documentElement.children].find((el) => el.tagName.startsWith('CRLENS-UI-'));
      return host?.shadowRoot?.querySelector('.crl-card .crl-name')?.textContent === 'Vladimir Putin';
    }, null, { timeout: 5000 });
    expect(await page.evaluate(() => (window as { __crlensHostClaimed?: number }).__crlensHostClaimed)).toBe(1);
    await page.close();
  });

  it('styles marks for the page: a light palette on light pages, a dark one on dark pages, via an adopted sheet', async () => {
    const palette = async (url: string) => {
      const page = await lens.openPage(url);
      await waitForMarks(page, 3);
      const rule = await page.evaluate(() => {
        for (const sheet of document.adoptedStyleSheets) {
          for (const r of sheet.cssRules) if (r.cssText.includes('::highlight(crlens-person)')) return r.cssText;
        }
        return null;
      });
      const styleNodes = await page.evaluate(() => document.querySelectorAll('style').length);
      await page.close();
      return { rule, styleNodes };
    };
    const light = await palette(lens.server.url(`/article/${loadFixtureArticles()[0]!.slug}.html`));
    const dark = await palette(lens.server.url('/pages/dark.html'));
    // Orange-700 on light pages, orange-300 on dark ones (entrypoints/content/mark-style.ts).
    expect(light.rule).toContain('rgb(194, 65, 12)');
    expect(dark.rule).toContain('rgb(253, 186, 116)');
    // The seed page and the dark page each carry exactly their own one <style>: ours is adopted, not inserted.
    expect(light.styleNodes).toBe(1);
    expect(dark.styleNodes).toBe(1);
  });
});
