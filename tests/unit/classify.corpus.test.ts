import { describe, expect, it } from 'vitest';
import { accuracy, evaluateCorpus, precision, recall } from '../../scripts/eval-corpus';

// Floors the engine actually reaches on tests/corpus (real news excerpts, expectations written from
// reading them), set a little below the measured figures so that regressions fail.
describe('test collection (tests/corpus)', () => {
  const report = evaluateCorpus();

  it('has at least 30 items in each of the three languages together, positives and negatives', () => {
    expect(report.items.length).toBeGreaterThanOrEqual(30);
    for (const lang of ['en', 'zh', 'ru'] as const) {
      const items = report.items.filter((r) => r.item.lang === lang);
      expect(items.some((r) => r.item.sinoRussian)).toBe(true);
      expect(items.some((r) => !r.item.sinoRussian)).toBe(true);
    }
  });

  it('classifies pages about the relationship', () => {
    expect(accuracy(report.classification.all)).toBeGreaterThanOrEqual(0.9);
    expect(precision(report.classification.all)).toBeGreaterThanOrEqual(0.9);
    expect(recall(report.classification.all)).toBeGreaterThanOrEqual(0.9);
    for (const lang of ['en', 'zh', 'ru'] as const) expect(accuracy(report.classification[lang])).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps every hard negative quiet', () => {
    const loud = report.items.filter((r) => r.item.note?.startsWith('hard negative') && r.sinoRussian).map((r) => r.item.id);
    expect(loud).toEqual([]);
  });

  it('detects the entities a reader marks', () => {
    expect(precision(report.entities.all)).toBeGreaterThanOrEqual(0.85);
    expect(recall(report.entities.all)).toBeGreaterThanOrEqual(0.85);
    for (const lang of ['en', 'zh', 'ru'] as const) {
      expect(precision(report.entities[lang])).toBeGreaterThanOrEqual(0.8);
      expect(recall(report.entities[lang])).toBeGreaterThanOrEqual(0.75);
    }
  });
});
