/**
 * `npm run bench:popup`: the popup's time to first results in real Chromium (navigation start → first
 * rendered event row, the `crlens:first-results` mark), median of several opens each, for
 *   (a) 'On this page' with a seed article open and already read,
 *   (b) `popup.html?q=Samarkand` on a seeded database,
 *   (c) a cold popup (`?q=Samarkand`) in a fresh profile whose database is still being seeded,
 *   (d) only with CASES containing d: a popup whose reader has 10 own events that changed since the last
 *       popup (so no stored index fits them): when its search index is ready (the `index-*` mark).
 * Needs a build (`npx wxt build`) and Chromium, so it is not part of `npm run bench`.
 * The machine is shared: the load average is printed with the numbers.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { launchLens, type LensBrowser } from '../tests/e2e/harness';
import { waitForMarks } from '../tests/e2e/content-helpers';
import { loadFixtureArticles } from '../scripts/fixture-pages';
import { newestTabId } from './newest-tab';

const RUNS = Number(process.env.RUNS ?? 7);
/** Which cases to run, e.g. CASES=ab to skip the slow cold-profile case. */
const CASES = process.env.CASES ?? 'abc';
const GOAL_MS = 100;

interface Sample {
  ms: number;
  marks: Record<string, number>;
}

async function openTimed(lens: LensBrowser, query: string, rowSelector: string): Promise<Sample> {
  const popup = await lens.context.newPage();
  try {
    await popup.goto(lens.popupUrl(query));
    await popup.waitForSelector(rowSelector, { timeout: 30000 });
    await popup.waitForFunction(() => document.documentElement.dataset.firstResultsMs !== undefined);
    return await popup.evaluate(() => ({
      ms: Number(document.documentElement.dataset.firstResultsMs),
      marks: Object.fromEntries([
        ...performance.getEntriesByType('mark').map((m) => [m.name.replace('crlens:', ''), Math.round(m.startTime)]),
        // Where the time before our script goes: the page's own response, the chunks, DOM ready.
        ...performance.getEntriesByType('navigation').flatMap((n) => {
          const t = n as PerformanceNavigationTiming;
          return [['html-received', Math.round(t.responseEnd)], ['dom-interactive', Math.round(t.domInteractive)]];
        }),
        ...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => [`loaded ${r.name.split('/').pop()!.replace(/-[\w-]+\.js$/, '')}`, Math.round((r as PerformanceResourceTiming).responseEnd)]),
      ]),
    }));
  } finally {
    await popup.close();
  }
}

/** Writes `count` own events straight into the extension's database (a changed `updatedAt` each round). */
async function putOwnEvents(lens: LensBrowser, count: number, round: number): Promise<void> {
  const p = await lens.context.newPage();
  try {
    await p.goto(lens.popupUrl());
    await p.evaluate(
      ({ count, round }) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('china-russia-lens');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction('ownEvents', 'readwrite');
            for (let i = 0; i < count; i++)
              tx.objectStore('ownEvents').put({
                id: `own-bench-${i}`,
                date: `20${10 + i}-05-0${1 + (i % 9)}`,
                kind: 'meeting',
                title: `My notes ${i}, round ${round}: Harbin trade fair and the Samarkand summit`,
                summary: 'What I read about gas, the border bridge and the foreign ministers. 我的笔记：哈尔滨。Мои заметки: Харбин.',
                entities: ['xi-jinping', 'vladimir-putin'],
                sources: [],
                own: true,
                createdAt: round,
                updatedAt: round,
              });
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { count, round },
    );
  } finally {
    await p.close();
  }
}

/** Opens the popup and waits until its search index is ready; the ms of that mark and which it was. */
async function openUntilIndexed(lens: LensBrowser): Promise<Sample & { how: string }> {
  const popup = await lens.context.newPage();
  try {
    await popup.goto(lens.popupUrl());
    const names = ['crlens:index-overlaid', 'crlens:index-built', 'crlens:index-loaded'];
    await popup.waitForFunction((names) => names.some((n) => performance.getEntriesByName(n).length > 0), names, { timeout: 30000 });
    return await popup.evaluate((names) => {
      const m = names.map((n) => performance.getEntriesByName(n)[0]).find(Boolean)!;
      const marks = Object.fromEntries(performance.getEntriesByType('mark').map((x) => [x.name.replace('crlens:', ''), Math.round(x.startTime)]));
      return { ms: m.startTime, how: m.name.replace('crlens:', ''), marks };
    }, names);
  } finally {
    await popup.close();
  }
}

async function waitSeeded(lens: LensBrowser): Promise<void> {
  const p = await lens.context.newPage();
  await p.goto(lens.popupUrl());
  await p.waitForFunction(() => /\d+ events/.test(document.querySelector('[data-testid="event-count"]')?.textContent ?? ''), null, { timeout: 30000 });
  await p.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function summarize(label: string, samples: Sample[]): { label: string; median: number } {
  const ms = samples.map((s) => s.ms);
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.marks)))];
  const marks = names
    .map((n) => ({ n, at: median(samples.map((s) => s.marks[n]).filter((x) => x !== undefined)) }))
    .sort((a, b) => a.at - b.at)
    .map(({ n, at }) => `${n} ${at.toFixed(0)}`);
  console.log(`  ${label}: median ${median(ms).toFixed(0)} ms (runs: ${ms.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`    median marks (ms from navigation start): ${marks.join(', ')}`);
  return { label, median: median(ms) };
}

export async function run(runs = RUNS) {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`\nPopup time to first results in real Chromium (goal ≤ ${GOAL_MS} ms), ${runs} runs each; load average before: ${load()}`);
  const out: { label: string; median: number }[] = [];
  const lens = await launchLens();
  try {
    await waitSeeded(lens);
    const article = loadFixtureArticles().find((a) => a.slug === 'en-tianjin-summit') ?? loadFixtureArticles()[0]!;
    const news = await lens.openPage(lens.server.url(`/article/${article.slug}.html`));
    await waitForMarks(news, 1, 20000);
    const tab = await newestTabId(lens);
    const a: Sample[] = [];
    for (let i = 0; i < runs; i++) a.push(await openTimed(lens, `?tab=${tab}`, '#page-events-list [data-event-id]'));
    out.push(summarize(`(a) 'On this page' (seed ${article.slug}, page already read)`, a));
    const b: Sample[] = [];
    for (let i = 0; i < runs; i++) b.push(await openTimed(lens, '?q=Samarkand', '#search-results [data-event-id]'));
    out.push(summarize('(b) ?q=Samarkand (seeded database)', b));
  } finally {
    await lens.close();
  }
  const c: Sample[] = [];
  for (let i = 0; i < (CASES.includes('c') ? runs : 0); i++) {
    // A fresh profile each time: the popup opens while the background is still seeding the database.
    const cold = await launchLens();
    try {
      c.push(await openTimed(cold, '?q=Samarkand', '#search-results [data-event-id]'));
    } finally {
      await cold.close();
    }
  }
  if (c.length) out.push(summarize('(c) cold: fresh profile, empty database being seeded, ?q=Samarkand', c));
  if (CASES.includes('d')) {
    const own = await launchLens();
    try {
      await waitSeeded(own);
      const d: (Sample & { how: string })[] = [];
      for (let i = 0; i < runs; i++) {
        await putOwnEvents(own, 10, i + 1);
        d.push(await openUntilIndexed(own));
      }
      const hows = [...new Set(d.map((x) => x.how))].join('/');
      out.push(summarize(`(d) 10 own events changed since the last popup: search index ready (${hows})`, d));
    } finally {
      await own.close();
    }
  }
  console.log(`  load average after: ${load()}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
