/**
 * The seed articles as news pages in real Chromium with the built extension: their listed entities are
 * marked, the badge counts the marks, and the popup lists each referred event the dataset holds.
 * Run by `npm run eval:seeds` (after a build), never by `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLens, openPopupFor, type LensBrowser } from '../e2e/harness';
import { expectArticlesMarked } from '../e2e/article-marks';
import { waitForMarks } from '../e2e/content-helpers';
import { loadSeedArticles } from '../../scripts/fixture-pages';
import { dataset } from '../../data/dataset';

describe('seed pages in real Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('marks the listed entities of every seed page, and the badge counts them', async () => {
    await expectArticlesMarked(lens, 'seed', loadSeedArticles());
  });

  it("lists each seed page's referred events under 'On this page'", async () => {
    for (const article of loadSeedArticles()) {
      const news = await lens.openPage(lens.server.url(`/seed/${article.slug}.html`));
      await waitForMarks(news, 1, 20000);
      const popup = await openPopupFor(lens);
      await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
      const dates = await popup.$$eval('#page-events-list [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-date')!));
      const expected = article.refersTo.map((r) => r.date).filter((d) => dataset.events.some((e) => e.date === d));
      expect(dates.length, article.slug).toBeGreaterThan(0);
      const listed = expected.filter((d) => dates.includes(d));
      // The popup lists the top events; the engine test holds the top-10 rule per event.
      expect(listed.length, `${article.slug}: listed ${dates.join(', ')}; expected ${expected.join(', ')}`).toBeGreaterThan(0);
      await popup.close();
      await news.close();
    }
  });
});
