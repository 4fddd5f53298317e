import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyChunkFiles } from '../../scripts/preload-lazy-chunks';
import { getDb } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';

describe("popup.html's preload links for the UI chunks the entry imports later", () => {
  const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], css: string[] = []) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    dynamicImports,
    viteMetadata: { importedCss: new Set(css) },
  });
  const bundle = {
    'chunks/popup.js': chunk('chunks/popup.js', ['chunks/browser.js', 'chunks/preload-helper.js'], ['chunks/start.js'], ['assets/popup.css']),
    'chunks/start.js': chunk('chunks/start.js', ['chunks/Settings.js', 'chunks/SourceList.js', 'chunks/popup.js', 'chunks/browser.js'], ['chunks/outlets.js']),
    'chunks/Settings.js': chunk('chunks/Settings.js', ['chunks/browser.js']),
    'chunks/SourceList.js': chunk('chunks/SourceList.js', ['chunks/Settings.js'], [], ['assets/SourceList.css']),
    'chunks/outlets.js': chunk('chunks/outlets.js'),
    'chunks/browser.js': chunk('chunks/browser.js'),
    'chunks/preload-helper.js': chunk('chunks/preload-helper.js'),
    'assets/popup.css': { type: 'asset' as const, fileName: 'assets/popup.css' },
  };

  it('lists the dynamic import and its static imports once, not the entry, its own imports or what the UI loads lazily itself', () => {
    const { scripts, styles } = lazyChunkFiles(bundle['chunks/popup.js'], bundle);
    expect(scripts.sort()).toEqual(['chunks/Settings.js', 'chunks/SourceList.js', 'chunks/start.js']);
    expect(styles).toEqual(['assets/SourceList.css']);
  });

  it('adds nothing for a page whose entry imports nothing later', () => {
    expect(lazyChunkFiles(bundle['chunks/Settings.js'], bundle)).toEqual({ scripts: [], styles: [] });
  });
});

describe("the popup's database read on 'On this page'", () => {
  beforeEach(async () => {
    vi.resetModules(); // read-gate.ts and early-db-read.ts hold one popup's state
    const db = getDb();
    await db.delete();
    await db.open();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'test-1');
    db.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const settled = async (p: Promise<unknown>) => {
    let done = false;
    void p.then(() => (done = true));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    return done;
  };

  it('waits until the page is shown (openReadGate), then reads every event', async () => {
    const gate = await import('../../entrypoints/popup/read-gate');
    const early = await import('../../entrypoints/popup/early-db-read');
    const open = vi.spyOn(indexedDB, 'open');
    gate.armReadGate('?tab=3');
    early.startEarlyRead(gate.readGate);
    const read = early.takeEarlyRead()!;
    expect(await settled(read)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    gate.openReadGate();
    expect((await read)?.events.map((e) => e.id).sort()).toEqual(fxEvents.map((e) => e.id).sort());
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });

  it(`reads anyway after GATE_MS when the page's answer is slow`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const gate = await import('../../entrypoints/popup/read-gate');
    gate.armReadGate('');
    expect(await settled(gate.readGate)).toBe(false);
    vi.advanceTimersByTime(gate.GATE_MS);
    expect(await settled(gate.readGate)).toBe(true);
  });

  it('reads at once for a search or an entity view, whose first rows need the data', async () => {
    for (const search of ['?q=Samarkand', '?entity=vladimir-putin']) {
      vi.resetModules();
      const gate = await import('../../entrypoints/popup/read-gate');
      gate.armReadGate(search);
      expect(await settled(gate.readGate), search).toBe(true);
    }
  });
});

describe("the popup's settings, asked for by the entry chunk", () => {
  it('are there for the first render once they have arrived, and handed over once', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.reset();
    const { updateSettings } = await import('../../lib/settings');
    await updateSettings((s) => ({ ...s, theme: 'dark', paused: true }));
    vi.resetModules();
    const early = await import('../../entrypoints/popup/settings-request');
    expect(early.peekEarlySettings()).toBeNull();
    early.prefetchSettings();
    await vi.waitFor(() => expect(early.peekEarlySettings()).toMatchObject({ theme: 'dark', paused: true }));
    const shown = early.peekEarlySettings();
    // useSettings' effect gets the very object the first render drew with: setting it again draws nothing.
    expect(await early.takeEarlySettings()).toBe(shown);
    expect(early.takeEarlySettings()).toBeNull();
  });
});
