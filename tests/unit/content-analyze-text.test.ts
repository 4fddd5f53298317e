import { describe, expect, it } from 'vitest';
import { analyzeText, CHUNK_CHARS, chunkSpans, featuresNear, shiftFeatures } from '../../entrypoints/content/analyze-text';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';

describe('chunkSpans', () => {
  it('covers the text exactly, each chunk within the limit, cutting at block breaks first', () => {
    const para = 'Yang Jiechi met officials of the Bank of Russia in Sochi. ';
    const text = Array.from({ length: 400 }, (_, i) => para + (i % 3 === 0 ? '\n' : '')).join('');
    const spans = chunkSpans(text, 1000);
    expect(spans[0]![0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < spans.length; i++) {
      const [a, b] = spans[i]!;
      expect(b - a).toBeLessThanOrEqual(1000);
      if (i > 0) expect(a).toBe(spans[i - 1]![1]);
      if (i < spans.length - 1) expect(text[b - 1]).toBe('\n');
    }
  });

  it('falls back to a space, then a hard cut, for text without breaks', () => {
    expect(chunkSpans('x'.repeat(25), 10)).toEqual([[0, 10], [10, 20], [20, 25]]);
    const spaced = 'abcdefg hij klmnop';
    const spans = chunkSpans(spaced, 10);
    expect(spans[0]).toEqual([0, 8]);
  });
});

describe('analyzeText with the real engine', () => {
  const engine = createEngine(dataset);
  const analyze = async (t: string) => engine.analyze(t, '2014-05-20');
  const text = Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i}: Yang Jiechi and the People's Bank of China met the Bank of Russia in Sochi on May ${(i % 28) + 1}.\n`,
  ).join('');

  it('finds the same references in chunks as in one piece, at page offsets', async () => {
    const whole = engine.analyze(text, '2014-05-20');
    expect(whole.references.length).toBeGreaterThan(60);
    const spans = chunkSpans(text, 700);
    expect(spans.length).toBeGreaterThan(5);
    // Same as analyzeText does, with a small chunk size so the stitching is exercised.
    const stitched = { references: [] as typeof whole.references };
    for (const [a, b] of spans) stitched.references.push(...shiftFeatures(engine.analyze(text.slice(a, b), '2014-05-20'), a).references);
    expect(stitched.references.map((r) => [r.start, r.end, r.entityId])).toEqual(whole.references.map((r) => [r.start, r.end, r.entityId]));
    for (const r of stitched.references) expect(text.slice(r.start, r.end)).toBe(r.text);
    const viaHelper = await analyzeText(text, analyze);
    expect(viaHelper.references.length).toBe(whole.references.length);
    expect(viaHelper.length).toBe(text.length);
  });

  it('on long texts hands over the first chunk early, once; short texts go in one piece', async () => {
    const long = text.repeat(Math.ceil(CHUNK_CHARS / text.length) + 1);
    const early: number[] = [];
    let calls = 0;
    const counted = async (t: string) => {
      calls++;
      return engine.analyze(t, '2014-05-20');
    };
    const all = await analyzeText(long, counted, async (partial) => {
      early.push(partial.references.length);
    });
    expect(calls).toBe(chunkSpans(long).length);
    expect(calls).toBeGreaterThan(1);
    expect(early).toHaveLength(1);
    expect(early[0]).toBeGreaterThan(0);
    expect(early[0]).toBeLessThan(all.references.length);
    const short: number[] = [];
    await analyzeText(text, counted, async (p) => {
      short.push(p.references.length);
    });
    expect(short).toEqual([]);
  });

  it('featuresNear keeps only what lies around a mention', async () => {
    const f = await analyzeText(text, analyze);
    const mid = f.references[30]!;
    const near = featuresNear(f, mid.start, mid.end, 200);
    expect(near.references.length).toBeGreaterThan(0);
    expect(near.references.length).toBeLessThan(f.references.length);
    for (const r of near.references) expect(Math.abs(r.start - mid.start)).toBeLessThan(400);
  });
});
