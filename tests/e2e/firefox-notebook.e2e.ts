/**
 * 'Save quote' in real Firefox ESR (the Firefox build, over WebDriver BiDi): select a sentence on the fixture
 * news page, press the button our shadow root shows beside it, add a note, save; the quote is then in the
 * notebook on the options page. The content script's world is out of the driver's reach, so the test acts
 * through the page (its selection, real mouse clicks on our open shadow root) and reads an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { selectSentence } from './page-selection';
import { firefoxBuilds, launchFirefoxLens, pollPage, waitForPageMarks, type FirefoxLens } from './firefox-harness';

const PAGE = '/pages/visit-harbin-2024.html';
const QUOTE = 'Xi Jinping called the visit a new starting point.';

async function clickInShadow(page: Page, selector: string) {
  await pollPage(page, new Function(`return !!document.querySelector('crlens-ui')?.shadowRoot?.querySelector('${selector}')`) as () => boolean);
  const box = await page.evaluate((sel) => {
    const r = document.querySelector('crlens-ui')!.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  await page.mouse.click(box.x, box.y);
}

for (const build of firefoxBuilds()) {
  describe(`the notebook in ${build.name}`, () => {
    let lens: FirefoxLens;
    beforeAll(async () => {
      lens = await launchFirefoxLens(build.path);
    }, 90000);
    afterAll(async () => {
      await lens?.close();
    });

    it('a quote selected on a page is saved with a note and shows in the notebook', async () => {
      const page = await lens.openPage(lens.server.url(PAGE));
      await waitForPageMarks(page, 3);
      await page.evaluate(selectSentence, QUOTE);
      await clickInShadow(page, '[data-testid="save-quote"]');
      await clickInShadow(page, '[data-testid="quote-note"]');
      await page.keyboard.type('seen in Firefox');
      await clickInShadow(page, '[data-testid="quote-confirm"]');
      await pollPage(page, () => !!document.querySelector('crlens-ui')?.shadowRoot?.querySelector('[data-testid="quote-saved"]'));
      await page.close();

      const options = await lens.openExtensionPage('options.html');
      await pollPage(options, () => !!document.querySelector('[data-testid="quote"] blockquote'));
      const text = await options.evaluate(() => document.querySelector('[data-testid="quote"]')!.textContent);
      expect(text).toContain(QUOTE);
      expect(text).toContain('seen in Firefox');
      await options.close();
    });
  });
}
