import { beforeEach, describe, expect, it } from 'vitest';
import type { LensDB } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { bundledCounts, bundledEvent, bundledEvents } from '../../data/bundled-store';
import { getNote, saveNote } from '../../data/user-data/notes';
import { isSaved, toggleSaved } from '../../data/user-data/saved';
import { deleteOwnEvent, listOwnEvents, saveOwnEvent } from '../../data/user-data/own-events';
import { ValidationError } from '../../data/user-data/problems';
import { makeTestDb, tinyDataset } from './helpers/test-db';

describe('notes, stars and own events', () => {
  let db: LensDB;
  beforeEach(async () => {
    db = makeTestDb();
    await seedDatabase(db, tinyDataset, 'v1');
  });

  it('saves, updates and deletes a note, keeping its creation time', async () => {
    const target = { type: 'event' as const, id: '2022-09-15-samarkand' };
    await saveNote(db, target, 'first', 1000);
    const updated = await saveNote(db, target, 'second', 2000);
    expect(updated).toMatchObject({ text: 'second', createdAt: 1000, updatedAt: 2000 });
    expect((await getNote(db, target))?.text).toBe('second');
    await saveNote(db, target, '   ', 3000);
    expect(await getNote(db, target)).toBeUndefined();
  });

  it('refuses an over-long note with a clear message', async () => {
    await expect(saveNote(db, { type: 'entity', id: 'xi-jinping' }, 'x'.repeat(20001))).rejects.toThrow(/at most 20000 characters/);
  });

  it('toggles a star', async () => {
    expect(await toggleSaved(db, '2023-03-20-moscow')).toBe(true);
    expect(await isSaved(db, '2023-03-20-moscow')).toBe(true);
    expect(await toggleSaved(db, '2023-03-20-moscow')).toBe(false);
    expect(await isSaved(db, '2023-03-20-moscow')).toBe(false);
  });

  it('adds an own event with a generated id and flags entities the dataset lacks', async () => {
    const e = await saveOwnEvent(db, { date: '2024-05', kind: 'trade', title: 'Trade fair', summary: 'My note of a fair.', entities: ['xi-jinping', 'no-such-entity'], sources: ['https://example.org/fair'] }, 5000);
    expect(e.id).toMatch(/^own-2024-05-trade-fair-/);
    expect(e.own).toBe(true);
    expect(e.orphanedEntities).toEqual(['no-such-entity']);
    expect((await listOwnEvents(db)).map((x) => x.id)).toEqual([e.id]);
  });

  it('rejects an invalid own event, naming each bad field, and writes nothing', async () => {
    const bad = { date: '2024-13-40', kind: 'party', title: '<b>x</b>', summary: '', entities: [], sources: ['javascript:alert(1)'] } as never;
    const err = await saveOwnEvent(db, bad).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const paths = (err as ValidationError).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['event.date', 'event.kind', 'event.title', 'event.sources[0]']));
    expect(await db.ownEvents.count()).toBe(0);
  });

  it('deleting an own event removes its note and star with it', async () => {
    const e = await saveOwnEvent(db, { date: '2024', kind: 'culture', title: 'Film week', summary: '', entities: [], sources: [] });
    await saveNote(db, { type: 'event', id: e.id }, 'seen it');
    await toggleSaved(db, e.id);
    await deleteOwnEvent(db, e.id);
    expect(await db.ownEvents.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.saved.count()).toBe(0);
  });
});

describe('dataset upgrades keep every reader row', () => {
  it('reseeds on a new version, keeps notes, stars and own events, and flags (not drops) orphans', async () => {
    const db = makeTestDb();
    await seedDatabase(db, tinyDataset, 'v1');
    await saveNote(db, { type: 'event', id: '2022-09-15-samarkand' }, 'note on a bundled event');
    await saveNote(db, { type: 'entity', id: 'samarkand' }, 'note on an entity');
    await toggleSaved(db, '2022-09-15-samarkand');
    const own = await saveOwnEvent(db, { date: '2022', kind: 'trade', title: 'Mine', summary: '', entities: ['samarkand'], sources: [] });

    // v2 renames the Samarkand event and drops the Samarkand entity.
    const v2 = {
      entities: tinyDataset.entities.filter((e) => e.id !== 'samarkand'),
      events: tinyDataset.events.map((e) => (e.id === '2022-09-15-samarkand' ? { ...e, id: '2022-09-15-xi-putin-samarkand', entities: ['xi-jinping', 'vladimir-putin'] } : e)),
    };
    const result = await seedDatabase(db, v2, 'v2');
    expect(result.seeded).toBe(true);
    expect(await bundledEvent(db, '2022-09-15-samarkand')).toBeUndefined();
    expect(await bundledEvent(db, '2022-09-15-xi-putin-samarkand')).toMatchObject({ id: '2022-09-15-xi-putin-samarkand' });
    expect(await db.notes.count()).toBe(2);
    expect((await db.notes.get('event:2022-09-15-samarkand'))?.orphaned).toBe(true);
    expect((await db.notes.get('entity:samarkand'))?.orphaned).toBe(true);
    expect((await db.saved.get('2022-09-15-samarkand'))?.orphaned).toBe(true);
    expect((await db.ownEvents.get(own.id))?.orphanedEntities).toEqual(['samarkand']);

    // Seeding the same version again is a no-op; going back to v1 clears the flags.
    expect((await seedDatabase(db, v2, 'v2')).seeded).toBe(false);
    await seedDatabase(db, tinyDataset, 'v1');
    expect((await db.notes.get('event:2022-09-15-samarkand'))?.orphaned).toBeUndefined();
    expect((await db.saved.get('2022-09-15-samarkand'))?.orphaned).toBeUndefined();
    expect((await db.ownEvents.get(own.id))?.orphanedEntities).toBeUndefined();
  });

  it('a reseed that fails part-way leaves the old dataset and reader rows untouched', async () => {
    const db = makeTestDb();
    await seedDatabase(db, tinyDataset, 'v1');
    await saveNote(db, { type: 'event', id: '2023-03-20-moscow' }, 'keep me');
    const broken = { entities: tinyDataset.entities, events: [...tinyDataset.events, { id: undefined } as never] };
    await expect(seedDatabase(db, broken, 'v2')).rejects.toThrow();
    expect(await bundledCounts(db)).toEqual({ events: 2, entities: tinyDataset.entities.length });
    expect((await bundledEvents(db)).map((e) => e.id)).toEqual(tinyDataset.events.map((e) => e.id).sort());
    expect((await db.meta.get('datasetVersion'))?.value).toBe('v1');
    expect((await db.notes.get('event:2023-03-20-moscow'))?.text).toBe('keep me');
  });
});
