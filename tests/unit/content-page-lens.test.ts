// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { createRouter } from '../../lib/background/router';
import { makeTestDb } from './helpers/test-db';
import { PageLens, type Send } from '../../entrypoints/content/page-lens';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { extractText } from '../../entrypoints/content/extract-text';
import { pageHandlers } from '../../lib/background/page-handlers';
import { splitFeatures } from '../../entrypoints/content/analyze-text';
import { useBundledDatasetSource } from '../../lib/background/bundled-dataset';
import { dataset } from '../../data/dataset';

// The background's handlers read the build's dataset file in the extension; here the same data from data/.
useBundledDatasetSource(async () => dataset);

/** The page model against the real background handlers (real engine, real Dexie on fake-indexeddb). */
function setup(settings?: () => Promise<Settings>) {
  const scan = createScanHandlers({ db: () => makeTestDb(), settings });
  const route = createRouter({ ...scan.handlers, 'summarize-part': pageHandlers['summarize-part'] });
  const results: Array<{ count: number; sinoRussian: boolean }> = [];
  const sent: string[] = [];
  const send = (async (type: string, payload: unknown) => {
    sent.push(type);
    // The badge handler needs a tab; here we only record what the page reported.
    if (type === 'page-result') {
      results.push(payload as { count: number; sinoRussian: boolean });
      return { ok: true };
    }
    const reply = (await route({ lens: type, payload }, {})) as { ok: boolean; value: unknown; error?: string };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }) as Send;
  return { send, results, sent };
}

const ARTICLE = `<article><h1>Putin in Beijing</h1>
<p>Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit and talks with Chinese President Xi Jinping.</p>
<p>The Kremlin said the two leaders signed a joint statement on deepening the partnership between China and Russia.</p></article>`;

