/** core/regions and the engine's judging by region: each region on its own, text outside weighs nothing. */
import { describe, expect, it } from 'vitest';
import { featuresIn, spanAt, unionSpans, wellFormedRegions } from '../../core/regions';
import { subtract } from '../../lib/article/layout-regions';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';
import type { Span, TextRegion } from '../../core/types';

const engine = createEngine(dataset);

/** A page as parts; returns the text and each part's span. */
function page(...parts: string[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const p of parts) {
    if (text) text += '\n';
    spans.push([text.length, text.length + p.length]);
    text += p;
  }
  return { text, spans };
}

const story = 'Vladimir Putin scored twice in the amateur league gala on Sunday, and the crowd of several thousand cheered as his team won. Putin thanked the volunteers who prepare the ice.';
const rail = 'Most read: Xi Jinping and Vladimir Putin sign new pipeline deal. Lavrov meets Wang Yi ahead of SCO summit. Russia and China expand trade.';
const bilateral = 'Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Moscow on Tuesday and signed a joint statement on deepening the comprehensive strategic partnership between China and Russia.';

describe('spans', () => {
  it('finds, merges and cuts spans', () => {
    expect(spanAt([[0, 5], [10, 20]], 12)).toBe(1);
    expect(spanAt([[0, 5], [10, 20]], 7)).toBe(-1);
    expect(spanAt([[0, 5], [10, 20]], 20)).toBe(-1);
    expect(unionSpans([[[10, 20], [0, 5]], [[4, 12]]])).toEqual([[0, 20]]);
    expect(subtract([0, 100], [[10, 20], [50, 60], [95, 120]])).toEqual([[0, 10], [20, 50], [60, 95]]);
  });

  it('keeps only well-formed regions from a message', () => {
    expect(wellFormedRegions([{ kind: 'article', spans: [[5, 9], [0, 3], [4, 2], ['x', 1]] }, { kind: 'nav', spans: [[0, 1]] }, null])).toEqual([
      { kind: 'article', spans: [[0, 3], [5, 9]] },
    ]);
    expect(wellFormedRegions('nope')).toBeUndefined();
  });

  it('filters features by span and counts only the spans as text', () => {
    const p = page(story, rail);
    const f = featuresIn(engine.analyze(p.text), [p.spans[0]!]);
    expect(f.length).toBe(story.length);
    expect(f.references.every((r) => r.start < story.length)).toBe(true);
  });
});

describe('engine.summarize by region', () => {
  it('a rail beside a one-sided story lends it nothing', () => {
    const p = page(story, rail);
    const features = engine.analyze(p.text);
    expect(engine.summarize(features).reasons.join(' ')).toMatch(/China side: [1-9]/);
    const regions: TextRegion[] = [{ kind: 'article', spans: [p.spans[0]!] }];
    const s = engine.summarize(features, '2025-03-02', 10, regions);
    expect(s.sinoRussian).toBe(false);
    expect(s.events).toEqual([]);
    expect(s.judged).toEqual({ scope: 'article', regions: 1, qualifying: 0, characters: story.length });
    expect(s.reasons[0]).toMatch(/judged on the article body/);
  });

  it('a China–Russia article is marked in its body; the rail is outside the body', () => {
    const p = page(bilateral, rail);
    const s = engine.summarize(engine.analyze(p.text), '2023-03-21', 10, [{ kind: 'article', spans: [p.spans[0]!] }]);
    expect(s.sinoRussian).toBe(true);
    expect(s.body).toEqual([p.spans[0]]);
    expect(s.entities.map((e) => e.id)).not.toContain('sergey-lavrov');
    // The rail's names are still resolved, for the reader who marks the whole page.
    expect(s.references.some((r) => r.start >= p.spans[1]![0] && r.entityId === 'sergey-lavrov')).toBe(true);
    expect(s.elsewhere?.map((e) => e.id)).toContain('sergey-lavrov');
  });

  it('two articles on one page are judged each on its own', () => {
    const p = page(bilateral, story);
    const s = engine.summarize(engine.analyze(p.text), undefined, 10, [
      { kind: 'article', spans: [p.spans[0]!] },
      { kind: 'article', spans: [p.spans[1]!] },
    ]);
    expect(s.judged).toMatchObject({ scope: 'article', regions: 2, qualifying: 1 });
    expect(s.body).toEqual([p.spans[0]]);
  });

  it('a page without an article: only a block that is itself a China–Russia story counts', () => {
    const p = page('Putin opens new bridge over the Volga. The Russian president cut the ribbon near Samara.', bilateral, "China's exports beat forecasts in March, customs figures from Beijing showed.");
    const s = engine.summarize(engine.analyze(p.text), undefined, 10, p.spans.map((sp) => ({ kind: 'block' as const, spans: [sp] })));
    expect(s.sinoRussian).toBe(true);
    expect(s.judged).toMatchObject({ scope: 'blocks', regions: 3, qualifying: 1 });
    expect(s.body).toEqual([p.spans[1]]);
    const none = engine.summarize(engine.analyze(p.text), undefined, 10, [{ kind: 'block', spans: [p.spans[0]!] }, { kind: 'block', spans: [p.spans[2]!] }]);
    expect(none.sinoRussian).toBe(false);
    expect(none.events).toEqual([]);
  });
});

