/**
 * Helpers for the content-script e2e tests and measurements: read our isolated world over CDP
 * (the page itself cannot see it), read CSS.highlights from the page's main world, and locate text.
 */
import type { Page } from 'playwright-core';
import type { LensBrowser } from './harness';
import type { LensStats } from '../../entrypoints/content/page-lens';

/** Evaluates `expression` in the content script's isolated world of `page`. */
export async function evalInLensWorld<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }> = [];
  session.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await session.send('Runtime.enable');
  try {
    const ctx = contexts.find((c) => c.auxData?.type === 'isolated' && /Lens/.test(c.name));
    if (!ctx) throw new Error(`No isolated world of ours; contexts: ${contexts.map((c) => c.name).join(', ')}`);
    const res = await session.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
    return res.result.value as T;
  } finally {
    await session.detach();
  }
}

/** The content script's own timings type (`LensStats`), as read from the page. */
export type LensStatsSnapshot = LensStats;

export const lensStats = (page: Page) => evalInLensWorld<LensStatsSnapshot | undefined>(page, 'globalThis.crlensStats');

/** Our highlights as the page sees them: name → highlighted strings. */
export function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith('crlens-')) out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** All highlighted strings except the 'current' one. */
export async function markedTexts(page: Page): Promise<string[]> {
  const h = await pageHighlights(page);
  return Object.entries(h)
    .filter(([name]) => name !== 'crlens-current' && name !== 'crlens-hover')
    .flatMap(([, texts]) => texts);
}

/** Waits until the page shows at least `min` marks (or times out and returns what is there). */
export async function waitForMarks(page: Page, min = 1, timeout = 15000): Promise<string[]> {
  await page
    .waitForFunction(
      (n) => {
        let total = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('crlens-') && name !== 'crlens-current' && name !== 'crlens-hover') total += h.size;
        return total >= n;
      },
      min,
      { timeout },
    )
    .catch(() => undefined);
  return markedTexts(page);
}

/** Centre of the first rendered occurrence of `word` in the page's article text. */
export function pointOfWord(page: Page, word: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ word, nth }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        let at = text.data.indexOf(word);
        while (at >= 0) {
          if (seen++ === nth) {
            const r = document.createRange();
            r.setStart(text, at);
            r.setEnd(text, at + word.length);
            r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const box = r.getClientRects()[0];
            return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
          }
          at = text.data.indexOf(word, at + 1);
        }
      }
      return null;
    },
    { word, nth },
  );
}

/**
 * Sends a tab message to the page's content script from the extension's service worker, the way
 * the toggle-panel command handler does. Without the 'tabs' permission tab URLs are hidden, so the
 * page is brought to the front and addressed as the active tab.
 */
export async function sendTabMessage(lens: LensBrowser, page: Page, message: unknown): Promise<unknown> {
  await page.bringToFront();
  return lens.serviceWorker.evaluate(async (message) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, message);
  }, message);
}

/** The text content of our shadow root (open, so tests can read it), or null without a host. */
export function lensUiText(page: Page, selector = '.crl-root'): Promise<string | null> {
  return page.evaluate((sel) => {
    const host = document.querySelector('crlens-ui');
    return host?.shadowRoot?.querySelector(sel)?.textContent ?? null;
  }, selector);
}
