/**
 * Cold start in real Chromium: the first page a reader opens after the MV3 service worker was
 * stopped (Chrome stops it after ~30 s idle). Prints numbers, asserts nothing. After `npx wxt build`:
 *   npm run bench:cold            (RUNS=7 for more runs)
 * For each run: stop every service worker over CDP, open a seed page, read the content script's
 * stats (start → analysed / summarised / highlights) and the background's own timings
 * (worker start → module evaluated → engine parts → answers), both on the wall clock.
 * Warm runs open the same pages with the worker alive, as a baseline measured in the same run.
 * BLOCKING_MS=300: each page's head waits 300 ms for a script, as news sites' do; the worker, woken when
 * the page starts loading, gets ready meanwhile.
 * IDLE_S=40: instead of stopping the worker, leave the browser idle that long before each cold
 * page (what Chrome does on its own after ~30 s; the background's keep-warm window changes it).
 */
import { loadavg } from 'node:os';
import type { Page, Worker } from 'playwright-core';
import { launchLens, type LensBrowser } from '../tests/e2e/harness';
import { loadFixtureArticles } from '../scripts/fixture-pages';
import { lensStats, type LensStatsSnapshot } from '../tests/e2e/content-helpers';

const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_S = Number(process.env.IDLE_S ?? 0);
/**
 * BLOCKING_MS=300: each page's head loads a script that takes that long, as news sites' do, so the page is parsed
 * that much after it started loading (0: parsed at once, the harshest case for a woken worker).
 */
const BLOCKING_MS = Number(process.env.BLOCKING_MS ?? 0);
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(0).padStart(5) : '  n/a');

/** What the background records (lib/background/cold-timings.ts): ms since the worker's time origin. */
interface WorkerTimings {
  origin: number;
  marks: Record<string, number>;
}

async function statsWhenDone(page: Page, timeoutMs = 60000): Promise<LensStatsSnapshot> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = await lensStats(page).catch(() => undefined);
    if (s?.completeMs !== undefined) return s;
    if (Date.now() > end) throw new Error(`no result within ${timeoutMs} ms: ${JSON.stringify(s)}`);
    await page.waitForTimeout(50);
  }
}

async function stopWorkers(lens: LensBrowser, control: Page) {
  const cdp = await lens.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Let the stop settle: a message racing it would find the old worker still half alive.
  await control.waitForTimeout(300);
}

function liveWorker(lens: LensBrowser): Worker | undefined {
  return lens.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${lens.extensionId}/`));
}

async function workerTimings(lens: LensBrowser): Promise<WorkerTimings | undefined> {
  const w = liveWorker(lens);
  if (!w) return undefined;
  return w.evaluate(() => (globalThis as { crlensTimings?: WorkerTimings }).crlensTimings).catch(() => undefined);
}

interface Run {
  stats: LensStatsSnapshot;
  /** Content script start on the wall clock. */
  start: number;
  worker?: WorkerTimings;
  /** First highlights after DOMContentLoaded (the page's clock). */
  marksAfterDcl: number;
}

async function openAndMeasure(lens: LensBrowser, url: string, beforeNavigation?: () => Promise<void>): Promise<Run> {
  const page = await lens.context.newPage();
  // The tab exists before the worker is stopped (or left idle): the page's navigation wakes it, as a
  // reader's click on a link does, not the harness's creation of a tab a moment earlier (the background
  // readies its engine when a tab starts loading).
  await beforeNavigation?.();
  await page.goto(url);
  const stats = await statsWhenDone(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  const worker = await workerTimings(lens);
  await page.close();
  return { stats, start: origin + stats.start, worker, marksAfterDcl: stats.start + (stats.firstMarksMs ?? NaN) - dcl };
}

/** Background marks as ms after the content script's start (worker clock → wall clock → page). */
function workerRow(run: Run): Record<string, number> {
  const out: Record<string, number> = {};
  if (!run.worker) return out;
  for (const [name, t] of Object.entries(run.worker.marks)) out[name] = run.worker.origin + t - run.start;
  out['worker-origin'] = run.worker.origin - run.start;
  return out;
}

function report(label: string, runs: Run[], withWorker = true) {
  const col = (k: keyof LensStatsSnapshot) => median(runs.map((r) => (r.stats[k] as number | undefined) ?? NaN));
  console.log(`\n${label} (median of ${runs.length}; ms after the content script's start)`);
  console.log(`  content: settings ${fmt(col('settingsMs'))}  extracted ${fmt(col('extractedMs'))}  analysed ${fmt(col('analyzedMs'))}  summarised ${fmt(col('summarizedMs'))}  highlights ${fmt(col('firstMarksMs'))}  complete ${fmt(col('completeMs'))}`);
  console.log(`  highlights per run: ${runs.map((r) => (r.stats.firstMarksMs ?? NaN).toFixed(0)).join(', ')}`);
  console.log(`  highlights after DOMContentLoaded: median ${fmt(median(runs.map((r) => r.marksAfterDcl)))} ms; per run ${runs.map((r) => r.marksAfterDcl.toFixed(0)).join(', ')}`);
  const rows = runs.map(workerRow);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const restarted = rows.filter((r) => (r['worker-origin'] ?? -Infinity) > 0).length;
  console.log(`  service worker started for the page in ${restarted} of ${runs.length} runs`);
  if (names.length === 0 || !withWorker) return;
  const byTime = names.map((n) => [n, median(rows.map((r) => r[n] ?? NaN))] as const).sort((a, b) => a[1] - b[1]);
  console.log('  background (same clock):');
  for (const [n, t] of byTime) console.log(`    ${fmt(t)}  ${n}`);
}

async function main() {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average before: ${load()}`);
  const lens = await launchLens();
  try {
    const articles = loadFixtureArticles();
    const urls = articles.map((a) => lens.server.url(`/article/${a.slug}.html${BLOCKING_MS > 0 ? `?block=${BLOCKING_MS}` : ''}`));
    const control = await lens.context.newPage();
    // First install: seeding and the first engine build are not what a reader meets every day.
    await openAndMeasure(lens, urls[0]!);
    await control.waitForTimeout(1000);

    const cold: Run[] = [];
    const warm: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const url = urls[i % urls.length]!;
      const asleep = () => (IDLE_S > 0 ? control.waitForTimeout(IDLE_S * 1000) : stopWorkers(lens, control));
      cold.push(await openAndMeasure(lens, url, asleep));
      warm.push(await openAndMeasure(lens, url));
    }
    report(IDLE_S > 0 ? `after ${IDLE_S} s idle` : 'cold: service worker stopped before the page', cold);
    report('warm: service worker alive', warm, false);
  } finally {
    await lens.close();
  }
  console.log(`\nload average after: ${load()}`);
}

await main();
