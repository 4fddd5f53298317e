import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { LensDB } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { buildV1, V1_ROWS } from '../fixtures/db-versions/v1';
import { buildV2, V2_ROWS } from '../fixtures/db-versions/v2';
import { buildV3, V3_ROWS } from '../fixtures/db-versions/v3';
import { buildV4, V4_ROWS } from '../fixtures/db-versions/v4';
import { buildV5, V5_ROWS } from '../fixtures/db-versions/v5';
import { bundledCounts, eventsByIds, readBundled } from '../../data/bundled-store';
import { saveQuote } from '../../data/user-data/quotes';
import { feedbackFor, setFeedback } from '../../data/user-data/feedback';
import { tinyDataset } from './helpers/test-db';

const sortedById = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Each shipped schema version: build a database as it was, open it with today's code, and check every reader row. */
describe('schema migrations keep every reader row', () => {
  it('from version 1', async () => {
    const indexedDB = new IDBFactory();
    await buildV1('lens-v1', { indexedDB, IDBKeyRange });
    const db = new LensDB('lens-v1', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await db.ownEvents.toArray()).toEqual(expect.arrayContaining(V1_ROWS.ownEvents.map((r) => expect.objectContaining(r))));
    expect(await db.ownEvents.count()).toBe(V1_ROWS.ownEvents.length);
    expect(await db.notes.toArray()).toEqual([...V1_ROWS.notes].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.saved.toArray()).toEqual(V1_ROWS.saved);

    // The new code then seeds its own dataset over the old one: reader rows survive that too.
    const seeded = await seedDatabase(db, tinyDataset, 'next');
    expect(seeded.seeded).toBe(true);
    expect(await db.notes.count()).toBe(V1_ROWS.notes.length);
    expect(await db.saved.count()).toBe(V1_ROWS.saved.length);
    expect(await db.ownEvents.count()).toBe(V1_ROWS.ownEvents.length);
    // Indexes work after the upgrade: own events are found by entity, notes by target.
    expect(await db.ownEvents.where('entities').equals('xi-jinping').primaryKeys()).toEqual(['own-2019-x-1']);
    expect(await db.notes.where('[targetType+targetId]').equals(['entity', 'xi-jinping']).count()).toBe(1);
    // Version 2's feedback table exists, empty, and takes the reader's verdicts.
    expect(await db.feedback.count()).toBe(0);
    expect(await setFeedback(db, 'https://news.example/a', 'not-sino-russian', true)).toBe(true);
    expect((await feedbackFor(db, 'https://news.example/a')).notSinoRussian).toBe(true);
    // Version 3's notebook exists, empty, and keeps quotes.
    expect(await db.quotes.count()).toBe(0);
    await saveQuote(db, { text: 'q', url: 'https://news.example/a', title: 'A' });
    expect(await db.quotes.where('page').equals('https://news.example/a').count()).toBe(1);
    db.close();
  });

  it('from version 2', async () => {
    const indexedDB = new IDBFactory();
    await buildV2('lens-v2', { indexedDB, IDBKeyRange });
    const db = new LensDB('lens-v2', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.feedback.toArray()).toEqual([...V2_ROWS.feedback].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.notes.count()).toBe(V2_ROWS.notes.length);
    await seedDatabase(db, tinyDataset, 'next');
    expect(await db.feedback.count()).toBe(V2_ROWS.feedback.length);
    expect(await feedbackFor(db, 'https://news.example/world/xi-putin?utm=1#top')).toEqual({ hiddenEvents: ['2022-09-15-samarkand'], notSinoRussian: false });
    db.close();
  });

  it('from version 3', async () => {
    const indexedDB = new IDBFactory();
    await buildV3('lens-v3', { indexedDB, IDBKeyRange });
    const db = new LensDB('lens-v3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.quotes.toArray()).toEqual(V3_ROWS.quotes);
    expect(await db.feedback.count()).toBe(V3_ROWS.feedback.length);
    expect(await db.notes.count()).toBe(V3_ROWS.notes.length);
    expect(await db.ownEvents.count()).toBe(V3_ROWS.ownEvents.length);
    await seedDatabase(db, tinyDataset, 'next');
    expect(await db.quotes.count()).toBe(V3_ROWS.quotes.length);
    expect(await db.quotes.where('page').equals('https://news.example/world/xi-putin').primaryKeys()).toEqual(['q-1']);
    db.close();
  });

  // Versions 3 and 4 held the bundled dataset one row per record (events, entities); version 5 drops those tables.
  for (const [from, build, rows] of [[3, buildV3, V3_ROWS], [4, buildV4, V4_ROWS]] as const) {
    it(`from version ${from} to 5: the per-row bundled tables go, the next seed writes the parts, every reader row and other meta row is kept`, async () => {
      const indexedDB = new IDBFactory();
      const name = `lens-v${from}-to-5`;
      await build(name, { indexedDB, IDBKeyRange });
      // A meta row that is not the dataset version (the popup's stored search index) must survive the upgrade.
      const old = new Dexie(name, { indexedDB, IDBKeyRange });
      await old.open();
      await old.table('meta').put({ key: 'popupSearchIndex', value: { signature: 's', index: [1] } });
      old.close();

      const db = new LensDB(name, { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(5);
      expect(db.tables.map((t) => t.name).sort()).toEqual(['bundledParts', 'feedback', 'meta', 'notes', 'ownEvents', 'quotes', 'saved']);
      expect(db.backendDB().objectStoreNames.contains('events')).toBe(false);
      expect(db.backendDB().objectStoreNames.contains('entities')).toBe(false);
      for (const table of ['ownEvents', 'notes', 'saved', 'feedback', 'quotes'] as const) {
        expect(await db[table].count()).toBe(rows[table].length);
      }
      expect(await db.quotes.toArray()).toEqual(rows.quotes);
      expect(await db.notes.toArray()).toEqual([...rows.notes].sort((a, b) => a.id.localeCompare(b.id)));
      expect(await db.ownEvents.where('entities').equals('xi-jinping').primaryKeys()).toEqual(['own-2019-x-1']);
      // The stored dataset version is cleared with the tables it described; other meta rows stay.
      expect(await db.meta.get('datasetVersion')).toBeUndefined();
      expect((await db.meta.get('popupSearchIndex'))?.value).toEqual({ signature: 's', index: [1] });
      expect(await bundledCounts(db)).toEqual({ events: 0, entities: 0 });

      // So seeding the very version the old tables held writes the parts.
      const seeded = await seedDatabase(db, tinyDataset, rows.meta[0]!.value as string);
      expect(seeded.seeded).toBe(true);
      expect(await readBundled(db)).toEqual({ events: sortedById(tinyDataset.events), entities: sortedById(tinyDataset.entities) });
      expect(await bundledCounts(db)).toEqual({ events: tinyDataset.events.length, entities: tinyDataset.entities.length });
      for (const table of ['ownEvents', 'notes', 'saved', 'feedback', 'quotes'] as const) {
        expect(await db[table].count()).toBe(rows[table].length);
      }
      db.close();
    });
  }

  it('from version 5', async () => {
    const indexedDB = new IDBFactory();
    await buildV5('lens-v5', { indexedDB, IDBKeyRange });
    const db = new LensDB('lens-v5', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.quotes.toArray()).toEqual(V5_ROWS.quotes);
    expect(await db.meta.toArray()).toEqual(V5_ROWS.meta);
    expect(await readBundled(db)).toEqual({ events: V5_ROWS.bundledParts[0]!.rows, entities: V5_ROWS.bundledParts[1]!.rows });
    expect(await eventsByIds(db, ['2022-09-15-samarkand', 'nope'])).toEqual([V5_ROWS.bundledParts[0]!.rows[0], undefined]);
    // Same dataset version: nothing to do.
    expect((await seedDatabase(db, tinyDataset, 'v1-fixture')).seeded).toBe(false);
    expect(await seedDatabase(db, tinyDataset, 'next')).toMatchObject({ seeded: true, events: tinyDataset.events.length });
    expect(await db.notes.count()).toBe(V5_ROWS.notes.length);
    expect(await db.ownEvents.count()).toBe(V5_ROWS.ownEvents.length);
    expect(await db.feedback.count()).toBe(V5_ROWS.feedback.length);
    db.close();
  });
});
