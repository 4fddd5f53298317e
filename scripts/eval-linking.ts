/**
 * Scores event linking on tests/corpus-linking/ (real news excerpts; the expected events were
 * written from reading each text and the dataset, never from the engine's output). Per language:
 * recall@10 and recall@3 (share of expected events ranked that high), MRR (mean reciprocal rank
 * of each page's best-ranked expected event), precision@5 (share of the top 5 that is expected;
 * its ceiling is shown, pages expect 1–4 events), and for hard negatives how many events they list.
 * Runs exactly the code the extension runs (createEngine(dataset).scan).
 *   node --import tsx scripts/eval-linking.ts [--verbose] [--held-out]
 */
import { loadCorpus, rankExpected } from './corpus-run';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataset } from '../data/dataset';
import { createEngine, type Engine } from '../core/engine';
import type { Lang } from '../core/types';

export interface LinkingItem {
  id: string;
  file: string;
  url: string;
  lang: Lang;
  published?: string;
  sinoRussian: boolean;
  events: string[];
  note?: string;
  /** 'held-out': added after the rules were last changed, scored once before any further change. */
  batch?: string;
}

export interface LinkingResult {
  item: LinkingItem;
  ranked: string[];
  /** Ids of the events in the tiers shown plainly ('about', 'refers'). */
  plain: string[];
  /** 1-based rank of each expected event, Infinity when not listed. */
  ranks: number[];
  sinoRussian: boolean;
}

export interface LinkingScores {
  pages: number;
  expected: number;
  recallAt10: number;
  recallAt3: number;
  mrr: number;
  precisionAt5: number;
  precisionCeiling: number;
  /** Share of the first min(3, n) events that are expected (n = events the excerpt refers to). */
  precisionTop: number;
  /** Share of the events shown plainly (tiers 'about' and 'refers') that are expected. */
  plainPrecision: number;
  /** Share of expected events shown plainly. */
  plainRecall: number;
  /** Pages whose verdict matches the expectation. */
  verdictAccuracy: number;
  negatives: number;
  /** Mean events listed on a hard negative (0 is best). */
  negativeEvents: number;
}

export type LinkGroup = Lang | 'all' | 'held-out' | 'held-out-14' | 'held-out-3';

/**
 * Batches kept out of the language and 'all' figures and reported apart ('held-out-3': issue 14's
 * third held-out group, not looked at while the rules changed and scored once at the end; its
 * misses print only with --held-out). Earlier held-out batches were scored and have since been read
 * while changing rules, so they count with their language.
 */
export const UNSCORED_BATCHES: readonly string[] = ['held-out-3'];

const dir = join(dirname(fileURLToPath(import.meta.url)), '../tests/corpus-linking');

export function loadLinkingCorpus(): (LinkingItem & { text: string })[] {
  return loadCorpus<LinkingItem>(dir);
}

export function runLinking(engine: Engine = createEngine(dataset)): LinkingResult[] {
  return loadLinkingCorpus().map((item) => {
    const { analysis, ranked, plain, ranks } = rankExpected(engine, item);
    return { item, ranked, plain, ranks, sinoRussian: analysis.sinoRussian };
  });
}

