import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { seedDatabase } from '../../data/seed';
import { ID_RENAMES } from '../../data/user-data/follow-renames';
import { saveNote, getNote } from '../../data/user-data/notes';
import { toggleSaved, isSaved } from '../../data/user-data/saved';
import { feedbackFor, setFeedback } from '../../data/user-data/feedback';
import type { Dataset } from '../../core/types';
import { buildExport } from '../../data/user-data/export-file';
import { applyImport, parseImport } from '../../data/user-data/import-file';
import { makeTestDb, tinyDataset } from './helpers/test-db';

describe('data/id-renames.json', () => {
  const eventIds = new Set(dataset.events.map((e) => e.id));
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  it.each([
    ['events', ID_RENAMES.events, eventIds],
    ['entities', ID_RENAMES.entities, entityIds],
  ] as const)('%s: each old id is gone from the dataset, each new id is in it, no chains', (_, renames, ids) => {
    for (const [from, to] of Object.entries(renames)) {
      expect(ids.has(from), `${from} is still in the dataset`).toBe(false);
      expect(ids.has(to), `${to} is not in the dataset`).toBe(true);
      expect(renames[to as keyof typeof renames], `${to} is renamed again`).toBeUndefined();
    }
  });
});

describe('reseeding follows renamed ids', () => {
  // The Samarkand meeting's date was corrected: its id changed with it.
  const OLD = '2022-09-15-samarkand';
  const NEW = '2022-09-16-samarkand';
  const renamed: Dataset = {
    entities: tinyDataset.entities.map((e) => (e.id === 'samarkand' ? { ...e, id: 'samarkand-city' } : e)),
    events: tinyDataset.events.map((e) => (e.id === OLD ? { ...e, id: NEW, date: '2022-09-16', entities: ['xi-jinping', 'vladimir-putin', 'samarkand-city'] } : e)),
  };
  const renames = { events: { [OLD]: NEW }, entities: { samarkand: 'samarkand-city' } };
  const PAGE = 'https://news.example/xi-putin';

  it("moves the reader's note, star, verdict and own event's entity to the new ids, unflagged", async () => {
    const db = makeTestDb();
    await seedDatabase(db, tinyDataset, 'v1', renames);
    await saveNote(db, { type: 'event', id: OLD }, 'Check the second day.');
    await saveNote(db, { type: 'entity', id: 'samarkand' }, 'Host city.');
    await toggleSaved(db, OLD);
    await setFeedback(db, PAGE, 'not-event', true, OLD);
    await db.ownEvents.put({ id: 'own-1', own: true, date: '2022-09-15', kind: 'meeting', title: 'Side meeting', summary: '', entities: ['samarkand', 'xi-jinping'], sources: [], createdAt: 1, updatedAt: 1 });

    await seedDatabase(db, renamed, 'v2', renames);
    expect((await getNote(db, { type: 'event', id: NEW }))?.text).toBe('Check the second day.');
    expect((await getNote(db, { type: 'event', id: NEW }))?.orphaned).toBeUndefined();
    expect((await getNote(db, { type: 'entity', id: 'samarkand-city' }))?.text).toBe('Host city.');
    expect(await db.notes.count()).toBe(2);
    expect(await isSaved(db, NEW)).toBe(true);
    expect(await isSaved(db, OLD)).toBe(false);
    expect((await db.saved.get(NEW))?.orphaned).toBeUndefined();
    expect((await feedbackFor(db, PAGE)).hiddenEvents).toEqual([NEW]);
    const own = await db.ownEvents.get('own-1');
    expect(own?.entities).toEqual(['samarkand-city', 'xi-jinping']);
    expect(own?.orphanedEntities).toBeUndefined();
  });

  it('never overwrites a note already on the new id: the old one stays, flagged', async () => {
    const db = makeTestDb();
    const both: Dataset = { entities: renamed.entities, events: [...tinyDataset.events, ...renamed.events.filter((e) => e.id === NEW)] };
    await seedDatabase(db, { entities: [...tinyDataset.entities, ...renamed.entities.filter((e) => e.id === 'samarkand-city')], events: both.events }, 'v1', renames);
    await saveNote(db, { type: 'event', id: OLD }, 'Old note.');
    await saveNote(db, { type: 'event', id: NEW }, 'New note.');
    await seedDatabase(db, renamed, 'v2', renames);
    expect((await getNote(db, { type: 'event', id: NEW }))?.text).toBe('New note.');
    const old = await getNote(db, { type: 'event', id: OLD });
    expect(old?.text).toBe('Old note.');
    expect(old?.orphaned).toBe(true);
  });
});

describe('importing an export made before a rename', () => {
  it("puts the reader's note and star on the event's new id", async () => {
    const [from, to] = Object.entries(ID_RENAMES.events)[0]!;
    const event = dataset.events.find((e) => e.id === to)!;
    const db = makeTestDb();
    await seedDatabase(db, { entities: tinyDataset.entities, events: [...tinyDataset.events, { ...event, entities: [] }] }, 'v1');
    const file = await buildExport(db, {});
    file.notes = [{ id: `event:${from}`, targetType: 'event', targetId: from, text: 'From an old export.', createdAt: 1, updatedAt: 1 }];
    file.saved = [{ eventId: from, savedAt: 2 }];
    await applyImport(db, parseImport(JSON.stringify(file)));
    expect((await getNote(db, { type: 'event', id: to }))?.text).toBe('From an old export.');
    expect(await db.notes.get(`event:${from}`)).toBeUndefined();
    expect(await isSaved(db, to)).toBe(true);
    expect((await db.saved.get(to))?.orphaned).toBeUndefined();
  });
});
