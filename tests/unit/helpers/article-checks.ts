/**
 * The checks a news article with an index entry must pass through the engine: classified as China–Russia,
 * every dated event it refers to among its top 10 linked events, every listed entity found. Shared by our
 * own fixture articles (in `npm test`) and the seed articles (`npm run eval:seeds`).
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { createEngine } from '../../../core/engine';
import type { SeedArticle } from '../../../scripts/fixture-pages';

const fold = (s: string) => s.toLowerCase().replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();

export function describeArticles(name: string, articles: SeedArticle[]): void {
  describe(name, () => {
    const engine = createEngine(dataset);
    for (const a of articles) {
      describe(a.file, () => {
        const { analysis } = engine.scan(a.text, a.published);
        it('is classified as China–Russia', () => {
          expect(analysis.sinoRussian, analysis.reasons.join('; ')).toBe(true);
        });
        for (const r of a.refersTo) {
          it(`links ${r.date} (${r.what.slice(0, 60)}) in the top 10`, () => {
            const rank = analysis.events.slice(0, 10).findIndex((e) => e.date === r.date || (r.date.length === 7 && e.date.startsWith(r.date)));
            const listing = analysis.events.map((e, i) => `${i + 1}. ${e.date} ${e.id} [${e.why.join('; ')}]`).join('\n');
            expect(rank, `not in top 10:\n${listing}`).toBeGreaterThanOrEqual(0);
          });
        }
        it('finds every listed entity', () => {
          const found = new Set<string>();
          for (const e of analysis.entities) {
            const entity = engine.entities.get(e.id)!;
            found.add(fold(entity.name));
            for (const alias of entity.aliases) found.add(fold(alias.text));
          }
          expect(a.entities.filter((n) => !found.has(fold(n)))).toEqual([]);
        });
      });
    }
  });
}
