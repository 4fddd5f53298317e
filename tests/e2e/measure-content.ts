/**
 * Measures the content script in real Chromium and prints the numbers (no assertions: timings
 * depend on the machine). Run after `npx wxt build`:
 *   node --import tsx tests/e2e/measure-content.ts     (MEASURE=seed: the seed pages only; MEASURE=big: the 10 MB page only)
 * - start → highlights on each seed page (warm background; median of 3 loads)
 * - longest main-thread task on a ~10 MB page with thousands of references (Long Tasks API, plus
 *   Long Animation Frames attribution to our script)
 * - content script bundle size, gzip
 * - JS heap and DOM nodes the lens adds to a tab (CDP metrics after GC, vs the same page without it)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, extensionDir, launchLens, type LensBrowser } from './harness';
import { escapeHtml, loadFixtureArticles } from '../../scripts/fixture-pages';
import { lensStats, pointOfWord, sendTabMessage, type LensStatsSnapshot } from './content-helpers';
import { OPEN_DELAY_MS } from '../../entrypoints/content/card-controller';

/** Loads of each seed page (MEASURE_LOADS; median taken). */
const LOADS = Number(process.env.MEASURE_LOADS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(1));

async function statsWhenDone(page: Page, timeoutMs = 180000): Promise<LensStatsSnapshot> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = await lensStats(page).catch(() => undefined);
    if (s?.completeMs !== undefined) return s;
    if (Date.now() > end) throw new Error(`no result within ${timeoutMs} ms: ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

/** ~`bytes` of article HTML: neutral filler with a seed paragraph every tenth paragraph. */
export function bigPage(bytes: number): { html: string; paragraphs: number } {
  const seeds = loadFixtureArticles().flatMap((a) => a.text.split(/\n+/).filter((p) => p.length > 120));
  const words = 'the a council market weather report city railway school harvest museum river village budget festival season garden library bridge port street committee plan year week morning evening local national new old quiet busy said announced reported expected visited opened closed'.split(' ');
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const filler = () => {
    const out: string[] = [];
    for (let i = 0; i < 90; i++) out.push(words[Math.floor(rand() * words.length)]!);
    return `${out.join(' ')}.`;
  };
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const text = n % 10 === 9 ? seeds[n % seeds.length]! : filler();
    const p = `<p>${escapeHtml(text)}</p>\n`;
    parts.push(n % 50 === 0 ? `<h2>Section ${n / 50}</h2>\n${p}` : p);
    size += p.length;
    n++;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog archive</title>
<meta property="article:published_time" content="2024-05-17T08:00:00+00:00"></head>
<body><article><h1>China and Russia: the complete archive</h1>${parts.join('')}</article></body></html>`;
  return { html, paragraphs: n };
}

/** Installs Long Tasks and Long Animation Frame observers in the page before it loads. */
const OBSERVE_TASKS = () => {
  const w = window as unknown as { __tasks: Array<{ start: number; duration: number }>; __frames: Array<{ start: number; duration: number; ours: number }> };
  w.__tasks = [];
  w.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { scripts?: Array<{ sourceURL: string; duration: number }> }>) {
        const ours = (e.scripts ?? []).filter((s) => s.sourceURL.startsWith('chrome-extension://')).reduce((t, s) => t + s.duration, 0);
        w.__frames.push({ start: e.startTime, duration: e.duration, ours });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // LoAF missing: the Long Tasks numbers still stand.
  }
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, not stretched when the machine is busy. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Starts a DevTools timeline trace of the page's renderer; the returned function stops it. */
async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
  });
  return async () => {
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    return events;
  };
}

/**
 * Main-thread tasks of the page's renderer from a trace: every task, whoever ran it (Long Tasks and
 * LoAF leave extension scripts out), and which of them ran our content script.
 */
