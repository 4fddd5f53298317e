import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extensionDir, launchLens, type LensBrowser } from './harness';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { dataset } from '../../data/dataset';

describe('the extension in real Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('loads, with a service worker and only the permissions it uses', () => {
    expect(lens.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('keeps the dataset out of the scripts: the background reads it from the file the build ships', () => {
    const content = readFileSync(join(extensionDir, 'content-scripts', 'content.js'), 'utf8');
    const background = readFileSync(join(extensionDir, 'background.js'), 'utf8');
    const file = gunzipSync(readFileSync(join(extensionDir, 'dataset.json.gz'))).toString('utf8');
    const sample = dataset.events.filter((_, i) => i % 50 === 0).map((e) => e.id);
    expect(sample.filter((id) => file.includes(id)).length).toBe(sample.length);
    expect(sample.filter((id) => background.includes(id))).toEqual([]);
    expect(sample.filter((id) => content.includes(id))).toEqual([]);
    // The background's code alone: it is compiled on every wake of the worker.
    expect(background.length).toBeLessThan(600_000);
    // The interface catalogues are there (three languages), but no dataset text: it stays small.
    expect(content.length).toBeLessThan(200_000);
  });

  it('the background answers from its Dexie database with the bundled counts', async () => {
    // The popup page shares the extension origin; it asks the background exactly as a content script does.
    const page = await lens.context.newPage();
    await page.goto(lens.popupUrl());
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ lens: 'ping', payload: {} }))) as {
      ok: boolean;
      value: { events: number; entities: number; datasetVersion: string };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.events).toBe(dataset.events.length);
    expect(reply.value.entities).toBe(dataset.entities.length);
    await page.close();
  });

  it('runs the content script on a fixture news page and it reaches the background', async () => {
    const [article] = loadFixtureArticles();
    expect(article).toBeDefined();
    const page = await lens.openPage(lens.server.url(`/article/${article!.slug}.html`));
    // Marks appear only after the background's engine answered the content script.
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('crlens-')), null, { timeout: 20000 });
    // Ask the content script what it found, from an extension page (the popup's own path).
    const popup = await lens.context.newPage();
    await popup.goto(lens.popupUrl());
    const state = (await popup.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.filter((t) => !t.url?.startsWith('chrome-extension:')).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
      return chrome.tabs.sendMessage(tab!.id!, { lens: "page-state" }).then((r) => ({ r, url }));
    }, page.url())) as { r: { enabled: boolean; sinoRussian: boolean; analysis: { events: { id: string }[] } | null } };
    expect(state.r.enabled).toBe(true);
    expect(state.r.sinoRussian).toBe(true);
    expect(state.r.analysis?.events.length).toBeGreaterThan(0);
    for (const e of state.r.analysis!.events) expect(dataset.events.some((d) => d.id === e.id)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('made no network request beyond 127.0.0.1 and the extension', () => {
    expect(lens.externalRequests()).toEqual([]);
  });
});
