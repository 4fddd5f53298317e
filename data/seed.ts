/**
 * Idempotent seeding: the bundled dataset is written when the database's recorded
 * dataset version differs from the bundled one. Only bundled tables are replaced.
 */
import type { Dataset } from '../core/types';
import type { LensDB } from './db';
import { bundledCounts, writeBundled } from './bundled-store';
import { flagOrphans } from './user-data/flag-orphans';
import { followRenames, ID_RENAMES, type IdRenames } from './user-data/follow-renames';

export const DATASET_VERSION_KEY = 'datasetVersion';

export interface SeedResult {
  seeded: boolean;
  version: string;
  events: number;
  entities: number;
}

/**
 * `data`: the dataset, or a way to get it when the database turns out not to be current (the background
 * reads its dataset file only then). It is got before the transaction: a transaction that waits for
 * anything but the database ends on its own.
 */
export async function seedDatabase(db: LensDB, data: Dataset | (() => Promise<Dataset>), version: string, renames: IdRenames = ID_RENAMES): Promise<SeedResult> {
  const rows = typeof data !== 'function' ? data : (await db.meta.get(DATASET_VERSION_KEY))?.value === version ? undefined : await data();
  // One transaction over bundled and reader tables: a failed reseed leaves the old dataset and every
  // reader row exactly as they were.
  return db.transaction('rw', [db.bundledParts, db.meta, db.notes, db.saved, db.ownEvents, db.feedback], async () => {
    const current = await db.meta.get(DATASET_VERSION_KEY);
    if (current?.value === version) return { seeded: false, version, ...(await bundledCounts(db)) };
    // Current a moment ago and not now: only another seeding could do that; ours does not write half a dataset.
    if (!rows) throw new Error('The dataset in the database changed while it was being checked; try again');
    // A few large records, not one per row (data/bundled-store.ts: in Chrome records, not bytes, cost).
    await writeBundled(db, rows);
    await db.meta.put({ key: DATASET_VERSION_KEY, value: version });
    await followRenames(db, renames);
    // The ids just written, so the parts need not be read back.
    await flagOrphans(db, { events: rows.events.map((e) => e.id), entities: rows.entities.map((e) => e.id) });
    return { seeded: true, version, events: rows.events.length, entities: rows.entities.length };
  });
}