function traceTasks(events: TraceEvent[], startAt?: 'load') {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && e.dur !== undefined);
  const ours = events.filter((e) => onMain(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const load = events.find((e) => e.name === 'MarkLoad' && onMain(e));
  const start = startAt === 'load' ? (load?.ts ?? 0) : Math.min(...ours.map((e) => e.ts));
  const withOurs = tasks.filter((t) => ours.some((o) => o.pid === t.pid && o.tid === t.tid && o.ts >= t.ts && o.ts < t.ts + t.dur!));
  const longest = (xs: TraceEvent[]) => Math.max(0, ...xs.map((t) => t.dur! / 1000));
  /** What filled a task: its biggest direct pieces, e.g. 'Layout 300 ms, FunctionCall(extension) 40 ms'. */
  const anatomy = (t: TraceEvent) =>
    events
      .filter((e) => e !== t && e.ph === 'X' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur! && (e.dur ?? 0) > 5000)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((e) => `${e.name}${(e.args?.data?.url ?? '').startsWith('chrome-extension://') ? '(ours)' : ''} ${(e.dur! / 1000).toFixed(0)} ms`)
      .join(', ');
  const after = tasks.filter((t) => t.ts >= start).sort((a, b) => b.dur! - a.dur!);
  return {
    afterStart: longest(after),
    worst: after.slice(0, 3).map((t) => `${(t.dur! / 1000).toFixed(0)} ms [${anatomy(t)}]`),
    /** Long tasks that ran script (any world): rendering-only tasks are the page's layout, not our code. */
    scripted: after
      .filter((t) => t.dur! > 50000 && events.some((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur! && /FunctionCall|v8\.callFunction|RunMicrotasks|EvaluateScript/.test(e.name) && (e.dur ?? 0) > 20000))
      .map((t) => `${(t.dur! / 1000).toFixed(0)} ms wall / ${t.tdur !== undefined ? (t.tdur / 1000).toFixed(0) : '?'} ms CPU [${anatomy(t)}]`),
    /** Longest stretch of script (microtasks or a call) after our start, in CPU time: load-independent. */
    scriptedCpu: Math.max(
      0,
      ...events
        .filter((e) => onMain(e) && e.ts >= start && e.ph === 'X' && /^(RunMicrotasks|FunctionCall|v8\.callFunction)$/.test(e.name))
        .map((e) => (e.tdur ?? e.dur ?? 0) / 1000),
    ),
    ours: longest(withOurs),
    oursOver50: withOurs.filter((t) => t.dur! > 50000).length,
    ourTasks: withOurs.length,
  };
}

/** Records, in the page's main world, when the reader's last key and pointer events arrived (event time). */
const RECORD_INPUT = () => {
  const w = window as unknown as { __input: { key: number; pointer: number; click: number } };
  w.__input = { key: 0, pointer: 0, click: 0 };
  addEventListener('keydown', (e) => (w.__input.key = e.timeStamp), { capture: true });
  addEventListener('click', (e) => (w.__input.click = e.timeStamp), { capture: true });
  addEventListener('pointermove', (e) => (w.__input.pointer = e.timeStamp), { capture: true });
};

/** Page time at which `cond` first held, polled every animation frame (when a reader could see it). */
async function seenAt(page: Page, cond: string, timeout = 30000): Promise<number> {
  const handle = await page.waitForFunction(`(${cond}) ? performance.now() : false`, null, { polling: 'raf', timeout });
  return (await handle.jsonValue()) as number;
}

const CARD_READY = `(() => { const c = document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-card'); return !!c && !!c.querySelector('.crl-sub, .crl-event'); })()`;
const CURRENT_RANGE = `(() => { const h = CSS.highlights.get('crlens-current'); const r = h && [...h][0]; return r ? r.startContainer.parentElement.textContent.length + ':' + r.startOffset + ':' + r.toString() : ''; })()`;

/**
 * On a page already marked: the first card (pointer over a mark → its card with events; the card
 * waits OPEN_DELAY_MS on purpose, so the figure is given with and without that wait), then the panel
 * opened and stepped with j (key → the next reference current and its card ready), with long tasks meanwhile.
 */
async function interactionNumbers(lens: LensBrowser, page: Page, word: string) {
  const tasksSince = async (t: number) =>
    (await page.evaluate(() => (window as unknown as { __tasks?: Array<{ start: number; duration: number }> }).__tasks ?? [])).filter((x) => x.start >= t);
  await page.evaluate(RECORD_INPUT);
  const point = await pointOfWord(page, word, 0);
  if (!point) return { rows: [`no '${word}' on the page`] };
  await page.waitForTimeout(300);
  const from = await page.evaluate(() => performance.now());
  await page.mouse.move(point.x, point.y);
  const cardAt = await seenAt(page, CARD_READY);
  const pointerAt = await page.evaluate(() => (window as unknown as { __input: { pointer: number } }).__input.pointer);
  const cardTasks = await tasksSince(from);
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);

  // Click on another mark (no open delay): click event → its card with events. Then the keyboard path: the
  // 'next-reference' shortcut arrives as a 'step-reference' message (the browser's command, which the
  // driver cannot press), timed from just before the message is sent.
  const cardClosed = `!document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-card')`;
  const clicks: number[] = [];
  const keys: number[] = [];
  for (let i = 1; i <= 3; i++) {
    const at = await pointOfWord(page, word, i * 7);
    if (!at) break;
    await page.waitForTimeout(300);
    await page.mouse.click(at.x, at.y);
    const shownAt = await seenAt(page, CARD_READY);
    const clickAt = await page.evaluate(() => (window as unknown as { __input: { click: number } }).__input.click);
    clicks.push(shownAt - clickAt);
    await page.keyboard.press('Escape');
    await page.mouse.click(2, 2);
    await seenAt(page, cardClosed);
    await page.waitForTimeout(300);
    const sentAt = await page.evaluate(() => performance.now());
    // Not awaited first: the answer comes after the card (once the lens is idle), the card is what counts.
    const sent = sendTabMessage(lens, page, { lens: 'step-reference', direction: 1 });
    keys.push((await seenAt(page, CARD_READY)) - sentAt);
    await sent;
    await page.keyboard.press('Escape');
    await seenAt(page, cardClosed);
  }

  // Baseline in the same run: one frame that changes anything on this page (a small fixed box, in a
  // shadow root of its own, moved), timed to the next frame after it; a step can't be faster than its frames.
  const frames: number[] = [];
  for (let i = 0; i < 5; i++) {
    frames.push(
      await page.evaluate(async (i) => {
        let host = document.getElementById('measure-frame');
        if (!host) {
          host = document.createElement('div');
          host.id = 'measure-frame';
          document.documentElement.append(host);
          host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('div'), { style: 'position:fixed;top:0;left:0;width:4px;height:4px;background:#888' }));
        }
        const t0 = performance.now();
        (host.shadowRoot!.firstElementChild as HTMLElement).style.left = `${i * 5}px`;
        await new Promise(requestAnimationFrame);
        await new Promise((ok) => setTimeout(ok, 0));
        return performance.now() - t0;
      }, i),
    );
    await page.waitForTimeout(200);
  }
  const frame = median(frames);
  await page.evaluate(() => document.getElementById('measure-frame')?.remove());
  await page.waitForTimeout(300);

  await sendTabMessage(lens, page, { lens: 'toggle-panel' });
  await page.waitForFunction(`!!document.querySelector('crlens-ui')?.shadowRoot?.querySelector('.crl-panel [role="listbox"]')`, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const steps: Array<{ current: number; card: number }> = [];
  const stepFrom = await page.evaluate(() => performance.now());
  for (let i = 0; i < 7; i++) {
    const before = (await page.evaluate(CURRENT_RANGE)) as string;
    await page.keyboard.press('j');
    const currentAt = await seenAt(page, `${CURRENT_RANGE} !== ${JSON.stringify(before)}`);
    const readyAt = await seenAt(page, CARD_READY);
    const keyAt = await page.evaluate(() => (window as unknown as { __input: { key: number } }).__input.key);
    steps.push({ current: currentAt - keyAt, card: readyAt - keyAt });
    await page.waitForTimeout(200);
  }
  const stepTasks = await tasksSince(stepFrom);
  // The first step opens the first card of the panel; the rest are what a reader pressing j meets.
  const later = steps.slice(1);
  const card = cardAt - pointerAt;
  return {
    rows: [
      `first card (pointer over '${word}' → card with its events): ${card.toFixed(0)} ms, of which ${OPEN_DELAY_MS} ms the deliberate open delay → ${(card - OPEN_DELAY_MS).toFixed(0)} ms of work = ${((card - OPEN_DELAY_MS) / frame).toFixed(1)}× the baseline frame; long tasks meanwhile: ${cardTasks.length}, longest ${round(Math.max(0, ...cardTasks.map((t) => t.duration)))} ms`,
      `click on a mark → its card with events (no delay), median of ${clicks.length}: ${round(clicks.length ? median(clicks) : undefined)} ms (${clicks.map((c) => c.toFixed(0)).join(', ')})`,
      `shortcut (next reference, as the 'step-reference' message) → scrolled, card with events and focus, median of ${keys.length}: ${round(keys.length ? median(keys) : undefined)} ms (${keys.map((c) => c.toFixed(0)).join(', ')})`,
      `baseline, same page and run: one frame that changes anything (a 4 px box moved) ${frame.toFixed(0)} ms (median of ${frames.length})`,
      `panel step (j → next reference current / its card ready), median of ${later.length}: ${round(median(later.map((s) => s.current)))} / ${round(median(later.map((s) => s.card)))} ms, worst ${round(Math.max(...later.map((s) => s.current)))} / ${round(Math.max(...later.map((s) => s.card)))} ms; = ${(median(later.map((s) => s.card)) / frame).toFixed(1)}× the baseline frame; first step ${round(steps[0]!.current)} / ${round(steps[0]!.card)} ms; long tasks meanwhile: ${stepTasks.length}, longest ${round(Math.max(0, ...stepTasks.map((t) => t.duration)))} ms`,
    ],
  };
}

