import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME } from '../../data/db';
import { LENS_DB_NAME, readRaw } from '../../entrypoints/popup/early-db-read';
import { makeTestDb } from './helpers/test-db';
import { seedDatabase } from '../../data/seed';
import { bundledEntities, bundledEvents } from '../../data/bundled-store';
import { loadLensData, prepareWhenIdle } from '../../entrypoints/popup/load-lens-data';
import { SEARCH_INDEX_KEY, storeIndex } from '../../entrypoints/popup/search-index-cache';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';
import type { EventSearch } from '../../lib/search/event-search';

const noPing = () => Promise.resolve(undefined as never);
const answers = (s: EventSearch) =>
  ['samarkand', 'samarcand', 'Путин', '普京', '上合', 'sa'].map((q) => s.search(q, {}, Infinity).hits.map((h) => `${h.event.id} ${h.score.toFixed(6)}`));

describe('the popup’s stored search index', () => {
  it('is stored after a build, loaded by the next popup, and answers alike', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    const first = await loadLensData(db, noPing);
    expect(first.storedIndex).toBe(false);
    await storeIndex(db, first.signature, first.search);
    const second = await loadLensData(db, noPing);
    expect(second.storedIndex).toBe(true);
    expect(answers(second.search)).toEqual(answers(first.search));
  });

  it('is ignored once the dataset version or the reader’s own events change', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    const first = await loadLensData(db, noPing);
    await storeIndex(db, first.signature, first.search);
    await db.ownEvents.put({ ...fxEvents[0], id: 'own-1', title: 'My Samarkand note', own: true, createdAt: 1, updatedAt: 1 });
    const withOwn = await loadLensData(db, noPing);
    expect(withOwn.storedIndex).toBe(false);
    // The reader's event is searchable at once, not only after a rebuild someone else triggers.
    expect(withOwn.search.search('samarkand').hits.map((h) => h.event.id)).toContain('own-1');
    await db.ownEvents.clear();
    await seedDatabase(db, { events: fxEvents.slice(1), entities: fxEntities }, 'v2');
    const reseeded = await loadLensData(db, noPing);
    expect(reseeded.storedIndex).toBe(false);
    expect(reseeded.search.byId.has(fxEvents[0].id)).toBe(false);
  });

  it('a corrupt stored row is ignored, not fatal', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    const first = await loadLensData(db, noPing);
    await db.meta.put({ key: SEARCH_INDEX_KEY, value: { signature: first.signature, json: '{not json' } });
    const again = await loadLensData(db, noPing);
    expect(again.storedIndex).toBe(false);
    expect(answers(again.search)).toEqual(answers(first.search));
  });
});

describe('the popup’s early read (plain IndexedDB, before Dexie has loaded)', () => {
  it('reads what Dexie reads, and feeds loadLensData the same data', async () => {
    const factory = new IDBFactory();
    const db = makeTestDb(factory);
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    await db.ownEvents.put({ ...fxEvents[0], id: 'own-1', title: 'My Samarkand note', own: true, createdAt: 1, updatedAt: 1 });
    const viaDexie = await loadLensData(db, noPing);
    await storeIndex(db, viaDexie.signature, viaDexie.search);
    const raw = await readRaw(db.name, factory);
    expect(raw).not.toBeNull();
    expect(raw!.events).toEqual(await bundledEvents(db));
    expect(raw!.entities).toEqual(await bundledEntities(db));
    expect(raw!.own).toEqual(await db.ownEvents.toArray());
    expect(raw!.version?.value).toBe('v1');
    const viaRaw = await loadLensData(db, noPing, Promise.resolve(raw));
    expect(viaRaw.storedIndex).toBe(true);
    expect(viaRaw.signature).toBe(viaDexie.signature);
    expect(answers(viaRaw.search)).toEqual(answers(viaDexie.search));
    // Dexie can still open and write afterwards: the raw connection was closed.
    await db.meta.put({ key: 'probe', value: 1 });
  });

  it('never creates the database, and names the same database as data/db.ts', async () => {
    const factory = new IDBFactory();
    expect(await readRaw('no-such-db', factory)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain('no-such-db');
    expect(LENS_DB_NAME).toBe(DB_NAME);
  });
});

describe('the popup’s stored search index, in its compact form', () => {
  it('is stored as typed arrays, not a JSON string, and the next popup loads rather than builds it', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    const first = await loadLensData(db, noPing);
    await storeIndex(db, first.signature, first.search);
    const row = (await db.meta.get(SEARCH_INDEX_KEY))!.value as { index: { text: { docs: unknown } } };
    expect(row.index.text.docs).toBeInstanceOf(Uint32Array);
    const second = await loadLensData(db, noPing);
    expect(answers(second.search)).toEqual(answers(first.search));
    expect(second.search.preparedFrom).toBe('stored');
  });

  it('a stored index that is corrupt inside is dropped: the popup builds, answers alike, and stores a good one', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    await db.ownEvents.put({ ...fxEvents[0], id: 'own-1', title: 'My Samarkand note', own: true, createdAt: 1, updatedAt: 1 });
    const first = await loadLensData(db, noPing);
    await storeIndex(db, first.signature, first.search);
    const row = (await db.meta.get(SEARCH_INDEX_KEY))!.value as { signature: string; index: { text: { docs: Uint32Array } } };
    row.index.text.docs = row.index.text.docs.subarray(0, 3);
    await db.meta.put({ key: SEARCH_INDEX_KEY, value: row });
    const again = await loadLensData(db, noPing);
    expect(answers(again.search)).toEqual(answers(first.search));
    expect(again.search.preparedFrom).toBe('built');
    // The reader's own event is still there and found: nothing of theirs depends on the stored index.
    expect(again.search.search('samarkand').hits.map((h) => h.event.id)).toContain('own-1');
    expect(await db.ownEvents.count()).toBe(1);
    prepareWhenIdle(again, db);
    await vi.waitFor(async () => {
      const third = await loadLensData(db, noPing);
      third.search.prepare();
      expect(third.search.preparedFrom).toBe('stored');
    }, { timeout: 5000 });
  });
});
