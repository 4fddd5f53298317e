/**
 * The engine tables shipped with the extension, in real Chromium: the built extension holds
 * engine-tables.bin, and a service worker woken for a page (stopped first, as Chrome does after ~30 s
 * idle) builds its engine from it — its wake-up marks say the tables were loaded, not missing — and the
 * page gets its marks. Speed is measured in `npm run bench:cold`, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, launchLens, type LensBrowser } from './harness';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { lensStats, waitForMarks } from './content-helpers';

describe('shipped engine tables in Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('ship with the build, and a woken worker restores its engine from them', async () => {
    const file = join(extensionDir, 'engine-tables.bin');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(100_000);

    const control = await lens.context.newPage();
    const cdp = await lens.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await control.waitForTimeout(300);

    const article = loadFixtureArticles()[0]!;
    const page = await lens.context.newPage();
    await page.goto(lens.server.url(`/article/${article.slug}.html`));
    await expect.poll(async () => (await lensStats(page).catch(() => undefined))?.completeMs, { timeout: 60_000 }).toBeDefined();
    expect((await waitForMarks(page, 1)).length).toBeGreaterThan(0);

    const worker = lens.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${lens.extensionId}/`));
    expect(worker).toBeDefined();
    const marks = (await worker!.evaluate(() => (globalThis as { crlensTimings?: { marks: Record<string, number> } }).crlensTimings?.marks)) ?? {};
    expect(marks['tables-loaded']).toBeDefined();
    expect(marks['tables-missing']).toBeUndefined();
    expect(marks['engine-built']).toBeGreaterThanOrEqual(marks['tables-loaded']!);
  }, 120_000);
});
