/**
 * Seeding as schema 3 did it, kept for the dataset-growth bench's "before" column: the bundled dataset one
 * record per event and entity, with the secondary indexes schema 3 had, written with Dexie's bulkPut in one
 * transaction with the meta row and the orphan check (data/seed.ts before the parts store, #16).
 */
import Dexie from 'dexie';
import type { Dataset } from '../../core/types';

const SCHEMA_3 = {
  events: 'id, date, kind, *entities',
  entities: 'id, type, side',
  meta: 'key',
  ownEvents: 'id, date, kind, *entities, updatedAt',
  notes: 'id, [targetType+targetId], updatedAt',
  saved: 'eventId, savedAt',
  feedback: 'id, page, kind, createdAt',
  quotes: 'id, page, date, createdAt',
};

export async function seedPerRow(name: string, data: Dataset, version: string): Promise<void> {
  const db = new Dexie(name);
  db.version(3).stores(SCHEMA_3);
  const t = (n: string) => db.table(n);
  await db.transaction('rw', ['events', 'entities', 'meta', 'notes', 'saved', 'ownEvents', 'feedback'], async () => {
    await t('events').clear();
    await t('entities').clear();
    await t('events').bulkPut(data.events);
    await t('entities').bulkPut(data.entities);
    await t('meta').put({ key: 'datasetVersion', value: version });
    const eventIds = new Set(await t('events').toCollection().primaryKeys());
    const entityIds = new Set(await t('entities').toCollection().primaryKeys());
    await t('notes').toCollection().modify((n: { targetType: string; targetId: string; orphaned?: boolean }) => {
      n.orphaned = !(n.targetType === 'entity' ? entityIds : eventIds).has(n.targetId);
    });
    await t('saved').toCollection().modify((s: { eventId: string; orphaned?: boolean }) => {
      s.orphaned = !eventIds.has(s.eventId);
    });
  });
  db.close();
}
