/**
 * Takes docs/screenshots/{popup,card-panel}-{en,zh,ru}.png: the popup's search, and the panel with a card, in each
 * interface language (Chromium started with --lang), on a page in that language where we have one.
 * Run after `npx wxt build`: node --import tsx tests/e2e/language-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchLens } from './harness';
import { sendTabMessage, waitForMarks } from './content-helpers';

const dir = resolve(process.cwd(), 'docs', 'screenshots');
const LANGS = [
  { code: 'en', chromium: 'en-US', query: 'Power of Siberia', article: 'en-tianjin-summit' },
  { code: 'zh', chromium: 'zh-CN', query: '西伯利亚力量', article: 'zh-moscow-visit' },
  { code: 'ru', chromium: 'ru', query: 'Сила Сибири', article: 'ru-harbin-expo' },
];

async function main() {
  mkdirSync(dir, { recursive: true });
  for (const l of LANGS) {
    const lens = await launchLens({ lang: l.chromium });
    try {
      const popup = await lens.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(lens.popupUrl(`?q=${encodeURIComponent(l.query)}`));
      await popup.waitForSelector('#search-results [data-event-id]', { timeout: 30000 });
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: resolve(dir, `popup-${l.code}.png`) });
      await popup.close();

      const page = await lens.openPage(lens.server.url(`/article/${l.article}.html`));
      await page.setViewportSize({ width: 1280, height: 800 });
      await waitForMarks(page, 3);
      await sendTabMessage(lens, page, { lens: 'toggle-panel' });
      await page.locator('crlens-ui .crl-panel [role="listbox"]').waitFor({ timeout: 10000 });
      await page.keyboard.press('j');
      await page.locator('crlens-ui .crl-card .crl-event').first().waitFor({ timeout: 10000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: resolve(dir, `card-panel-${l.code}.png`) });
      console.log(`wrote ${l.code}`);
    } finally {
      await lens.close();
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