describe('PageLens with the real background handlers', () => {
  it('scans, classifies, follows added paragraphs, and marks nothing where the Highlight API is missing', async () => {
    document.body.innerHTML = ARTICLE;
    const { send, results } = setup();
    const lens = new PageLens(send, DEFAULT_SETTINGS, 'crlens-ui');
    lens.published = '2024-05-16';
    lens.setActive(true);
    await lens.idle();
    expect(lens.summary?.sinoRussian).toBe(true);
    const ids = new Set(lens.summary!.references!.map((r) => r.entityId));
    expect(ids.has('vladimir-putin')).toBe(true);
    // jsdom has no CSS.highlights: nothing is marked, and the badge is told so.
    expect(lens.marks).toEqual([]);
    expect(results.at(-1)).toEqual({ count: 0, sinoRussian: true });

    const p = document.createElement('p');
    p.textContent = 'Sergey Lavrov met Wang Yi the next day.';
    document.querySelector('article')!.append(p);
    await lens.handleMutations({ full: false, roots: [p], removed: false });
    const texts = lens.summary!.references!.map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Wang Yi']));
    // Page-wide offsets of the new paragraph map back to its own text.
    const lavrov = lens.summary!.references!.find((r) => r.text === 'Sergey Lavrov')!;
    expect(lens.text.rangeFor(lavrov.start, lavrov.end)!.toString()).toBe('Sergey Lavrov');
    expect(lens.text.segments.length).toBe(2);
  });

  it('text changes with nothing of ours in them do not ask the background to summarize again', async () => {
    document.body.innerHTML = `${ARTICLE}<p id="clock">Updated 10:01</p>`;
    const { send, sent } = setup();
    const lens = new PageLens(send, DEFAULT_SETTINGS, 'crlens-ui');
    lens.setActive(true);
    await lens.idle();
    const summaries = () => sent.filter((t) => t === 'summarize-page').length;
    const before = summaries();
    const clock = document.getElementById('clock')!;
    clock.firstChild!.textContent = 'Updated 10:02';
    await lens.handleMutations({ full: false, roots: [clock], removed: false });
    expect(summaries()).toBe(before);
    clock.firstChild!.textContent = 'Updated: Sergey Lavrov arrives';
    await lens.handleMutations({ full: false, roots: [clock], removed: false });
    expect(summaries()).toBe(before + 1);
    expect(lens.summary!.references!.map((r) => r.text)).toContain('Sergey Lavrov');
  });

  it('coalesces mutation batches that arrive while a scan runs, and survives off/on with work queued', async () => {
    document.body.innerHTML = ARTICLE;
    const { send, sent } = setup();
    const lens = new PageLens(send, DEFAULT_SETTINGS, 'crlens-ui');
    lens.setActive(true);
    await lens.idle();
    const count = (t: string) => sent.filter((x) => x === t).length;
    // A full scan of this one-chunk page asks for its summary with its features ('scan-page').
    const summaryTrips = () => count('summarize-page') + count('scan-page');
    const summaries = summaryTrips();
    const article = document.querySelector('article')!;
    const add = (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
      return p;
    };
    // Three batches before the queued scan starts: one scan, one summary.
    void lens.handleMutations({ full: false, roots: [add('Sergey Lavrov arrived.')], removed: false });
    void lens.handleMutations({ full: false, roots: [add('Wang Yi met him.')], removed: false });
    await lens.handleMutations({ full: false, roots: [add('Li Qiang spoke.')], removed: false });
    await lens.idle();
    expect(summaryTrips() - summaries).toBe(1);
    expect(lens.summary!.references!.map((r) => r.text)).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Wang Yi', 'Li Qiang']));
    // A full scan queued first covers batches that arrive behind it.
    void lens.fullScan();
    void lens.fullScan();
    await lens.handleMutations({ full: false, roots: [add('Yang Jiechi too.')], removed: false });
    await lens.idle();
    expect(summaryTrips() - summaries).toBe(2);
    expect(lens.summary!.references!.map((r) => r.text)).toContain('Yang Jiechi');
    // Off with a full scan queued, then on again: the lens still scans.
    void lens.fullScan();
    lens.setActive(false);
    lens.setActive(true);
    await lens.idle();
    expect(lens.summary?.sinoRussian).toBe(true);
  });

  it('on big pages, updates extend the last summary without a round trip; the full summary follows later', async () => {
    document.body.innerHTML = ARTICLE;
    const { send, sent } = setup();
    const lens = new PageLens(send, DEFAULT_SETTINGS, 'crlens-ui');
    lens.bigPageItems = 1; // treat this page as big
    lens.resummarizeMs = 50;
    lens.setActive(true);
    await lens.idle();
    const summaries = () => sent.filter((t) => t === 'summarize-page').length;
    const before = summaries();
    const p = document.createElement('p');
    p.textContent = 'Later Vladimir Putin met Sergey Lavrov.';
    document.querySelector('article')!.append(p);
    await lens.handleMutations({ full: false, roots: [p], removed: false });
    expect(summaries()).toBe(before);
    const texts = () => lens.summary!.references!.map((r) => r.text);
    // Putin is already resolved on the page: his new mention counts at once; Lavrov waits for the summary.
    expect(texts().filter((t) => t === 'Vladimir Putin')).toHaveLength(2);
    expect(texts()).not.toContain('Sergey Lavrov');
    for (const r of lens.summary!.references!) expect(lens.text.rangeFor(r.start, r.end)!.toString()).toBe(r.text);
    await new Promise((r) => setTimeout(r, 120));
    await lens.idle();
    expect(summaries()).toBe(before + 1);
    expect(texts()).toContain('Sergey Lavrov');
  });

  it('big summaries travel in parts and come back the same as in one message', async () => {
    document.body.innerHTML = ARTICLE;
    const whole = setup();
    const one = new PageLens(whole.send, DEFAULT_SETTINGS, 'crlens-ui');
    // Both through 'analyze-chunk' + 'summarize-page' (a page of several chunks); 'scan-page' is tested below.
    one.wholeChars = 0;
    one.setActive(true);
    await one.idle();
    expect(whole.sent).toContain('summarize-page');
    const parted = setup();
    const many = new PageLens(parted.send, DEFAULT_SETTINGS, 'crlens-ui');
    many.wholeChars = 0;
    many.partItems = 2;
    many.setActive(true);
    await many.idle();
    expect(parted.sent.filter((t) => t === 'summarize-part').length).toBeGreaterThan(3);
    expect(parted.sent).not.toContain('summarize-page');
    expect(many.summary!.references).toEqual(one.summary!.references);
    expect(many.summary!.events.map((e) => e.id)).toEqual(one.summary!.events.map((e) => e.id));
    expect(many.summary!.sinoRussian).toBe(true);
  });

  it('a one-chunk page gets features and summary in one round trip, the same as in two', async () => {
    document.body.innerHTML = ARTICLE;
    const twoTrips = setup();
    const two = new PageLens(twoTrips.send, DEFAULT_SETTINGS, 'crlens-ui');
    two.wholeChars = 0;
    two.published = '2024-05-16';
    two.setActive(true);
    await two.idle();
    const oneTrip = setup();
    const one = new PageLens(oneTrip.send, DEFAULT_SETTINGS, 'crlens-ui');
    one.published = '2024-05-16';
    one.setActive(true);
    await one.idle();
    expect(oneTrip.sent.filter((t) => t !== 'page-result')).toEqual(['scan-page']);
    expect(twoTrips.sent.filter((t) => t !== 'page-result')).toEqual(['analyze-chunk', 'summarize-page']);
    expect(one.features).toEqual(two.features);
    expect(one.summary).toEqual(two.summary);
    expect(one.summary!.sinoRussian).toBe(true);
    expect(one.summary!.references!.length).toBeGreaterThan(2);
    // The regions went with it: the summary was judged on the article, as in two trips.
    expect(one.summary!.judged).toEqual(two.summary!.judged);
    expect(oneTrip.results.at(-1)).toEqual(twoTrips.results.at(-1));
  });

  it('an early scan (before the settings are read) is the first scan: one round trip, the same answer', async () => {
    document.body.innerHTML = ARTICLE;
    const plain = setup();
    const a = new PageLens(plain.send, DEFAULT_SETTINGS, 'crlens-ui');
    a.published = '2024-05-16';
    a.prepare();
    a.setActive(true);
    await a.idle();
    const early = setup();
    const b = new PageLens(early.send, DEFAULT_SETTINGS, 'crlens-ui');
    b.published = '2024-05-16';
    b.prepare();
    b.prescan('example.org');
    // Asked before the lens is switched on (the settings read), and taken by the first scan: no second trip.
    for (let i = 0; i < 100 && !early.sent.includes('scan-page'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(early.sent).toEqual(['scan-page']);
    b.setActive(true);
    await b.idle();
    expect(early.sent.filter((t) => t !== 'page-result')).toEqual(['scan-page']);
    expect(b.features).toEqual(a.features);
    expect(b.summary).toEqual(a.summary);
    expect(b.summary!.references!.length).toBeGreaterThan(2);
  });

  it("an early scan where the background's settings say 'off' reads nothing; a page whose own settings say 'on' asks again", async () => {
    document.body.innerHTML = ARTICLE;
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] };
    const scan = createScanHandlers({ db: () => makeTestDb(), settings: async () => off });
    const route = createRouter(scan.handlers);
    const answer = (await route({ lens: 'scan-page', payload: { text: 'Putin met Xi Jinping in Beijing.', site: 'example.org' } }, {})) as { ok: boolean; value: unknown };
    expect(answer).toEqual({ ok: true, value: { off: true } });
    // Nothing was read or built for it.
    expect(scan.isReady()).toBe(false);
    const paused = createScanHandlers({ db: () => makeTestDb(), settings: async () => ({ ...DEFAULT_SETTINGS, paused: true }) });
    expect(await createRouter(paused.handlers)({ lens: 'scan-page', payload: { text: 'Putin met Xi Jinping in Beijing.', site: 'other.org' } }, {})).toEqual({ ok: true, value: { off: true } });
    // Without `site` (the page read its settings and they say 'on') the scan is answered.
    const asked = (await route({ lens: 'scan-page', payload: { text: 'Putin met Xi Jinping in Beijing.' } }, {})) as { value: { features: { references: unknown[] } } };
    expect(asked.value.features.references.length).toBeGreaterThan(1);

    // The page: the background (its cache not yet told of a change) says 'off', the page's own settings say 'on'.
    const stale = setup(async () => off);
    const lens = new PageLens(stale.send, DEFAULT_SETTINGS, 'crlens-ui');
    lens.published = '2024-05-16';
    lens.prepare();
    lens.prescan('example.org');
    lens.setActive(true);
    await lens.idle();
    expect(stale.sent.filter((t) => t !== 'page-result')).toEqual(['scan-page', 'scan-page']);
    expect(lens.summary!.sinoRussian).toBe(true);
    expect(lens.summary!.references!.length).toBeGreaterThan(2);
  });

  it('splitFeatures keeps every item once, in order, at most `max` per part', () => {
    const f = { references: [1, 2, 3, 4, 5].map((i) => ({ text: 'x', start: i, end: i + 1, entityId: 'e', lang: 'en' as const })), dates: [], cues: [], length: 9 };
    const parts = splitFeatures(f, 2);
    expect(parts.map((p) => p.references.length)).toEqual([2, 2, 1]);
    expect(parts.flatMap((p) => p.references)).toEqual(f.references);
  });

  it('turning the lens off cancels work in flight and forgets the page', async () => {
    document.body.innerHTML = ARTICLE;
    const { send, sent } = setup();
    const lens = new PageLens(send, DEFAULT_SETTINGS, 'crlens-ui');
    lens.setActive(true);
    lens.setActive(false);
    await lens.idle();
    expect(lens.summary).toBeNull();
    expect(lens.text.segments).toEqual([]);
    expect(sent).not.toContain('summarize-page');
  });

  it('reads nothing from our own host, form fields or scripts', () => {
    document.body.innerHTML = `${ARTICLE}<crlens-ui>Vladimir Putin</crlens-ui><textarea>Xi Jinping</textarea>`;
    const lens = new PageLens(setup().send, DEFAULT_SETTINGS, 'crlens-ui');
    const text = extractText(document.body, lens.skip).text;
    expect(text.match(/Vladimir Putin/g)).toHaveLength(1);
    expect(text.match(/Xi Jinping/g)).toHaveLength(1);
  });
});
