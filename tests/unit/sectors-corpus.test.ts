/**
 * The grown dataset (issue 16) on tests/corpus-sectors/: real news excerpts in three languages beyond
 * leaders' meetings (energy, trade and payments, military, border regions and transport, science and
 * space, people and culture, multilateral, the Soviet era) and hard negatives, with the events and
 * entities a reader expects written from reading them and data/, never from the engine's output.
 * Floors sit a little below what the engine reaches, so that a regression fails. The issue's goal is
 * recall@10 ≥ 0.9 and entity recall ≥ 0.9; where the engine falls short the floor is what it reaches
 * (the gap is listed by `node --import tsx scripts/eval-sectors.ts --verbose`).
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { runSectors, scoreSectors } from '../../scripts/eval-sectors';

const FLOORS = {
  // Measured at 19:05 UTC on 7 December 2026 (71 excerpts, branch sectors-engine on top of linking): R@10 0.955 /
  // MRR 0.928 / entity recall 0.993 / precision 0.993 overall; EN 0.917/0.927/0.993/0.993,
  // ZH 0.977/0.914/1.000/0.994, RU 0.968/0.944/0.981/0.990. The remaining misses are listed by eval-sectors --verbose.
  all: { recallAt10: 0.94, mrr: 0.91, entityRecall: 0.98, entityPrecision: 0.98 },
  en: { recallAt10: 0.9, mrr: 0.9, entityRecall: 0.98, entityPrecision: 0.98 },
  zh: { recallAt10: 0.95, mrr: 0.89, entityRecall: 0.98, entityPrecision: 0.98 },
  ru: { recallAt10: 0.95, mrr: 0.92, entityRecall: 0.97, entityPrecision: 0.97 },
} as const;

describe('sector collection (tests/corpus-sectors)', () => {
  const results = runSectors();
  const scores = scoreSectors(results);
  const positives = results.filter((r) => r.item.sinoRussian);
  const negatives = results.filter((r) => !r.item.sinoRussian);

  it('holds at least 36 real excerpts (10 per language) over the sectors, and hard negatives in each language', () => {
    expect(positives.length).toBeGreaterThanOrEqual(36);
    for (const lang of ['en', 'zh', 'ru'] as const) {
      expect(positives.filter((r) => r.item.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
      expect(negatives.filter((r) => r.item.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(positives.map((r) => r.item.area)).size).toBeGreaterThanOrEqual(8);
    expect(negatives.every((r) => r.item.events.length === 0)).toBe(true);
  });

  it('expects only events and entities the dataset holds', () => {
    const events = new Set(dataset.events.map((e) => e.id));
    const entities = new Set(dataset.entities.map((e) => e.id));
    const unknown = results.flatMap((r) => [
      ...r.item.events.filter((id) => !events.has(id)).map((id) => `${r.item.id}: event ${id}`),
      ...r.item.entities.filter((id) => !entities.has(id)).map((id) => `${r.item.id}: entity ${id}`),
    ]);
    expect(unknown).toEqual([]);
  });

  it('ranks the events a reader names in the top 10', () => {
    for (const group of ['all', 'en', 'zh', 'ru'] as const) {
      expect(scores.linking[group].recallAt10, group).toBeGreaterThanOrEqual(FLOORS[group].recallAt10);
      expect(scores.linking[group].mrr, group).toBeGreaterThanOrEqual(FLOORS[group].mrr);
    }
  });

  it('finds the entities a reader names, and little else', () => {
    for (const group of ['all', 'en', 'zh', 'ru'] as const) {
      expect(scores.entities[group].recall, group).toBeGreaterThanOrEqual(FLOORS[group].entityRecall);
      expect(scores.entities[group].precision, group).toBeGreaterThanOrEqual(FLOORS[group].entityPrecision);
    }
  });

  it('calls hard negatives not China–Russia and lists almost no events on them', () => {
    expect(negatives.filter((r) => r.sinoRussian).map((r) => r.item.id)).toEqual([]);
    expect(negatives.reduce((n, r) => n + r.ranked.length, 0)).toBe(0);
    // ru-18 (a Chinese container ship's Arctic route to Europe whose only Russian element is the Northern
    // Sea Route) was judged not China–Russia until a borderline page that tells its event outright qualified
    // by it (classify.ts confirmedByEvent): 71 of 71 verdicts right.
    expect(scores.linking.all.verdictAccuracy).toBe(1);
  });
});
