/**
 * The article step on the layout fixtures (tests/fixtures/pages/layouts.json): the regions we send for
 * judging hold the article's phrases and none of the chrome's, and the engine's verdict on each page is
 * the one a reader would give. The same code path as `lens scan page.html` (scripts/read-html-page.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../scripts/read-html-page';
import { fixturePagesDir } from '../../scripts/fixture-pages';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';
import { inSpans } from '../../core/regions';

interface LayoutPage {
  file: string;
  article: boolean;
  sinoRussian: boolean;
  body: string[];
  chrome: string[];
  heldOut?: boolean;
}

const truth = JSON.parse(readFileSync(join(fixturePagesDir, 'layouts.json'), 'utf8')) as { pages: LayoutPage[] };
const engine = createEngine(dataset);

describe('article detection on the layout fixtures', () => {
  it('covers at least six templates in three languages, with and without <article>', () => {
    const html = truth.pages.map((p) => readFileSync(join(fixturePagesDir, p.file), 'utf8'));
    expect(truth.pages.length).toBeGreaterThanOrEqual(6);
    expect(new Set(truth.pages.map((p) => (p as unknown as { lang: string }).lang))).toEqual(new Set(['en', 'zh', 'ru']));
    expect(html.some((h) => h.includes('<article'))).toBe(true);
    expect(html.some((h) => !h.includes('<article'))).toBe(true);
  });

  for (const p of truth.pages) {
    it(`${p.file}: ${p.article ? 'the article and only the article' : 'no article: story blocks'}; verdict ${p.sinoRussian}`, () => {
      const page = readHtmlPage(readFileSync(join(fixturePagesDir, p.file), 'utf8'));
      const kinds = new Set(page.regions.map((r) => r.kind));
      expect([...kinds]).toEqual([p.article ? 'article' : 'block']);
      const regionText = page.regions
        .filter((r) => r.kind === 'article')
        .flatMap((r) => r.spans.map(([s, e]) => page.text.slice(s, e)))
        .join('\n')
        .replace(/\s+/g, ' ');
      for (const phrase of p.body) expect(regionText, `keeps '${phrase}'`).toContain(phrase);
      for (const phrase of p.chrome) {
        expect(page.text.replace(/\s+/g, ' '), `the page has '${phrase}'`).toContain(phrase);
        expect(regionText, `leaves out '${phrase}'`).not.toContain(phrase);
      }
      const features = engine.analyze(page.text);
      const summary = engine.summarize(features, undefined, 10, page.regions);
      expect(summary.sinoRussian).toBe(p.sinoRussian);
      if (!p.sinoRussian) expect(summary.events).toEqual([]);
      // What is marked by default lies in the body.
      const body = summary.body ?? [];
      const chromeStarts = p.chrome.map((c) => page.text.replace(/\s/g, ' ').indexOf(c)).filter((i) => i >= 0);
      for (const start of chromeStarts) expect(inSpans(body, start)).toBe(false);
    });
  }

  it('judges the whole text when a page gives no regions (plain text in the CLI)', () => {
    const page = readHtmlPage(readFileSync(join(fixturePagesDir, 'layout-sport-hockey-en.html'), 'utf8'));
    const whole = engine.summarize(engine.analyze(page.text));
    expect(whole.judged?.scope).toBe('page');
    // Without the article step the rails' names count: the reason issue 13 was filed.
    expect(whole.reasons.join(' ')).toMatch(/China side: [1-9]/);
    const judged = engine.summarize(engine.analyze(page.text), undefined, 10, page.regions);
    expect(judged.reasons.join(' ')).toMatch(/China side: 0 mention/);
  });
});
