/**
 * One check for any set of indexed news articles served as pages (our fixtures in `npm test`, the seed
 * articles in `npm run eval:seeds`): every listed entity that the page text names is marked, and the
 * toolbar badge counts the marked references.
 */
import { expect } from 'vitest';
import type { LensBrowser } from './harness';
import type { SeedArticle } from '../../scripts/fixture-pages';
import { dataset } from '../../data/dataset';
import { pageHighlights, waitForMarks } from './content-helpers';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

/** The dataset entity an index name refers to (by name or alias). */
function entityNamed(name: string) {
  const n = fold(name);
  return dataset.entities.find((e) => fold(e.name) === n || e.aliases.some((a) => fold(a.text) === n));
}

export async function expectArticlesMarked(lens: LensBrowser, route: 'article' | 'seed', articles: SeedArticle[]): Promise<void> {
  expect(articles.length).toBeGreaterThan(0);
  const missing: string[] = [];
  for (const article of articles) {
    const page = await lens.openPage(lens.server.url(`/${route}/${article.slug}.html`));
    const marked = new Set((await waitForMarks(page, 5)).map(fold));
    const text = fold(article.text);
    for (const name of article.entities) {
      const entity = entityNamed(name);
      if (!entity) {
        missing.push(`${article.slug}: ${name} (not in the dataset)`);
        continue;
      }
      const inText = entity.aliases.filter((a) => text.includes(fold(a.text)));
      if (inText.length === 0) continue;
      // Russian marks carry case endings beyond the alias ('Хань Чжэном' for 'Хань Чжэн').
      const hit = entity.aliases.some((a) => marked.has(fold(a.text)) || (a.lang === 'ru' && [...marked].some((m) => m.startsWith(fold(a.text)))));
      expect(hit, `${article.slug}: ${name} should be marked (aliases in text: ${inText.map((a) => a.text).join(', ')})`).toBe(true);
    }
    const highlights = await pageHighlights(page);
    const refs = Object.entries(highlights)
      .filter(([n]) => !n.startsWith('crlens-date') && n !== 'crlens-current' && n !== 'crlens-hover')
      .reduce((k, [, v]) => k + v.length, 0);
    await page.bringToFront();
    const badge = await lens.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe(String(refs));
    await page.close();
  }
  if (missing.length) console.warn('Listed entities the dataset lacks:', missing);
}
