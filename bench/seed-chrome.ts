/**
 * Seeding in Chrome's own IndexedDB (fake-indexeddb, which `npm run bench -- dataset-growth` uses, keeps
 * indexes in memory and hardly charges for them; Chrome writes each index entry as one more LevelDB record).
 * Seeds the bundled tables as schema 3 had them (events by date, kind and each entity; entities by type
 * and side) and as schema 4 has them (primary keys only), for the old dataset (BASE, default a6b2d9e) and
 * today's, alternating, over raw IndexedDB in one readwrite transaction (what Dexie's bulkPut does, minus
 * Dexie). Wall time in a real Chromium page; prints medians and ratios, asserts nothing.
 *   node --import tsx bench/seed-chrome.ts        (ROUNDS=9 by default)
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { dataset } from '../data/dataset';
import { oldDataset } from './dataset-growth.bench';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
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
  await page.evaluate(`window.__data = ${JSON.stringify({ old: oldDataset(), now: dataset })}`);
  await page.evaluate(`window.__rounds = ${ROUNDS}; window.__runs = ${JSON.stringify([
    ['old data, schema 3', 'old', true],
    ['old data, schema 4', 'old', false],
    ['new data, schema 3', 'now', true],
    ['new data, schema 4', 'now', false],
  ])}`);
  const out = (await page.evaluate(readFileSync(new URL('./seed-chrome-page.js', import.meta.url), 'utf8'))) as Record<string, number[]>;
  const m = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
  for (const [k, v] of Object.entries(m)) console.log(`${k.padEnd(20)} ${v.toFixed(1).padStart(8)} ms  (runs: ${out[k]!.map((x) => x.toFixed(0)).join(', ')})`);
  const r = (a: string, b: string) => (m[a]! / m[b]!).toFixed(2);
  console.log(`new data/old data, same schema 3: ${r('new data, schema 3', 'old data, schema 3')}×; schema 4: ${r('new data, schema 4', 'old data, schema 4')}×`);
  console.log(`what a reader waits for, now (new data, schema 4) / before the growth (old data, schema 3): ${r('new data, schema 4', 'old data, schema 3')}×`);
  console.log(`schema 4 / schema 3 on the new data: ${r('new data, schema 4', 'new data, schema 3')}×`);
} finally {
  await browser.close();
  server.close();
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
