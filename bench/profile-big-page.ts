/**
 * Where the time of one interaction goes on the ~10 MB page (tests/e2e/measure-content.ts's big page):
 * a DevTools trace and a CPU profile of panel steps (j) and of the first card, summarised as the
 * biggest trace slices and the functions with the most self/inclusive time. For finding costs, not
 * for figures (profiling slows everything down). `start`: the same for loading a fixture article
 * (script injection, compile and module evaluation of content.js, the first-marks path), with the
 * trace's slices of our script listed. After `npx wxt build`:
 *   node --import tsx bench/profile-big-page.ts [step|card|start]
 */
import { loadFixtureArticles } from '../scripts/fixture-pages';
import type { Page } from 'playwright-core';
import { launchLens } from '../tests/e2e/harness';
import { bigPage } from '../tests/e2e/measure-content';
import { lensStats, pointOfWord, sendTabMessage } from '../tests/e2e/content-helpers';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function summarise(p: Profile, top = 25) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  p.samples.forEach((s, i) => {
    const t = p.timeDeltas[i + 1] ?? 0;
    const n = byId.get(s)!;
    self.set(key(n), (self.get(key(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let x: number | undefined = s; x !== undefined; x = parent.get(x)) {
      const k = key(byId.get(x)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  });
  const show = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => `  ${(t / 1000).toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  return `self:\n${show(self)}\ninclusive:\n${show(incl)}`;
}

/** A fixture article loaded with the profiler running from before navigation (same origin, so the same renderer). */
async function profileStart(lens: Awaited<ReturnType<typeof launchLens>>) {
  const articles = loadFixtureArticles();
  // A warm background, as a reader's browser has it.
  const warm = await lens.openPage(lens.server.url(`/article/${articles[0]!.slug}.html`));
  await warm.close();
  const page: Page = await lens.context.newPage();
  // PROFILE_SAME_TAB=1: a tab that already shows a page of the same origin (a warm renderer); otherwise a new tab, as a reader's.
  if (process.env.PROFILE_SAME_TAB) await page.goto(lens.server.url('/'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const trace: Array<{ name: string; ph: string; dur?: number; ts: number; args?: { data?: { url?: string; fileName?: string } } }> = [];
  cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as typeof trace)));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'v8.execute', 'disabled-by-default-v8.compile', 'v8'] } });
  await cdp.send('Profiler.start');
  await page.goto(lens.server.url(`/article/${articles[1 % articles.length]!.slug}.html`));
  for (;;) {
    const s = await lensStats(page).catch(() => undefined);
    if (s?.completeMs !== undefined) {
      console.log('stats', JSON.stringify(s));
      break;
    }
    await page.waitForTimeout(50);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  const ours = (e: (typeof trace)[number]) => /^chrome-extension:/.test(e.args?.data?.url ?? e.args?.data?.fileName ?? '');
  console.log('trace slices of our script (ms):');
  for (const e of trace.filter((e) => e.ph === 'X' && e.dur && ours(e))) console.log(`  ${(e.dur! / 1000).toFixed(1).padStart(8)}  ${e.name} ${(e.args?.data?.url ?? e.args?.data?.fileName ?? '').split('/').pop()}`);
  console.log(summarise(profile, 40));
}

async function main() {
  const what = process.argv[2] ?? 'step';
  const lens = await launchLens();
  try {
    if (what === 'start') return await profileStart(lens);
    const { html } = bigPage(10 * 1024 * 1024);
    const page: Page = await lens.context.newPage();
    await page.goto(lens.server.addPage('big.html', html), { timeout: 120000 });
    for (;;) {
      const s = await lensStats(page).catch(() => undefined);
      if (s?.completeMs !== undefined) break;
      await page.waitForTimeout(200);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (what === 'step') {
      await sendTabMessage(lens, page, { lens: 'toggle-panel' });
      await page.waitForTimeout(1500);
    }
    const trace: Array<{ name: string; ph: string; dur?: number; ts: number }> = [];
    cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as typeof trace)));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'blink', 'v8.execute'] } });
    await cdp.send('Profiler.start');
    if (what === 'step') {
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('j');
        await page.waitForTimeout(1200);
      }
    } else {
      const p = await pointOfWord(page, 'Putin', 3);
      await page.mouse.move(p!.x, p!.y);
      await page.waitForTimeout(1500);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    const slices = new Map<string, number>();
    for (const e of trace) if (e.ph === 'X' && e.dur) slices.set(e.name, (slices.get(e.name) ?? 0) + e.dur);
    console.log('trace slices (total ms, nested slices counted in their parents too):');
    for (const [n, d] of [...slices].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(d / 1000).toFixed(1).padStart(8)}  ${n}`);
    console.log(summarise(profile));
  } finally {
    await lens.close();
  }
}

await main();
