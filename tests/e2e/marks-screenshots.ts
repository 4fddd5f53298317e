/**
 * The evidence for the default mark style, and the README's picture of it. For each page (our news page
 * with blue links, a Chinese page with touching names, and the layout fixtures of a Russian and an English
 * site) and each style (soft, underline, tint), a shot in light and in the site's dark mode switched on
 * after load; then one contact sheet per page: docs/screenshots/marks-styles-<page>.png. Also
 * docs/screenshots/marks-default.png: the default style on the page with links, a card open.
 * Run after `npx wxt build`: node --import tsx tests/e2e/marks-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser } from './harness';
import { pointOfWord, waitForMarks } from './content-helpers';

const outDir = resolve(process.cwd(), 'docs', 'screenshots');
const STYLES = ['soft', 'underline', 'tint'] as const;
const PAGES = [
  { name: 'links-en', path: '/pages/links-theme.html', word: 'Wang Yi' },
  { name: 'adjacent-zh', path: '/pages/adjacent-zh.html', word: '天津' },
  { name: 'layout-ru', path: '/pages/layout-talks-ru.html', word: 'Путин' },
  { name: 'layout-en', path: '/pages/layout-infinite-scroll-en.html', word: 'Putin' },
];
const SHOT = { width: 760, height: 400 };

/** A dark mode for pages that have none of their own: what a site's switch does, toggled by a class on <html>. */
const DARK_CSS = `html.lens-shot-dark, html.lens-shot-dark body, html.lens-shot-dark body * { background-color: #121212 !important; color: #e6e6e6 !important; border-color: #333 !important; }
html.lens-shot-dark a, html.lens-shot-dark a * { color: #8ab4f8 !important; }`;

async function setSettings(lens: LensBrowser, change: Record<string, unknown>) {
  await lens.serviceWorker.evaluate(async (change) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...change } });
  }, change);
}

/** Waits until our sheet holds a rule for the style (the settings change reached the page). */
async function waitForStyle(page: Page, dark: boolean) {
  const colour = dark ? 'rgb(253, 186, 116)' : 'rgb(194, 65, 12)';
  await page.waitForFunction(
    (colour) => [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(crlens-person') && r.cssText.includes(colour))),
    colour,
    { timeout: 5000 },
  ).catch(() => console.warn('style not seen'));
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const lens = await launchLens();
  try {
    for (const spec of PAGES) {
      const cells: { style: string; theme: string; png: string }[] = [];
      const page = await lens.openPage(lens.server.url(spec.path));
      await page.setViewportSize({ width: SHOT.width, height: SHOT.height });
      await page.addStyleTag({ content: DARK_CSS });
      await waitForMarks(page, 3);
      await pointOfWord(page, spec.word);
      for (const style of STYLES) {
        await setSettings(lens, { markStyle: style });
        for (const dark of [false, true]) {
          await page.evaluate((dark) => {
            document.documentElement.classList.toggle('lens-shot-dark', dark);
            document.documentElement.classList.toggle('dark', dark);
          }, dark);
          await page.waitForTimeout(600);
          await waitForStyle(page, dark);
          const png = await page.screenshot();
          cells.push({ style, theme: dark ? 'dark' : 'light', png: png.toString('base64') });
        }
      }
      await page.close();
      // One sheet per page: rows are styles, columns light and dark.
      const sheet = await lens.context.newPage();
      await sheet.setViewportSize({ width: SHOT.width * 2 + 60, height: 200 });
      const rows = STYLES.map(
        (style) => `<tr><th>${style}</th>${['light', 'dark'].map((theme) => `<td><img src="data:image/png;base64,${cells.find((c) => c.style === style && c.theme === theme)!.png}"></td>`).join('')}</tr>`,
      ).join('');
      await sheet.setContent(
        `<style>body{margin:8px;font:14px sans-serif}td{padding:4px}img{display:block;width:${SHOT.width}px;border:1px solid #999}th{writing-mode:vertical-rl;padding:4px}</style>` +
          `<table><tr><th></th><th style="writing-mode:horizontal-tb">light</th><th style="writing-mode:horizontal-tb">dark (switched after load)</th></tr>${rows}</table>`,
      );
      const file = resolve(outDir, `marks-styles-${spec.name}.png`);
      await sheet.screenshot({ path: file, fullPage: true });
      await sheet.close();
      console.log(`wrote ${file}`);
    }
    // The README's picture: the default style, a card open on a click.
    await setSettings(lens, { markStyle: 'soft' });
    const page = await lens.openPage(lens.server.url('/pages/links-theme.html'));
    await page.setViewportSize({ width: 900, height: 640 });
    await waitForMarks(page, 5);
    const p = await pointOfWord(page, 'Putin', 2);
    await page.mouse.click(p!.x, p!.y);
    await page.locator('crlens-ui .crl-card .crl-event').first().waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    const file = resolve(outDir, 'marks-default.png');
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  } finally {
    await lens.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