async function liveUpdates(page: Page) {
  await page.evaluate(async () => {
    const article = document.querySelector('article')!;
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.className = 'live';
      p.textContent = `Update ${i}: Sergey Lavrov and Wang Yi spoke again, the Kremlin said.`;
      article.prepend(p);
      await new Promise((r) => setTimeout(r, 150));
    }
  });
}

async function heapAndNodes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const m = Object.fromEntries(metrics.map((x: { name: string; value: number }) => [x.name, x.value]));
  return { heapMB: m.JSHeapUsedSize / 1048576, nodes: m.Nodes };
}

/** DOMContentLoaded (end of its handlers) on the page's clock, the same clock as our stats. */
const domContentLoaded = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);

async function seedTimings(lens: LensBrowser) {
  const articles = loadFixtureArticles();
  // Warm the background's engine once, as a reader's browser would have it.
  const warm = await lens.openPage(lens.server.url(`/article/${articles[0]!.slug}.html`));
  await statsWhenDone(warm);
  await warm.close();
  const rows: string[] = [];
  const afterDcl: number[] = [];
  const layoutRatios: number[] = [];
  const dcls: number[] = [];
  const fromNavigation: number[] = [];
  for (const a of articles) {
    const runs: Array<LensStatsSnapshot & { dcl: number }> = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await lens.openPage(lens.server.url(`/article/${a.slug}.html`));
      const stats = await statsWhenDone(page);
      runs.push({ ...stats, dcl: await domContentLoaded(page) });
      await page.close();
    }
    const pick = (k: keyof LensStatsSnapshot) => median(runs.map((r) => (r[k] as number | undefined) ?? NaN));
    const marksAfterDcl = median(runs.map((r) => r.start + (r.firstMarksMs ?? NaN) - r.dcl));
    afterDcl.push(marksAfterDcl);
    dcls.push(median(runs.map((r) => r.dcl)));
    fromNavigation.push(median(runs.map((r) => r.start + (r.firstMarksMs ?? NaN))));
    layoutRatios.push(pick('layoutMs') / pick('walkMs'));
    rows.push(
      `${a.slug}  text ${runs[0]!.textLength} chars, ${runs[0]!.marks} marks: settings read ${round(pick('settingsMs'))} ms, extracted ${round(pick('extractedMs'))} ms, analysed ${round(pick('analyzedMs'))} ms, summarised ${round(pick('summarizedMs'))} ms, highlights ${round(pick('firstMarksMs'))} ms after our start = ${round(marksAfterDcl)} ms after DOMContentLoaded; main-text step ${round(pick('layoutMs'))} ms vs TreeWalker pass ${round(pick('walkMs'))} ms; script injected ${round(median(runs.map((r) => (r.scriptStart ?? NaN) - r.dcl)))} ms after DOMContentLoaded, its modules evaluated in ${round(median(runs.map((r) => r.start - (r.scriptStart ?? NaN))))} ms`,
    );
  }
  rows.push(`median over the pages: first highlights ${round(median(afterDcl))} ms after DOMContentLoaded; main-text step / TreeWalker pass ${median(layoutRatios).toFixed(2)}×`);
  // A script injected earlier ('document_start') must not buy its figure by holding up the page's own load.
  rows.push(`median over the pages: the page's DOMContentLoaded (end) ${round(median(dcls))} ms after navigation start; first highlights ${round(median(fromNavigation))} ms after navigation start`);
  return rows;
}

