/**
 * The dataset grew from the first release's 268 events / 298 entities to today's (issue 16): what that costs
 * where a reader waits, as ratios new/old measured in the same run. The old dataset is read from git at
 * BASE (default a6b2d9e, the last commit before the growth), so the bench needs the repository's history.
 * - engine build from scratch (only the CLI, tests and dev builds now: the extension ships its tables), the
 *   woken worker's path as the extension runs it: the shipped engine tables (engine-tables.bin, as fetch()
 *   hands them over) decoded, checked and restored, the engine prepared and built (`engineShipped`); and
 *   the fallback when the file is missing: the automata stored in `meta` (a structured clone) (`restore`)
 * - seeding into Dexie on fake-indexeddb (first install and dataset updates): today's parts store (data/bundled-store.ts);
 *   "before" is the old dataset seeded as schema 3 did, a record per row with its indexes (bench/legacy/seed-per-row.ts)
 * - search index: build, load the stored snapshot (what the popup does), load the index shipped with the
 *   extension (search-index.bin, what a first popup does), and one cold query
 * - a reader with 10 own events: the shipped index with them merged in (`ownIndex`, what the popup does
 *   when they are new or changed), and the full build over bundled + own that it replaced (`ownBuild`)
 * Beside each, the previous (MiniSearch) search on the old dataset in the same run: the figures as they
 * were before the dataset grew (bench/legacy/). Ratios: now/old with today's code, and now/before.
 * Run: npm run bench -- dataset-growth
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, prepareEngine } from '../core/engine';
import type { Dataset, Entity, Event } from '../core/types';
import { dataset as current } from '../data/dataset';
import { LensDB } from '../data/db';
import { seedDatabase } from '../data/seed';
import { engineTablesBytes, engineTablesFromBytes } from '../lib/background/shipped-tables';
import { EventSearch } from '../lib/search/event-search';
import { snapshotFromBytes, snapshotToBytes } from '../lib/search/snapshot-bytes';
import { EventSearch as LegacySearch, type SearchSnapshot as LegacySnapshot } from './legacy/event-search';
import { seedPerRow } from './legacy/seed-per-row';
import { storedBytes } from './stored-bytes';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = process.env.BASE ?? 'a6b2d9e';

export function oldDataset(): Dataset {
  const files = execFileSync('git', ['ls-tree', '--name-only', `${BASE}:data/events`], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const entityFiles = execFileSync('git', ['ls-tree', '--name-only', `${BASE}:data/entities`], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const read = (path: string) => JSON.parse(execFileSync('git', ['show', `${BASE}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }));
  return {
    events: files.flatMap((f) => read(`data/events/${f}`) as Event[]),
    entities: entityFiles.flatMap((f) => read(`data/entities/${f}`) as Entity[]),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * CPU time of this process by default: on a shared machine (2 cores, ~9 sessions) wall time swings
 * several-fold between two runs of the same code, CPU time far less. BENCH_CLOCK=wall for wall time.
 */
const WALL = process.env.BENCH_CLOCK === 'wall';
const now = () => {
  if (WALL) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
async function time(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn();
    samples.push(now() - t);
  }
  return median(samples);
}

/** Ten own events a reader might have written: real events' text under new ids, own words in the titles. */
export function ownEventsFor(data: Dataset, count = 10): Event[] {
  const step = Math.floor(data.events.length / count);
  return Array.from({ length: count }, (_, i) => {
    const ev = data.events[i * step];
    return { ...ev, id: `own-${i}`, title: `My notes ${i}: ${ev.title}`, own: true };
  });
}

let n = 0;
async function measure(data: Dataset) {
  const engine = await time(() => createEngine({ entities: [...data.entities], events: [...data.events] }));
  const stored = structuredClone(createEngine({ entities: [...data.entities], events: [...data.events] }).snapshot());
  const restore = await time(() => {
    // Fresh arrays: the engine caches its parts per array.
    const fresh = { entities: [...data.entities], events: [...data.events] };
    prepareEngine(fresh, stored);
    return createEngine(fresh, stored);
  });
  // What a woken worker does now: the file's bytes (a fresh copy, as fetch() gives them) to a ready engine.
  const file = engineTablesBytes(data, 'v');
  const engineShipped = await time(() => {
    const fresh = { entities: [...data.entities], events: [...data.events] };
    const tables = engineTablesFromBytes(file.slice().buffer, 'v');
    if (!tables) throw new Error('shipped tables refused');
    prepareEngine(fresh, undefined, tables);
    return createEngine(fresh, undefined, tables);
  });
  const seed = await time(async () => {
    const db = new LensDB(`bench-growth-${n++}`);
    await seedDatabase(db, data, `v${n}`);
    db.close();
  }, 3);
  const buildIndex = await time(() => new EventSearch(data.events, data.entities).prepare());
  const snapshot = new EventSearch(data.events, data.entities).toSnapshot();
  // A structured clone, as IndexedDB stores and reads it (serialising as well as reading: an upper bound).
  const loadIndex = await time(() => new EventSearch(data.events, data.entities, structuredClone(snapshot)).prepare());
  // The shipped file: bytes as fetch() gives them, decoded to views, checked, loaded.
  const indexFile = snapshotToBytes(snapshot, 'v');
  const shippedIndex = await time(() => new EventSearch(data.events, data.entities, snapshotFromBytes(indexFile.slice().buffer, 'v')).prepare());
  // Own events: the shipped file's bytes decoded, the own events merged in (EventSearch overlay).
  const withOwn = [...data.events, ...ownEventsFor(data)];
  const ownIndex = await time(() => {
    const s = new EventSearch(withOwn, data.entities, snapshotFromBytes(indexFile.slice().buffer, 'v')).prepare();
    if (s.preparedFrom !== 'overlay') throw new Error('own events: not merged into the shipped index');
  });
  const ownBuild = await time(() => new EventSearch(withOwn, data.entities).prepare());
  const search = new EventSearch(data.events, data.entities).prepare();
  const query = await time(() => {
    search.clearCache();
    search.search('Putin Xi 2024');
  }, 9);
  return { engine, restore, engineShipped, seed, buildIndex, loadIndex, shippedIndex, ownIndex, ownBuild, query, snapshotKB: storedBytes(snapshot) / 1024 };
}

