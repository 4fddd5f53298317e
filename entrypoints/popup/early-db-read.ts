/**
 * The popup's first database read, with plain IndexedDB from the tiny entry chunk: it runs while the
 * UI chunk (Preact, Dexie, MiniSearch) is still loading. Dexie stores rows as they are, so what comes
 * back is what Dexie's toArray() would give. Read-only, and never creates the database: on a first run
 * the background (through Dexie) does, and the popup falls back to its Dexie read and waits for seeding.
 */
import type { Entity, Event } from '../../core/types';
import type { BundledPart, MetaRow, OwnEvent } from '../../data/db';
import { DATASET_VERSION_KEY } from '../../data/seed';
import { rowsFromParts } from '../../data/bundled-store';

/** data/db.ts DB_NAME; importing it would pull Dexie into this chunk (a unit test keeps them equal). */
export const LENS_DB_NAME = 'china-russia-lens';
/** Where the popup stores its built search index (search-index-cache.ts). */
export const SEARCH_INDEX_KEY = 'popupSearchIndex';

export interface RawRead {
  events: Event[];
  own: OwnEvent[];
  entities: Entity[];
  version?: MetaRow;
  stored?: MetaRow;
}

/** The bundled dataset is a few large records (data/bundled-store.ts); a database still on schema 4 (no parts) reads through Dexie, which upgrades it. */
const STORES = ['bundledParts', 'ownEvents', 'meta'] as const;

export function readRaw(name = LENS_DB_NAME, idb: IDBFactory = indexedDB): Promise<RawRead | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: abort, so we do not create an empty one under the background's feet.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close(); // never hold up the background's upgrade
      if (!STORES.every((s) => db.objectStoreNames.contains(s))) {
        db.close();
        return resolve(null);
      }
      try {
        const tx = db.transaction([...STORES], 'readonly');
        const all = <T>(store: string) => tx.objectStore(store).getAll() as IDBRequest<T[]>;
        const parts = all<BundledPart>('bundledParts');
        const own = all<OwnEvent>('ownEvents');
        const meta = tx.objectStore('meta');
        const version = meta.get(DATASET_VERSION_KEY) as IDBRequest<MetaRow | undefined>;
        const stored = meta.get(SEARCH_INDEX_KEY) as IDBRequest<MetaRow | undefined>;
        tx.oncomplete = () => {
          db.close();
          const { events, entities } = rowsFromParts(parts.result);
          resolve({ events, own: own.result, entities, version: version.result, stored: stored.result });
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

let early: Promise<RawRead | null> | null = null;

/** Called by main.tsx at once; the read itself starts when `after` settles (read-gate.ts). */
export function startEarlyRead(after: Promise<unknown> = Promise.resolve()): void {
  early ??= after.then(() => readRaw()).then(
    (r) => (performance.mark?.('crlens:raw-read-done'), r),
    () => null,
  );
}

/** The early read, once (later loads read through Dexie). */
export function takeEarlyRead(): Promise<RawRead | null> | null {
  const p = early;
  early = null;
  return p;
}