async function bigPageNumbers(lens: LensBrowser) {
  const { html, paragraphs } = bigPage(10 * 1024 * 1024);
  const url = lens.server.addPage('big.html', html);
  const page = await lens.context.newPage();
  await page.addInitScript(OBSERVE_TASKS);
  const stopTrace = await startTrace(page);
  const t0 = Date.now();
  await page.goto(url, { timeout: 120000 });
  const stats = await statsWhenDone(page, 300000);
  const wall = Date.now() - t0;
  await page.waitForTimeout(1500);
  const perf = await page.evaluate(() => {
    const w = window as unknown as { __tasks: Array<{ start: number; duration: number }>; __frames: Array<{ start: number; duration: number; ours: number }> };
    return { tasks: w.__tasks, frames: w.__frames };
  });
  const after = perf.tasks.filter((t) => t.start >= stats.start);
  const before = perf.tasks.filter((t) => t.start < stats.start);
  const longestOurs = Math.max(0, ...perf.frames.map((f) => f.ours));
  // A live blog on top: 20 new paragraphs with references, one every 150 ms.
  const liveFrom = await page.evaluate(() => performance.now());
  await liveUpdates(page);
  await page.waitForFunction(() => {
    const last = document.querySelector('p.live');
    return [...CSS.highlights].some(([name, h]) => name.startsWith('crlens-') && name !== 'crlens-current' && name !== 'crlens-hover' && [...h].some((r) => last?.contains((r as Range).startContainer)));
  }, null, { timeout: 60000 });
  const liveDone = await page.evaluate(() => performance.now());
  const liveStats = await lensStats(page);
  const trace = traceTasks(await stopTrace());
  const liveTasks = (await page.evaluate(() => (window as unknown as { __tasks: Array<{ start: number; duration: number }> }).__tasks)).filter((t) => t.start >= liveFrom);
  const ui = await interactionNumbers(lens, page, 'Putin');
  const mem = await heapAndNodes(page);
  await page.close();
  return {
    rows: [
      ...ui.rows,
      `page: ${(html.length / 1048576).toFixed(1)} MB HTML, ${paragraphs} paragraphs, ${stats.textLength} chars of text, ${stats.marks} marks`,
      `main-text step (lib/article): ${round(stats.layoutMs)} ms of work, its longest task ${round(stats.layoutStepMs)} ms, vs the TreeWalker pass ${round(stats.walkMs)} ms of work (sliced) = ${((stats.layoutMs ?? NaN) / (stats.walkMs ?? NaN)).toFixed(3)}×`,
      `content script: extracted ${round(stats.extractedMs)} ms, first highlights (first chunk) ${round(stats.firstMarksMs)} ms, all chunks analysed ${round(stats.analyzedMs)} ms, whole page marked ${round(stats.completeMs)} ms after its start (load→done ${wall} ms wall)`,
      `long tasks while the page loaded (before our start, the page's own parsing): ${before.length}, longest ${round(Math.max(0, ...before.map((t) => t.duration)))} ms`,
      `long tasks after the content script started: ${after.length}, longest ${round(Math.max(0, ...after.map((t) => t.duration)))} ms (at +ms after our start: ${after.map((t) => `${(t.start - stats.start).toFixed(0)} for ${t.duration.toFixed(0)} ms`).join(', ') || 'none'})`,
      `longest script time of ours inside one long animation frame (LoAF attribution): ${round(longestOurs)} ms`,
      `trace (load + scan + live updates): longest main-thread task that ran our script ${round(trace.ours)} ms (${trace.oursOver50} of ${trace.ourTasks} such tasks over 50 ms); longest task of any kind after our script started ${round(trace.afterStart)} ms; the longest: ${trace.worst.join('; ')}`,
      `long tasks after our start with >20 ms of script in them: ${trace.scripted.length ? trace.scripted.join('; ') : 'none'}`,
      `longest single stretch of script after our start, CPU time: ${round(trace.scriptedCpu)} ms (the page has no scripts of its own, so this is ours)`,
      `live updates (20 paragraphs, one per 150 ms): last one marked ${(liveDone - liveFrom).toFixed(0)} ms after the first arrived; long tasks meanwhile: ${liveTasks.length}, longest ${round(Math.max(0, ...liveTasks.map((t) => t.duration)))} ms; last summary: merge ${round(liveStats?.lastMergeMs)} ms (sliced) + hand-over to messaging ${round(liveStats?.lastSendMs)} ms; longest mark-spec build ${round(liveStats?.lastSpecsMs)} ms; longest text join ${round(liveStats?.lastJoinMs)} ms`,
    ],
    mem,
    url,
  };
}