describe('regions over a page read in segments (content script after live updates)', () => {
  it('keeps text changed or appended inside the article, though its offsets come after the page', async () => {
    const { JSDOM } = await import('jsdom');
    const { findLayout } = await import('../../lib/article/find-article');
    const { layoutRegions } = await import('../../lib/article/layout-regions');
    const { extractText, makeSkipTest } = await import('../../entrypoints/content/extract-text');
    const para = (t: string) => `<p>${t} ${'More words about the talks, the trade figures and the officials who attended them. '.repeat(3)}</p>`;
    const doc = new JSDOM(`<body><article><h1>Headline</h1>${para('One.')}${para('Two.')}${para('Three.')}</article><aside><h2>Most read</h2><ul><li><a href="#">Other story</a></li></ul></aside></body>`).window.document;
    const skip = makeSkipTest();
    // Segment 0: the page; then a paragraph appended to the article and the first paragraph edited in place.
    const first = extractText(doc.body, skip);
    const late = doc.createElement('p');
    late.textContent = 'Appended later, inside the article.';
    doc.querySelector('article')!.append(late);
    const edited = doc.querySelector('article p')!;
    edited.firstChild!.textContent = 'Edited in place.';
    const segs = [
      { root: doc.body as Node, table: first, base: 0 },
      { root: late as Node, table: extractText(late, skip), base: first.text.length + 1 },
    ];
    segs.push({ root: edited.firstChild!, table: extractText(edited.firstChild!, skip), base: segs[1]!.base + segs[1]!.table.text.length + 1 });
    const owner = new Map<Text, { segment: number; i: number }>();
    segs.forEach((s, segment) => s.table.nodes.forEach((n, i) => owner.set(n, { segment, i })));
    const regions = layoutRegions(findLayout(doc), {
      segments: segs.map((s) => ({ root: s.root, base: s.base, length: s.table.text.length })),
      spanOf: (n) => {
        const o = owner.get(n);
        if (!o) return undefined;
        const s = segs[o.segment]!;
        return { span: [s.base + s.table.starts[o.i]!, s.base + s.table.starts[o.i]! + s.table.lengths[o.i]!], segment: o.segment };
      },
    });
    expect(regions).toHaveLength(1);
    const spans = regions[0]!.spans;
    const covered = (segment: number) => spans.some(([s, e]) => s <= segs[segment]!.base && segs[segment]!.base + segs[segment]!.table.text.length <= e);
    expect(covered(1)).toBe(true);
    expect(covered(2)).toBe(true);
    // The rail stays out.
    const railAt = first.text.indexOf('Other story');
    expect(spans.some(([s, e]) => s <= railAt && railAt < e)).toBe(false);
  });
});
