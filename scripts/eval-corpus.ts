/**
 * Scores the engine on the test collection in tests/corpus/ (real news excerpts with expectations
 * written from reading them): precision/recall of the sinoRussian verdict and of entity detection,
 * overall and per language. Runs exactly the code the extension runs (createEngine(dataset).scan).
 *   node --import tsx scripts/eval-corpus.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataset } from '../data/dataset';
import { createEngine, type Engine } from '../core/engine';
import type { Lang } from '../core/types';

export interface CorpusItem {
  id: string;
  file: string;
  url: string;
  lang: Lang;
  sinoRussian: boolean;
  entities: string[];
  note?: string;
  /** 'held-out', 'held-out-2': added later and scored once before any further change (see manifest). */
  batch?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface ItemResult {
  item: CorpusItem;
  sinoRussian: boolean;
  score: number;
  reasons: string[];
  found: string[];
  missed: string[];
  extra: string[];
}

export type Group = Lang | 'all' | 'held-out' | 'held-out-2';

export interface CorpusReport {
  items: ItemResult[];
  classification: Record<Group, Counts>;
  entities: Record<Group, Counts>;
}

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '../tests/corpus');

export function loadCorpus(): (CorpusItem & { text: string })[] {
  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { items: CorpusItem[] };
  return manifest.items.map((item) => ({ ...item, text: readFileSync(join(corpusDir, item.file), 'utf8') }));
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function evaluateCorpus(engine: Engine = createEngine(dataset)): CorpusReport {
  const groups: Group[] = ['en', 'zh', 'ru', 'all', 'held-out', 'held-out-2'];
  const classification = Object.fromEntries(groups.map((l) => [l, empty()])) as Record<Group, Counts>;
  const entities = Object.fromEntries(groups.map((l) => [l, empty()])) as Record<Group, Counts>;
  const items: ItemResult[] = [];
  for (const item of loadCorpus()) {
    const { analysis } = engine.scan(item.text);
    const found = [...new Set(analysis.entities.map((e) => e.id))].sort();
    const expected = new Set(item.entities);
    const missed = item.entities.filter((id) => !found.includes(id));
    const extra = found.filter((id) => !expected.has(id));
    const keys: Group[] = [item.lang, 'all'];
    if (item.batch === 'held-out' || item.batch === 'held-out-2') keys.push(item.batch);
    for (const key of keys) {
      const c = classification[key];
      if (analysis.sinoRussian && item.sinoRussian) c.tp++;
      else if (analysis.sinoRussian) c.fp++;
      else if (item.sinoRussian) c.fn++;
      else c.tn++;
      entities[key].tp += found.length - extra.length;
      entities[key].fp += extra.length;
      entities[key].fn += missed.length;
    }
    items.push({ item, sinoRussian: analysis.sinoRussian, score: analysis.score, reasons: analysis.reasons, found, missed, extra });
  }
  return { items, classification, entities };
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const accuracy = (c: Counts) => (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const report = evaluateCorpus();
  const f = (x: number) => x.toFixed(3);
  console.log(`Test collection: ${report.items.length} real news excerpts (tests/corpus/manifest.json)\n`);
  console.log('group      | classification: n  acc    prec   recall | entities: prec   recall  (tp/fp/fn)');
  for (const lang of ['en', 'zh', 'ru', 'all', 'held-out', 'held-out-2'] as const) {
    const c = report.classification[lang];
    const e = report.entities[lang];
    const n = c.tp + c.tn + c.fp + c.fn;
    console.log(`${lang.padEnd(10)} | ${String(n).padStart(17)}  ${f(accuracy(c))}  ${f(precision(c))}  ${f(recall(c))}  | ${f(precision(e)).padStart(15)}  ${f(recall(e))}  (${e.tp}/${e.fp}/${e.fn})`);
  }
  const wrong = report.items.filter((r) => r.sinoRussian !== r.item.sinoRussian);
  console.log(`\nMisclassified (${wrong.length}):`);
  for (const r of wrong) console.log(`  ${r.item.id}: expected ${r.item.sinoRussian}, got ${r.sinoRussian} (score ${r.score}) — ${r.reasons.join('; ')}`);
  if (verbose) {
    console.log('\nEntity differences:');
    for (const r of report.items) {
      if (r.missed.length || r.extra.length) console.log(`  ${r.item.id}: missed [${r.missed.join(', ')}] extra [${r.extra.join(', ')}]`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
