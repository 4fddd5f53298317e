/**
 * Takes docs/screenshot-card.png: a marked seed page with the context card open over 'Putin'.
 * Run after `npx wxt build`: node --import tsx tests/e2e/content-screenshot.ts
 */
import { resolve } from 'node:path';
import { launchLens } from './harness';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { pointOfWord, waitForMarks } from './content-helpers';

const out = resolve(process.cwd(), 'docs', 'screenshot-card.png');

async function main() {
  const lens = await launchLens();
  try {
    const article = loadFixtureArticles().find((a) => a.slug.startsWith(process.env.ARTICLE ?? 'en-harbin-visit')) ?? loadFixtureArticles()[0]!;
    const page = await lens.openPage(lens.server.url(`/article/${article.slug}.html`));
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForMarks(page, 5);
    const point = await pointOfWord(page, process.env.WORD ?? 'Putin', Number(process.env.NTH ?? 2));
    if (!point) throw new Error('word not found');
    await page.mouse.move(point.x, point.y);
    await page.locator('crlens-ui .crl-card .crl-event').first().waitFor({ timeout: 5000 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
  } finally {
    await lens.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
