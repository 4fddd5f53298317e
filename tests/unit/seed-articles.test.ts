/**
 * The five articles the product was conceived from: every dated China–Russia event each refers
 * to must be among its top 10 linked events, and every entity it names must be found. They are
 * examples, not the target: nothing in core/ knows about them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const DIR = resolve(__dirname, '../../../shared/fixtures/seed-articles');
const present = existsSync(resolve(DIR, 'index.json'));
if (!present) console.warn(`seed-articles: ${DIR} is absent, skipping (it is present in CI)`);

interface Article {
  file: string;
  published: string;
  entities: string[];
  refers_to: { date: string; what: string }[];
}

const fold = (s: string) => s.toLowerCase().replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('seed articles', () => {
  const articles: Article[] = present ? JSON.parse(readFileSync(resolve(DIR, 'index.json'), 'utf8')).articles : [];
  const engine = createEngine(dataset);
  for (const a of articles) {
    describe(a.file, () => {
      const text = readFileSync(resolve(DIR, a.file), 'utf8');
      const { analysis } = engine.scan(text, a.published);
      it('is classified as China–Russia', () => {
        expect(analysis.sinoRussian, analysis.reasons.join('; ')).toBe(true);
      });
      for (const r of a.refers_to) {
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
        expect(a.entities.filter((name) => !found.has(fold(name)))).toEqual([]);
      });
    });
  }
});