export function scoreLinking(results: readonly LinkingResult[]): Record<LinkGroup, LinkingScores> {
  const groups: LinkGroup[] = ['en', 'zh', 'ru', 'all', 'held-out', 'held-out-14', 'held-out-3'];
  const out = {} as Record<LinkGroup, LinkingScores>;
  for (const g of groups) {
    const open = (r: LinkingResult) => !UNSCORED_BATCHES.includes(r.item.batch ?? '');
    const rs = results.filter((r) => r.item.batch === g || (open(r) && (g === 'all' || r.item.lang === g)));
    const pos = rs.filter((r) => r.item.events.length > 0);
    const neg = rs.filter((r) => !r.item.sinoRussian);
    const expected = pos.reduce((n, r) => n + r.ranks.length, 0);
    const within = (k: number) => pos.reduce((n, r) => n + r.ranks.filter((x) => x <= k).length, 0);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    out[g] = {
      pages: rs.length,
      expected,
      recallAt10: expected ? within(10) / expected : 0,
      recallAt3: expected ? within(3) / expected : 0,
      mrr: mean(pos.map((r) => 1 / Math.min(...r.ranks))),
      precisionAt5: mean(pos.map((r) => r.ranked.slice(0, 5).filter((id) => r.item.events.includes(id)).length / 5)),
      precisionCeiling: mean(pos.map((r) => Math.min(5, r.item.events.length) / 5)),
      precisionTop: ratio(pos, (r) => r.ranked.slice(0, Math.min(3, r.item.events.length)).filter((id) => r.item.events.includes(id)).length, (r) => Math.min(3, r.item.events.length)),
      plainPrecision: ratio(pos, (r) => r.plain.filter((id) => r.item.events.includes(id)).length, (r) => r.plain.length),
      plainRecall: ratio(pos, (r) => r.plain.filter((id) => r.item.events.includes(id)).length, (r) => r.item.events.length),
      verdictAccuracy: mean(rs.map((r) => (r.sinoRussian === r.item.sinoRussian ? 1 : 0))),
      negatives: neg.length,
      negativeEvents: mean(neg.map((r) => r.ranked.length)),
    };
  }
  return out;
}

/** Micro-average: sum of hits over sum of slots. */
function ratio<T>(xs: readonly T[], hits: (x: T) => number, slots: (x: T) => number): number {
  const total = xs.reduce((n, x) => n + slots(x), 0);
  return total ? xs.reduce((n, x) => n + hits(x), 0) / total : 0;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  // The held-apart batches' misses stay unprinted unless asked for: whoever tunes rules next
  // should not tune them to these.
  const heldOut = process.argv.includes('--held-out');
  const results = runLinking();
  const scores = scoreLinking(results);
  const f = (x: number) => x.toFixed(3);
  console.log(`Linking collection: ${results.length} real news excerpts (tests/corpus-linking/manifest.json)\n`);
  console.log('lang | pages expected | R@10   R@3    MRR    P@min(3,n) | plain: P     R     | verdict acc | negatives: n  events listed');
  for (const g of ['en', 'zh', 'ru', 'all', 'held-out', 'held-out-14', 'held-out-3'] as const) {
    const s = scores[g];
    console.log(`${g.padEnd(4)} | ${String(s.pages).padStart(5)} ${String(s.expected).padStart(8)} | ${f(s.recallAt10)}  ${f(s.recallAt3)}  ${f(s.mrr)}  ${f(s.precisionTop).padStart(10)} | ${f(s.plainPrecision)} ${f(s.plainRecall)} | ${f(s.verdictAccuracy).padStart(11)} | ${String(s.negatives).padStart(11)}  ${s.negativeEvents.toFixed(1)}`);
  }
  console.log('\nMisses and far ranks:');
  for (const r of results) {
    if (UNSCORED_BATCHES.includes(r.item.batch ?? '') && !heldOut) continue;
    const k = Math.min(3, r.item.events.length);
    const bad = r.item.events.map((id, i) => [id, r.ranks[i]] as const).filter(([, rank]) => rank > k);
    const verdict = r.sinoRussian === r.item.sinoRussian ? '' : ` verdict ${r.sinoRussian}`;
    const loud = !r.item.sinoRussian && r.ranked.length ? ` lists ${r.ranked.length}: ${r.ranked.slice(0, 3).join(', ')}` : '';
    const intruders = r.ranked.slice(0, k).filter((id) => !r.item.events.includes(id));
    if (bad.length || verdict || loud || verbose) {
      console.log(`  ${r.item.id}:${verdict}${loud} ${bad.map(([id, rank]) => `${id}@${rank === Infinity ? '-' : rank}`).join(' ')}${intruders.length ? `  ahead: ${intruders.join(', ')}` : ''}`);
      if (verbose) console.log(`     top: ${r.ranked.slice(0, 5).join(' | ')}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
