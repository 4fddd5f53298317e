/**
 * Scores the grown dataset (issue 16) on tests/corpus-sectors/: real news excerpts beyond leaders'
 * meetings — energy, trade and payments, military and security, border regions and transport,
 * science and space, people and culture, multilateral, the Soviet era — plus hard negatives.
 * Expected events and entities were written from reading each text and data/, never from the
 * engine's output. Per language (and per area for events): recall@10 and recall@3 of expected
 * events, MRR, entity recall (share of expected entities among `analysis.entities`), entity
 * precision (share of the entities listed that were expected), and events listed on hard negatives.
 * Country entities (COUNTRY_ENTITY_IDS: marked only when the reader asks) are left out of both
 * sides of the entity scores. Runs exactly the code the extension runs (createEngine(dataset).scan).
 *   node --import tsx scripts/eval-sectors.ts [--verbose]
 */
import { loadCorpus, rankExpected } from './corpus-run';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataset } from '../data/dataset';
import { createEngine, type Engine } from '../core/engine';
import { COUNTRY_ENTITY_IDS } from '../entrypoints/content/mark-types';
import { scoreLinking, type LinkingItem, type LinkingResult, type LinkingScores } from './eval-linking';

export type SectorArea = 'energy' | 'economy' | 'security' | 'regions' | 'science' | 'people' | 'multilateral' | 'soviet';

export interface SectorItem extends LinkingItem {
  /** The dataset area the excerpt is about ('soviet' for the Soviet era); hard negatives name the area they imitate. */
  area: SectorArea;
  /** Dataset entities the text names (country entities left out). */
  entities: string[];
}

export interface SectorResult extends LinkingResult {
  item: SectorItem;
  /** Entity ids the engine lists, country entities left out. */
  found: string[];
}

export interface EntityScores {
  expected: number;
  found: number;
  hits: number;
  recall: number;
  precision: number;
}

export type SectorGroup = 'en' | 'zh' | 'ru' | 'all';
export const SECTOR_GROUPS: readonly SectorGroup[] = ['en', 'zh', 'ru', 'all'];

export interface SectorScores {
  linking: Record<SectorGroup, LinkingScores>;
  entities: Record<SectorGroup, EntityScores>;
  /** Event scores per area (positives only). */
  areas: Partial<Record<SectorArea, LinkingScores>>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '../tests/corpus-sectors');

export function loadSectorCorpus(): (SectorItem & { text: string })[] {
  return loadCorpus<SectorItem>(dir);
}

export function runSectors(engine: Engine = createEngine(dataset)): SectorResult[] {
  return loadSectorCorpus().map((item) => {
    const { analysis, ranked, plain, ranks } = rankExpected(engine, item);
    const found = analysis.entities.map((e) => e.id).filter((id) => !COUNTRY_ENTITY_IDS.has(id));
    return { item, ranked, plain, ranks, sinoRussian: analysis.sinoRussian, found };
  });
}

function scoreEntities(results: readonly SectorResult[]): EntityScores {
  let expected = 0;
  let found = 0;
  let hits = 0;
  for (const r of results) {
    const want = new Set(r.item.entities.filter((id) => !COUNTRY_ENTITY_IDS.has(id)));
    const got = new Set(r.found);
    expected += want.size;
    found += got.size;
    for (const id of got) if (want.has(id)) hits++;
  }
  return { expected, found, hits, recall: expected ? hits / expected : 0, precision: found ? hits / found : 0 };
}

export function scoreSectors(results: readonly SectorResult[]): SectorScores {
  const linking = scoreLinking(results);
  const entities = {} as Record<SectorGroup, EntityScores>;
  for (const g of SECTOR_GROUPS) entities[g] = scoreEntities(results.filter((r) => g === 'all' || r.item.lang === g));
  const areas: Partial<Record<SectorArea, LinkingScores>> = {};
  for (const area of new Set(results.map((r) => r.item.area))) {
    areas[area] = scoreLinking(results.filter((r) => r.item.area === area && r.item.events.length > 0)).all;
  }
  return { linking: { en: linking.en, zh: linking.zh, ru: linking.ru, all: linking.all }, entities, areas };
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const results = runSectors();
  const { linking, entities, areas } = scoreSectors(results);
  const f = (x: number) => x.toFixed(3);
  console.log(`Sector collection: ${results.length} real news excerpts (tests/corpus-sectors/manifest.json)\n`);
  console.log('lang | pages expected | R@10   R@3    MRR   | verdict acc | entities: expected  recall precision | negatives: n  events listed');
  for (const g of SECTOR_GROUPS) {
    const s = linking[g];
    const e = entities[g];
    console.log(`${g.padEnd(4)} | ${String(s.pages).padStart(5)} ${String(s.expected).padStart(8)} | ${f(s.recallAt10)}  ${f(s.recallAt3)}  ${f(s.mrr)} | ${f(s.verdictAccuracy).padStart(11)} | ${String(e.expected).padStart(18)}  ${f(e.recall)}  ${f(e.precision).padStart(9)} | ${String(s.negatives).padStart(11)}  ${s.negativeEvents.toFixed(1)}`);
  }
  console.log('\narea         | pages expected | R@10   R@3    MRR');
  for (const [area, s] of Object.entries(areas)) {
    console.log(`${area.padEnd(12)} | ${String(s.pages).padStart(5)} ${String(s.expected).padStart(8)} | ${f(s.recallAt10)}  ${f(s.recallAt3)}  ${f(s.mrr)}`);
  }
  console.log('\nMisses and far ranks (events), missed and unexpected entities:');
  for (const r of results) {
    const bad = r.item.events.map((id, i) => [id, r.ranks[i]] as const).filter(([, k]) => k > 3);
    const verdict = r.sinoRussian === r.item.sinoRussian ? '' : ` verdict ${r.sinoRussian}`;
    const loud = !r.item.sinoRussian && r.ranked.length ? ` lists ${r.ranked.length}: ${r.ranked.slice(0, 3).join(', ')}` : '';
    const missed = r.item.entities.filter((id) => !r.found.includes(id));
    const extra = r.found.filter((id) => !r.item.entities.includes(id));
    if (bad.length || verdict || loud || missed.length || (verbose && extra.length) || verbose) {
      console.log(`  ${r.item.id}:${verdict}${loud} ${bad.map(([id, k]) => `${id}@${k === Infinity ? '-' : k}`).join(' ')}`);
      if (missed.length) console.log(`     entities missed: ${missed.join(', ')}`);
      if (verbose && extra.length) console.log(`     entities not expected: ${extra.join(', ')}`);
      if (verbose) console.log(`     top: ${r.ranked.slice(0, 5).join(' | ')}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
