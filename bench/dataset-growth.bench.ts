/**
 * The dataset grew from the first release's 268 events / 298 entities to today's (issue 16): what that costs
 * where a reader waits, as ratios new/old measured in the same run. The old dataset is read from git at
 * BASE (default a6b2d9e, the last commit before the growth), so the bench needs the repository's history.
 * - engine build (a woken service worker's rebuild; the stored-automata restore is bench:cold)
 * - seeding into Dexie on fake-indexeddb (first install and dataset updates)
 * - search index: build, snapshot to JSON, load the stored snapshot (what the popup does), and one query
 * Run: npm run bench -- dataset-growth
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../core/engine';
import type { Dataset, Entity, Event } from '../core/types';
import { dataset as current } from '../data/dataset';
import { LensDB } from '../data/db';
import { seedDatabase } from '../data/seed';
import { EventSearch } from '../lib/search/event-search';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = process.env.BASE ?? 'a6b2d9e';

function oldDataset(): Dataset {
  const files = execFileSync('git', ['ls-tree', '--name-only', `${BASE}:data/events`], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const entityFiles = execFileSync('git', ['ls-tree', '--name-only', `${BASE}:data/entities`], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const read = (path: string) => JSON.parse(execFileSync('git', ['show', `${BASE}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }));
  return {
    events: files.flatMap((f) => read(`data/events/${f}`) as Event[]),
    entities: entityFiles.flatMap((f) => read(`data/entities/${f}`) as Entity[]),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Bytes the stored snapshot takes: typed arrays as they are, strings at two bytes a character. */
function storedBytes(x: unknown): number {
  if (ArrayBuffer.isView(x)) return x.byteLength;
  if (typeof x === 'string') return x.length * 2;
  if (typeof x === 'number') return 8;
  if (Array.isArray(x)) return x.reduce((n: number, v) => n + storedBytes(v), 0);
  if (x && typeof x === 'object') return Object.entries(x).reduce((n, [k, v]) => n + k.length * 2 + storedBytes(v), 0);
  return 0;
}

let n = 0;
async function measure(data: Dataset) {
  const engine = await time(() => createEngine({ entities: [...data.entities], events: [...data.events] }));
  const seed = await time(async () => {
    const db = new LensDB(`bench-growth-${n++}`);
    await seedDatabase(db, data, `v${n}`);
    db.close();
  }, 3);
  const buildIndex = await time(() => new EventSearch(data.events, data.entities).prepare());
  const snapshot = new EventSearch(data.events, data.entities).toSnapshot();
  // A structured clone, as IndexedDB stores and reads it (serialising as well as reading: an upper bound).
  const loadIndex = await time(() => new EventSearch(data.events, data.entities, structuredClone(snapshot)).prepare());
  const search = new EventSearch(data.events, data.entities).prepare();
  const query = await time(() => {
    search.clearCache();
    search.search('Putin Xi 2024');
  }, 9);
  return { engine, seed, buildIndex, loadIndex, query, snapshotKB: storedBytes(snapshot) / 1024 };
}

export async function run(): Promise<void> {
  const old = oldDataset();
  // Alternate old/new so drift on a shared machine hits both.
  const rows: Record<string, { old: number[]; now: number[] }> = {};
  for (let round = 0; round < 2; round++) {
    for (const [label, data] of [['old', old], ['now', current]] as const) {
      const m = await measure(data);
      for (const [k, v] of Object.entries(m)) (rows[k] ??= { old: [], now: [] })[label].push(v);
    }
  }
  console.log(`dataset: ${old.events.length} events / ${old.entities.length} entities at ${BASE} → ${current.events.length} / ${current.entities.length} now`);
  console.log('measure          old        now      ratio');
  for (const [k, { old: o, now: c }] of Object.entries(rows)) {
    const a = Math.min(...o);
    const b = Math.min(...c);
    const unit = k === 'snapshotKB' ? ' KB' : ' ms';
    console.log(`${k.padEnd(14)} ${a.toFixed(1).padStart(8)}${unit} ${b.toFixed(1).padStart(8)}${unit}  ${(b / a).toFixed(2)}×`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void run();
