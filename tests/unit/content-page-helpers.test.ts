// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPublishedDate } from '../../entrypoints/content/published-date';
import { highlightCss, luminance, pageLooksDark, parseRgb } from '../../entrypoints/content/page-styles';
import { markSpecs, resolvedReferences } from '../../entrypoints/content/mark-specs';
import { placeCard } from '../../entrypoints/content/card-position';
import { marksAt } from '../../entrypoints/content/hit-test';
import { badgeText } from '../../lib/background/page-handlers';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';
import type { Mark } from '../../entrypoints/content/mark-types';

function doc(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('readPublishedDate', () => {
  it('reads article meta, JSON-LD (also in @graph), and <time>, in that order', () => {
    expect(readPublishedDate(doc('<meta property="article:published_time" content="2024-05-16T23:10:00+08:00">'))).toBe('2024-05-16');
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2021-06-27T08:00:00Z' }] });
    expect(readPublishedDate(doc(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${graph}</script>`))).toBe('2021-06-27');
    expect(readPublishedDate(doc('', '<article><time datetime="2023-03-17">Friday</time></article>'))).toBe('2023-03-17');
    expect(readPublishedDate(doc('<meta name="date" content="yesterday">'))).toBeUndefined();
  });
});

describe('page styles', () => {
  it('one ::highlight rule per type under our names, paint properties only', () => {
    const css = highlightCss(false);
    for (const name of ['person', 'organisation', 'place', 'agreement', 'date', 'current']) expect(css).toContain(`::highlight(crlens-${name})`);
    expect(css).not.toMatch(/display|position|margin|padding|font/);
    expect(highlightCss(true)).not.toBe(css);
  });

  it('tells dark backgrounds from light ones', () => {
    expect(parseRgb('rgba(18, 20, 23, 0.5)')).toEqual([18, 20, 23, 0.5]);
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(18, 20, 23)).toBeLessThan(0.05);
    document.body.style.backgroundColor = 'rgb(18, 20, 23)';
    expect(pageLooksDark(document)).toBe(true);
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageLooksDark(document)).toBe(false);
  });
});

describe('markSpecs with the real engine', () => {
  const engine = createEngine(dataset);
  const text = 'Yang Jiechi met the Bank of Russia in Sochi on 20 May 2014, said the People\'s Bank of China.';
  const features = engine.analyze(text, '2014-05-21');
  const summary = engine.summarize(features, '2014-05-21');

  it('marks resolved references by type, and dates, honouring unticked types', () => {
    const specs = markSpecs(summary, features, DEFAULT_SETTINGS.marked);
    expect(specs.length).toBeGreaterThan(0);
    for (const s of specs) expect(text.slice(s.start, s.end)).toBe(s.text);
    const types = new Set(specs.map((s) => s.type));
    expect(types.has('person')).toBe(true);
    expect(types.has('organisation')).toBe(true);
    const noPeople = markSpecs(summary, features, { ...DEFAULT_SETTINGS.marked, person: false, date: false });
    expect(noPeople.some((s) => s.type === 'person' || s.type === 'date')).toBe(false);
    expect(resolvedReferences(summary, features).length).toBe(summary.references.length);
  });

  it('leaves country names unmarked unless the reader asks for them', () => {
    const page = 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow, where Russia and China signed a treaty.';
    const f = engine.analyze(page, '2023-03-21');
    const sum = engine.summarize(f, '2023-03-21');
    const texts = (marked: typeof DEFAULT_SETTINGS.marked) => markSpecs(sum, f, marked).map((s) => s.text);
    // A title with the full name is one mark ('Chinese President Xi Jinping'), never a title with 'Jinping' left over.
    expect(texts(DEFAULT_SETTINGS.marked)).toEqual(expect.arrayContaining(['Chinese President Xi Jinping', 'Vladimir Putin', 'Moscow']));
    expect(texts(DEFAULT_SETTINGS.marked)).not.toContain('Russian');
    expect(texts({ ...DEFAULT_SETTINGS.marked, country: true })).toContain('Russian');
  });
});

describe('small pure pieces', () => {
  it('badge text: empty unless the page is China–Russia news with references', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(12, false)).toBe('');
    expect(badgeText(12, true)).toBe('12');
    expect(badgeText(5000, true)).toBe('999+');
  });

  it('card placement stays in the viewport, below the mention when there is room, else above', () => {
    const vp = { width: 1000, height: 800 };
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, vp)).toMatchObject({ left: 100, top: 126 });
    const above = placeCard({ left: 900, top: 700, bottom: 720 }, vp);
    expect(above.top).toBeUndefined();
    expect(above.bottom).toBe(106);
    expect(above.left).toBe(1000 - 360 - 8);
  });

  it('interval lookup finds the marks covering an offset', () => {
    const m = (start: number, end: number) => ({ start, end }) as Mark;
    const sorted = [m(0, 5), m(10, 20), m(12, 16), m(30, 35)];
    expect(marksAt(sorted, 3)).toEqual([sorted[0]]);
    expect(marksAt(sorted, 14).length).toBe(2);
    expect(marksAt(sorted, 20)).toEqual([]);
    expect(marksAt(sorted, 7)).toEqual([]);
  });
});
