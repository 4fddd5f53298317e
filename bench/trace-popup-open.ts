/**
 * `node --import tsx bench/trace-popup-open.ts [page|search]`: a DevTools trace of one popup open (after a few
 * untraced opens to warm the browser), printed as the popup renderer's main-thread tasks from navigation
 * start, each with what ran inside it (script evaluated, HTML parsed, style, layout, paint, IndexedDB
 * callbacks), and the popup's own marks. For finding where the time to first results goes, not for figures:
 * tracing slows everything (`npm run bench:popup` gives the figures). `TRACE_OUT=file.json` keeps the trace.
 */
import { writeFileSync } from 'node:fs';
import { launchLens, type LensBrowser } from '../tests/e2e/harness';
import { waitForMarks } from '../tests/e2e/content-helpers';
import { loadFixtureArticles } from '../scripts/fixture-pages';
import { newestTabId } from './newest-tab';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; stackTrace?: { url?: string }[]; functionName?: string }; [k: string]: unknown };
}

async function openOnce(lens: LensBrowser, query: string, row: string): Promise<void> {
  const popup = await lens.context.newPage();
  await popup.goto(lens.popupUrl(query));
  await popup.waitForSelector(row, { timeout: 30000 });
  await popup.waitForFunction(() => document.documentElement.dataset.firstResultsMs !== undefined);
  await popup.waitForTimeout(400);
  await popup.close();
}

const short = (url = '') => url.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '.js');

/** What a task did, in a few words: the names (and script URLs) of the slices nested in it. */
function inside(task: TraceEvent, events: TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const parts: string[] = [];
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.ts < task.ts || e.ts > end || (e.dur ?? 0) < 300) continue;
    if (/^(RunTask|ThreadControllerImpl::RunTask|ThreadController::Task|SequenceManager|TaskGraphRunner)/.test(e.name)) continue;
    const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url;
    const fn = e.args?.data?.functionName;
    parts.push(`${e.name}${url ? ` ${short(url)}` : ''}${fn ? ` ${fn}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
  }
  return parts.slice(0, 8).join(' | ');
}

async function main() {
  const what = process.argv[2] ?? 'page';
  const lens = await launchLens();
  try {
    const article = loadFixtureArticles().find((a) => a.slug === 'en-tianjin-summit') ?? loadFixtureArticles()[0]!;
    const news = await lens.openPage(lens.server.url(`/article/${article.slug}.html`));
    await waitForMarks(news, 1, 20000);
    const tab = await newestTabId(lens);
    const [query, row] = what === 'search' ? ['?q=Samarkand', '#search-results [data-event-id]'] : [`?tab=${tab}`, '#page-events-list [data-event-id]'];
    for (let i = 0; i < 3; i++) await openOnce(lens, query, row);

    const cdp = await lens.context.newCDPSession(news);
    const trace: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'blink', 'blink.user_timing', 'loading', 'v8.execute', 'disabled-by-default-devtools.timeline', 'navigation', 'IndexedDB', 'disabled-by-default-v8.cpu_profiler'] },
    });
    await openOnce(lens, query, row);
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));

    // The popup's renderer: the process whose main thread parsed popup.html.
    const parse = trace.find((e) => e.name === 'ParseHTML' && /popup\.html/.test(String((e.args as { beginData?: { url?: string } })?.beginData?.url ?? '')))
      ?? trace.find((e) => e.name === 'navigationStart' && /popup\.html/.test(JSON.stringify(e.args ?? {})));
    if (!parse) throw new Error('no popup.html in the trace');
    const { pid, tid } = parse;
    const nav = trace.filter((e) => e.pid === pid && e.name === 'navigationStart').map((e) => e.ts).sort((a, b) => a - b).pop() ?? parse.ts;
    const at = (ts: number) => ((ts - nav) / 1000).toFixed(1).padStart(6);
    const main = trace.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
    const marks = main.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('crlens:'));
    console.log(`popup main thread, ms from navigation start (${what}):`);
    const tasks = main.filter((e) => e.ph === 'X' && /^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name) && (e.dur ?? 0) >= 500 && e.ts >= nav - 5000);
    let lastEnd = 0;
    for (const t of tasks) {
      if (t.ts < lastEnd) continue; // nested RunTask
      lastEnd = t.ts + (t.dur ?? 0);
      console.log(`  ${at(t.ts)} +${((t.dur ?? 0) / 1000).toFixed(1).padStart(5)}  ${inside(t, main)}`);
    }
    console.log('marks:', marks.map((m) => `${m.name.replace('crlens:', '')} ${at(m.ts).trim()}`).join(', '));
    // Resource loads seen by the browser for the extension's files.
    const sends = trace.filter((e) => e.name === 'ResourceSendRequest' && /chrome-extension/.test(e.args?.data?.url ?? ''));
    const finishes = new Map(trace.filter((e) => e.name === 'ResourceFinish').map((e) => [String((e.args?.data as { requestId?: string })?.requestId), e.ts]));
    for (const s of sends) {
      const id = String((s.args?.data as { requestId?: string })?.requestId);
      const f = finishes.get(id);
      console.log(`  request ${short(s.args?.data?.url)} sent ${at(s.ts)} finished ${f ? at(f) : '?'}`);
    }
  } finally {
    await lens.close();
  }
}

await main();
