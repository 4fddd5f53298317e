import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LensDB } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { buildV1, V1_ROWS } from '../fixtures/db-versions/v1';
import { buildV2, V2_ROWS } from '../fixtures/db-versions/v2';
import { buildV3, V3_ROWS } from '../fixtures/db-versions/v3';
import { buildV4, V4_ROWS } from '../fixtures/db-versions/v4';
import { saveQuote } from '../../data/user-data/quotes';
import { feedbackFor, setFeedback } from '../../data/user-data/feedback';
import { tinyDataset } from './helpers/test-db';

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

  it('to version 4: the bundled tables lose their unused indexes, every row (bundled and the reader\'s) is kept', async () => {
    const indexedDB = new IDBFactory();
    await buildV3('lens-v3-to-4', { indexedDB, IDBKeyRange });
    const db = new LensDB('lens-v3-to-4', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(db.events.schema.indexes).toEqual([]);
    expect(db.entities.schema.indexes).toEqual([]);
    // The bundled rows survive the index drop until the next seed replaces them.
    expect(await db.events.toArray()).toEqual(V3_ROWS.events);
    expect(await db.entities.toArray()).toEqual(V3_ROWS.entities);
    for (const table of ['ownEvents', 'notes', 'saved', 'feedback', 'quotes'] as const) expect(await db[table].count()).toBe(V3_ROWS[table].length);
    // The reader's own events keep theirs: the own-event list and the picker query them.
    expect(await db.ownEvents.where('entities').equals('xi-jinping').primaryKeys()).toEqual(['own-2019-x-1']);
    await seedDatabase(db, tinyDataset, 'next');
    expect(await db.events.get(tinyDataset.events[0].id)).toEqual(tinyDataset.events[0]);
    expect(await db.quotes.count()).toBe(V3_ROWS.quotes.length);
    db.close();
  });

  it('from version 4', async () => {
    const indexedDB = new IDBFactory();
    await buildV4('lens-v4', { indexedDB, IDBKeyRange });
    const db = new LensDB('lens-v4', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.quotes.toArray()).toEqual(V4_ROWS.quotes);
    expect(await db.events.bulkGet(V4_ROWS.events.map((e) => e.id))).toEqual(V4_ROWS.events);
    await seedDatabase(db, tinyDataset, 'next');
    expect(await db.notes.count()).toBe(V4_ROWS.notes.length);
    expect(await db.ownEvents.count()).toBe(V4_ROWS.ownEvents.length);
    db.close();
  });
});