/** The same pages in a browser without the extension: heap, DOM nodes, and (for the big page) its own long tasks. */
async function baseline(seedUrl: string, bigUrl: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const seedPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await seedPage.goto(seedUrl);
    await seedPage.waitForTimeout(1500);
    const seed = await heapAndNodes(seedPage);
    await seedPage.close();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const stopTrace = await startTrace(page);
    await page.goto(bigUrl, { timeout: 120000 });
    await page.waitForTimeout(6000);
    await liveUpdates(page);
    await page.waitForTimeout(1500);
    const trace = traceTasks(await stopTrace(), 'load');
    const big = await heapAndNodes(page);
    await page.close();
    return { seed, big, trace };
  } finally {
    await browser.close();
  }
}

async function main() {
  const js = readFileSync(join(extensionDir, 'content-scripts', 'content.js'));
  const css = readFileSync(join(extensionDir, 'content-scripts', 'content.css'));
  console.log(`bundle: content.js ${js.length} B, ${gzipSync(js).length} B gzip; content.css ${css.length} B, ${gzipSync(css).length} B gzip`);
  const lens = await launchLens();
  try {
    if (process.env.MEASURE !== 'big') {
      console.log(`\nstart → highlights on the seed pages (median of ${LOADS}, background warm):`);
      for (const row of await seedTimings(lens)) console.log(`  ${row}`);
    }

    if (process.env.MEASURE === 'seed') return;
    const seedUrl = lens.server.url(`/article/${loadFixtureArticles()[0]!.slug}.html`);
    const seedPage = await lens.openPage(seedUrl);
    await statsWhenDone(seedPage);
    await seedPage.waitForTimeout(500);
    const seedMem = await heapAndNodes(seedPage);
    await seedPage.close();

    console.log('\n~10 MB page with thousands of references:');
    const big = await bigPageNumbers(lens);
    for (const row of big.rows) console.log(`  ${row}`);

    const { seed: seedBase, big: bigBase, trace: bigTrace } = await baseline(seedUrl, big.url);
    console.log(`  without the extension, the same page and live updates: longest task after load ${round(bigTrace.afterStart)} ms; the longest: ${bigTrace.worst.join('; ')}`);
    console.log('\nmemory (JS heap used after GC, same page without the extension → with it):');
    console.log(`  seed page: ${seedBase!.heapMB.toFixed(2)} MB → ${seedMem.heapMB.toFixed(2)} MB (+${(seedMem.heapMB - seedBase!.heapMB).toFixed(2)} MB); DOM nodes ${seedBase!.nodes} → ${seedMem.nodes}`);
    console.log(`  10 MB page: ${bigBase!.heapMB.toFixed(2)} MB → ${big.mem.heapMB.toFixed(2)} MB (+${(big.mem.heapMB - bigBase!.heapMB).toFixed(2)} MB); DOM nodes ${bigBase!.nodes} → ${big.mem.nodes}`);
  } finally {
    await lens.close();
  }
}

if (process.argv[1] && /measure-content\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