/** The previous search on the same data: build, load from its stored JSON string, the same cold query. */
async function measureBefore(data: Dataset) {
  const buildIndex = await time(() => new LegacySearch(data.events, data.entities).prepare());
  const stored = JSON.stringify(new LegacySearch(data.events, data.entities).toSnapshot());
  const loadIndex = await time(() => new LegacySearch(data.events, data.entities).useSnapshot(JSON.parse(stored) as LegacySnapshot).prepare());
  // With own events the previous search built its index over bundled + own.
  const withOwn = [...data.events, ...ownEventsFor(data)];
  const ownBuild = await time(() => new LegacySearch(withOwn, data.entities).prepare());
  const search = new LegacySearch(data.events, data.entities).prepare();
  const query = await time(() => {
    search.clearCache();
    search.search('Putin Xi 2024');
  }, 9);
  const seed = await time(() => seedPerRow(`bench-growth-before-${n++}`, data, `v${n}`), 3);
  return { seed, buildIndex, loadIndex, shippedIndex: buildIndex, ownIndex: ownBuild, ownBuild, query, snapshotKB: stored.length / 1024 };
}

export async function run(): Promise<void> {
  const old = oldDataset();
  // Alternate old/new (and before/now) so drift on a shared machine hits all alike.
  const rows: Record<string, { old: number[]; now: number[]; before: number[] }> = {};
  for (let round = 0; round < 2; round++) {
    for (const [label, data] of [['old', old], ['now', current]] as const) {
      const m = await measure(data);
      for (const [k, v] of Object.entries(m)) (rows[k] ??= { old: [], now: [], before: [] })[label].push(v);
      if (label === 'old') for (const [k, v] of Object.entries(await measureBefore(old))) rows[k].before.push(v);
    }
  }
  console.log(`dataset: ${old.events.length} events / ${old.entities.length} entities at ${BASE} → ${current.events.length} / ${current.entities.length} now`);
  console.log('"before" = the previous (MiniSearch) search on the old dataset, this run; its shippedIndex is its build (nothing was shipped),');
  console.log('its ownIndex its build with the 10 own events (own events always built); seeding: the old dataset a record per row');
  console.log('with schema 3\'s indexes (bench/legacy/seed-per-row.ts)');
  console.log(`measure           before        old        now   now/old  now/before   (${WALL ? 'wall' : 'CPU'} time, best of 2 rounds' medians)`);
  for (const [k, { old: o, now: c, before: b }] of Object.entries(rows)) {
    const a = Math.min(...o);
    const n = Math.min(...c);
    const unit = k === 'snapshotKB' ? ' KB' : ' ms';
    const was = b.length ? Math.min(...b) : NaN;
    const cell = (x: number) => (Number.isNaN(x) ? '—'.padStart(8 + unit.length) : `${x.toFixed(1).padStart(8)}${unit}`);
    console.log(`${k.padEnd(14)} ${cell(was)} ${cell(a)} ${cell(n)}  ${(n / a).toFixed(2).padStart(6)}×  ${Number.isNaN(was) ? '     —' : `${(n / was).toFixed(2).padStart(6)}×`}`);
  }
  // The path a reader with own events waits for, against the build the old data needed (issue 16: ≤ 1.5×).
  const best = (k: string, side: 'old' | 'now' | 'before') => Math.min(...rows[k][side]);
  const own = best('ownIndex', 'now');
  console.log(
    `index with 10 own events, now: ${own.toFixed(1)} ms = ${(own / best('buildIndex', 'old')).toFixed(2)}× the old data's build (${best('buildIndex', 'old').toFixed(1)} ms), ` +
      `${(own / best('buildIndex', 'before')).toFixed(2)}× the previous search's build (${best('buildIndex', 'before').toFixed(1)} ms), ` +
      `${(own / best('ownBuild', 'before')).toFixed(2)}× the previous search's build with the same own events (${best('ownBuild', 'before').toFixed(1)} ms), ` +
      `${(own / best('ownBuild', 'now')).toFixed(2)}× a full build with them now (${best('ownBuild', 'now').toFixed(1)} ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) void run();
