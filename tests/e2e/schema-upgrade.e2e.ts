import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser } from './harness';
import { dataset } from '../../data/dataset';
import { V4_ROWS, V4_STORES } from '../fixtures/db-versions/v4';

const DB = 'china-russia-lens';

/** Every store of the extension's database, read with the raw IndexedDB API (no Dexie). */
function readAll(page: Page): Promise<{ stores: string[]; rows: Record<string, unknown[]> }> {
  return page.evaluate(
    (name) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const tx = db.transaction(stores);
          const rows: Record<string, unknown[]> = {};
          for (const s of stores) tx.objectStore(s).getAll().onsuccess = (e) => (rows[s] = (e.target as IDBRequest<unknown[]>).result);
          tx.oncomplete = () => {
            db.close();
            ok({ stores, rows });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    DB,
  );
}

/**
 * A reader of schema 4 (the bundled dataset a record per row) updates to today's build, in real Chromium:
 * Chrome's IndexedDB drops the per-row stores, the next seed writes the parts, every reader row is kept.
 */
describe('schema 4 → 5 in real Chromium', () => {
  let lens: LensBrowser;
  let page: Page;
  beforeAll(async () => {
    lens = await launchLens();
    // An extension page that does not open the database itself (the manifest), so ours is the only connection
    // besides the background's, which Dexie closes when the database is deleted or upgraded elsewhere.
    page = await lens.context.newPage();
    await page.goto(`chrome-extension://${lens.extensionId}/manifest.json`);
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('drops the per-row tables, reseeds as parts, keeps every reader row and other meta row', async () => {
    // Let the first seeding finish so it does not race the database built below.
    const seeded = async () => ((await readAll(page).catch(() => null))?.rows.bundledParts?.length ?? 0) > 0;
    await expect.poll(seeded, { timeout: 30000 }).toBe(true);
    // The dataset version this build seeds: the schema-4 database below claims to hold it already, so only
    // the upgrade clearing it makes the next seed write the parts.
    const current = ((await readAll(page)).rows.meta as { key: string; value: unknown }[]).find((m) => m.key === 'datasetVersion')?.value;
    expect(typeof current).toBe('string');
    const v4Rows = { ...V4_ROWS, meta: [{ key: 'datasetVersion', value: current }] };
    // Replace the database with one as schema 4 left it (Dexie's version 4 is IndexedDB version 40).
    await page.evaluate(
      ({ name, stores, rows }) =>
        new Promise<void>((ok, fail) => {
          const del = indexedDB.deleteDatabase(name);
          del.onerror = () => fail(del.error);
          del.onsuccess = () => {
            const open = indexedDB.open(name, 40);
            open.onerror = () => fail(open.error);
            open.onupgradeneeded = () => {
              const db = open.result;
              for (const [store, spec] of Object.entries(stores)) {
                const [key, ...indexes] = spec.split(',').map((s) => s.trim());
                const os = db.createObjectStore(store, { keyPath: key });
                for (const ix of indexes) {
                  const multi = ix.startsWith('*');
                  const ixName = ix.replace(/^\*/, '');
                  const path = ixName.startsWith('[') ? ixName.slice(1, -1).split('+') : ixName;
                  os.createIndex(ixName, path, { multiEntry: multi });
                }
              }
            };
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(Object.keys(rows), 'readwrite');
              for (const [store, list] of Object.entries(rows)) for (const r of list) tx.objectStore(store).put(r);
              tx.objectStore('meta').put({ key: 'popupSearchIndex', value: { signature: 'v4', index: [1] } });
              tx.oncomplete = () => {
                db.close();
                ok();
              };
              tx.onerror = () => fail(tx.error);
            };
          };
        }),
      { name: DB, stores: V4_STORES, rows: v4Rows as Record<string, unknown[]> },
    );
    const before = await readAll(page);
    expect(before.stores).toContain('events');
    expect(before.rows.events).toEqual(V4_ROWS.events);

    // Today's options page opens it with Dexie (the upgrade), and its repair button asks the background to seed.
    const options = await lens.context.newPage();
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    await options.getByTestId('recheck').click();
    await expect.poll(() => options.getByRole('status').first().textContent(), { timeout: 30000 }).toMatch(/Dataset reinstalled/);
    await options.close();

    const after = await readAll(page);
    expect(after.stores).not.toContain('events');
    expect(after.stores).not.toContain('entities');
    const parts = after.rows.bundledParts as { kind: string; rows: { id: string }[] }[];
    expect(parts.length).toBeLessThan(50);
    expect(parts.filter((p) => p.kind === 'events').flatMap((p) => p.rows.map((r) => r.id)).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    expect(parts.filter((p) => p.kind === 'entities').flatMap((p) => p.rows.map((r) => r.id)).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
    for (const store of ['ownEvents', 'notes', 'saved', 'feedback', 'quotes'] as const) {
      // Orphan flags may be added (the fixture's rows point at ids this dataset may lack); nothing is dropped.
      expect(after.rows[store]).toHaveLength(V4_ROWS[store].length);
      expect(after.rows[store]).toEqual(expect.arrayContaining(V4_ROWS[store].map((r) => expect.objectContaining(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'orphaned' && k !== 'orphanedEntities'))))));
    }
    expect((after.rows.meta as { key: string; value: unknown }[]).find((m) => m.key === 'popupSearchIndex')?.value).toEqual({ signature: 'v4', index: [1] });
    expect((after.rows.meta as { key: string; value: unknown }[]).find((m) => m.key === 'datasetVersion')?.value).toBe(current);
  });
});
