/**
 * Loads the dataset for the popup straight from the extension's IndexedDB (same origin as the background).
 * The ping first makes sure the background has seeded it; if the background is asleep or failing we still
 * read whatever the database holds.
 */
import { liveQuery } from 'dexie';
import { getDb, type LensDB, type OwnEvent } from '../../data/db';
import type { Entity, Event } from '../../core/types';
import { EventSearch } from '../../lib/search/event-search';
import { sendToBackground } from '../../lib/send-message';

export interface LensData {
  search: EventSearch;
  bundled: number;
  own: number;
  bundledEvents: Event[];
  entities: Entity[];
  /** Identifies the own events the index was built with, to tell a real change from a repeat. */
  ownKey: string;
}

const ownKeyOf = (own: OwnEvent[]) => own.map((e) => `${e.id}@${e.updatedAt}`).sort().join(' ');

function assemble(bundledEvents: Event[], own: OwnEvent[], entities: Entity[]): LensData {
  const ownEvents: Event[] = own.map((e) => ({ ...e, own: true }));
  return {
    search: new EventSearch([...bundledEvents, ...ownEvents], entities),
    bundled: bundledEvents.length,
    own: own.length,
    bundledEvents,
    entities,
    ownKey: ownKeyOf(own),
  };
}

/**
 * The reader adds, edits and deletes own events in the popup's Saved tab: rebuild the search with them
 * so they are found and open in the detail view straight away. Returns the unsubscribe function.
 */
export function watchOwnEvents(data: LensData, onChange: (next: LensData) => void, db: LensDB = getDb()): () => void {
  let current = data.ownKey;
  const sub = liveQuery(() => db.ownEvents.toArray()).subscribe({
    next: (own) => {
      const key = ownKeyOf(own);
      if (key === current) return;
      current = key;
      onChange(assemble(data.bundledEvents, own, data.entities));
    },
    error: () => undefined, // keep the index we have
  });
  return () => sub.unsubscribe();
}

const mark = (name: string) => performance.mark?.(`crlens:${name}`);

function read(db: LensDB) {
  return Promise.all([db.events.toArray(), db.ownEvents.toArray(), db.entities.toArray()]);
}

/**
 * Reads the database while the background answers the ping: usually it is seeded already and the
 * popup need not wait for a sleeping service worker. Only an empty database waits for the seeding.
 */
export async function loadLensData(db: LensDB = getDb(), ping = () => sendToBackground('ping', {})): Promise<LensData> {
  const pinged = ping().catch(() => undefined); // a failing background leaves whatever the database holds
  let [bundled, own, entities] = await read(db);
  mark('db-read');
  if (bundled.length === 0) {
    await pinged;
    [bundled, own, entities] = await read(db);
    mark('db-read-after-seed');
  }
  return assemble(bundled, own, entities);
}
