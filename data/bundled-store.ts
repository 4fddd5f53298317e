/**
 * The bundled (read-only, reseeded) dataset in the database, stored as a few large records ("parts")
 * instead of one record per event and entity: in Chrome each put is one request to the IndexedDB backend
 * and one LevelDB record, and seeding cost followed the number of records, not bytes (docs/performance.md,
 * #16). Reading ~15 records is also cheaper for the popup than reading 2,000.
 *
 * Each part holds up to PART_SIZE rows of one kind, sorted by id, keyed `${kind}/${first row's id}`: the
 * part that may hold an id is the last one whose key sorts at or before `${kind}/${id}`, so a lookup by id
 * reads the part keys (keys only) and then just the parts it needs. `start` is the part's first row's
 * position in its kind, so counting reads only the last part.
 */
import type { Entity, Event } from '../core/types';
import type { BundledPart, LensDB } from './db';

export type BundledKind = 'events' | 'entities';
type RowOf<K extends BundledKind> = K extends 'events' ? Event : Entity;

/** Rows a part holds: chosen by measurement (bench/seed-chrome.ts; docs/performance.md). */
export const PART_SIZE = 200;

const prefix = (kind: BundledKind) => `${kind}/`;
/** Every key of one kind: `${kind}/` up to the highest string after it. */
const range = (kind: BundledKind): [string, string] => [prefix(kind), `${prefix(kind)}\uffff`];

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The parts a dataset is stored as (pure: the raw-IndexedDB bench writes the same rows). */
export function bundledParts(data: { events: readonly Event[]; entities: readonly Entity[] }, size = PART_SIZE): BundledPart[] {
  const parts: BundledPart[] = [];
  for (const kind of ['events', 'entities'] as const) {
    // Sorted by id (code units, as IndexedDB compares strings): what the per-row tables gave back too.
    const rows = [...(data[kind] as readonly { id: string }[])];
    // A row without an id could not be found again: refuse the whole dataset (the seeding transaction aborts).
    for (const r of rows) if (typeof r?.id !== 'string' || !r.id) throw new TypeError(`a bundled ${kind} row has no id`);
    rows.sort(byId);
    for (let start = 0; start < rows.length; start += size) {
      const slice = rows.slice(start, start + size);
      parts.push({ key: `${prefix(kind)}${slice[0]!.id}`, kind, start, rows: slice as Event[] | Entity[] });
    }
  }
  return parts;
}

/** Replaces the stored bundled dataset. Call inside a transaction that covers db.bundledParts. */
export async function writeBundled(db: LensDB, data: { events: readonly Event[]; entities: readonly Entity[] }): Promise<void> {
  await db.bundledParts.clear();
  await db.bundledParts.bulkPut(bundledParts(data));
}

/** Joins parts (any order, any mix of kinds) into each kind's rows, sorted by id. */
export function rowsFromParts(parts: readonly BundledPart[]): { events: Event[]; entities: Entity[] } {
  const sorted = [...parts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const events: Event[] = [];
  const entities: Entity[] = [];
  for (const p of sorted) {
    if (p.kind === 'events') for (const r of p.rows as Event[]) events.push(r);
    else if (p.kind === 'entities') for (const r of p.rows as Entity[]) entities.push(r);
  }
  return { events, entities };
}

/** The whole bundled dataset, in one read. */
export async function readBundled(db: LensDB): Promise<{ events: Event[]; entities: Entity[] }> {
  return rowsFromParts(await db.bundledParts.toArray());
}

async function allOf<K extends BundledKind>(db: LensDB, kind: K): Promise<RowOf<K>[]> {
  const parts = await db.bundledParts.where('key').between(...range(kind), true, true).toArray();
  return rowsFromParts(parts)[kind] as RowOf<K>[];
}

export const bundledEvents = (db: LensDB): Promise<Event[]> => allOf(db, 'events');
export const bundledEntities = (db: LensDB): Promise<Entity[]> => allOf(db, 'entities');

/** Like Dexie's bulkGet: one entry per id, in order, undefined where the bundled dataset has none. */
async function byIds<K extends BundledKind>(db: LensDB, kind: K, ids: readonly string[]): Promise<(RowOf<K> | undefined)[]> {
  if (ids.length === 0) return [];
  const keys = (await db.bundledParts.where('key').between(...range(kind), true, true).primaryKeys()) as string[];
  // The part that may hold an id: the last key at or before `${kind}/${id}` (keys come sorted).
  const partFor = (id: string): string | undefined => {
    const want = prefix(kind) + id;
    let lo = 0;
    let hi = keys.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! <= want) {
        found = keys[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const wanted = [...new Set(ids.map(partFor).filter((k): k is string => !!k))];
  const rows = new Map<string, RowOf<K>>();
  for (const part of await db.bundledParts.bulkGet(wanted)) for (const r of (part?.rows ?? []) as RowOf<K>[]) rows.set(r.id, r);
  return ids.map((id) => rows.get(id));
}

export const eventsByIds = (db: LensDB, ids: readonly string[]): Promise<(Event | undefined)[]> => byIds(db, 'events', ids);
export const entitiesByIds = (db: LensDB, ids: readonly string[]): Promise<(Entity | undefined)[]> => byIds(db, 'entities', ids);
export const bundledEvent = async (db: LensDB, id: string): Promise<Event | undefined> => (await eventsByIds(db, [id]))[0];

/** How many bundled events and entities are stored: reads only each kind's last part. */
export async function bundledCounts(db: LensDB): Promise<{ events: number; entities: number }> {
  const count = async (kind: BundledKind) => {
    const last = await db.bundledParts.where('key').between(...range(kind), true, true).last();
    return last ? last.start + last.rows.length : 0;
  };
  const [events, entities] = await Promise.all([count('events'), count('entities')]);
  return { events, entities };
}
