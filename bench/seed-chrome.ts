/**
 * Seeding in Chrome's own IndexedDB (fake-indexeddb, which `npm run bench -- dataset-growth` uses, keeps
 * indexes in memory and hardly charges for records; Chrome writes each record and index entry to LevelDB
 * through a request to its IndexedDB backend). Seeds the bundled dataset as schema 3 stored it (a record per
 * event and entity; events by date, kind and each entity; entities by type and side), as schema 4 did (a
 * record per row, primary keys only) and as schema 5 does (the extension now: a few large records,
 * data/bundled-store.ts, PART_SIZE rows each), for the old dataset (BASE, default a6b2d9e) and today's,
 * alternating, over raw IndexedDB in one readwrite transaction (what Dexie's clear and bulkPut do, minus
 * Dexie). Wall time in a real Chromium page; prints medians and ratios, asserts nothing. The baseline a
 * reader waited for before the growth is the old data on schema 3.
 *   node --import tsx bench/seed-chrome.ts        (ROUNDS=9 by default; SIZES=50,100,400 adds those part sizes)
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { dataset } from '../data/dataset';
import { oldDataset } from './dataset-growth.bench';
import { bundledParts, PART_SIZE } from '../data/bundled-store';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
/** Part sizes to compare with the shipped one (PART_SIZE); 'all' is one part per kind. */
const SIZES = (process.env.SIZES ?? '').split(',').filter(Boolean).map((s) => (s === 'all' ? 1e9 : Number(s)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = createServer((_req, res) => {
  res.setHeader('content-type', 'text/html');
  res.end('<!doctype html><title>seed</title>');
}).listen(0);
const port = (server.address() as { port: number }).port;
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const old = oldDataset();
  const parts: Record<string, unknown> = {};
  for (const size of [PART_SIZE, ...SIZES]) {
    parts[`old/${size}`] = bundledParts(old, size);
    parts[`now/${size}`] = bundledParts(dataset, size);
  }
  await page.evaluate(`window.__data = ${JSON.stringify({ old, now: dataset, parts })}`);
  const label = (size: number) => (size >= 1e9 ? 'one part a kind' : `parts of ${size}`);
  await page.evaluate(`window.__rounds = ${ROUNDS}; window.__runs = ${JSON.stringify([
    ['old data, schema 3', 'old', 'schema3'],
    ['old data, schema 4', 'old', 'schema4'],
    ['old data, schema 5', 'old', `parts:${PART_SIZE}`],
    ['new data, schema 3', 'now', 'schema3'],
    ['new data, schema 4', 'now', 'schema4'],
    ['new data, schema 5', 'now', `parts:${PART_SIZE}`],
    ...SIZES.map((size) => [`new data, ${label(size)}`, 'now', `parts:${size}`]),
  ])}`);
  const out = (await page.evaluate(readFileSync(new URL('./seed-chrome-page.js', import.meta.url), 'utf8'))) as Record<string, number[]>;
  const m = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
  console.log(`schema 5 = the extension now: parts of ${PART_SIZE} rows (${bundledParts(dataset).length} records for the new data, ${bundledParts(old).length} for the old)`);
  for (const [k, v] of Object.entries(m)) console.log(`${k.padEnd(28)} ${v.toFixed(1).padStart(8)} ms  (runs: ${out[k]!.map((x) => x.toFixed(0)).join(', ')})`);
  const r = (a: string, b: string) => (m[a]! / m[b]!).toFixed(2);
  console.log(`new data/old data, same schema 3: ${r('new data, schema 3', 'old data, schema 3')}×; schema 4: ${r('new data, schema 4', 'old data, schema 4')}×`);
  console.log(`what a reader waits for, now (new data, schema 5) / before the growth (old data, schema 3): ${r('new data, schema 5', 'old data, schema 3')}×  (schema 4 was ${r('new data, schema 4', 'old data, schema 3')}×)`);
  console.log(`schema 5 / schema 4 on the new data: ${r('new data, schema 5', 'new data, schema 4')}×; on the old: ${r('old data, schema 5', 'old data, schema 4')}×`);
  for (const size of SIZES) console.log(`new data, ${label(size)} / old data, schema 3: ${r(`new data, ${label(size)}`, 'old data, schema 3')}×`);
} finally {
  await browser.close();
  server.close();
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
